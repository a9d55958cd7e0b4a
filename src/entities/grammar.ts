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
import { perForm, perFormValue, shapeOf, type Shape, type Word } from '../words/word.js';

/**
 * A test on one word. `shapes`, where set, holds every word shape the test can accept: the matcher tries a rule
 * only at words of a shape its first elements accept (most words are lower-case, most rules start with a capital).
 * `ofForm` marks a test that reads only what the word's form always has (its text, kind, readings, shape), not its
 * place (`sentenceStart`, `listed`): its answer holds for every token of the form.
 */
export type Predicate = ((word: Word) => boolean) & {
  readonly shapes?: ReadonlySet<Shape>;
  readonly ofForm?: boolean;
  /**
   * A test of the form alone that every word this test accepts passes, where one is known (a test of the form is its
   * own): the matcher finds, once per form, the rules whose first word the form can be.
   */
  readonly formPart?: Predicate | undefined;
};

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
  /** The sentence's word right after the match, which a check may read (a match built elsewhere may leave it out). */
  readonly following?: Word | undefined;
  /** The sentence's words and the match's first index in them, for a check that reads the words before it. */
  readonly sentence?: readonly Word[];
  readonly at?: number;
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

/** Marks a new test with the shapes it accepts and whether it reads the form alone. */
function marked(test: (word: Word) => boolean, marks: { shapes?: Iterable<Shape> | undefined; ofForm?: boolean; formPart?: Predicate | undefined }): Predicate {
  const predicate: Predicate = Object.assign(test, { shapes: marks.shapes && new Set(marks.shapes), ofForm: marks.ofForm ?? false, formPart: marks.formPart });
  return marks.ofForm ? Object.assign(predicate, { formPart: predicate }) : predicate;
}


/**
 * All tests pass. The tests of the form alone are asked first, as one answer remembered per form; the tests of the
 * word's place after them. It accepts only the shapes every shape-bound test accepts.
 */
export const and = (...tests: Predicate[]): Predicate => {
  const formTests = tests.filter((test) => test.ofForm);
  const placeTests = tests.filter((test) => !test.ofForm);
  const bound = tests.filter((test) => test.shapes);
  const shapes = bound.length === 0 ? undefined : SHAPES.filter((shape) => bound.every((test) => test.shapes!.has(shape)));
  const form = formTests.length > 1 ? [perForm(every(formTests))] : formTests;
  const all = placeTests.length === 0 && formTests.length > 1 ? form[0]! : every([...form, ...placeTests]);
  // The form part, what the form alone must pass for the conjunction to (a conjunction of form tests alone is its own):
  // its form tests, asked through `form` as one remembered answer, and the form parts of its other tests.
  let formPart: Predicate | undefined;
  if (placeTests.length > 0) {
    const own = formTests.length === 1 ? [formTests[0]!] : formTests.length > 1 ? [marked(form[0]!, { ofForm: true })] : [];
    const parts = [...own, ...placeTests.flatMap((test) => (test.formPart ? [test.formPart] : []))];
    formPart = parts.length <= 1 ? parts[0] : marked(perForm(every(parts)), { ofForm: true });
  }
  return marked(all, { shapes, ofForm: placeTests.length === 0, formPart });
};
/** Some test passes; shape-bound only when every test is, remembered per form when every test reads the form alone. */
export const or = (...tests: Predicate[]): Predicate => {
  const some = (word: Word): boolean => {
    for (let i = 0; i < tests.length; i++) if (tests[i]!(word)) return true;
    return false;
  };
  const ofForm = tests.every((test) => test.ofForm);
  const shapes = tests.every((test) => test.shapes) ? tests.flatMap((test) => [...test.shapes!]) : undefined;
  const parts = tests.map((test) => test.formPart);
  const formPart = ofForm || parts.some((part) => part === undefined) ? undefined : or(...(parts as Predicate[]));
  return marked(ofForm ? perForm(some) : some, { shapes, ofForm, formPart });
};
export const not = (test: Predicate): Predicate => marked((word) => !test(word), { ofForm: test.ofForm });

/**
 * A conjunction, in order. The engine's loops that run at every word index their arrays (rule 'indexed loops'): before
 * the compiler has optimised it, a `for…of` asks an iterator for every element, and a cold pass runs much of this code so.
 */
function every(tests: readonly Predicate[]): (word: Word) => boolean {
  return (word) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(word)) return false;
    return true;
  };
}

/** A test of the form alone: what the word's text, kind and readings say (see {@link Predicate}). */
export const formTest = (test: (word: Word) => boolean, shapes?: readonly Shape[]): Predicate => marked(test, { shapes, ofForm: true });

