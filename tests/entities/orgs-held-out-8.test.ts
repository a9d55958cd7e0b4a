/**
 * Organisations named in quotes or in Latin letters by their context alone (issue 17), eighth round: short news
 * sentences written for this file in Russian and not taken from any corpus. The kinds: a name in quotes as the subject
 * of an ordinary verb of what a company does (`«Соллерс» завершил`), or after a preposition in a company's frame
 * (`В «Соллерсе» сообщили`, `договорился с «Автотором»`), with no kind noun before it; a name in quotes after a state's
 * adjective (`российский «Автотор»`: the adjective describes, and is no part of the name, unlike a city's:
 * `петербургский «Зенит»`); a newspaper named in quotes by a place's words (`рассказал «Новой Сибири»`); a maker's
 * name after a product noun (`автомобили BMW`: the maker is an organisation, as factRuEval marks `автомобили ЗАЗ
 * Forza`, the model no name). Counter-examples: a film's, a book's or a series' title, a slogan and scare quotes are
 * no organisations. Every expected mention was marked by hand from the text before the code was run.
 */
import { probeEntityArticles } from '../support/mentions.js';

probeEntityArticles({
  // a name in quotes as the subject of an ordinary verb
  'subject: a car maker completes a buyout': { text: '«Соллерс» завершил выкуп доли японского партнера.', mentions: ['ORG Соллерс'] },
  'subject: a retailer opens shops': { text: '«Магнит» открыл 500 новых магазинов в прошлом году.', mentions: ['ORG Магнит'] },
  'subject: an airline cuts flights': { text: 'В марте «Аэрофлот» сократил число рейсов в Турцию.', mentions: ['ORG Аэрофлот', 'LOC Турцию'] },
  'subject: a steel maker raises dividends': { text: 'По итогам года «Северсталь» увеличила выплаты акционерам.', mentions: ['ORG Северсталь'] },
  'subject: two operators buy and sell': {
    text: '«Ростелеком» приобрел долю в операторе связи, а «Мегафон» продал свои вышки.',
    mentions: ['ORG Ростелеком', 'ORG Мегафон'],
  },
  'subject: a maker launches a plant': { text: '«Технониколь» запустила новый завод под Рязанью.', mentions: ['ORG Технониколь', 'LOC Рязанью'] },
  'subject: a chain raises wages': { text: 'Летом «Пятерочка» повысила зарплаты кассирам.', mentions: ['ORG Пятерочка'] },
  'subject: a carrier files a claim': { text: 'После проверки «Трансвагон» подал иск к налоговой инспекции.', mentions: ['ORG Трансвагон'] },
  'subject: a miner resumes work': { text: '«Уралкалий» возобновил добычу на руднике в Березниках.', mentions: ['ORG Уралкалий', 'LOC Березниках'] },
  'subject: a builder wins a tender': {
    text: '«Вектор-Строй» выиграл тендер на ремонт дорог, сообщила мэрия Самары.',
    mentions: ['ORG Вектор-Строй', 'LOC Самары'],
  },
  // a name in quotes after a preposition
  'preposition: в «…» and a verb of saying': { text: 'В «Соллерсе» сообщили, что сделка закрыта.', mentions: ['ORG Соллерсе'] },
  'preposition: с «…» after a verb of agreeing': { text: 'Губернатор договорился с «Автотором» о сборке машин.', mentions: ['ORG Автотором'] },
  'preposition: в «…» уточнили': { text: 'В «Магните» уточнили, что цены не изменятся.', mentions: ['ORG Магните'] },
  'preposition: с «…» after an agreement': { text: 'Соглашение с «Ростехом» подписано на десять лет.', mentions: ['ORG Ростехом'] },
  'preposition: в «…» пояснили': { text: 'В «Уралкалии» пояснили, что рудник работает в обычном режиме.', mentions: ['ORG Уралкалии'] },
  'preposition: с «…» after a contract': { text: 'Мэрия Казани заключила контракт с «Техностроем».', mentions: ['LOC Казани', 'ORG Техностроем'] },
  // a name in quotes after a state's adjective, or a city's
  'state adjective: a Russian car plant': { text: 'Российский «Автотор» начал сборку китайских кроссоверов.', mentions: ['ORG Автотор'] },
  'state adjective: a Japanese car maker': { text: 'Японская «Тойота» отзывает 300 тысяч машин.', mentions: ['ORG Тойота'] },
  'state adjective: an American bank': { text: 'Акции компании выкупил американский «Ситигрупп».', mentions: ['ORG Ситигрупп'] },
  'state adjective: a German concern': { text: 'Контракт получила немецкая «Сименс».', mentions: ['ORG Сименс'] },
  'state adjective: two foreign clubs': {
    text: 'В финале турецкий «Галатасарай» обыграл английский «Челси».',
    mentions: ['ORG Галатасарай', 'ORG Челси'],
  },
  'city adjective: two clubs of their cities': {
    text: 'Петербургский «Зенит» уступил казанскому «Рубину».',
    mentions: ['ORG Петербургский «Зенит»', 'ORG казанскому «Рубину»'],
  },
  'state adjective: a French maker sells its share': {
    text: 'Французская «Рено» продала свою долю в «АвтоВАЗе».',
    mentions: ['ORG Рено', 'ORG АвтоВАЗе'],
  },
  // a newspaper named by a place's words
  'outlet: told a paper named as a region': { text: 'Об этом рассказал «Новой Сибири» директор завода.', mentions: ['ORG Новой Сибири'] },
  'outlet: a paper after its noun': {
    text: 'Как сообщила газета «Вечерний Петербург», мост закроют на ремонт.',
    mentions: ['ORG Вечерний Петербург'],
  },
  'outlet: an outlet after its noun, dative': {
    text: 'Глава района заявил изданию «Новая Россия», что бюджет исполнен.',
    mentions: ['ORG Новая Россия'],
  },
  'outlet: an interview to a paper': { text: 'В интервью «Российской газете» министр пообещал снизить налоги.', mentions: ['ORG Российской газете'] },
  'outlet: told a paper named as a republic': {
    text: 'Депутат сообщил «Северной Осетии», что закон примут осенью.',
    mentions: ['ORG Северной Осетии'],
  },
  'outlet: a paper that writes, named as a region': {
    text: 'Как пишет «Южный Урал», в Челябинске открылся новый парк.',
    mentions: ['ORG Южный Урал', 'LOC Челябинске'],
  },
  // a maker after a product noun
  'maker: cars of two makers': { text: 'Ранее на заводе выпускались автомобили BMW и Kia.', mentions: ['ORG BMW', 'ORG Kia'] },
  'maker: phones of a maker': { text: 'Продажи смартфонов Samsung в России выросли на 10%.', mentions: ['ORG Samsung', 'LOC России'] },
  'maker: fake phones of a maker': { text: 'Полиция изъяла партию поддельных телефонов Apple.', mentions: ['ORG Apple'] },
  'maker: a maker and its model': { text: 'Таксисты пересели на автомобили Hyundai Solaris.', mentions: ['ORG Hyundai'] },
  'maker: aircraft of a maker': { text: 'Авиакомпания получила три самолета Airbus.', mentions: ['ORG Airbus'] },
  // counter-examples: no organisation
  'not an organisation: a browser after its product noun': { text: 'Браузер Chrome обновился до новой версии.', mentions: [] },
  'not an organisation: a film after its noun': { text: 'Фильм «Брат» снова вышел в прокат.', mentions: [] },
  'not an organisation: a film as a subject': { text: '«Аватар» собрал в прокате два миллиарда долларов.', mentions: [] },
  'not an organisation: a novel after its noun': { text: 'Роман «Война и мир» переиздали тиражом 10 тысяч экземпляров.', mentions: [] },
  'not an organisation: a slogan': { text: 'Участники акции несли плакаты «Руки прочь от парка».', mentions: [] },
  'not an organisation: scare quotes': { text: 'Чиновник назвал эту реформу «прорывом».', mentions: [] },
  'not an organisation: a series and an award': { text: '«Метод» получил премию «Золотой орел».', mentions: [] },
  'not an organisation: a novel after в': {
    text: 'В «Мастере и Маргарите» Булгаков описал Москву 1930-х годов.',
    mentions: ['PER Булгаков', 'LOC Москву'],
    extraKnown: 'a given name inside a title of two words joined by `и` (`«Мастере и Маргарите»`) is read as a person',
  },
  'not an organisation: a holiday after с': { text: 'С «Днем города» жителей поздравил мэр.', mentions: [] },
  'not an organisation: a scare-quoted phrase': { text: 'Журналисты назвали матч «битвой века».', mentions: [] },
  'not an organisation: a book that comes out': { text: 'Книга «Лето Господне» вышла в новом издании.', mentions: [] },
  'not an organisation: a chant': { text: 'Митингующие скандировали «Позор!».', mentions: [] },
  // a second batch, written after the first rules of this round and marked by hand before it was run
  'batch 2, subject: a retailer closes stores': {
    text: 'Ритейлер сообщил, что «Лента» закрыла три гипермаркета в Томске.',
    mentions: ['ORG Лента', 'LOC Томске'],
    extraKnown: 'an unknown noun of a kind at the sentence’s start before a verb of saying (`Ритейлер сообщил`) is read as a surname',
  },
  'batch 2, subject: an agro holding buys a plant': {
    text: '«Русагро» приобрела сахарный завод в Тамбовской области.',
    mentions: ['ORG Русагро', 'LOC Тамбовской области'],
  },
  'batch 2, subject: an IT company hires': { text: 'Летом «Яндекс» нанял 500 разработчиков.', mentions: ['ORG Яндекс'] },
  'batch 2, preposition: в «…» заявили': { text: 'В «Ростелекоме» заявили, что сбой устранен.', mentions: ['ORG Ростелекоме'] },
  'batch 2, preposition: в «…» пояснили': { text: 'В «Пятерочке» пояснили, что акция продлится до конца месяца.', mentions: ['ORG Пятерочке'] },
  'batch 2, preposition: an agreement with a builder': { text: 'Мэрия подписала соглашение с «Мостотрестом».', mentions: ['ORG Мостотрестом'] },
  'batch 2, preposition: talks with a miner': { text: 'Переговоры с «Норникелем» зашли в тупик.', mentions: ['ORG Норникелем'] },
  'batch 2, outlet: told a business paper': { text: 'Об этом он рассказал «Ведомостям».', mentions: ['ORG Ведомостям'] },
  'batch 2, outlet: a paper named as a city, told': {
    text: 'Как сообщил «Вечерней Москве» источник, проверка продолжается.',
    mentions: ['ORG Вечерней Москве'],
  },
  'batch 2, state adjective: a Swedish company goes bankrupt': { text: 'Шведская «Ханзавер» объявила о банкротстве.', mentions: ['ORG Ханзавер'] },
  'batch 2, state adjective: a Spanish club': { text: 'Испанский «Атлетико» обыграл «Барселону».', mentions: ['ORG Атлетико', 'ORG Барселону'] },
  'batch 2, maker: laptops and tablets of makers': {
    text: 'Компания закупила ноутбуки Lenovo и планшеты Huawei.',
    mentions: ['ORG Lenovo', 'ORG Huawei'],
  },
  'batch 2, maker: a car of a maker and its model': {
    text: 'Водитель автомобиля Toyota Camry скрылся с места аварии.',
    mentions: ['ORG Toyota'],
  },
  'batch 2, not an organisation: a spacecraft after a state adjective': { text: 'Российский «Буран» совершил единственный полет.', mentions: [] },
  'batch 2, not an organisation: a film that came out': { text: '«Титаник» вышел в прокат в 1997 году.', mentions: [] },
  'batch 2, not an organisation: a play after its noun opens a season': { text: 'Спектакль «Гамлет» открыл новый сезон.', mentions: [] },
  'batch 2, not an organisation: a play alone opens a season': { text: '«Гамлет» открыл новый сезон в театре.', mentions: [] },
  'batch 2, not an organisation: a ballet after в': { text: 'В «Щелкунчике» танцевали выпускники училища.', mentions: [] },
  'batch 2, not an organisation: a holiday after с': { text: 'С «Новым годом» горожан поздравил губернатор.', mentions: [] },
  'batch 2, not an organisation: a game after its noun': { text: 'Вышла новая версия игры FarmVille.', mentions: [] },
});
