/**
 * The tokenizer (src/segment/tokenize.ts, atoms.ts, special.ts, token-rules.ts).
 * Every expected value here is written by hand from the input text.
 */
import { describe, expect, it } from 'vitest';
import { explainTokens, tokenize, type TokenKind } from '../../src/index.js';
import { hasCorpora, readRazdelCases } from '../../src/eval/corpora.js';
import { evaluateTokenCases } from '../../src/eval/segmentation.js';
import { orderViolations, spanViolations } from '../support/invariants.js';

const texts = (text: string): string[] => tokenize(text).map((token) => token.text);
const kinds = (text: string): [string, TokenKind][] => tokenize(text).map((token) => [token.text, token.kind]);
/** The rule named for the boundary at `offset`, as `decision by rule`. */
const ruleAt = (text: string, offset: number): string | undefined => {
  const boundary = explainTokens(text).find((b) => b.offset === offset);
  return boundary && `${boundary.decision} by ${boundary.rule}`;
};

describe('rule special: web addresses, e-mails, hashtags and @handles are whole tokens', () => {
  it('keeps an URL with path and query as one url token and leaves the trailing comma out', () => {
    expect(kinds('Сайт https://sputnik.kz/news/2020?id=5, почта')).toEqual([
      ['Сайт', 'word'],
      ['https://sputnik.kz/news/2020?id=5', 'url'],
      [',', 'punctuation'],
      ['почта', 'word'],
    ]);
  });

  it('recognises a www. address without a scheme and leaves the final full stop out', () => {
    expect(kinds('Читайте на www.sputnik.kz.')).toEqual([
      ['Читайте', 'word'],
      ['на', 'word'],
      ['www.sputnik.kz', 'url'],
      ['.', 'punctuation'],
    ]);
  });

  it('leaves a closing bracket out of an address that opened none', () => {
    expect(texts('(см. https://ria.ru/news)')).toEqual(['(', 'см', '.', 'https://ria.ru/news', ')']);
  });

  it('keeps an e-mail address as one email token', () => {
    expect(kinds('Пишите: press@mfa.gov.az.')).toEqual([
      ['Пишите', 'word'],
      [':', 'punctuation'],
      ['press@mfa.gov.az', 'email'],
      ['.', 'punctuation'],
    ]);
  });

  it('keeps #hashtags and @handles whole, including underscores and digits', () => {
    expect(kinds('Следите за #Карабах2020 и @sputnik_kz!')).toEqual([
      ['Следите', 'word'],
      ['за', 'word'],
      ['#Карабах2020', 'hashtag'],
      ['и', 'word'],
      ['@sputnik_kz', 'mention'],
      ['!', 'punctuation'],
    ]);
  });

  it('does not take a number sign before digits for a hashtag', () => {
    expect(tokenize('#1').map((t) => t.kind)).not.toContain('hashtag');
  });

  it('names the special rule for the boundary after an address', () => {
    expect(ruleAt('www.sputnik.kz,', 14)).toBe('split by special');
  });
});

describe('rule glued: Cyrillic words glued by scraping are cut apart', () => {
  it('splits ВодневЧрезвычайный into Воднев and Чрезвычайный', () => {
    expect(tokenize('Владислав ВодневЧрезвычайный и полномочный')).toEqual([
      { start: 0, end: 9, text: 'Владислав', kind: 'word' },
      { start: 10, end: 16, text: 'Воднев', kind: 'word' },
      { start: 16, end: 28, text: 'Чрезвычайный', kind: 'word' },
      { start: 29, end: 30, text: 'и', kind: 'word' },
      { start: 31, end: 42, text: 'полномочный', kind: 'word' },
    ]);
    expect(ruleAt('ВодневЧрезвычайный', 6)).toBe('split by glued');
  });

  it('splits МинобороныАзербайджана at the capital', () => {
    expect(texts('МинобороныАзербайджана')).toEqual(['Минобороны', 'Азербайджана']);
  });

  it('keeps camel-cased names with short joints whole: ВикиНовости, КамАЗ, АвтоВАЗа', () => {
    expect(texts('ВикиНовости КамАЗ АвтоВАЗа')).toEqual(['ВикиНовости', 'КамАЗ', 'АвтоВАЗа']);
  });

  it('cuts at a capital five letters from either end of the run, Ё included, and not before an abbreviation', () => {
    expect(texts('приемМосквы переговорыМинск актёрскийЁлкин переговорыМВД')).toEqual([
      'прием',
      'Москвы',
      'переговоры',
      'Минск',
      'актёрский',
      'Ёлкин',
      'переговорыМВД',
    ]);
  });
});

