/**
 * Readings for a word form the dictionary lacks, exactly as az's parsers after its dictionary make them, from the
 * tables az loaded (src/morphology/dictionary.ts).
 *
 * az guesses an unknown word in its general search: it looks the form up again, tries each of its
 * parsers in turn, builds an object per candidate and reads each candidate's tag through az's tag objects.
 * On a first pass over news that was the largest part of the dictionary's time (every new surname, place
 * and coinage is guessed). az's answer is, in order, the first of these that finds anything:
 * - for a word with a hyphen: the word before a particle (`скажи-ка`), an adverb `по-` with a dative adjective
 *   (`по-новому`), a compound of two words (`журналист-международник`, its words read together where they agree,
 *   and its last word alone);
 * - the readings of the word after a known prefix (`суперзвезды` → `звезды`);
 * - the readings of the word after one to five unknown letters, the readings its ending predicts, and, for a word
 *   in capitals, an abbreviation's;
 * scores made to sum to one, most probable first. A single letter is read as az reads it: its dictionary readings
 * and, in capitals, an initial's ({@link initialReadings}).
 * scripts/check-morphology.ts and tests/morphology/exact.test.ts compare the answers with az's.
 */
import guessing from '../data/morphology/az-guessing.json';
import { lemmaOf, lexemeOf, loadedTables, PARADIGM_PREFIXES, tagOf, tagValues, type Tables } from './dictionary.js';

/** One guessed reading of a form: as az would give it, most probable first. */
export interface Guess {
  /**
   * The form az's reading spells: lower case, without a prefix or particle it set aside; an abbreviation, an
   * initial and a `по-` adverb as written; a compound's two words with their hyphen.
   */
  readonly form: string;
  /** The reading's dictionary form, as az gives it (lower case; an abbreviation or an initial as written; a compound as written, in lower case). */
  readonly lemma: string;
  /** The reading's tag: an index into the dictionary's tags, or the text of one of az's own tags (an abbreviation's, an initial's, an adverb's). */
  readonly tag: number | string;
  readonly score: number;
  /**
   * Its lexeme, as a dictionary reading's (see src/morphology/dictionary.ts); none for a reading az never inflects
   * (every form of it is the form itself). For a compound, its last word's.
   */
  readonly lexeme: number | undefined;
  /** For a compound whose two words agree: its first word's form and lexeme, inflected with the last. */
  readonly first?: { readonly form: string; readonly lexeme: number };
}

/** A guess before its score is made a share of all guesses' scores. */
interface Candidate {
  /** The form of the dictionary reading (for a compound, of its last word), or of az's own reading. */
  readonly form: string;
  /** A dictionary paradigm and the form's number in it; -1 for a reading of az's own tag. */
  readonly paradigm: number;
  readonly number: number;
  /** For a reading of az's own, the text of its tag. */
  readonly tag?: string;
  /** For a compound whose words agree, its first word. */
  readonly first?: Candidate;
  score: number;
}

/** The candidates of a look-up that found none (shared: never changed). */
const NO_CANDIDATES: Candidate[] = [];

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
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
const ABBREVIATION_TAGS = ['masc', 'femn', 'neut'].flatMap((gender) => CASES.flatMap((grammaticalCase) => ['sing', 'plur'].map((number) => `NOUN,inan,${gender},Fixd,Abbr ${number},${grammaticalCase}`)));
/** az's initials: a capital letter read as a man's or a woman's initial in each case, twice (as a first name's and as a patronymic's, with the same tags). */
const INITIAL_TAGS = ['masc', 'femn'].flatMap((gender) => CASES.map((grammaticalCase) => `NOUN,anim,${gender},Sgtm,Name,Fixd,Abbr,Init sing,${grammaticalCase}`));
const INITIAL_SCORE = 0.1;
/** The particles az sets aside after a hyphen (`скажи-ка`, `кто-то`), and its weight of the word before one. */
const PARTICLES = ['-то', '-ка', '-таки', '-де', '-тко', '-тка', '-с', '-ста'];
const PARTICLE_WEIGHT = 0.9;
/** az's adverbs `по-` + a dative adjective (`по-новому`): the shortest such word, the tag and the weight. */
const ADVERB_PREFIX = 'по-';
const SHORTEST_ADVERB = 5;
const ADVERB_TAG = 'ADVB';
const ADVERB_WEIGHT = 0.9;
/** az's weights of a compound read as its two words together, of its last word alone, and of the last of three or more words. */
const COMPOUND_WEIGHT = 0.8;
const LAST_WORD_WEIGHT = 0.3;
const LAST_OF_MANY_WEIGHT = 0.2;
/** The categories in which a compound's two words must agree to be read together (az's). */
const COMPOUND_AGREEMENT = ['POST', 'NMbr', 'CAse', 'PErs', 'TEns'];

/**
 * az's readings of a form of two letters or more that the dictionary does not hold; undefined for a single letter
 * (see {@link initialReadings}) or when the tables are not there (az is then asked). `lower`: the form in lower case, where
 * the caller has it already (lower-casing Cyrillic costs about a microsecond).
 */
