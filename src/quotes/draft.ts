/**
 * A quote as the patterns find it, before its speaker's name is resolved, and
 * what the patterns of both languages share: content pieces cut from tokens,
 * word counts, where a quotation stands in its sentence, and the coverage that
 * settling asks.
 */
import { partitionPoint } from '../spans.js';
import { isPunctuation, isWord } from '../tokens.js';
import type { QuotedSpan } from './quotation-marks.js';
import type { PatternName } from './patterns.js';
import type { TokenRange } from './phrases.js';
import { languageAt, tokenAtOrAfter, type DocumentView } from './view.js';

/** A content piece: character offsets, end exclusive. */
export type Piece = readonly [start: number, end: number];

export interface DraftCue extends TokenRange {
  readonly lemma: string;
}

export interface Draft {
  readonly kind: 'direct' | 'indirect';
  content: Piece[];
  cue: DraftCue | null;
  speaker: TokenRange | null;
  /** The quote has no speaker phrase of its own and continues the previous quote's speaker. */
  readonly inherits: boolean;
  /** The pattern that found it. */
  readonly pattern: PatternName;
  /** The source a later `Об этом сообщил X` names for this statement: its speaker phrase and cue. */
  source?: { readonly speaker: TokenRange; readonly cue: DraftCue | null };
}

/**
 * Content already taken, as pieces that do not overlap one another, sorted:
 * whether a new piece overlaps any is one binary search, so settling stays
 * linear-logarithmic however many quotes a text holds.
 */
export class Coverage {
  private readonly pieces: Piece[] = [];

  overlaps(draft: { readonly content: readonly Piece[] }): boolean {
    return draft.content.some((piece) => {
      const k = this.lastStartingBefore(piece[1]);
      return k >= 0 && this.pieces[k]![1] > piece[0];
    });
  }

  add(draft: { readonly content: readonly Piece[] }): void {
    for (const piece of draft.content) this.pieces.splice(this.lastStartingBefore(piece[0]) + 1, 0, piece);
  }

  /** Index of the last piece that starts before `offset`, or -1. */
  private lastStartingBefore(offset: number): number {
    return partitionPoint(this.pieces, (piece) => piece[0] < offset) - 1;
  }
}

export const DASHES = '—–-';
/** Final punctuation that belongs to the speech in a direct quote. */
export const SPEECH_FINAL = '.!?…';
/** Words a quoted sentence standing alone needs to be speech rather than a name or a title (`«Газпром».`, `"Oppenheimer".`). */
export const MIN_FREE_WORDS = 3;

/** The quotation marks a piece keeps at its edges, by language: English writes `‘…’` and `'…'` too. */
export const QUOTATION_MARKS = {
  rus: { opening: '«"„“', closing: '»"“”' },
  eng: { opening: '"“‘\'«„', closing: '"”’\'»“' },
} as const;

/** The quotation marks of the language of token `i`'s sentence. */
export const quotationMarks = (view: DocumentView, i: number): { readonly opening: string; readonly closing: string } =>
  languageAt(view, i) === 'eng' ? QUOTATION_MARKS.eng : QUOTATION_MARKS.rus;

/** The cue of a single word: the verb form at token `i`, with its lemma. */
export const wordCue = (i: number, lemma: string): DraftCue => ({ first: i, end: i + 1, lemma });

/** A cue over several tokens (`по словам`, `как сообщил`) with its lemma written from the words. */
export function phraseCue(view: DocumentView, first: number, end: number, lemma?: string): DraftCue {
  return { first, end, lemma: lemma ?? view.words.slice(first, end).filter(isWord).map((word) => word.text.toLowerCase()).join(' ') };
}

/**
 * Character offsets of the tokens `[first, end)`, without punctuation at the edges
 * (`keepFinal` keeps the speech's own `.`, `!`, `?`, `…` at the end); null when no word is left.
 * A quotation mark or bracket stays at the start, and at the end when one opens before it inside the piece.
 */
export function piece(view: DocumentView, first: number, end: number, keepFinal = false): Piece | null {
  const { tokens } = view;
  const { opening, closing } = quotationMarks(view, first);
  let a = first;
  let b = end;
  while (a < b && tokens[a]!.kind === 'punctuation' && !isPunctuation(tokens[a], opening + '(')) a++;
  // The first opening mark, found once: looking for it again at each trailing mark would be quadratic.
  let opened = a;
  while (opened < b && !isPunctuation(tokens[opened], opening + '(')) opened++;
  while (b > a && tokens[b - 1]!.kind === 'punctuation') {
    const last = tokens[b - 1]!;
    if (keepFinal && isPunctuation(last, SPEECH_FINAL)) break;
    if (isPunctuation(last, closing + ')') && opened < b - 1) break;
    b--;
  }
  for (let i = a; i < b; i++) if (tokens[i]!.kind !== 'punctuation') return [tokens[a]!.start, tokens[b - 1]!.end];
  return null;
}

/** Number of word tokens in `[first, end)`. */
export function wordCount(view: DocumentView, first: number, end: number): number {
  let count = 0;
  for (let i = first; i < end; i++) if (isWord(view.tokens[i])) count++;
  return count;
}

/** One content piece per paragraph of the quotation, inside the marks `open` and `close` (token indices). */
export function contentPieces(view: DocumentView, span: QuotedSpan, open: number, close: number): Piece[] {
  const starts = [open, ...span.continuations.map((at) => tokenAtOrAfter(view, at, open))];
  const pieces: Piece[] = [];
  for (let k = 0; k < starts.length; k++) {
    const first = starts[k]! + 1;
    const end = k + 1 < starts.length ? paragraphEndToken(view, first) : close;
    const found = piece(view, first, Math.min(end, close), true);
    if (found) pieces.push(found);
  }
  return pieces;
}

/** One past the last token of the paragraph of token `i` (the last paragraph's when `i` is past the end). */
export function paragraphEndToken(view: DocumentView, i: number): number {
  if (i >= view.tokens.length) return view.tokens.length;
  const paragraph = view.paragraphs[view.sentenceTokens[view.sentenceOf[i]!]!.paragraph]!;
  return tokenAtOrAfter(view, paragraph.end, i);
}

/** Only punctuation stands between the start of the sentence and the opening mark at `open`. */
export function startsClause(view: DocumentView, open: number): boolean {
  const sentence = view.sentenceTokens[view.sentenceOf[open]!]!;
  for (let i = open - 1; i >= sentence.first; i--) if (isWord(view.tokens[i])) return false;
  return true;
}

/** Only punctuation stands between the closing mark at `close` and the end of its sentence. */
export function endsSentence(view: DocumentView, close: number): boolean {
  const sentence = view.sentenceTokens[view.sentenceOf[close]!]!;
  for (let i = close + 1; i < sentence.end; i++) if (view.tokens[i]!.kind !== 'punctuation') return false;
  return true;
}
