/**
 * More kinds of organisation and place error seen on news from outside the development set, on sentences written for
 * this file: each expected value is written by hand from the Russian text (type, span as in the text, normal form),
 * following factRuEval's conventions (the owner place after a body is a place of its own).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { shown } from '../support/mentions.js';

describe('a service or a department named by its field after `по`', () => {
  it('keeps the field in the name: Федеральной службы по финансовым рынкам', async () => {
    expect(await shown('Сотрудники Федеральной службы по финансовым рынкам проверили биржу.')).toEqual([
      'ORG Федеральной службы по финансовым рынкам → Федеральная служба по финансовым рынкам',
    ]);
    expect(await shown('Об этом сообщили в Департаменте по делам молодежи.')).toEqual(['ORG Департаменте по делам молодежи → Департамент по делам молодежи']);
  });

  it('keeps the sphere of the field after `в сфере` or `в области`, not a region: по надзору в сфере связи', async () => {
    expect(await shown('Об этом сообщили в пресс-службе Федеральной службы по надзору в сфере связи.')).toEqual([
      'ORG Федеральной службы по надзору в сфере связи → Федеральная служба по надзору в сфере связи',
    ]);
    expect(await shown('Комитет по контролю в области образования проверил школу.')).toEqual([
      'ORG Комитет по контролю в области образования → Комитет по контролю в области образования',
    ]);
    // a region after `в области` is a place of its own
    expect(await shown('Комитет по делам молодежи в Московской области провел форум.')).toEqual([
      'ORG Комитет по делам молодежи → Комитет по делам молодежи', 'LOC Московской области → Московская область',
    ]);
  });
});

describe('an adjective, a body and one genitive noun of its field', () => {
  it('keeps the field in the name: Всероссийской федерации волейбола', async () => {
    expect(await shown('Глава Всероссийской федерации волейбола подал в отставку.')).toEqual([
      'ORG Всероссийской федерации волейбола → Всероссийская федерация волейбола',
    ]);
    expect(await shown('Представитель Национальной ассоциации телерадиовещателей выступил на конференции.')).toEqual([
      'ORG Национальной ассоциации телерадиовещателей → Национальная ассоциация телерадиовещателей',
    ]);
    expect(await shown('Глава Всероссийской федерации волейбола России подал в отставку.')).toEqual([
      'ORG Всероссийской федерации волейбола → Всероссийская федерация волейбола', 'LOC России → Россия',
    ]);
  });

  it('ends a listed name where the list does, before a noun that governs a phrase of its own: Конституционного суда | здания бывшего сената', async () => {
    expect(await shown('Для Конституционного суда здания бывшего сената отремонтировали.')).toEqual(['ORG Конституционного суда → Конституционный суд']);
  });
});

describe('a body\'s name before its verb', () => {
  it('ends before a verb that agrees with its head though it spells a genitive noun: Комиссия по расследованию | начала работу', async () => {
    expect(await shown('В понедельник Комиссия по расследованию начала работу.')).toEqual(['ORG Комиссия по расследованию → Комиссия по расследованию']);
    expect(await shown('Ассоциация производителей мыла заявила о росте цен.')).toEqual(['ORG Ассоциация производителей мыла → Ассоциация производителей мыла']);
  });
});

describe('an institution\'s kind in capitals named by its field', () => {
  it('is a name with its field: НИИ нейрохирургии, ЦНИИ робототехники', async () => {
    expect(await shown('Пострадавших доставили в НИИ нейрохирургии.')).toEqual(['ORG НИИ нейрохирургии → НИИ нейрохирургии']);
    expect(await shown('Инженеры ЦНИИ робототехники и технической кибернетики представили разработку.')).toEqual([
      'ORG ЦНИИ робототехники и технической кибернетики → ЦНИИ робототехники и технической кибернетики',
    ]);
    expect(await shown('Специалисты НПО машиностроения испытали ракету.')).toEqual(['ORG НПО машиностроения → НПО машиностроения']);
  });

  it('keeps the kind in the name of a person it is named after: НИИ Склифосовского, КБ Туполева', async () => {
    expect(await shown('В НИИ Склифосовского доставили троих.')).toEqual(['ORG НИИ Склифосовского → НИИ Склифосовского']);
    expect(await shown('Конструкторы КБ Туполева работают над самолетом.')).toEqual(['ORG КБ Туполева → КБ Туполева']);
  });
});

describe('a product named after its kind at the start of a sentence', () => {
  it('is no organisation: Игра Minecraft, Вакцина «Спутник V»', async () => {
    expect(await shown('Игра Minecraft остается популярной.')).toEqual([]);
    expect(await shown('Браузер Opera получил обновление.')).toEqual([]);
    expect(await shown('Вакцина «Спутник V» одобрена в ряде стран.')).toEqual([]);
  });
});

describe('a court named by its district at the start of a sentence', () => {
  it('is a name, with no place in it: Басманный суд арестовал, Пресненский районный суд', async () => {
    expect(await shown('Басманный суд арестовал чиновника.')).toEqual(['ORG Басманный суд → Басманный суд']);
    expect(await shown('Пресненский районный суд отказал в иске.')).toEqual(['ORG Пресненский районный суд → Пресненский районный суд']);
    expect(await shown('Хамовнический суд продлил арест.')).toEqual(['ORG Хамовнический суд → Хамовнический суд']);
    expect(await shown('Тверской суд отклонил иск.')).toEqual(['ORG Тверской суд → Тверской суд']);
    // a court of a level or of a state is no name
    expect(await shown('Американский суд обязал компанию выплатить штраф.')).toEqual([]);
    expect(await shown('Городской суд отказал в иске.')).toEqual([]);
    expect(await shown('Районный суд продлил арест.')).toEqual([]);
  });
});

describe('a city\'s adjective before a club\'s name without quotes', () => {
  it('is part of the club\'s name: московского Спартака, лондонского Арсенала', async () => {
    expect(await shown('Нападающий московского Спартака забил гол.')).toEqual(['ORG московского Спартака → московский Спартак']);
    expect(await shown('Защитник лондонского Арсенала получил травму.')).toEqual(['ORG лондонского Арсенала → лондонский Арсенал']);
  });

  it('makes a region\'s name the club of the city, as a region is no part of a city: мюнхенской Баварии', async () => {
    expect(await shown('Игрок мюнхенской Баварии получил травму.')).toEqual(['ORG мюнхенской Баварии → мюнхенская Бавария']);
    // a region's adjective before its region names the place
    expect(await shown('Выборы прошли в германской Баварии.')).toEqual(['LOC Баварии → Бавария']);
  });
});

describe('a name in apposition after a kind of organisation, without quotes', () => {
  it('is the organisation, in the nominative whatever the kind\'s case: компания Криптонит, в центре Кин-Топ, группа Ленинград', async () => {
    expect(await shown('Компания Криптонит представила новый продукт.')).toEqual(['ORG Криптонит → Криптонит']);
    expect(await shown('Дети занимаются в центре Кин-Топ.')).toEqual(['ORG Кин-Топ → Кин-Топ']);
    expect(await shown('Акции банка Открытие подешевели.')).toEqual(['ORG Открытие → Открытие']);
    expect(await shown('Группа Ленинград выступит в Москве.')).toEqual(['ORG Ленинград → Ленинград', 'LOC Москве → Москва']);
    // a place or a person in the genitive is the kind's owner, not its name
    expect(await shown('Пробки образовались в центре Москвы.')).toEqual(['LOC Москвы → Москва']);
    expect(await shown('Митинг прошел в центре Сочи.')).toEqual(['LOC Сочи → Сочи']);
    expect(await shown('Акции компании Ивана Петрова подешевели.')).toEqual(['PER Ивана Петрова → Иван Петров']);
  });
});

describe('a contest, a prize or a show named after its kind', () => {
  it('is no organisation, its Latin name joined by lower-case words too: конкурс The Best of Blogs, премия «Оскар»', async () => {
    expect(await shown('Стартовал международный конкурс The Best of Blogs.')).toEqual([]);
    expect(await shown('Премия Grammy досталась певице.')).toEqual([]);
    expect(await shown('Вручена премия «Оскар» за лучший фильм.')).toEqual([]);
    expect(await shown('Фестиваль Nashestvie пройдет в июле.')).toEqual([]);
    expect(await shown('Вышла новая версия игры Angry Birds.')).toEqual([]);
    expect(await shown('Сериал Game of Thrones получил награду.')).toEqual([]);
  });
});

describe('a listed name of an adjective and a noun, the noun left out', () => {
  it('is the listed organisation by its adjective alone: худрук Большого, солисты Большого и оркестр', async () => {
    expect(await shown('Новый худрук Большого покинул пост.')).toEqual(['ORG Большого → Большой театр']);
    expect(await shown('Солисты Большого и оркестр филармонии выступили вместе.')).toEqual(['ORG Большого → Большой театр']);
    const doc = await analyze('Большой театр открыл сезон. Худрук Большого рассказал о премьерах.');
    expect(doc.entities.map((entity) => [entity.type, entity.name, entity.mentions.length])).toEqual([['ORG', 'Большой театр', 2]]);
  });
});

describe('a one-word organisation named again without quotes', () => {
  it('is that organisation, in any case: центр «Кин-Топ» … из Кин-Топа', async () => {
    const doc = await analyze('Центр занятости «Кин-Топ» работает с 2001 года. Дети из Кин-Топа поступают в гимназии.');
    expect(doc.entities.map((entity) => [entity.type, entity.name, entity.mentions.map((mention) => mention.text)])).toEqual([
      ['ORG', 'Кин-Топ', ['Кин-Топ', 'Кин-Топа']],
    ]);
  });
});

describe('a city whose common reading is an oblique noun, at the start of a list of places', () => {
  it('is the place: Киев и Москва обменялись', async () => {
    expect(await shown('Киев и Москва обменялись заявлениями.')).toEqual(['LOC Киев → Киев', 'LOC Москва → Москва']);
    expect(await shown('Киев, Минск и Вильнюс подписали соглашение.')).toEqual(['LOC Киев → Киев', 'LOC Минск → Минск', 'LOC Вильнюс → Вильнюс']);
  });
});

describe('a listed foreign or hyphenated name in a case the dictionary does not know', () => {
  it('is found by its stem: Хезболлы, Левада-Центра, Нур-Султана, Аль-Кайды', async () => {
    expect(await shown('Боевики Хезболлы обстреляли город.')).toEqual(['ORG Хезболлы → Хезболла']);
    expect(await shown('По данным Левада-Центра, рейтинг вырос.')).toEqual(['ORG Левада-Центра → Левада-Центр']);
    expect(await shown('Мэр Нур-Султана подал в отставку.')).toEqual(['LOC Нур-Султана → Нур-Султан']);
    expect(await shown('Боевики Аль-Кайды взяли ответственность.')).toEqual(['ORG Аль-Кайды → Аль-Кайда']);
  });
});

describe('state bodies by a short name or a ministry word', () => {
  it('takes a court\'s short name by its shape: Мосгорсуд, Мособлсуда', async () => {
    expect(await shown('Мосгорсуд оставил приговор в силе.')).toEqual(['ORG Мосгорсуд → Мосгорсуд']);
    expect(await shown('Представитель Мособлсуда сообщил о решении.')).toEqual(['ORG Мособлсуда → Мособлсуд']);
  });

  it('puts a committee\'s short name the dictionary does not know in the nominative: Мосгоризбиркома → Мосгоризбирком', async () => {
    expect(await shown('Решение Мосгоризбиркома обжаловано в суде.')).toEqual(['ORG Мосгоризбиркома → Мосгоризбирком']);
    expect(await shown('Сотрудники Горизбиркома пересчитали голоса.')).toEqual(['ORG Горизбиркома → Горизбирком']);
  });

  it('leaves a ministry word alone at a sentence\'s start, where it refers back: Ведомство возглавляет', async () => {
    expect(await shown('Ведомство возглавляет Елена Скрынник.')).toEqual(['PER Елена Скрынник → Елена Скрынник']);
    expect(await shown('Министерство опровергло эту информацию.')).toEqual([]);
  });
});

describe('a page or an arcade before a name', () => {
  it('leaves the organisation whose page it is, and the place an arcade names', async () => {
    // A page belongs to its owner, named in the genitive; a shopping arcade is a place, named in quotes after it.
    expect(await shown('На странице «Газпрома» в соцсети появилось заявление.')).toEqual(['ORG Газпрома → Газпром']);
    expect(await shown('В аркаде «Охотный ряд» открылся магазин.')).toEqual(['LOC Охотный ряд → Охотный ряд']);
  });
});
