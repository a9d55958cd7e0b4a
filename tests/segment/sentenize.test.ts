/**
 * The sentence splitter (src/segment/sentenize.ts, sentence-rules.ts, paragraphs.ts,
 * data/segment/abbreviations.json). Every expected value here is written by hand from the input text.
 */
import { describe, expect, it } from 'vitest';
import { sentenize } from '../../src/index.js';
import { hasCorpora, readFactRu } from '../../src/eval/corpora.js';
import { evaluateSegmentation } from '../../src/eval/segmentation.js';
import { orderViolations, spanViolations } from '../support/invariants.js';

const texts = (text: string): string[] => sentenize(text).map((sentence) => sentence.text);

describe('rule bullet: a list bullet opens a sentence', () => {
  it('starts a new sentence at each bullet inside a line', () => {
    expect(texts('Главное за день • Россия победила • Китай проиграл')).toEqual([
      'Главное за день',
      '• Россия победила',
      '• Китай проиграл',
    ]);
  });

  it('makes no empty sentence when a line starts with a bullet', () => {
    expect(texts('• Россия.\n• Китай.')).toEqual(['• Россия.', '• Китай.']);
  });
});

describe('rule colon-quote: a colon ends a sentence only before a quotation that starts with a capital', () => {
  it('splits before «Мы…»', () => {
    expect(texts('Он заявил: «Мы не боимся». Потом ушёл.')).toEqual(['Он заявил:', '«Мы не боимся».', 'Потом ушёл.']);
  });

  it('splits before a straight-quoted "Да…"', () => {
    expect(texts('Он сказал: "Да, конечно".')).toEqual(['Он сказал:', '"Да, конечно".']);
  });

  it('counts a quotation closed after its final stop as closed', () => {
    expect(texts('«Привет.» Он сказал: «Да».')).toEqual(['«Привет.»', 'Он сказал:', '«Да».']);
  });

  it('does not split before a word that is not quoted', () => {
    expect(texts('Он заявил: Мы не боимся.')).toEqual(['Он заявил: Мы не боимся.']);
    expect(texts('Мы нуждаемся в помощи Казахстана: посол Азербайджана выступил с заявлением')).toEqual([
      'Мы нуждаемся в помощи Казахстана: посол Азербайджана выступил с заявлением',
    ]);
  });

  it('does not split before a quotation that starts with a lower-case word', () => {
    expect(texts('Он заявил: «мы не боимся».')).toEqual(['Он заявил: «мы не боимся».']);
  });

  it('does not split at a colon inside a quotation', () => {
    expect(texts('«Люди говорят: “Нам надоело”», — сказал он.')).toEqual(['«Люди говорят: “Нам надоело”», — сказал он.']);
  });
});

describe('rule glued: no space after the stop, no boundary', () => {
  it('keeps Sputnik.Kz inside its sentence', () => {
    expect(texts('Компания Sputnik.Kz выросла.')).toEqual(['Компания Sputnik.Kz выросла.']);
  });

  it('splits two Russian sentences glued by scraping', () => {
    expect(texts('Обстреляли пункты в Армении.Есть жертвы.')).toEqual(['Обстреляли пункты в Армении.', 'Есть жертвы.']);
  });

  it('still keeps a glued abbreviation with the name after it', () => {
    expect(texts('Он живёт на ул.Ленина в г.Москва.')).toEqual(['Он живёт на ул.Ленина в г.Москва.']);
  });
});

describe('rule lower: a lower-case word goes on with the same sentence', () => {
  it('does not split before a lower-case word after ? or …', () => {
    expect(texts('Что это? спросил он тихо.')).toEqual(['Что это? спросил он тихо.']);
    expect(texts('Он ушёл… и вернулся.')).toEqual(['Он ушёл… и вернулся.']);
  });
});

describe('rule continuing-punctuation: a comma, semicolon or bracket goes on with the sentence', () => {
  it('does not split before a comma after a quoted exclamation', () => {
    expect(texts('Ответ был «Нет!» , и он ушёл.')).toEqual(['Ответ был «Нет!» , и он ушёл.']);
  });

  it('does not split before a semicolon after an ellipsis', () => {
    expect(texts('Да… ; Нет.')).toEqual(['Да… ; Нет.']);
  });

  it('keeps «Куда?», — спросил он. together', () => {
    expect(texts('«Куда?», — спросил он.')).toEqual(['«Куда?», — спросил он.']);
  });
});

