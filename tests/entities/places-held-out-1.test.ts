/**
 * A probe of place kinds and of people found where the dictionary reads something else, on news sentences written for
 * this file, not taken from any corpus (issue 17, after orgs-held-out-5.test.ts, which has city districts, streets,
 * federal districts, datelines and clubs named after places, and names-held-out-6/7, which have the normal forms of
 * names). Kinds: foreign cities and regions in the oblique cases with a descriptor and without; rivers, seas, lakes,
 * mountains, islands and regions named by an adjective and a noun; a country named as an actor (factRuEval marks it
 * LOC, a `LocOrg`); places inside longer names; words that are no places (surnames, adjectives, common nouns); people
 * named by a surname the dictionary reads as a common word or a place, in lists, after a plural title, in brackets
 * after a score. Each expected line is written by hand from the Russian text, following factRuEval's conventions
 * (../shared/specs/evaluation.md, docs/entities.md): `TYPE span → normal`, in text order.
 */
import { shown } from '../support/mentions.js';
import { probeKinds } from '../support/probe.js';

probeKinds(
  {
    'a foreign city or region the dictionary may lack, in an oblique case, without a descriptor': [
      { text: 'Боевики отступили из Ракки.', expected: ['LOC Ракки → Ракка'] },
      { text: 'Бои продолжаются под Авдеевкой.', expected: ['LOC Авдеевкой → Авдеевка'] },
      { text: 'Взрыв прогремел в Мосуле.', expected: ['LOC Мосуле → Мосул'] },
      { text: 'Колонна беженцев направилась к Хомсу.', expected: ['LOC Хомсу → Хомс'] },
      { text: 'Землетрясение произошло в Газиантепе.', expected: ['LOC Газиантепе → Газиантеп'] },
      { text: 'Делегация прилетела в Бангкок.', expected: ['LOC Бангкок → Бангкок'] },
      { text: 'Саммит пройдет в Гуанчжоу.', expected: ['LOC Гуанчжоу → Гуанчжоу'] },
      { text: 'Наводнение затопило пригороды Дакки.', expected: ['LOC Дакки → Дакка'] },
      { text: 'Обстрел Херсона продолжился ночью.', expected: ['LOC Херсона → Херсон'] },
      { text: 'Самолет вылетел из Хабаровска в Магадан.', expected: ['LOC Хабаровска → Хабаровск', 'LOC Магадан → Магадан'] },
    ],
    'a place inside the title of a work or an event in quotes, which may hold a sentence\'s marks, is the title\'s': [
      { text: 'Он выступил на форуме «Россия зовёт!» в Москве.', expected: ['LOC Москве → Москва'] },
      { text: 'Выставка «Москва — Берлин: 1900–1950» открылась в Пушкинском музее.', expected: ['ORG Пушкинском музее → Пушкинский музей'] },
      { text: 'На фестивале «Кинотавр» в Сочи показали 14 фильмов.', expected: ['LOC Сочи → Сочи'] },
    ],
    'a town named after a person, in a list of places after в': [
      { text: 'Подтоплены дома в Уссурийске, Арсеньеве и Партизанском районе.', expected: ['LOC Уссурийске → Уссурийск', 'LOC Арсеньеве → Арсеньев', 'LOC Партизанском районе → Партизанский район'] },
      { text: 'Отключения света прошли в Находке и Арсеньеве.', expected: ['LOC Находке → Находка', 'LOC Арсеньеве → Арсеньев'] },
      { text: 'Мэр Иван Петров провел прием. Избиратели разочаровались в Петрове и его команде.', expected: ['PER Иван Петров → Иван Петров', 'PER Петрове → Петров'] },
    ],
    'a city, region or village after its descriptor': [
      { text: 'Лесной пожар подошел к поселку Северный.', expected: ['LOC Северный → Северный'] },
      { text: 'Жители деревни Петровка остались без света.', expected: ['LOC Петровка → Петровка'] },
      { text: 'В провинции Сычуань прошли ливни.', expected: ['LOC Сычуань → Сычуань'] },
      { text: 'Губернатор штата Огайо объявил режим ЧС.', expected: ['LOC Огайо → Огайо'] },
      { text: 'Торнадо обрушился на город Талса.', expected: ['LOC Талса → Талса'] },
      { text: 'В селе Кирилловка открыли школу.', expected: ['LOC Кирилловка → Кирилловка'] },
      { text: 'Выборы в округе Колумбия прошли спокойно.', expected: ['LOC Колумбия → Колумбия'] },
    ],
    'natural features: rivers, seas, lakes, mountains, islands, peninsulas': [
      { text: 'Уровень воды в Енисее поднялся.', expected: ['LOC Енисее → Енисей'] },
      { text: 'Танкер затонул в Балтийском море.', expected: ['LOC Балтийском море → Балтийское море'] },
      { text: 'Рыбаков спасли на Ладожском озере.', expected: ['LOC Ладожском озере → Ладожское озеро'] },
      { text: 'Альпинисты погибли на Эльбрусе.', expected: ['LOC Эльбрусе → Эльбрус'] },
      { text: 'Туристы застряли на Камчатке.', expected: ['LOC Камчатке → Камчатка'] },
      { text: 'Лавина сошла в Гималаях.', expected: ['LOC Гималаях → Гималаи'] },
      { text: 'Учения прошли на Чукотке.', expected: ['LOC Чукотке → Чукотка'] },
      { text: 'Мост через Волгу откроют в мае.', expected: ['LOC Волгу → Волга'] },
      { text: 'Нефтяное пятно заметили в Каспийском море.', expected: ['LOC Каспийском море → Каспийское море'] },
      { text: 'Круизный лайнер прибыл на Сахалин.', expected: ['LOC Сахалин → Сахалин'] },
      { text: 'Шторм обрушился на побережье Тихого океана.', expected: ['LOC Тихого океана → Тихий океан'] },
    ],
    'a region named by an adjective and a noun, or by one noun': [
      { text: 'Губернатор Пермского края подписал указ.', expected: ['LOC Пермского края → Пермский край'] },
      { text: 'В Ямало-Ненецком автономном округе выпал снег.', expected: ['LOC Ямало-Ненецком автономном округе → Ямало-Ненецкий автономный округ'] },
      { text: 'Паводок затопил дома в Забайкалье.', expected: ['LOC Забайкалье → Забайкалье'] },
      { text: 'Урожай на Ставрополье оказался рекордным.', expected: ['LOC Ставрополье → Ставрополье'] },
      { text: 'Ситуация на Ближнем Востоке обострилась.', expected: ['LOC Ближнем Востоке → Ближний Восток'] },
      { text: 'Инвесторы вернулись на Дальний Восток.', expected: ['LOC Дальний Восток → Дальний Восток'] },
      { text: 'Туристы поехали в Юго-Восточную Азию.', expected: ['LOC Юго-Восточную Азию → Юго-Восточная Азия'] },
      { text: 'Новые санкции ударили по Латинской Америке.', expected: ['LOC Латинской Америке → Латинская Америка'] },
      { text: 'Поставки газа в Западную Европу сократились.', expected: ['LOC Западную Европу → Западная Европа'] },
    ],
    "a country named as an actor is a place (factRuEval's LocOrg)": [
      { text: 'Турция закрыла проливы для военных кораблей.', expected: ['LOC Турция → Турция'] },
      { text: 'Россия и Белоруссия подписали договор.', expected: ['LOC Россия → Россия', 'LOC Белоруссия → Белоруссия'] },
      { text: 'Переговоры между Ираном и Саудовской Аравией возобновились.', expected: ['LOC Ираном → Иран', 'LOC Саудовской Аравией → Саудовская Аравия'] },
      { text: 'Япония выразила протест Пекину.', expected: ['LOC Япония → Япония', 'LOC Пекину → Пекин'] },
    ],
    'a place inside a longer name': [
      { text: 'Рейс задержали в аэропорту Внуково.', expected: ['LOC Внуково → Внуково'] },
      { text: 'Вестибюль станции метро «Чистые пруды» закрыли.', expected: ['LOC Чистые пруды → Чистые пруды'] },
      { text: 'Митинг прошел на Дворцовой площади.', expected: ['LOC Дворцовой площади → Дворцовая площадь'] },
      { text: 'Встреча прошла в Кремле.', expected: ['LOC Кремле → Кремль'] },
      { text: 'Пресс-секретарь Белого дома ответил на вопросы.', expected: ['LOC Белого дома → Белый дом'] },
    ],
    'no place: an adjective, a common noun, an organisation': [
      { text: 'Российские компании нарастили экспорт.', expected: [] },
      { text: 'Мир изменился после пандемии.', expected: [] },
      { text: 'Спортсмены приехали на чемпионат мира.', expected: [] },
      { text: 'Орел парил над полем.', expected: [] },
      { text: 'Голландские тюльпаны подорожали.', expected: [] },
      { text: 'На границе выстроилась очередь.', expected: [] },
    ],
    'a foreign place of two or more hyphened parts, or one the dictionary lacks, after a preposition of place': [
      { text: 'Беспилотник сбили под Угледаром.', expected: ['LOC Угледаром → Угледар'] },
      { text: 'Войска вошли в Кандагар.', expected: ['LOC Кандагар → Кандагар'] },
      { text: 'Конвой остановили близ Дамаска.', expected: ['LOC Дамаска → Дамаск'] },
      { text: 'Карнавал отменили в Рио-де-Жанейро.', expected: ['LOC Рио-де-Жанейро → Рио-де-Жанейро'] },
      { text: 'Форум пройдет в Абу-Даби.', expected: ['LOC Абу-Даби → Абу-Даби'] },
      { text: 'Министр прибыл в Эр-Рияд.', expected: ['LOC Эр-Рияд → Эр-Рияд'] },
      { text: 'Пожары бушуют вокруг Лос-Анджелеса.', expected: ['LOC Лос-Анджелеса → Лос-Анджелес'] },
      { text: 'Забастовка парализовала порт Роттердама.', expected: ['LOC Роттердама → Роттердам'] },
      { text: 'Беженцы прибывают в провинцию Гильменд.', expected: ['LOC Гильменд → Гильменд'] },
      { text: 'Ураган обесточил дома в штате Мэриленд.', expected: ['LOC Мэриленд → Мэриленд'] },
      { text: 'Дорогу в поселок Новые Ляды отремонтировали.', expected: ['LOC Новые Ляды → Новые Ляды'] },
      { text: 'Жители села Верхние Луки пожаловались на воду.', expected: ['LOC Верхние Луки → Верхние Луки'] },
    ],
    'a natural place by its descriptor, by a plural name, or a region by one noun': [
      { text: 'Паводок на реке Уссури пошел на спад.', expected: ['LOC Уссури → Уссури'] },
      { text: 'Экологи проверили воду в озере Байкал.', expected: ['LOC Байкал → Байкал'] },
      { text: 'Полярники высадились на острове Врангеля.', expected: ['LOC острове Врангеля → остров Врангеля'], known: 'a natural place named after a person in the genitive keeps its descriptor in factRuEval\'s name, which the descriptor rule leaves out' },
      { text: 'Газопровод проложат по полуострову Ямал.', expected: ['LOC Ямал → Ямал'] },
      { text: 'Землетрясение ощутили на Курилах.', expected: ['LOC Курилах → Курилы'] },
      { text: 'Лыжники застряли в Карпатах.', expected: ['LOC Карпатах → Карпаты'] },
      { text: 'Напряженность на Балканах растет.', expected: ['LOC Балканах → Балканы'] },
      { text: 'Экспедиция отправилась в Арктику.', expected: ['LOC Арктику → Арктика'] },
      { text: 'Казаки собрались на Кубани.', expected: ['LOC Кубани → Кубань'] },
      { text: 'Поставки угля из Кузбасса выросли.', expected: ['LOC Кузбасса → Кузбасс'] },
      { text: 'Лесные пожары охватили Приангарье.', expected: ['LOC Приангарье → Приангарье'] },
      { text: 'Жители Приамурья пострадали от паводка.', expected: ['LOC Приамурья → Приамурье'] },
      { text: 'Инвестиции в Поволжье выросли.', expected: ['LOC Поволжье → Поволжье'] },
      { text: 'Беспорядки вспыхнули в Южной Осетии.', expected: ['LOC Южной Осетии → Южная Осетия'] },
      { text: 'Лидеры стран Северной Европы встретились в Осло.', expected: ['LOC Северной Европы → Северная Европа', 'LOC Осло → Осло'] },
    ],
    'a place inside a longer name, II': [
      { text: 'Акцию провели на Манежной площади.', expected: ['LOC Манежной площади → Манежная площадь'] },
      { text: 'Пробка растянулась по Садовому кольцу.', expected: ['LOC Садовому кольцу → Садовое кольцо'] },
      { text: 'Салют запустили на Поклонной горе.', expected: ['LOC Поклонной горе → Поклонная гора'] },
      { text: 'Поезд прибыл на Казанский вокзал.', expected: ['LOC Казанский вокзал → Казанский вокзал'] },
    ],
    'no place: a common noun a town also spells, a first name a place spells': [
      { text: 'Шахтеры спустились в шахты.', expected: [] },
      { text: 'Находка обрадовала археологов.', expected: [] },
      { text: 'Луга затопило после дождей.', expected: [] },
      { text: 'Улицы Находки засыпало снегом.', expected: ['LOC Находки → Находка'] },
      { text: 'Премьер Италии Джорджия Мелони прибыла в Брюссель.', expected: ['LOC Италии → Италия', 'PER Джорджия Мелони → Джорджия Мелони', 'LOC Брюссель → Брюссель'] },
      { text: 'Модельер Виктория Бекхэм открыла магазин.', expected: ['PER Виктория Бекхэм → Виктория Бекхэм'] },
      { text: 'Конструктор Сергей Королев создал первый спутник.', expected: ['PER Сергей Королев → Сергей Королев'] },
      { text: 'Памятник Пушкину отреставрировали.', expected: ['PER Пушкину → Пушкин'] },
    ],
  },
  shown,
);

