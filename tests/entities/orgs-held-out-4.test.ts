/**
 * A fourth probe of organisation, place and type kinds on news from outside the development set: sentences written
 * for this file with names chosen for it; each expected value is written by hand from the Russian text (type, span as
 * in the text, normal form where it matters), following factRuEval's conventions (a state body's owner place is a
 * place of its own; a descriptor is no part of a quoted name; a street keeps its descriptor).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** Every mention as `TYPE text → normal`, in text order. */
async function shown(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start).map((m) => `${m.type} ${m.text} → ${m.normal}`);
}

/** Every mention as `TYPE text`, in text order, where the normal form is not what a case pins down. */
async function spans(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start).map((m) => `${m.type} ${m.text}`);
}

describe('an organisation with a long name: prepositions and genitive chains', () => {
  it.each([
    ['Законопроект одобрил Комитет Совета Федерации по конституционному законодательству.', ['ORG Комитет Совета Федерации по конституционному законодательству']],
    ['Заявление опубликовало Министерство строительства и жилищно-коммунального хозяйства.', ['ORG Министерство строительства и жилищно-коммунального хозяйства']],
    ['В Федеральной службе по надзору в сфере защиты прав потребителей сообщили о проверке.', ['ORG Федеральной службе по надзору в сфере защиты прав потребителей']],
    ['Представитель Комиссии по делам несовершеннолетних посетил школу.', ['ORG Комиссии по делам несовершеннолетних']],
    ['Глава Агентства стратегических инициатив встретился со студентами.', ['ORG Агентства стратегических инициатив']],
    ['Сотрудники Департамента здравоохранения города Москвы проверили больницу.', ['ORG Департамента здравоохранения', 'LOC Москвы']],
    ['Решение поддержал Совет по развитию гражданского общества при президенте.', ['ORG Совет по развитию гражданского общества при президенте']],
  ])('%s', async (text, expected) => {
    expect(await spans(text)).toEqual(expected);
  });
});

describe('a descriptor and a quoted name: the name alone, in any case', () => {
  it.each([
    ['Холдинг «Медиа-Стар» объявил о покупке радиостанции.', ['ORG Медиа-Стар → Медиа-Стар']],
    ['Акционеры банка «Восточный» одобрили сделку.', ['ORG Восточный → Восточный']],
    ['Завод «Красный пролетарий» остановил производство.', ['ORG Красный пролетарий → Красный пролетарий']],
    ['Об этом сообщила пресс-служба авиакомпании «Сибирские крылья».', ['ORG Сибирские крылья → Сибирские крылья']],
    ['Концерн «Калашников» представил новую винтовку.', ['ORG Калашников → Калашников']],
    ['Партия «Новые люди» провела съезд.', ['ORG Новые люди → Новые люди']],
    ['Глава госкорпорации «Роскосмос» посетил космодром.', ['ORG Роскосмос → Роскосмос']],
  ])('%s', async (text, expected) => {
    expect(await shown(text)).toEqual(expected);
  });
});

describe('an organisation named with a hyphen or a dot, or an outlet with its country', () => {
  it.each([
    ['Репортаж показал телеканал Москва-24.', ['ORG Москва-24 → Москва-24']],
    ['Сервис Яндекс.Маркет обновил приложение.', ['ORG Яндекс.Маркет → Яндекс.Маркет']],
    ['Компания Газпром-Медиа купила радиостанцию.', ['ORG Газпром-Медиа → Газпром-Медиа']],
    ['Как передает Интерфакс-Украина, переговоры продолжатся.', ['ORG Интерфакс-Украина → Интерфакс-Украина']],
    ['По данным Новости-Азербайджан, в Баку прошел форум.', ['ORG Новости-Азербайджан → Новости-Азербайджан', 'LOC Баку → Баку']],
  ])('%s', async (text, expected) => {
    expect(await shown(text)).toEqual(expected);
  });
});

