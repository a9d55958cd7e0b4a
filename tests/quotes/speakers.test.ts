/**
 * Whose name a speaker phrase stands for, resolved through the document: a
 * title through the roles layer and its role group, a pronoun by gender, a
 * representative or press service by the one it speaks for; never across a
 * gender or a type, and `null` when nothing fits. One short invented news text
 * each, through `analyze`; every expected line is worked out by hand from the
 * text and docs/quotes.md: `«content» speaker=… → name`.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Quote } from '../../src/index.js';

const show = (q: Quote): string => `«${q.content.map((c) => c.text).join(' | ')}» speaker=${q.speaker?.text ?? '—'} → ${q.speaker?.name ?? '—'}`;

const quotes = async (text: string): Promise<string[]> => (await analyze(text)).quotes.map(show);

describe('a title resolves to the person who holds the post', () => {
  it('stated in a description (`Х, ректор МГУ,`), through the roles layer', async () => {
    expect(await quotes('Иван Петров, ректор МГУ, выступил на форуме. Ректор заявил, что реформа нужна.')).toEqual([
      '«реформа нужна» speaker=Ректор → Иван Петров',
    ]);
  });

  it('of the same role group (`Дипломат` for the `посол`)', async () => {
    expect(await quotes('Посол Азербайджана в Казахстане Рашад Мамедов дал интервью. Дипломат отметил, что мир возможен.')).toEqual([
      '«мир возможен» speaker=Дипломат → Рашад Мамедов',
    ]);
  });

  it('with adjectives between the two words of a title (`Глава российского государства` is a `глава государства`), not the head of a bank', async () => {
    expect(await quotes('Глава Сбербанка Герман Греф выступил на форуме. Глава государства Ильхам Алиев прибыл позже. Глава российского государства заявил, что кризис закончился.')).toEqual([
      '«кризис закончился» speaker=Глава российского государства → Ильхам Алиев',
    ]);
  });

  it('`глава правительства` for the `канцлер` (one role group: a chancellor heads the government), not the president named after her', async () => {
    expect(await quotes('Канцлер Германии Ангела Меркель встретилась с президентом России Владимиром Путиным. Как заявила глава правительства, переговоры прошли успешно.')).toEqual([
      '«переговоры прошли успешно» speaker=глава правительства → Ангела Меркель',
    ]);
  });

  it('of the gender the cue verb gives (`Министр заявила`): the woman of two ministers', async () => {
    expect(await quotes('Министр Анна Петрова и министр Иван Сидоров встретились. Министр заявила, что мир возможен.')).toEqual([
      '«мир возможен» speaker=Министр → Анна Петрова',
    ]);
  });

  it('of the post the complement names (`Министр финансов`), not a minister of something else (`Министр образования`)', async () => {
    expect(await quotes('Министр финансов Иван Петров выступил в Думе. Министр финансов заявил, что бюджет сбалансирован. Министр образования сказал, что школы откроются.')).toEqual([
      '«бюджет сбалансирован» speaker=Министр финансов → Иван Петров',
      '«школы откроются» speaker=Министр образования → —',
    ]);
  });

  it("not a president of a company or a leader of a party for the country's president; the country's by `страны`", async () => {
    expect(await quotes('Президент России Иван Петров провёл совещание. Президент компании заявил, что цены вырастут. Лидер партии сказал, что выборы честные. Президент страны отметил, что кризис закончился.')).toEqual([
      '«цены вырастут» speaker=Президент компании → —',
      '«выборы честные» speaker=Лидер партии → —',
      '«кризис закончился» speaker=Президент страны → Иван Петров',
    ]);
  });

  it('of the body a word like `ведомства` or `регулятора` points at, as `страны` points at the country', async () => {
    expect(await quotes('Министр финансов Антон Силуанов и глава ЦБ Эльвира Набиуллина выступили на форуме. Глава регулятора отметила, что инфляция снижается.')).toEqual([
      '«инфляция снижается» speaker=Глава регулятора → Эльвира Набиуллина',
    ]);
    expect(await quotes('Министр финансов Антон Силуанов выступил на форуме. Глава ведомства заявил, что бюджет исполнен.')).toEqual([
      '«бюджет исполнен» speaker=Глава ведомства → Антон Силуанов',
    ]);
  });

  it('of the same calling, as news names a person again (`Артистка` for the `певица`, `Защитник` for the `адвокат`)', async () => {
    expect(await quotes('Певица Алла Пугачёва вернулась в Россию. Артистка рассказала, что скучала по дому.')).toEqual([
      '«скучала по дому» speaker=Артистка → Алла Пугачёва',
    ]);
    expect(await quotes('Адвокат обвиняемого Сергей Иванов выступил в суде. Защитник заявил, что подаст апелляцию.')).toEqual([
      '«подаст апелляцию» speaker=Защитник → Сергей Иванов',
    ]);
  });

  it('of a title that is a participle by origin, which is the phrase\'s head (`Нападающий`, `Управляющий`)', async () => {
    expect(await quotes('Футболист «Зенита» Артём Дзюба забил гол. Нападающий признался, что рад победе.')).toEqual([
      '«рад победе» speaker=Нападающий → Артём Дзюба',
    ]);
    expect(await quotes('Управляющий банком Иван Петров выступил. Управляющий заявил, что ставка снизится.')).toEqual([
      '«ставка снизится» speaker=Управляющий → Иван Петров',
    ]);
  });

  it('of the country a place adjective names (`Американский президент`, `Глава российского государства`), as a place named after the title would', async () => {
    expect(await quotes('Президент США Барак Обама позвонил президенту России Дмитрию Медведеву. Американский президент заявил, что переговоры прошли успешно.')).toEqual([
      '«переговоры прошли успешно» speaker=Американский президент → Барак Обама',
    ]);
    expect(await quotes('Президент России Владимир Путин провёл совещание. Глава российского государства заявил, что кризис закончился.')).toEqual([
      '«кризис закончился» speaker=Глава российского государства → Владимир Путин',
    ]);
  });

  it('not the president of another country when the adjective names one the document does not: no name', async () => {
    expect(await quotes('Президент России Владимир Путин встретился с Эммануэлем Макроном. Французский президент заявил, что переговоры прошли успешно.')).toEqual([
      '«переговоры прошли успешно» speaker=Французский президент → —',
    ]);
    expect(await quotes('Посол Азербайджана в Казахстане Рашад Мамедов дал интервью. Казахстанский дипломат отметил, что мир возможен.')).toEqual([
      '«мир возможен» speaker=Казахстанский дипломат → —',
    ]);
  });

  it('not a person who holds the post elsewhere, and not the place of the post: no name', async () => {
    expect(await quotes('Посол Азербайджана в Казахстане Рашад Мамедов дал интервью. Президент Казахстана заявил, что мир возможен.')).toEqual([
      '«мир возможен» speaker=Президент Казахстана → —',
    ]);
  });
});

describe('a pronoun resolves to a person of its gender', () => {
  it('`Она` to the woman, though a man is named nearer', async () => {
    expect(await quotes('Анна Петрова встретилась с Иваном Сидоровым. Она заявила, что мир возможен.')).toEqual([
      '«мир возможен» speaker=Она → Анна Петрова',
    ]);
  });

  it('to the person a feminine cue verb named before, whose first name alone leaves the gender open (`Алла` is also a form of `Алл`)', async () => {
    expect(await quotes('«Свидание разрешили», — рассказала Алла Бут. Виктор Бут находится в тюрьме. По её словам, суд начнётся в среду.')).toEqual([
      '«Свидание разрешили» speaker=Алла Бут → Алла Бут',
      '«суд начнётся в среду» speaker=её → Алла Бут',
    ]);
  });
});

describe("a person's gender comes from a common first name before the dictionary's other readings", () => {
  it('`Эммануэль` is listed as a man\'s name (the dictionary knows only the woman\'s), so `Президент Франции заявил` is Macron', async () => {
    expect(await quotes('Президент Франции Эммануэль Макрон встретился с Дональдом Трампом. Президент Франции заявил, что переговоры прошли успешно.')).toEqual([
      '«переговоры прошли успешно» speaker=Президент Франции → Эммануэль Макрон',
    ]);
  });

  it('and a woman listed as a woman is never the speaker of a masculine cue', async () => {
    expect(await quotes('Министр Ангела Петрова и министр Иван Сидоров встретились. Министр заявил, что мир возможен.')).toEqual([
      '«мир возможен» speaker=Министр → Иван Сидоров',
    ]);
  });
});

describe('a surname alone that two relatives share is the one the cue agrees with', () => {
  it('`Бут рассказала` is Алла Бут, though her husband was named last', async () => {
    expect(await quotes('Виктор Бут арестован в Таиланде. Его жена Алла Бут прилетела в Бангкок. Адвокаты Виктора подали жалобу. Бут рассказала, что муж здоров.')).toEqual([
      '«муж здоров» speaker=Бут → Алла Бут',
    ]);
  });
});

describe('a representative or a press service speaks for the one it names', () => {
  it('`Пресс-служба губернатора` for the governor', async () => {
    expect(await quotes('Губернатор Московской области Андрей Воробьёв открыл мост. Пресс-служба губернатора сообщила, что движение запущено.')).toEqual([
      '«движение запущено» speaker=Пресс-служба губернатора → Андрей Воробьёв',
    ]);
  });
});

describe('a group speaks for the body in its complement, not for one in a clause after it', () => {
  it('`Представители ХДС` for the party; `Демократы, потерявшие места в Конгрессе` for no one', async () => {
    expect(await quotes('Представители ХДС заявили, что реформа нужна.')).toEqual(['«реформа нужна» speaker=Представители ХДС → ХДС']);
    expect(await quotes('Демократы, потерявшие места в Конгрессе после выборов, заявляют, что такие действия нанесут вред народу.')).toEqual([
      '«такие действия нанесут вред народу» speaker=Демократы, потерявшие места в Конгрессе после выборов → —',
    ]);
  });
});

describe('an unnamed source is no one the text names', () => {
  it('`собеседник агентства` does not continue the minister before it', async () => {
    expect(await quotes('«Мы готовы», — заявил министр Иван Сидоров. Сделка будет закрыта, сообщил собеседник агентства.')).toEqual([
      '«Мы готовы» speaker=министр Иван Сидоров → Иван Сидоров',
      '«Сделка будет закрыта» speaker=собеседник агентства → —',
    ]);
  });
});

describe('the speaker after a cue is the subject, not the channel the statement went to', () => {
  it('`сообщил РИА Новости министр`', async () => {
    expect(await quotes('Переговоры продолжатся, сообщил РИА Новости министр Сергей Лавров.')).toEqual([
      '«Переговоры продолжатся» speaker=министр Сергей Лавров → Сергей Лавров',
    ]);
  });

  it('`сказал агентству «Интерфакс» министр`', async () => {
    expect(await quotes('«Переговоры продолжатся», — сказал агентству «Интерфакс» министр Сергей Лавров.')).toEqual([
      '«Переговоры продолжатся» speaker=министр Сергей Лавров → Сергей Лавров',
    ]);
  });

  it('`заявил ТАСС музыкальный критик`: an adjective before the person\'s noun after the channel', async () => {
    expect(await quotes('«Это событие сезона», — заявил ТАСС музыкальный критик Петр Поспелов.')).toEqual([
      '«Это событие сезона» speaker=музыкальный критик Петр Поспелов → Петр Поспелов',
    ]);
  });

  it('but the outlet that closes the sentence is the source (quotes.md: a trailing source)', async () => {
    expect(await quotes('Переговоры продолжатся, сообщает РИА Новости.')).toEqual(['«Переговоры продолжатся» speaker=РИА Новости → РИА Новости']);
  });

  it('and the place after a preposition is not the speaker\'s adjective (`заявил вчера в Москве президент`)', async () => {
    expect(await quotes('«Переговоры продолжатся», — заявил вчера в Москве президент Дмитрий Медведев.')).toEqual([
      '«Переговоры продолжатся» speaker=президент Дмитрий Медведев → Дмитрий Медведев',
    ]);
  });
});

describe('a title with a body in its complement names a person, not the body', () => {
  it('the person in apposition after `директора института` is the speaker, though the head may be a plural', async () => {
    expect(await quotes('По мнению директора Института политических исследований Сергея Маркова, выборы пройдут спокойно.')).toEqual([
      '«выборы пройдут спокойно» speaker=директора Института политических исследований Сергея Маркова → Сергей Марков',
    ]);
  });

  it('`Создатель Apple` is the founder named before (one role group), else no one; never Apple', async () => {
    expect(await quotes('Основатель Apple Стив Джобс выступил на презентации. Создатель Apple заявил, что новый телефон выйдет летом.')).toEqual([
      '«новый телефон выйдет летом» speaker=Создатель Apple → Стив Джобс',
    ]);
    expect(await quotes('Создатель Apple заявил, что новый телефон выйдет летом.')).toEqual(['«новый телефон выйдет летом» speaker=Создатель Apple → —']);
  });

  it('but a body noun speaks for the body (`руководства Microsoft`)', async () => {
    expect(await quotes('По мнению руководства Microsoft, покупка окупится за год.')).toEqual([
      '«покупка окупится за год» speaker=руководства Microsoft → Microsoft',
    ]);
  });
});

describe('a person inside the phrase names the speaker only in the head\'s case', () => {
  it('`Конкурент Марка Цукерберга` is not Zuckerberg', async () => {
    expect(await quotes('Марк Цукерберг основал Facebook. Конкурент Марка Цукерберга заявил, что сеть устарела.')).toEqual([
      '«сеть устарела» speaker=Конкурент Марка Цукерберга → —',
    ]);
  });
});

describe('a name in its original spelling restates the person before it', () => {
  it('the speaker `Билл Герстенмайер (Bill Gerstenmaier)` is named in the document\'s script', async () => {
    expect(await quotes('Директор НАСА Билл Герстенмайер (Bill Gerstenmaier) заявил, что проблемы будут устранены.')).toEqual([
      '«проблемы будут устранены» speaker=Директор НАСА Билл Герстенмайер (Bill Gerstenmaier) → Билл Герстенмайер',
    ]);
  });
});

describe('the speaker phrase: a long title, the name, and its original spelling', () => {
  it('a title of a dozen words before the name and the name in brackets stays one phrase', async () => {
    expect(
      await quotes('Государственный секретарь по вопросам прав человека американского министерства иностранных дел Барри Лоуенкрон (Barry Lowenkron) подчеркнул позицию правительства: «Мы не допускаем пыток».'),
    ).toEqual([
      '«Мы не допускаем пыток» speaker=Государственный секретарь по вопросам прав человека американского министерства иностранных дел Барри Лоуенкрон (Barry Lowenkron) → Барри Лоуенкрон',
    ]);
  });

  it('ends with the name (or its spelling in brackets), not with the place and time after it', async () => {
    expect(await quotes('«Завод будет построен», — заявил шеф концерна Бернд Пишетсридер (Bernd Pischetsrieder) на автомобильной ярмарке в Детройте.')).toEqual([
      '«Завод будет построен» speaker=шеф концерна Бернд Пишетсридер (Bernd Pischetsrieder) → Бернд Пишетсридер',
    ]);
    expect(await quotes('«Мы готовы», — сказал президент Виктор Янукович в Киеве во время пресс-конференции.')).toEqual(['«Мы готовы» speaker=президент Виктор Янукович → Виктор Янукович']);
  });
});

describe('the edges of a speaker phrase', () => {
  it('a name in the title\'s complement does not end the phrase before the speaker\'s own name', async () => {
    expect(await quotes('«Мы готовы», — сказал помощник президента Владимира Путина Сергей Приходько в Москве.')).toEqual([
      '«Мы готовы» speaker=помощник президента Владимира Путина Сергей Приходько → Сергей Приходько',
    ]);
  });

  it('no adverb, conjunction or relative pronoun at its end (`Еврокомиссия изначально также`, `Нэнси Пелоси, которая`)', async () => {
    const [quote] = (await analyze('Еврокомиссия изначально также выступала против сделки, заявив, что она лишит MySQL возможности развиваться.')).quotes;
    expect(quote?.speaker?.text).toBe('Еврокомиссия');
    expect(await quotes('Бывший спикер Нэнси Пелоси, которая сейчас возглавляет меньшинство, заявила, что такие действия нанесут вред народу.')).toEqual([
      '«такие действия нанесут вред народу» speaker=Бывший спикер Нэнси Пелоси → Нэнси Пелоси',
    ]);
  });
});

describe('a capital that speaks stands for its state', () => {
  it('`Минск считает` is Belarus, by its listed name when the document does not name the state', async () => {
    expect(await quotes('Минск считает, что транзит газа подорожает.')).toEqual(['«транзит газа подорожает» speaker=Минск → Белоруссия']);
  });

  it('`Официальный Вашингтон` is the United States the document names; another city is itself', async () => {
    expect(await quotes('США ввели пошлины. Официальный Вашингтон заявил, что санкции сохранятся. Петербург считает, что мост построят.')).toEqual([
      '«санкции сохранятся» speaker=Официальный Вашингтон → США',
      '«мост построят» speaker=Петербург → Петербург',
    ]);
  });
});

describe('a bare kind of organisation refers to the one of that kind named last', () => {
  it('`В компании отметили` and `Как сообщили в концерне`, each to its own kind', async () => {
    expect(
      await quotes('Компания «Северсталь» подписала договор с концерном «Фольксваген». В компании отметили, что поставки начнутся весной. Как сообщили в концерне, завод построят за год.'),
    ).toEqual(['«поставки начнутся весной» speaker=компании → Северсталь', '«завод построят за год» speaker=концерне → Фольксваген']);
  });

  it('`Эксперты компании`: a group that speaks for the company; with no company named before, no name', async () => {
    expect(await quotes('Эксперты компании убеждены, что игры важны. Компания «Северсталь» открыла офис.')).toEqual(['«игры важны» speaker=Эксперты компании → —']);
  });

  it('`Аналитики банка`: a group whose noun the dictionary reads first as the singular of another word (`аналитика`)', async () => {
    expect(await quotes('Банк ВТБ опубликовал отчет. Аналитики банка считают, что рубль укрепится.')).toEqual([
      '«рубль укрепится» speaker=Аналитики банка → Банк ВТБ',
    ]);
  });
});


describe('an office noun with no post holder in the text is the one person just named acting', () => {
  it('`Мэр` and `Министр обороны` after a person the text gives no post (`Сергей Собянин посетил`)', async () => {
    expect(await quotes('Сергей Собянин посетил новую больницу. Мэр пообещал, что до конца года откроются еще две.')).toEqual([
      '«до конца года откроются еще две» speaker=Мэр → Сергей Собянин',
    ]);
    expect(await quotes('Сергей Шойгу прибыл в Сирию. Министр обороны заявил, что операция идет по плану.')).toEqual([
      '«операция идет по плану» speaker=Министр обороны → Сергей Шойгу',
    ]);
  });

  it('`Дипломат` after a woman named with another post, of the gender the cue gives', async () => {
    expect(await quotes('Официальный представитель МИД России Мария Захарова прокомментировала заявление Лондона. Дипломат заявила, что Москва ответит.')).toEqual([
      '«Москва ответит» speaker=Дипломат → Мария Захарова',
    ]);
  });

  it('not a counterpart of the one named (`Врач`, `Следователь`), nor one of two people named acting', async () => {
    expect(await quotes('Иван Петров попал в аварию на трассе. Врач рассказал, что состояние пациента стабильное.')).toEqual([
      '«состояние пациента стабильное» speaker=Врач → —',
    ]);
    expect(await quotes('Иван Петров и Пётр Сидоров провели встречу. Министр заявил, что договорённость достигнута.')).toEqual([
      '«договорённость достигнута» speaker=Министр → —',
    ]);
  });

  it('a post the named person does not hold stays someone else (`Президент компании` after `президент Путин`)', async () => {
    expect(await quotes('Президент России Иван Петров провёл совещание. Президент компании заявил, что цены вырастут.')).toEqual([
      '«цены вырастут» speaker=Президент компании → —',
    ]);
  });
});

describe('a bare body noun is the one organisation just named acting', () => {
  it('whatever kind noun the body was named with (`Министерство финансов подготовило …. В ведомстве отметили`)', async () => {
    expect(await quotes('Министерство финансов подготовило поправки в бюджет. В ведомстве отметили, что дефицит не превысит 2 % ВВП.')).toEqual([
      '«дефицит не превысит 2 % ВВП» speaker=ведомстве → Министерство финансов',
    ]);
    expect(await quotes('ФСБ задержала троих подозреваемых. В спецслужбе уточнили, что задержанные готовили теракт.')).toEqual([
      '«задержанные готовили теракт» speaker=спецслужбе → ФСБ',
    ]);
  });

  it('not a unique institution the text names outright (`В правительстве отметили` after a bank)', async () => {
    expect(await quotes('Банк «Открытие» повысил ставки по вкладам. В правительстве отметили, что решение обоснованно.')).toEqual([
      '«решение обоснованно» speaker=правительстве → —',
    ]);
  });
});

describe('a masculine verb agrees with a masculine title, not necessarily with the one it names', () => {
  it('`добавил дипломат` after a woman the text names as ambassador', async () => {
    expect(await quotes('Посол США в России Линн Трейси заявила, что Вашингтон не стремится к конфронтации. «Мы хотим стабильных отношений», — добавил дипломат.')).toEqual([
      '«Вашингтон не стремится к конфронтации» speaker=Посол США в России Линн Трейси → Линн Трейси',
      '«Мы хотим стабильных отношений» speaker=дипломат → Линн Трейси',
    ]);
  });

  it('but a man first when the text names both (`Министр заявил` of a woman and a man minister)', async () => {
    expect(await quotes('Министр Иван Сидоров и министр Анна Петрова встретились. Министр заявил, что мир возможен.')).toEqual([
      '«мир возможен» speaker=Министр → Иван Сидоров',
    ]);
  });
});

describe('a relative clause after a name describes the speaker and is no part of the phrase', () => {
  it('`Министр Сергей Цивилев, слова которого приводит «Интерфакс», сообщил`', async () => {
    expect(await quotes('Министр энергетики Сергей Цивилев, слова которого приводит «Интерфакс», сообщил, что цены на газ снизятся.')).toEqual([
      '«цены на газ снизятся» speaker=Министр энергетики Сергей Цивилев → Сергей Цивилев',
    ]);
  });
});

describe('a performer’s calling stands for the one person of its gender just named acting', () => {
  it('`Максим Галкин и Алла Пугачева уехали. Артистка заявила`', async () => {
    expect(await quotes('Максим Галкин и Алла Пугачева уехали из России. Артистка заявила, что не вернется.')).toEqual([
      '«не вернется» speaker=Артистка → Алла Пугачева',
    ]);
  });
});
