/**
 * A word: a token as the entity and quote rules read it, with its readings,
 * shape and lookup keys.
 */
import { grammemeSet, GrammemeSet, NO_GRAMMEMES } from '../morphology/grammemes.js';
import { analyses, dropOldest, emptyListOfObjects, NO_READINGS, type WordAnalysis } from '../morphology/morphology.js';
import { stopWhenHeapFull } from '../heap.js';
import type { EntityType, Token, TokenKind } from '../model.js';

/** Letter case of a token's text. */
export type Shape = 'lower' | 'title' | 'upper' | 'mixed' | 'none';

/** A token as the rules see it. */
export interface Word {
  readonly token: Token;
  readonly text: string;
  /** The token's kind, so that a word passes wherever a token does (`isPunctuation(word, ',')`). */
  readonly kind: TokenKind;
  /** Readings, most probable first; empty for non-Cyrillic tokens. */
  readonly analyses: readonly WordAnalysis[];
  /** Lower-case keys with ё folded to е: the text itself and every lemma. */
  readonly keys: readonly string[];
  /** The text in lower case with ё folded to е (`fold(text)`, the first of the keys). */
  readonly folded: string;
  readonly shape: Shape;
  readonly latin: boolean;
  /** The first word of its sentence (its capital letter says little). */
  readonly sentenceStart: boolean;
  /** The dictionary knows the word as a common word too (`Дипломат`, `Есть`, `путина`). */
  readonly common: boolean;
  /** Every grammeme of any reading (part of speech included), for quick tests. */
  readonly grammemes: GrammemeSet;
  /** Every grammeme of any dictionary reading. */
  readonly knownGrammemes: GrammemeSet;
  /** The type of the gazetteer name this word is part of, once the gazetteer has been read over the sentence. */
  listed: EntityType | undefined;
  /** The answer of test `id`, one that reads the word's form alone: asked once per form, then remembered with it. */
  remember(id: number, test: (word: Word) => boolean): boolean;
  /** The value `id` computed from the word's form alone: computed once per form, then remembered with it (see {@link perFormValue}). */
  rememberValue<T>(id: number, compute: (word: Word) => T): T;
}

const FOLD_CACHE_LIMIT = 50_000;
const folds = new Map<string, string>();

/** Lower case with ё folded to е: the form gazetteers and word lists are compared in. */
export function fold(text: string): string {
  // Remembered per string (a pure function of it): the same token texts and lemmas are folded by many tests.
  return folds.get(text) ?? foldNew(text, text.toLowerCase());
}

/** `fold(text)` made from the text in lower case (a new form has it already), and remembered. */
function foldNew(text: string, lower: string): string {
  // Most words have no ё, and looking for one is a quarter of the time of a replacement that finds none.
  const folded = lower.includes('ё') ? lower.replaceAll('ё', 'е') : lower;
  if (folds.size >= FOLD_CACHE_LIMIT) dropOldest(folds);
  folds.set(text, folded);
  return folded;
}

/** A word list as the set of its entries folded (see {@link fold}), to look folded words up in. */
export const foldedSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(fold));

