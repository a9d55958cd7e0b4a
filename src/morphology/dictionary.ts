/**
 * The dictionary's own answers for the word forms it holds, read straight from az's tables.
 *
 * az answers a form the dictionary holds with a general search (typos, stutter, ё for е) that
 * builds arrays and strings at every letter, then objects per reading: much of az's time on a
 * first pass over new text went there. For the forms the dictionary holds, az's answer is exactly
 * its dictionary readings, scored by the corpus probabilities and sorted; this module gives those
 * readings from the same tables with one walk over the letters, and inflects them from the same
 * paradigms ({@link inflectLexeme}). Forms the dictionary lacks are guessed from the same tables
 * (src/morphology/guess.ts).
 *
 * The tables are az's own files, read with az's loader ({@link loadTables}); az itself is not started (starting it
 * built an object per tag, ≈ 0.1 s and 25 MB, for answers these tables give). Where az's folder cannot be found,
 * az is started and {@link tapDictionary} keeps what its loader reads (no file is read twice). If az ever loads
 * other files, the tables stay incomplete and every form goes to az as before.
 * scripts/check-morphology.ts and tests/morphology/exact.test.ts compare the answers with az's.
 */
import Az from 'az';

/** One dictionary reading of a form: as az would give it, most probable first. */
export interface DictionaryReading {
  /** The form as the dictionary spells it (lower case, with ё). */
  readonly form: string;
  /** The dictionary form (lower case, with ё). */
  readonly lemma: string;
  /** The reading's tag, an index into {@link tagText}'s table. */
  readonly tag: number;
  readonly score: number;
  /** Its lexeme and place in it (the paradigm's number times 256, plus the form's): what {@link inflectLexeme} reads. */
  readonly lexeme: number;
}

/** The files of az that hold what a dictionary answer and a guess need. */
const FILES = [
  'words.dawg',
  'p_t_given_w.intdawg',
  'paradigms.array',
  'suffixes.json',
  'gramtab-opencorpora-int.json',
  'grammemes.json',
  'prediction-suffixes-0.dawg',
  'prediction-suffixes-1.dawg',
  'prediction-suffixes-2.dawg',
] as const;
type FileName = (typeof FILES)[number];

export interface Tables {
  /** Forms → (paradigm, form number) pairs. */
  readonly words: Dawg;
  /** For each of az's paradigm prefixes (none, `по`, `наи`): endings → (count, paradigm, form number) triples, what unknown words are guessed from. */
  readonly predictions: readonly Dawg[];
  /** `form:tag` → the tag's probability for the form, times a million. */
  readonly probabilities: Dawg;
  /** Each paradigm: its suffix ids, then its tag ids, then its prefix ids, one per form. */
  readonly paradigms: readonly Uint16Array[];
  readonly suffixes: readonly string[];
  /** Each tag as az prints it (`NOUN,anim,masc,Name sing,nomn`). */
  readonly tags: readonly string[];
  /** Whether a tag is a proper name's (`Name`, `Surn`, `Patr`, `Geox`, `Init`): az gives it only to a capitalised form. */
  readonly proper: Uint8Array;
  /** Whether a tag is one az guesses for an unknown word (not a pronoun, preposition, conjunction, particle, …: az's `isProductive`). */
  readonly productive: Uint8Array;
  /** Each grammeme's parent (`loc2` → `loct`, `loct` → `CAse`), from az's grammeme list. */
  readonly parents: ReadonlyMap<string, string>;
}

/** The prefixes of paradigm forms, as az numbers them (superlatives and comparatives). */
export const PARADIGM_PREFIXES = ['', 'по', 'наи'];
/**
 * A tag's text with a proper name's grammeme, as a whole grammeme between commas and spaces: one test of each of the
 * dictionary's five thousand tags when the tables are made, where splitting each into its grammemes took a tenth of the
 * time of the first word's look-up.
 */
