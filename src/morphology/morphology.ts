/**
 * Morphology: the only module that knows the OpenCorpora dictionary (through `az`, and through the
 * dictionary's own tables: src/morphology/dictionary.ts for the forms it holds, src/morphology/guess.ts for
 * the forms it lacks; az itself is started and asked only where the tables cannot be read without it).
 *
 * The dictionary is loaded once, lazily, from the installed `az` package
 * (`loadMorphology`); after that every call is synchronous. Analyses are
 * cached per word form in a bounded cache (the oldest dropped first), so a long batch keeps flat memory.
 */
import Az, { type AzParse, type AzTag } from 'az';
import { nodeRequire } from '../node-require.js';
import { dictionaryReadings, inflectLexeme, isProperTag, loadTables, tagText, tagValues, tapDictionary, valuesOfTagText, type DictionaryReading } from './dictionary.js';
import { grammemeSet, type GrammemeSet } from './grammemes.js';
import { guessReadings, initialReadings, type Guess } from './guess.js';

/** One reading of a word form. */
export interface WordAnalysis {
  /** Dictionary form, lower case, as the dictionary spells it (with ё). */
  readonly lemma: string;
  /** The form itself, lower case, as the dictionary spells it (`ещё` for `еще`). */
  readonly form: string;
  /** The lemma in lower case with ё folded to е, as word lists are compared (`fold` in src/words/word.ts). */
  readonly key: string;
  /** Part of speech (`NOUN`, `ADJF`, `VERB`, …) or `UNKN`. */
  readonly pos: string;
  /** Case (`nomn`, `gent`, `datv`, `accs`, `ablt`, `loct`, …) when the word has one. */
  readonly case: string | undefined;
  /** Gender (`masc`, `femn`, `neut`, `ms-f`) when the word has one. */
  readonly gender: string | undefined;
  /** Number (`sing`, `plur`) when the word has one. */
  readonly number: string | undefined;
  /** Every grammeme of the reading, part of speech first (`NOUN`, `anim`, `masc`, `Name`, `sing`, `gent`). */
  readonly tags: readonly string[];
  /** @internal The same grammemes as a set, for quick tests (one set for all readings of a tag). */
  readonly tagSet: GrammemeSet;
  /** The reading's probability among the word's readings (0 to 1). */
  readonly score: number;
  /** Whether the reading comes from the dictionary rather than from suffix guessing. */
  readonly known: boolean;
  /** @internal The grammemes that change with the form (case, number, …), as az lists them. */
  readonly changing: readonly string[];
  /** @internal The form of the reading's lexeme with every one of `grammemes`, lower case, or null. */
  inflect(grammemes: readonly string[]): string | null;
}

/**
 * The readings of a form that has none (a number, a Latin word, a form no guesser reads): one shared empty list, made
 * a list of objects as every other list of readings is. An empty literal is a list of small integers to V8, and code
 * compiled for lists of readings was thrown away and compiled again at the first word that had none.
 */
export const NO_READINGS: readonly WordAnalysis[] = emptyListOfObjects();

/** An empty array that V8 holds as an array of objects (an array keeps the most general kind its elements had). */
export function emptyListOfObjects<T>(): T[] {
  const list: unknown[] = [null];
  list.pop();
  return list as T[];
}

/** Words longer than this are not looked up: no Russian word is, and az's guessers slow down on them. */
const MAX_WORD_LENGTH = 40;
/**
 * Word forms kept in the cache (about 1.5 KB each with their readings, so at most about 45 MB);
 * past it the oldest quarter is dropped. News has a few thousand forms in its every-day words.
 */
const CACHE_LIMIT = 30_000;
const OPTIONS = { stutter: 0, typos: 0 } as const;

let loading: Promise<void> | undefined;
let ready = false;
const cache = new Map<string, readonly WordAnalysis[]>();

/** The folder the dictionary is loaded from, when not az's own. */
let loadedFrom: string | undefined;

