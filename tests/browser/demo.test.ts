/**
 * The demo page (npm run demo) in headless Chromium: built into a temporary folder, served on
 * loopback, opened with a seed article in its address (`?text=…`); the page's DOM, dumped once the
 * analysis is rendered, holds the entity marks with their types and the quote marks that Node.js's
 * `analyze` and `renderHtml` give, and compromise's chunk is fetched for an English text only.
 * Skipped when Chromium is not installed (.ci/run installs Debian's `chromium`).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, renderHtml } from '../../src/index.js';
import { buildDemo } from '../../scripts/build-demo.js';
import { serveFolder } from '../../scripts/static-server.js';
import { headlessFlags } from '../../scripts/chromium.js';

const ROOT = join(import.meta.dirname, '../..');
const SEED = readFileSync(join(ROOT, 'fixtures/000_4a3131ec37a1ee70.txt'), 'utf8');

/** Chromium: `CHROMIUM`, or `chromium` / `chromium-browser` on the PATH; undefined when there is none. */
const CHROMIUM = [process.env['CHROMIUM'], 'chromium', 'chromium-browser'].find((command) => {
  if (!command) return false;
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
});

const WORK = mkdtempSync(join(tmpdir(), 'rech-demo-'));
let server: Server | undefined;
let url = '';
/** The script chunk that holds compromise, relative to the page. */
let compromiseChunk = '';

/** The page's DOM once it has rendered `text` (or failed): Chromium's `--dump-dom`, with virtual time to let it finish. */
async function openDemo(text: string): Promise<string> {
  const profile = mkdtempSync(join(WORK, 'profile-'));
  const { stdout } = await promisify(execFile)(
    CHROMIUM!,
    [
      ...headlessFlags(profile),
      // The page's clock runs ahead while it waits on nothing; the dump follows at the latest when 60 virtual seconds have passed.
      '--virtual-time-budget=60000',
      '--dump-dom',
      `${url}?text=${encodeURIComponent(text)}`,
    ],
    { timeout: 90_000, maxBuffer: 64 << 20 },
  );
  return stdout;
}

const decode = (html: string): string =>
  html.replace(/&(quot|#39|lt|gt|nbsp|amp);/g, (_, name: string) => ({ quot: '"', '#39': "'", lt: '<', gt: '>', nbsp: '\u00a0', amp: '&' })[name]!);

/** The entity marks of a rendering: type and text of each, in order. */
const entityMarks = (html: string): string[] =>
  [...html.matchAll(/<span class="e e-(\w+)" data-type="(\w+)" title="[^"]*">([^<]*)<\/span>/g)].map(([, type, labelled, text]) => `${type}/${labelled} ${decode(text!)}`);

/** The number of quote-content marks of a rendering, and the speakers named in their tooltips. */
const quoteMarks = (html: string): string[] => [...html.matchAll(/<span class="q" data-q="\d+" data-n="\d+" title="([^"]*)">/g)].map(([, title]) => /speaker: ([^\n&]*)/.exec(decode(title!))?.[1] ?? '');

/** The files the page lists as fetched (its "Files this page loaded"). */
const fetched = (html: string): string[] => [...html.matchAll(/<li>([^<]*) \([\d.]+ [KM]B\)<\/li>/g)].map(([, name]) => name!);

describe.skipIf(!CHROMIUM)('the demo page in headless Chromium', () => {
  beforeAll(async () => {
    const metafile = await buildDemo(join(WORK, 'site'));
    const output = Object.entries(metafile.outputs).find(([, { inputs }]) => Object.keys(inputs).some((input) => input.includes('node_modules/compromise/')));
    compromiseChunk = relative(join(WORK, 'site'), join(ROOT, output![0]));
    ({ server, url } = await serveFolder(join(WORK, 'site')));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    rmSync(WORK, { recursive: true, force: true });
  });

  it('renders a seed article given as ?text=: the entity marks with their types and the quotes, as Node.js renders them', async () => {
    const page = await openDemo(SEED);
    expect(page).toContain('<body data-state="done">');
    const marks = entityMarks(page);
    expect(marks).toContain('PER/PER Рашад Мамедов');
    expect(marks).toContain('LOC/LOC Азербайджана');
    expect(quoteMarks(page)).toContain('Рашад Мамедов');
    const expected = renderHtml(await analyze(SEED), { fragment: true });
    expect(marks).toEqual(entityMarks(expected));
    expect(quoteMarks(page)).toEqual(quoteMarks(expected));
    // The dictionaries come from the page's own folder; compromise is not fetched for a Russian text.
    expect(fetched(page)).toContain('dicts/words.dawg');
    expect(fetched(page)).not.toContain(compromiseChunk);
  });

  it('fetches compromise for a text with an English paragraph', async () => {
    const page = await openDemo('"We will not give up," Ukrainian President Volodymyr Zelensky said.');
    expect(page).toContain('<body data-state="done">');
    expect(entityMarks(page)).toContain('PER/PER Volodymyr Zelensky');
    expect(quoteMarks(page)).toEqual(['Volodymyr Zelensky']);
    expect(fetched(page)).toContain(compromiseChunk);
  });
});
