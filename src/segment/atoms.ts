/**
 * Atoms: the pieces a text is first cut into, before the boundary rules
 * decide which neighbouring atoms form one token (as in razdel).
 */
import XRegExp from 'xregexp';
import { findSpecialSpans, type SpecialKind } from './special.js';

/** Atom types: Cyrillic and Latin letter runs, digit runs, single punctuation marks, anything else. */
export type AtomType = 'ru' | 'lat' | 'int' | 'punct' | 'other' | SpecialKind;

export interface Atom {
  type: AtomType;
  start: number;
  end: number;
  text: string;
  /** True when whitespace separates this atom from the previous one. */
  spaceBefore: boolean;
}

export const DASHES = '‑–—−-';
export const ENDINGS = '.?!…';
export const QUOTES = '«“‘»”’"„\'‚‟‹›';
// `{` is not punctuation for razdel: it sticks to words in markup such as `usepackage{`.
export const BRACKETS = '([)]}';
export const PUNCTS = '\\/!#$%&*+,.:;<=>?@^_`|~№…' + DASHES + QUOTES + BRACKETS;

const escapeClass = (chars: string): string => chars.replace(/[\\\]\[^-]/g, '\\$&');

// One sticky pattern; the group that matched names the atom's type. Each
// alternative is a single character class, so matching never backtracks.
const ATOM = XRegExp(
  `([а-яё]+)|([a-z]+)|(\\p{Nd}+)|([${escapeClass(PUNCTS)}])|(\\S)`,
  'giuy',
);
const TYPES: readonly AtomType[] = ['ru', 'lat', 'int', 'punct', 'other'];
const SPACE = /\s+/y;

// Cyrillic words glued by scraping (`ВодневЧрезвычайный`): a long lower-case
// run followed by a capitalised word. Short joints (`ВикиНовости`, `КамАЗ`) stay.
const GLUED = /[а-яё]{5}(?=[А-ЯЁ][а-яё]{4})/g;

/** Cuts `text` into atoms, in order, covering every non-whitespace character. */
export function atomize(text: string): Atom[] {
  const atoms: Atom[] = [];
  const specials = findSpecialSpans(text);
  let special = 0;
  let position = 0;
  let spaceBefore = false;
  while (position < text.length) {
    SPACE.lastIndex = position;
    if (SPACE.test(text)) {
      position = SPACE.lastIndex;
      spaceBefore = true;
      continue;
    }
    const next = specials[special];
    if (next && next.start === position) {
      atoms.push({ type: next.kind, start: next.start, end: next.end, text: text.slice(next.start, next.end), spaceBefore });
      position = next.end;
      special++;
      spaceBefore = false;
      continue;
    }
    ATOM.lastIndex = position;
    const match = ATOM.exec(text)!;
    let end = ATOM.lastIndex;
    if (next && end > next.start) end = next.start;
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const type = TYPES[group - 1]!;
    if (type === 'ru' && end - position > 9) pushGlued(atoms, text, position, end, spaceBefore);
    else atoms.push({ type, start: position, end, text: text.slice(position, end), spaceBefore });
    position = end;
    spaceBefore = false;
  }
  return atoms;
}

function pushGlued(atoms: Atom[], text: string, start: number, end: number, spaceBefore: boolean): void {
  const run = text.slice(start, end);
  let from = 0;
  GLUED.lastIndex = 0;
  for (let match = GLUED.exec(run); match; match = GLUED.exec(run)) {
    const cut = match.index + 5;
    atoms.push({ type: 'ru', start: start + from, end: start + cut, text: run.slice(from, cut), spaceBefore: from === 0 && spaceBefore });
    from = cut;
  }
  atoms.push({ type: 'ru', start: start + from, end, text: run.slice(from), spaceBefore: from === 0 && spaceBefore });
}