/**
 * Loads the dictionary (≈ 20 ms) the first time it is called; later calls resolve at once.
 * `location` is the folder of az's dictionary files (a URL in a browser, a path in Node.js);
 * without it, az's own folder. Once a folder is loaded or loading, another one is refused.
 */
export function loadMorphology(location?: string): Promise<void> {
  if (loading) {
    if (location === undefined || location === loadedFrom) return loading;
    return Promise.reject(new Error(`rech: the az dictionary is already ${ready ? 'loaded' : 'loading'} from ${loadedFrom ?? "az's own folder"}, not ${location}`));
  }
  loadedFrom = location;
  const folder = location ?? installedAzFolder();
  const attempt: Promise<void> = (folder === undefined ? startAz() : loadTables(folder)).then(
    () => {
      ready = true;
    },
    (error: Error) => {
      if (loading === attempt) loading = undefined;
      throw new Error(`rech: could not load the az dictionary: ${error.message}`);
    },
  );
  loading = attempt;
  return attempt;
}

/** The `dicts` folder of the installed az, as az finds it (beside its `dist` folder); undefined where Node cannot tell. */
function installedAzFolder(): string | undefined {
  try {
    const main = nodeRequire()?.resolve('az');
    return main === undefined ? undefined : `${main.slice(0, main.search(/[\\/][^\\/]*$/))}/../dicts`;
  } catch {
    return undefined;
  }
}

/** Starts az itself, which finds its own folder, and keeps the tables its loader reads. */
function startAz(): Promise<void> {
  // az calls back once per file that failed: the first settles the promise.
  return new Promise((resolve, reject) => tapDictionary(() => Az.Morph.init((error) => (error ? reject(error) : resolve()))));
}

const CYRILLIC_WORD = /^[а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)*$/;

/**
 * The readings of a Cyrillic word form, most probable first; an empty list for
 * anything else (Latin words, numbers, overlong strings). Call
 * {@link loadMorphology} first. `lower`: the form in lower case, where the caller has it already.
 */
export function analyses(word: string, lower?: string): readonly WordAnalysis[] {
  if (!ready) throw new Error('rech: morphology used before loadMorphology() finished');
  const cached = cache.get(word);
  if (cached) return cached;
  let result: readonly WordAnalysis[] = NO_READINGS;
  if (word.length <= MAX_WORD_LENGTH && CYRILLIC_WORD.test(word)) {
    // The dictionary is case-sensitive: `Роман` finds the name, `роман` the novel. A capitalised
    // word gets both, proper readings first. A capitalised word the dictionary does not know at all
    // is guessed once, as written: az's guessers read it as a name and as a common word already,
    // and guessing again in lower case only added more guesses from shorter endings (twice the
    // time on a text of unknown names).
    lower ??= word.toLowerCase();
    const capitalised = word[0] !== lower[0];
    const found = lookUp(word, lower, capitalised);
    const readings = found.readings;
    if (lower !== word && found.onlyProperNames) {
      const seen = new Set(readings.map(readingKey));
      // The dictionary holds none for the lower case: it gave the form as written every reading of its spellings (only a
      // form in capitals loses the names', and a name was found), all of them names', which it never gives a lower-case
      // form; so its guessers are asked straight away, with no second walk through it.
      for (const reading of lookUp(lower, lower, capitalised, false).readings) if (!seen.has(readingKey(reading))) readings.push(reading);
    }
    if (readings.length > 0) result = readings;
  }
  if (cache.size >= CACHE_LIMIT) dropOldest(cache);
  cache.set(word, result);
  return result;
}

/**
 * The readings of one form as written, from the dictionary when it holds the form, else az's guesses (made from
 * the tables; by az itself only when the tables are not there), and whether they are all proper names'.
 * `keepParses`: readings az itself guessed keep its parses (for a capitalised form: names, places and bodies are
 * put in the nominative, one by one on a text of names, and asking az again for each would double its time there).
 * `lower`: the form in lower case, made once for every look-up of the form. `inDictionary`: false where the dictionary
 * is known to hold no reading of it.
 */
