/**
 * Language identification of paragraphs: franc's trigram models, narrowed by
 * script clues and weighed against the document's language.
 *
 * franc alone is poor on short text (`Лента новостей` comes out Bulgarian,
 * `Bizim partnyorlarımız` Turkish, a plain English sentence Scots), so:
 *
 * 1. Script clues decide which languages are possible at all. The script is
 *    that of the running text (names are capitalised, so `Hewlett-Packard
 *    берёт пример с Google` is Cyrillic; words in «…» are another's, so
 *    `«We are proud», — сказал Кук` is Cyrillic too). Cyrillic letters must fit a
 *    language's alphabet (`ї` is Ukrainian, `ұ` Kazakh, `ы` rules out
 *    Bulgarian and Ukrainian), and a long paragraph must show a language's
 *    marks (`і` for Ukrainian; `ъ` before a consonant, Bulgarian's vowel, for
 *    Bulgarian, as Russian writes `ъ` only before `е ё ю я`: `объявил`, so a
 *    Russian line without `ы э ё` is no Bulgarian for want of them); Latin letters such as `ə ı ğ` narrow it to the
 *    languages that use them. These are franc's candidates (its `only`
 *    option); one candidate needs no franc at all. A Latin paragraph without
 *    such letters whose words are largely English function words (`the`,
 *    `said`, `of`) is English without franc, which misreads short English.
 *    A long Cyrillic paragraph of a Russian document that only Russian and
 *    Bulgarian fit, with ы, э or ё in 1 % of its letters (letters Bulgarian
 *    lacks), is Russian without franc.
 * 2. The document language is the prior. Without a hint it is the most common
 *    language over the longer paragraphs, identified with Russian as the prior
 *    (this library reads Russian news). A short paragraph that fits it takes it;
 *    a very short one that does not takes the first companion that fits (the
 *    languages often quoted next to the document's: English for Latin script).
 * 3. Otherwise franc scores the candidates; the document language and its
 *    companions get a bonus that shrinks as the paragraph grows and franc's
 *    evidence becomes reliable, and each letter outside a candidate's alphabet
 *    costs it. The data, with the reasons, is in src/data/languages.json.
 *
 * franc is ESM-only and loaded with a dynamic `import()` the first time a
 * paragraph needs it, so the CommonJS build works too, and texts that script
 * clues decide never load its models.
 *
 * Work is linear: each paragraph is read once up to {@link SAMPLE_LENGTH}
 * code units, and franc runs at most once per paragraph on that sample.
 */
import type { francAll as FrancAll } from 'franc';
import data from '../data/languages.json';
import type { WorkingDocument } from '../document.js';
import type { LanguageCode } from '../model.js';

/** The languages of a document and of each of its paragraphs, in order. */
export interface DocumentLanguages {
  document: LanguageCode;
  paragraphs: LanguageCode[];
}

/** The code for a language that cannot be told. */
const UNDETERMINED = 'und';
/** Only this much of a paragraph is read (franc itself reads no more), so huge paragraphs stay fast. */
const SAMPLE_LENGTH = 2048;
/**
 * Letters below which a paragraph is short: it takes the document language when
 * that fits its script, and does not vote on the document language. Long
 * paragraphs must also show the marks of a language (see languages.json).
 */
const SHORT = 40;
/**
 * Letters below which franc's guess is noise: a fitting document language or companion is taken instead.
 * Text in the 26 basic Latin letters is held to {@link SHORT} instead, as franc cannot tell short English
 * (`Breaking news`) from a hundred other languages written without diacritics.
 */
const TINY = 10;
/** Share of letters that may fall outside a language's alphabet (a quoted name, a typo) and still let it be considered. */
const STRAY_SHARE = 0.02;
/** Share of letters that must be marks of a language (`і ї є ґ` for Ukrainian) in a long paragraph. */
const MARK_SHARE = 0.01;
/** Share of letters that Latin markers (`ə ı ğ`) must reach to narrow the candidates (one `ğ` in an English sentence naming Erdoğan does not). */
const MARKER_SHARE = 0.03;
/** Bonus on franc's 0–1 score for the document language, for paragraphs up to {@link SHORT} letters; it shrinks in proportion beyond. */
const DOCUMENT_PRIOR = 0.35;
/** Bonus for the document language's companions, scaled like {@link DOCUMENT_PRIOR}. */
const COMPANION_PRIOR = 0.25;
/**
 * Penalty for each letter a candidate's alphabet lacks, divided by the number of letters as franc's
 * scores are: a letter a language does not have (the `Э` of `Энтони` for Bulgarian) is strong evidence
 * against it, worth franc's disagreement on several trigrams.
 */
