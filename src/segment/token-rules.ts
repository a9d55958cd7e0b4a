/**
 * Named boundary rules of the tokenizer. Between two atoms with no whitespace
 * between them, the rules are asked in order; the first that answers `join`
 * or `split` decides, and with no answer the atoms are split. Rules follow
 * razdel's, with additions for times, glued words and web addresses.
 */
import english from '../data/segment/english.json';
import { DASHES, ENDINGS, type Atom } from './atoms.js';

export type Decision = 'join' | 'split' | undefined;

/** The atoms around one boundary: `left(1)` ends just before it, `right(1)` starts at it. */
export class Boundary {
  atoms: readonly Atom[] = [];
  /** Index of `right(1)`. */
  index = 0;
  /** Index of the first atom of the token being built. */
  tokenStart = 0;

  /** The `n`-th atom to the left, if no whitespace separates it from the boundary. */
  left(n: number): Atom | undefined {
    const i = this.index - n;
    if (i < 0) return undefined;
    for (let k = i + 1; k < this.index; k++) if (this.atoms[k]!.spaceBefore) return undefined;
    return this.atoms[i];
  }

  /** The `n`-th atom to the right, if no whitespace separates it from the boundary. */
  right(n: number): Atom | undefined {
    const i = this.index + n - 1;
    if (i >= this.atoms.length) return undefined;
    for (let k = this.index + 1; k <= i; k++) if (this.atoms[k]!.spaceBefore) return undefined;
    return this.atoms[i];
  }