/** The grammemes of a proper name's reading: a reading with none of them is a common word's. */
export const PROPER_GRAMMEMES: readonly string[] = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn'];
const PROPER = grammemeSet(PROPER_GRAMMEMES);
const LATIN = /^\p{Script=Latin}[\p{Script=Latin}'’&.-]*$/u;

/** What a word form always has, whatever its place: computed once per form. */
interface Form {
  readonly analyses: readonly WordAnalysis[];
  readonly keys: readonly string[];
  readonly shape: Shape;
  readonly latin: boolean;
  readonly common: boolean;
  readonly grammemes: GrammemeSet;
  readonly knownGrammemes: GrammemeSet;
  /**
   * The answers of the tests of the form alone (see {@link Word.remember}), 15 tests to a number: for test `id`, bit
   * `id % 15` of number `id / 15` says whether it was asked, and bit `15 + id % 15` what it answered. A form is asked a
   * few dozen of several hundred tests, and a sparse array of them held about a kilobyte per form. Small integers in a
   * plain array keep them in one heap object, with no store of a typed array's outside the heap for each form.
   */
  answers: number[];
  /** The values of {@link perFormValue}, by id; shared and empty until the first is computed. */
  values: unknown[];
}

/** Forms kept (about 0.5 KB each besides their readings), as many as the morphology's cache holds. */
const FORM_CACHE_LIMIT = 30_000;
/**
 * Forms of other tokens kept, per kind: punctuation, symbols and the common numbers repeat, but a stream of
 * documents brings ever new numbers, links and handles, which are cheap to read again and would fill a large cache.
 */
const OTHER_FORM_CACHE_LIMIT = 2_000;
/** The forms of word tokens by text, and of other tokens (numbers, punctuation, symbols) by kind and text. */
const forms = new Map<string, Form>();
const otherForms = new Map<TokenKind, Map<string, Form>>();

/** New forms made, and how many between two looks at the heap (a look costs about a microsecond). */
let newForms = 0;
const HEAP_CHECK_EVERY = 1024;

function formOf(token: Token): Form {
  const { kind, text } = token;
  let cache = forms;
  if (kind !== 'word') {
    cache = otherForms.get(kind)!;
    if (!cache) otherForms.set(kind, (cache = new Map()));
  }
  let form = cache.get(text);
  if (form) return form;
  // New forms are what fills the heap beyond a text's length (each keeps its readings): look before it overflows.
  if (++newForms % HEAP_CHECK_EVERY === 0) stopWhenHeapFull();
  // Put in lower case once, for the dictionary and for the folded key.
  const lower = text.toLowerCase();
  const readings = kind === 'word' ? analyses(text, lower) : NO_READINGS;
  const folded = folds.get(text) ?? foldNew(text, lower);
  const keys = [folded];
  // A guessed lemma must keep the word's beginning: az's prefix guesser turns `Уэббера` into `бер`. Cut from the word
  // at the first guess (most forms have none).
  let beginning: string | undefined;
  for (const reading of readings) {
    if (!reading.known && !reading.lemma.startsWith((beginning ??= folded.slice(0, 3)))) continue;
    if (!keys.includes(reading.key)) keys.push(reading.key);
  }
  if (kind === 'word' && HYPHENATED_TWO.test(text)) for (const key of placePartsKeys(text, readings)) if (!keys.includes(key)) keys.push(key);
  const grammemes = grammemesOf(readings);
  form = {
    analyses: readings,
    // Cut to its length: an array grown by pushes keeps a dozen spare slots, and every form keeps its keys.
    keys: keys.length > 1 ? keys.slice() : keys,
    // A text its folding leaves as it is has no capital (rule 'folded shape'): what shapeOf would find, without its
    // lower-casing the text again.
    shape: folded === text ? foldedShape(text) : shapeOf(text),
    latin: kind === 'word' && LATIN.test(text),
    common: isCommon(readings),
    grammemes,
    knownGrammemes: knownGrammemesOf(readings, grammemes),
    answers: NO_ANSWERS,
    values: NO_VALUES,
  };
  if (cache.size >= (cache === forms ? FORM_CACHE_LIMIT : OTHER_FORM_CACHE_LIMIT)) dropOldest(cache);
  cache.set(text, form);
  return form;
}

/** Every grammeme of any of the readings: the one reading's own set, else their tags' sets joined. */
function grammemesOf(readings: readonly WordAnalysis[]): GrammemeSet {
  if (readings.length === 0) return NO_GRAMMEMES;
  if (readings.length === 1) return readings[0]!.tagSet;
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
  for (const { tagSet } of readings) {
    w0 |= tagSet.w0;
    w1 |= tagSet.w1;
    w2 |= tagSet.w2;
    w3 |= tagSet.w3;
  }
  return new GrammemeSet(w0, w1, w2, w3);
}

/** Every grammeme of any dictionary reading: `all` (the readings' grammemes) when every reading is one, none when none is. */
function knownGrammemesOf(readings: readonly WordAnalysis[], all: GrammemeSet): GrammemeSet {
  let known = 0;
  for (const reading of readings) if (reading.known) known++;
  if (known === readings.length) return all;
  if (known === 0) return NO_GRAMMEMES;
  return grammemesOf(readings.filter((reading) => reading.known));
}

/** Whether a dictionary reading is a common word's: it has none of the proper names' grammemes. */
function isCommon(readings: readonly WordAnalysis[]): boolean {
  for (const reading of readings) if (reading.known && !reading.tagSet.meets(PROPER)) return true;
  return false;
}

/**
 * A word: the token, what its form always has (shared by every token of that
 * form), and what depends on its place. Four fields per token instead of a copy
 * of the form's.
 */
class TokenWord implements Word {
  listed: EntityType | undefined = undefined;
  constructor(
    readonly token: Token,
    private readonly form: Form,
    readonly sentenceStart: boolean,
  ) {}
  get text(): string {
    return this.token.text;
  }
  get kind(): TokenKind {
    return this.token.kind;
  }
  get analyses(): readonly WordAnalysis[] {
    return this.form.analyses;
  }
  get keys(): readonly string[] {
    return this.form.keys;
  }
  get folded(): string {
    return this.form.keys[0]!;
  }
  get shape(): Shape {
    return this.form.shape;
  }
  get latin(): boolean {
    return this.form.latin;
  }
  get common(): boolean {
    return this.form.common;
  }
  get grammemes(): GrammemeSet {
    return this.form.grammemes;
  }
  get knownGrammemes(): GrammemeSet {
    return this.form.knownGrammemes;
  }
  remember(id: number, test: (word: Word) => boolean): boolean {
    const form = this.form;
    let answers = form.answers;
    const at = (id / TESTS_PER_NUMBER) | 0;
    const bit = 1 << id % TESTS_PER_NUMBER;
    if (at < answers.length && (answers[at]! & bit) !== 0) return (answers[at]! & (bit << TESTS_PER_NUMBER)) !== 0;
    const answer = test(this);
    if (at >= answers.length) {
      // Room for every test at once, and no more (an array grown by pushes keeps a dozen spare slots), and a packed
      // array of small integers as NO_ANSWERS is (code compiled for one kind of array is thrown away at another).
      const old = answers;
      answers = form.answers = blankAnswers(Math.max(at + 1, Math.ceil(testsPerForm / TESTS_PER_NUMBER)));
      for (let i = 0; i < old.length; i++) answers[i] = old[i]!;
    }
    answers[at] = answers[at]! | bit | (answer ? bit << TESTS_PER_NUMBER : 0);
    return answer;
  }
  rememberValue<T>(id: number, compute: (word: Word) => T): T {
    const form = this.form;
    const known = form.values[id];
    if (known !== undefined) return known as T;
    const value = compute(this);
    // A slot for each value, made when the first is computed (an array grown by one write keeps seventeen), packed.
    if (form.values === NO_VALUES) form.values = blankValues(valuesPerForm);
    form.values[id] = value;
    return value;
  }
}

let testsPerForm = 0;
/** A form's answers before its first test is asked (never written to: a form gets its own at its first answer). */
const NO_ANSWERS: number[] = [];
/** Tests whose answers one number holds: two bits each, within a small integer's 31 bits. */
const TESTS_PER_NUMBER = 15;

/**
 * Zeros and empty slots to copy a new form's answers and values from: a copy of part of a packed array is packed and
 * as long as asked, and costs a tenth of building the array one element at a time (`Array.from`), which every new
 * form paid.
 */
let zeros: number[] = [];
let blanks: unknown[] = [];

/** `length` zeros, packed small integers (the answers of a form that has none yet). */
function blankAnswers(length: number): number[] {
  if (zeros.length < length) zeros = Array.from({ length }, () => 0);
  return zeros.slice(0, length);
}

/** `length` empty slots, packed (the values of a form that has none yet). */
function blankValues(length: number): unknown[] {
  if (blanks.length < length) blanks = Array.from({ length });
  return blanks.slice(0, length);
}

/**
 * A test of a word's form alone (its text, readings, shape), answered once per form and remembered with it: a form
 * recurs in every document, and the test is asked again at every occurrence.
 */
export function perForm(test: (word: Word) => boolean): (word: Word) => boolean {
  const id = testsPerForm++;
  return (word) => word.remember(id, test);
}

let valuesPerForm = 0;
/** A form's values before its first is computed (never written to). */
const NO_VALUES: unknown[] = emptyListOfObjects();

/**
 * A value computed from a word's form alone (its text, readings, shape), once per form and kept with it, as
 * {@link perForm} keeps a test's answer. Made once, when the rules that use it are built: each made adds a slot
 * to every form that is asked for it. The value must not be `undefined`.
 */
export function perFormValue<T>(compute: (word: Word) => T): (word: Word) => T {
  const id = valuesPerForm++;
  return (word) => word.rememberValue(id, compute);
}

/** The number of tests made with {@link perForm} so far: fixed once the rules are built, as a test made per call would fill every form. */
export const formTestCount = (): number => testsPerForm;

/** One word of several that touch (`О` `’` `Рейли` → `О’Рейли`), read as a word of its own. */
export function joinedWord(parts: readonly Word[]): Word {
  const first = parts[0]!;
  const last = parts.at(-1)!;
  const token: Token = { start: first.token.start, end: last.token.end, text: parts.map((part) => part.text).join(''), kind: 'word' };
  return new TokenWord(token, formOf(token), first.sentenceStart);
}

/** The words of one sentence's tokens, in order. */
export function toWords(tokens: readonly Token[], first = 0, end = tokens.length): Word[] {
  return pushWords([], tokens, first, end);
}

/**
 * Appends the words of one sentence's tokens to `words`, in order, and returns it: the word stage fills the
 * document's words with no array per sentence (a sentence of a million marks would be copied whole).
 */
export function pushWords(words: Word[], tokens: readonly Token[], first: number, end: number): Word[] {
  let sentenceStart = true;
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    words.push(new TokenWord(token, formOf(token), sentenceStart && token.kind === 'word'));
    // Punctuation before the first word (a dash, an opening quote) keeps it sentence-initial.
    if (token.kind === 'word' || token.kind === 'number') sentenceStart = false;
  }
  return words;
}

