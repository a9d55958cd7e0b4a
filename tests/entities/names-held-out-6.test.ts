/**
 * Normal forms of names on news sentences written for these tests, not taken from any corpus (a sixth set, after
 * names-held-out-5.test.ts), by the kinds of issue 13: foreign surnames in a vowel that do not decline beside Russian
 * ones in `-я` that do, told apart by another form the document shows; surnames of the adjective kind; foreign names
 * with a middle name or a surname of two words; East Asian names; women's names in the oblique cases and a woman's
 * surname alone later; a relative's noun before a name; organisations and places in an oblique case. The names are
 * others than those of the earlier sets. A person mention reads `span → first · middle · last`, the parts of its
 * entity's name in the nominative (`–` for a part the name lacks); a place or organisation `TYPE span → normal form`.
 * Every expected value is written by hand from the Russian text.
 */
import { shown } from '../support/mentions.js';
import { nameParts } from '../support/people.js';
import { probeKinds, type Case } from '../support/probe.js';

const people: Record<string, Case[]> = {
  'a foreign surname in a vowel does not decline; a Russian one in -я does, as another form in the document shows': [
    { text: 'Выступление Муаммара Каддафи транслировали по телевидению.', expected: ['Муаммара Каддафи → Муаммар · – · Каддафи'] },
    { text: 'Журналисты встретились с Эдвардом Кеннеди.', expected: ['Эдвардом Кеннеди → Эдвард · – · Кеннеди'] },
    { text: 'Фильмы Резо Габриадзе показали в Тбилиси.', expected: ['Резо Габриадзе → Резо · – · Габриадзе'] },
    { text: 'По словам Гии Канчели, музыка написана за месяц.', expected: ['Гии Канчели → Гия · – · Канчели'] },
    { text: 'Журналисты встретились с Джузеппе Конте.', expected: ['Джузеппе Конте → Джузеппе · – · Конте'] },
    { text: 'Фильмы Тонино Гуэрры показали в Риме.', expected: ['Тонино Гуэрры → Тонино · – · Гуэрра'] },
    { text: 'Визит Сергея Шойгу в Минск завершился. Шойгу провел переговоры.', expected: ['Сергея Шойгу → Сергей · – · Шойгу', 'Шойгу → Сергей · – · Шойгу'] },
    {
      text: 'Андрей Сикиля возглавил делегацию. По словам Андрея Сикили, решение принято.',
      expected: ['Андрей Сикиля → Андрей · – · Сикиля', 'Андрея Сикили → Андрей · – · Сикиля'],
    },
    {
      text: 'Слово дали Андрею Сикиле. Андрей Сикиля заявил о поддержке.',
      expected: ['Андрею Сикиле → Андрей · – · Сикиля', 'Андрей Сикиля → Андрей · – · Сикиля'],
    },
    {
      text: 'По словам Андрея Сикили, решение принято. Андрей Сикиля возглавил делегацию.',
      expected: ['Андрея Сикили → Андрей · – · Сикиля', 'Андрей Сикиля → Андрей · – · Сикиля'],
    },
  ],
  'a surname of the adjective kind in the oblique cases, and a woman\'s': [
    { text: 'Законопроект Андрея Лугового внесли в Думу.', expected: ['Андрея Лугового → Андрей · – · Луговой'] },
    { text: 'Журналисты встретились с Андреем Луговым.', expected: ['Андреем Луговым → Андрей · – · Луговой'] },
    { text: 'Полет Георгия Берегового вошел в историю.', expected: ['Георгия Берегового → Георгий · – · Береговой'] },
    { text: 'Памятник Федору Достоевскому открыли в Тобольске.', expected: ['Федору Достоевскому → Федор · – · Достоевский'] },
    { text: 'Рецепты Юлии Высоцкой стали популярны.', expected: ['Юлии Высоцкой → Юлия · – · Высоцкая'] },
    { text: 'Андрей Луговой внес законопроект. Коллеги поддержали Лугового.', expected: ['Андрей Луговой → Андрей · – · Луговой', 'Лугового → Андрей · – · Луговой'] },
    { text: 'Юлия Высоцкая открыла ресторан. Меню Высоцкой обновили.', expected: ['Юлия Высоцкая → Юлия · – · Высоцкая', 'Высоцкой → Юлия · – · Высоцкая'] },
    {
      text: 'Законопроект Ирины Яровой приняли в первом чтении. Ирина Яровая поблагодарила коллег.',
      expected: ['Ирины Яровой → Ирина · – · Яровая', 'Ирина Яровая → Ирина · – · Яровая'],
    },
    {
      text: 'Ирина Яровая внесла законопроект. Законопроект Ирины Яровой приняли.',
      expected: ['Ирина Яровая → Ирина · – · Яровая', 'Ирины Яровой → Ирина · – · Яровая'],
    },
  ],
  'a foreign name with a middle name or a surname of two words': [
    { text: 'Речь Франклина Делано Рузвельта транслировали по радио.', expected: ['Франклина Делано Рузвельта → Франклин · Делано · Рузвельт'], known: "a middle name the dictionary reads as a participle (`делано`) breaks the name" },
    { text: 'Романы Эриха Марии Ремарка переиздали.', expected: ['Эриха Марии Ремарка → Эрих · Мария · Ремарк'], known: "a man's middle name that is a woman's name (`Мария`) is read as a second person" },
    { text: 'Стихи Райнера Марии Рильке перевели на русский.', expected: ['Райнера Марии Рильке → Райнер · Мария · Рильке'] },
    { text: 'Портрет Уильяма Джефферсона Клинтона повесили в музее.', expected: ['Уильяма Джефферсона Клинтона → Уильям · Джефферсон · Клинтон'] },
    { text: 'Сборник Хорхе Луиса Борхеса вышел в Москве.', expected: ['Хорхе Луиса Борхеса → Хорхе · Луис · Борхес'] },
    { text: 'Песни Джона Уинстона Леннона звучат по радио.', expected: ['Джона Уинстона Леннона → Джон · Уинстон · Леннон'] },
    { text: 'Книги Марио Варгаса Льосы переиздали.', expected: ['Марио Варгаса Льосы → Марио · – · Варгас Льоса'], known: "a Spanish double surname whose halves both decline is read as a middle name and a surname" },
    { text: 'Фильмы Гаэля Гарсиа Берналя показали в Каннах.', expected: ['Гаэля Гарсиа Берналя → Гаэль · – · Гарсиа Берналь'], known: "a Spanish double surname whose first half the dictionary knows as an indeclinable given name ends the name" },
    { text: 'Заявление Жан-Мари Ле Пена осудили.', expected: ['Жан-Мари Ле Пена → Жан-Мари · – · Ле Пен'] },
  ],
  'an East Asian name: the family name first, and it does not decline': [
    { text: 'Реформы Дэн Сяопина изменили страну.', expected: ['Дэн Сяопина → Дэн · – · Сяопин'] },
    { text: 'Министр иностранных дел Китая Ван И прибыл в Москву.', expected: ['Ван И → Ван · – · И'] },
    { text: 'По словам Ван И, Пекин готов к диалогу.', expected: ['Ван И → Ван · – · И'] },
    { text: 'Визит Ху Цзиньтао в Москву завершился.', expected: ['Ху Цзиньтао → Ху · – · Цзиньтао'] },
    { text: 'Журналисты встретились с Ли Кэцяном.', expected: ['Ли Кэцяном → Ли · – · Кэцян'] },
    { text: 'Встреча с Чжоу Эньлаем прошла в Пекине.', expected: ['Чжоу Эньлаем → Чжоу · – · Эньлай'] },
    { text: 'Президент Южной Кореи Пак Кын Хе заявила об отставке.', expected: ['Пак Кын Хе → Пак · – · Кын Хе'] },
    { text: 'По словам Ким Ё Чжон, переговоры бессмысленны.', expected: ['Ким Ё Чжон → Ким · – · Ё Чжон'], known: "a one-letter syllable in a Korean name is read as a middle name" },
    { text: 'Премьер Японии Сигэру Исиба прибыл в Вашингтон.', expected: ['Сигэру Исиба → Сигэру · – · Исиба'] },
  ],
  "a woman's names in the oblique cases, and her surname alone later": [
    { text: 'Доклад Ольги Голодец обсудили в правительстве.', expected: ['Ольги Голодец → Ольга · – · Голодец'] },
    { text: 'Концерт Саши Белоусовой перенесли.', expected: ['Саши Белоусовой → Саша · – · Белоусова'] },
    { text: 'Награду вручили Жене Белоусовой.', expected: ['Жене Белоусовой → Женя · – · Белоусова'] },
    { text: 'Выступление Жени Белоусовой перенесли.', expected: ['Жени Белоусовой → Женя · – · Белоусова'] },
    { text: 'Книга Ирины Хакамады вышла весной.', expected: ['Ирины Хакамады → Ирина · – · Хакамада'] },
    {
      text: 'Журналисты встретились с Вероникой Скворцовой. Скворцова рассказала о вакцине.',
      expected: ['Вероникой Скворцовой → Вероника · – · Скворцова', 'Скворцова → Вероника · – · Скворцова'],
    },
    {
      text: 'Эльвира Набиуллина выступила в Думе. Депутаты задали Набиуллиной вопросы.',
      expected: ['Эльвира Набиуллина → Эльвира · – · Набиуллина', 'Набиуллиной → Эльвира · – · Набиуллина'],
    },
    {
      text: 'Анастасия Ракова открыла поликлинику. Ракову поблагодарили жители.',
      expected: ['Анастасия Ракова → Анастасия · – · Ракова', 'Ракову → Анастасия · – · Ракова'],
    },
  ],
  "a relative's noun before a name: the name is its genitive, whatever the verb's gender": [
    { text: 'Дочь Петра Порошенко выступила на митинге.', expected: ['Петра Порошенко → Петр · – · Порошенко'] },
    { text: 'Вдова Роберта Кеннеди дала интервью.', expected: ['Роберта Кеннеди → Роберт · – · Кеннеди'] },
    { text: 'Дочь Карла Маркса вышла замуж.', expected: ['Карла Маркса → Карл · – · Маркс'] },
    { text: 'Сестра Павла Дурова дала интервью.', expected: ['Павла Дурова → Павел · – · Дуров'] },
    { text: 'Внучка Никиты Хрущева выступила в Нью-Йорке.', expected: ['Никиты Хрущева → Никита · – · Хрущев'] },
  ],
};

const places: Record<string, Case[]> = {
  'an organisation or a place in an oblique case, in the nominative, a place the dictionary also reads as a common word': [
    { text: 'Соглашение подписали с Роскосмосом.', expected: ['ORG Роскосмосом → Роскосмос'] },
    { text: 'Иск подан Минфином.', expected: ['ORG Минфином → Минфин'] },
    { text: 'Соглашение подписали с Аэрофлотом и Сбербанком.', expected: ['ORG Аэрофлотом → Аэрофлот', 'ORG Сбербанком → Сбербанк'] },
    { text: 'Фестиваль прошел в Находке.', expected: ['LOC Находке → Находка'] },
    { text: 'Пожар произошел в Шахтах.', expected: ['LOC Шахтах → Шахты'] },
    { text: 'Выборы прошли в Сумах.', expected: ['LOC Сумах → Сумы'] },
    { text: 'Учения прошли в Ельне.', expected: ['LOC Ельне → Ельня'] },
    { text: 'Митинг прошел в Орле.', expected: ['LOC Орле → Орел'] },
  ],
};

probeKinds(people, nameParts);
probeKinds(places, shown);
