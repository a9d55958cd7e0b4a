import type { WorkingDocument } from '../document.js';
import type { Sentence, Token } from '../model.js';
import { expectString } from '../errors.js';
import { paragraphBounds, type Bounds } from './paragraphs.js';
import { BULLET, SENTENCE_RULES, type SentenceBoundary } from './sentence-rules.js';
import { tokenize } from './tokenize.js';

/**
 * Splits text into sentences. Synchronous, needs no dictionary.
 *
 * Abbreviations (`т. е.`, `г.`, `ул.`), initials (`А. С. Пушкин`), dates and
 * numbers do not end a sentence; a quote and its attribution stay together
 * (`«…?» — спросил он.`); a line break always ends one, so a headline without
 * a final stop is a sentence of its own.
 *
 * @param text - Any string.
 * @returns The sentences in text order, trimmed of surrounding whitespace.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import { sentenize } from 'rech';
 * sentenize('В 2010 г. в г. Москве побывал А. С. Пушкин. «Зачем?» — спросил он.').map((s) => s.text);
 * // [ 'В 2010 г. в г. Москве побывал А. С. Пушкин.', '«Зачем?» — спросил он.' ]
 * ```
 *
 * @group Segmentation
 */
export function sentenize(text: string): Sentence[] {
  expectString(text, 'text');
  return sentenceBounds(tokenize(text), paragraphBounds(text)).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}

const FINAL = /[.?!…]/;
/** A word that ends with its abbreviating stop (`U.S.`, `a.m.`): it may end a sentence too. */
const isDotted = (token: Token): boolean => token.kind === 'word' && token.text.endsWith('.');
const CLOSING = /^[»”’"')\]}]+$/;

/** The sentence stage: the sentences of the document's paragraphs, with the tokens of each. */
export function addSentences(document: WorkingDocument): void {
  const { text, tokens, paragraphs } = document;
  document.sentences = sentenceBounds(tokens, paragraphs).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
  const sentenceOf = new Int32Array(tokens.length);
  let paragraph = 0;
  let t = 0;
  document.sentenceTokens = document.sentences.map((sentence, s) => {
    while (paragraph < paragraphs.length - 1 && paragraphs[paragraph]!.end <= sentence.start) paragraph++;
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= sentence.end) sentenceOf[t++] = s;
    return { first, end: t, paragraph };
  });
  document.sentenceOf = sentenceOf;
}

/** Sentence bounds over already-computed tokens and paragraphs. */
export function sentenceBounds(tokens: readonly Token[], paragraphs: readonly Bounds[]): Bounds[] {
  const sentences: Bounds[] = [];
  const boundary: SentenceBoundary = { tokens, end: 0, next: 0, sentenceStart: 0, quoteDepth: 0 };
  let index = 0;
  for (const paragraph of paragraphs) {
    while (index < tokens.length && tokens[index]!.start < paragraph.start) index++;
    let limit = index;
    while (limit < tokens.length && tokens[limit]!.end <= paragraph.end) limit++;
    boundary.sentenceStart = index;
    boundary.quoteDepth = 0;
    for (let i = index; i < limit; i++) {
      const token = tokens[i]!;
      if (token.kind === 'punctuation') countQuotes(boundary, token);
      let next: number;
      if (token.text.length === 1 && BULLET.test(token.text)) {
        if (i === boundary.sentenceStart) continue;
        boundary.end = i - 1;
        next = i;
      } else if ((token.kind === 'punctuation' && (FINAL.test(token.text) || token.text === ':')) || isDotted(token)) {
        boundary.end = i;
        next = i + 1;
        // Closing quotes and brackets glued after a final mark stay with its sentence: `…войны».`
        if (token.text !== ':') {
          while (next < limit && tokens[next]!.start === tokens[next - 1]!.end && CLOSING.test(tokens[next]!.text)) {
            countQuotes(boundary, tokens[next]!);
            next++;
          }
        }
        if (next >= limit) break;
        i = next - 1;
      } else continue;
      boundary.next = next;
      if (decide(boundary) === 'split') {
        sentences.push({ start: tokens[boundary.sentenceStart]!.start, end: tokens[next - 1]!.end });
        boundary.sentenceStart = next;
      }
    }
    if (boundary.sentenceStart < limit) {
      sentences.push({ start: tokens[boundary.sentenceStart]!.start, end: tokens[limit - 1]!.end });
    }
    index = limit;
  }
  return sentences;
}

/** Updates the count of open guillemets with a punctuation token (the other marks are too ambiguous to count). */
function countQuotes(boundary: SentenceBoundary, token: Token): void {
  // A loop over code units, not `match`: it runs for every punctuation token and allocates nothing.
  const text = token.text;
  let delta = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xab) delta++; // «
    else if (code === 0xbb) delta--; // »
  }
  boundary.quoteDepth = Math.max(0, boundary.quoteDepth + delta);
}

function decide(boundary: SentenceBoundary): 'join' | 'split' {
  for (const rule of SENTENCE_RULES) {
    const decision = rule.decide(boundary);
    if (decision) return decision;
  }
  return 'split';
}