  /** Text of the token built so far. */
  get buffer(): string {
    let text = '';
    for (let k = this.tokenStart; k < this.index; k++) text += this.atoms[k]!.text;
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
export const kindOf = (atom: Atom): AtomKind => (atom.type === 'punct' ? atom.text : atom.type);
const isPunctuation = (kind: AtomKind): boolean => kind.length === 1;
const SPECIAL_TYPES = new Set<AtomKind>(['url', 'email', 'hashtag', 'mention']);

const isWordish = (atom: Atom | undefined): boolean =>
  atom !== undefined && (atom.type === 'ru' || atom.type === 'lat' || atom.type === 'int' || atom.type === 'other');

/**
 * A rule about a one-character delimiter atom between two atoms (`что|-|то`):
 * asked at both boundaries around the delimiter, it looks past it.
 */
function delimited(name: string, delimiters: string, decide: (left: Atom, right: Atom, delimiter: string) => Decision): TokenRule {
  const isDelimiter = (text: string): boolean => text.length === 1 && delimiters.includes(text);
  return {
    name,
    applies: (left, right) => isDelimiter(left) || isDelimiter(right),
    decide(boundary) {
      const left1 = boundary.left(1)!;
      const right1 = boundary.right(1)!;
      let left: Atom | undefined;
      let right: Atom | undefined;
      let delimiter: string;
      if (left1.type === 'punct' && isDelimiter(left1.text)) {
        left = boundary.left(2);
        right = right1;
        delimiter = left1.text;
      } else if (right1.type === 'punct' && isDelimiter(right1.text)) {
        left = left1;
        right = boundary.right(2);
        delimiter = right1.text;
      } else return undefined;
      return left && right ? decide(left, right, delimiter) : undefined;
    },
  };
}

const isApostrophe = (kind: AtomKind): boolean => kind === "'" || kind === '’';
/** English clitics cut off with their apostrophe (`'s`, `'re`): see data/segment/english.json. */
const CLITICS = new Set(english.clitics);
const isLatin = (atom: Atom | undefined): boolean => atom?.type === 'lat';
/** One Latin letter, as in `U.S.` or `a.m.`. */
const isLetter = (atom: Atom | undefined): boolean => atom?.type === 'lat' && atom.text.length === 1;
const isStop = (atom: Atom | undefined): boolean => atom?.type === 'punct' && atom.text === '.';

const SMILE = /^[=:;]-?[)(]{1,3}$/;
const SMILE_EYES = new Set(['=', ':', ';']);

/** The rules, in the order they are asked. */
export const TOKEN_RULES: readonly TokenRule[] = [
  {
    // Web addresses, e-mails, hashtags and handles are whole tokens of their own.
    name: 'special',
    applies: (left, right) => SPECIAL_TYPES.has(left) || SPECIAL_TYPES.has(right),
    decide: (b) => {
      const l = b.left(1)!.type;
      const r = b.right(1)!.type;
      return l === 'url' || l === 'email' || l === 'hashtag' || l === 'mention' || r === 'url' || r === 'email' || r === 'hashtag' || r === 'mention'
        ? 'split'
        : undefined;
    },
  },
  {
    // Two Cyrillic atoms meet only where the atomizer cut words glued by scraping.
    name: 'glued',
    applies: (left, right) => left === 'ru' && right === 'ru',
    decide: (b) => (b.left(1)!.type === 'ru' && b.right(1)!.type === 'ru' ? 'split' : undefined),
  },
  // что-то, Нагорно-Карабахской, 25-го, А-а-а
  delimited('dash', DASHES, (l, r) => (isWordish(l) && isWordish(r) ? 'join' : undefined)),
  // snake_case_names
  delimited('underscore', '_', (l, r) => (isWordish(l) && isWordish(r) ? 'join' : undefined)),
  // 3,5 · 20.09.2023
  delimited('float', ',.', (l, r) => (l.type === 'int' && r.type === 'int' ? 'join' : undefined)),
  // 1/2 · 3\4
  delimited('fraction', '/\\', (l, r) => (l.type === 'int' && r.type === 'int' ? 'join' : undefined)),
  // 08:50 · 8:05:30 (hours or minutes, then two-digit minutes or seconds)
  delimited('time', ':', (l, r) =>
    l.type === 'int' && r.type === 'int' && l.text.length <= 2 && r.text.length === 2 && Number(r.text) < 60 ? 'join' : undefined,
  ),
  {
    // ?! · ... · -- · *** · :) · =))) (a smiley with a nose, `:-)`, stays split as in razdel)
    name: 'punct',
    applies: (left, right) => isPunctuation(left) && isPunctuation(right),
    decide: (b) => {
      const l = b.left(1)!;
      const r = b.right(1)!;
      if (l.type !== 'punct' || r.type !== 'punct') return undefined;
      if (ENDINGS.includes(l.text) && ENDINGS.includes(r.text)) return 'join';
      if (l.text === r.text && (l.text === '-' || l.text === '*')) return 'join';
      // Only a short token that starts with a smiley's eyes is worth building the buffer for.
      if (b.index - b.tokenStart < 5 && SMILE_EYES.has(b.atoms[b.tokenStart]!.text) && SMILE.test(b.buffer + r.text)) return 'join';
      return undefined;
    },
  },
  {
    // Letters of other scripts and combining marks stay inside words: ΔP, Дáшкова, ї.
    name: 'other',
    applies: (left, right) => left === 'other' || right === 'other',
    decide: (b) => {
      const l = b.left(1)!.type;
      const r = b.right(1)!.type;
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
      const left = b.left(1)!;
      if (left.type === 'lat') {
        const word = b.right(2);
        if (!isLatin(word) || !isApostrophe(kindOf(b.right(1)!))) return undefined;
        const after = b.right(3);
        const whole = after === undefined || after.type === 'punct';
        const clitic = word!.text.toLowerCase();
        if (whole && CLITICS.has(clitic)) return 'split';
        return 'join';
      }
      return isApostrophe(kindOf(left)) && isLatin(b.left(2)) && isLatin(b.right(1)) ? 'join' : undefined;
    },
  },
  {
    // `U.S.`, `a.m.`, `e.g.`, `J.K.`: single Latin letters, each with its stop, are one token with their stops.
    // Decided from the token built so far and the next two atoms, so a million `a.a.a.` stay linear.
    name: 'dotted',
    applies: (left, right) => (left === 'lat' && right === '.') || (left === '.' && right === 'lat'),
    decide: (b) => {
      const first = b.atoms[b.tokenStart]!;
      if (isLetter(b.left(1)) && isStop(b.right(1))) {
        // The first letter opens a chain only when another letter and stop follow; a later one is inside it.
        if (b.index - 1 === b.tokenStart) return isLetter(b.right(2)) && isStop(b.right(3)) ? 'join' : undefined;
        return isLetter(first) && isStop(b.atoms[b.index - 2]) ? 'join' : undefined;
      }
      if (isStop(b.left(1)) && isLetter(b.right(1))) {
        return isLetter(first) && b.index - 2 >= b.tokenStart && isLetter(b.left(2)) && isStop(b.right(2)) ? 'join' : undefined;
      }
      return undefined;
    },
  },
  {
    name: 'yahoo',
    applies: (left, right) => left === 'lat' && right === '!',
    decide: (b) => (b.left(1)!.text.toLowerCase() === 'yahoo' && b.right(1)!.text === '!' ? 'join' : undefined),
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
