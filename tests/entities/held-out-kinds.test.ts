/**
 * Kinds of entity error seen on news from outside the development set, on sentences written for this file: each
 * expected value is written by hand from the Russian text (type, span as in the text, normal form).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { shown } from '../support/mentions.js';

describe('a surname at the start of a sentence', () => {
  it('is a person when it says something, though a town bears the name: Королёв заявил', async () => {
    expect(await shown('Королёв заявил, что не будет участвовать в выборах.')).toEqual(['PER Королёв → Королёв']);
  });

  it('is a person when its common reading is an oblique plural of a title: Королев (of королева) подчеркнул', async () => {
    expect(await shown('Королев подчеркнул, что проект будет завершен в срок.')).toEqual(['PER Королев → Королев']);
  });

  it('stays the town when the verb is no speech verb: Королёв стал наукоградом', async () => {
    expect(await shown('Королёв стал наукоградом.')).toEqual(['LOC Королёв → Королёв']);
  });

  it('leaves a capital that speaks for its state a place: Киев заявил', async () => {
    expect(await shown('Киев заявил о готовности к переговорам.')).toEqual(['LOC Киев → Киев']);
  });
});

describe('a company at the start of a sentence', () => {
  it('is the company when its name, a thing\'s noun, is the subject of a transitive verb: Сбербанк, Аэрофлот', async () => {
    expect(await shown('Сбербанк повысил ставки по вкладам.')).toEqual(['ORG Сбербанк → Сбербанк']);
    expect(await shown('Аэрофлот отменил рейсы в Египет.')).toEqual(['ORG Аэрофлот → Аэрофлот', 'LOC Египет → Египет']);
  });

  it('is no organisation when the thing does something to itself alone: Дождь шел, Трактор перевернулся', async () => {
    expect(await shown('Дождь шел весь день.')).toEqual([]);
    expect(await shown('Трактор перевернулся на трассе.')).toEqual([]);
  });

  it('is no organisation when the noun is a person\'s: Экономист заявил', async () => {
    expect(await shown('Экономист заявил о кризисе.')).toEqual([]);
  });
});

describe('a name written with a dot', () => {
  it('keeps a company\'s service in one sentence and one organisation: Яндекс.Деньги', async () => {
    const text = 'Сервис Яндекс.Деньги запустил новую функцию. Об этом сообщила компания.';
    const doc = await analyze(text);
    expect(doc.sentences.map((sentence) => sentence.text)).toEqual(['Сервис Яндекс.Деньги запустил новую функцию.', 'Об этом сообщила компания.']);
    expect(await shown(text)).toEqual(['ORG Яндекс.Деньги → Яндекс.Деньги']);
  });

  it('still cuts two sentences glued by scraping after a place: в Армении.Есть', async () => {
    const doc = await analyze('Взрыв прогремел в Армении.Есть пострадавшие.');
    expect(doc.sentences.map((sentence) => sentence.text)).toEqual(['Взрыв прогремел в Армении.', 'Есть пострадавшие.']);
  });
});

describe('normal forms of places and of clubs named after places', () => {
  it('puts a street\'s adjective the dictionary does not know in the nominative with its descriptor: Кривоколенный переулок', async () => {
    expect(await shown('Пожар произошел в Кривоколенном переулке.')).toEqual(['LOC Кривоколенном переулке → Кривоколенный переулок']);
  });

  it('keeps both adjectives of a street\'s name: Большой Козихинский переулок', async () => {
    expect(await shown('Авария случилась на Большом Козихинском переулке.')).toEqual(['LOC Большом Козихинском переулке → Большой Козихинский переулок']);
  });

  it('puts a club named after a city in quotes alone in the nominative: «Краснодару» → Краснодар', async () => {
    expect(await shown('Футболисты «Спартака» уступили «Краснодару».')).toEqual(['ORG Спартака → Спартак', 'ORG Краснодару → Краснодар']);
  });

  it('reads no preposition as a place\'s descriptor: с «Уралом» is the club, not the village abbreviated с.', async () => {
    expect(await shown('Контракт с «Уралом» продлен на год.')).toEqual(['ORG Уралом → Урал']);
  });
});

describe('organisations named with a place or by an abbreviation', () => {
  it('reads an outlet named with its country or region as one organisation, written as it stands: Спутник-Грузия, Новости-Крым', async () => {
    expect(await shown('По данным агентства Спутник-Грузия, в Тбилиси прошел митинг.')).toEqual(['ORG Спутник-Грузия → Спутник-Грузия', 'LOC Тбилиси → Тбилиси']);
    expect(await shown('Об этом сообщает РИА Новости-Крым.')).toEqual(['ORG РИА → РИА', 'ORG Новости-Крым → Новости-Крым']);
  });

  it('reads a company\'s branch named with its country as an organisation: Газпром-Армения', async () => {
    expect(await shown('Компания Газпром-Армения повысила цены.')).toEqual(['ORG Газпром-Армения → Газпром-Армения']);
  });

  it('leaves hyphenated places and names of people alone: Ханты-Мансийск, Жан-Клод', async () => {
    expect(await shown('Глава Еврокомиссии Жан-Клод Юнкер прибыл в Ханты-Мансийск.')).toEqual(['ORG Еврокомиссии → Еврокомиссия', 'PER Жан-Клод Юнкер → Жан-Клод Юнкер', 'LOC Ханты-Мансийск → Ханты-Мансийск']);
  });

  it('finds the traffic police by its abbreviation, which the dictionary does not mark as an organisation: ГИБДД', async () => {
    expect(await shown('Сотрудники ГИБДД задержали водителя.')).toEqual(['ORG ГИБДД → ГИБДД']);
  });
});

describe('normal forms of foreign surnames', () => {
  it('keeps a surname in -ич as written, which a guess read as a -ский adjective: Вучич', async () => {
    expect(await shown('Президент Сербии Александар Вучич посетил Москву.')).toEqual([
      'LOC Сербии → Сербия', 'PER Александар Вучич → Александар Вучич', 'LOC Москву → Москва',
    ]);
  });
});

describe('a settlement named like a club', () => {
  it('is the place after a settlement’s or a district’s noun, and the club elsewhere', async () => {
    const doc = await analyze('Беспорядки начались в лондонском районе Тоттенхэм. Накануне «Тоттенхэм» обыграл «Арсенал».');
    const spans = doc.entities.flatMap((entity) => entity.mentions.map((mention) => `${entity.type} ${doc.text.slice(mention.start, mention.end)}`));
    expect(spans).toContain('LOC Тоттенхэм');
    expect(spans).toContain('ORG Арсенал');
    expect(doc.entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name)).toContain('Тоттенхэм');
  });
});

describe('a body followed by a person\'s name', () => {
  it('does not take the first name as the place that owns it, though a town bears the name: Apple Тим Кук', async () => {
    // `Тим` is also a town in the Kursk region; here it opens Tim Cook's name.
    const doc = await analyze('Глава компании Apple Тим Кук представил новый телефон.');
    expect(doc.entities.map((entity) => `${entity.type} ${entity.name}`)).toEqual(['ORG Apple', 'PER Тим Кук']);
  });

  it('still takes a place after the body as its owner: МИД Франции', async () => {
    const doc = await analyze('МИД Франции выступил с заявлением.');
    expect(doc.entities.map((entity) => `${entity.type} ${entity.name}`)).toEqual(['ORG МИД Франции', 'LOC Франция']);
  });
});