describe('a state body by its short name', () => {
  it.each([
    ['Минвостокразвития подготовило новую программу.', ['ORG Минвостокразвития → Минвостокразвития']],
    ['В Минцифры заявили о запуске портала.', ['ORG Минцифры → Минцифры']],
    ['Жалобу направили в Роспотребнадзор.', ['ORG Роспотребнадзор → Роспотребнадзор']],
    ['Сотрудники Росгвардии задержали нарушителя.', ['ORG Росгвардии → Росгвардия']],
    ['Пресс-служба Минобрнауки сообщила о новых правилах.', ['ORG Минобрнауки → Минобрнауки']],
    ['Глава Рослесхоза посетил регион.', ['ORG Рослесхоза → Рослесхоз']],
    ['Законопроект рассмотрит Мосгордума.', ['ORG Мосгордума → Мосгордума']],
    ['Иск рассмотрел Мособлсуд.', ['ORG Мособлсуд → Мособлсуд']],
  ])('%s', async (text, expected) => {
    expect(await shown(text)).toEqual(expected);
  });
});

describe('no organisation: Latin product and technology words, descriptive phrases', () => {
  it.each([
    ['Протокол Bluetooth поддерживают все новые устройства.', []],
    ['Технологию NFC внедрили в метро.', []],
    ['Пандемия COVID-19 изменила рынок.', []],
    ['Файлы хранятся в формате PDF.', []],
    ['Силовые структуры усилили контроль.', []],
    ['Надзорные органы выявили нарушения.', []],
    ['Региональные ведомства отчитались о расходах.', []],
    ['Крупные компании сократили инвестиции.', []],
    ['Местные власти ввели режим повышенной готовности.', []],
  ])('%s', async (text, expected) => {
    expect(await spans(text)).toEqual(expected);
  });
});

describe('a place: datelines, districts, streets', () => {
  it.each([
    ['САМАРА, 14 февраля. В городе открылся новый мост.', ['LOC САМАРА → Самара']],
    ['ЕКАТЕРИНБУРГ, 1 сентября. Школы открылись после ремонта.', ['LOC ЕКАТЕРИНБУРГ → Екатеринбург']],
    ['ВЛАДИВОСТОК, 7 октября. Порт закрыли из-за шторма.', ['LOC ВЛАДИВОСТОК → Владивосток']],
    ['Полпред в Северо-Западном федеральном округе посетил Псков.', ['LOC Северо-Западном федеральном округе → Северо-Западный федеральный округ', 'LOC Псков → Псков']],
    ['Командующий войсками Восточного военного округа провел учения.', ['LOC Восточного военного округа → Восточный военный округ']],
    ['В Уральском федеральном округе выросли зарплаты.', ['LOC Уральском федеральном округе → Уральский федеральный округ']],
    ['Магазин открылся в Староконюшенном переулке.', ['LOC Староконюшенном переулке → Староконюшенный переулок']],
    ['Митинг прошел на Пушкинской площади.', ['LOC Пушкинской площади → Пушкинская площадь']],
    ['Жильцы дома на Никитском бульваре пожаловались на шум.', ['LOC Никитском бульваре → Никитский бульвар']],
    ['Пожар начался на улице Маросейка.', ['LOC улице Маросейка → улица Маросейка']],
    ['Кафе открылось на Кутузовском проспекте.', ['LOC Кутузовском проспекте → Кутузовский проспект']],
    ['Движение перекрыли на набережной Тараса Шевченко.', ['LOC набережной Тараса Шевченко → набережная Тараса Шевченко']],
  ])('%s', async (text, expected) => {
    expect(await shown(text)).toEqual(expected);
  });
});

describe('a well-known city whose form is also a common word', () => {
  it.each([
    ['Переговоры прошли в Вене.', ['LOC Вене → Вена']],
    ['Концерт состоится в Риге.', ['LOC Риге → Рига']],
    ['Жители Кургана вышли на субботник.', ['LOC Кургана → Курган']],
    ['Поезд прибыл в Орел с опозданием.', ['LOC Орел → Орел']],
    ['Делегация Чада прибыла в Париж.', ['LOC Чада → Чад', 'LOC Париж → Париж']],
  ])('%s', async (text, expected) => {
    expect(await shown(text)).toEqual(expected);
  });
});

