/**
 * People on news sentences written for these tests, not taken from any corpus (a third set, after
 * names-held-out-2.test.ts): each person as `span → name`, the span as the text writes it and the name in the
 * nominative, written by hand from the Russian text.
 */
import { describe, it } from 'vitest';
import { expectPeople } from '../support/people.js';

describe('people on unseen news sentences, third set', () => {
  it("reads a woman's name that is also another name's oblique form as the woman's when the words around it say she", async () => {
    await expectPeople([
      ['Вице-президент Камала Харрис выступила с речью.', ['Камала Харрис → Камала Харрис']],
      ['Премьер Италии Джорджа Мелони прибыла в Брюссель.', ['Джорджа Мелони → Джорджа Мелони']],
      ['Теннисистка Мартина Навратилова выиграла турнир.', ['Мартина Навратилова → Мартина Навратилова']],
      ['Писательница Франциска Бауэр получила премию.', ['Франциска Бауэр → Франциска Бауэр']],
      ['Певица Шакира Мебарак выпустила альбом.', ['Шакира Мебарак → Шакира Мебарак']],
      // The man's genitive where a man's declined surname says so.
      ['Выступление Джорджа Буша транслировали все каналы.', ['Джорджа Буша → Джордж Буш']],
      ['Фильм о жизни Мартина Скорсезе вышел в прокат.', ['Мартина Скорсезе → Мартин Скорсезе']],
    ]);
  });

  it('reads a title that opens the sentence as the title the name stands in apposition to', async () => {
    await expectPeople([
      ['Премьер Италии Джорджа Мелони.', ['Джорджа Мелони → Джорджа Мелони']],
    ]);
  });

  it("keeps a foreign man's surname in -и that is also a common noun's oblique form as written", async () => {
    await expectPeople([
      ['Об этом заявил Марио Драги.', ['Марио Драги → Марио Драги']],
      ['Парламент поддержал Марио Драги.', ['Марио Драги → Марио Драги']],
      ['Правительство Марио Драги ушло в отставку.', ['Марио Драги → Марио Драги']],
      ['Фильм Джорджа Клуни получил премию.', ['Джорджа Клуни → Джордж Клуни']],
      // A Russian name declines both parts.
      ['Роль Богдана Ступки сыграл другой актер.', ['Богдана Ступки → Богдан Ступка']],
    ]);
  });

  it('reads the gender of a surname alone from its verb past an adverb or a particle between them', async () => {
    await expectPeople([
      ['Голикова также сообщила о новых мерах.', ['Голикова → Голикова']],
      ['Мизулина тоже выступила против.', ['Мизулина → Мизулина']],
    ]);
  });

  it("reads a surname after a thing's noun that agrees with the verb as that noun's genitive complement", async () => {
    await expectPeople([
      ['Пресс-служба Кадырова заявила об этом.', ['Кадырова → Кадыров']],
      ['Пресс-служба Собянина сообщила о закрытии парков.', ['Собянина → Собянин']],
      ['Администрация Волкова опровергла слухи.', ['Волкова → Волков']],
      // A noun after a preposition is no subject.
      ['На брифинге Захарова также заявила о санкциях.', ['Захарова → Захарова']],
    ]);
  });

  it('reads a Chinese family name and given name as one name in every case, the given name in the nominative', async () => {
    await expectPeople([
      ['Переговоры с Си Цзиньпином продлились три часа.', ['Си Цзиньпином → Си Цзиньпин']],
      ['Визит Си Цзиньпина в Москву завершился.', ['Си Цзиньпина → Си Цзиньпин']],
      ['Си Цзиньпину вручили орден.', ['Си Цзиньпину → Си Цзиньпин']],
      ['Бывший председатель Ху Цзиньтао не приехал.', ['Ху Цзиньтао → Ху Цзиньтао']],
    ]);
  });

  it('reads initials before a surname whole: a double given name joined by a hyphen, and a surname that is also a town', async () => {
    await expectPeople([
      ['Премьер Франции Ж.-М. Эро выступил в парламенте.', ['Ж.-М. Эро → Ж.-М. Эро']],
      ['Об этом сообщил Ж.-П. Раффарен.', ['Ж.-П. Раффарен → Ж.-П. Раффарен']],
      ['По словам А. Б. Иванова, все в порядке.', ['А. Б. Иванова → А. Б. Иванов']],
      ['По словам И. Иванова, сделка закрыта.', ['И. Иванова → И. Иванов']],
    ]);
  });

  it('reads a name whose words show no case in the case of the name it is joined to by a conjunction', async () => {
    await expectPeople([
      ['Переговоры Сергея Лаврова и Энтони Блинкена прошли в Женеве.', ['Сергея Лаврова → Сергей Лавров', 'Энтони Блинкена → Энтони Блинкен']],
      ['Письмо Путину и Энтони Блинкену отправили вчера.', ['Путину → Путин', 'Энтони Блинкену → Энтони Блинкен']],
    ]);
  });

  it("reads a woman's name that is also a capital's as her name before a surname, in every case", async () => {
    await expectPeople([
      ['Певица София Ротару дала концерт в Ялте.', ['София Ротару → София Ротару']],
      ['Концерт Софии Ротару перенесли на осень.', ['Софии Ротару → София Ротару']],
      ['Встреча с Софией Ротару прошла в Ялте.', ['Софией Ротару → София Ротару']],
      ['По словам Софии Ивановой, все билеты проданы.', ['Софии Ивановой → София Иванова']],
      // The capital, then a man's surname in another case: the place and a person.
      ['В Софии Лавров встретился с министром.', ['Лавров → Лавров']],
    ]);
  });

  it("reads a surname alone the dictionary lacks in the instrumental in -ым as the man's surname it declines from", async () => {
    await expectPeople([
      ['Президент встретился с Радевым в Софии.', ['Радевым → Радев']],
      ['Переговоры с Тодоровым прошли успешно.', ['Тодоровым → Тодоров']],
    ]);
  });

  it('reads a given name and a surname after a title whole, though the surname is also a common word', async () => {
    await expectPeople([
      ['Известный предприниматель Йоост Бур открыл завод.', ['Йоост Бур → Йоост Бур']],
      ['Бельгийский инвестор Рутгер Кок купил клуб.', ['Рутгер Кок → Рутгер Кок']],
      ['Норвежский бизнесмен Эйвинд Бор заявил о банкротстве.', ['Эйвинд Бор → Эйвинд Бор']],
    ]);
  });

  it("links a man's surname the document introduces, declined as a common word's form, to the person", async () => {
    await expectPeople([
      ['Глава SpaceX Илон Маск купил Twitter. Решение Маска раскритиковали.', ['Илон Маск → Илон Маск', 'Маска → Илон Маск']],
      ['Глава SpaceX Илон Маск купил Twitter. Журналисты позвонили Маску.', ['Илон Маск → Илон Маск', 'Маску → Илон Маск']],
    ]);
  });

  it('reads a surname alone after a title that opens the sentence', async () => {
    await expectPeople([
      ['Премьер Мэй подала в отставку.', ['Мэй → Мэй']],
      ['Посол Нуланд прибыла в Киев.', ['Нуланд → Нуланд']],
    ]);
  });

  it("reads a woman's foreign name the dictionary lacks with a surname in -вич, which it reads as a patronymic, whole and in the nominative", async () => {
    await expectPeople([
      ['Фильм с Миллой Йовович вышел в прокат.', ['Миллой Йовович → Милла Йовович']],
      ['Роль Миллы Йовович досталась другой актрисе.', ['Миллы Йовович → Милла Йовович']],
      ['Актриса Милла Йовович прибыла в Москву.', ['Милла Йовович → Милла Йовович']],
    ]);
  });

  it("reads a listed woman's name whose oblique form the dictionary reads as a man's indeclinable name as hers where the words around it say so", async () => {
    await expectPeople([
      ['Встреча с Аной Брнабич прошла в Белграде.', ['Аной Брнабич → Ана Брнабич']],
      ['Заявление премьера Аны Брнабич опубликовано.', ['Аны Брнабич → Ана Брнабич']],
      ['У Аны Брнабич нет претензий к партнерам.', ['Аны Брнабич → Ана Брнабич']],
    ]);
  });

  it("keeps a woman's foreign surname the dictionary lacks that ends in a vowel as written, and declines a Russian one", async () => {
    await expectPeople([
      ['Роль Моники Беллуччи досталась другой.', ['Моники Беллуччи → Моника Беллуччи']],
      ['Выставка Франчески Пуччи открылась в Риме.', ['Франчески Пуччи → Франческа Пуччи']],
      ['Победа Дарьи Касаткиной удивила всех.', ['Дарьи Касаткиной → Дарья Касаткина']],
    ]);
  });
});