export function guessReadings(word: string, lower = word.toLowerCase()): Guess[] | undefined {
  const tables = loadedTables();
  if (tables === undefined || word.length < 2) return undefined;
  let candidates = lower.includes('-') ? hyphenated(tables, lower) : [];
  if (candidates.length === 0) candidates = afterKnownPrefix(tables, lower);
  if (candidates.length === 0) {
    candidates = [...afterUnknownPrefix(tables, lower), ...byEnding(tables, lower, isCapitalised(word, lower)), ...asAbbreviation(word)];
  }
  return shares(candidates).map((candidate) => toGuess(tables, candidate, lower));
}

/**
 * The initials az reads a single capital letter as (a single letter's dictionary readings are the dictionary's), scored
 * as shares of their own; undefined when the tables are not there.
 */
export function initialReadings(letter: string): Guess[] | undefined {
  const tables = loadedTables();
  if (tables === undefined) return undefined;
  if (letter.length !== 1 || !INITIALS.includes(letter)) return [];
  const candidates = [...INITIAL_TAGS, ...INITIAL_TAGS].map((tag) => ({ form: letter, paradigm: -1, number: 0, tag, score: INITIAL_SCORE }));
  return shares(candidates).map((candidate) => toGuess(tables, candidate, letter));
}

/** As az: the scores made to sum to one, then a stable sort (equal scores keep the order found). */
function shares(candidates: Candidate[]): Candidate[] {
  let total = 0;
  for (const candidate of candidates) total += candidate.score;
  if (total > 0) for (const candidate of candidates) candidate.score /= total;
  return candidates.sort((a, b) => b.score - a.score);
}

/** az's readings of a word with a hyphen, before it tries prefixes: the first of a particle's, a `по-` adverb's and a compound's. */
function hyphenated(tables: Tables, lower: string): Candidate[] {
  const beforeParticle = PARTICLES.filter((particle) => lower.endsWith(particle)).flatMap((particle) =>
    dictionaryCandidates(tables, lower.slice(0, -particle.length), PARTICLE_WEIGHT, true),
  );
  if (beforeParticle.length > 0) return beforeParticle;
  const adverbs = adverbsWithPo(tables, lower);
  if (adverbs.length > 0) return adverbs;
  return compound(tables, lower);
}

/** `по-` + the dative singular of an adjective (`по-новому`): an adverb, once per spelling of the adjective's form. */
function adverbsWithPo(tables: Tables, lower: string): Candidate[] {
  if (lower.length < SHORTEST_ADVERB || !lower.startsWith(ADVERB_PREFIX)) return [];
  const found: Candidate[] = [];
  for (const [spelled, values] of tables.words.spellings(lower, 2, ADVERB_PREFIX.length)) {
    for (let k = 0; k < values.length; k += 2) {
      const grammemes = tagValues(tagOf(tables, values[k]!, values[k + 1]!));
      if (grammemes.has('ADJF') && grammemes.has('sing') && grammemes.has('datv')) {
        found.push({ form: ADVERB_PREFIX + spelled, paradigm: -1, number: 0, tag: ADVERB_TAG, score: ADVERB_WEIGHT });
        break;
      }
    }
  }
  return found;
}

/**
 * A compound (`журналист-международник`): its two words read together where they agree in part of speech, number,
 * case, person and tense (not an abbreviation first), then its last word alone; of three or more words, the last
 * alone. None after a known prefix with a hyphen (`вице-`), which az reads as a prefix.
 */
function compound(tables: Tables, lower: string): Candidate[] {
  if (KNOWN_PREFIXES.some((prefix) => prefix.endsWith('-') && lower.startsWith(prefix))) return [];
  const parts = lower.split('-');
  if (parts.length > 2) return dictionaryCandidates(tables, parts[parts.length - 1]!, LAST_OF_MANY_WEIGHT, false);
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return [];
  const left = dictionaryCandidates(tables, parts[0]!, 1, false);
  const right = dictionaryCandidates(tables, parts[1]!, 1, false);
  const found: Candidate[] = [];
  for (const first of left) {
    const firstValues = tagValues(tagOf(tables, first.paradigm, first.number));
    if (firstValues.has('Abbr')) continue;
    for (const last of right) {
      const lastValues = tagValues(tagOf(tables, last.paradigm, last.number));
      if (COMPOUND_AGREEMENT.every((category) => firstValues.get(category) === lastValues.get(category))) {
        found.push({ ...last, first, score: first.score * last.score * COMPOUND_WEIGHT });
      }
    }
  }
  for (const last of right) found.push({ ...last, score: last.score * LAST_WORD_WEIGHT });
  return found;
}

/**
 * The dictionary's readings of a lower-case form as az's dictionary parser gives them to its guessers, each weighted;
 * proper names' only when `withProper`. `from`: where the form starts in `form` (after a prefix set aside).
 */