function lookUp(form: string, lower: string, keepParses: boolean, inDictionary = true): { readings: Reading[]; onlyProperNames: boolean } {
  const known = inDictionary ? dictionaryReadings(form, lower) : undefined;
  const initials = form.length === 1 ? initialReadings(form) : undefined;
  if (initials !== undefined) {
    // A letter: its dictionary readings, then in capitals an initial's, sorted together (as az: stable, by score).
    const readings = [...dictionaryReadingsOf(known ?? []), ...initials.map(guessedReading)];
    readings.sort((a, b) => b.score - a.score);
    return { readings, onlyProperNames: known !== undefined && known.every((reading) => isProperTag(reading.tag)) };
  }
  if (known !== undefined) return { readings: dictionaryReadingsOf(known), onlyProperNames: known.every((reading) => isProperTag(reading.tag)) };
  const guesses = guessReadings(form, lower);
  if (guesses !== undefined) {
    // None is a dictionary reading, so none is a proper name's.
    return { readings: guesses.map(guessedReading), onlyProperNames: false };
  }
  const parses = Az.Morph(form, OPTIONS);
  return {
    readings: parses.map((parse, index) => toReading(parse, form, index, keepParses)),
    onlyProperNames: !hasCommonDictionaryParse(parses) && parses.some(isDictionaryParse),
  };
}

/** The dictionary's readings of a form as readings: those of one lexeme share its lemma's string, and so its folded key. */
function dictionaryReadingsOf(known: readonly DictionaryReading[]): Reading[] {
  let lemma = '';
  let key = '';
  return known.map((reading) => {
    if (reading.lemma !== lemma) key = foldYo((lemma = reading.lemma));
    return new Reading(lemma, reading.form, key, dictionaryTagFields(reading.tag), reading.score, true, reading.lexeme);
  });
}

/** A guess as a reading (never a known one). A dictionary tag's guess has its paradigm's lemma, in lower case already. */
function guessedReading(guess: Guess): Reading {
  const key = typeof guess.tag === 'number' ? foldYo(guess.lemma) : foldLemma(guess.lemma);
  return new Reading(guess.lemma, guess.form, key, guessTagFields(guess.tag), guess.score, false, guess.lexeme ?? ONE_FORM, guess.first);
}

/** Drops the oldest quarter of a cache (a Map iterates in the order entries were added). */
export function dropOldest(cache: Map<string, unknown>): void {
  let count = cache.size >> 2;
  for (const key of cache.keys()) {
    if (count-- <= 0) break;
    cache.delete(key);
  }
}

/**
 * Whether az's dictionary gave a reading that is not a proper name's. The
 * lower-case form then adds nothing, so it is not looked up: az looks up the
 * lower case of any form, and keeps a reading with `Name`, `Surn`, `Patr`,
 * `Geox` or `Init` only for a capitalised one. So the lower-case form's
 * dictionary readings are exactly the common ones already found (the same
 * lemma and tags, so none would be added), and since there is one, az stops
 * there without guessing from the ending (its initials parsers only read an
 * upper-case letter).
 */
function hasCommonDictionaryParse(parses: readonly AzParse[]): boolean {
  return parses.some((parse) => isDictionaryParse(parse) && !parse.tag['Name'] && !parse.tag['Surn'] && !parse.tag['Patr'] && !parse.tag['Geox'] && !parse.tag['Init']);
}

/** A reading's lemma and grammemes: readings of a form with the same key are the same reading. */
const readingKey = (reading: Reading): string => reading.lemma + ' ' + reading.fields.key;

/** What rech reads from an az tag, computed once per tag (az shares its tag objects between all words). */
interface TagFields {
  readonly pos: string;
  readonly case: string | undefined;
  readonly gender: string | undefined;
  readonly number: string | undefined;
  readonly tags: readonly string[];
  readonly tagSet: GrammemeSet;
  /** The grammemes joined by commas. */
  readonly key: string;
  /** The grammemes that change with the form (az's `flex`). */
  readonly changing: readonly string[];
}