/** Some reading carries every one of the grammemes. */
export const gram = (...grammemes: string[]): Predicate =>
  formTest(
    grammemes.length === 1
      ? (word) => word.grammemes.has(grammemes[0]!)
      : (word) => word.analyses.some((reading) => grammemes.every((g) => reading.tags.includes(g))),
  );
/** Some dictionary reading (not a guess from the ending) carries every one of the grammemes. */
export const knownGram = (...grammemes: string[]): Predicate =>
  formTest(
    grammemes.length === 1
      ? (word) => word.knownGrammemes.has(grammemes[0]!)
      : (word) => word.analyses.some((reading) => reading.known && grammemes.every((g) => reading.tags.includes(g))),
  );
/** Some reading has this part of speech. */
export const pos = (partOfSpeech: string): Predicate => formTest((word) => word.grammemes.has(partOfSpeech));
/** The word (or one of its lemmas) is in the set of folded forms. */
export const inSet = (set: ReadonlySet<string>): Predicate => formTest((word) => word.keys.some((key) => set.has(key)));
/** The exact text is one of these. */
export const text = (...texts: string[]): Predicate => formTest((word) => texts.includes(word.text), texts.map(shapeOf));
export const title: Predicate = formTest((word) => word.shape === 'title', ['title']);
export const upper: Predicate = formTest((word) => word.shape === 'upper', ['upper']);
export const capitalized: Predicate = formTest((word) => word.shape === 'title' || word.shape === 'upper' || word.shape === 'mixed', ['title', 'upper', 'mixed']);
export const lower: Predicate = formTest((word) => word.shape === 'lower', ['lower']);
export const latin: Predicate = formTest((word) => word.latin);
export const isWord: Predicate = formTest((word) => word.kind === 'word');
export const sentenceStart: Predicate = (word) => word.sentenceStart;
/** The dictionary knows the word (not a guess from its ending). */
export const known: Predicate = formTest((word) => word.analyses.some((reading) => reading.known));
/** The most probable reading satisfies the test. */
export const best = (test: (reading: WordAnalysis) => boolean): Predicate => formTest((word) => word.analyses.length > 0 && test(word.analyses[0]!));

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
 * Rules made ready for matching, built once: the rules each word form can start are found once per form (the
 * tests of a form are remembered with it, in slots fixed when the grammar is built).
 */
export interface Grammar {
  readonly rules: readonly Rule[];
  /** The rules, in their order, that a word may start. */
  readonly startingRules: (word: Word) => readonly Starter[];
}

/**
 * The grammar of these rules. The rules a form can start are those that may start at a word of its shape and whose
 * elements up to the first required one (any of which may take the first word) have a form part the form passes:
 * most words are lower-case and can start no rule, and a capitalised word a few of the fifty that start with a capital.
 */
export function grammar(rules: readonly Rule[]): Grammar {
  // The rules each shape may start, with their start form parts, listed once: a new form then runs through the few
  // rules of its shape in plain loops (a form is new at almost every other word of a text not seen before).
  const byShape = new Map<Shape, Starter[]>();
  for (const shape of SHAPES) byShape.set(shape, []);
  for (const [i, candidate] of rules.entries()) {
    const parts = startFormParts(candidate);
    const starter = { rule: candidate, parts, firstPassed: firstSettled(candidate, parts), key: String.fromCharCode(i) };
    for (const shape of startShapes(candidate)) byShape.get(shape)!.push(starter);
  }
  // The lists found, one object for every form that starts the same rules (rule 'shared starting rules'): a few hundred
  // lists serve every form, and the matcher, which reads a word's list at every word, finds them in the processor's cache.
  const lists = new Map<string, readonly Starter[]>();
  const startingRules = perFormValue((word) => {
    let found: Starter[] | undefined;
    let key = '';
    const starters = byShape.get(word.shape)!;
    for (let i = 0; i < starters.length; i++) {
      const starter = starters[i]!;
      if (starter.parts !== undefined && !passesAny(starter.parts, word)) continue;
      (found ??= []).push(starter);
      key += starter.key;
    }
    if (found === undefined) return NO_RULES;
    const shared = lists.get(key);
    if (shared !== undefined) return shared;
    if (lists.size < SHARED_LISTS_LIMIT) lists.set(key, found);
    return found;
  });
  return { rules, startingRules };
}

