/**
 * The roles layer on news sentences written for these tests, of shapes the rules were not first read against: each
 * expected role is written by hand from the sentence, as `who | title | normal | of`.
 */
import { describe, expect, it } from 'vitest';
import { roles } from '../support/roles.js';

describe('a plural title before several names', () => {
  it('gives each name the post in the singular', async () => {
    expect(await roles('Депутаты Госдумы Иван Иванов и Петр Сидоров внесли законопроект о защите животных.')).toEqual([
      'Иван Иванов | Депутаты Госдумы | Депутат Госдумы | Госдума',
      'Петр Сидоров | Депутаты Госдумы | Депутат Госдумы | Госдума',
    ]);
    expect(await roles('Первые заместители председателя правительства России Игорь Шувалов и Дмитрий Рогозин провели совещание.')).toEqual([
      'Игорь Шувалов | Первые заместители председателя правительства России | Первый заместитель председателя правительства России | Россия',
      'Дмитрий Рогозин | Первые заместители председателя правительства России | Первый заместитель председателя правительства России | Россия',
    ]);
  });

  it('pairs places joined by `и` with the names in order', async () => {
    expect(await roles('Министры иностранных дел России и Франции Сергей Лавров и Жан-Марк Эро обсудили ситуацию в Сирии.')).toEqual([
      'Сергей Лавров | Министры иностранных дел России и Франции | Министр иностранных дел России | Россия',
      'Жан-Марк Эро | Министры иностранных дел России и Франции | Министр иностранных дел Франции | Франция',
    ]);
  });

  it('gives no post to the names after a title in another case', async () => {
    // `главы` is a genitive singular here, of Лавров alone; `губернатора` is the children's father.
    expect(await roles('Визит главы МИД Сергея Лаврова и Марии Захаровой завершился.')).toEqual(['Сергей Лавров | главы МИД | глава МИД | МИД']);
    expect(await roles('Дети губернатора Иван Петров и Анна Петрова отдыхают в Италии.')).toEqual([]);
  });
});

describe('a verb of heading as the name predicate', () => {
  it('makes the person the head of the organisation it takes', async () => {
    expect(await roles('Игорь Сечин, возглавляющий «Роснефть», отказался от комментариев.')).toEqual(['Игорь Сечин | возглавляющий | глава | Роснефть']);
    expect(await roles('Андрей Костин возглавил ВТБ в 2002 году.')).toEqual(['Андрей Костин | возглавил | глава | ВТБ']);
    expect(await roles('Ольга Петрова, которая руководит компанией «Северсталь», дала интервью.')).toEqual([
      'Ольга Петрова | руководит | руководитель | Северсталь',
    ]);
  });

  it('reads the passive participle after the organisation', async () => {
    expect(await roles('Полиция задержала активистов Народной партии, возглавляемой Беназир Бхутто.')).toEqual([
      'Беназир Бхутто | возглавляемой | глава | Народная партия',
    ]);
  });

  it('heads nothing that is no named body', async () => {
    expect(await roles('Иван Петров возглавил делегацию России на переговорах.')).toEqual([]);
    expect(await roles('Сборная России, возглавляемая Станиславом Черчесовым, вышла в плей-офф.')).toEqual([]);
  });
});

describe("a name's predicate after a comma", () => {
  it('reads a relative clause and a participle after an adverb', async () => {
    expect(await roles('Шойгу, который занимает пост министра обороны России, посетил Сирию.')).toEqual([
      'Шойгу | министра обороны России | министр обороны России | Россия',
    ]);
    expect(await roles('Его сменил Алексей Иванов, ранее работавший вице-президентом «Лукойла».')).toEqual([
      'Алексей Иванов | вице-президентом «Лукойла» | вице-президент «Лукойла» | Лукойл',
    ]);
  });
});

describe('a post noun or an auxiliary in the statement', () => {
  it('reads `в должности`, `на посту` after a name with no verb, and `находиться на посту`', async () => {
    expect(await roles('Сергей Собянин в должности мэра Москвы провел первое совещание.')).toEqual(['Сергей Собянин | мэра Москвы | мэр Москвы | Москва']);
    expect(await roles('Анатолий Сердюков, находившийся на посту министра обороны России, был отправлен в отставку.')).toEqual([
      'Анатолий Сердюков | министра обороны России | министр обороны России | Россия',
    ]);
  });

  it('reads an auxiliary between the title in the instrumental and its verb', async () => {
    expect(await roles('В понедельник губернатором Пермского края был назначен Максим Решетников.')).toEqual([
      'Максим Решетников | губернатором Пермского края | губернатор Пермского края | Пермский край',
    ]);
  });
});

