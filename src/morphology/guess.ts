/**
 * Guesses for a word form the dictionary lacks, exactly as az's guessers make them, from the tables az
 * loaded (src/morphology/dictionary.ts).
 *
 * az guesses an unknown word in its general search: it looks the form up again, tries each of its
 * parsers in turn, builds an object per candidate and reads each candidate's tag through az's tag objects.
 * On a first pass over news that was the largest part of the dictionary's time (every new surname, place
 * and coinage is guessed). For a form without a hyphen az's answer is exactly this: the readings of the word
 * after a known prefix (`суперзвезды` → `звезды`); when there are none, the readings of the word after one
 * to five unknown letters, the readings its ending predicts, and, for a word in capitals, an abbreviation's;
 * scores made to sum to one, most probable first. Forms with a hyphen, and single letters, are still asked
 * of az. scripts/check-morphology.ts and tests/morphology/exact.test.ts compare the answers with az's.
 */
import guessing from '../data/morphology/az-guessing.json';
import { formOn, loadedTables, PARADIGM_PREFIXES, stemOf, type Tables } from './dictionary.js';

/** One guessed reading of a form: as az would give it, most probable first. */
export interface Guess {
  /** The form az's reading spells: lower case, without a known or unknown prefix it set aside; an abbreviation as written. */
  readonly form: string;
  /** The reading's dictionary form, as az gives it (lower case; an abbreviation as written). */
  readonly lemma: string;
  /** The reading's tag: an index into the dictionary's tags, or the text of az's own tag for an abbreviation. */
  readonly tag: number | string;
  readonly score: number;
  /** Its lexeme, as a dictionary reading's (see src/morphology/dictionary.ts); none for an abbreviation, which az never inflects. */
  readonly lexeme: number | undefined;
}

/** A guess before its score is made a share of all guesses' scores. */
interface Candidate {
  readonly form: string;
  /** A dictionary paradigm and the form's number in it; -1 for an abbreviation. */
  readonly paradigm: number;
  readonly number: number;
  /** For an abbreviation, the text of its tag. */
  readonly tag?: string;
  score: number;
}

/** The prefixes az sets aside before looking the rest of an unknown word up (`авиа`, `анти`, `сверх`, …). */
const KNOWN_PREFIXES: readonly string[] = guessing.knownPrefixes;
/** az's weights of a reading found after a known prefix, and after letters it does not know. */
const KNOWN_PREFIX_WEIGHT = 0.7;
const UNKNOWN_PREFIX_WEIGHT = 0.3;
/** The longest unknown prefix az tries, and the fewest letters it leaves to look up after any prefix. */
const LONGEST_UNKNOWN_PREFIX = 5;
const SHORTEST_REST = 3;
/** az's weight of a prediction by the length of the ending it read (1 to 5 letters), and the shortest word it predicts. */
const ENDING_WEIGHTS = [0, 0.2, 0.3, 0.4, 0.5, 0.6];
const LONGEST_ENDING = ENDING_WEIGHTS.length - 1;
const SHORTEST_PREDICTED = 4;
/** az's abbreviations: capitals at both ends, at most this many capitals, each read in every gender, case and number. */
const INITIALS = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ';
const MOST_CAPITALS = 5;
const ABBREVIATION_SCORE = 0.5;
const ABBREVIATION_TAGS = ['masc', 'femn', 'neut'].flatMap((gender) =>
  ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'].flatMap((grammaticalCase) => ['sing', 'plur'].map((number) => `NOUN,inan,${gender},Fixd,Abbr ${number},${grammaticalCase}`)),
);

/**
 * az's readings of a form the dictionary does not hold, or undefined when az is to be asked: a form with a hyphen
 * or of one letter, or when the tables are not there.
 */
export function guessReadings(word: string): Guess[] | undefined {
  const tables = loadedTables();
  if (tables === undefined || word.length < 2 || word.includes('-')) return undefined;
  const lower = word.toLowerCase();
  let candidates = afterKnownPrefix(tables, lower);
  if (candidates.length === 0) {
    candidates = [...afterUnknownPrefix(tables, lower), ...byEnding(tables, lower, isCapitalised(word, lower)), ...asAbbreviation(word)];
  }
  // As az: the scores made to sum to one, then a stable sort (equal scores keep the order found).
  let total = 0;
  for (const candidate of candidates) total += candidate.score;
  if (total > 0) for (const candidate of candidates) candidate.score /= total;
  candidates.sort((a, b) => b.score - a.score);
  return candidates.map((candidate) => toGuess(tables, candidate, lower));
}

/** az's test of a capitalised word: a capital first letter and not all capitals (only such a word gets names' readings). */
function isCapitalised(word: string, lower: string): boolean {
  return word[0] !== lower[0] && word.slice(1).toUpperCase() !== word.slice(1);
}