const STRAY_COST = 20;
/** Paragraphs up to this long are looked up among those already profiled (longer ones rarely repeat). */
const REPEATED_LENGTH = 256;
/** The prior when no hint is given, for finding the document language. */
const DEFAULT_LANGUAGE = 'rus';
const ENGLISH = 'eng';
const RUSSIAN = 'rus';
const BULGARIAN = 'bul';

type Script = 'Latin' | 'Cyrillic' | 'other';
type Scores = Array<[string, number]>;
type Companions = Partial<Record<Script, readonly string[]>>;

/** What the letters of a paragraph tell before franc is asked. */
interface Profile {
  /**
   * The script of its running text: of most letters in words that do not start with a capital,
   * as names in another script (`Hewlett-Packard берёт пример с Google`) are capitalised;
   * of most letters when every word is. `null` when it has no letters.
   */
  script: Script | null;
  /** Letters of that script in the sample. */
  letters: number;
  /** The languages its letters allow; `null` when they allow any that franc knows for the script. */
  candidates: readonly string[] | null;
  /** For each candidate, at the same index, the letters it does not explain (outside its alphabet, or markers it does not use). */
  strays: readonly number[];
  /** Whether every Latin letter is one of the basic 26. */
  basic: boolean;
  /** Whether its words are English by their function words (Latin paragraphs without marker letters only). */
  english: boolean;
  /** The part handed to franc. */
  sample: string;
  /** Its share in the vote on the document language. */
  weight: number;
}

interface Prior {
  document: LanguageCode;
  companions: Companions;
}

// ---------------------------------------------------------------------------
// Character tables

const NONE = 0;
const LATIN = 1;
const CYRILLIC = 2;
const OTHER = 3;
const SCRIPT_CODES: Record<Script, number> = { Latin: LATIN, Cyrillic: CYRILLIC, other: OTHER };

/** Letters are counted one by one below this code point, which covers the Latin, IPA and Cyrillic letters the data names. */
const TABLE_SIZE = 0x530;
/** Script of each BMP code unit plus one, filled in lazily (0: not looked up yet). */
const SCRIPT_OF = new Uint8Array(0x10000);
/** Lower case of each code unit below {@link TABLE_SIZE}; `İ` keeps itself, as its lower case is two characters. */
const LOWER = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const lower = String.fromCharCode(code).toLowerCase();
  LOWER[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
}

const IS_LETTER = /\p{L}/u;
const IS_LATIN = /\p{Script=Latin}/u;
const IS_CYRILLIC = /\p{Script=Cyrillic}/u;

function classify(character: string): number {
  if (!IS_LETTER.test(character)) return NONE;
  return IS_LATIN.test(character) ? LATIN : IS_CYRILLIC.test(character) ? CYRILLIC : OTHER;
}

function scriptOf(code: number): number {
  let entry = SCRIPT_OF[code]!;
  if (entry === 0) SCRIPT_OF[code] = entry = classify(String.fromCharCode(code)) + 1;
  return entry - 1;
}

const codeOf = (letter: string): number => letter.charCodeAt(0);

// Cyrillic: a bit per language, set in each letter of its alphabet and of its marks.
const CYRILLIC_LANGUAGES = Object.keys(data.cyrillic);
const IN_ALPHABET = new Int32Array(TABLE_SIZE);
const IS_MARK = new Int32Array(TABLE_SIZE);
/** The languages for which ъ before this letter is a mark (Bulgarian's vowel ъ: `във`, `-ът`), a bit per language. */
const MARK_AFTER_HARD_SIGN = new Int32Array(TABLE_SIZE);
const HARD_SIGN = codeOf('ъ');
const HAS_MARKS: boolean[] = [];
CYRILLIC_LANGUAGES.forEach((language, index) => {
  const { alphabet, marks, hardSignBefore = '' } = data.cyrillic[language as keyof typeof data.cyrillic] as { alphabet: string; marks: string; hardSignBefore?: string };
  for (const letter of alphabet) IN_ALPHABET[codeOf(letter)]! |= 1 << index;
  for (const letter of marks) IS_MARK[codeOf(letter)]! |= 1 << index;
  for (const letter of hardSignBefore) MARK_AFTER_HARD_SIGN[codeOf(letter)]! |= 1 << index;
  HAS_MARKS.push(marks.length > 0 || hardSignBefore.length > 0);
});
const foreign = new Int32Array(CYRILLIC_LANGUAGES.length);
const marks = new Int32Array(CYRILLIC_LANGUAGES.length);