describe('a club, a band or a paper named after a place, typed by its context', () => {
  it.each([
    ['«Спартак» уступил «Ростову» в Москве.', ['ORG Спартак → Спартак', 'ORG Ростову → Ростов', 'LOC Москве → Москва']],
    ['Хоккеисты «Сибири» обыграли «Амур».', ['ORG Сибири → Сибирь', 'ORG Амур → Амур']],
    ['Болельщики «Урала» недовольны судейством.', ['ORG Урала → Урал']],
    ['Клуб «Енисей» сыграл вничью с «Тамбовом».', ['ORG Енисей → Енисей', 'ORG Тамбовом → Тамбов']],
    ['Полузащитник «Ростова» перешел в «Краснодар».', ['ORG Ростова → Ростов', 'ORG Краснодар → Краснодар']],
    ['Группа «Ленинград» выступит в Казани.', ['ORG Ленинград → Ленинград', 'LOC Казани → Казань']],
    ['Интервью вышло в газете «Вечерний Петербург».', ['ORG Вечерний Петербург → Вечерний Петербург']],
  ])('%s', async (text, expected) => {
    expect(await shown(text)).toEqual(expected);
  });
});

describe('more long names: a unit with its owner, a university, a field with a capitalised word', () => {
  it.each([
    ['Документ подписал председатель Комитета Государственной думы по энергетике.', ['ORG Комитета Государственной думы по энергетике']],
    ['Представители Всемирной организации здравоохранения прибыли в Женеву.', ['ORG Всемирной организации здравоохранения', 'LOC Женеву']],
    ['Эксперты Центра стратегических разработок представили доклад.', ['ORG Центра стратегических разработок']],
    ['Соглашение подписали Российский фонд прямых инвестиций и банк ВТБ.', ['ORG Российский фонд прямых инвестиций', 'ORG ВТБ']],
    ['Экспедицию организовало Русское географическое общество.', ['ORG Русское географическое общество']],
  ])('%s', async (text, expected) => {
    expect(await spans(text)).toEqual(expected);
  });
});

describe('more descriptors and quoted names', () => {
  it.each([
    ['Акции «Газпрома» подорожали.', ['ORG Газпрома → Газпром']],
    ['Сотрудники фонда «Общественное мнение» провели опрос.', ['ORG Общественное мнение → Общественное мнение']],
    ['Компания «Российские железные дороги» повысила тарифы.', ['ORG Российские железные дороги → Российские железные дороги']],
    ['Радиостанция «Эхо Москвы» прекратила вещание.', ['ORG Эхо Москвы → Эхо Москвы']],
    ['Акционеры ПАО «Северсталь» получат дивиденды.', ['ORG Северсталь → Северсталь']],
    ['Ретейлер «Лента» увеличил выручку.', ['ORG Лента → Лента']],
  ])('%s', async (text, expected) => {
    expect(await shown(text)).toEqual(expected);
  });
});

describe('more names with a hyphen or a dot', () => {
  it.each([
    ['Интервью вышло на канале Россия-1.', ['ORG Россия-1 → Россия-1']],
    ['Об этом пишет Фонтанка.ру.', ['ORG Фонтанка.ру → Фонтанка.ру']],
    ['Как сообщает агентство Новости-Армения, выборы назначены на июнь.', ['ORG Новости-Армения → Новости-Армения']],
  ])('%s', async (text, expected) => {
    expect(await shown(text)).toEqual(expected);
  });
});

describe('more short names of state bodies', () => {
  it.each([
    ['Минпросвещения утвердило новый стандарт.', ['ORG Минпросвещения → Минпросвещения']],
    ['Сотрудники Госавтоинспекции остановили машину.', ['ORG Госавтоинспекции → Госавтоинспекция']],
    ['Представитель Генпрокуратуры заявил о проверке.', ['ORG Генпрокуратуры → Генпрокуратура']],
    ['Решение принял Госсовет Татарстана.', ['ORG Госсовет → Госсовет', 'LOC Татарстана → Татарстан']],
    ['Горизбирком Новосибирска отказал кандидату.', ['ORG Горизбирком → Горизбирком', 'LOC Новосибирска → Новосибирск']],
    ['В Главгосэкспертизе одобрили проект.', ['ORG Главгосэкспертизе → Главгосэкспертиза']],
    ['Росавиация запретила полеты в регион.', ['ORG Росавиация → Росавиация']],
    ['Ространснадзор проверил перевозчика.', ['ORG Ространснадзор → Ространснадзор']],
    ['Ростуризм рекомендовал воздержаться от поездок.', ['ORG Ростуризм → Ростуризм']],
  ])('%s', async (text, expected) => {
    expect(await shown(text)).toEqual(expected);
  });
});

