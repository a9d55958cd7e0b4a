/**
 * The entity rules (src/entities/rules.ts with the gazetteer) on short sentences,
 * end-to-end through `analyze`: what each type takes, where its span ends, and
 * what it leaves alone. Every expected value is written by hand from the Russian text.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf, shown } from '../support/mentions.js';

/** Every mention as `TYPE text (rule)`, in text order. */
async function ruled(text: string): Promise<string[]> {
  return (await mentionsOf(text)).map((m) => `${m.type} ${m.text} (${m.rule})`);
}

describe('people', () => {
  it('does not start a name with a country before it, and keeps an unknown surname as written: Израиля Биньямин Нетаньяху', async () => {
    expect(await shown('Заседание провел глава правительства Израиля Биньямин Нетаньяху.')).toEqual([
      'LOC Израиля → Израиль',
      'PER Биньямин Нетаньяху → Биньямин Нетаньяху',
    ]);
  });

  it('keeps a woman\'s surname that the dictionary knows only as a masculine noun: Алла Бут', async () => {
    expect(await shown('Об этом рассказала Алла Бут.')).toEqual(['PER Алла Бут → Алла Бут']);
  });

  it('does not read a surname as the plural of a common noun: Токаев is not the genitive plural of токай', async () => {
    expect(await shown('Касым-Жомарт Токаев заявил, что переговоры продолжатся.')).toEqual(['PER Касым-Жомарт Токаев → Касым-Жомарт Токаев']);
  });

  it('reads a Latin name with diacritics as Latin, so the original spelling in brackets restates the person: Jürgen Klinsmann', async () => {
    expect(await shown('Бундестренер Юрген Клинсман (Jürgen Klinsmann) назвал вратаря.')).toEqual([
      'PER Юрген Клинсман → Юрген Клинсман',
      'PER Jürgen Klinsmann → Jürgen Klinsmann',
    ]);
    expect(await shown('Банк Société Générale продал долю.')).toEqual(['ORG Société Générale → Société Générale']);
  });

  it('takes a surname joined to a lower-case particle by a hyphen, after a first name or alone: эль-Масри, аль-Барадеи', async () => {
    expect(await shown('Халеда эль-Масри переправили в Афганистан.')).toEqual(['PER Халеда эль-Масри → Халед эль-Масри', 'LOC Афганистан → Афганистан']);
    expect(await ruled('Теперь вновь в игре аль-Барадеи.')).toEqual(['PER аль-Барадеи (particle-Surname)']);
    // a listed organisation with the particle stays the organisation
    expect(await shown('Об этом сообщил телеканал аль-Джазира.')).toEqual(['ORG аль-Джазира → аль-Джазира']);
  });

  it('takes a three- or four-part East Asian name whole (Asian name)', async () => {
    expect(await ruled('Лидер КНДР Ким Чен Ын прибыл в Пекин.')).toEqual(['LOC КНДР (listed)', 'PER Ким Чен Ын (Asian name)', 'LOC Пекин (listed)']);
    expect(await shown('Власти выпустили Аун Сан Су Чжи.')).toEqual(['PER Аун Сан Су Чжи → Аун Сан Су Чжи']);
  });

  it('keeps a foreign first name the dictionary knows only as a surname or guesses: Аарон Гринспен (foreign first Surname)', async () => {
    expect(await ruled('Об этом рассказал Аарон Гринспен, основатель сервиса.')).toEqual(['PER Аарон Гринспен (foreign first Surname)']);
  });

  it('does not take a first name for a place after an organisation: КПРФ | Владимир Беспалов', async () => {
    expect(await shown('Лидер фракции КПРФ Владимир Беспалов опроверг это.')).toEqual(['ORG КПРФ → КПРФ', 'PER Владимир Беспалов → Владимир Беспалов']);
  });

  it('takes a surname alone at the start of a sentence when its verb agrees: Петров заявил, Иванова сообщила', async () => {
    expect(await ruled('Петров заявил, что не согласен.')).toEqual(['PER Петров (Surname at the start, then its verb)']);
    expect(await shown('Иванова сообщила, что уходит.')).toEqual(['PER Иванова → Иванова']);
    // A possessive adjective before a noun (Peter's fast), and a verb of another gender, are no such subject.
    expect(await shown('Петров пост закончился.')).toEqual([]);
    expect(await shown('Петров сообщила об этом.')).toEqual([]);
  });

  it('reads a surname alone as the person, not as a form of the town its adjective spells: считает Иванов (Иваново)', async () => {
    expect(await shown('Эти планы нереалистичны, считает Иванов.')).toEqual(['PER Иванов → Иванов']);
    expect(await shown('Жители Иванова вышли на улицы.')).toEqual(['LOC Иванова → Иваново']);
  });

  it("puts a street's adjectives written after its word in the nominative with it: на улице Большой Покровской", async () => {
    expect(await shown('Дом стоит на улице Навагинской.')).toEqual(['LOC улице Навагинской → улица Навагинская']);
    expect(await shown('Пробка образовалась на проспекте Ленинском.')).toEqual(['LOC проспекте Ленинском → проспект Ленинский']);
    expect(await shown('Пожар произошел на улице Большой Покровской.')).toEqual(['LOC улице Большой Покровской → улица Большая Покровская']);
    // A name in the genitive after the street's word is its complement, in its own case.
    expect(await shown('Дом стоит на улице Ленина.')).toEqual(['LOC улице Ленина → улица Ленина']);
  });

  it('takes a common foreign first name in a case the dictionary only guesses: Эммануэля Макрона', async () => {
    expect(await shown('Вчера прошла встреча Эммануэля Макрона с журналистами.')).toEqual(['PER Эммануэля Макрона → Эммануэль Макрон']);
  });

  it('takes a first name and a surname: Пётр Иванов', async () => {
    expect(await shown('Вчера Пётр Иванов выступил в парламенте.')).toEqual(['PER Пётр Иванов → Пётр Иванов']);
  });

  it('takes a surname before the first name and patronymic: Петров Иван Сергеевич', async () => {
    const [found] = await mentionsOf('Список открывает Петров Иван Сергеевич.');
    expect(found && { text: found.text, type: found.type, parts: found.parts }).toEqual({
      text: 'Петров Иван Сергеевич', type: 'PER', parts: { last: 'Петров', first: 'Иван', middle: 'Сергеевич' },
    });
  });

  it('takes a surname before the first name in an oblique case: Петровой Марии → Петрова Мария', async () => {
    expect(await shown('Премию вручили Петровой Марии.')).toEqual(['PER Петровой Марии → Петрова Мария']);
  });

  it('takes a surname before the first name and patronymic: Иванов Пётр Сергеевич', async () => {
    const [found] = await mentionsOf('Список открывает Иванов Пётр Сергеевич.');
    expect(found && { text: found.text, type: found.type, parts: found.parts }).toEqual({
      text: 'Иванов Пётр Сергеевич', type: 'PER', parts: { last: 'Иванов', first: 'Пётр', middle: 'Сергеевич' },
    });
  });

  it('takes a surname before the first name in an oblique case: Ивановой Марии → Иванова Мария', async () => {
    expect(await shown('Премию вручили Ивановой Марии.')).toEqual(['PER Ивановой Марии → Иванова Мария']);
  });

  it('takes a first name, patronymic and surname in the dative: Сергею Викторовичу Лаврову', async () => {
    const [found] = await mentionsOf('Вопрос задали Сергею Викторовичу Лаврову.');
    expect(found && { text: found.text, type: found.type, normal: found.normal, parts: found.parts }).toEqual({
      text: 'Сергею Викторовичу Лаврову', type: 'PER', normal: 'Сергей Викторович Лавров',
      parts: { first: 'Сергей', middle: 'Викторович', last: 'Лавров' },
    });
  });

  it('takes a first name with a patronymic and no surname: Михаил Сергеевич', async () => {
    expect(await shown('Вчера Михаил Сергеевич отметил юбилей.')).toEqual(['PER Михаил Сергеевич → Михаил Сергеевич']);
  });

  it('takes any capitalised word after an initial for the surname, even a place the dictionary knows, but not a listed place', async () => {
    expect(await shown('Заявление сделал премьер Н. Кан.')).toEqual(['PER Н. Кан → Н. Кан']);
    expect(await shown('Делегация прибыла в Н. Новгород.')).toEqual(['LOC Новгород → Новгород']);
  });

  it('reads a place the dictionary knows as the surname of a person the document names in full: Кан of Оливер Кан', async () => {
    expect(await shown('Вратарь Оливер Кан ушёл. Решение Кана удивило тренера.')).toEqual(['PER Оливер Кан → Оливер Кан', 'PER Кана → Кан']);
  });

  it('takes a foreign name: Энтони Блинкен', async () => {
    expect(await shown('Переговоры провел Энтони Блинкен.')).toEqual(['PER Энтони Блинкен → Энтони Блинкен']);
  });

  it('takes a foreign name: Хуан Суареш', async () => {
    expect(await shown('Единственный гол забил Хуан Суареш.')).toEqual(['PER Хуан Суареш → Хуан Суареш']);
  });

  it('leaves the title out of the span: госсекретарь США Энтони Блинкен', async () => {
    expect(await shown('Встречу провел госсекретарь США Энтони Блинкен.')).toEqual(['LOC США → США', 'PER Энтони Блинкен → Энтони Блинкен']);
  });

  it('tags no one in a sentence about an unnamed посол', async () => {
    expect(await shown('Посол заявил, что переговоры продолжатся.')).toEqual([]);
    expect(await shown('Об этом сообщил посол.')).toEqual([]);
  });

  it('does not take a preposition opening a sentence for a first name: Из (not the plural of Иза)', async () => {
    expect(await shown('Из Манчестера поступают сообщения.')).toEqual(['LOC Манчестера → Манчестер']);
  });

  it('takes no plural of a first name for a first name: Филиппин is the Philippines, not the plural of Филиппина', async () => {
    expect(await shown('Президент Филиппин Родриго Дутерте заявил.')).toEqual(['LOC Филиппин → Филиппины', 'PER Родриго Дутерте → Родриго Дутерте']);
  });

  it('does not take a common word capitalised at the start of a sentence: Дипломат', async () => {
    expect(await shown('Дипломат отметил важность встречи.')).toEqual([]);
  });
});