describe('posts of work, sport and the stage', () => {
  it('reads an engineer, a trade envoy, a forward, a soloist and a ballerina', async () => {
    expect(await roles('Сергей Петров, работающий главным инженером Уральского вагоностроительного завода, получил награду.')).toEqual([
      'Сергей Петров | главным инженером Уральского вагоностроительного завода | главный инженер Уральского вагоностроительного завода | Уральский вагоностроительный завод',
    ]);
    expect(await roles('Дмитрий Ливанов назначен торгпредом России на Украине.')).toEqual(['Дмитрий Ливанов | торгпредом России на Украине | торгпред России на Украине | Россия']);
    expect(await roles('Нападающий «Зенита» Артем Дзюба забил гол.')).toEqual(['Артем Дзюба | Нападающий «Зенита» | Нападающий «Зенита» | Зенит']);
    expect(await roles('Солистка Большого театра Анна Нетребко выступила в Вене.')).toEqual([
      'Анна Нетребко | Солистка Большого театра | Солистка Большого театра | Большой театр',
    ]);
    expect(await roles('Прима-балерина Большого театра Светлана Захарова выступила в Париже.')).toEqual([
      'Светлана Захарова | Прима-балерина Большого театра | Прима-балерина Большого театра | Большой театр',
    ]);
  });
});

describe("a relative's kin", () => {
  it('gives the post in the genitive after a relative to no name that may be nominative', async () => {
    expect(await roles('Жена президента Франции Брижит Макрон посетила выставку.')).toEqual([]);
    expect(await roles('Мать министра обороны Сергея Шойгу отметила юбилей.')).toEqual(['Сергей Шойгу | министра обороны | министр обороны | —']);
  });
});

describe('a description after a name in an oblique case', () => {
  it('is the post of the name whose case it repeats', async () => {
    expect(await roles('По словам Сергея Собянина, мэра Москвы, новая линия метро откроется в декабре.')).toEqual([
      'Сергей Собянин | мэра Москвы | мэр Москвы | Москва',
    ]);
    expect(await roles('Встреча с Ольгой Голодец, вице-премьером правительства, прошла в Кремле.')).toEqual([
      'Ольга Голодец | вице-премьером правительства | вице-премьер правительства | —',
    ]);
    expect(await roles('Письмо было направлено Сергею Собянину, мэру Москвы.')).toEqual(['Сергей Собянин | мэру Москвы | мэр Москвы | Москва']);
  });

  it('is someone else when its case differs from the name\'s', async () => {
    // `Собянина` is genitive, `мэру` dative: the letter of Собянин went to the mayor, another person.
    expect(await roles('Он передал письмо Сергея Собянина, мэру Москвы.')).toEqual([]);
  });
});

describe('a title whose institution is named by its number', () => {
  it('keeps the number sign and the number in the title: главный врач больницы № 1', async () => {
    expect(await roles('Как рассказал главный врач больницы №1 Петр Сидоров, пациент в стабильном состоянии.')).toEqual([
      'Петр Сидоров | главный врач больницы №1 | главный врач больницы №1 | —',
    ]);
    expect(await roles('Директор школы № 5 Мария Иванова рассказала о ремонте.')).toEqual(['Мария Иванова | Директор школы № 5 | Директор школы № 5 | —']);
  });
});

describe('a description after a name set off by a hyphen between spaces', () => {
  it('is the post, as after a dash: Иван Петров - генеральный директор', async () => {
    expect(await roles('Иван Петров - генеральный директор компании «Ромашка».')).toEqual([
      'Иван Петров | генеральный директор компании «Ромашка» | генеральный директор компании «Ромашка» | Ромашка',
    ]);
  });
});

describe('a title with a field after `по` before the name', () => {
  it('keeps a field of several words: по связям с общественностью', async () => {
    expect(await roles('Вице-президент компании по связям с общественностью Анна Иванова сообщила о сделке.')).toEqual([
      'Анна Иванова | Вице-президент компании по связям с общественностью | Вице-президент компании по связям с общественностью | —',
    ]);
  });

  it('reads the ombudsman as a post: Уполномоченный по правам человека', async () => {
    expect(await roles('Уполномоченный по правам человека Татьяна Москалькова направила запрос.')).toEqual([
      'Татьяна Москалькова | Уполномоченный по правам человека | Уполномоченный по правам человека | —',
    ]);
  });
});

describe('a plural title after a list of names', () => {
  it('gives each name the post in the singular: Иван Петров и Анна Сидорова, депутаты Госдумы,', async () => {
    expect(await roles('Иван Петров и Анна Сидорова, депутаты Госдумы, внесли поправки в законопроект.')).toEqual([
      'Иван Петров | депутаты Госдумы | депутат Госдумы | Госдума',
      'Анна Сидорова | депутаты Госдумы | депутат Госдумы | Госдума',
    ]);
  });

  it('gives none when the plural noun is the subject of a clause of its own: …, депутаты Госдумы поддержали', async () => {
    // The deputies who supported the initiative are others: nothing closes the title before their verb.
    expect(await roles('Инициативу выдвинули Иван Петров и Анна Сидорова, депутаты Госдумы поддержали ее.')).toEqual([]);
  });
});
