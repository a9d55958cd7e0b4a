/**
 * compromise over the English sentences of a document: every English word
 * token gets compromise's lemma and tags, and compromise's people, places and
 * organisations are kept as token ranges for the entity stage.
 *
 * compromise reads its own copy of each sentence, so its offsets are mapped
 * back onto rech's tokens (a term is the token that starts where it starts).
 * It is slow (≈ 0.2 MB/s) and quadratic within one sentence of its own, so it
 * is fed windows of at most {@link WINDOW} tokens, a line each, in batches of
 * bounded length, and no address, handle or token longer than
 * {@link LONG_TOKEN}: its work stays linear in the text whatever the text is.
 * Short windows that repeat (`Reuters`, a boilerplate line) are read once.
 */
import type { SentenceTokens, WorkingDocument } from '../document.js';
import type { EntityType, Paragraph, Token, TokenKind } from '../model.js';
import type { Nlp } from './compromise.js';

/** An English sentence, as indices into the document's tokens. */
export type EnglishSentence = SentenceTokens;

/** A person, place or organisation as compromise found it, as token indices. */
export interface NamedRange {
  readonly type: EntityType;
  readonly first: number;
  readonly end: number;
}

/** The English part of a document, tagged. */
export interface EnglishText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly paragraphs: readonly Paragraph[];
  /** The sentences of English paragraphs, in text order. */
  readonly sentences: readonly EnglishSentence[];
  /** compromise's named entities, in text order. */
  readonly named: readonly NamedRange[];
}

/** Tokens compromise reads at once: longer sentences are cut, as its work grows with the square of a sentence. */
const WINDOW = 100;
/** Code units beyond which a token is no word compromise can read (`a.a.a.…`, an endless run of letters). */
const LONG_TOKEN = 64;
/** Tokens compromise is not given: they are no words, and it would cut them up. */
const UNREAD: ReadonlySet<TokenKind> = new Set(['url', 'email', 'hashtag', 'mention']);
/** Code units of windows handed to compromise in one call. */
const BATCH_LENGTH = 8192;
/** Windows up to this long are read once per document however often they repeat. */
const REPEATED_LENGTH = 200;

/** What compromise says about one window, in offsets relative to the window's start. */
interface WindowReading {
  readonly terms: readonly TermReading[];
  readonly named: readonly { readonly type: EntityType; readonly start: number; readonly end: number }[];
}

interface TermReading {
  readonly start: number;
  readonly end: number;
  readonly lemma: string;
  readonly tags: readonly string[];
}

interface Window {
  /** Token range. */
  readonly first: number;
  readonly end: number;
  readonly text: string;
}

/** The English part of a tagged document. */
export function englishText(document: WorkingDocument): EnglishText {
  const { text, tokens, paragraphs } = document;
  return { text, tokens, paragraphs, sentences: englishSentences(document), named: document.englishNames };
}

/** Sets the lemmas and tags of the English sentences' tokens, and returns compromise's entities in them. */
export function tagEnglish(nlp: Nlp, document: WorkingDocument): NamedRange[] {
  const { text, tokens } = document;
  const english = englishSentences(document);
  const windows: Window[] = [];
  let words = 0;
  const push = (first: number, end: number): void => {
    // A window with no word has nothing for compromise to read (`@x @x …`).
    if (words > 0) windows.push({ first, end, text: text.slice(tokens[first]!.start, tokens[end - 1]!.end) });
    words = 0;
  };
  for (const sentence of english) {
    let first = sentence.first;
    for (let i = sentence.first; i < sentence.end; i++) {
      const token = tokens[i]!;
      // Addresses, handles and tokens longer than any word are left unread (compromise is quadratic on
      // `a.a.a.…`), and cut the window.
      if (token.end - token.start > LONG_TOKEN || UNREAD.has(token.kind)) {
        push(first, i);
        first = i + 1;
        continue;
      }
      if (token.kind === 'word') words++;
      if (i + 1 - first === WINDOW) {
        push(first, i + 1);
        first = i + 1;
      }
    }
    if (first < sentence.end) push(first, sentence.end);
  }
  const readings = readWindows(nlp, windows);
  const named: NamedRange[] = [];
  windows.forEach((window, k) => applyReading(tokens, window, readings[k]!, named));
  return named;
}