const tagCache = new Map<AzTag, TagFields>();
/** The same fields for the dictionary's tags, by the tag's index (src/morphology/dictionary.ts). */
const dictionaryTagCache: TagFields[] = [];

function dictionaryTagFields(tag: number): TagFields {
  return (dictionaryTagCache[tag] ??= fieldsOfTagText(tagText(tag), tagValues(tag)));
}

/** A dictionary tag's fields from its text and the values az gives its grammemes (`loc2` makes the case `loct`). */
function fieldsOfTagText(text: string, values: ReadonlyMap<string, string | true>): TagFields {
  const [fixed, changing] = text.split(' ');
  const flex = changing ? changing.split(',') : [];
  const tags = [...fixed!.split(','), ...flex];
  const value = (category: string) => values.get(category) as string | undefined;
  return { pos: value('POST') ?? 'UNKN', case: value('CAse'), gender: value('GNdr'), number: value('NMbr'), tags, tagSet: grammemeSet(tags), key: tags.join(','), changing: flex };
}

/** The fields of az's own tags (an abbreviation's, an initial's, a `по-` adverb's), by their text. */
const guessTagCache = new Map<string, TagFields>();

/** A guessed reading's tag fields: a dictionary tag's, or one of az's own tags, given by its text. */
function guessTagFields(tag: number | string): TagFields {
  if (typeof tag === 'number') return dictionaryTagFields(tag);
  let fields = guessTagCache.get(tag);
  if (fields === undefined) guessTagCache.set(tag, (fields = fieldsOfTagText(tag, valuesOfTagText(tag))));
  return fields;
}

function tagFields(tag: AzTag): TagFields {
  let fields = tagCache.get(tag);
  if (!fields) {
    const tags = [...tag.stat, ...tag.flex];
    fields = { pos: tag.POS ?? 'UNKN', case: tag.CAse, gender: tag.GNdr, number: tag.NMbr, tags, tagSet: grammemeSet(tags), key: tags.join(','), changing: tag.flex };
    tagCache.set(tag, fields);
  }
  return fields;
}

/**
 * A reading as the cache keeps it: its lemma, score and the fields of its tag,
 * which az shares between all words. A dictionary reading keeps its lexeme and
 * inflects from the dictionary's tables. A reading az itself guessed (where the
 * tables are not there) keeps where it came from instead ({@link AzOrigin}): az
 * is asked again for its parse when it is inflected. A form of news keeps
 * several readings, and a text of words the dictionary lacks one to two hundred
 * thousand a megabyte, so a reading holds only what is read from it.
 */
class Reading implements WordAnalysis {
  constructor(
    readonly lemma: string,
    readonly form: string,
    readonly key: string,
    /** @internal */
    readonly fields: TagFields,
    readonly score: number,
    readonly known: boolean,
    /**
     * A dictionary reading's lexeme (src/morphology/dictionary.ts), which inflects it without az; {@link ONE_FORM} for
     * a reading whose every form is the form itself (az's abbreviations, initials and `по-` adverbs); undefined for a
     * reading az guessed, which `origin` tells how to ask for again.
     */
    private readonly lexeme: number | undefined,
    /**
     * For a compound whose words agree (`журналист-международник`), its first word, inflected with the last (whose
     * lexeme is `lexeme`); for a reading az guessed, where it came from.
     */
    private readonly origin?: CompoundFirst | AzOrigin,
  ) {}
  get pos(): string {
    return this.fields.pos;
  }
  get case(): string | undefined {
    return this.fields.case;
  }
  get gender(): string | undefined {
    return this.fields.gender;
  }
  get number(): string | undefined {
    return this.fields.number;
  }
  get tags(): readonly string[] {
    return this.fields.tags;
  }
  get tagSet(): GrammemeSet {
    return this.fields.tagSet;
  }
  get changing(): readonly string[] {
    return this.fields.changing;
  }
  inflect(grammemes: readonly string[]): string | null {
    if (this.lexeme === ONE_FORM) return this.form;
    if (this.lexeme === undefined) {
      const form = parseOf(this.origin as AzOrigin).inflect([...grammemes]);
      return form ? form.word : null;
    }
    const first = this.origin as CompoundFirst | undefined;
    if (first === undefined) return inflectLexeme(this.form, this.lexeme, grammemes);
    const firstForm = inflectLexeme(first.form, first.lexeme, grammemes);
    const last = inflectLexeme(this.form.slice(first.form.length + 1), this.lexeme, grammemes);
    return firstForm !== null && last !== null ? `${firstForm}-${last}` : null;
  }
}

