/**
 * Normal forms (src/entities/normalize.ts): each mention in the nominative,
 * spelled and capitalised as in the text. End-to-end through `analyze` on
 * one-sentence texts, and `restoreSpelling` on its own. Every expected value is
 * written by hand from the Russian text.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type EntityMention } from '../../src/index.js';
import { restoreSpelling } from '../../src/words/nominative.js';

async function mentionsOf(text: string): Promise<EntityMention[]> {
  const doc = await analyze(text);
  return doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
}

/** The mention whose text is exactly `fragment` (undefined when there is none). */
async function mention(text: string, fragment: string): Promise<Pick<EntityMention, 'text' | 'type' | 'normal' | 'parts'> | undefined> {
  const found = (await mentionsOf(text)).find((m) => m.text === fragment);
  return found && { text: found.text, type: found.type, normal: found.normal, ...(found.parts ? { parts: found.parts } : {}) };
}

describe('places in the nominative', () => {
  it('puts a country in the genitive into the nominative: Казахстана → Казахстан', async () => {
    expect(await mention('Посол прибыл из Казахстана.', 'Казахстана')).toEqual({ text: 'Казахстана', type: 'LOC', normal: 'Казахстан' });
  });

  it('puts a compass adjective and a place the dictionary lacks into the nominative: в Северном Дарфуре → Северный Дарфур', async () => {
    expect(await mention('Бои идут в Северном Дарфуре.', 'Северном Дарфуре')).toEqual({ text: 'Северном Дарфуре', type: 'LOC', normal: 'Северный Дарфур' });
  });

  it('puts adjective and noun of a two-word place into the nominative: в Нагорном Карабахе → Нагорный Карабах', async () => {
    expect(await mention('Бои шли в Нагорном Карабахе.', 'Нагорном Карабахе')).toEqual({ text: 'Нагорном Карабахе', type: 'LOC', normal: 'Нагорный Карабах' });
  });

  it('keeps е where the text writes е: Соединенными Штатами Америки → Соединенные Штаты Америки', async () => {
    expect(await mention('Договор подписан с Соединенными Штатами Америки.', 'Соединенными Штатами Америки')).toEqual({
      text: 'Соединенными Штатами Америки', type: 'LOC', normal: 'Соединенные Штаты Америки',
    });
  });

  it('gives a name in capitals its ordinary spelling: НУР-СУЛТАН → Нур-Султан', async () => {
    const text = 'НУР-СУЛТАН, 5 мая — Sputnik. Президент Казахстана провел встречу с послами европейских стран.';
    expect(await mention(text, 'НУР-СУЛТАН')).toEqual({ text: 'НУР-СУЛТАН', type: 'LOC', normal: 'Нур-Султан' });
  });

  it('puts a hyphenated adjective and its region into the nominative: Нагорно-Карабахской республики → Нагорно-Карабахская республика', async () => {
    expect(await mention('Власти Нагорно-Карабахской республики объявили о роспуске.', 'Нагорно-Карабахской республики')).toEqual({
      text: 'Нагорно-Карабахской республики', type: 'LOC', normal: 'Нагорно-Карабахская республика',
    });
  });
});

describe('compounds the dictionary knows by their last part', () => {
  it('declines the last part of a hyphenated adjective: Северо-Кавказском федеральном округе → Северо-Кавказский федеральный округ', async () => {
    expect(await mention('Он служил в Северо-Кавказском федеральном округе.', 'Северо-Кавказском федеральном округе')).toEqual({
      text: 'Северо-Кавказском федеральном округе', type: 'LOC', normal: 'Северо-Кавказский федеральный округ',
    });
  });
});

describe('listed names take their listed nominative', () => {
  it('reads a listed city as the city, not a form of a common noun: Киев, not Кии (кий)', async () => {
    expect(await mention('Делегация приехала в Киев утром.', 'Киев')).toEqual({ text: 'Киев', type: 'LOC', normal: 'Киев' });
  });

  it('puts a listed organisation the dictionary lacks into the nominative: Росстатом → Росстат', async () => {
    expect(await mention('Данные опубликованы Росстатом в среду.', 'Росстатом')).toEqual({ text: 'Росстатом', type: 'ORG', normal: 'Росстат' });
  });
});