function englishSentences({ sentenceTokens, paragraphs }: WorkingDocument): EnglishSentence[] {
  return sentenceTokens.filter((sentence) => paragraphs[sentence.paragraph]!.language === 'eng' && sentence.end > sentence.first);
}

/** compromise's reading of every window, each distinct short window read once. */
function readWindows(nlp: Nlp, windows: readonly Window[]): WindowReading[] {
  const readings: Array<WindowReading | undefined> = new Array(windows.length);
  const repeated = new Map<string, number>();
  const pending: number[] = [];
  let pendingLength = 0;
  const flush = (): void => {
    const read = readBatch(nlp, pending.map((k) => windows[k]!.text));
    pending.forEach((k, j) => (readings[k] = read[j]));
    pending.length = 0;
    pendingLength = 0;
  };
  const copies: Array<[number, number]> = [];
  windows.forEach((window, k) => {
    if (window.text.length <= REPEATED_LENGTH) {
      const original = repeated.get(window.text);
      if (original !== undefined) {
        copies.push([k, original]);
        return;
      }
      repeated.set(window.text, k);
    }
    if (pendingLength + window.text.length > BATCH_LENGTH && pending.length > 0) flush();
    pending.push(k);
    pendingLength += window.text.length + 1;
  });
  if (pending.length > 0) flush();
  for (const [k, original] of copies) readings[k] = readings[original];
  return readings as WindowReading[];
}

const EMPTY: WindowReading = { terms: [], named: [] };

/** Reads windows in one call of compromise, one line each; a batch it cannot read is read window by window. */
function readBatch(nlp: Nlp, texts: readonly string[]): WindowReading[] {
  try {
    return readLines(nlp, texts);
  } catch {
    if (texts.length === 1) return [EMPTY];
    return texts.map((text) => readBatch(nlp, [text])[0]!);
  }
}

const NAMED: ReadonlyArray<['people' | 'places' | 'organizations', EntityType]> = [
  ['people', 'PER'],
  ['places', 'LOC'],
  ['organizations', 'ORG'],
];

interface CompromiseTerm {
  readonly text: string;
  readonly normal: string;
  readonly machine?: string;
  readonly root?: string;
  readonly tags: ReadonlySet<string>;
  readonly offset: { readonly start: number };
}

type Pointer = readonly [number, number?, number?];

function readLines(nlp: Nlp, texts: readonly string[]): WindowReading[] {
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + 1;
  }
  const world = nlp.world() as unknown as World;
  const doc = withoutChunks(world, () => nlp(texts.join('\n')));
  doc.compute(['offset', 'root']);
  const readings = texts.map(() => ({ terms: [] as TermReading[], named: [] as WindowReading['named'][number][] }));
  // The window of a batch offset: offsets only grow, so one pointer walks the windows.
  let w = 0;
  const windowOf = (offset: number): number => {
    while (w + 1 < starts.length && starts[w + 1]! <= offset) w++;
    while (w > 0 && starts[w]! > offset) w--;
    return w;
  };
  const sentences = doc.docs as unknown as CompromiseTerm[][];
  for (const sentence of sentences) {
    for (const term of sentence) {
      const k = windowOf(term.offset.start);
      const start = term.offset.start - starts[k]!;
      readings[k]!.terms.push({ start, end: start + term.text.length, lemma: lemmaOf(term, world), tags: [...term.tags] });
    }
  }
  for (const [method, type] of NAMED) {
    for (const [n, from = 0, to = sentences[n]?.length ?? 0] of doc[method]().fullPointer as unknown as Pointer[]) {
      const terms = sentences[n];
      if (!terms || from >= to) continue;
      const first = terms[from]!;
      const last = terms[to - 1]!;
      const k = windowOf(first.offset.start);
      const start = first.offset.start - starts[k]!;
      const end = Math.min(last.offset.start + last.text.length - starts[k]!, texts[k]!.length);
      if (end > start) readings[k]!.named.push({ type, start, end });
    }
  }
  for (const reading of readings) reading.named.sort((a, b) => a.start - b.start);
  return readings;
}

/**
 * Runs `read` with compromise's `chunks` step left out of what it computes on every text. That step groups terms into
 * noun and verb phrases (about a tenth of compromise's time on short sentences); no tag, root or name that rech reads
 * comes from it. The steps are compromise's shared list, so they are put back before this returns (`read` is synchronous).
 */
