/**
 * Named boundary rules of the tokenizer. Between two atoms with no whitespace
 * between them, the rules are asked in order; the first that answers `join`
 * or `split` decides, and with no answer the atoms are split. Rules follow
 * razdel's, with additions for times, glued words and web addresses.
 */
import english from '../data/segment/english.json';
import { DASHES, ENDINGS, type AtomType, type Atoms } from './atoms.js';

export type Decision = 'join' | 'split' | undefined;

/** No atom: what {@link Boundary.left} and {@link Boundary.right} return past the text or across whitespace. */
export const NONE = -1;

/**
 * The atoms around one boundary: `left(1)` ends just before it, `right(1)` starts at it.
 * Atoms are indices into {@link Boundary.atoms}, so that asking about a boundary allocates nothing.
 */
export class Boundary {
  constructor(readonly atoms: Atoms) {}
  /** Index of `right(1)`. */
  index = 0;
  /** Index of the first atom of the token being built. */
  tokenStart = 0;

  /** The index of the `n`-th atom to the left, or {@link NONE} past the start or across whitespace. */
  left(n: number): number {
    const i = this.index - n;
    if (i < 0) return NONE;
    for (let k = i + 1; k < this.index; k++) if (this.atoms.spaceBefore(k)) return NONE;
    return i;
  }

  /** The index of the `n`-th atom to the right, or {@link NONE} past the end or across whitespace. */
  right(n: number): number {
    const i = this.index + n - 1;
    if (i >= this.atoms.count) return NONE;
    for (let k = this.index + 1; k <= i; k++) if (this.atoms.spaceBefore(k)) return NONE;
    return i;
  }

  /** The type of atom `i`, or undefined for {@link NONE}. */
  type(i: number): AtomType | undefined {
    return i === NONE ? undefined : this.atoms.type(i);
  }

  /** The text of atom `i` ({@link NONE} has none). */
  text(i: number): string {
    return this.atoms.text(i);
  }

  /** Text of the token built so far. */
  get buffer(): string {
    let text = '';
    for (let k = this.tokenStart; k < this.index; k++) text += this.atoms.text(k);
    return text;
  }
}

export interface TokenRule {
  name: string;
  /**
   * Whether the rule can answer at all, judged from the kinds of the two atoms at the boundary
   * (see {@link kindOf}). It may say yes too often, never too rarely: the tokenizer asks only the
   * rules that apply, so that a million touching punctuation marks do not go through every rule.
   */
  applies(left: AtomKind, right: AtomKind): boolean;
  decide(boundary: Boundary): Decision;
}

/** An atom's type, or for a punctuation atom its one character (types are longer, so the two never clash). */
export type AtomKind = string;
export const kindOf = (atoms: Atoms, i: number): AtomKind => {
  const type = atoms.type(i);
  return type === 'punct' ? atoms.text(i) : type;
};
const isPunctuation = (kind: AtomKind): boolean => kind.length === 1;
const SPECIAL_TYPES = new Set<AtomKind>(['url', 'email', 'hashtag', 'mention']);

const isWordish = (type: AtomType | undefined): boolean => type === 'ru' || type === 'lat' || type === 'int' || type === 'other';

/**
 * A rule about a one-character delimiter atom between two atoms (`что|-|то`):
 * asked at both boundaries around the delimiter, it looks past it. `decide` gets the two atoms' indices.
 */
function delimited(name: string, delimiters: string, decide: (b: Boundary, left: number, right: number) => Decision): TokenRule {
  const isDelimiter = (text: string): boolean => text.length === 1 && delimiters.includes(text);
  const isDelimiterAtom = (b: Boundary, i: number): boolean => b.type(i) === 'punct' && isDelimiter(b.text(i));
  return {
    name,
    applies: (left, right) => isDelimiter(left) || isDelimiter(right),
    decide(boundary) {
      const left1 = boundary.left(1);
      const right1 = boundary.right(1);
      let left: number;
      let right: number;
      if (isDelimiterAtom(boundary, left1)) {
        left = boundary.left(2);
        right = right1;
      } else if (isDelimiterAtom(boundary, right1)) {
        left = left1;
        right = boundary.right(2);
      } else return undefined;
      return left !== NONE && right !== NONE ? decide(boundary, left, right) : undefined;
    },
  };
}

