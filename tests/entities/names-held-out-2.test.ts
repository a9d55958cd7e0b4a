/**
 * People on news sentences written for these tests, not taken from any corpus (a second set, after
 * people-held-out.test.ts): each person as `span → name`, the span as the text writes it and the name in the
 * nominative, written by hand from the Russian text.
 */
import { describe, expect, it } from 'vitest';
import { expectPeople } from '../support/people.js';
import { analyze } from '../../src/index.js';

describe('people on unseen news sentences, second set', () => {
  it('reads two capitalised words right after a title as a name, though the dictionary reads them as common words', async () => {
    await expectPeople([
      ['Мэр Лондона Садик Хан раскритиковал решение правительства.', ['Садик Хан → Садик Хан']],
      ['Премьер Сербии Ана Брнабич прибыла в Москву.', ['Ана Брнабич → Ана Брнабич']],
      ['Сборную Хорватии возглавил тренер Славен Билич.', ['Славен Билич → Славен Билич']],
    ]);
  });

  it('keeps a regnal number in the name as written', async () => {
    await expectPeople([
      ['Король Людовик XIV построил Версаль.', ['Людовик XIV → Людовик XIV']],
      ['Портрет Елизаветы II продали на аукционе.', ['Елизаветы II → Елизавета II']],
      ['Карл III стал королем Великобритании.', ['Карл III → Карл III']],
      ['Реформы Петра I изменили Россию.', ['Петра I → Петр I']],
      ['Папа римский Иоанн Павел II посетил Польшу.', ['Иоанн Павел II → Иоанн Павел II']],
    ]);
  });

  it('reads a double given name of first names as a first name', async () => {
    await expectPeople([
      ['Жан-Франсуа Копе возглавил партию.', ['Жан-Франсуа Копе → Жан-Франсуа Копе']],
      ['Бывший министр Жан-Франсуа Копе заявил о выдвижении.', ['Жан-Франсуа Копе → Жан-Франсуа Копе']],
      ['Нападающий Пьер-Эмерик Обамеянг перешел в «Челси».', ['Пьер-Эмерик Обамеянг → Пьер-Эмерик Обамеянг']],
    ]);
  });

  it('forces a surname alone onto neither of two people of that surname', async () => {
    await expectPeople([
      ['Борис Джонсон ушел в отставку. Его брат Джо Джонсон тоже. Джонсон заявил, что не жалеет.',
        ['Борис Джонсон → Борис Джонсон', 'Джо Джонсон → Джо Джонсон', 'Джонсон → Джонсон']],
    ]);
  });

  it('puts a name alone that is also a common word in the surname slot, a common first name in the first-name slot', async () => {
    const parts = async (text: string) => (await analyze(text)).entities.filter((e) => e.type === 'PER').map((e) => e.parts);
    expect(await parts('Журналисты спросили, почему Гор отказался от выборов.')).toEqual([{ last: 'Гор' }]);
    expect(await parts('Сегодня Лиза пошла в школу.')).toEqual([{ first: 'Лиза' }]);
  });
});
