/**
 * What the renderers share: the document check, and the marked spans of a
 * document (entity mentions, quote content, cues and speakers) in one list.
 */
import type { EntityMention, RechDocument } from '../model.js';
import { describe } from '../errors.js';

/** The kinds of marked span, from the outermost to the innermost when two cover the same text. */
export type MarkLayer = 'content' | 'speaker' | 'cue' | 'entity';

const LAYER_RANK: Record<MarkLayer, number> = { content: 0, speaker: 1, cue: 2, entity: 3 };

/** A marked span of the text, in UTF-16 offsets like every span of the document. */
export interface Mark {
  start: number;
  end: number;
  layer: MarkLayer;
  /** The indices in `document.quotes` of the quotes this piece, cue or speaker belongs to (empty for entities). */
  quotes: number[];
  /** For an entity mention, the mention. */
  mention?: EntityMention;
  /** For a content piece, its index in its quote's `content`. */
  piece?: number;
}

const LAYERS = ['paragraphs', 'sentences', 'tokens', 'entities', 'quotes'] as const;

/** Throws a `TypeError` naming `document` unless it looks like a {@link RechDocument} (a text and its five layers). */
export function expectDocument(value: unknown): asserts value is RechDocument {
  const document = value as Partial<Record<string, unknown>> | null;
  const problem =
    typeof value !== 'object' || value === null || Array.isArray(value)
      ? describe(value)
      : typeof document!.text !== 'string'
        ? 'an object without a string `text`'
        : LAYERS.filter((layer) => !Array.isArray(document![layer])).map((layer) => `no array \`${layer}\``).join(', ');
  if (problem) throw new TypeError(`rech: \`document\` must be a RechDocument (as \`analyze\` returns), got ${problem}`);
}

/** Nesting order: by start, the longer span first, then content outside speaker outside cue outside entity. */
export const byNesting = (a: Mark, b: Mark): number => a.start - b.start || b.end - a.end || LAYER_RANK[a.layer] - LAYER_RANK[b.layer];

/**
 * Every marked span of the document, sorted by {@link byNesting}. A cue or
 * speaker shared by several quotes (a quote that continues an earlier speaker
 * shares its speaker) is one mark listing them all. Spans outside the text or
 * empty are left out, so a hand-built document with bad offsets still renders.
 */
export function collectMarks(document: RechDocument): Mark[] {
  const length = document.text.length;
  const marks: Mark[] = [];
  const add = (mark: Mark): void => {
    if (mark.start >= 0 && mark.start < mark.end && mark.end <= length) marks.push(mark);
  };
  for (const entity of document.entities) {
    for (const mention of entity.mentions) add({ start: mention.start, end: mention.end, layer: 'entity', quotes: [], mention });
  }
  const shared = new Map<string, Mark>();
  const addShared = (span: { start: number; end: number }, layer: 'cue' | 'speaker', quote: number): void => {
    const key = `${layer} ${span.start} ${span.end}`;
    const known = shared.get(key);
    if (known) {
      if (known.quotes[known.quotes.length - 1] !== quote) known.quotes.push(quote);
      return;
    }
    const mark: Mark = { start: span.start, end: span.end, layer, quotes: [quote] };
    shared.set(key, mark);
    add(mark);
  };
  document.quotes.forEach((quote, i) => {
    quote.content.forEach((piece, p) => add({ start: piece.start, end: piece.end, layer: 'content', quotes: [i], piece: p }));
    if (quote.cue) addShared(quote.cue, 'cue', i);
    if (quote.speaker) addShared(quote.speaker, 'speaker', i);
  });
  return marks.sort(byNesting);
}