function dictionaryCandidates(tables: Tables, form: string, weight: number, withProper: boolean, from = 0): Candidate[] {
  const spellings = tables.words.spellings(form, 2, from);
  // Most look-ups of the rest of a word find nothing: one list for them all, which no caller changes.
  if (spellings.length === 0) return NO_CANDIDATES;
  const found: Candidate[] = [];
  for (const [spelled, values] of spellings) {
    for (let k = 0; k < values.length; k += 2) {
      const paradigm = values[k]!;
      const number = values[k + 1]!;
      if (withProper || tables.proper[tagOf(tables, paradigm, number)] === 0) found.push({ form: spelled, paradigm, number, score: weight });
    }
  }
  return found;
}

/** az's test of a capitalised word: a capital first letter and not all capitals (only such a word gets names' readings). */
function isCapitalised(word: string, lower: string): boolean {
  return word[0] !== lower[0] && word.slice(1).toUpperCase() !== word.slice(1);
}

/** The dictionary's readings of a lower-case form (from `from`) that az guesses from (no proper name's, and only tags az guesses). */
function productiveReadings(tables: Tables, form: string, weight: number, from: number): Candidate[] {
  const candidates = dictionaryCandidates(tables, form, weight, false, from);
  return candidates === NO_CANDIDATES ? candidates : candidates.filter(({ paradigm, number }) => tables.productive[tagOf(tables, paradigm, number)] === 1);
}

/** The readings of the word after each known prefix it starts with, in the prefixes' order. */
function afterKnownPrefix(tables: Tables, lower: string): Candidate[] {
  const found: Candidate[] = [];
  for (const prefix of KNOWN_PREFIXES) {
    if (lower.length - prefix.length >= SHORTEST_REST && lower.startsWith(prefix)) found.push(...productiveReadings(tables, lower, KNOWN_PREFIX_WEIGHT, prefix.length));
  }
  return found;
}

/** The readings of the word after its first one to five letters, shortest prefix first. */
function afterUnknownPrefix(tables: Tables, lower: string): Candidate[] {
  const found: Candidate[] = [];
  for (let length = 1; length <= LONGEST_UNKNOWN_PREFIX && lower.length - length >= SHORTEST_REST; length++) {
    found.push(...productiveReadings(tables, lower, UNKNOWN_PREFIX_WEIGHT, length));
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
  const { proper, productive } = tables;
  const found: Candidate[] = [];
  // The lexemes (lexemeOf) predicted so far for each spelling of the form.
  const seen = new Map<string, Set<number>>();
  let shortest = 1;
  for (let i = 0; i < PARADIGM_PREFIXES.length; i++) {
    const prefix = PARADIGM_PREFIXES[i]!;
    if (!lower.startsWith(prefix)) continue;
    const base = lower.slice(prefix.length);
    for (let length = LONGEST_ENDING; length >= shortest; length--) {
      if (length >= base.length) continue;
      const written = base.slice(base.length - length);
      const predicted: Candidate[] = [];
      let most = 1;
      for (const [ending, values] of tables.predictions[i]!.spellings(written, 3)) {
        // The word as written where the ending is spelled as it is (most predictions), else its stem with the ending's
        // ё: one form for all the ending's readings, no new string per reading.
        const form = ending === written ? lower : prefix + base.slice(0, base.length - length) + ending;
        let lexemes: Set<number> | undefined;
        for (let k = 0; k < values.length; k += 3) {
          const count = values[k]!;
          const paradigm = values[k + 1]!;
          const number = values[k + 2]!;
          const tag = tagOf(tables, paradigm, number);
          if (productive[tag] === 0 || (proper[tag] === 1 && !capitalised)) continue;
          lexemes ??= seen.get(form) ?? seen.set(form, new Set()).get(form)!;
          const lexeme = lexemeOf(paradigm, number);
          if (lexemes.has(lexeme)) continue;
          lexemes.add(lexeme);
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
  if (word.includes('-') || !INITIALS.includes(word[0]!) || !INITIALS.includes(word[word.length - 1]!)) return [];
  let capitals = 0;
  for (const letter of word) if (INITIALS.includes(letter)) capitals++;
  if (capitals > MOST_CAPITALS) return [];
  return ABBREVIATION_TAGS.map((tag) => ({ form: word, paradigm: -1, number: 0, tag, score: ABBREVIATION_SCORE }));
}

/**
 * A candidate as a reading: its lemma is its paradigm's first form on its stem (az's normal form), else the form
 * itself; a compound's is the word as written, in lower case (as az's).
 */
function toGuess(tables: Tables, candidate: Candidate, lower: string): Guess {
  const { form, paradigm, number, score, first } = candidate;
  if (candidate.tag !== undefined) return { form, lemma: form, tag: candidate.tag, score, lexeme: undefined };
  const forms = tables.paradigms[paradigm]!;
  const tag = tagOf(tables, paradigm, number);
  const lexeme = lexemeOf(paradigm, number);
  if (first !== undefined) return { form: `${first.form}-${form}`, lemma: lower, tag, score, lexeme, first: { form: first.form, lexeme: lexemeOf(first.paradigm, first.number) } };
  const lemma = lemmaOf(form, forms, number, tables.suffixes) || form || lower;
  return { form, lemma, tag, score, lexeme };
}