describe('organisations in the nominative: the words up to the head, the rest as written', () => {
  it('японского МИДа → японский МИД: the abbreviation keeps its capitals', async () => {
    expect(await mention('Представитель японского МИДа отказался от комментариев.', 'японского МИДа')).toEqual({
      text: 'японского МИДа', type: 'ORG', normal: 'японский МИД',
    });
  });

  it('Совбеза → Совбез (ООН after it is a mention of its own)', async () => {
    expect(await mention('Заседание Совбеза ООН прошло в Нью-Йорке.', 'Совбеза')).toEqual({ text: 'Совбеза', type: 'ORG', normal: 'Совбез' });
  });

  it('Администрацией Президента → Администрация Президента', async () => {
    expect(await mention('Письмо направлено Администрацией Президента Азербайджана.', 'Администрацией Президента')).toEqual({
      text: 'Администрацией Президента', type: 'ORG', normal: 'Администрация Президента',
    });
  });
});

describe('people: the name and its parts in the nominative', () => {
  it('Рашада Мамедова → Рашад Мамедов, first Рашад, last Мамедов', async () => {
    expect(await mention('Слова Рашада Мамедова прозвучали вчера.', 'Рашада Мамедова')).toEqual({
      text: 'Рашада Мамедова', type: 'PER', normal: 'Рашад Мамедов', parts: { first: 'Рашад', last: 'Мамедов' },
    });
  });

  it('keeps a woman\'s name feminine: Анны Ивановой → Анна Иванова', async () => {
    expect(await mention('Выступление Анны Ивановой понравилось всем.', 'Анны Ивановой')).toEqual({
      text: 'Анны Ивановой', type: 'PER', normal: 'Анна Иванова', parts: { first: 'Анна', last: 'Иванова' },
    });
  });

  it('keeps a patronymic in the nominative as it is: Владимир Владимирович Путин', async () => {
    expect(await mention('Письмо подписал Владимир Владимирович Путин.', 'Владимир Владимирович Путин')).toEqual({
      text: 'Владимир Владимирович Путин', type: 'PER', normal: 'Владимир Владимирович Путин',
      parts: { first: 'Владимир', middle: 'Владимирович', last: 'Путин' },
    });
  });

  it('puts a patronymic in the genitive into the nominative: Владимира Владимировича Путина → Владимир Владимирович Путин', async () => {
    expect(await mention('Слова Владимира Владимировича Путина прозвучали вчера.', 'Владимира Владимировича Путина')).toEqual({
      text: 'Владимира Владимировича Путина', type: 'PER', normal: 'Владимир Владимирович Путин',
      parts: { first: 'Владимир', middle: 'Владимирович', last: 'Путин' },
    });
  });

  it('keeps initials with their dots before the surname: А. С. Пушкин', async () => {
    expect(await mention('Поэт А. С. Пушкин родился в Москве.', 'А. С. Пушкин')).toEqual({
      text: 'А. С. Пушкин', type: 'PER', normal: 'А. С. Пушкин', parts: { first: 'А.', middle: 'С.', last: 'Пушкин' },
    });
  });

  it('keeps initials with their dots after the surname: Пушкин А. С.', async () => {
    expect(await mention('Стихотворение написал Пушкин А. С. в 1825 году.', 'Пушкин А. С.')).toEqual({
      text: 'Пушкин А. С.', type: 'PER', normal: 'Пушкин А. С.', parts: { first: 'А.', middle: 'С.', last: 'Пушкин' },
    });
  });

  it('reads a listed foreign first name the dictionary lacks in the nominative: Лионеля → Лионель', async () => {
    expect((await mention('Мяч перешёл от Лионеля Гарсиа к защитнику.', 'Лионеля Гарсиа'))?.parts).toEqual({ first: 'Лионель', last: 'Гарсиа' });
  });

  it('keeps a first name the dictionary knows as indeclinable as written: Аркади, not a form of Аркадя', async () => {
    expect((await mention('Встреча с Аркади Гогуа прошла вчера.', 'Аркади Гогуа'))?.parts).toEqual({ first: 'Аркади', last: 'Гогуа' });
  });
});

