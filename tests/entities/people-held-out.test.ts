/**
 * People on news sentences written for these tests, not taken from any corpus: each person found whole, with the
 * span as the text writes it and the name in the nominative. Every expected value is written by hand from the Russian
 * text, as a Russian reader names the person; one test per kind of name, several sentences each.
 */
import { describe, expect, it } from 'vitest';
import { expectPeople } from '../support/people.js';
import { analyze } from '../../src/index.js';

describe('people on unseen news sentences', () => {
  it('keeps two particles in a row inside the name', async () => {
    await expectPeople([
      ['Председатель Еврокомиссии Урсула фон дер Ляйен выступила в Страсбурге.', ['Урсула фон дер Ляйен → Урсула фон дер Ляйен']],
      ['Депутаты раскритиковали Урсулу фон дер Ляйен за медлительность.', ['Урсулу фон дер Ляйен → Урсула фон дер Ляйен']],
      ['В Амстердаме открылась выставка писем Винсента ван Гога.', ['Винсента ван Гога → Винсент ван Гог']],
    ]);
  });

  it('reads two given names and two surnames, or an Arabic name\'s last part, as one name', async () => {
    await expectPeople([
      ['Мексиканский лидер Андрес Мануэль Лопес Обрадор отверг обвинения.', ['Андрес Мануэль Лопес Обрадор → Андрес Мануэль Лопес Обрадор']],
      ['Журналисты спросили Андреса Мануэля Лопеса Обрадора о реформе.', ['Андреса Мануэля Лопеса Обрадора → Андрес Мануэль Лопес Обрадор']],
      ['Министр обсудил ядерную сделку с Мохаммадом Джавадом Зарифом.', ['Мохаммадом Джавадом Зарифом → Мохаммад Джавад Зариф']],
      ['Египетский президент Абдель Фаттах ас-Сиси принял гостей в Каире.', ['Абдель Фаттах ас-Сиси → Абдель Фаттах ас-Сиси']],
      ['Переговоры с Луисом Инасиу Лулой да Силвой затянулись.', ['Луисом Инасиу Лулой да Силвой → Луис Инасиу Лула да Силва']],
      // a surname the dictionary knows as a given name only in a plural is no given name in the names' case
      ['Министр финансов Новой Зеландии Питер Данн ушёл в отставку.', ['Питер Данн → Питер Данн']],
    ]);
  });

  it('takes no common word at a sentence\'s start into a name in another case: Роман Льва Толстого, Речь Ким Чен Ына', async () => {
    await expectPeople([
      ['Роман Габриэля Гарсиа Маркеса экранизируют в Колумбии.', ['Габриэля Гарсиа Маркеса → Габриэль Гарсиа Маркес']],
      ['Роман Льва Толстого включили в школьную программу.', ['Льва Толстого → Лев Толстой']],
      ['Речь Ким Чен Ына длилась два часа.', ['Ким Чен Ына → Ким Чен Ын']],
      ['Роман Абрамович продал «Челси».', ['Роман Абрамович → Роман Абрамович']],
    ]);
  });

  it('reads a name after a transitive verb as its object in the accusative, but after a verb of giving as the dative', async () => {
    await expectPeople([
      ['Присяжные оправдали Валентину Петрову по всем пунктам.', ['Валентину Петрову → Валентина Петрова']],
      ['Полицейские задержали Александру Смирнову у здания суда.', ['Александру Смирнову → Александра Смирнова']],
      ['Награду вручили Александру Смирнову в Кремле.', ['Александру Смирнову → Александр Смирнов']],
    ]);
  });

  it('keeps a foreign man\'s surname in a vowel as written, though the dictionary knows a common word of that form', async () => {
    await expectPeople([
      ['Бывший глава ЕЦБ Марио Драги возглавил правительство Италии.', ['Марио Драги → Марио Драги']],
      ['Переговоры с Марио Драги продлились до ночи.', ['Марио Драги → Марио Драги']],
    ]);
  });

  it('takes no state body\'s short name before a name into it: Мосгоризбиркома Валентин Горбунов', async () => {
    await expectPeople([['Председатель Мосгоризбиркома Валентин Горбунов объявил итоги голосования.', ['Валентин Горбунов → Валентин Горбунов']]]);
  });
});

/** Every mention of the text as `TYPE span → normal`, in text order. */
async function mentions(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start).map((m) => `${m.type} ${m.text} → ${m.normal}`);
}

describe('no person where the name names something else', () => {
  it('reads a street named after a person as a place, its descriptor in the name; a city after a street word stays a place, a name alone a person', async () => {
    expect(await mentions('Движение перекрыли на улице Горького.')).toEqual(['LOC улице Горького → улица Горького']);
    expect(await mentions('Колонна прошла по площади Льва Толстого.')).toEqual(['LOC площади Льва Толстого → площадь Льва Толстого']);
    expect(await mentions('Улицы Лондона опустели.')).toEqual(['LOC Лондона → Лондон']);
    expect(await mentions('Читатели выбрали повесть Горького.')).toEqual(['PER Горького → Горький']);
  });
});