describe('rule attribution-dash: a dash and a lower-case word attribute the quote before', () => {
  it.each(['-', '–', '—'])('keeps «Кто там?» %s спросил он. as one sentence', (dash) => {
    expect(texts(`«Кто там?» ${dash} спросил он. Никто не ответил.`)).toEqual([`«Кто там?» ${dash} спросил он.`, 'Никто не ответил.']);
  });

  it('keeps a straight-quoted exclamation with its attribution', () => {
    expect(texts('"Мы не хотели войны!", - заявил посол. Есть жертвы.')).toEqual([
      '"Мы не хотели войны!", - заявил посол.',
      'Есть жертвы.',
    ]);
  });

  it('keeps the example of the model: «…», — заявил посол.', () => {
    expect(texts('«Мы не хотели войны», — заявил посол. Есть жертвы.')).toEqual(['«Мы не хотели войны», — заявил посол.', 'Есть жертвы.']);
  });

  it('splits before a dash followed by a capital: a new line of dialogue', () => {
    expect(texts('«Кто там?» — Он не ответил.')).toEqual(['«Кто там?»', '— Он не ответил.']);
  });
});

describe('rule abbreviation', () => {
  it('inner: does not split after ул. or проф. before a name', () => {
    expect(texts('Он живёт на ул. Ленина в Москве.')).toEqual(['Он живёт на ул. Ленина в Москве.']);
    expect(texts('Доклад прочёл проф. Иванов. Зал аплодировал.')).toEqual(['Доклад прочёл проф. Иванов.', 'Зал аплодировал.']);
  });

  it('unit: splits after a number and г. when a capitalised sentence follows', () => {
    expect(texts('Это случилось в 2010 г. Он уехал.')).toEqual(['Это случилось в 2010 г.', 'Он уехал.']);
  });

  it('unit: does not split after г. before a name when no number precedes it', () => {
    expect(texts('Он приехал в г. Москва вчера.')).toEqual(['Он приехал в г. Москва вчера.']);
  });

  it('unit: does not split after a number and г. when a number follows', () => {
    expect(texts('В 2010 г. 5 мая он уехал.')).toEqual(['В 2010 г. 5 мая он уехал.']);
  });

  it('final: splits after и т. д. before a capital', () => {
    expect(texts('Привезли яблоки, груши и т. д. Потом пришли гости.')).toEqual(['Привезли яблоки, груши и т. д.', 'Потом пришли гости.']);
  });

  it('final: does not split inside и т. д. и т. п., and splits after it', () => {
    expect(texts('Привезли яблоки и т. д. и т. п. Потом пришли гости.')).toEqual(['Привезли яблоки и т. д. и т. п.', 'Потом пришли гости.']);
  });

  it('final: splits after и др. before a capital', () => {
    expect(texts('Пришли Иванов, Петров и др. Потом начали.')).toEqual(['Пришли Иванов, Петров и др.', 'Потом начали.']);
  });
});

describe('rule initial: a capital letter and a stop are an initial', () => {
  it('does not split inside А. С. Пушкин', () => {
    expect(texts('Памятник А. С. Пушкину открыли в Москве.')).toEqual(['Памятник А. С. Пушкину открыли в Москве.']);
  });

  it('does not split after Дж.', () => {
    expect(texts('Прилетел Дж. Буш. Его встретили.')).toEqual(['Прилетел Дж. Буш.', 'Его встретили.']);
  });

  it('splits after a capital letter that is a unit after a number: 10 G. Из-за', () => {
    expect(texts('Перегрузка достигала 10 G. Из-за этого пилот потерял сознание.')).toEqual([
      'Перегрузка достигала 10 G.',
      'Из-за этого пилот потерял сознание.',
    ]);
  });

  it('does not split after a year and г. when initials follow: 2010 г. А. С. Иванов', () => {
    expect(texts('В 2010 г. А. С. Иванов переехал в г. Москву. «Зачем?» — спросил он.')).toEqual([
      'В 2010 г. А. С. Иванов переехал в г. Москву.',
      '«Зачем?» — спросил он.',
    ]);
  });
});