function withoutChunks<T>(world: World, read: () => T): T {
  const steps = world.hooks;
  if (!Array.isArray(steps) || !steps.includes(CHUNKS)) return read();
  world.hooks = steps.filter((step) => step !== CHUNKS);
  try {
    return read();
  } finally {
    world.hooks = steps;
  }
}

const CHUNKS = 'chunks';

/** The tenses a verb form is tried as when compromise's root is no known infinitive (`gone`, `did`, `has`). */
const TENSES = ['Participle', 'PastTense', 'PresentTense', undefined];

/** The part of compromise's world that turns a verb form into its infinitive. */
interface World {
  /** The steps compromise computes on every text it reads, in order. */
  hooks: readonly string[];
  readonly model: { readonly one: { readonly lexicon: Readonly<Record<string, string>> } };
  readonly methods: { readonly two: { readonly transform: { readonly verb: { toInfinitive(form: string, model: unknown, tense?: string): string } } } };
}

/**
 * A term's lemma, lower case: compromise's root (the infinitive of a verb, the singular of a noun),
 * checked against its lexicon for verbs, where the root it computes is sometimes no word (`gone` → `gine`).
 */
function lemmaOf(term: CompromiseTerm, world: World): string {
  const { tags } = term;
  if (tags.has('Copula')) return 'be';
  if (tags.has('Acronym')) return term.text.toLowerCase();
  const form = term.machine || term.normal || term.text.toLowerCase();
  if (tags.has('Verb')) {
    const { lexicon } = world.model.one;
    const { toInfinitive } = world.methods.two.transform.verb;
    if (term.root && lexicon[term.root] === 'Infinitive') return term.root;
    for (const tense of TENSES) {
      const candidate = toInfinitive(form, world.model, tense);
      if (candidate && lexicon[candidate] === 'Infinitive') return candidate;
    }
  }
  return (term.root || form).toLowerCase();
}

/** Sets the lemma and tags of the window's word tokens and collects its named ranges. */
function applyReading(tokens: Token[], window: Window, reading: WindowReading, named: NamedRange[]): void {
  const base = tokens[window.first]!.start;
  let t = window.first;
  // The last token a term was read into, whose clitic (`'s` of `it's`) a contraction's second term may be.
  let previous = -1;
  for (const term of reading.terms) {
    const start = base + term.start;
    if (term.end === term.start) {
      // The second half of a contraction (`it's` → `is`, `didn't` → `not`): the clitic cut off after the word, else the word itself.
      const clitic = tokens[previous + 1];
      if (previous < 0) continue;
      if (clitic && previous + 1 < window.end && isClitic(clitic) && clitic.end <= start && (clitic.lemma === undefined || clitic.tags === POSSESSIVE)) setReading(clitic, term.lemma, term.tags);
      else {
        const word = tokens[previous]!;
        word.tags = [...word.tags!, ...term.tags.filter((tag) => !word.tags!.includes(tag))];
      }
      continue;
    }
    while (t < window.end && tokens[t]!.start < start) t++;
    if (t >= window.end || tokens[t]!.start !== start || tokens[t]!.kind !== 'word') continue;
    const token = tokens[t]!;
    const end = base + term.end;
    // A token over several terms (`Nagorno-Karabakh`) is its own lemma.
    setReading(token, token.end > end ? token.text.toLowerCase() : term.lemma, term.tags);
    previous = t;
    // `'s` inside a term is a possessive (`Blinken's`, `O'Brien's`): compromise keeps the two together. When the
    // term is a contraction instead (`it's`), its second half comes next as a term of no length and replaces this.
    const next = tokens[t + 1];
    if (next && t + 1 < window.end && next.end <= end && isClitic(next) && /^['’]s$/i.test(next.text)) setReading(next, "'s", POSSESSIVE);
  }
  for (const range of reading.named) {
    const start = base + range.start;
    const end = base + range.end;
    let first = window.first;
    while (first < window.end && tokens[first]!.start < start) first++;
    let last = first;
    while (last < window.end && tokens[last]!.end <= end) last++;
    if (last > first) named.push({ type: range.type, first, end: last });
  }
}

const POSSESSIVE: readonly string[] = ['Possessive'];
const isClitic = (token: Token): boolean => token.kind === 'word' && (token.text[0] === "'" || token.text[0] === '’');

function setReading(token: Token, lemma: string, tags: readonly string[]): void {
  token.lemma = lemma;
  token.tags = tags;
}