describe('more words that name no organisation', () => {
  it.each([
    ['Рост ВВП замедлился.', []],
    ['Выпускники сдали ЕГЭ.', []],
    ['Ставка НДС вырастет до 20 процентов.', []],
    ['Пациенты с ВИЧ получают лекарства бесплатно.', []],
    ['Профильные комитеты Госдумы поддержали поправки.', ['ORG Госдумы']],
    ['Оба министерства подтвердили информацию.', []],
  ])('%s', async (text, expected) => {
    expect(await spans(text)).toEqual(expected);
  });
});

describe('more places: datelines, streets, districts, cities that spell common words', () => {
  it.each([
    ['НОВОСИБИРСК, 3 марта. Морозы ослабли.', ['LOC НОВОСИБИРСК → Новосибирск']],
    ['Ремонт идет на Садовом кольце.', ['LOC Садовом кольце → Садовое кольцо']],
    ['Парад прошел на Красной площади.', ['LOC Красной площади → Красная площадь']],
    ['Офис переехал на Тверскую улицу.', ['LOC Тверскую улицу → Тверская улица']],
    ['Министр посетил Ригу и Вильнюс.', ['LOC Ригу → Рига', 'LOC Вильнюс → Вильнюс']],
    ['Самолет вылетел из Вены в Рим.', ['LOC Вены → Вена', 'LOC Рим → Рим']],
    ['Вена приняла саммит ОБСЕ.', ['LOC Вена → Вена', 'ORG ОБСЕ → ОБСЕ']],
  ])('%s', async (text, expected) => {
    expect(await shown(text)).toEqual(expected);
  });
});

describe('more clubs, papers and bands named after a place', () => {
  it.each([
    ['Тренер «Краснодара» подал в отставку.', ['ORG Краснодара → Краснодар']],
    ['«Урал» принимает «Оренбург» в субботу.', ['ORG Урал → Урал', 'ORG Оренбург → Оренбург']],
    ['Нападающий «Сочи» забил два гола.', ['ORG Сочи → Сочи']],
    ['Главный редактор «Коммерсанта» покинул пост.', ['ORG Коммерсанта → Коммерсант']],
    ['Газета «Омская правда» отметила юбилей.', ['ORG Омская правда → Омская правда']],
  ])('%s', async (text, expected) => {
    expect(await shown(text)).toEqual(expected);
  });
});

/** A case that fails now (a hand-written expectation), the view that shows it, and why it fails (one line). */
type Failing = [text: string, expected: string[], view: 'shown' | 'spans', reason: string];