describe('rule dash: hyphenated words and numbers stay whole', () => {
  it.each([
    ['что-то', 'word'],
    ['Нагорно-Карабахской', 'word'],
    ['НУР-СУЛТАН', 'word'],
    ['разведывательно-диверсионные', 'word'],
    ['А-а-а', 'word'],
    ['25-го', 'number'],
    ['2007-2008', 'number'],
  ] as const)('keeps %s as one %s token', (word, kind) => {
    expect(kinds(word)).toEqual([[word, kind]]);
  });

  it('keeps a word joined by a non-breaking hyphen whole: Во‑первых', () => {
    expect(texts('Во‑первых,')).toEqual(['Во‑первых', ',']);
  });

  it('splits a dash between spaces into its own token: слово - слово', () => {
    expect(kinds('слово - слово')).toEqual([
      ['слово', 'word'],
      ['-', 'punctuation'],
      ['слово', 'word'],
    ]);
  });

  it('splits a dash glued to the start of a reply: —Привет', () => {
    expect(texts('—Привет')).toEqual(['—', 'Привет']);
  });

  it('splits a hyphen left hanging at the end of a word: из-', () => {
    expect(texts('из- за')).toEqual(['из', '-', 'за']);
  });

  it('names the dash rule for both boundaries of что-то', () => {
    expect(explainTokens('что-то')).toEqual([
      { offset: 3, left: 'что', right: '-', decision: 'join', rule: 'dash' },
      { offset: 4, left: '-', right: 'то', decision: 'join', rule: 'dash' },
    ]);
  });
});

describe('rule underscore: snake_case names stay whole', () => {
  it('keeps snake_case_name and файл_2020 as one token each', () => {
    expect(texts('snake_case_name файл_2020')).toEqual(['snake_case_name', 'файл_2020']);
    expect(ruleAt('snake_case', 5)).toBe('join by underscore');
  });
});

describe('rule float: decimals and dates stay whole', () => {
  it('keeps 3,5 and 3.14 as one number each', () => {
    expect(kinds('3,5 3.14')).toEqual([
      ['3,5', 'number'],
      ['3.14', 'number'],
    ]);
  });

  it('keeps the date 20.09.2023 as one number', () => {
    expect(kinds('20.09.2023 08:50')).toEqual([
      ['20.09.2023', 'number'],
      ['08:50', 'number'],
    ]);
    expect(ruleAt('20.09.2023', 2)).toBe('join by float');
  });

  it('splits a comma followed by a space: 3, 5', () => {
    expect(texts('3, 5')).toEqual(['3', ',', '5']);
  });

  it('splits the full stop after a year at the end of a sentence', () => {
    expect(texts('в 2010.')).toEqual(['в', '2010', '.']);
  });
});

describe('rule fraction: numbers around a slash stay whole', () => {
  it('keeps 1/2 and 3\\4 as one number each', () => {
    expect(kinds('1/2 3\\4')).toEqual([
      ['1/2', 'number'],
      ['3\\4', 'number'],
    ]);
    expect(ruleAt('1/2', 1)).toBe('join by fraction');
  });

  it('splits a slash between words: км/ч', () => {
    expect(texts('км/ч')).toEqual(['км', '/', 'ч']);
  });
});

describe('rule time: clock times stay whole, scores do not', () => {
  it('keeps 08:50 and 12:49:53 as one number each', () => {
    expect(kinds('08:50 12:49:53')).toEqual([
      ['08:50', 'number'],
      ['12:49:53', 'number'],
    ]);
    expect(explainTokens('08:50').map((b) => `${b.left}|${b.right} ${b.decision} by ${b.rule}`)).toEqual([
      '08|: join by time',
      ':|50 join by time',
    ]);
  });

  it('splits a score 2:1, where the minutes are not two digits', () => {
    expect(texts('2:1')).toEqual(['2', ':', '1']);
    expect(explainTokens('2:1').every((b) => b.decision === 'split')).toBe(true);
  });
});