describe('rule list-item: a number opening a line is a list item', () => {
  it('does not split after 1. or II. at the start of a line', () => {
    expect(texts('1. Первый пункт.\n2. Второй пункт.\nII. Итоги года.')).toEqual(['1. Первый пункт.', '2. Второй пункт.', 'II. Итоги года.']);
  });

  it('splits after a number that ends a sentence mid-line', () => {
    expect(texts('Счёт стал 2. Игра закончилась.')).toEqual(['Счёт стал 2.', 'Игра закончилась.']);
  });
});

describe('line breaks', () => {
  it('always end a sentence, even without final punctuation', () => {
    expect(texts('Он сказал, что\nвсё хорошо.')).toEqual(['Он сказал, что', 'всё хорошо.']);
  });

  it('end a sentence after an abbreviation that would otherwise join', () => {
    expect(texts('Он живёт на ул.\nЛенина.')).toEqual(['Он живёт на ул.', 'Ленина.']);
  });

  it.each([
    ['CRLF', 'Раз\r\nДва'],
    ['CR', 'Раз\rДва'],
    ['LINE SEPARATOR', 'Раз\u2028Два'],
    ['PARAGRAPH SEPARATOR', 'Раз\u2029Два'],
  ])('end a sentence at %s', (_, text) => {
    expect(texts(text)).toEqual(['Раз', 'Два']);
  });

  it('make a headline without final punctuation a sentence of its own', () => {
    expect(texts('Посол выступил с заявлением\n\nДипломат заявил, что всё хорошо. Есть жертвы.')).toEqual([
      'Посол выступил с заявлением',
      'Дипломат заявил, что всё хорошо.',
      'Есть жертвы.',
    ]);
  });
});

describe('final punctuation', () => {
  it('ends a sentence at ?!, ?.., … and ...', () => {
    expect(texts('Неужели?! Да. Что?.. Ничего. Он задумался… Потом ушёл. Он молчал... Потом заговорил.')).toEqual([
      'Неужели?!',
      'Да.',
      'Что?..',
      'Ничего.',
      'Он задумался…',
      'Потом ушёл.',
      'Он молчал...',
      'Потом заговорил.',
    ]);
  });

  it('gives a closing quote or bracket after the stop to the first sentence', () => {
    expect(texts('Он сказал «да». Потом ушёл.')).toEqual(['Он сказал «да».', 'Потом ушёл.']);
    expect(texts('«Мы победим.» Потом все ушли.')).toEqual(['«Мы победим.»', 'Потом все ушли.']);
    expect(texts('"Мы победим!" Все ушли.')).toEqual(['"Мы победим!"', 'Все ушли.']);
    expect(texts('(Это важно.) Дальше.')).toEqual(['(Это важно.)', 'Дальше.']);
  });
});

describe('offsets and trimming', () => {
  it('trims sentences and gives their offsets into the text', () => {
    expect(sentenize('  Раз.   Два.  ')).toEqual([
      { start: 2, end: 6, text: 'Раз.' },
      { start: 9, end: 13, text: 'Два.' },
    ]);
  });

  it.each([
    'Привет 👍 мир! Это 🇷🇺 флаг.\r\nДа.',
    '\u00a0Неразрывный пробел.\tТабуляция… Конец',
    '«Да», — сказал он. 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 тоже. https://ria.ru/a. Всё.',
  ])('keeps text.slice(start, end) === sentence.text, sorted and apart, in %j', (text) => {
    const sentences = sentenize(text);
    expect(sentences.length).toBeGreaterThan(1);
    expect(spanViolations(text, sentences, 'sentence')).toEqual([]);
    expect(orderViolations(sentences, 'sentence')).toEqual([]);
  });

  it.each(['', ' ', '\n\n', ' \t\r\n\u00a0 '])('returns no sentences for %j', (text) => {
    expect(sentenize(text)).toEqual([]);
  });
});

describe.skipIf(!hasCorpora())('factRuEval development sentences (needs ../shared/corpora)', () => {
  it('reaches sentence F1 ≥ 0.92 with quote attributions merged into their sentence', () => {
    const docs = readFactRu();
    expect(docs.length).toBeGreaterThan(100);
    const result = evaluateSegmentation(docs);
    if (result.sentencesMerged.f1 < 0.92) console.log(result.sentenceErrors.slice(0, 30));
    expect(result.sentencesMerged.f1).toBeGreaterThanOrEqual(0.92);
  });
});
