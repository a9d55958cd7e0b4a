/**
 * Atoms: the pieces a text is first cut into, before the boundary rules
 * decide which neighbouring atoms form one token (as in razdel).
 */
import { DIGIT, LAT, PUNCT, RU, SPACE } from './char-classes.js';
import { findSpecialSpans, type SpecialKind } from './special.js';

export { BRACKETS, DASHES, ENDINGS, PUNCTS, QUOTES } from './punctuation.js';

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

// Character classes, composed from Unicode properties with XRegExp at build time
// (scripts/build-char-classes.ts writes char-classes.ts), then compiled into a table
// over the Basic Multilingual Plane so that cutting a text into atoms is one pass
// over its code units with no regex matching.
const enum CharClass {
  Other = 0,
  Space,
  Ru,
  Lat,
  Digit,
  Punct,
}

const CLASS_PATTERNS: [CharClass, RegExp][] = [
  [CharClass.Space, SPACE],
  [CharClass.Ru, RU],
  [CharClass.Lat, LAT],
  [CharClass.Digit, DIGIT],
  [CharClass.Punct, PUNCT],
];

const CLASS_TABLE = buildClassTable();

/**
 * The class of every BMP code unit (surrogates excepted), the first pattern
 * that matches winning. Each pattern is one bracketed class between `^` and
 * `$`, so it runs once, globally, over a string of all code units: the same
 * answers as testing each character, in far less start-up time.
 */
function buildClassTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  let all = '';
  for (let code = 0; code < 0x10000; code++) all += code >= 0xd800 && code <= 0xdfff ? '\0' : String.fromCharCode(code);
  for (const [charClass, pattern] of [...CLASS_PATTERNS].reverse()) {
    const { source, flags } = pattern;
    if (!source.startsWith('^[') || !source.endsWith(']$')) throw new Error(`rech: a character class must be one bracketed class, got /${source}/`);
    for (const match of all.matchAll(new RegExp(source.slice(1, -1), `${flags}g`))) {
      const code = match.index;
      if (code < 0xd800 || code > 0xdfff) table[code] = charClass;
    }
  }
  return table;
}

const RUN_TYPES: Partial<Record<CharClass, AtomType>> = {
  [CharClass.Ru]: 'ru',
  [CharClass.Lat]: 'lat',
  [CharClass.Digit]: 'int',
};

// Cyrillic words glued by scraping (`ВодневЧрезвычайный`): a long lower-case
// run followed by a capitalised word. Short joints (`ВикиНовости`, `КамАЗ`) stay.
const GLUED = /[а-яё]{5}(?=[А-ЯЁ][а-яё]{4})/g;

/** Cuts `text` into atoms, in order, covering every non-whitespace character. */
export function atomize(text: string): Atom[] {
  const atoms: Atom[] = [];
  const specials = findSpecialSpans(text);
  let special = 0;
  let nextSpecial = specials.length ? specials[0]!.start : Infinity;
  const length = text.length;
  let position = 0;
  let spaceBefore = false;
  while (position < length) {
    if (position === nextSpecial) {
      const span = specials[special++]!;
      atoms.push({ type: span.kind, start: span.start, end: span.end, text: text.slice(span.start, span.end), spaceBefore });
      position = span.end;
      nextSpecial = special < specials.length ? specials[special]!.start : Infinity;
      spaceBefore = false;
      continue;
    }
    const charClass = CLASS_TABLE[text.charCodeAt(position)]! as CharClass;
    if (charClass === CharClass.Space) {
      position++;
      spaceBefore = true;
      continue;
    }
    let end = position + 1;
    const runType = RUN_TYPES[charClass];
    if (runType) {
      const limit = Math.min(length, nextSpecial);
      while (end < limit && CLASS_TABLE[text.charCodeAt(end)] === charClass) end++;
      if (runType === 'ru' && end - position > 9) pushGlued(atoms, text, position, end, spaceBefore);
      else atoms.push({ type: runType, start: position, end, text: end - position === 1 ? charString(text.charCodeAt(position)) : text.slice(position, end), spaceBefore });
    } else {
      // A surrogate pair is one character; a lone surrogate is one atom of its own.
      const code = text.charCodeAt(position);
      if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(end))) end++;
      const atomText = end - position === 1 ? charString(code) : text.slice(position, end);
      atoms.push({ type: charClass === CharClass.Punct ? 'punct' : 'other', start: position, end, text: atomText, spaceBefore });
    }
    position = end;
    spaceBefore = false;
  }
  return atoms;
}

// One string per code unit, shared: a million `—` would otherwise allocate a million strings
// (V8 shares one-character strings only below U+0100).
const CHAR_STRINGS: Array<string | undefined> = new Array(0x10000);
export function charString(code: number): string {
  return (CHAR_STRINGS[code] ??= String.fromCharCode(code));
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

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