/** A compound's first word: its form and lexeme. */
interface CompoundFirst {
  readonly form: string;
  readonly lexeme: number;
}

/**
 * Where a reading az guessed came from: the form az was asked about and the reading's place among az's answers (az
 * answers alike every time), and its parse when kept (a capitalised form's: names are inflected one by one, and
 * asking az again for each would double its time on a text of names).
 */
interface AzOrigin {
  readonly source: string;
  readonly index: number;
  parse: AzParse | undefined;
}

/** The az parse of a reading az guessed: the kept one, or az's answer asked again (with the general options). */
function parseOf(origin: AzOrigin): AzParse {
  return (origin.parse ??= Az.Morph(origin.source, OPTIONS)[origin.index]!);
}

/** The lexeme of a reading whose every form is the form itself. */
const ONE_FORM = -1;

function toReading(parse: AzParse, word: string, index: number, keepParse = false): Reading {
  const normal = parse.normalize();
  const fields = tagFields(parse.tag);
  // Some of az's guessers leave the form empty; the word itself is then its lemma.
  const lemma = (normal && normal.word) || parse.word || word.toLowerCase();
  const known = !parse.typosCnt && !parse.stutterCnt && fields.tags.length > 0 && isDictionaryParse(parse);
  return new Reading(lemma, parse.word, foldLemma(lemma), fields, parse.score, known, undefined, { source: word, index, parse: keepParse ? parse : undefined });
}

/** The lemma folded as word lists are compared (lower case, ё as е); the lemma itself when that changes nothing, so no second string is kept. */
function foldLemma(lemma: string): string {
  const folded = foldYo(lemma.toLowerCase());
  return folded === lemma ? lemma : folded;
}

/**
 * A lemma already in lower case (the dictionary's, and its paradigms' for a guess) folded: ё as е, the lemma itself
 * when it has none. Lower-casing makes a new string of every Cyrillic lemma, only to find it equal.
 */
function foldYo(lemma: string): string {
  return lemma.includes('ё') ? lemma.replaceAll('ё', 'е') : lemma;
}

function isDictionaryParse(parse: AzParse): boolean {
  return (parse as unknown as { parser?: string }).parser === 'Dictionary';
}

/** Whether a reading carries a grammeme (`Name`, `Surn`, `Patr`, `Geox`, `Orgn`, `Abbr`, `Init`, `gent`, …). */
export function hasTag(analysis: WordAnalysis, grammeme: string): boolean {
  return analysis.tags.includes(grammeme);
}

/**
 * The dictionary's readings of a word form as written (no guessing from the
 * ending, no cache): for reading word lists once, where guesses would only add noise.
 */
export function dictionaryAnalyses(word: string): readonly WordAnalysis[] {
  if (!ready) throw new Error('rech: morphology used before loadMorphology() finished');
  const known = word.length <= MAX_WORD_LENGTH && CYRILLIC_WORD.test(word) ? dictionaryReadings(word) : undefined;
  return known === undefined ? NO_READINGS : dictionaryReadingsOf(known);
}

const CASE_OR_ANIMACY = new Set(['nomn', 'gent', 'gen1', 'gen2', 'datv', 'accs', 'acc2', 'ablt', 'loct', 'loc1', 'loc2', 'voct', 'anim', 'inan']);

