/**
 * A small grammar engine in the manner of yargy: predicates over words,
 * combined into rules of elements with repetition bounds and roles; a rule
 * matches a run of words, and its check (agreement, say) may refuse a match.
 *
 * Repetitions are bounded and every start position gets a fixed step budget,
 * so matching a sentence takes time linear in its length whatever it holds.
 */
import type { EntityType } from '../model.js';
import type { WordAnalysis } from '../morphology/morphology.js';
import type { Word } from '../words/word.js';

/** A test on one word. */
export type Predicate = (word: Word) => boolean;

/** One position of a rule: a predicate, how many words it takes, and the role they play. */
export interface Element {
  readonly test: Predicate;
  readonly min: number;
  readonly max: number;
  readonly role: string | undefined;
}

/** The words a rule matched, with the role of each. */
export interface Match {
  readonly rule: Rule;
  readonly words: readonly Word[];
  /** For each matched word, the role of the element that took it. */
  readonly roles: readonly (string | undefined)[];
}

/** A named rule: elements in order, the entity type it yields, an optional check. */
export interface Rule {
  readonly name: string;
  readonly type: EntityType;
  readonly elements: readonly Element[];
  readonly check?: (match: Match) => boolean;
}

// Predicates

export const and = (...tests: Predicate[]): Predicate => (word) => {
  for (const test of tests) if (!test(word)) return false;
  return true;
};
export const or = (...tests: Predicate[]): Predicate => (word) => {
  for (const test of tests) if (test(word)) return true;
  return false;
};
export const not = (test: Predicate): Predicate => (word) => !test(word);

/** Some reading carries every one of the grammemes. */
export const gram = (...grammemes: string[]): Predicate =>
  grammemes.length === 1
    ? (word) => word.grammemes.has(grammemes[0]!)
    : (word) => word.analyses.some((reading) => grammemes.every((g) => reading.tags.includes(g)));
/** Some dictionary reading (not a guess from the ending) carries every one of the grammemes. */
export const knownGram = (...grammemes: string[]): Predicate =>
  grammemes.length === 1
    ? (word) => word.knownGrammemes.has(grammemes[0]!)
    : (word) => word.analyses.some((reading) => reading.known && grammemes.every((g) => reading.tags.includes(g)));
/** Some reading has this part of speech. */
export const pos = (partOfSpeech: string): Predicate => (word) => word.grammemes.has(partOfSpeech);
/** The word (or one of its lemmas) is in the set of folded forms. */
export const inSet = (set: ReadonlySet<string>): Predicate => (word) => word.keys.some((key) => set.has(key));
/** The exact text is one of these. */
export const text = (...texts: string[]): Predicate => (word) => texts.includes(word.text);
export const title: Predicate = (word) => word.shape === 'title';
export const upper: Predicate = (word) => word.shape === 'upper';
export const capitalized: Predicate = (word) => word.shape === 'title' || word.shape === 'upper' || word.shape === 'mixed';
export const lower: Predicate = (word) => word.shape === 'lower';
export const latin: Predicate = (word) => word.latin;
export { isWord } from '../tokens.js';
export const sentenceStart: Predicate = (word) => word.sentenceStart;
/** The dictionary knows the word (not a guess from its ending). */
export const known: Predicate = (word) => word.analyses.some((reading) => reading.known);
/** The most probable reading satisfies the test. */
export const best = (test: (reading: WordAnalysis) => boolean): Predicate => (word) =>
  word.analyses.length > 0 && test(word.analyses[0]!);

// Elements

export const one = (test: Predicate, role?: string): Element => ({ test, min: 1, max: 1, role });
export const optional = (test: Predicate, role?: string): Element => ({ test, min: 0, max: 1, role });
export const repeat = (test: Predicate, min: number, max: number, role?: string): Element => ({ test, min, max, role });

/** Declares a rule. */
export function rule(name: string, type: EntityType, elements: Element[], check?: (match: Match) => boolean): Rule {
  return { name, type, elements, check };
}

const STEP_BUDGET = 256;

/**
 * The longest match of any rule starting at `start`; earlier rules win ties.
 * Each rule tries longer repetitions first and stops at the first match its check accepts.
 */
export function matchAt(rules: readonly Rule[], words: readonly Word[], start: number): Match | null {
  let bestMatch: Match | null = null;
  const word = words[start];
  for (const candidate of rules) {
    // Most rules fail on their first, required element: no attempt is set up for them.
    const first = candidate.elements[0];
    if (word === undefined || (first !== undefined && first.min > 0 && !first.test(word))) continue;
    const found = matchRule(candidate, words, start);
    if (found && (!bestMatch || found.words.length > bestMatch.words.length)) bestMatch = found;
  }
  return bestMatch;
}

/** The state of one attempt of a rule at one start position. */
interface Attempt {
  rule: Rule;
  words: readonly Word[];
  start: number;
  readonly roles: (string | undefined)[];
  steps: number;
}

const NO_WORDS: readonly Word[] = [];

/** One attempt object and roles array for all (a match copies what it keeps), as attempts run one at a time. */
const attempt: Attempt = { rule: { name: '', type: 'PER', elements: [] }, words: NO_WORDS, start: 0, roles: [], steps: 0 };

function matchRule(candidate: Rule, words: readonly Word[], start: number): Match | null {
  attempt.rule = candidate;
  attempt.words = words;
  attempt.start = start;
  attempt.steps = 0;
  const found = walk(attempt, 0, start);
  attempt.words = NO_WORDS;
  return found;
}

/** Matches elements from `element` on at `position`, longer repetitions first. */
function walk(attempt: Attempt, element: number, position: number): Match | null {
  const { rule: candidate, words, start, roles } = attempt;
  if (++attempt.steps > STEP_BUDGET) return null;
  if (element === candidate.elements.length) {
    if (position === start) return null;
    const match: Match = { rule: candidate, words: words.slice(start, position), roles: roles.slice(0, position - start) };
    return !candidate.check || candidate.check(match) ? match : null;
  }
  const { test, min, max, role } = candidate.elements[element]!;
  let count = 0;
  while (count < max && position + count < words.length && test(words[position + count]!)) count++;
  for (; count >= min; count--) {
    for (let i = 0; i < count; i++) roles[position - start + i] = role;
    const found = walk(attempt, element + 1, position + count);
    if (found) return found;
  }
  return null;
}
