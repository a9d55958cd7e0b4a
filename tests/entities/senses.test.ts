/**
 * Place senses (src/entities/senses.ts): each place mention reads `text:sense`, in text order, where the sense says
 * whether the place is named as a territory or stands for its state, government or people (factRuEval's LocOrg).
 * Every expected value is written by hand from the Russian text.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

async function senses(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.entities
    .flatMap((entity) => entity.mentions)
    .filter((mention) => mention.type === 'LOC')
    .sort((a, b) => a.start - b.start)
    .map((mention) => `${mention.text}:${mention.sense}`);
}

const cases: Record<string, (readonly [string, readonly string[]])[]> = {
  'a state, region or city that acts, holds a post or is a party is a polity': [
    ['Россия ответила на новые санкции.', ['Россия:polity']],
    ['Посол Франции встретился с губернатором Кемеровской области.', ['Франции:polity', 'Кемеровской области:polity']],
    ['Иран ведет переговоры с Россией о поставках топлива.', ['Иран:polity', 'Россией:polity']],
    ['Мэр Лондона поддержал решение правительства Великобритании.', ['Лондона:polity', 'Великобритании:polity']],
    ['Отношения между Украиной и Турцией улучшились.', ['Украиной:polity', 'Турцией:polity']],
  ],
  "rule 'spatial preposition'": [
    ['В России выросли цены на бензин.', ['России:territory']],
    ['Делегация прилетела из Пекина в Москву.', ['Пекина:territory', 'Москву:territory']],
    ['Дожди прошли по всей Чечне.', ['Чечне:territory']],
    ['Автомобиль выпускали на Украине до 2010 года.', ['Украине:territory']],
    ['Полицейские патрулируют улицы около Вашингтона.', ['Вашингтона:territory']],
  ],
  "rule 'host state'": [
    ['Посол Японии в России Масахару Коно вручил верительные грамоты.', ['Японии:polity', 'России:polity']],
    ['Посольство в Германии возглавит бывший министр.', ['Германии:polity']],
    ['Посол Японии прибыл в Москву.', ['Японии:polity', 'Москву:territory']],
    ['Представитель Microsoft в России не ответил на запрос.', ['России:territory']],
  ],
  "rule 'territory noun'": [
    ['Завод построят на территории Казахстана.', ['Казахстана:territory']],
    ['На улицы Лондона вышли тысячи людей.', ['Лондона:territory']],
    ['Граница Польши закрыта для грузовиков.', ['Польши:territory']],
  ],
  "rule 'coordinated place'": [
    ['Беспорядки прошли в Ливерпуле, Манчестере и Бристоле.', ['Ливерпуле:territory', 'Манчестере:territory', 'Бристоле:territory']],
    ['Машину показали на выставке в Детройте (США).', ['Детройте:territory', 'США:territory']],
    ['Соглашение подписали Казахстан и Узбекистан.', ['Казахстан:polity', 'Узбекистан:polity']],
  ],
  "rule 'ungoverned place'": [
    ['Европа огорчила правозащитников.', ['Европа:territory']],
    ['Морозы ударили по Сибири, а Байкал замерз.', ['Сибири:territory', 'Байкал:territory']],
  ],
  "rule 'dateline'": [
    ['МОСКВА, 5 марта. Правительство утвердило бюджет.', ['МОСКВА:territory']],
  ],
  'one place named both ways in one sentence': [
    ['В Германии считают, что Германия должна ответить.', ['Германии:territory', 'Германия:polity']],
  ],
};

describe('place senses', () => {
  for (const [rule, rows] of Object.entries(cases)) {
    describe(rule, () => {
      for (const [text, expected] of rows) it(text, async () => expect(await senses(text)).toEqual(expected));
    });
  }

  describe("rule 'body of a place'", () => {
    const bodies = async (text: string): Promise<string[]> =>
      (await analyze(text)).entities
        .flatMap((entity) => entity.mentions)
        .filter((mention) => mention.body !== undefined)
        .sort((a, b) => a.start - b.start)
        .map((mention) => `${mention.body!.text} → ${mention.body!.normal}`);

    it('a body named by its noun and the place in the genitive, in the nominative', async () => {
      expect(await bodies('Правительство США одобрило закон, а власти Москвы его раскритиковали.')).toEqual([
        'Правительство США → Правительство США',
        'власти Москвы → власти Москвы',
      ]);
      expect(await bodies('Поздравления сборной Бразилии прислала мэрия Парижа.')).toEqual(['сборной Бразилии → сборная Бразилии', 'мэрия Парижа → мэрия Парижа']);
      expect(await bodies('Письмо направили в посольство Франции и руководству Грузии.')).toEqual([
        'посольство Франции → посольство Франции',
        'руководству Грузии → руководство Грузии',
      ]);
    });

    it('the span is the words of the text, and the place keeps its sense', async () => {
      const text = 'Переговоры с правительством Японии продолжатся.';
      const place = (await analyze(text)).entities.flatMap((entity) => entity.mentions).find((mention) => mention.text === 'Японии')!;
      expect(place.sense).toBe('polity');
      expect(place.body).toEqual({ start: 13, end: 34, text: 'правительством Японии', normal: 'правительство Японии' });
      expect(text.slice(place.body!.start, place.body!.end)).toBe(place.body!.text);
    });

    it('no body for a noun that is no body of a place, or for a place as a territory', async () => {
      expect(await bodies('Жители Москвы и гости столицы России встретили праздник на улицах Лондона.')).toEqual([]);
      expect(await bodies('Суд Москвы арестовал бизнесмена.')).toEqual([]);
    });
  });

  it('people and organisations have no sense', async () => {
    const doc = await analyze('Министр иностранных дел России Сергей Лавров прибыл в ООН.');
    const others = doc.entities.flatMap((entity) => entity.mentions).filter((mention) => mention.type !== 'LOC');
    expect(others.length).toBeGreaterThan(0);
    for (const mention of others) expect(mention).not.toHaveProperty('sense');
  });
});