const PROPER_TAG = /(?:^|[, ])(?:Name|Surn|Patr|Geox|Init)(?![^, ])/;
/** A tag's text with a grammeme of the tags az never guesses for a word it does not know (its `Tag.isProductive`). */
const UNPRODUCTIVE_TAG = /(?:^|[, ])(?:NUMR|NPRO|PRED|PREP|CONJ|PRCL|INTJ|Apro|NUMB|ROMN|LATN|PNCT|UNKN)(?![^, ])/;

let captured: Partial<Record<FileName, unknown>> = {};
let tables: Tables | undefined;

/** Reads az's files from `folder` (a path, or a URL in a browser) with az's loader; rejects with the first file that could not be read. */
export function loadTables(folder: string): Promise<void> {
  captured = {};
  tables = undefined;
  const reads = FILES.map(
    (file) =>
      new Promise<void>((resolve, reject) =>
        Az.load(`${folder}/${file}`, file.endsWith('.json') ? 'json' : 'arraybuffer', (error, data) => {
          if (error) return reject(error);
          captured[file] = data;
          resolve();
        }),
      ),
  );
  return Promise.all(reads).then(() => undefined);
}

/**
 * Runs `start` (which calls az's `Morph.init`) while watching az's file loader, and keeps the
 * tables az loads. az's loader is restored before this returns: az asks for its files at once.
 */
export function tapDictionary<T>(start: () => T): T {
  const load = Az.load;
  captured = {};
  tables = undefined;
  if (typeof load !== 'function') return start();
  Az.load = (url, type, callback) =>
    load(url, type, (error, data) => {
      const name = FILES.find((file) => url.endsWith('/' + file));
      if (!error && name !== undefined) captured[name] = data;
      callback(error, data);
    });
  try {
    return start();
  } finally {
    Az.load = load;
  }
}

/** The tables, once az has loaded every file they need; undefined if it loaded others. */
export function loadedTables(): Tables | undefined {
  if (tables !== undefined || FILES.some((file) => captured[file] === undefined)) return tables;
  const files = captured as Record<FileName, unknown>;
  const tags = (files['gramtab-opencorpora-int.json'] as string[]).map(azTagText);
  const list = new Uint16Array(files['paradigms.array'] as ArrayBuffer);
  const paradigms: Uint16Array[] = [];
  for (let i = 0, at = 1; i < list[0]!; i++) {
    const size = list[at++]!;
    paradigms.push(list.subarray(at, at + size));
    at += size;
  }
  tables = {
    words: new Dawg(files['words.dawg'] as ArrayBuffer),
    predictions: [0, 1, 2].map((prefix) => new Dawg(files[`prediction-suffixes-${prefix}.dawg` as FileName] as ArrayBuffer)),
    probabilities: new Dawg(files['p_t_given_w.intdawg'] as ArrayBuffer),
    paradigms,
    suffixes: files['suffixes.json'] as string[],
    tags,
    proper: Uint8Array.from(tags, (tag) => (PROPER_TAG.test(tag) ? 1 : 0)),
    productive: Uint8Array.from(tags, (tag) => (UNPRODUCTIVE_TAG.test(tag) ? 0 : 1)),
    parents: new Map((files['grammemes.json'] as [string, string | null][]).filter(([, parent]) => parent).map(([name, parent]) => [name, parent!])),
  };
  captured = {};
  return tables;
}

/** A tag as az prints it: its fixed grammemes, a space, its changing ones (none: no space). */
function azTagText(text: string): string {
  // One space or none (every tag of az's files): the text itself, as the general case makes it without splitting it.
  if (text.indexOf(' ') === text.lastIndexOf(' ')) return text.trim();
  const [fixed, changing] = text.split(' ');
  return `${fixed} ${changing ?? ''}`.trim();
}

/** A tag's text, by its index. */
export function tagText(tag: number): string {
  return tables!.tags[tag]!;
}

/** Whether a tag is a proper name's. */
export function isProperTag(tag: number): boolean {
  return tables!.proper[tag] === 1;
}

/** Each tag's grammemes with their values, as az sets them on its tag objects (built when first asked). */
const tagValuesCache: ReadonlyMap<string, string | true>[] = [];

/**
 * A tag's grammemes and categories with their values, as az sets them on its tag objects: each grammeme is `true` and
 * the value of its category and of that category's own (`loc2` makes `loct` be `loc2` and the case `loct`).
 */