const isApostrophe = (kind: AtomKind): boolean => kind === "'" || kind === '’';
/** English clitics cut off with their apostrophe (`'s`, `'re`): see data/segment/english.json. */
const CLITICS = new Set(english.clitics);
const isLatin = (b: Boundary, i: number): boolean => b.type(i) === 'lat';
/** One Latin letter, as in `U.S.` or `a.m.`. */
const isLetter = (b: Boundary, i: number): boolean => b.type(i) === 'lat' && b.atoms.size(i) === 1;
const isStop = (b: Boundary, i: number): boolean => b.type(i) === 'punct' && b.text(i) === '.';
const bothInts = (b: Boundary, l: number, r: number): boolean => b.type(l) === 'int' && b.type(r) === 'int';

const SMILE = /^[=:;]-?[)(]{1,3}$/;
const SMILE_EYES = new Set(['=', ':', ';']);

/** The rules, in the order they are asked. */
export const TOKEN_RULES: readonly TokenRule[] = [
  {
    // Web addresses, e-mails, hashtags and handles are whole tokens of their own.
    name: 'special',
    applies: (left, right) => SPECIAL_TYPES.has(left) || SPECIAL_TYPES.has(right),
    decide: (b) => {
      const l = b.type(b.left(1));
      const r = b.type(b.right(1));
      return l === 'url' || l === 'email' || l === 'hashtag' || l === 'mention' || r === 'url' || r === 'email' || r === 'hashtag' || r === 'mention'
        ? 'split'
        : undefined;
    },
  },
  {
    // Two Cyrillic atoms meet only where the atomizer cut words glued by scraping.
    name: 'glued',
    applies: (left, right) => left === 'ru' && right === 'ru',
    decide: (b) => (b.type(b.left(1)) === 'ru' && b.type(b.right(1)) === 'ru' ? 'split' : undefined),
  },
  // что-то, Нагорно-Карабахской, 25-го, А-а-а
  delimited('dash', DASHES, (b, l, r) => (isWordish(b.type(l)) && isWordish(b.type(r)) ? 'join' : undefined)),
  // snake_case_names
  delimited('underscore', '_', (b, l, r) => (isWordish(b.type(l)) && isWordish(b.type(r)) ? 'join' : undefined)),
  // 3,5 · 20.09.2023
  delimited('float', ',.', (b, l, r) => (bothInts(b, l, r) ? 'join' : undefined)),
  // 1/2 · 3\4
  delimited('fraction', '/\\', (b, l, r) => (bothInts(b, l, r) ? 'join' : undefined)),
  // 08:50 · 8:05:30 (hours or minutes, then two-digit minutes or seconds)
  delimited('time', ':', (b, l, r) =>
    bothInts(b, l, r) && b.atoms.size(l) <= 2 && b.atoms.size(r) === 2 && Number(b.text(r)) < 60 ? 'join' : undefined,
  ),
  {
    // ?! · ... · -- · *** · :) · =))) (a smiley with a nose, `:-)`, stays split as in razdel)
    name: 'punct',
    applies: (left, right) => isPunctuation(left) && isPunctuation(right),
    decide: (b) => {
      const l = b.left(1);
      const r = b.right(1);
      if (b.type(l) !== 'punct' || b.type(r) !== 'punct') return undefined;
      const left = b.text(l);
      const right = b.text(r);
      if (ENDINGS.includes(left) && ENDINGS.includes(right)) return 'join';
      if (left === right && (left === '-' || left === '*')) return 'join';
      // Only a short token that starts with a smiley's eyes is worth building the buffer for.
      if (b.index - b.tokenStart < 5 && SMILE_EYES.has(b.text(b.tokenStart)) && SMILE.test(b.buffer + right)) return 'join';
      return undefined;
    },
  },
  {
    // Letters of other scripts and combining marks stay inside words: ΔP, Дáшкова, ї.
    name: 'other',
    applies: (left, right) => left === 'other' || right === 'other',
    decide: (b) => {
      const l = b.type(b.left(1));
      const r = b.type(b.right(1));
      if (l === 'other' && (r === 'other' || r === 'ru' || r === 'lat')) return 'join';
      if ((l === 'ru' || l === 'lat') && r === 'other') return 'join';
      return undefined;
    },
  },
  {
    // Between Latin letters an apostrophe belongs to a word (`O'Brien`, `didn't`), except that an English
    // clitic is cut off with its apostrophe as in the Penn Treebank (`Blinken` + `'s`, `we` + `'re`), so that
    // a name's span ends where the name does. `n't` is not a letter run of its own, so `didn't` stays whole.
    name: 'apostrophe',
    applies: (left, right) => (left === 'lat' && isApostrophe(right)) || (isApostrophe(left) && right === 'lat'),
    decide: (b) => {
      const left = b.left(1);
      if (b.type(left) === 'lat') {
        const word = b.right(2);
        if (!isLatin(b, word) || !isApostrophe(kindOf(b.atoms, b.right(1)))) return undefined;
        const after = b.right(3);
        const whole = after === NONE || b.type(after) === 'punct';
        const clitic = b.text(word).toLowerCase();
        if (whole && CLITICS.has(clitic)) return 'split';
        return 'join';
      }
      return isApostrophe(kindOf(b.atoms, left)) && isLatin(b, b.left(2)) && isLatin(b, b.right(1)) ? 'join' : undefined;
    },
  },
  {
    // `U.S.`, `a.m.`, `e.g.`, `J.K.`: single Latin letters, each with its stop, are one token with their stops.
    // Decided from the token built so far and the next two atoms, so a million `a.a.a.` stay linear.
    name: 'dotted',
    applies: (left, right) => (left === 'lat' && right === '.') || (left === '.' && right === 'lat'),
    decide: (b) => {
      const first = b.tokenStart;
      if (isLetter(b, b.left(1)) && isStop(b, b.right(1))) {
        // The first letter opens a chain only when another letter and stop follow; a later one is inside it.
        if (b.index - 1 === b.tokenStart) return isLetter(b, b.right(2)) && isStop(b, b.right(3)) ? 'join' : undefined;
        return isLetter(b, first) && isStop(b, b.index - 2) ? 'join' : undefined;
      }
      if (isStop(b, b.left(1)) && isLetter(b, b.right(1))) {
        return isLetter(b, first) && b.index - 2 >= b.tokenStart && isLetter(b, b.left(2)) && isStop(b, b.right(2)) ? 'join' : undefined;
      }
      return undefined;
    },
  },
  {
    name: 'yahoo',
    applies: (left, right) => left === 'lat' && right === '!',
    decide: (b) => (b.text(b.left(1)).toLowerCase() === 'yahoo' && b.text(b.right(1)) === '!' ? 'join' : undefined),
  },
];

/** The rules that apply between atoms of these kinds, in order; worked out once per pair of kinds. */
export function rulesFor(left: AtomKind, right: AtomKind): readonly TokenRule[] {
  let byRight = RULES_FOR.get(left);
  if (!byRight) RULES_FOR.set(left, (byRight = new Map()));
  let rules = byRight.get(right);
  if (!rules) byRight.set(right, (rules = TOKEN_RULES.filter((rule) => rule.applies(left, right))));
  return rules;
}

// At most (types + punctuation characters)² entries, a few thousand.
const RULES_FOR = new Map<AtomKind, Map<AtomKind, readonly TokenRule[]>>();