describe('rule punct: runs of punctuation stay whole', () => {
  it.each(['...', '?!', '!!!', '?..', '--'])('keeps %s as one punctuation token', (run) => {
    expect(kinds(`Да${run}`)).toEqual([
      ['Да', 'word'],
      [run, 'punctuation'],
    ]);
  });

  it('names the punct rule for ?!', () => {
    expect(ruleAt('Да?!', 3)).toBe('join by punct');
  });

  it('keeps the smileys :), =) and =))) whole', () => {
    expect(texts('Хорошо :) Ну =) Ладно =)))')).toEqual(['Хорошо', ':)', 'Ну', '=)', 'Ладно', '=)))']);
  });

  it('splits a smiley with a nose, as razdel does', () => {
    expect(texts('Ладно :-)))')).toEqual(['Ладно', ':', '-', ')', ')', ')']);
  });

  it('splits a comma before an opening quotation mark', () => {
    expect(texts('сказал,«да»')).toEqual(['сказал', ',', '«', 'да', '»']);
  });
});

describe('rule other: letters of other scripts and accents stay inside words', () => {
  it('keeps Дáшкова (precomposed á) as one word', () => {
    expect(kinds('Дáшкова')).toEqual([['Дáшкова', 'word']]);
  });

  it('keeps Дашко́ва (combining acute accent) as one word', () => {
    expect(kinds('Дашко\u0301ва')).toEqual([['Дашко\u0301ва', 'word']]);
  });

  it('keeps ΔP as one word', () => {
    expect(kinds('ΔP')).toEqual([['ΔP', 'word']]);
    expect(ruleAt('ΔP', 1)).toBe('join by other');
  });

  it('keeps Azerbaijani partnyorlarımız (dotless ı) as one word', () => {
    expect(kinds('Bizim partnyorlarımız')).toEqual([
      ['Bizim', 'word'],
      ['partnyorlarımız', 'word'],
    ]);
  });
});

describe('rule yahoo: the exclamation mark belongs to Yahoo!', () => {
  it('keeps Yahoo! whole but splits the ! after other words', () => {
    expect(texts('Yahoo! Ура!')).toEqual(['Yahoo!', 'Ура', '!']);
    expect(ruleAt('Yahoo!', 5)).toBe('join by yahoo');
  });
});

describe('initials, signs, dashes, quotation marks', () => {
  it('cuts initials into letters and full stops: А. С. Пушкин', () => {
    expect(texts('А. С. Пушкин')).toEqual(['А', '.', 'С', '.', 'Пушкин']);
  });

  it('makes № and % symbol tokens apart from their numbers', () => {
    expect(kinds('№5 и № 6 выросли на 5%')).toEqual([
      ['№', 'symbol'],
      ['5', 'number'],
      ['и', 'word'],
      ['№', 'symbol'],
      ['6', 'number'],
      ['выросли', 'word'],
      ['на', 'word'],
      ['5', 'number'],
      ['%', 'symbol'],
    ]);
  });

  it.each(['-', '‑', '–', '—', '−'])('makes the dash %s between spaced words its own punctuation token', (dash) => {
    expect(kinds(`Казахстан ${dash} наш`)).toEqual([
      ['Казахстан', 'word'],
      [dash, 'punctuation'],
      ['наш', 'word'],
    ]);
  });

  it.each([
    ['«', '»'],
    ['„', '“'],
    ['“', '”'],
    ['"', '"'],
    ["'", "'"],
  ])('makes the quotation marks %s…%s punctuation tokens of their own', (open, close) => {
    expect(kinds(`${open}Мы не хотели войны${close}.`)).toEqual([
      [open, 'punctuation'],
      ['Мы', 'word'],
      ['не', 'word'],
      ['хотели', 'word'],
      ['войны', 'word'],
      [close, 'punctuation'],
      ['.', 'punctuation'],
    ]);
  });

  it('keeps the ellipsis character … as one punctuation token', () => {
    expect(kinds('Ну…')).toEqual([
      ['Ну', 'word'],
      ['…', 'punctuation'],
    ]);
  });

  it('gives every token kind on one line', () => {
    expect(kinds('Посол 5 , $ http://a.kz b@c.kz #тег @ник')).toEqual([
      ['Посол', 'word'],
      ['5', 'number'],
      [',', 'punctuation'],
      ['$', 'symbol'],
      ['http://a.kz', 'url'],
      ['b@c.kz', 'email'],
      ['#тег', 'hashtag'],
      ['@ник', 'mention'],
    ]);
  });
});

