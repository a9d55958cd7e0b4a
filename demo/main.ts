/**
 * The demo page: rech's browser entry (src/browser.ts) analysing a pasted text, or the one in
 * the page's address (`?text=…`), with the OpenCorpora dictionaries loaded from `dicts/` beside
 * the page. `npm run demo` builds it into demo/dist/ (scripts/build-demo.ts).
 *
 * `<body data-state>` says where it is: `loading` (the dictionaries), `ready`, `working`, `done`
 * or `error`; tests/browser/ waits for `done`.
 */
import { analyze, loadDictionaries, renderHtml, renderJson, type RechDocument } from '../src/browser.js';

const form = document.querySelector<HTMLFormElement>('#form')!;
const input = document.querySelector<HTMLTextAreaElement>('#text')!;
const output = document.querySelector<HTMLDivElement>('#output')!;
const status = document.querySelector<HTMLSpanElement>('#status')!;
const download = document.querySelector<HTMLButtonElement>('#download')!;
const files = document.querySelector<HTMLUListElement>('#files ul')!;

type State = 'loading' | 'ready' | 'working' | 'done' | 'error';

function show(state: State, message: string): void {
  document.body.dataset['state'] = state;
  status.textContent = message;
}

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// The dictionaries (≈ 11 MB) start loading at once, while the text is being pasted.
const started = performance.now();
const dictionaries = loadDictionaries('dicts');
dictionaries.then(
  () => {
    if (document.body.dataset['state'] === 'loading') show('ready', `Dictionaries loaded in ${seconds(started)}.`);
  },
  (error: unknown) => show('error', String(error instanceof Error ? error.message : error)),
);

let current: RechDocument | undefined;

async function run(text: string): Promise<void> {
  download.disabled = true;
  try {
    show('working', 'Loading the dictionaries…');
    await dictionaries;
    show('working', 'Analysing…');
    const since = performance.now();
    current = await analyze(text);
    // A contextual fragment runs the rendering's script (hovering a quote lights up its cue and speaker).
    output.replaceChildren(document.createRange().createContextualFragment(renderHtml(current, { fragment: true })));
    download.disabled = false;
    show('done', `${current.entities.length} entities, ${current.quotes.length} quotes, analysed in ${seconds(since)}.`);
  } catch (error) {
    show('error', String(error instanceof Error ? error.message : error));
  }
  listFiles();
}

/** The files the page fetched, with their sizes: the dictionaries, and compromise only after an English text. */
function listFiles(): void {
  const base = new URL('.', location.href).href;
  files.replaceChildren(
    ...performance.getEntriesByType('resource').map((entry) => {
      const item = document.createElement('li');
      const size = (entry as PerformanceResourceTiming).encodedBodySize;
      item.textContent = `${entry.name.replace(base, '')} (${size >= 1e6 ? `${(size / 1e6).toFixed(1)} MB` : `${Math.ceil(size / 1e3)} KB`})`;
      return item;
    }),
  );
}

/** Past this length an address is refused by many servers (nginx's default is 8 KB for the request line). */
const ADDRESS_LIMIT = 8000;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  // The address keeps the text, to share or reload, while it is short enough for any server.
  const url = new URL(location.href);
  url.searchParams.set('text', input.value);
  if (url.href.length > ADDRESS_LIMIT) url.searchParams.delete('text');
  history.replaceState(null, '', url);
  void run(input.value);
});

download.addEventListener('click', () => {
  if (!current) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([renderJson(current)], { type: 'application/json' }));
  link.download = 'rech.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

const given = new URLSearchParams(location.search).get('text');
if (given !== null) {
  input.value = given;
  void run(given);
}