/**
 * Control characters (C0, DEL, C1) and the line separators U+2028 and U+2029, tab excepted: a line
 * holding none of them is one line for every reader (Python's `str.splitlines()` also breaks at
 * U+001C–U+001E and U+0085, which JavaScript's `\s` does not count as space).
 */
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
/** The characters Python's `str.split()` splits at that {@link CONTROLS} and the tab leave: the spaces. */
const SPACES = /[\u0020\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** `value` as one line: every control character and line separator but the tab becomes U+FFFD (one code point for one, so columns stay aligned). */
export const oneLine = (value: unknown): string => String(value).replace(CONTROLS, '\ufffd');

/** `value` as a column of a tab-separated line: {@link oneLine} and a tab becomes U+FFFD too; `_` when empty. */
export const tabColumn = (value: unknown): string => oneLine(value).replace(/\t/g, '\ufffd') || '_';

/** `value` as a column of a space-separated line: {@link tabColumn} and every space becomes `_`, so that `str.split()` finds one column. */
export const spaceColumn = (value: unknown): string => tabColumn(value).replace(SPACES, '_');

/**
 * `value` as a label (an entity type, a quote kind in a tag or a brat type): letters, digits, `_` and `-`
 * only, anything else becoming `_`, so that a hand-built document's value cannot add a column, an
 * attribute (`|`, `=`) or a class name. The values `analyze` gives (`PER`, `direct`) are kept as they are.
 */
export const label = (value: unknown): string => String(value).replace(/[^\p{L}\p{N}_-]/gu, '_') || '_';

/** The entity types a renderer has a style for; a hand-built document's other values are shown as `other`. */
export const typeToken = (type: unknown): 'PER' | 'LOC' | 'ORG' | 'other' => (type === 'PER' || type === 'LOC' || type === 'ORG' ? type : 'other');

/** The distinct texts of an entity's mentions, in order of first appearance. */
export function mentionForms(mentions: readonly EntityMention[]): string[] {
  return [...new Set(mentions.map((mention) => mention.text))];
}

/** The UTF-16 length of the code point at `i`: 2 for a surrogate pair, else 1 (a lone surrogate is a code point of its own). */
export function codePointLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * For each UTF-16 offset of `text`, from 0 to `text.length`, the number of code points before it, for
 * the formats and languages that count code points (brat, Python strings). An offset inside a
 * surrogate pair counts as the pair's start (no span of a document falls there); a lone surrogate is
 * one code point.
 */
export function codePointOffsets(text: string): Uint32Array {
  const offsets = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; count++) {
    const length = codePointLength(text, i);
    offsets.fill(count, i, i + length);
    i += length;
  }
  offsets[text.length] = count;
  return offsets;
}

/** `text` cut to at most `limit` code points (at least 1), ending in `…` when cut; never splits a surrogate pair. */
export function truncate(text: string, limit: number): string {
  let count = 0;
  let cut = 0; // just past the first limit - 1 code points
  for (let i = 0; i < text.length; i += codePointLength(text, i)) {
    if (++count > limit) return `${text.slice(0, cut)}…`;
    if (count === limit - 1) cut = i + codePointLength(text, i);
  }
  return text;
}

/** Throws a `TypeError` unless `options` is an object whose keys are all among `names`. */
export function expectOptions(options: unknown, names: readonly string[]): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`rech: \`options\` must be an object, got ${describe(options)}`);
  }
  for (const name of Object.keys(options)) {
    if (!names.includes(name)) throw new TypeError(`rech: unknown option \`${name}\`; known options: ${names.join(', ')}`);
  }
}

/** The quotation marks to show quoted content with: `«»` for a Russian document, `“”` for any other. */
export const quotationMarks = (language: string): [string, string] => (language === 'rus' ? ['«', '»'] : ['“', '”']);

/** Quote indices as 1-based numbers, runs shortened: `[0, 1, 2, 4]` → `1-3,5`. */
export function quoteNumbers(quotes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < quotes.length; i++) {
    let j = i;
    while (j + 1 < quotes.length && quotes[j + 1] === quotes[j]! + 1) j++;
    parts.push(j > i + 1 ? `${quotes[i]! + 1}-${quotes[j]! + 1}` : j === i + 1 ? `${quotes[i]! + 1},${quotes[j]! + 1}` : `${quotes[i]! + 1}`);
    i = j;
  }
  return parts.join(',');
}