/** The dictionary's readings of a lower-case form that az guesses from (no proper name's, and only tags az guesses). */
function productiveReadings(tables: Tables, form: string, weight: number): Candidate[] {
  const { paradigms, proper, productive } = tables;
  const found: Candidate[] = [];
  for (const [spelled, values] of tables.words.spellings(form)) {
    for (let k = 0; k < values.length; k += 2) {
      const paradigm = values[k]!;
      const number = values[k + 1]!;
      const forms = paradigms[paradigm]!;
      const tag = forms[forms.length / 3 + number]!;
      if (proper[tag] === 0 && productive[tag] === 1) found.push({ form: spelled, paradigm, number, score: weight });
    }
  }
  return found;
}

/** The readings of the word after each known prefix it starts with, in the prefixes' order. */
function afterKnownPrefix(tables: Tables, lower: string): Candidate[] {
  const found: Candidate[] = [];
  for (const prefix of KNOWN_PREFIXES) {
    if (lower.length - prefix.length >= SHORTEST_REST && lower.startsWith(prefix)) found.push(...productiveReadings(tables, lower.slice(prefix.length), KNOWN_PREFIX_WEIGHT));
  }
  return found;
}

/** The readings of the word after its first one to five letters, shortest prefix first. */
function afterUnknownPrefix(tables: Tables, lower: string): Candidate[] {
  const found: Candidate[] = [];
  for (let length = 1; length <= LONGEST_UNKNOWN_PREFIX && lower.length - length >= SHORTEST_REST; length++) {
    found.push(...productiveReadings(tables, lower.slice(length), UNKNOWN_PREFIX_WEIGHT));
  }
  return found;
}

/**
 * The readings az predicts from the word's ending: for each paradigm prefix the word starts with (none, `по`,
 * `наи`), the paradigms seen with its last five letters, then four, …, stopping one letter after the longest ending
 * that predicted anything; each scored by how often the dictionary has it, relative to the most frequent, and
 * by the ending's length. A reading predicted twice is kept once.
 */
function byEnding(tables: Tables, lower: string, capitalised: boolean): Candidate[] {
  if (lower.length < SHORTEST_PREDICTED) return [];
  const { paradigms, proper, productive } = tables;
  const found: Candidate[] = [];
  const seen = new Set<string>();
  let shortest = 1;
  for (let i = 0; i < PARADIGM_PREFIXES.length; i++) {
    const prefix = PARADIGM_PREFIXES[i]!;
    if (!lower.startsWith(prefix)) continue;
    const base = lower.slice(prefix.length);
    for (let length = LONGEST_ENDING; length >= shortest; length--) {
      if (length >= base.length) continue;
      const stem = prefix + base.slice(0, base.length - length);
      const predicted: Candidate[] = [];
      let most = 1;
      for (const [ending, values] of tables.predictions[i]!.spellings(base.slice(base.length - length), 3)) {
        for (let k = 0; k < values.length; k += 3) {
          const count = values[k]!;
          const paradigm = values[k + 1]!;
          const number = values[k + 2]!;
          const forms = paradigms[paradigm]!;
          const tag = forms[forms.length / 3 + number]!;
          if (productive[tag] === 0 || (proper[tag] === 1 && !capitalised)) continue;
          const form = stem + ending;
          const key = `${form}:${paradigm}:${number}`;
          if (seen.has(key)) continue;
          seen.add(key);
          most = Math.max(most, count);
          predicted.push({ form, paradigm, number, score: count * ENDING_WEIGHTS[length]! });
        }
      }
      if (predicted.length > 0) {
        for (const candidate of predicted) candidate.score /= most;
        found.push(...predicted);
        shortest = Math.max(length - 1, 1);
      }
    }
  }
  return found;
}

/** A word in capitals read as an indeclinable abbreviation, in each gender, number and case. */
function asAbbreviation(word: string): Candidate[] {
  if (!INITIALS.includes(word[0]!) || !INITIALS.includes(word[word.length - 1]!)) return [];
  let capitals = 0;
  for (const letter of word) if (INITIALS.includes(letter)) capitals++;
  if (capitals > MOST_CAPITALS) return [];
  return ABBREVIATION_TAGS.map((tag) => ({ form: word, paradigm: -1, number: 0, tag, score: ABBREVIATION_SCORE }));
}

/** A candidate as a reading: its lemma is its paradigm's first form on its stem (az's normal form), else the form itself. */
function toGuess(tables: Tables, candidate: Candidate, lower: string): Guess {
  const { form, paradigm, number, score } = candidate;
  if (candidate.tag !== undefined) return { form, lemma: form, tag: candidate.tag, score, lexeme: undefined };
  const forms = tables.paradigms[paradigm]!;
  const lemma = formOn(stemOf(form, forms, number, tables.suffixes), forms, 0, tables.suffixes) || form || lower;
  return { form, lemma, tag: forms[forms.length / 3 + number]!, score, lexeme: paradigm * 256 + number };
}