/** The shape of a token's text: where its capitals are. */
export function shapeOf(text: string): Shape {
  const first = text[0]!;
  const upperFirst = first !== first.toLowerCase();
  const lowerFirst = first !== first.toUpperCase();
  if (!upperFirst && !lowerFirst) return 'none';
  const rest = text.slice(1);
  if (lowerFirst) return rest === rest.toLowerCase() ? 'lower' : 'mixed';
  if (rest === rest.toLowerCase()) return 'title';
  if (rest === rest.toUpperCase()) return 'upper';
  // `Нагорно-Карабахской`, `Нью-Йорк`, `О’Рейли`: each part after a hyphen or an apostrophe starts with its only capital.
  return text.split(/[-’']/).every((part) => part.slice(1) === part.slice(1).toLowerCase()) ? 'title' : 'mixed';
}

/** The shape of a text with no capital: lower, or none when its first character has no case (a digit, a mark). */
function foldedShape(text: string): Shape {
  const first = text[0]!;
  return first !== first.toUpperCase() ? 'lower' : 'none';
}

/** A noun's case ending, which a name the dictionary does not know takes as written (`Кин-Топ|а`, `Хезболл|ы`, `Ренов|ой`). */
const NOUN_ENDING = /(?:ами|ями|ом|ем|ой|ей|ам|ям|ах|ях|а|я|у|ю|е|ы|и|о)$/;
/** A folded name without its case ending: two forms of a name the dictionary does not know share it (`хезболла`, `хезболлы`). */
export function nameStem(folded: string): string {
  return folded.replace(NOUN_ENDING, '');
}

/** Two capitalised parts joined by one hyphen (`Каменску-Уральскому`, `Каменске-Шахтинском`). */
const HYPHENATED_TWO = /^\p{Lu}[^-]*-\p{Lu}[^-]*$/u;

/**
 * The lemma of a town named by a place and an adjective joined by a hyphen, each part put in its own nominative
 * (`Каменску-Уральскому` → `каменск-уральский`), where the dictionary does not know the whole: its guesser lemmatises
 * the last part alone (`уральский`), and the listed name would not be found in an oblique case. The first part must be
 * a place the dictionary knows in the same case as the second. Named `place parts keys`.
 */
function placePartsKeys(text: string, readings: readonly WordAnalysis[]): string[] {
  if (readings.some((reading) => reading.known)) return [];
  const [first, second] = text.split('-') as [string, string];
  const keys: string[] = [];
  for (const place of analyses(first)) {
    if (!place.known || !place.tags.includes('Geox') || place.case === null) continue;
    for (const part of analyses(second)) if (part.case === place.case && (part.pos === 'ADJF' || part.pos === 'NOUN')) keys.push(`${place.key}-${part.key}`);
  }
  return keys;
}