describe('people: the reading of a name that several readings fit', () => {
  const name = async (text: string, fragment: string) => (await mention(text, fragment))?.parts;

  it('reads a name after a title in the title\'s case: президента РФ Дмитрия Медведева → Дмитрий Медведев', async () => {
    expect(await name('Согласно распоряжению президента РФ Дмитрия Медведева, практика изменится.', 'Дмитрия Медведева')).toEqual({ first: 'Дмитрий', last: 'Медведев' });
  });

  it('reads the commoner first name when nothing else decides: Петра Мамонова → Петр Мамонов (е as the text writes it)', async () => {
    expect(await name('Он продюсировал пластинки Петра Мамонова.', 'Петра Мамонова')).toEqual({ first: 'Петр', last: 'Мамонов' });
  });

  it('keeps a common woman\'s name whose masculine twin is rare: Юлия Тимошенко', async () => {
    expect(await name('Вчера Юлия Тимошенко выступила в парламенте.', 'Юлия Тимошенко')).toEqual({ first: 'Юлия', last: 'Тимошенко' });
  });

  it('reads a woman by the verb she agrees with: Александра Иванова заявила', async () => {
    expect(await name('Вчера Александра Иванова заявила о переменах.', 'Александра Иванова')).toEqual({ first: 'Александра', last: 'Иванова' });
  });

  it('reads the common one of two names in the form the surname fixes: Анне Смирновой → Анна (not the indeclinable Анне)', async () => {
    expect(await name('Он передал письмо Анне Смирновой.', 'Анне Смирновой')).toEqual({ first: 'Анна', last: 'Смирнова' });
  });

  it('reads no nominative after a preposition: у Александра Иванова → Александр Иванов', async () => {
    expect(await name('Вчера у Александра Иванова был выходной.', 'Александра Иванова')).toEqual({ first: 'Александр', last: 'Иванов' });
  });
});

describe('people: names the dictionary lacks', () => {
  const name = async (text: string, fragment: string) => (await mention(text, fragment))?.parts;

  it('puts a foreign surname in the case of its first name: Томаса Райтера → Томас Райтер', async () => {
    expect(await name('Договор Томаса Райтера с агентством продлён.', 'Томаса Райтера')).toEqual({ first: 'Томас', last: 'Райтер' });
  });

  it('reads the case off the ending of a listed foreign first name: Реджепом Эрдоганом → Реджеп Эрдоган', async () => {
    expect(await name('Встреча с Реджепом Эрдоганом прошла в Анкаре.', 'Реджепом Эрдоганом')).toEqual({ first: 'Реджеп', last: 'Эрдоган' });
  });

  it('leaves a name as written when nothing fixes its case: Масахару Коно', async () => {
    expect(await name('Визит Масахару Коно отложен.', 'Масахару Коно')).toEqual({ first: 'Масахару', last: 'Коно' });
  });

  it('reads a surname in -ской as the adjective it is: Натальи Поклонской → Наталья Поклонская', async () => {
    expect(await name('По словам Натальи Поклонской, решение уже принято.', 'Натальи Поклонской')).toEqual({ first: 'Наталья', last: 'Поклонская' });
  });

  it('leaves a woman\'s surname that ends in neither а nor я as written: Анджелины Джоли → Анджелина Джоли', async () => {
    expect(await name('Новый фильм Анджелины Джоли покажут в мае.', 'Анджелины Джоли')).toEqual({ first: 'Анджелина', last: 'Джоли' });
  });

  it('reads a woman in a surname left in its consonant: Фриде Эгерт → Фрида Эгерт (a man would be Фриде Эгерте)', async () => {
    expect(await name('Он передал слово Фриде Эгерт.', 'Фриде Эгерт')).toEqual({ first: 'Фрида', last: 'Эгерт' });
  });

  it('takes the case ending off a man\'s given name the dictionary lacks: Реджепа Тайипа Эрдогана → Реджеп Тайип Эрдоган', async () => {
    expect(await name('Слова Реджепа Тайипа Эрдогана вызвали споры.', 'Реджепа Тайипа Эрдогана')).toEqual({ first: 'Реджеп', middle: 'Тайип', last: 'Эрдоган' });
  });

  it('gives back the ь a listed name loses in its cases: Мигеля Моратиноса → Мигель Моратинос', async () => {
    expect(await name('Визит Мигеля Моратиноса отложили.', 'Мигеля Моратиноса')).toEqual({ first: 'Мигель', last: 'Моратинос' });
  });

  it('reads the genitive after a noun when no word of the name shows its case: речь Нико Росберга → Нико Росберг', async () => {
    expect(await name('Мы слушали речь Нико Росберга.', 'Нико Росберга')).toEqual({ first: 'Нико', last: 'Росберг' });
  });

  it('reads the instrumental a preposition governs: с Нико Росбергом → Нико Росберг', async () => {
    expect(await name('Он встретился с Нико Росбергом.', 'Нико Росбергом')).toEqual({ first: 'Нико', last: 'Росберг' });
  });

  it('reads the case a sentence\'s capitalised first preposition governs: С Гусом Хиддинком → Гус Хиддинк', async () => {
    expect(await name('С Гусом Хиддинком подписан контракт.', 'Гусом Хиддинком')).toEqual({ first: 'Гус', last: 'Хиддинк' });
  });

  it('reads the genitive after a noun even when a verb follows that agrees with the noun: команда Гуса Хиддинка победила → Гус Хиддинк', async () => {
    expect(await name('Вчера команда Гуса Хиддинка победила.', 'Гуса Хиддинка')).toEqual({ first: 'Гус', last: 'Хиддинк' });
  });

  it('reads the instrumental that every word of a name shows, with nothing around it: Гусом Хиддинком → Гус Хиддинк', async () => {
    expect(await name('Вчера Гусом Хиддинком довольны все.', 'Гусом Хиддинком')).toEqual({ first: 'Гус', last: 'Хиддинк' });
  });

  it('keeps a foreign name in -а as written when nothing around it fixes its case: Ивета Бартошова', async () => {
    expect(await name('Ивета Бартошова выиграла турнир.', 'Ивета Бартошова')).toEqual({ first: 'Ивета', last: 'Бартошова' });
  });

  it('keeps a name in -а as written after a title in the nominative: посол Синдзи Харада', async () => {
    expect(await name('Пост займёт посол Японии в Канаде Синдзи Харада, бывший дипломат.', 'Синдзи Харада')).toEqual({ first: 'Синдзи', last: 'Харада' });
  });

  it('declines a man\'s surname in -а like a woman\'s: Хавьера Соланы → Хавьер Солана', async () => {
    expect(await name('Визит Хавьера Соланы отложен.', 'Хавьера Соланы')).toEqual({ first: 'Хавьер', last: 'Солана' });
  });

  it('keeps a particle with the surname: Марин Ле Пен, last Ле Пен', async () => {
    expect(await name('Иск Марин Ле Пен отклонён судом.', 'Марин Ле Пен')).toEqual({ first: 'Марин', last: 'Ле Пен' });
  });

  it('never reads a first name as a plural: Киран Гиббс', async () => {
    expect(await name('Защитник Киран Гиббс снялся с турнира.', 'Киран Гиббс')).toEqual({ first: 'Киран', last: 'Гиббс' });
  });
});

