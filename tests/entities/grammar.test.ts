/**
 * The grammar engine (src/entities/grammar.ts) on small hand-made word lists:
 * repetition bounds, the choice between rules, roles, checks and the step budget.
 * Every expected value is written by hand from the input words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology } from '../../src/morphology/morphology.js';
import { tokenize } from '../../src/segment/tokenize.js';
import { toWords, type Word } from '../../src/words/word.js';
import { and, best, capitalized, formTest, grammar, lower, matchAt, not, one, optional, or, repeat, rule, sentenceStart, text, title, upper, type Match, type Predicate } from '../../src/entities/grammar.js';

beforeAll(async () => {
  await loadMorphology();
});

const words = (input: string): Word[] => toWords(tokenize(input));
const matched = (match: Match | null): string[] | null => (match ? match.words.map((word) => word.text) : null);
const anything: Predicate = () => true;

describe('one: exactly one word', () => {
  const single = rule('one title', 'LOC', [one(title)]);

  it('takes one capitalised word and no more', () => {
    expect(matched(matchAt(grammar([single]), words('Москва Тверь Псков'), 0))).toEqual(['Москва']);
  });

  it('finds nothing where the word does not pass', () => {
    expect(matchAt(grammar([single]), words('Москва и Тверь'), 1)).toBeNull();
  });

  it('finds nothing past the end of the words', () => {
    const pair = rule('two titles', 'LOC', [one(title), one(title)]);
    expect(matchAt(grammar([pair]), words('и Москва'), 1)).toBeNull();
  });
});

describe('optional: zero or one word', () => {
  const name = rule('first middle? last', 'PER', [one(text('Иван')), optional(text('Петрович')), one(text('Сидоров'))]);

  it('takes the optional word when it is there', () => {
    expect(matched(matchAt(grammar([name]), words('Иван Петрович Сидоров'), 0))).toEqual(['Иван', 'Петрович', 'Сидоров']);
  });

  it('does without it when it is absent', () => {
    expect(matched(matchAt(grammar([name]), words('Иван Сидоров пришёл'), 0))).toEqual(['Иван', 'Сидоров']);
  });

  it('never takes it twice', () => {
    expect(matchAt(grammar([name]), words('Иван Петрович Петрович Сидоров'), 0)).toBeNull();
  });

  it('does not count an empty match as a match', () => {
    const nothingNeeded = rule('optional only', 'ORG', [optional(text('ООН'))]);
    expect(matchAt(grammar([nothingNeeded]), words('в Женеве'), 0)).toBeNull();
  });
});

describe('repeat: between min and max words', () => {
  const run = rule('two to three titles', 'LOC', [repeat(title, 2, 3)]);

  it('takes at most max words of a longer run', () => {
    expect(matched(matchAt(grammar([run]), words('Один Два Три Четыре'), 0))).toEqual(['Один', 'Два', 'Три']);
  });

  it('takes a run between min and max whole', () => {
    expect(matched(matchAt(grammar([run]), words('Один Два и три'), 0))).toEqual(['Один', 'Два']);
  });

  it('finds nothing when the run is shorter than min', () => {
    expect(matchAt(grammar([run]), words('Один и Два'), 0)).toBeNull();
  });

  it('gives words back to the next element when it needs them', () => {
    const thenSurname = rule('titles then Сидорова', 'PER', [repeat(title, 1, 3), one(text('Сидорова'))]);
    expect(matched(matchAt(grammar([thenSurname]), words('Анна Мария Сидорова пришла'), 0))).toEqual(['Анна', 'Мария', 'Сидорова']);
  });
});

describe('matchAt: the choice between rules', () => {
  const short = rule('one title', 'LOC', [one(title)]);
  const long = rule('up to three titles', 'ORG', [repeat(title, 1, 3)]);

  it('prefers the longest match whichever rule comes first', () => {
    const input = words('Банк Развития Казахстана объявил');
    expect(matchAt(grammar([short, long]), input, 0)?.rule).toBe(long);
    expect(matchAt(grammar([long, short]), input, 0)?.rule).toBe(long);
    expect(matched(matchAt(grammar([short, long]), input, 0))).toEqual(['Банк', 'Развития', 'Казахстана']);
  });

  it('gives a tie to the earlier rule', () => {
    const asPlace = rule('title as place', 'LOC', [one(title)]);
    const asOrganisation = rule('capital as organisation', 'ORG', [one(capitalized)]);
    const input = words('Москва сказала');
    expect(matchAt(grammar([asPlace, asOrganisation]), input, 0)?.rule).toBe(asPlace);
    expect(matchAt(grammar([asOrganisation, asPlace]), input, 0)?.rule).toBe(asOrganisation);
  });

  it('of two matches as long, prefers the one that leaves fewer words to the next match', () => {
    const bodyOfOwner = rule('body, owner next', 'ORG', [one(title), one(lower), one(title, 'next')]);
    const wholeName = rule('body with its honoree', 'ORG', [one(title), repeat(or(lower, title), 1, 2)]);
    const input = words('Музей имени Пушкина открылся');
    expect(matchAt(grammar([bodyOfOwner, wholeName]), input, 0)?.rule).toBe(wholeName);
    expect(matchAt(grammar([wholeName, bodyOfOwner]), input, 0)?.rule).toBe(wholeName);
  });

  it('matches from the given start, not from the beginning', () => {
    expect(matched(matchAt(grammar([short]), words('вчера Тверь и Псков'), 1))).toEqual(['Тверь']);
  });
});

describe('roles: recorded for each matched word', () => {
  it('gives each word the role of the element that took it, none for an element without a role', () => {
    const initials = rule('I. last', 'PER', [one(title, 'first'), one(text('.')), one(title, 'last')]);
    const match = matchAt(grammar([initials]), words('А. Пушкин'), 0);
    expect(matched(match)).toEqual(['А', '.', 'Пушкин']);
    expect(match?.roles).toEqual(['first', undefined, 'last']);
  });

  it('records the roles of the repetition actually kept after giving words back', () => {
    const names = rule('names then last', 'PER', [repeat(title, 1, 3, 'name'), one(title, 'last')]);
    const match = matchAt(grammar([names]), words('Анна Мария Сидорова пришла'), 0);
    expect(match?.roles).toEqual(['name', 'name', 'last']);
  });
});

describe('check: a rule may refuse a match', () => {
  it('returns nothing when the check refuses every match', () => {
    const refused = rule('refused', 'LOC', [one(title)], () => false);
    expect(matchAt(grammar([refused]), words('Москва'), 0)).toBeNull();
  });

  it('falls back to a shorter repetition the check accepts', () => {
    const pairsOnly = rule('two words only', 'ORG', [repeat(title, 1, 3)], (match) => match.words.length === 2);
    expect(matched(matchAt(grammar([pairsOnly]), words('Один Два Три'), 0))).toEqual(['Один', 'Два']);
  });

  it('lets another rule win when one rule is refused', () => {
    const refusedLong = rule('refused long', 'ORG', [repeat(title, 2, 3)], () => false);
    const single = rule('single', 'LOC', [one(title)]);
    const match = matchAt(grammar([refusedLong, single]), words('Москва Тверь'), 0);
    expect(match?.rule).toBe(single);
    expect(matched(match)).toEqual(['Москва']);
  });

  it('sees the words and roles of the candidate match', () => {
    const seen: string[][] = [];
    const spy = rule('spy', 'PER', [one(title, 'first'), one(title, 'last')], (match) => {
      seen.push([...match.words.map((word) => word.text), ...match.roles.map(String)]);
      return true;
    });
    matchAt(grammar([spy]), words('Пётр Иванов'), 0);
    expect(seen).toEqual([['Пётр', 'Иванов', 'first', 'last']]);
  });
});

describe('shapes: a rule is tried only at words its first elements can accept', () => {
  it('knows the shapes of the word tests and of their combinations', () => {
    expect([...title.shapes!]).toEqual(['title']);
    expect([...and(capitalized, not(upper)).shapes!].sort()).toEqual(['mixed', 'title', 'upper']);
    expect([...and(lower, capitalized).shapes!]).toEqual([]);
    expect([...text('в', 'В', '«').shapes!].sort()).toEqual(['lower', 'none', 'title']);
    expect(or(title, anything).shapes).toBeUndefined();
    expect(not(title).shapes).toBeUndefined();
  });

  it('still matches from an optional lower-case word before a capitalised one', () => {
    const body = rule('adjective? Name', 'ORG', [optional(lower), one(title)]);
    expect(matched(matchAt(grammar([body]), words('российский Газпром'), 0))).toEqual(['российский', 'Газпром']);
    expect(matched(matchAt(grammar([body]), words('Газпром и'), 0))).toEqual(['Газпром']);
  });

  it('tries a rule whose first test has no shape at any word', () => {
    const any = rule('any word', 'ORG', [one((word) => word.text.length === 2)]);
    expect(matched(matchAt(grammar([any]), words('по делу'), 0))).toEqual(['по']);
    expect(matched(matchAt(grammar([any]), words('ФК Ростов'), 0))).toEqual(['ФК']);
  });

  it('keeps the earlier of two rules on a tie, whatever their shapes', () => {
    const first = rule('any', 'LOC', [one(anything)]);
    const second = rule('title', 'ORG', [one(title)]);
    expect(matchAt(grammar([first, second]), words('Москва'), 0)!.rule.name).toBe('any');
    expect(matchAt(grammar([second, first]), words('Москва'), 0)!.rule.name).toBe('title');
  });
});

describe('tests of the form alone: answered once per form', () => {
  it('asks a combined test of the form once for all tokens of that form, and a test of the place at each token', () => {
    let formAsked = 0;
    const isNoun = best((reading) => {
      formAsked++;
      return reading.pos === 'NOUN';
    });
    const notFirst: Predicate = (word) => !word.sentenceStart;
    const noun = rule('capitalised noun, not first', 'LOC', [one(and(title, isNoun, notFirst))]);
    const run = words('Тверь Тверь Тверь');
    expect(run.map((_, start) => matched(matchAt(grammar([noun]), run, start)))).toEqual([null, ['Тверь'], ['Тверь']]);
    // The first token is the sentence's first: the place's test is asked again at each token.
    expect(formAsked).toBe(1);
  });

  it('keeps a test of the place a test of the place inside and, or and not', () => {
    expect(and(title, sentenceStart).ofForm).toBe(false);
    expect(or(title, sentenceStart).ofForm).toBe(false);
    expect(not(sentenceStart).ofForm).toBe(false);
    expect(and(title, not(upper)).ofForm).toBe(true);
  });
});

describe('form parts: the rules a form can start, found once per form', () => {
  it('asks the form tests of the first element of a rule once per form, and never tries the rule at a form that fails them', () => {
    let formAsked = 0;
    let placeAsked = 0;
    const isTver = formTest((word) => {
      formAsked++;
      return word.text === 'Тверь';
    });
    const notFirst: Predicate = (word) => {
      placeAsked++;
      return !word.sentenceStart;
    };
    const tver = grammar([rule('Тверь, not first', 'LOC', [one(and(isTver, notFirst))])]);
    const run = words('Москва Москва Москва Москва');
    expect(run.map((_, start) => matchAt(tver, run, start))).toEqual([null, null, null, null]);
    // One form, asked once; its place never.
    expect(formAsked).toBe(1);
    expect(placeAsked).toBe(0);
    const other = words('и Тверь');
    expect(matched(matchAt(tver, other, 1))).toEqual(['Тверь']);
  });

  it('gives a conjunction the form parts of its tests of the place as well as its own form tests', () => {
    const notFirst: Predicate = (word) => !word.sentenceStart;
    const outer = and(title, and(text('Тверь'), notFirst));
    const [moscow, tver] = words('Москва Тверь');
    expect(outer.formPart!(moscow!)).toBe(false);
    expect(outer.formPart!(tver!)).toBe(true);
  });

  it('keeps a rule whose first test may pass on the place alone', () => {
    // `or` with a test of the place has no form part: `Москва` fails `text('Тверь')` but passes `notFirst`.
    const notFirst: Predicate = (word) => !word.sentenceStart;
    const either = rule('Тверь or not first', 'LOC', [one(or(text('Тверь'), notFirst))]);
    const run = words('и Москва');
    expect(matched(matchAt(grammar([either]), run, 1))).toEqual(['Москва']);
    expect(or(text('Тверь'), notFirst).formPart).toBeUndefined();
    expect(not(text('Тверь')).formPart).toBeDefined();
    expect(not(notFirst).formPart).toBeUndefined();
  });
});

describe('step budget: a pathological rule cannot blow up', () => {
  it('returns on a long capitalised run with six nested repetitions that never match', () => {
    const pathological = rule('pathological', 'ORG', [
      repeat(anything, 0, 8), repeat(anything, 0, 8), repeat(anything, 0, 8),
      repeat(anything, 0, 8), repeat(anything, 0, 8), repeat(anything, 0, 8),
      one(() => false),
    ]);
    const run = words(Array.from({ length: 60 }, (_, i) => `Слово${'а'.repeat(i % 5)}`).join(' '));
    expect(run).toHaveLength(60);
    const results = run.map((_, start) => matchAt(grammar([pathological]), run, start));
    expect(results.every((result) => result === null)).toBe(true);
  });
});