// Latin: the languages each marker letter points to, and the letters some languages lack.
const MARKER_LANGUAGES = new Map<number, readonly string[]>(
  Object.entries(data.latin.markers).map(([letter, languages]) => [codeOf(letter), languages]),
);
const ABSENT = new Map<string, readonly number[]>(
  Object.entries(data.latin.absent).map(([language, letters]) => [language, [...letters].map(codeOf)]),
);

/** Languages franc is never to propose (see languages.json). */
const IGNORED = [...data.ignore];

const COMPANIONS = data.companions as Record<string, Companions>;
const companionsOf = (language: LanguageCode): Companions => COMPANIONS[language] ?? COMPANIONS['default']!;

// Counts of each letter in the paragraph being profiled, and which were touched; and of each letter after ъ.
const counts = new Int32Array(TABLE_SIZE);
const touched: number[] = [];
const afterHardSign = new Int32Array(TABLE_SIZE);
const touchedAfterHardSign: number[] = [];

// ---------------------------------------------------------------------------
// Profiles

function profile(text: string): Profile {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  // Letters by script: all of them, and those in words that do not start with a capital.
  total.fill(0);
  running.fill(0);
  let basicLatin = 0;
  let inWord = false;
  let runningWord = false;
  let previous = 0;
  // Rule `quoted words are another's`: words inside «…» are someone else's, as a Russian paragraph quotes an English
  // speaker (`«We are proud of this phone», — сказал Кук`): they are no part of the running text.
  let quoted = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === OPENING_GUILLEMET) quoted++;
    else if (code === CLOSING_GUILLEMET && quoted > 0) quoted--;
    let script: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length && isLowSurrogate(sample.charCodeAt(i + 1))) {
      // Astral letters (historic scripts, some CJK) only count towards their script.
      script = classify(sample.slice(i, i + 2));
      i++;
    } else {
      script = scriptOf(code);
      if (code < 0x80 && script === LATIN) basicLatin++;
      if (code < TABLE_SIZE && (script === LATIN || script === CYRILLIC)) {
        const letter = LOWER[code]!;
        if (counts[letter]!++ === 0) touched.push(letter);
        if (previous === HARD_SIGN && afterHardSign[letter]!++ === 0) touchedAfterHardSign.push(letter);
        previous = letter;
      } else previous = 0;
    }
    if (script === NONE) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      runningWord = quoted === 0 && (code >= TABLE_SIZE || LOWER[code] === code);
    }
    total[script]!++;
    if (runningWord) running[script]!++;
  }
  const script = mainScript(running) ?? mainScript(total);
  const letters = script ? total[SCRIPT_CODES[script]]! : 0;
  const { candidates, strays } =
    script === 'Cyrillic' ? cyrillicCandidates(letters) : script === 'Latin' ? latinCandidates(letters) : NO_CANDIDATES;
  for (const letter of touched) counts[letter] = 0;
  touched.length = 0;
  for (const letter of touchedAfterHardSign) afterHardSign[letter] = 0;
  touchedAfterHardSign.length = 0;
  // franc scores the script with the most letters: hide the other one's (names in the running text) from it.
  const hidden = script === 'Cyrillic' && total[LATIN]! > 0 ? ALL_LATIN : script === 'Latin' && total[CYRILLIC]! > 0 ? ALL_CYRILLIC : null;
  return {
    script,
    letters,
    candidates,
    strays,
    basic: basicLatin === total[LATIN],
    english: script === 'Latin' && candidates === null && readsAsEnglish(sample),
    sample: hidden ? sample.replace(hidden, ' ') : sample,
    weight: (letters * text.length) / Math.max(1, sample.length),
  };
}

