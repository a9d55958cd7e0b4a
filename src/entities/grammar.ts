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
import { shapeOf, type Shape, type Word } from '../words/word.js';

/**
 * A test on one word. `shapes`, where set, holds every word shape the test can accept: the matcher tries a rule
 * only at words of a shape its first elements accept (most words are lower-case, most rules start with a capital).
 */
export type Predicate = ((word: Word) => boolean) & { readonly shapes?: ReadonlySet<Shape> };

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

const SHAPES: readonly Shape[] = ['lower', 'title', 'upper', 'mixed', 'none'];

/** A test that accepts words of these shapes only. */
function ofShapes(shapes: Iterable<Shape>, test: (word: Word) => boolean): Predicate {
  return Object.assign(test, { shapes: new Set(shapes) });
}

/** All tests pass; it accepts only the shapes every shape-bound test accepts. */
export const and = (...tests: Predicate[]): Predicate => {
  const all: Predicate = (word) => {
    for (const test of tests) if (!test(word)) return false;
    return true;
  };
  const bound = tests.filter((test) => test.shapes);
  return bound.length === 0 ? all : ofShapes(SHAPES.filter((shape) => bound.every((test) => test.shapes!.has(shape))), all);
};
/** Some test passes; shape-bound only when every test is. */
export const or = (...tests: Predicate[]): Predicate => {
  const some: Predicate = (word) => {
    for (const test of tests) if (test(word)) return true;
    return false;
  };
  return tests.every((test) => test.shapes) ? ofShapes(tests.flatMap((test) => [...test.shapes!]), some) : some;
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
export const text = (...texts: string[]): Predicate => ofShapes(texts.map(shapeOf), (word) => texts.includes(word.text));
export const title: Predicate = ofShapes(['title'], (word) => word.shape === 'title');
export const upper: Predicate = ofShapes(['upper'], (word) => word.shape === 'upper');
export const capitalized: Predicate = ofShapes(['title', 'upper', 'mixed'], (word) => word.shape === 'title' || word.shape === 'upper' || word.shape === 'mixed');
export const lower: Predicate = ofShapes(['lower'], (word) => word.shape === 'lower');
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
  if (word === undefined) return null;
  for (const candidate of rulesStartingAt(rules, word.shape)) {
    // Most rules fail on their first, required element: no attempt is set up for them.
    const first = candidate.elements[0];
    if (first !== undefined && first.min > 0 && !first.test(word)) continue;
    const found = matchRule(candidate, words, start);
    if (found && (!bestMatch || found.words.length > bestMatch.words.length)) bestMatch = found;
  }
  return bestMatch;
}

const rulesByShape = new WeakMap<readonly Rule[], Map<Shape, readonly Rule[]>>();

/** The rules, in their order, that may start at a word of this shape. */
function rulesStartingAt(rules: readonly Rule[], shape: Shape): readonly Rule[] {
  let byShape = rulesByShape.get(rules);
  if (!byShape) {
    const starts = rules.map(startShapes);
    byShape = new Map(SHAPES.map((each) => [each, rules.filter((_, i) => starts[i]!.has(each))]));
    rulesByShape.set(rules, byShape);
  }
  return byShape.get(shape)!;
}

/** The shapes of the words a rule can start at: those its elements accept up to the first required one. */
function startShapes(candidate: Rule): ReadonlySet<Shape> {
  const shapes = new Set<Shape>();
  for (const element of candidate.elements) {
    if (!element.test.shapes) return new Set(SHAPES);
    for (const shape of element.test.shapes) shapes.add(shape);
    if (element.min > 0) break;
  }
  return shapes;
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