describe('surnames of an adjective\'s shape', () => {
  it('reads a capitalised adjective with no noun after it as a surname, in the nominative: Зеленского', async () => {
    expect(await shown('Позиция Зеленского не изменилась.')).toEqual(['PER Зеленского → Зеленский']);
    expect(await shown('Как отметил Зеленский, переговоры продолжатся.')).toEqual(['PER Зеленский → Зеленский']);
  });

  it('reads one at the start of a sentence before its verb, when the dictionary does not know it', async () => {
    expect(await shown('Зеленский заявил журналистам о новых переговорах.')).toEqual(['PER Зеленский → Зеленский']);
  });

  it('takes an adjective the dictionary knows only as the subject of the verb after it: Навальный', async () => {
    expect(await shown('Вчера Навальный заявил о новом расследовании.')).toEqual(['PER Навальный → Навальный']);
  });

  it('leaves adjectives whose noun follows, is left out, or is shared alone', async () => {
    expect(await shown('В Великую Отечественную погибли миллионы.')).toEqual([]);
    expect(await shown('Великая Отечественная война закончилась в 1945 году.')).toEqual([]);
    expect((await shown('В концерте участвовали солисты Большого, Мариинского театров.')).filter((mention) => mention.startsWith('PER'))).toEqual([]);
    expect(await shown('Худрук Мариинского завершил сезон.')).toEqual([]);
    expect(await shown('Ответ: Положительная была реакция.')).toEqual([]);
  });
});