const ENGLISH_WORDS = new Set(data.englishWords);
const ASCII_WORD = /[A-Za-z]+/g;
/** Whether at least a quarter of the words, and two or more, are English function words (see englishWords in the data). */
function readsAsEnglish(sample: string): boolean {
  let words = 0;
  let english = 0;
  for (const [word] of sample.matchAll(ASCII_WORD)) {
    words++;
    if (ENGLISH_WORDS.has(word.toLowerCase())) english++;
  }
  return english >= 2 && english * 4 >= words;
}

const OPENING_GUILLEMET = 0xab;
const CLOSING_GUILLEMET = 0xbb;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
// Reused by every profile: a text may have half a million one-letter paragraphs, and allocation is what costs.
const total = new Int32Array(4);
const running = new Int32Array(4);
const NO_CANDIDATES: Candidates = { candidates: null, strays: [] };
const ALL_LATIN = /\p{Script=Latin}+/gu;
const ALL_CYRILLIC = /\p{Script=Cyrillic}+/gu;

/**
 * The script with the most letters in `counts`, or `null` when there are none. Ties go the way
 * franc breaks them (Latin before Cyrillic before the rest).
 */
function mainScript(counts: Int32Array): Script | null {
  const latin = counts[LATIN]!;
  const cyrillic = counts[CYRILLIC]!;
  const other = counts[OTHER]!;
  if (other > latin && other > cyrillic) return 'other';
  if (latin > 0 && latin >= cyrillic) return 'Latin';
  return cyrillic > 0 ? 'Cyrillic' : null;
}

interface Candidates {
  candidates: readonly string[] | null;
  strays: readonly number[];
}

/** Whether Cyrillic language `j` may be a candidate: a long paragraph must show its marks, if it has any. */
const eligible = (j: number, letters: number, neededMarks: number): boolean => !(letters >= SHORT && HAS_MARKS[j] && marks[j]! < neededMarks);

/** Lists of Cyrillic candidates by the bit set of their indices, shared between paragraphs. */
const CYRILLIC_LISTS = new Map<number, readonly string[]>();

/** The Cyrillic languages whose alphabet the counted letters fit, give or take a few strays, and whose marks a long paragraph shows. */
function cyrillicCandidates(letters: number): Candidates {
  foreign.fill(0);
  marks.fill(0);
  for (const letter of touched) {
    if (scriptOf(letter) !== CYRILLIC) continue;
    const count = counts[letter]!;
    const inAlphabet = IN_ALPHABET[letter]!;
    const isMark = IS_MARK[letter]!;
    for (let j = 0; j < CYRILLIC_LANGUAGES.length; j++) {
      if (!(inAlphabet & (1 << j))) foreign[j]! += count;
      if (isMark & (1 << j)) marks[j]! += count;
    }
  }
  for (const letter of touchedAfterHardSign) {
    const marking = MARK_AFTER_HARD_SIGN[letter]!;
    for (let j = 0; j < CYRILLIC_LANGUAGES.length; j++) if (marking & (1 << j)) marks[j]! += afterHardSign[letter]!;
  }
  const allowed = Math.floor(letters * STRAY_SHARE);
  const neededMarks = Math.max(1, Math.floor(letters * MARK_SHARE));
  let fewestForeign = Infinity;
  for (let j = 0; j < CYRILLIC_LANGUAGES.length; j++) if (eligible(j, letters, neededMarks)) fewestForeign = Math.min(fewestForeign, foreign[j]!);
  // Russian has no marks, so some language is always eligible.
  let set = 0;
  const strays: number[] = [];
  for (let j = 0; j < CYRILLIC_LANGUAGES.length; j++) {
    if (eligible(j, letters, neededMarks) && foreign[j]! <= fewestForeign + allowed) {
      set |= 1 << j;
      strays.push(foreign[j]!);
    }
  }
  let candidates = CYRILLIC_LISTS.get(set);
  if (!candidates) CYRILLIC_LISTS.set(set, (candidates = CYRILLIC_LANGUAGES.filter((_, j) => set & (1 << j))));
  return { candidates, strays };
}

