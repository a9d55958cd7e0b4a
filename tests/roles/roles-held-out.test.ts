/**
 * The roles layer on news sentences written for these tests, of shapes the rules were not first read against: each
 * expected role is written by hand from the sentence, as `who | title | normal | of`.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** Each role as `who | title | normal | of`, by the entities' names. */
async function roles(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.roles.map((role) => {
    expect(text.slice(role.title.start, role.title.end)).toBe(role.title.text);
    const of = role.of === null ? '—' : doc.entities[role.of]!.name;
    return `${doc.entities[role.person]!.name} | ${role.title.text} | ${role.title.normal} | ${of}`;
  });
}

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