describe('a name at a sentence\'s start whose common word is an oblique case only', () => {
  it('takes the name as the subject of the past verb after it: Киев обвинил, Песков отказался', async () => {
    expect(await shown('Киев обвинил Москву в эскалации.')).toEqual(['LOC Киев → Киев', 'LOC Москву → Москва']);
    expect(await shown('Песков отказался от комментариев.')).toEqual(['PER Песков → Песков']);
  });

  it('leaves a genitive of quantity, whose verb is neuter, and a name with no verb after it, as they were', async () => {
    expect(await shown('Голосов стало больше.')).toEqual([]);
    expect(await shown('Песков здесь много.')).toEqual([]);
  });

  it('takes the place as the first of places joined to it (orgs-held-out-2): Киев и Москва', async () => {
    expect(await shown('Киев и Москва договорились.')).toEqual(['LOC Киев → Киев', 'LOC Москва → Москва']);
  });
});

describe('places', () => {
  it('takes countries and cities in oblique cases with their nominative', async () => {
    expect(await shown('Делегация прибыла в Москву из Казахстана.')).toEqual(['LOC Москву → Москва', 'LOC Казахстана → Казахстан']);
    expect(await shown('В Армении и Грузии прошли выборы.')).toEqual(['LOC Армении → Армения', 'LOC Грузии → Грузия']);
  });

  it('takes a place at the start of a sentence when the dictionary finds it likelier than a common word: Франция, not франций', async () => {
    expect(await shown('Франция закрыла границу.')).toEqual(['LOC Франция → Франция']);
    expect(await shown('Германия • Бельгия • Австрия')).toEqual(['LOC Германия → Германия', 'LOC Бельгия → Бельгия', 'LOC Австрия → Австрия']);
    expect(await shown('Мир изменился за год.')).toEqual([]);
  });

  it('takes a capitalised noun in the locative after в for a place, unknown or also a surname (в Place): в Тусоне, в Бирюлеве', async () => {
    expect(await ruled('Стрельба произошла в Тусоне.')).toEqual(['LOC Тусоне (в Place)']);
    expect(await ruled('Он вырос в Бирюлеве.')).toEqual(['LOC Бирюлеве (в Place)']);
  });

  it('puts a place after в alone in the nominative, a known one as the place and an unknown one by its ending: в Бирюлеве, в Вольфсбурге', async () => {
    expect(await shown('Он вырос в Бирюлеве.')).toEqual(['LOC Бирюлеве → Бирюлево']);
    expect(await shown('Завод открыли в Вольфсбурге.')).toEqual(['LOC Вольфсбурге → Вольфсбург']);
    expect(await shown('Стрельба произошла в Тусоне.')).toEqual(['LOC Тусоне → Тусон']);
    expect(await shown('Совещание прошло в Северо-Кавказском федеральном округе.')).toEqual(['LOC Северо-Кавказском федеральном округе → Северо-Кавказский федеральный округ']);
    expect(await shown('Он разочаровался в Путине.')).toEqual(['PER Путине → Путин']);
  });

  it('takes the planet, capitalised inside a sentence, for a place: Земля, but not a sentence-initial or lower-case земля', async () => {
    expect(await shown('Космонавты вернулись на Землю.')).toEqual(['LOC Землю → Земля']);
    expect(await shown('Земля уходит из-под ног, он купил участок земли.')).toEqual([]);
  });

  it('takes a foreign country or city written with a space for its hyphen: Коста Рика, Сан Франциско', async () => {
    expect(await shown('В Коста Рике прошли выборы.')).toEqual(['LOC Коста Рике → Коста Рика']);
    expect(await shown('Он прилетел в Сан Франциско.')).toEqual(['LOC Сан Франциско → Сан Франциско']);
  });

  it('takes a compass adjective with the place as one place, and no name after it (direction Place)', async () => {
    expect(await ruled('Похолодает в Центральной России.')).toEqual(['LOC Центральной России (direction Place)']);
    expect(await shown('Туристы приехали из восточной Латинской Америки.')).toEqual(['LOC восточной Латинской Америки → восточная Латинская Америка']);
    expect(await shown('Выступил посол на Южном Кавказе Пётр Иванов.')).toEqual(['LOC Южном Кавказе → Южный Кавказ', 'PER Пётр Иванов → Пётр Иванов']);
  });

  it('takes a dependent territory for a place: Виргинские острова, Нидерландские Антилы', async () => {
    expect(await shown('Компания зарегистрирована на Виргинских островах.')).toEqual(['LOC Виргинских островах → Виргинские острова']);
  });

  it('takes the capitals that open a news item before its date for its place, listed or not (dateline)', async () => {
    expect(await ruled('ТУСОН, 9 января. Суд начался.')).toEqual(['LOC ТУСОН (dateline)']);
    expect(await ruled('ГРОЗНЫЙ, 7 мая. Прогремел взрыв.')).toEqual(['LOC ГРОЗНЫЙ (dateline)']);
    expect(await shown('НЬЮ-ЙОРК, 3 марта. Биржа упала.')).toEqual(['LOC НЬЮ-ЙОРК → Нью-Йорк']);
    expect(await shown('ДПНИ, как и в 2010 году, провело марш.')).toEqual(['ORG ДПНИ → ДПНИ']);
  });

  it('takes a listed place whose later words are in lower case inside a sentence: Российской федерации', async () => {
    expect(await shown('Цены выросли в среднем по Российской федерации.')).toEqual(['LOC Российской федерации → Российская федерация']);
  });

  it('takes a compound name as one place: Соединенные Штаты Америки', async () => {
    expect(await shown('Соединенные Штаты Америки ввели санкции.')).toEqual(['LOC Соединенные Штаты Америки → Соединенные Штаты Америки']);
  });
});