describe('offsets', () => {
  const tricky = [
    'Привет 👍 мир!',
    'Флаг 🇷🇺 и 👨‍👩‍👧 семья.',
    'Строка\r\nДругая строка.\r\n\r\nТретья',
    '\u00a0Неразрывный\u00a0пробел\tи табуляция\u2028и разделитель строк.',
    '«Да», — сказал он… 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 20.09.2023 в 08:50, https://ria.ru/😀 #тег',
  ];

  it.each(tricky)('gives offsets with text.slice(start, end) === token.text in %j', (text) => {
    const tokens = tokenize(text);
    expect(spanViolations(text, tokens, 'token')).toEqual([]);
    expect(orderViolations(tokens, 'token')).toEqual([]);
    expect(tokens.filter((token) => /\s/u.test(token.text))).toEqual([]);
  });

  it.each(tricky)('covers every non-whitespace character of %j', (text) => {
    const covered = tokenize(text).map((token) => token.text).join('');
    expect(covered).toBe(text.replace(/\s+/gu, ''));
  });

  it('counts offsets in UTF-16 code units past an emoji', () => {
    expect(tokenize('👍 мир')).toEqual([
      { start: 0, end: 2, text: '👍', kind: 'symbol' },
      { start: 3, end: 6, text: 'мир', kind: 'word' },
    ]);
  });

  it('gives offsets past a CRLF line break', () => {
    expect(tokenize('Да.\r\nНет')).toEqual([
      { start: 0, end: 2, text: 'Да', kind: 'word' },
      { start: 2, end: 3, text: '.', kind: 'punctuation' },
      { start: 5, end: 8, text: 'Нет', kind: 'word' },
    ]);
  });

  it('splits at a NEL (U+0085) line break, which JavaScript does not count as whitespace', () => {
    expect(texts('Да.\u0085Нет')).toEqual(['Да', '.', 'Нет']);
  });
});

describe('empty input', () => {
  it.each(['', ' ', '\n\n', ' \t\r\n\u00a0\u2028 '])('returns no tokens for %j', (text) => {
    expect(tokenize(text)).toEqual([]);
    expect(explainTokens(text)).toEqual([]);
  });
});

describe('explainTokens', () => {
  it('lists only boundaries between touching atoms and names default when no rule decides', () => {
    expect(explainTokens('в 5%')).toEqual([{ offset: 3, left: '5', right: '%', decision: 'split', rule: 'default' }]);
  });

  it('names the rule of every boundary, looking past a delimiter and along the token built so far', () => {
    expect(explainTokens("e.g. 3,5% Blinken's")).toEqual([
      { offset: 1, left: 'e', right: '.', decision: 'join', rule: 'dotted' },
      { offset: 2, left: '.', right: 'g', decision: 'join', rule: 'dotted' },
      { offset: 3, left: 'g', right: '.', decision: 'join', rule: 'dotted' },
      { offset: 6, left: '3', right: ',', decision: 'join', rule: 'float' },
      { offset: 7, left: ',', right: '5', decision: 'join', rule: 'float' },
      { offset: 8, left: '5', right: '%', decision: 'split', rule: 'default' },
      { offset: 17, left: 'Blinken', right: "'", decision: 'split', rule: 'apostrophe' },
      { offset: 18, left: "'", right: 's', decision: 'join', rule: 'apostrophe' },
    ]);
    expect(texts("e.g. 3,5% Blinken's")).toEqual(['e.g.', '3,5', '%', 'Blinken', "'s"]);
  });
});

describe('a million touching marks (atoms are kept in typed arrays, not one object each)', () => {
  it('gives a million guillemets a token each, and a million stops one token', () => {
    const guillemets = tokenize('«'.repeat(1_000_000));
    expect(guillemets.length).toBe(1_000_000);
    expect(guillemets[999_999]).toEqual({ start: 999_999, end: 1_000_000, text: '«', kind: 'punctuation' });
    expect(tokenize('.'.repeat(1_000_000))).toEqual([{ start: 0, end: 1_000_000, text: '.'.repeat(1_000_000), kind: 'punctuation' }]);
  });

  it('explains every boundary of a long run of brackets', () => {
    const trace = explainTokens('('.repeat(100_000));
    expect(trace.length).toBe(99_999);
    expect(trace[99_998]).toEqual({ offset: 99_999, left: '(', right: '(', decision: 'split', rule: 'default' });
  });
});

describe.skipIf(!hasCorpora())('razdel development cases (needs ../shared/corpora)', () => {
  it('passes at least 99.5% of the razdel token cases', () => {
    const cases = readRazdelCases();
    expect(cases.length).toBeGreaterThan(100_000);
    const result = evaluateTokenCases(cases);
    const rate = result.passed / result.total;
    if (rate < 0.995) console.log(result.failures.slice(0, 30));
    expect(rate).toBeGreaterThanOrEqual(0.995);
  });
});