export function tagValues(tag: number): ReadonlyMap<string, string | true> {
  return (tagValuesCache[tag] ??= valuesOfTagText(tagText(tag)));
}

/** The grammemes and categories of a tag's text with their values (see {@link tagValues}). */
export function valuesOfTagText(text: string): ReadonlyMap<string, string | true> {
  const { parents } = tables!;
  const values = new Map<string, string | true>();
  for (const grammeme of text.split(/[, ]/)) {
    values.set(grammeme, true);
    for (let child = grammeme, parent = parents.get(child); parent !== undefined; child = parent, parent = parents.get(child)) values.set(parent, child);
  }
  return values;
}

/**
 * The form of a reading's lexeme that has every one of `grammemes` (its first, in the paradigm's order), spelled on the
 * reading's own stem; null when none has. As az's inflection: a grammeme is had when the tag has it or one of its kind
 * (`nomn` is had by a vocative, whose case is a kind of nominative).
 */
export function inflectLexeme(form: string, lexeme: number, grammemes: readonly string[]): string | null {
  const { paradigms, suffixes } = tables!;
  const forms = paradigms[Math.floor(lexeme / 256)]!;
  const number = lexeme % 256;
  const count = forms.length / 3;
  const stem = stemOf(form, forms, number, suffixes);
  for (let i = 0; i < count; i++) {
    const values = tagValues(forms[count + i]!);
    if (grammemes.every((grammeme) => values.has(grammeme))) return formOn(stem, forms, i, suffixes);
  }
  return null;
}

/** The tag of a paradigm's form `number` (a paradigm lists its suffix ids, then its tag ids, then its prefix ids). */
export function tagOf(tables: Tables, paradigm: number, number: number): number {
  const forms = tables.paradigms[paradigm]!;
  return forms[forms.length / 3 + number]!;
}

/** A paradigm's form `number` as a lexeme: what {@link inflectLexeme} reads. */
export function lexemeOf(paradigm: number, number: number): number {
  return paradigm * 256 + number;
}

/** The stem of a paradigm's form `number` spelled `form`: between the form's own prefix and suffix. */
export function stemOf(form: string, forms: Uint16Array, number: number, suffixes: readonly string[]): string {
  return form.substring(PARADIGM_PREFIXES[forms[(2 * forms.length) / 3 + number]!]!.length, form.length - suffixes[forms[number]!]!.length);
}

/**
 * The lemma of a paradigm's form `number`: the paradigm's first form on the form's stem; the form itself where the
 * two have the same prefix and suffix (a nominative, an inanimate noun's accusative), with no new string made.
 */
export function lemmaOf(form: string, forms: Uint16Array, number: number, suffixes: readonly string[]): string {
  const prefixes = (2 * forms.length) / 3;
  if (forms[number] === forms[0] && forms[prefixes + number] === forms[prefixes]) return form;
  return formOn(stemOf(form, forms, number, suffixes), forms, 0, suffixes);
}

/** A paradigm's form `number` on a stem: its prefix, the stem, its suffix. */
export function formOn(stem: string, forms: Uint16Array, number: number, suffixes: readonly string[]): string {
  return PARADIGM_PREFIXES[forms[(2 * forms.length) / 3 + number]!]! + stem + suffixes[forms[number]!]!;
}

/**
 * The readings az gives a form the dictionary holds, in az's order, with az's scores; undefined
 * when the dictionary holds none of them for this form (az then guesses: src/morphology/guess.ts) or
 * when the tables are not there. (az also reads a capital letter as an initial: src/morphology/guess.ts.) `lower`: the
 * form in lower case, where the caller has it already (lower-casing Cyrillic costs about a microsecond).
 */