/** The languages that the Latin marker letters point to, or `null` when there are (almost) none. */
function latinCandidates(letters: number): Candidates {
  const coverage = new Map<string, number>();
  let markers = 0;
  for (const letter of touched) {
    const languages = MARKER_LANGUAGES.get(letter);
    if (!languages) continue;
    const count = counts[letter]!;
    markers += count;
    for (const language of languages) coverage.set(language, (coverage.get(language) ?? 0) + count);
  }
  if (markers === 0 || markers < letters * MARKER_SHARE) return NO_CANDIDATES;
  const allowed = Math.floor(letters * STRAY_SHARE);
  const strays = new Map<string, number>();
  const most = Math.max(...coverage.values());
  for (const [language, covered] of coverage) {
    if (covered < most - allowed) continue;
    let missing = markers - covered;
    for (const letter of ABSENT.get(language) ?? []) missing += counts[letter]!;
    strays.set(language, missing);
  }
  const fewest = Math.min(...strays.values());
  for (const [language, missing] of strays) if (missing > fewest + allowed) strays.delete(language);
  return { candidates: [...strays.keys()], strays: [...strays.values()] };
}

// ---------------------------------------------------------------------------
// Decisions

/**
 * The language of one paragraph, or `null` when franc is needed and not given.
 * No closures or lists per paragraph: a text may have half a million of them.
 */
function decide(paragraph: Profile, prior: Prior, francAll: typeof FrancAll | null, cache: Map<Profile, Scores>): LanguageCode | null {
  const { script, letters, candidates } = paragraph;
  if (script === null) return prior.document;
  if (candidates?.length === 1) return candidates[0]!;
  if (paragraph.english) return ENGLISH;
  if (shortcuts && russianNotBulgarian(paragraph, prior.document)) return RUSSIAN;
  // Without candidates, every language franc knows for the script fits.
  let known: ReadonlySet<string> | null = null;
  if (!candidates) {
    if (script === 'other') {
      if (!francAll) return null;
      known = new Set(scoresOf(paragraph, francAll, cache).map(([language]) => language));
    } else {
      known = KNOWN_LANGUAGES.get(script) ?? null;
      if (!known) return null;
    }
  }

  const document = prior.document;
  const companions = script === 'other' ? NO_LANGUAGES : (prior.companions[script] ?? NO_LANGUAGES);
  const documentFits = document !== UNDETERMINED && fits(document, candidates, known);
  if (script !== 'other') {
    if (documentFits && letters < SHORT) return document;
    if (letters < (script === 'Latin' && paragraph.basic ? SHORT : TINY)) {
      const guess = firstFitting(companions, candidates, known);
      if (guess) return guess;
    }
  }

  if (!francAll) return null;
  const scores = scoresOf(paragraph, francAll, cache);
  if (scores.length === 0 || scores[0]![0] === UNDETERMINED) {
    // franc saw another script than we did (or none): fall back on the prior.
    return documentFits ? document : (firstFitting(companions, candidates, known) ?? UNDETERMINED);
  }
  const scale = Math.min(1, SHORT / letters);
  let best = UNDETERMINED;
  let bestScore = -Infinity;
  for (const [language, value] of scores) {
    const bonus = language === document ? DOCUMENT_PRIOR : companions.includes(language) ? COMPANION_PRIOR : 0;
    const strays = candidates ? (paragraph.strays[candidates.indexOf(language)] ?? 0) : 0;
    const total = value + bonus * scale - (STRAY_COST * strays) / letters;
    if (total > bestScore) {
      best = language;
      bestScore = total;
    }
  }
  return best;
}

const NO_LANGUAGES: readonly string[] = [];

/** Paragraphs scored by franc so far (for scripts/check-languages.ts). */
let francCalls = 0;

/** @internal The number of paragraphs franc has scored in this process. */
export const francCallCount = (): number => francCalls;

/** Whether {@link decide} may take its shortcuts (off only for scripts/check-languages.ts, which compares). */
let shortcuts = true;

/** @internal Turns the shortcuts that spare franc off and on, for comparing the decisions with and without them. */
export function useShortcuts(on: boolean): void {
  shortcuts = on;
}

