/**
 * Person names in their normal form on news sentences written for these tests, not taken from any corpus:
 * each name in the nominative singular, its gender kept. Every expected name is written by hand from the
 * Russian text, as a Russian reader names the person; one test per kind of name, several sentences each.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** The canonical name of the person entity that has a mention written exactly `fragment`. */
async function personNamed(text: string, fragment: string): Promise<string | undefined> {
  const doc = await analyze(text);
  return doc.entities.find((entity) => entity.type === 'PER' && entity.mentions.some((m) => m.text === fragment))?.name;
}

/** Checks each sentence's mention against its expected nominative. */
async function expectNames(cases: readonly (readonly [text: string, fragment: string, expected: string])[]): Promise<void> {
  const got = await Promise.all(cases.map(async ([text, fragment]) => [fragment, await personNamed(text, fragment)]));
  expect(got).toEqual(cases.map(([, fragment, expected]) => [fragment, expected]));
}

describe('person names on unseen news sentences', () => {
  it('keeps as written a foreign surname in -е after a nominative title, though the dictionary knows a Буш', async () => {
    await expectNames([
      ['Тренер Ги Буше отметил характер команды.', 'Ги Буше', 'Ги Буше'],
      ['Главный тренер «Авангарда» Ги Буше остался доволен.', 'Ги Буше', 'Ги Буше'],
      ['Решающую шайбу забросил нападающий Рид Буше.', 'Рид Буше', 'Рид Буше'],
      ['Письмо президенту Джорджу Бушу отправили вчера.', 'Джорджу Бушу', 'Джордж Буш'],
    ]);
  });

  it("keeps a woman's surname that ends in a consonant as written", async () => {
    await expectNames([
      ['Журнал опубликовал интервью Светланы Алексиевич.', 'Светланы Алексиевич', 'Светлана Алексиевич'],
      ['Интервью с Еленой Черных вышло вчера.', 'Еленой Черных', 'Елена Черных'],
      ['Встреча с Ангелой Меркель прошла тепло.', 'Ангелой Меркель', 'Ангела Меркель'],
      ['Выступление Греты Тунберг осудили.', 'Греты Тунберг', 'Грета Тунберг'],
    ]);
  });

  it('puts a patronymic in an oblique case into the nominative from its own stem', async () => {
    await expectNames([
      ['Встреча с Натальей Васильевной Тимаковой прошла спокойно.', 'Натальей Васильевной Тимаковой', 'Наталья Васильевна Тимакова'],
      ['Письмо адресовано Анне Сергеевне Ивановой.', 'Анне Сергеевне Ивановой', 'Анна Сергеевна Иванова'],
      ['Суд вызвал Ивана Петровича Сидорова.', 'Ивана Петровича Сидорова', 'Иван Петрович Сидоров'],
      ['Слово предоставили Ильхаму Гейдаровичу Алиеву.', 'Ильхаму Гейдаровичу Алиеву', 'Ильхам Гейдарович Алиев'],
    ]);
  });

  it("declines a man's surname that the dictionary knows only as a common word of another form", async () => {
    await expectNames([
      ['Роль досталась Брэду Питту.', 'Брэду Питту', 'Брэд Питт'],
      ['Интервью с Ларри Кингом вышло в эфир.', 'Ларри Кингом', 'Ларри Кинг'],
    ]);
  });

  it("puts a man's name in -ия into the nominative", async () => {
    await expectNames([
      ['Эксперт Зураб Чантурия выступил. Мнение Зураба Чантурии поддержали.', 'Зураба Чантурии', 'Зураб Чантурия'],
      ['Сторонники Звиада Гамсахурдии вышли на улицы.', 'Звиада Гамсахурдии', 'Звиад Гамсахурдия'],
      ['Встреча с Гией Канчели состоялась в 2010 году.', 'Гией Канчели', 'Гия Канчели'],
      ['Дело Лаврентия Берии пересмотрели.', 'Лаврентия Берии', 'Лаврентий Берия'],
    ]);
  });

  it("puts a listed woman's foreign first name in an oblique case into the nominative", async () => {
    await expectNames([
      ['Кандидатуру Камалы Харрис поддержали демократы.', 'Камалы Харрис', 'Камала Харрис'],
      ['Позиция Ангелы Меркель не изменилась.', 'Ангелы Меркель', 'Ангела Меркель'],
      ['Речь Хиллари Клинтон транслировали все каналы.', 'Хиллари Клинтон', 'Хиллари Клинтон'],
    ]);
  });

  it("reads a foreign woman's first name common in news, which the dictionary lacks, in the nominative", async () => {
    await expectNames([
      ['Письмо Анналены Бербок получено.', 'Анналены Бербок', 'Анналена Бербок'],
      ['Встреча с Анналеной Бербок прошла в Москве.', 'Анналеной Бербок', 'Анналена Бербок'],
      ['Заявление Федерики Могерини распространили.', 'Федерики Могерини', 'Федерика Могерини'],
      ['Заявление Джорджи Мелони опубликовано.', 'Джорджи Мелони', 'Джорджа Мелони'],
      ['Теннисистка Серена Уильямс выиграла турнир. Уильямс обыграла соперницу.', 'Уильямс', 'Серена Уильямс'],
      ['Указ Гурбангулы Бердымухамедова опубликован.', 'Гурбангулы Бердымухамедова', 'Гурбангулы Бердымухамедов'],
    ]);
  });

  it('puts both parts of a double first name and of a double surname into the nominative', async () => {
    await expectNames([
      ['Министр встретился с Франком-Вальтером Штайнмайером.', 'Франком-Вальтером Штайнмайером', 'Франк-Вальтер Штайнмайер'],
      ['Книга Михаила Салтыкова-Щедрина переиздана.', 'Михаила Салтыкова-Щедрина', 'Михаил Салтыков-Щедрин'],
      ['Выставка посвящена Анне Голубкиной-Петровой.', 'Анне Голубкиной-Петровой', 'Анна Голубкина-Петрова'],
      ['Выставка посвящена Кузьме Петрову-Водкину.', 'Кузьме Петрову-Водкину', 'Кузьма Петров-Водкин'],
      ['Оперу Николая Римского-Корсакова поставили в Большом театре.', 'Николая Римского-Корсакова', 'Николай Римский-Корсаков'],
      ['Решение Касым-Жомарта Токаева поддержали депутаты.', 'Касым-Жомарта Токаева', 'Касым-Жомарт Токаев'],
    ]);
  });

  it("puts a woman's surname the dictionary lacks into the nominative when her first name does not decline", async () => {
    await expectNames([
      ['Спортсменке Алсу Габдрахмановой вручили медаль.', 'Алсу Габдрахмановой', 'Алсу Габдрахманова'],
      ['Выступление Айгуль Мухаметшиной было ярким.', 'Айгуль Мухаметшиной', 'Айгуль Мухаметшина'],
    ]);
  });

  it("reads a name after a past verb of its gender as that verb's subject, a woman after a feminine verb", async () => {
    await expectNames([
      ['Премию получила Евгения Медведева.', 'Евгения Медведева', 'Евгения Медведева'],
      ['В финале победила Александра Иванова.', 'Александра Иванова', 'Александра Иванова'],
      ['Тренер похвалил Ивана Петрова.', 'Ивана Петрова', 'Иван Петров'],
      ['Выборы выиграл Дмитрий Медведев.', 'Дмитрий Медведев', 'Дмитрий Медведев'],
    ]);
  });

  it('keeps indeclinable surnames as written in any case', async () => {
    await expectNames([
      ['Заявление Петра Порошенко опубликовано на сайте.', 'Петра Порошенко', 'Петр Порошенко'],
      ['Мемуары Петра Дурново изданы впервые.', 'Петра Дурново', 'Петр Дурново'],
      ['Встреча с Валерием Долгих продолжалась час.', 'Валерием Долгих', 'Валерий Долгих'],
      ['Книга Иоганна Вольфганга Гете переиздана.', 'Иоганна Вольфганга Гете', 'Иоганн Вольфганг Гете'],
      ['Встреча с Синдзо Абэ прошла в Токио.', 'Синдзо Абэ', 'Синдзо Абэ'],
      ['Визит Джастина Трюдо перенесли.', 'Джастина Трюдо', 'Джастин Трюдо'],
    ]);
  });
});