export function dictionaryReadings(word: string, lower = word.toLowerCase()): DictionaryReading[] | undefined {
  const found = loadedTables();
  if (found === undefined || word.length === 0) return undefined;
  const { words, probabilities, paradigms, suffixes, tags, proper } = found;
  // az's test: a capital first letter and not all capitals.
  const capitalised = word[0] !== lower[0] && word.slice(1).toUpperCase() !== word.slice(1);
  const readings: { form: string; lemma: string; tag: number; score: number; lexeme: number }[] = [];
  let lemma = '';
  for (const [form, pairs] of words.spellings(lower)) {
    for (let k = 0; k < pairs.length; k += 2) {
      const paradigm = pairs[k]!;
      const forms = paradigms[paradigm]!;
      const number = pairs[k + 1]!;
      const tag = tagOf(found, paradigm, number);
      if (proper[tag] === 1 && !capitalised) continue;
      // The lemma: the paradigm's first form on this form's stem (one string for the readings that share it).
      const own = lemmaOf(form, forms, number, suffixes);
      if (own !== lemma) lemma = own;
      readings.push({ form, lemma, tag, score: 1, lexeme: lexemeOf(paradigm, number) });
    }
  }
  if (readings.length === 0) return undefined;
  // As az: a reading the corpus saw gets its probability; then they are made to sum to one, and sorted (a
  // stable sort: equal scores keep the dictionary's order). Most forms the corpus never saw: one walk tells.
  let total = 0;
  let spelled: string | undefined;
  let seen = -1;
  for (const reading of readings) {
    // The form's node, then its separator's: no string `form:` made for each form.
    if (reading.form !== spelled) seen = probabilities.node(':', probabilities.node((spelled = reading.form)));
    const probability = seen < 0 ? -1 : probabilities.value(tags[reading.tag]!, seen);
    if (probability >= 0) total += reading.score = probability / 1_000_000;
  }
  if (total > 0) {
    for (const reading of readings) reading.score /= total;
    readings.sort((a, b) => b.score - a.score);
  }
  return readings;
}

/** A DAWG in the dawgdic layout az's files use: its units and, for walking all values under a node, its guide. */
export class Dawg {
  readonly #units: Uint32Array;
  readonly #guide: Uint8Array;

  constructor(data: ArrayBuffer) {
    const view = new DataView(data);
    const unitCount = view.getUint32(0, true);
    const guideCount = view.getUint32(unitCount * 4 + 4, true);
    this.#units = new Uint32Array(data, 4, unitCount);
    this.#guide = new Uint8Array(data, unitCount * 4 + 8, guideCount * 2);
  }

  /** The node reached from `index` by the byte `byte`, or -1. */
  #follow(byte: number, index: number): number {
    const unit = this.#units[index]!;
    const next = (index ^ ((unit >> 10) << ((unit & EXTENSION_BIT) >> 6)) ^ byte) | 0;
    return (this.#units[next]! & LABEL_MASK) === byte ? next : -1;
  }

  /** The node reached by a key's letters from `from` (the root: 0), or -1. */
  node(key: string, from = 0): number {
    let index = from;
    for (let i = 0; i < key.length && index >= 0; i++) {
      const byte = cp1251(key.charCodeAt(i));
      index = byte < 0 ? -1 : this.#follow(byte, index);
    }
    return index;
  }