/**
 * Whether a long Cyrillic paragraph of a Russian document is Russian without
 * asking franc: its letters allow only Russian and Bulgarian (no other
 * language's marks), and the letters Bulgarian lacks (ы, э, ё) make at least the
 * share that shows a language's marks ({@link MARK_SHARE}), so they are
 * Russian's marks against Bulgarian. Otherwise franc would run only to weigh
 * these two; scripts/check-languages.ts shows that no paragraph of the
 * development corpus or the fixtures changes its language.
 */
function russianNotBulgarian({ candidates, strays, letters }: Profile, document: LanguageCode): boolean {
  if (document !== RUSSIAN || letters < SHORT || candidates?.length !== 2) return false;
  const bulgarian = candidates.indexOf(BULGARIAN);
  const russian = candidates.indexOf(RUSSIAN);
  if (bulgarian < 0 || russian < 0) return false;
  // The letters outside Bulgarian's alphabet less those outside Russian's: the ы, э and ё, less any ѝ.
  return strays[bulgarian]! - strays[russian]! >= Math.max(1, Math.floor(letters * MARK_SHARE));
}

/** Whether the paragraph's letters allow `language`: one of its candidates, or, without candidates, one franc knows for its script. */
function fits(language: LanguageCode, candidates: readonly string[] | null, known: ReadonlySet<string> | null): boolean {
  return candidates ? candidates.includes(language) : known!.has(language);
}

function firstFitting(languages: readonly string[], candidates: readonly string[] | null, known: ReadonlySet<string> | null): LanguageCode | undefined {
  for (const language of languages) if (fits(language, candidates, known)) return language;
  return undefined;
}

/** franc's scores for a paragraph, computed once per profile, as they do not depend on the prior. */
function scoresOf(paragraph: Profile, francAll: typeof FrancAll, cache: Map<Profile, Scores>): Scores {
  let scores = cache.get(paragraph);
  if (!scores) {
    const { candidates } = paragraph;
    const options = candidates ? { minLength: 1, only: [...candidates], ignore: IGNORED } : { minLength: 1, ignore: IGNORED };
    francCalls++;
    cache.set(paragraph, (scores = francAll(paragraph.sample, options)));
  }
  return scores;
}

/**
 * The languages franc knows in a script (rule `languages franc knows`): franc lists every language of the script it
 * detects, whatever the text, and those are the languages of its data module's models for that script, less the
 * ignored ones (tests/language.test.ts compares the two). Read from the data module alone, without starting franc, which
 * first builds a trigram table of every model (≈ 30 ms): a short Latin line of a Russian document (a headline, a brand)
 * needs only to know that English is one of them.
 */
const KNOWN_LANGUAGES = new Map<Script, ReadonlySet<string>>();

let knownLoading: Promise<void> | undefined;
/** Fills {@link KNOWN_LANGUAGES} from franc's data module, imported once, on first need. */
const loadKnownLanguages = (): Promise<void> =>
  (knownLoading ??= import('franc/data.js').then(({ data: models }) => {
    for (const script of ['Latin', 'Cyrillic'] as const) {
      KNOWN_LANGUAGES.set(script, new Set(Object.keys(models[script] ?? {}).filter((language) => !IGNORED.includes(language))));
    }
  }));

/** @internal The languages franc knows in each script, as {@link KNOWN_LANGUAGES} reads them (for the test that compares them with franc's answers). */
export async function knownLanguages(): Promise<ReadonlyMap<string, ReadonlySet<string>>> {
  await loadKnownLanguages();
  return KNOWN_LANGUAGES;
}

let francModule: Promise<typeof import('franc')> | undefined;
/** franc, imported once, on first need (it is ESM-only: a dynamic import works from CommonJS as well). */
const loadFranc = (): Promise<typeof import('franc')> => (francModule ??= import('franc'));

/** @internal Whether franc itself has been loaded in this module instance (for tests). */
export const francLoaded = (): boolean => francModule !== undefined;

/** The languages of the paragraphs at `indices`, loading franc only if one of them needs it. */
async function decideAll(
  profiles: readonly Profile[],
  indices: readonly number[],
  prior: Prior,
  cache: Map<Profile, Scores>,
): Promise<LanguageCode[]> {
  const results: Array<LanguageCode | null> = indices.map(() => null);
  if (!decideMissing(profiles, indices, prior, null, cache, results)) return results as LanguageCode[];
  if (KNOWN_LANGUAGES.size === 0) {
    // What is left may need only the languages franc knows, read without starting franc; else franc itself.
    await loadKnownLanguages();
    if (!decideMissing(profiles, indices, prior, null, cache, results)) return results as LanguageCode[];
  }
  const { francAll } = await loadFranc();
  decideMissing(profiles, indices, prior, francAll, cache, results);
  return results as LanguageCode[];
}