describe('places with their descriptors', () => {
  it('takes a federal or military district whole (Adjective district)', async () => {
    expect(await ruled('Полпред в Северо-Кавказском федеральном округе назначен.')).toEqual(['LOC Северо-Кавказском федеральном округе (Adjective district)']);
    expect(await shown('Учения прошли в Западном военном округе.')).toEqual(['LOC Западном военном округе → Западный военный округ']);
  });

  it('takes the name after a settlement\'s or region\'s descriptor, listed or not, without the descriptor (descriptor Place)', async () => {
    expect(await ruled('Бои идут в провинции Гильменд.')).toEqual(['LOC Гильменд (descriptor Place)']);
    expect(await shown('Он переехал в город Маунтин-Вью.')).toEqual(['LOC Маунтин-Вью → Маунтин-Вью']);
    expect(await shown('Ледоход начался на реке Лена.')).toEqual(['LOC Лена → Лена']);
    expect(await shown('Дом сгорел в посёлке Малые Вишеры.')).toEqual(['LOC Малые Вишеры → Малые Вишеры']);
    expect(await shown('Митинг прошёл у метро Пушкинская.')).toEqual(['LOC Пушкинская → Пушкинская']);
  });

  it('takes no person for a place after a descriptor: в округе | Виктор Петров', async () => {
    expect(await shown('Выступил полпред в округе Виктор Петров.')).toEqual(['PER Виктор Петров → Виктор Петров']);
  });

  it('takes a street with its descriptor (Adjective street)', async () => {
    expect(await ruled('Пожар начался на Ленинском проспекте.')).toEqual(['LOC Ленинском проспекте (Adjective street)']);
  });
});