probeKinds(
  {
    'a person named by a surname the dictionary reads as a common word or a place, inside a sentence': [
      { text: 'Вчера Медведев провел совещание.', expected: ['PER Медведев → Медведев'] },
      { text: 'На встрече Михаил Орлов рассказал о планах.', expected: ['PER Михаил Орлов → Михаил Орлов'] },
      { text: 'В финале Андрей Рублев обыграл соперника.', expected: ['PER Андрей Рублев → Андрей Рублев'] },
      { text: 'Об этом заявил Сергей Собянин.', expected: ['PER Сергей Собянин → Сергей Собянин'] },
      { text: 'Интервью дал Иван Сокол.', expected: ['PER Иван Сокол → Иван Сокол'] },
    ],
    'a surname a listed place spells, named again alone after the full name': [
      { text: 'Министр Ллойд Остин прибыл в Киев. Остин провел переговоры.', expected: ['PER Ллойд Остин → Ллойд Остин', 'LOC Киев → Киев', 'PER Остин → Остин'] },
      { text: 'Сенатор Ллойд Остин выступил. В Остине прошел митинг.', expected: ['PER Ллойд Остин → Ллойд Остин', 'LOC Остине → Остин'] },
    ],
    'people in a list with commas and `и`': [
      { text: 'В совещании участвовали Алексей Миллер, Игорь Сечин и Герман Греф.', expected: ['PER Алексей Миллер → Алексей Миллер', 'PER Игорь Сечин → Игорь Сечин', 'PER Герман Греф → Герман Греф'] },
      { text: 'Награды получили Ольга Смирнова и Елена Котова.', expected: ['PER Ольга Смирнова → Ольга Смирнова', 'PER Елена Котова → Елена Котова'] },
    ],
    'people after a plural title': [
      { text: 'Министры Антон Силуанов и Максим Решетников выступили на форуме.', expected: ['PER Антон Силуанов → Антон Силуанов', 'PER Максим Решетников → Максим Решетников'] },
      { text: 'Губернаторы Андрей Воробьев и Александр Беглов обсудили транспорт.', expected: ['PER Андрей Воробьев → Андрей Воробьев', 'PER Александр Беглов → Александр Беглов'] },
    ],
    'people after a plural title with their places': [
      { text: 'Министры обороны России и Белоруссии Сергей Шойгу и Виктор Хренин подписали соглашение.', expected: ['LOC России → Россия', 'LOC Белоруссии → Белоруссия', 'PER Сергей Шойгу → Сергей Шойгу', 'PER Виктор Хренин → Виктор Хренин'] },
      { text: 'Тренеры Валерий Карпин, Станислав Черчесов и Леонид Слуцкий дали интервью.', expected: ['PER Валерий Карпин → Валерий Карпин', 'PER Станислав Черчесов → Станислав Черчесов', 'PER Леонид Слуцкий → Леонид Слуцкий'] },
    ],
    'a surname the dictionary lacks beside a surname in a list': [
      { text: 'Голы забили Соболев и Малком.', expected: ['PER Соболев → Соболев', 'PER Малком → Малком'] },
      { text: 'В заявку вошли Кузнецов, Окафор и Морозов.', expected: ['PER Кузнецов → Кузнецов', 'PER Окафор → Окафор', 'PER Морозов → Морозов'] },
      { text: 'Об этом сообщили Петров и Росгвардия.', expected: ['PER Петров → Петров', 'ORG Росгвардия → Росгвардия'] },
      { text: 'Петров уехал в Мариуполь, Бердянск и Мелитополь.', expected: ['PER Петров → Петров', 'LOC Мариуполь → Мариуполь', 'LOC Бердянск → Бердянск', 'LOC Мелитополь → Мелитополь'] },
    ],
    'a street, square, park or garden named after one person or two': [
      { text: 'Митинг прошел на площади Минина и Пожарского.', expected: ['LOC площади Минина и Пожарского → площадь Минина и Пожарского'] },
      { text: 'В парке Горького открылся каток.', expected: ['LOC парке Горького → парк Горького'] },
      { text: 'Фонтан в сквере Пушкина отключили на зиму.', expected: ['LOC сквере Пушкина → сквер Пушкина'] },
      { text: 'Вечером туристы гуляли по Александровскому саду.', expected: ['LOC Александровскому саду → Александровский сад'] },
    ],
    'people in brackets after a score': [
      { text: '«Спартак» обыграл «Зенит» со счетом 2:1 (Соболев, Промес; Малком).', expected: ['ORG Спартак → Спартак', 'ORG Зенит → Зенит', 'PER Соболев → Соболев', 'PER Промес → Промес', 'PER Малком → Малком'] },
      { text: 'Хозяева победили 3:0 (Дзюба, 12, 40; Головин, 77).', expected: ['PER Дзюба → Дзюба', 'PER Головин → Головин'], known: 'a surname the dictionary reads as a common noun (`дзюба`) opening a score\'s brackets has no rule' },
    ],
  },
  shown,
);