/** A rule a shape may start, and the form parts one of which a word of that shape must pass to start it (none: any word). */
export interface Starter {
  readonly rule: Rule;
  readonly parts: readonly Predicate[] | undefined;
  /**
   * A word that starts the rule passes its first element's test: a required test of the form alone, the one part asked
   * (rule 'first test settled'). The matcher neither asks it again nor has the element's repetitions ask it of the first word.
   */
  readonly firstPassed: boolean;
  /** The rule's number as one character, for the key of a list of starting rules to share. */
  readonly key: string;
}

/** Whether passing `parts` is passing the rule's first element's test, a required one of the form alone (see {@link Starter}). */
function firstSettled(candidate: Rule, parts: readonly Predicate[] | undefined): boolean {
  const first = candidate.elements[0];
  return first !== undefined && first.min > 0 && first.test.ofForm === true && parts?.length === 1 && parts[0] === first.test;
}

function passesAny(parts: readonly Predicate[], word: Word): boolean {
  for (let i = 0; i < parts.length; i++) if (parts[i]!(word)) return true;
  return false;
}

/**
 * The form parts of the elements of a rule that may take its first word: those up to the first required one (the
 * optional ones before it may take none). Undefined when one of them has no form part, as a word's place may then let it start.
 */
function startFormParts(candidate: Rule): readonly Predicate[] | undefined {
  const parts: Predicate[] = [];
  for (const element of candidate.elements) {
    if (element.test.formPart === undefined) return undefined;
    parts.push(element.test.formPart);
    if (element.min > 0) break;
  }
  return parts;
}

const NO_RULES: readonly Starter[] = [];
/** Lists of starting rules kept to share, at most (a list is a few rules: each form's own list beyond it). */
const SHARED_LISTS_LIMIT = 10_000;

/**
 * The longest match of any rule of the grammar starting at `start`; of two as long, the one that leaves fewer words to the
 * next match, then the earlier rule.
 * Each rule tries longer repetitions first and stops at the first match its check accepts.
 */
export function matchAt({ startingRules }: Grammar, words: readonly Word[], start: number): Match | null {
  let bestMatch: Match | null = null;
  const word = words[start];
  if (word === undefined) return null;
  const starters = startingRules(word);
  for (let i = 0; i < starters.length; i++) {
    const { rule: candidate, firstPassed } = starters[i]!;
    // Most rules that pass the form part fail on the first element's test of the place: no attempt is set up for them.
    const first = candidate.elements[0];
    const required = first !== undefined && first.min > 0;
    if (required && !firstPassed && !first.test(word)) continue;
    // The first word passed a required first element's test: its repetitions are counted from it on.
    const found = matchRule(candidate, words, start, required);
    if (found && (!bestMatch || found.words.length > bestMatch.words.length || (found.words.length === bestMatch.words.length && leftToNext(found) < leftToNext(bestMatch)))) {
      bestMatch = found;
    }
  }
  return bestMatch;
}

/**
 * The words at a match's end that it reads but leaves to the next match (role `next`: the owner after a body). Of two
 * matches of one length the one that takes more words itself wins (`Музей … имени Пушкина` over `Музей … имени | Пушкина`).
 */
function leftToNext(match: Match): number {
  let count = 0;
  while (count < match.roles.length && match.roles[match.roles.length - 1 - count] === 'next') count++;
  return count;
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
  /** The first word is known to pass the first element's test (asked before the attempt). */
  firstPassed: boolean;
}

const NO_WORDS: readonly Word[] = [];

/** One attempt object and roles array for all (a match copies what it keeps), as attempts run one at a time. */
const attempt: Attempt = { rule: { name: '', type: 'PER', elements: [] }, words: NO_WORDS, start: 0, roles: [], steps: 0, firstPassed: false };

function matchRule(candidate: Rule, words: readonly Word[], start: number, firstPassed: boolean): Match | null {
  attempt.rule = candidate;
  attempt.words = words;
  attempt.start = start;
  attempt.steps = 0;
  attempt.firstPassed = firstPassed;
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
    const match: Match = { rule: candidate, words: words.slice(start, position), roles: roles.slice(0, position - start), following: words[position], sentence: words, at: start };
    return !candidate.check || candidate.check(match) ? match : null;
  }
  const { test, min, max, role } = candidate.elements[element]!;
  let count = element === 0 && attempt.firstPassed ? 1 : 0;
  while (count < max && position + count < words.length && test(words[position + count]!)) count++;
  for (; count >= min; count--) {
    for (let i = 0; i < count; i++) roles[position - start + i] = role;
    const found = walk(attempt, element + 1, position + count);
    if (found) return found;
  }
  return null;
}