describe('organisations', () => {
  it('keeps a site\'s domain with its name: NEWSru.com, Gzt.Ru', async () => {
    expect(await shown('Об этом сообщает NEWSru.com.')).toEqual(['ORG NEWSru.com → NEWSru.com']);
  });

  it('takes the name after a site\'s dot into the site, not as a mention of its own: Gzt.Ru', async () => {
    expect(await shown('Об этом сообщает Gzt.Ru.')).toEqual(['ORG Gzt.Ru → Gzt.Ru']);
  });

  it('takes abbreviations: ОДКБ, ООН, ЕАЭС', async () => {
    expect(await shown('Саммит ОДКБ прошел в Минске.')).toEqual(['ORG ОДКБ → ОДКБ', 'LOC Минске → Минск']);
    expect(await shown('Доклад ООН опубликован вчера.')).toEqual(['ORG ООН → ООН']);
    expect(await shown('Страны ЕАЭС договорились о тарифах.')).toEqual(['ORG ЕАЭС → ЕАЭС']);
  });

  it('reads a place\'s name in quotes as an organisation (a club, a newspaper), but after a place\'s descriptor', async () => {
    expect(await shown('«Ростов» обыграл «Урал» со счётом 2:1.')).toEqual(['ORG Ростов → Ростов', 'ORG Урал → Урал']);
    expect(await shown('Самолёт сел в аэропорту «Домодедово».')).toEqual(['LOC Домодедово → Домодедово']);
  });

  it('takes a city\'s adjective before a name in quotes into the name of a club or a band, not a state\'s (local «Name»)', async () => {
    expect(await ruled('Лидер московского «Центра» выступит.')).toEqual(['ORG московского «Центра» (local «Name»)']);
    expect(await shown('Казанский «Рубин» обыграл «Урал».')).toEqual(['ORG Казанский «Рубин» → Казанский «Рубин»', 'ORG Урал → Урал']);
    // a state's adjective only describes the company; an adjective of no place is not part of a name
    expect(await shown('Российский «Газпром» повысил цены.')).toEqual(['ORG Газпром → Газпром']);
    expect(await shown('Об этом писал президентский «Вестник».')).toEqual([]);
  });

  it('takes a name in quotes alone for the organisation the document names with it in quotes elsewhere, in any case (name in quotes again)', async () => {
    expect(await ruled('Компания «Тагилстройсервис» выросла. Акции «Тагилстройсервиса» упали.')).toEqual([
      'ORG Тагилстройсервис (descriptor … «Name»)',
      'ORG Тагилстройсервиса (name in quotes again)',
    ]);
    const doc = await analyze('Движение «Жилищная солидарность» провело акцию. «Жилищной солидарности» отказали.');
    expect(doc.entities.map((entity) => [entity.type, entity.name, entity.mentions.length])).toEqual([['ORG', 'Жилищная солидарность', 2]]);
    // a name in quotes the document never gives an organisation stays no mention
    expect(await shown('Компания «Тагилстройсервис» выросла. Он читал «Тишину».')).toEqual(['ORG Тагилстройсервис → Тагилстройсервис']);
  });

  it('takes no name in quotes for an organisation when the document gives it as a product\'s: автомобиль «Славута» … «Славута» (name in quotes again)', async () => {
    // «Славута» alone would be a town's name in quotes, an organisation (rule «Place»)
    expect(await shown('Завод выпускал автомобиль «Славута». «Славута» была построена на платформе «Таврии».')).toEqual([]);
    expect(await shown('«Ямал» передаёт сигнал.')).toEqual(['ORG Ямал → Ямал']);
    expect(await shown('Запущен спутник «Ямал». «Ямал» передаёт сигнал.')).toEqual([]);
  });

  it('takes a name in quotes after a word that cites an outlet, in the dative or the genitive, for the outlet in the nominative (outlet cue «Name»)', async () => {
    expect(await shown('Он рассказал в интервью «Свободной прессе», что уйдёт.')).toEqual(['ORG Свободной прессе → Свободная пресса']);
    expect(await ruled('Он выступил в эфире «Тихой волны».')).toEqual(['ORG Тихой волны (outlet cue «Name»)']);
    // a title in the nominative is the interview's own, no outlet
    expect(await shown('В интервью «Жизнь и судьба» он рассказал всё.')).toEqual([]);
  });

  it('takes a listed short form compounded from its full name\'s words at the start of a sentence, though the dictionary has it: Еврокомиссия', async () => {
    expect(await shown('Еврокомиссия оштрафовала компанию.')).toEqual(['ORG Еврокомиссия → Еврокомиссия']);
    expect(await shown('Центробанк снизил ставку.')).toEqual(['ORG Центробанк → Центробанк']);
    // a short form that is a word of the full name, or an ordinary word, is still no name there
    expect(await shown('Рада была видеть его.')).toEqual([]);
  });

  it('takes the names in quotes of a list after an organisation\'s name in quotes for organisations too (listed after «Name»)', async () => {
    expect(await ruled('Акции компаний «Тагилстрой», «Уралсервис» и «Северснаб» упали.')).toEqual([
      'ORG Тагилстрой (descriptor … «Name»)',
      'ORG Уралсервис (listed after «Name»)',
      'ORG Северснаб (listed after «Name»)',
    ]);
    // a name in quotes after other words, or after a name in quotes that is no organisation, is not in the list
    expect(await shown('Компания «Тагилстрой» выпустила «Северснаб».')).toEqual(['ORG Тагилстрой → Тагилстрой']);
    expect(await shown('Он читал «Тишину» и «Северснаб».')).toEqual([]);
  });

  it('takes a number written together with a Latin name into the name: 3Com (number+Latin name)', async () => {
    expect(await ruled('HP купила компанию 3Com.')).toEqual(['ORG HP (abbreviation)', 'ORG 3Com (number+Latin name)']);
    // a number with a space before the name is not part of it
    expect(await shown('В 2010 Google вложила деньги.')).toEqual(['ORG Google → Google']);
  });

  it('takes a team with its place and its sport after по for a named team, in the nominative (team of place by sport)', async () => {
    expect(await shown('В сборную России по бобслею и скелетону объявлен набор.')).toEqual(['ORG сборную России по бобслею и скелетону → сборная России по бобслею и скелетону']);
    expect(await shown('Желающие попасть в сборную страны по хоккею приехали.')).toEqual(['ORG сборную страны по хоккею → сборная страны по хоккею']);
    // without its sport the team is its place's (placeBodies), and по with a phrase about the sentence is no sport
    expect(await shown('Сборная России проиграла.')).toEqual(['LOC России → Россия']);
    expect(await shown('Он вошёл в сборную России по данным клуба.')).toEqual(['LOC России → Россия']);
  });

  it('takes a lower-case ministry with two fields joined by и, not a second body after и (ministry)', async () => {
    expect(await shown('Сотрудники министерства труда и социальной защиты пришли.')).toEqual([
      'ORG министерства труда и социальной защиты → министерство труда и социальной защиты',
    ]);
    expect(await shown('Представители министерства финансов и налоговой службы пришли.')).toEqual(['ORG министерства финансов → министерство финансов']);
  });

  it('takes a name in quotes that speaks or is cited as a source for a body (speaking «Name»)', async () => {
    expect(await ruled('«Жилищная солидарность» заявила о протесте.')).toEqual(['ORG Жилищная солидарность (speaking «Name»)']);
    expect(await shown('По данным «Жилищной солидарности», цены выросли.')).toEqual(['ORG Жилищной солидарности → Жилищная солидарность']);
    // what was said, with its speaker after the verb, and a work named after its kind, are no bodies
    expect(await shown('«Спасибо» сказали все.')).toEqual([]);
    expect(await shown('«Мы победим» сказал он.')).toEqual([]);
    expect(await shown('Книга «Тишина» рассказала о войне.')).toEqual([]);
  });

  it('takes an organisation\'s name, a dot and a capitalised word written together as one name: Yandex.Money', async () => {
    expect(await shown('Платёж прошёл через Yandex.Money без комиссии.')).toEqual(['ORG Yandex.Money → Yandex.Money']);
  });

  it('takes the name inside the quotes after a descriptor: движение «Солидарность»', async () => {
    expect(await shown('Лидеры движения «Солидарность» провели митинг.')).toEqual(['ORG Солидарность → Солидарность']);
  });

  // factRuEval names a body and the state or organisation it belongs to apart: `Конгресса` ORG, `США` LOC.
  it('names a body and its owner apart: Совет Безопасности | ООН', async () => {
    expect(await shown('Вопрос обсудит Совет Безопасности ООН.')).toEqual(['ORG Совет Безопасности → Совет Безопасности', 'ORG ООН → ООН']);
    expect(await shown('Совет Безопасности ООН собрался на экстренное заседание.')).toEqual(['ORG Совет Безопасности → Совет Безопасности', 'ORG ООН → ООН']);
  });

  it('names a body and its owner apart, listed or not: Минобороны | Азербайджана, Сената | США, Федерация тенниса | Испании', async () => {
    expect(await shown('Об этом сообщило Минобороны Азербайджана.')).toEqual(['ORG Минобороны → Минобороны', 'LOC Азербайджана → Азербайджан']);
    expect(await shown('Законопроект одобрен голосованием Сената США.')).toEqual(['ORG Сената → Сенат', 'LOC США → США']);
    expect(await shown('Заявление опубликовала Федерация тенниса Испании.')).toEqual(['ORG Федерация тенниса → Федерация тенниса', 'LOC Испании → Испания']);
  });

  it('names a body with a capitalised adjective and its owner apart, and the body\'s entity by both: Верховный суд | Казахстана', async () => {
    expect(await shown('Жалобу рассмотрел Верховный суд Казахстана.')).toEqual(['ORG Верховный суд → Верховный суд', 'LOC Казахстана → Казахстан']);
    const doc = await analyze('Депутаты Народного собрания Дагестана приняли закон.');
    expect(doc.entities.map((entity) => `${entity.type} ${entity.name}`)).toEqual(['ORG Народное собрание Дагестана', 'LOC Дагестан']);
  });

  it('keeps России in the official short names of Russian bodies: МВД России', async () => {
    expect(await shown('Об этом сообщили в МВД России.')).toEqual(['ORG МВД России → МВД России']);
  });

  it('takes an organisation\'s head word with its genitive and prepositional complements (body with complements)', async () => {
    expect(await ruled('Председатель Комитета Совета Федерации по международным делам выступил.')).toEqual([
      'ORG Комитета Совета Федерации по международным делам (body with complements)',
    ]);
    expect(await ruled('Представитель Следственного комитета при прокуратуре Владимир Маркин сообщил.')).toEqual([
      'ORG Следственного комитета при прокуратуре (body with complements)',
      'PER Владимир Маркин (first middle? last)',
    ]);
    expect(await shown('Заявку отклонило Бюро США по патентам и товарным знакам.')).toEqual(['ORG Бюро США по патентам и товарным знакам → Бюро США по патентам и товарным знакам']);
    expect(await shown('Министерство сельского хозяйства и пищевой промышленности выдало разрешение.')).toEqual([
      'ORG Министерство сельского хозяйства и пищевой промышленности → Министерство сельского хозяйства и пищевой промышленности',
    ]);
  });

  it('leaves out of a complemented name a place at its end and a phrase about the sentence: Верховный суд | Бангладеша, по данным', async () => {
    expect(await shown('Верховный суд Бангладеша снял запрет.')).toEqual(['ORG Верховный суд → Верховный суд', 'LOC Бангладеша → Бангладеш']);
    expect(await shown('Об этом сообщил Национальный комитет государственной статистики по данным опроса.')).toEqual(['ORG Национальный комитет государственной статистики → Национальный комитет государственной статистики']);
  });

  it('takes the short name of a state body by its shape: Мосгоризбирком, Облизбирком (body short form)', async () => {
    expect(await ruled('Жалобу подали в Мосгоризбирком и Облизбирком.')).toEqual(['ORG Мосгоризбирком (body short form)', 'ORG Облизбирком (body short form)']);
    expect(await shown('Человеком года стал пожарный.')).toEqual([]);
  });

  it('takes the Russian name of a listed organisation, also at the start of a sentence: Международная амнистия', async () => {
    expect(await shown('Международная амнистия осудила приговор.')).toEqual(['ORG Международная амнистия → Международная амнистия']);
  });

  it('takes news media: РИА Новости, Sputnik', async () => {
    expect(await shown('Об этом сообщает РИА Новости.')).toEqual(['ORG РИА Новости → РИА Новости']);
    expect(await shown('Как передает Sputnik, встреча завершилась.')).toEqual(['ORG Sputnik → Sputnik']);
  });
});