  /** The integer stored for a key (after the node `from`), or -1. */
  value(key: string, from = 0): number {
    const index = this.node(key, from);
    if (index < 0 || (this.#units[index]! & HAS_LEAF_BIT) === 0) return -1;
    const unit = this.#units[index]!;
    return (this.#units[(index ^ ((unit >> 10) << ((unit & EXTENSION_BIT) >> 6))) | 0]! & ~IS_LEAF_BIT) >>> 0;
  }

  /**
   * Every spelling of a lower-case form the dictionary holds, with ё wherever е is written (as az's search:
   * as written first, then the ё spellings), each with its values, `width` numbers each ((paradigm, form number)
   * pairs in the words DAWG, (count, paradigm, form number) triples in a prediction DAWG), one after another.
   * `from`: where the form starts in `form` (the guessers look up the rest of a word after a prefix, with no string
   * cut for each prefix tried). None found (most of the guessers' look-ups): one shared empty list, never to be changed.
   */
  spellings(form: string, width = 2, from = 0): readonly [string, number[]][] {
    return this.#spell(form, from, 0, undefined, width, undefined, from) ?? NO_SPELLINGS;
  }

  /**
   * The spellings of `form` from its letter `at`, reached at node `index`: straight along its letters, and at an е
   * that may be read ё, first as written and then with ё (so one walk allocates nothing until it finds a spelling).
   * `spelled`: the spelling so far when it took a ё, else undefined (the form's own letters from `from`). `found`: the
   * spellings found so far, made at the first; returned with those found here.
   */
  #spell(form: string, at: number, index: number, spelled: string | undefined, width: number, found: [string, number[]][] | undefined, from: number): [string, number[]][] | undefined {
    for (; at < form.length; at++) {
      const code = form.charCodeAt(at);
      const byte = cp1251(code);
      if (code === SMALL_IE) {
        const io = this.#follow(CP1251_SMALL_IO, index);
        if (io >= 0) {
          const ie = this.#follow(byte, index);
          if (ie >= 0) found = this.#spell(form, at + 1, ie, spelled === undefined ? undefined : spelled + form[at], width, found, from);
          return this.#spell(form, at + 1, io, (spelled ?? form.slice(from, at)) + 'ё', width, found, from);
        }
      }
      index = byte < 0 ? -1 : this.#follow(byte, index);
      if (index < 0) return found;
      if (spelled !== undefined) spelled += form[at];
    }
    const values = this.#follow(SEPARATOR, index);
    if (values >= 0) (found ??= []).push([spelled ?? (from === 0 ? form : form.slice(from)), this.#values(values, width)]);
    return found;
  }

  /** The numbers stored under a node, in az's order, `width` per value: each number is two bytes of key after the separator. */
  #values(start: number, width: number): number[] {
    const values: number[] = [];
    // The path from `start`: its nodes and the labels that led to them (a value's key is a few bytes deep).
    const stack = PATH_NODES;
    const key = PATH_LABELS;
    let depth = 0;
    stack[0] = start;
    let index = start;
    for (let first = true; ; first = false) {
      if (!first) {
        // The next key: down to the first child, else across to the next sibling of the nearest node that has one.
        let label = this.#guide[index << 1]!;
        if (label) {
          index = this.#follow(label, index);
          if (index < 0) return values;
          key[depth++] = label;
          stack[depth] = index;
        } else {
          do {
            label = this.#guide[(index << 1) + 1]!;
            if (depth === 0) return values;
            depth--;
            index = stack[depth]!;
            if (label) {
              index = this.#follow(label, index);
              if (index < 0) return values;
              key[depth++] = label;
              stack[depth] = index;
            }
          } while (!label);
        }
      }
      while ((this.#units[index]! & HAS_LEAF_BIT) === 0) {
        const label = this.#guide[index << 1]!;
        index = this.#follow(label, index);
        if (index < 0) return values;
        key[depth++] = label;
        stack[depth] = index;
      }
      for (let i = 0; i < 2 * width; i += 2) values.push(((key[i]! ^ 1) << 6) + (key[i + 1]! >> 1));
    }
  }
}

/** What {@link Dawg.spellings} gives a form it holds no spelling of. */
const NO_SPELLINGS: readonly [string, number[]][] = [];

/** Room for the path of a value's key under a node (its bytes: 4 in the words DAWG, 6 in a prediction DAWG). */
const PATH_NODES = new Int32Array(64);
const PATH_LABELS = new Int32Array(64);

const EXTENSION_BIT = 1 << 9;
const HAS_LEAF_BIT = 1 << 8;
const IS_LEAF_BIT = 1 << 31;
/** A unit's label with its leaf bit: a leaf never matches a byte. */
const LABEL_MASK = IS_LEAF_BIT | 0xff;
/** The byte between a key and its values in az's `words` DAWG. */
const SEPARATOR = 1;
const SMALL_IE = 0x435;
const CP1251_SMALL_IO = 184;

/** A character's byte in the Windows-1251 code page az's DAWGs are spelled in (ASCII and Russian letters), or -1. */
function cp1251(code: number): number {
  if (code < 0x80) return code;
  if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
  if (code === 0x451) return CP1251_SMALL_IO;
  if (code === 0x401) return 168;
  return -1;
}
