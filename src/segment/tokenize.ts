import type { WorkingDocument } from '../document.js';
import type { Token, TokenKind } from '../model.js';
import { expectString } from '../errors.js';
import { atomize, type Atom } from './atoms.js';
import { Boundary, kindOf, rulesFor, type Decision } from './token-rules.js';

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
  if (atoms.length === 0) return tokens;
  const boundary = new Boundary();
  boundary.atoms = atoms;
  for (let index = 1; index < atoms.length; index++) {
    const atom = atoms[index]!;
    if (atom.spaceBefore) {
      tokens.push(makeToken(text, atoms, boundary.tokenStart, index));
      boundary.tokenStart = index;
      continue;
    }
    boundary.index = index;
    let decision: Decision;
    let rule = 'default';
    for (const candidate of rulesFor(kindOf(atoms[index - 1]!), kindOf(atom))) {
      decision = candidate.decide(boundary);
      if (decision) {
        rule = candidate.name;
        break;
      }
    }
    if (trace) trace.push({ offset: atom.start, left: atoms[index - 1]!.text, right: atom.text, decision: decision ?? 'split', rule });
    if (decision !== 'join') {
      tokens.push(makeToken(text, atoms, boundary.tokenStart, index));
      boundary.tokenStart = index;
    }
  }
  tokens.push(makeToken(text, atoms, boundary.tokenStart, atoms.length));
  return tokens;
}

function makeToken(text: string, atoms: readonly Atom[], from: number, to: number): Token {
  const start = atoms[from]!.start;
  const end = atoms[to - 1]!.end;
  // A one-atom token shares the atom's text (one-character texts are shared strings, see atoms.ts).
  return { start, end, text: to - from === 1 ? atoms[from]!.text : text.slice(start, end), kind: tokenKind(atoms, from, to) };
}

// Punctuation atoms are single characters: a set lookup each, as a token may hold a million of them.
const PUNCTUATION = new Set('.,:;!?…‑–—−-«»“”‘’"„\'‚‛‟‹›()[]{}/\\*');
const LETTER = /\p{L}/u;

function tokenKind(atoms: readonly Atom[], from: number, to: number): TokenKind {
  const first = atoms[from]!;
  switch (first.type) {
    case 'url':
    case 'email':
    case 'hashtag':
    case 'mention':
      return first.type;
    case 'int':
      return 'number';
    case 'ru':
    case 'lat':
      return 'word';
  }
  let punctuationOnly = true;
  for (let k = from; k < to; k++) {
    const atom = atoms[k]!;
    if (atom.type === 'ru' || atom.type === 'lat' || (atom.type === 'other' && LETTER.test(atom.text))) return 'word';
    if (atom.type === 'int') return 'number';
    if (atom.type !== 'punct' || !PUNCTUATION.has(atom.text)) punctuationOnly = false;
  }
  return punctuationOnly ? 'punctuation' : 'symbol';
}
