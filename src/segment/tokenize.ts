import type { WorkingDocument } from '../document.js';
import type { Token, TokenKind } from '../model.js';
import { expectString } from '../errors.js';
import { atomize, type Atoms } from './atoms.js';
import { Boundary, kindOf, rulesFor, type AtomKind, type Decision } from './token-rules.js';

/**
 * Why two neighbouring atoms were joined into one token or split into two.
 *
 * @example
 * ```ts
 * import { explainTokens } from 'rech';
 * explainTokens('что-то');
 * // [ { offset: 3, left: 'что', right: '-', decision: 'join', rule: 'dash' },
 * //   { offset: 4, left: '-', right: 'то', decision: 'join', rule: 'dash' } ]
 * ```
 *
 * @group Segmentation
 */
export interface TokenBoundary {
  /** Offset of the boundary in the text. */
  offset: number;
  /** The atom just before the boundary. */
  left: string;
  /** The atom just after the boundary. */
  right: string;
  /** What was decided. */
  decision: 'join' | 'split';
  /** The rule that decided, or `default` when no rule had an opinion. */
  rule: string;
}

/**
 * Splits text into tokens: words, numbers, punctuation, symbols, web addresses.
 * Synchronous, needs no dictionary, linear in the length of the text.
 *
 * @param text - Any string.
 * @returns The tokens in text order; each `token.text === text.slice(token.start, token.end)`.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import { tokenize } from 'rech';
 * tokenize('НУР-СУЛТАН, 5 окт — Sputnik.').map((t) => t.text);
 * // [ 'НУР-СУЛТАН', ',', '5', 'окт', '—', 'Sputnik', '.' ]
 * ```
 *
 * @group Segmentation
 */
export function tokenize(text: string): Token[] {
  expectString(text, 'text');
  return segmentTokens(text, undefined);
}

/**
 * Lists every decision the tokenizer made between two touching atoms and the
 * rule behind it: the way to find out why a token came out as it did.
 *
 * @param text - Any string.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import { explainTokens } from 'rech';
 * explainTokens('08:50').map((b) => `${b.left}|${b.right} ${b.decision} by ${b.rule}`);
 * // [ '08|: join by time', ':|50 join by time' ]
 * ```
 *
 * @group Segmentation
 */
export function explainTokens(text: string): TokenBoundary[] {
  expectString(text, 'text');
  const trace: TokenBoundary[] = [];
  segmentTokens(text, trace);
  return trace;
}

/** The token stage: the tokens of the whole text. */
export function addTokens(document: WorkingDocument): void {
  document.tokens = segmentTokens(document.text, undefined);
}

function segmentTokens(text: string, trace: TokenBoundary[] | undefined): Token[] {
  const atoms = atomize(text);
  const tokens: Token[] = [];
  const count = atoms.count;
  if (count === 0) return tokens;
  const boundary = new Boundary(atoms);
  // The right atom's kind is the left one's at the next boundary.
  let leftKind: AtomKind | undefined;
  for (let index = 1; index < count; index++) {
    if (atoms.spaceBefore(index)) {
      tokens.push(makeToken(atoms, boundary.tokenStart, index));
      boundary.tokenStart = index;
      leftKind = undefined;
      continue;
    }
    boundary.index = index;
    let decision: Decision;
    let rule = 'default';
    const rightKind = kindOf(atoms, index);
    const rules = rulesFor(leftKind ?? kindOf(atoms, index - 1), rightKind);
    leftKind = rightKind;
    for (const candidate of rules) {
      decision = candidate.decide(boundary);
      if (decision) {
        rule = candidate.name;
        break;
      }
    }
    if (trace) trace.push({ offset: atoms.start(index), left: atoms.text(index - 1), right: atoms.text(index), decision: decision ?? 'split', rule });
    if (decision !== 'join') {
      tokens.push(makeToken(atoms, boundary.tokenStart, index));
      boundary.tokenStart = index;
    }
  }
  tokens.push(makeToken(atoms, boundary.tokenStart, count));
  return tokens;
}

function makeToken(atoms: Atoms, from: number, to: number): Token {
  const start = atoms.start(from);
  const end = atoms.end(to - 1);
  // A one-atom token's text is the atom's (a one-character text is a shared string, see atoms.ts).
  return { start, end, text: to - from === 1 ? atoms.text(from) : atoms.source.slice(start, end), kind: tokenKind(atoms, from, to) };
}

// Punctuation atoms are single characters: a set lookup each, as a token may hold a million of them.
const PUNCTUATION = new Set('.,:;!?…‑–—−-«»“”‘’"„\'‚‛‟‹›()[]{}/\\*');
const LETTER = /\p{L}/u;

function tokenKind(atoms: Atoms, from: number, to: number): TokenKind {
  const first = atoms.type(from);
  switch (first) {
    case 'url':
    case 'email':
    case 'hashtag':
    case 'mention':
      return first;
    case 'int':
      return 'number';
    case 'ru':
    case 'lat':
      return 'word';
  }
  let punctuationOnly = true;
  for (let k = from; k < to; k++) {
    const type = atoms.type(k);
    if (type === 'ru' || type === 'lat' || (type === 'other' && LETTER.test(atoms.text(k)))) return 'word';
    if (type === 'int') return 'number';
    if (type !== 'punct' || !PUNCTUATION.has(atoms.text(k))) punctuationOnly = false;
  }
  return punctuationOnly ? 'punctuation' : 'symbol';
}