describe('people: families, and second given names', () => {
  const name = async (text: string, fragment: string) => (await mention(text, fragment))?.parts;

  it('gives a family named in the plural after a word for it the man\'s singular surname: супруги Клинтоны → Клинтон', async () => {
    expect(await name('Супруги Клинтоны прибыли в Нью-Йорк.', 'Клинтоны')).toEqual({ last: 'Клинтон' });
    expect(await name('Визит супругов Клинтонов отложен.', 'Клинтонов')).toEqual({ last: 'Клинтон' });
  });

  it('keeps an indeclinable family name as written: братья Кличко', async () => {
    expect(await name('Братья Кличко выступили в Киеве.', 'Кличко')).toEqual({ last: 'Кличко' });
  });

  it('puts a second given name in the nominative like a first name: Жозе Мануэла Баррозу → Жозе Мануэл Баррозу', async () => {
    expect(await name('По словам Жозе Мануэла Баррозу, всё решено.', 'Жозе Мануэла Баррозу')).toEqual({ first: 'Жозе', middle: 'Мануэл', last: 'Баррозу' });
  });

  it('takes a second given name the dictionary only guesses, before a surname it lacks: Хосе Мануэля Баррозу', async () => {
    expect(await name('По словам Хосе Мануэля Баррозу, всё решено.', 'Хосе Мануэля Баррозу')).toEqual({ first: 'Хосе', middle: 'Мануэль', last: 'Баррозу' });
  });

  it('does not take a place after a two-word name for its surname: Элтон Джон | Москву', async () => {
    expect(await name('В субботу Элтон Джон Москву посетил.', 'Элтон Джон')).toEqual({ first: 'Элтон', last: 'Джон' });
  });
});