describe('kinds seen to fail and left alone (each fails now; a fix makes it pass and must move it up)', () => {
  it.fails.each<Failing>([
    ['Доклад подготовил Институт востоковедения Российской академии наук.', ['ORG Институт востоковедения Российской академии наук'], 'spans', 'a body-of-place match as long as the complemented name, its owner inside a listed name, wins the tie and is then dropped'],
    ['Выставку организовал Музей изобразительных искусств имени Пушкина.', ['ORG Музей изобразительных искусств имени Пушкина'], 'spans', 'a body-of-place match reads the honoree after `имени` as the owner and wins the tie'],
    ['Издательство «Эксмо» выпустило новый роман.', ['ORG Эксмо → Эксмо'], 'shown', '`издательство` is no organisation descriptor'],
    ['Торговая сеть «Пятерочка» снизила цены на хлеб.', ['ORG Пятерочка → Пятерочка'], 'shown', '`сеть` is no organisation descriptor: it is also the Internet and any network'],
    ['Об этом сообщает агентство Спутник-Молдова.', ['ORG Спутник-Молдова → Спутник-Молдова'], 'shown', 'the guesser reads the hyphenated name as a surname, and the person\'s rule wins the tie'],
    ['Кандидата зарегистрировал Облизбирком Ленинградской области.', ['ORG Облизбирком → Облизбирком', 'LOC Ленинградской области → Ленинградская область'], 'shown', 'a body-of-place match ends inside the listed region and is dropped whole'],
    ['Авария случилась на Ярославском шоссе.', ['LOC Ярославском шоссе → Ярославское шоссе'], 'shown', 'the adjective\'s normal form takes the masculine before the indeclinable neuter `шоссе`'],
    ['Сотрудники Главного управления МВД по Москве задержали грабителя.', ['ORG Главного управления МВД по Москве'], 'spans', '`по` with a place in the dative (a unit\'s territory) does not continue a name'],
    ['Управление Федеральной налоговой службы по Омской области оштрафовало компанию.', ['ORG Управление Федеральной налоговой службы по Омской области'], 'spans', '`по` with a place in the dative (a unit\'s territory) does not continue a name'],
    ['Студенты Московского государственного университета имени Ломоносова вышли на акцию.', ['ORG Московского государственного университета имени Ломоносова'], 'spans', 'a listed name is preferred to a longer match that starts with it'],
    ['Сеть магазинов «Перекресток» открыла новый супермаркет.', ['ORG Перекресток → Перекресток'], 'shown', '`сеть` is no organisation descriptor: it is also the Internet and any network'],
    ['Агрохолдинг «Мираторг» построит новый завод.', ['ORG Мираторг → Мираторг'], 'shown', '`агрохолдинг` is no organisation descriptor'],
    ['Застройщик «ПИК» сдал дом досрочно.', ['ORG ПИК → ПИК'], 'shown', '`застройщик` is no organisation descriptor'],
    ['Авиаперевозчик «Победа» отменил рейсы.', ['ORG Победа → Победа'], 'shown', '`авиаперевозчик` is no organisation descriptor'],
    ['Спутниковый оператор НТВ-Плюс прекратил вещание.', ['ORG НТВ-Плюс → НТВ-Плюс'], 'shown', 'a listed organisation\'s name with a hyphenated part after it is read by no rule'],
    ['Сотрудники Роскачества проверили молоко.', ['ORG Роскачества → Роскачество'], 'shown', 'a `Рос…` body\'s short name is found only when listed'],
    ['Лицензию выдал Росморречфлот.', ['ORG Росморречфлот → Росморречфлот'], 'shown', 'a `Рос…` body\'s short name is found only when listed'],
    ['Функция Face ID появилась в новых смартфонах.', [], 'spans', 'a Latin product name no list holds is an organisation\'s'],
    ['Сервис поддерживает формат MP3.', [], 'spans', 'Latin letters written together with a number (a format\'s or a model\'s code) are read as an abbreviation'],
    ['Цены на ОСАГО выросли.', [], 'spans', 'an abbreviation of a thing the dictionary does not know is an organisation\'s'],
    ['Дорогу перекрыли на Рублево-Успенском шоссе.', ['LOC Рублево-Успенском шоссе → Рублево-Успенское шоссе'], 'shown', 'the adjective\'s normal form takes the masculine before the indeclinable neuter `шоссе`'],
    ['Пожар произошел в Хамовниках.', ['LOC Хамовниках → Хамовники'], 'shown', 'a district named as the plural of an animate noun (`хамовник`) is no place after `в`'],
    ['Власти Находки ввели режим ЧС.', ['LOC Находки → Находка'], 'shown', 'an abbreviation of a thing the dictionary does not know is an organisation\'s'],
    ['Рига и Таллин подписали соглашение.', ['LOC Рига → Рига', 'LOC Таллин → Таллин'], 'shown', 'a city that is also a common noun in the nominative is no name at a sentence\'s start'],
  ])('%s', async (text, expected, view) => {
    expect(await (view === 'shown' ? shown : spans)(text)).toEqual(expected);
  });
});
