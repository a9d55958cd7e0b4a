/**
 * Sets of grammemes as bits: a tag's, and a word form's (every grammeme of its readings), made by or-ing its readings'
 * tags. A form's set was a `Set` of strings, built through a cache keyed by a string of its readings' tags; a new form
 * now or-s a few small integers. OpenCorpora has 113 grammemes; each gets a bit when first seen.
 */

/** Bits a word holds: 30, so that every value stays one of V8's small integers. */
const BITS_PER_WORD = 30;
const WORDS = 4;
const CAPACITY = BITS_PER_WORD * WORDS;

/** Each grammeme's bit, in the order first seen. */
const bits = new Map<string, number>();

function bitOf(grammeme: string): number {
  let bit = bits.get(grammeme);
  if (bit === undefined) {
    if (bits.size >= CAPACITY) throw new Error(`rech: more than ${CAPACITY} grammemes in the dictionary's tags (${grammeme})`);
    bits.set(grammeme, (bit = bits.size));
  }
  return bit;
}

/** A set of grammemes (never changed once made). */
export class GrammemeSet {
  constructor(
    /** @internal */ readonly w0: number,
    /** @internal */ readonly w1: number,
    /** @internal */ readonly w2: number,
    /** @internal */ readonly w3: number,
  ) {}

  /** Whether the set holds `grammeme`. */
  has(grammeme: string): boolean {
    const bit = bits.get(grammeme);
    if (bit === undefined) return false;
    const word = bit < BITS_PER_WORD ? this.w0 : bit < 2 * BITS_PER_WORD ? this.w1 : bit < 3 * BITS_PER_WORD ? this.w2 : this.w3;
    return (word & (1 << bit % BITS_PER_WORD)) !== 0;
  }

  /** Whether the set shares a grammeme with `other`. */
  meets(other: GrammemeSet): boolean {
    return ((this.w0 & other.w0) | (this.w1 & other.w1) | (this.w2 & other.w2) | (this.w3 & other.w3)) !== 0;
  }
}

/** The set with no grammeme. */
export const NO_GRAMMEMES = new GrammemeSet(0, 0, 0, 0);

/** The set of `grammemes`. */
export function grammemeSet(grammemes: Iterable<string>): GrammemeSet {
  const words = new Int32Array(WORDS);
  for (const grammeme of grammemes) {
    const bit = bitOf(grammeme);
    words[(bit / BITS_PER_WORD) | 0]! |= 1 << bit % BITS_PER_WORD;
  }
  return new GrammemeSet(words[0]!, words[1]!, words[2]!, words[3]!);
}
