import type { RechDocument, Token } from '../model.js';
import { collectMarks, expectDocument, label, spaceColumn, type Mark } from './marked-spans.js';
import { partitionPoint } from '../spans.js';

/** The quote column's labels, the first that applies winning where marks overlap. */
const QUOTE_LABELS = [
  ['cue', 'CUE'],
  ['speaker', 'SPEAKER'],
  ['content', 'QUOTE'],
] as const;

/**
 * For each token, the label of the first mark of `marks` (sorted by start) it
 * shares a character with, as `B-LABEL` on the mark's first such token and
 * `I-LABEL` after, else `undefined`. Each mark finds its first token by binary
 * search and walks only the tokens it covers.
 */
export function bio(tokens: readonly Token[], marks: readonly Mark[], label: (mark: Mark) => string): Array<string | undefined> {
  const tags = new Array<string | undefined>(tokens.length).fill(undefined);
  for (const mark of marks) {
    const low = partitionPoint(tokens, (token) => token.end <= mark.start);
    for (let i = low; i < tokens.length && tokens[i]!.start < mark.end; i++) {
      if (tags[i] === undefined || (i === low && tags[i]!.startsWith('I-'))) tags[i] = `${i === low ? 'B' : 'I'}-${label(mark)}`;
    }
  }
  return tags;
}

/**
 * `I-X` after anything but `B-X` or `I-X` becomes `B-X`, so every run of a
 * label in a column starts with `B-` (where a cue interrupts a quote's
 * content, the content goes on with `B-QUOTE`).
 */
export function repair(tags: Array<string | undefined>): string[] {
  let previous = 'O';
  return tags.map((tag = 'O') => {
    const fixed = tag.startsWith('I-') && previous.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag;
    previous = fixed;
    return fixed;
  });
}

/**
 * The document's tokens in CoNLL-2003-style columns, separated by a space:
 * one token a line, a blank line between sentences, and `-DOCSTART- -X- -X- O`
 * first. The four columns:
 *
 * 1. the token's text (tokens never contain whitespace);
 * 2. its part of speech, the first of its `tags` (`NOUN`, `VERB`, `PREP`…),
 *    or `_` when it has none (punctuation, numbers, words outside Russian
 *    paragraphs);
 * 3. the named-entity tag in IOB2: `B-PER`, `I-PER`, `B-LOC`, `I-LOC`,
 *    `B-ORG`, `I-ORG` or `O`;
 * 4. the quote tag in IOB2: `B-QUOTE`/`I-QUOTE` for quote content,
 *    `B-CUE`/`I-CUE` for a cue, `B-SPEAKER`/`I-SPEAKER` for a speaker, or
 *    `O`. Where they overlap, cue wins over speaker and speaker over content;
 *    a run cut by another label starts again with `B-`, and so does each piece
 *    of a quote's content.
 *
 * Every line has its four columns whatever a hand-built document holds: in the first two, a control
 * character or line separator becomes U+FFFD and a space `_` (Python's `str.split()` splits at both,
 * U+001C–U+001F and U+00A0 included), an empty value `_`; an entity type is written with letters,
 * digits, `_` and `-` only.
 *
 * A token only partly inside a span (rech's spans fall on token boundaries,
 * but a hand-built document's need not) takes the span's tag: a token is in a
 * span when they share a character.
 *
 * @param document - A document from {@link analyze}.
 * @returns The CoNLL text, ending with `'\n'`; just the `-DOCSTART-` line for a document without tokens.
 * @throws TypeError when `document` is not a document.
 *
 * @example
 * ```ts
 * import { analyze, renderConll } from 'rech';
 * const doc = await analyze('Посол Рашад Мамедов заявил: «Мы не хотели войны».');
 * renderConll(doc).split('\n').slice(0, 6);
 * // [ '-DOCSTART- -X- -X- O', '',
 * //   'Посол NOUN O B-SPEAKER', 'Рашад NOUN B-PER I-SPEAKER', 'Мамедов NOUN I-PER I-SPEAKER', 'заявил VERB O B-CUE' ]
 * ```
 *
 * @group Rendering
 */
export function renderConll(document: RechDocument): string {
  expectDocument(document);
  const { tokens, sentences } = document;
  const marks = collectMarks(document);
  const entities = repair(bio(tokens, marks.filter((mark) => mark.mention), (mark) => label(mark.mention!.type)));
  const layers = QUOTE_LABELS.map(([layer, label]) => bio(tokens, marks.filter((mark) => mark.layer === layer), () => label));
  const quotes = repair(tokens.map((_, i) => layers.find((tags) => tags[i] !== undefined)?.[i]));
  const lines = ['-DOCSTART- -X- -X- O'];
  let sentence = -1;
  tokens.forEach((token, i) => {
    // The sentence holding the token: sentences are sorted, so the index only moves forward.
    let current = sentence;
    while (current + 1 < sentences.length && sentences[current + 1]!.start <= token.start) current++;
    if (current !== sentence || i === 0) lines.push('');
    sentence = current;
    lines.push(`${spaceColumn(token.text)} ${spaceColumn(token.tags?.[0] ?? '_')} ${entities[i]} ${quotes[i]}`);
  });
  return lines.map((line) => `${line}\n`).join('');
}