describe('grammars and the gazetteer', () => {
  it('never lets a grammar cut a listed name: Ведущий | Первого канала', async () => {
    expect(await shown('Ведущий Первого канала сообщил об этом.')).toEqual(['ORG Первого канала → Первый канал']);
  });
});

describe('what is not an entity', () => {
  it('tags no page boilerplate: Подписаться, Лента новостей', async () => {
    expect(await shown('Подписаться\n\nЛента новостей\n\nПосол заявил, что переговоры продолжатся.')).toEqual([]);
  });

  it('takes nothing from an Azerbaijani paragraph in a Russian text', async () => {
    const russian = 'Президент Азербайджана Ильхам Алиев принял в Баку делегацию из Казахстана.';
    const azerbaijani = 'Azərbaycan Respublikasının Prezidenti İlham Əliyev Bakıda Qazaxıstan nümayəndə heyətini qəbul edib və əməkdaşlıq məsələlərini müzakirə edib.';
    const text = `${russian}\n\n${azerbaijani}`;
    const mentions = await mentionsOf(text);
    expect(mentions.filter((m) => m.start >= russian.length).map((m) => m.text)).toEqual([]);
    expect(mentions.map((m) => `${m.type} ${m.text}`)).toEqual(['LOC Азербайджана', 'PER Ильхам Алиев', 'LOC Баку', 'LOC Казахстана']);
  });

  it('takes no product or technology name for an organisation: Android, IPO, LTE, Brexit (not a name: product)', async () => {
    expect(await shown('Смартфоны на Android поддерживают LTE.')).toEqual([]);
    expect(await shown('После Brexit компания отложила IPO.')).toEqual([]);
    expect(await shown('Игра вышла в Chrome Web Store.')).toEqual([]);
  });

  it('takes no name after a product word: браузер Chrome, корабль «Союз ТМА-11» (not a name: after a product word)', async () => {
    expect(await shown('Пользователи браузера Opera и Vivaldi жалуются.')).toEqual([]);
    expect(await shown('Экипаж вернулся на корабле «Союз ТМА-11».')).toEqual([]);
  });

  it('takes no Latin name in brackets after a capitalised name in quotes that is no mention: «Шкода Октавия» (Skoda Octavia)', async () => {
    expect(await shown('На заводе будут собирать автомобили «Шкода Октавия» (Skoda Octavia).')).toEqual([]);
    // the words between an organisation's descriptor and the quotes hold no verb or product word: the car is no factory's name
    expect(await shown('На заводе будут собирать автомобили «Шкода Октавия».')).toEqual([]);
    // a word quoted as a word is no name, and the names in brackets after it stay
    expect(await shown('Он судится с сайтами со словом «book» (Teachbook).')).toEqual(['ORG Teachbook → Teachbook']);
    // after a mention in quotes the Latin spelling is a name as before
    expect(await shown('Правозащитники «Международной амнистии» (Amnesty International) выступили.')).toEqual([
      'ORG Международной амнистии → Международная амнистия',
      'ORG Amnesty International → Amnesty International',
    ]);
  });

  it('takes no name in quotes that ends with a model\'s code: «Союз ТМА-7», «Прогресс М-52» (not a name: model in quotes)', async () => {
    expect(await shown('В Казахстане приземлился «Союз ТМА-7».')).toEqual(['LOC Казахстане → Казахстан']);
    expect(await shown('К станции пристыковался «Прогресс М-52».')).toEqual([]);
    // one word with a number is a name as before
    expect(await shown('Передачу покажет «Россия-1».')).toEqual(['ORG Россия-1 → Россия-1']);
  });

  it('takes no Roman numeral for a name: XX век, VII съезд; a regnal number is in its sovereign\'s name (Людовик XIV)', async () => {
    expect(await shown('В XX веке прошёл VII съезд.')).toEqual([]);
    expect(await shown('Король Людовик XIV правил долго.')).toEqual(['PER Людовик XIV → Людовик XIV']);
  });

  it('takes no legal form alone, and the name after it without the form: ОАО Газпром, ИА Regnum (legal form Name)', async () => {
    expect(await ruled('Акции ОАО Газпром выросли, сообщает ИА Regnum.')).toEqual(['ORG Газпром (legal form Name)', 'ORG Regnum (legal form Name)']);
    expect(await shown('Учредитель ООО сменился.')).toEqual([]);
  });

  it('takes no plural ministry word with adjectives alone: многие ведомства', async () => {
    expect(await shown('Профильные ведомства молчат, а многие министерства закупают технику.')).toEqual([]);
  });
});