/** Fills in the `null` entries of `results` that can be decided; equal profiles are decided once. Returns whether any is left. */
function decideMissing(
  profiles: readonly Profile[],
  indices: readonly number[],
  prior: Prior,
  francAll: typeof FrancAll | null,
  cache: Map<Profile, Scores>,
  results: Array<LanguageCode | null>,
): boolean {
  const decided = new Map<Profile, LanguageCode | null>();
  let left = false;
  indices.forEach((index, k) => {
    if (results[k] !== null) return;
    const paragraph = profiles[index]!;
    let language = decided.get(paragraph);
    if (language === undefined) decided.set(paragraph, (language = decide(paragraph, prior, francAll, cache)));
    results[k] = language;
    if (language === null) left = true;
  });
  return left;
}

/** The language with the largest total weight; `und` when there is none. */
function mostCommon(languages: readonly LanguageCode[], weights: readonly number[]): LanguageCode {
  const totals = new Map<LanguageCode, number>();
  let best = UNDETERMINED;
  let bestTotal = 0;
  languages.forEach((language, k) => {
    if (language === UNDETERMINED) return;
    const total = (totals.get(language) ?? 0) + weights[k]!;
    totals.set(language, total);
    if (total > bestTotal) {
      best = language;
      bestTotal = total;
    }
  });
  return best;
}

/**
 * Identifies the language of each paragraph and of the document.
 *
 * @param paragraphs - The paragraphs' texts, in order.
 * @param hint - The document language when the caller knows it (ISO 639-3); it is
 *   then the document language and the prior for every paragraph.
 * @returns ISO 639-3 codes as franc gives them, `und` where the language cannot
 *   be told. A paragraph without letters takes the document language; the
 *   document language is `und` when no paragraph has letters and there is no hint.
 *
 * @example
 * ```ts
 * await identifyLanguages(['Посол заявил, что конфликт будет решён мирно.', 'Лента новостей', 'Bizim partnyorlarımız']);
 * // { document: 'rus', paragraphs: [ 'rus', 'rus', 'azj' ] }
 * ```
 */
export async function identifyLanguages(paragraphs: readonly string[], hint?: LanguageCode): Promise<DocumentLanguages> {
  // Short paragraphs that repeat (`Лента новостей`, a million `-` lines) share one profile.
  const seen = new Map<string, Profile>();
  const profiles = paragraphs.map((text) => {
    if (text.length > REPEATED_LENGTH) return profile(text);
    let known = seen.get(text);
    if (!known) seen.set(text, (known = profile(text)));
    return known;
  });
  const cache = new Map<Profile, Scores>();
  const all = profiles.map((_, index) => index);
  let document: LanguageCode;
  if (hint && hint !== UNDETERMINED) {
    document = hint;
  } else {
    // The vote: the longer paragraphs, or every paragraph with letters when none is long.
    let voters = all.filter((index) => profiles[index]!.letters >= SHORT);
    if (voters.length === 0) voters = all.filter((index) => profiles[index]!.letters > 0);
    const prior = { document: DEFAULT_LANGUAGE, companions: companionsOf(DEFAULT_LANGUAGE) };
    const votes = await decideAll(profiles, voters, prior, cache);
    document = mostCommon(
      votes,
      voters.map((index) => profiles[index]!.weight),
    );
  }
  const prior = { document, companions: companionsOf(document) };
  return { document, paragraphs: await decideAll(profiles, all, prior, cache) };
}

/** The language stage: each paragraph's language, and the document's (the caller's hint as the strong prior). */
export async function addLanguages(document: WorkingDocument): Promise<void> {
  const languages = await identifyLanguages(
    document.paragraphs.map((paragraph) => paragraph.text),
    document.languageHint,
  );
  document.language = languages.document;
  document.paragraphs.forEach((paragraph, i) => (paragraph.language = languages.paragraphs[i]!));
}
