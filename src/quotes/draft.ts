/** A quote as the rules find it, before its speaker's name is resolved, and the helpers the rules share. */
import type { WordAnalysis } from '../morphology/morphology.js';
import type { TokenRange } from './phrases.js';
import { isPunctuation, isWord } from '../tokens.js';
import type { PatternName } from './patterns.js';
import type { DocumentView } from './view.js';
import { partitionPoint } from '../spans.js';

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
const SPEECH_FINAL = '.!?…';

/** The cue of a single word: the verb form, with its reading's lemma. */
export const wordCue = (i: number, reading: WordAnalysis): DraftCue => ({ first: i, end: i + 1, lemma: reading.lemma });

/** A cue over several tokens (`по словам`, `как сообщил`) with its lemma written from the words. */
export function phraseCue(view: DocumentView, first: number, end: number, lemma?: string): DraftCue {
  return { first, end, lemma: lemma ?? view.words.slice(first, end).filter(isWord).map((word) => word.text.toLowerCase()).join(' ') };
}

/**
 * Character offsets of the tokens `[first, end)`, without punctuation at the edges
 * (`keepFinal` keeps the speech's own `.`, `!`, `?`, `…` at the end); null when no word is left.
 */
export function piece(view: DocumentView, first: number, end: number, keepFinal = false): Piece | null {
  const { words } = view;
  let a = first;
  let b = end;
  while (a < b && words[a]!.token.kind === 'punctuation' && !isPunctuation(words[a]!, '«"„“(')) a++;
  while (b > a && words[b - 1]!.token.kind === 'punctuation' && !(keepFinal && isPunctuation(words[b - 1]!, SPEECH_FINAL)) && !isPunctuation(words[b - 1]!, ')»"“”')) b--;
  if (keepFinal) {
    // Keep one run of final marks, not the dash or comma before it.
    while (b > a && words[b - 1]!.token.kind === 'punctuation' && !isPunctuation(words[b - 1]!, SPEECH_FINAL) && !isPunctuation(words[b - 1]!, ')»"“”')) b--;
  }
  // A lone closing mark at the end with no opening mark inside is the end of an outer quote.
  if (b > a && isPunctuation(words[b - 1]!, '»"“”') && !hasOpening(view, a, b - 1)) {
    b--;
    while (b > a && words[b - 1]!.token.kind === 'punctuation' && !(keepFinal && isPunctuation(words[b - 1]!, SPEECH_FINAL))) b--;
  }
  if (!words.slice(a, b).some((word) => word.token.kind !== 'punctuation')) return null;
  return [words[a]!.token.start, words[b - 1]!.token.end];
}

function hasOpening(view: DocumentView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (isPunctuation(view.words[i]!, '«"„“')) return true;
  return false;
}

/** Number of word tokens in `[first, end)`. */
export function wordCount(view: DocumentView, first: number, end: number): number {
  let count = 0;
  for (let i = first; i < end; i++) if (view.words[i]!.token.kind === 'word') count++;
  return count;
}
