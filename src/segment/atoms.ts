/**
 * Atoms: the pieces a text is first cut into, before the boundary rules
 * decide which neighbouring atoms form one token (as in razdel).
 */
import { DIGIT, LAT, PUNCT, RU, SPACE } from './char-classes.js';
import { findSpecialSpans, type SpecialKind } from './special.js';

export { BRACKETS, DASHES, ENDINGS, PUNCTS, QUOTES } from './punctuation.js';

/** Atom types: Cyrillic and Latin letter runs, digit runs, single punctuation marks, anything else. */
export type AtomType = 'ru' | 'lat' | 'int' | 'punct' | 'other' | SpecialKind;

// An atom's type as stored: the index of its name in ATOM_TYPES.
const enum Code {
  Ru = 0,
  Lat,
  Int,
  Punct,
  Other,
  Url,
  Email,
  Hashtag,
  Mention,
}
const ATOM_TYPES: readonly AtomType[] = ['ru', 'lat', 'int', 'punct', 'other', 'url', 'email', 'hashtag', 'mention'];
const SPECIAL_CODES: Record<SpecialKind, Code> = { url: Code.Url, email: Code.Email, hashtag: Code.Hashtag, mention: Code.Mention };

/**
 * The atoms of a text, one entry per atom in typed arrays rather than one object per atom: a megabyte of
 * `«` is a million atoms, and a million objects made the garbage collector's work grow faster than the text.
 * An atom is its index, `0 ≤ i < count`; its text is cut from the source only when asked for, and a
 * one-character text is a shared string ({@link charString}).
 */
export class Atoms {
  /** How many atoms there are. */
  count = 0;
  private starts!: Int32Array;
  private ends!: Int32Array;
  private types!: Uint8Array;
  /** 1 when whitespace separates the atom from the previous one. */
  private spaces!: Uint8Array;

  constructor(readonly source: string) {
    // News has about one atom in five code units; a run of marks, one in each: the arrays double as needed.
    this.allocate(Math.min(source.length, 64 + (source.length >> 2)));
  }

  /** Appends an atom (for {@link atomize}). */
  push(code: Code, start: number, end: number, spaceBefore: boolean): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.types[i] = code;
    this.spaces[i] = spaceBefore ? 1 : 0;
  }

  /** The type of atom `i`. */
  type(i: number): AtomType {
    return ATOM_TYPES[this.types[i]!]!;
  }

  /** Where atom `i` starts in the source. */
  start(i: number): number {
    return this.starts[i]!;
  }

  /** Where atom `i` ends in the source. */
  end(i: number): number {
    return this.ends[i]!;
  }

  /** Length of the atom's text in UTF-16 code units. */
  size(i: number): number {
    return this.ends[i]! - this.starts[i]!;
  }

  /** True when whitespace separates atom `i` from the previous one. */
  spaceBefore(i: number): boolean {
    return this.spaces[i] === 1;
  }

  /** The atom's text; one code unit is a shared string, so a punctuation mark's text allocates nothing. */
  text(i: number): string {
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    return end - start === 1 ? charString(this.source.charCodeAt(start)) : this.source.slice(start, end);
  }

  private grow(): void {
    const { starts, ends, types, spaces } = this;
    this.allocate(starts.length * 2);
    this.starts.set(starts);
    this.ends.set(ends);
    this.types.set(types);
    this.spaces.set(spaces);
  }

  /** Empty arrays for `capacity` atoms, the four of them views of one buffer: one allocation per text, not four. */
  private allocate(capacity: number): void {
    const buffer = new ArrayBuffer(capacity * 10);
    this.starts = new Int32Array(buffer, 0, capacity);
    this.ends = new Int32Array(buffer, capacity * 4, capacity);
    this.types = new Uint8Array(buffer, capacity * 8, capacity);
    this.spaces = new Uint8Array(buffer, capacity * 9, capacity);
  }
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
  // The string of all code units (surrogates as U+0000), made from their codes a block at a time: a string built by
  // 65,536 concatenations of one-character strings cost ≈ 10 ms of start-up. No TextDecoder, which an embedding
  // context may lack (the segmenter's bundle runs in a bare JavaScript context).
  const codes = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) codes[code] = code;
  const BLOCK = 0x1000;
  const blocks: string[] = [];
  for (let start = 0; start < 0x10000; start += BLOCK) blocks.push(String.fromCharCode(...codes.subarray(start, start + BLOCK)));
  const all = blocks.join('');
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

const RUN_CODES: Partial<Record<CharClass, Code>> = {
  [CharClass.Ru]: Code.Ru,
  [CharClass.Lat]: Code.Lat,
  [CharClass.Digit]: Code.Int,
};

// Cyrillic words glued by scraping (`ВодневЧрезвычайный`): a long lower-case
// run followed by a capitalised word. Short joints (`ВикиНовости`, `КамАЗ`) stay.
/** Lower-case letters a glued joint needs before its capital, and after it. */
const GLUED_BEFORE = 5;
const GLUED_AFTER = 4;
/** The shortest run that may hold a glued joint. */
const SHORTEST_GLUED = GLUED_BEFORE + 1 + GLUED_AFTER;
const GLUED = new RegExp(`[а-яё]{${GLUED_BEFORE}}(?=[А-ЯЁ][а-яё]{${GLUED_AFTER}})`, 'g');

/** Cuts `text` into atoms, in order, covering every non-whitespace character. */
export function atomize(text: string): Atoms {
  const atoms = new Atoms(text);
  const specials = findSpecialSpans(text);
  let special = 0;
  let nextSpecial = specials.length ? specials[0]!.start : Infinity;
  const length = text.length;
  let position = 0;
  let spaceBefore = false;
  while (position < length) {
    if (position === nextSpecial) {
      const span = specials[special++]!;
      atoms.push(SPECIAL_CODES[span.kind], span.start, span.end, spaceBefore);
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
    const runCode = RUN_CODES[charClass];
    if (runCode !== undefined) {
      const limit = Math.min(length, nextSpecial);
      while (end < limit && CLASS_TABLE[text.charCodeAt(end)] === charClass) end++;
      if (runCode === Code.Ru && end - position >= SHORTEST_GLUED && hasInnerCapital(text, position, end)) pushGlued(atoms, text, position, end, spaceBefore);
      else atoms.push(runCode, position, end, spaceBefore);
    } else {
      // A surrogate pair is one character; a lone surrogate is one atom of its own.
      if (isHighSurrogate(text.charCodeAt(position)) && isLowSurrogate(text.charCodeAt(end))) end++;
      atoms.push(charClass === CharClass.Punct ? Code.Punct : Code.Other, position, end, spaceBefore);
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

/**
 * Whether a Cyrillic run has a capital where GLUED could cut (with room for its letters before and after): most
 * long words have none, and are taken whole without cutting out their text for the pattern.
 */
function hasInnerCapital(text: string, start: number, end: number): boolean {
  for (let k = start + GLUED_BEFORE; k < end - GLUED_AFTER; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 0x410 && code <= 0x42f) || code === 0x401) return true;
  }
  return false;
}

function pushGlued(atoms: Atoms, text: string, start: number, end: number, spaceBefore: boolean): void {
  const run = text.slice(start, end);
  let from = 0;
  GLUED.lastIndex = 0;
  for (let match = GLUED.exec(run); match; match = GLUED.exec(run)) {
    const cut = match.index + GLUED_BEFORE;
    atoms.push(Code.Ru, start + from, start + cut, from === 0 && spaceBefore);
    from = cut;
  }
  atoms.push(Code.Ru, start + from, end, from === 0 && spaceBefore);
}