describe('people: a surname with an elided particle and an apostrophe', () => {
  it('reads О, the apostrophe and the rest as one surname: Фил О’Рейли', async () => {
    expect((await mention('Журналист Фил О’Рейли написал статью.', 'Фил О’Рейли'))?.parts).toEqual({ first: 'Фил', last: 'О’Рейли' });
  });

  it('takes the case ending off such a surname: с Шоном О\'Коннором → Шон О\'Коннор', async () => {
    expect((await mention("Встреча с Шоном О'Коннором прошла.", "Шоном О'Коннором"))?.normal).toBe("Шон О'Коннор");
  });

  it('joins nothing before a lower-case word or across a space: «О’кей», О ’Рейли', async () => {
    expect(await mentionsOf('Он сказал: «О’кей».')).toEqual([]);
    expect((await mentionsOf('Журналист Фил О ’Рейли написал статью.')).map((m) => m.text)).not.toContain('Фил О ’Рейли');
  });
});

describe('people: East Asian names written syllable by syllable', () => {
  const name = async (text: string, fragment: string) => (await mention(text, fragment))?.parts;

  it('groups three syllables as one and two: Ким Чен Ын → Ким · Чен Ын', async () => {
    expect(await name('Лидер КНДР Ким Чен Ын прибыл в Пекин.', 'Ким Чен Ын')).toEqual({ first: 'Ким', last: 'Чен Ын' });
  });

  it('takes the instrumental ending off the last syllable: с Пан Ги Муном → Пан Ги Мун', async () => {
    const found = await mention('Встреча с Пан Ги Муном прошла успешно.', 'Пан Ги Муном');
    expect(found?.normal).toBe('Пан Ги Мун');
    expect(found?.parts).toEqual({ first: 'Пан', last: 'Ги Мун' });
  });

  it('reads the genitive a title fixes on the last syllable: генсека ООН Пан Ги Муна → Пан Ги Мун', async () => {
    expect((await mention('Визит генсека ООН Пан Ги Муна отложен.', 'Пан Ги Муна'))?.normal).toBe('Пан Ги Мун');
  });

  it('does not take a sentence\'s first preposition for a syllable: С | Ким Чен Ыном', async () => {
    expect(await name('С Ким Чен Ыном встретился президент.', 'Ким Чен Ыном')).toEqual({ first: 'Ким', last: 'Чен Ын' });
  });

  it('keeps a syllable ending in а as written where nothing fixes its case: Ким Чен Ына is read only after a noun', async () => {
    expect((await mention('Ким Чен Ына вчера не было.', 'Ким Чен Ына'))?.normal).toBe('Ким Чен Ына');
  });

  it('reads four syllables as one given name: Аун Сан Су Чжи', async () => {
    expect(await name('Власти выпустили Аун Сан Су Чжи.', 'Аун Сан Су Чжи')).toEqual({ first: 'Аун Сан Су Чжи' });
  });
});

describe('restoreSpelling: the text\'s capitals and е/ё on a dictionary form', () => {
  it('capitalises the first letter as the text does', () => {
    expect(restoreSpelling('Нагорном', 'нагорный')).toBe('Нагорный');
  });

  it('keeps a lower-case word in lower case', () => {
    expect(restoreSpelling('республики', 'республика')).toBe('республика');
  });

  it('puts the whole form in capitals when the text is in capitals', () => {
    expect(restoreSpelling('КАЗАХСТАНА', 'казахстан')).toBe('КАЗАХСТАН');
  });

  it('capitalises each hyphenated part that the text capitalises', () => {
    expect(restoreSpelling('Нагорно-Карабахской', 'нагорно-карабахская')).toBe('Нагорно-Карабахская');
    expect(restoreSpelling('Ростова-на-Дону', 'ростов-на-дону')).toBe('Ростов-на-Дону');
  });

  it('writes е for the dictionary\'s ё when the text writes е', () => {
    expect(restoreSpelling('Соединенными', 'соединённые')).toBe('Соединенные');
  });

  it('keeps the dictionary\'s ё when the text writes ё', () => {
    expect(restoreSpelling('Соединёнными', 'соединённые')).toBe('Соединённые');
    expect(restoreSpelling('Королёвым', 'королёв')).toBe('Королёв');
  });

  it('keeps the capitals of an abbreviation written with a case ending', () => {
    expect(restoreSpelling('МИДа', 'мид')).toBe('МИД');
    expect(restoreSpelling('ВЦИОМом', 'вциом')).toBe('ВЦИОМ');
  });

  it('leaves a one-letter capital as a capital', () => {
    expect(restoreSpelling('А', 'а')).toBe('А');
  });
});