/**
 * The nominative of a reading, keeping its gender, number and voice
 * (`Ивановой` → `иванова`, `Соединёнными` → `соединённые`), lower case;
 * null when the dictionary has no such form.
 */
export function nominative(analysis: WordAnalysis): string | null {
  if (analysis.case === undefined || analysis.case === 'nomn') return analysis.form;
  const { tags } = analysis;
  const grammemes = ['nomn', ...analysis.changing.filter((g) => !CASE_OR_ANIMACY.has(g))];
  if (analysis.gender && analysis.number !== 'plur' && !grammemes.includes(analysis.gender)) grammemes.push(analysis.gender);
  if (tags.includes('PRTF')) grammemes.push(tags.includes('pssv') ? 'pssv' : 'actv');
  // A patronymic shares its lexeme with the father's name: without Patr the nominative is `Виктор`.
  if (tags.includes('Patr')) grammemes.push('Patr');
  return inflectedOrOrdinal(analysis, grammemes);
}

/**
 * The nominative singular of a reading (`Депутаты` → `депутат`, `главные` with `masc` → `главный`): a plural title is
 * each of its persons' post in the singular. An adjective's plural has no gender, so its noun's is given.
 */
export function singularNominative(analysis: WordAnalysis, gender?: string): string | null {
  const { tags } = analysis;
  const grammemes = ['nomn', 'sing', ...analysis.changing.filter((g) => !CASE_OR_ANIMACY.has(g) && g !== 'plur' && g !== 'sing')];
  const own = analysis.gender ?? gender;
  if (own !== undefined && !grammemes.includes(own)) grammemes.push(own);
  if (tags.includes('PRTF')) grammemes.push(tags.includes('pssv') ? 'pssv' : 'actv');
  return inflectedOrOrdinal(analysis, grammemes);
}

/**
 * The reading's form with `grammemes`; an ordinal's from its own ending where the dictionary's inflection gives another
 * lexeme's (its form does not start as the written one does), and a superlative's from its own stem, as the dictionary
 * keeps it in the plain adjective's lexeme (`Высшего` → `высший`, not `высокий` or `высочайший`).
 */
function inflectedOrOrdinal(analysis: WordAnalysis, grammemes: readonly string[]): string | null {
  if (analysis.tags.includes('Supr')) return stemNominative(analysis.form, grammemes, 'Supr') ?? analysis.inflect(grammemes);
  const form = analysis.inflect(grammemes);
  if (form !== null && analysis.tags.includes('Anum') && !form.startsWith(analysis.form.slice(0, 3))) return stemNominative(analysis.form, grammemes, 'Anum');
  return form;
}

/** Adjective endings, longest first, and the nominative endings an ordinal may take in each gender and number. */
const ADJECTIVE_ENDINGS = ['ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ой', 'ей', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ом', 'ем', 'ый', 'ий'];
const NOMINATIVE_ENDINGS: Record<string, readonly string[]> = { masc: ['ый', 'ий', 'ой'], femn: ['ая', 'яя'], neut: ['ое', 'ее'], plur: ['ые', 'ие'] };

/**
 * The nominative of an ordinal or a superlative whose lexeme in the dictionary is another word's (`первым` is a form of
 * `один`, `высшего` of `высокий`, whose nominative az gives): the word's stem with the nominative ending the dictionary
 * knows as that word with `tag` (`первый`, `высший`).
 */
function stemNominative(word: string, grammemes: readonly string[], tag: string): string | null {
  const ending = ADJECTIVE_ENDINGS.find((each) => word.endsWith(each) && word.length > each.length + 2);
  if (ending === undefined) return null;
  const stem = word.slice(0, -ending.length);
  const kind = grammemes.includes('plur') ? 'plur' : (['masc', 'femn', 'neut'].find((gender) => grammemes.includes(gender)) ?? 'masc');
  for (const candidate of NOMINATIVE_ENDINGS[kind]!.map((each) => stem + each)) {
    if (analyses(candidate).some((reading) => reading.known && reading.tags.includes(tag) && reading.case === 'nomn')) return candidate;
  }
  return null;
}
