/**
 * Within-document linking (src/entities/link.ts, with the surnames found by
 * src/entities/extract.ts): which mentions share an entity, the entity's name,
 * and the shape of `doc.entities`. Every expected value is written by hand from the Russian text.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type EntityMention, type RechDocument } from '../../src/index.js';

const mentionsOf = (doc: RechDocument): EntityMention[] =>
  doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);

/** The mentions whose text is one of `texts`, as `text → entity id`. */
const idsOf = (doc: RechDocument, ...texts: string[]): number[] =>
  mentionsOf(doc).filter((m) => texts.includes(m.text)).map((m) => m.entity);

describe('people', () => {
  it('links a full name and the surname alone in any case into one entity named by the full name', async () => {
    const doc = await analyze('Президент Ильхам Алиев провел совещание. Алиев заявил, что работа продолжится. Журналисты задали вопросы Алиеву.');
    const people = mentionsOf(doc).filter((m) => m.type === 'PER');
    expect(people.map((m) => m.text)).toEqual(['Ильхам Алиев', 'Алиев', 'Алиеву']);
    expect(new Set(people.map((m) => m.entity)).size).toBe(1);
    const entity = doc.entities[people[0]!.entity]!;
    expect(entity.name).toBe('Ильхам Алиев');
    expect(entity.parts).toEqual({ first: 'Ильхам', last: 'Алиев' });
  });

  it('keeps two people with one surname and different first names apart', async () => {
    const doc = await analyze('На конференции выступили Андрей Смирнов и Павел Смирнов.');
    const people = mentionsOf(doc).filter((m) => m.type === 'PER');
    expect(people.map((m) => m.text)).toEqual(['Андрей Смирнов', 'Павел Смирнов']);
    expect(people[0]!.entity).not.toBe(people[1]!.entity);
    expect(people.map((m) => doc.entities[m.entity]!.name)).toEqual(['Андрей Смирнов', 'Павел Смирнов']);
  });

  it('links a surname in the headline to the full name given later', async () => {
    const doc = await analyze(
      'Алиев провел переговоры с Пашиняном\n\nПрезидент Азербайджана Ильхам Алиев встретился с премьер-министром Армении Николом Пашиняном.',
    );
    const [aliyevHeadline, aliyevFull] = idsOf(doc, 'Алиев', 'Ильхам Алиев');
    expect(aliyevHeadline).toBe(aliyevFull);
    expect(doc.entities[aliyevFull!]!.name).toBe('Ильхам Алиев');
    const [pashinyanHeadline, pashinyanFull] = idsOf(doc, 'Пашиняном', 'Николом Пашиняном');
    expect(pashinyanHeadline).toBe(pashinyanFull);
  });

  it('names the entity by the full name in the nominative: Николом Пашиняном → Никол Пашинян', async () => {
    const doc = await analyze('Президент Азербайджана Ильхам Алиев встретился с премьер-министром Армении Николом Пашиняном.');
    const [pashinyan] = idsOf(doc, 'Николом Пашиняном');
    expect(doc.entities[pashinyan!]!.name).toBe('Никол Пашинян');
  });
});

describe('people: a surname alone takes the form of the person it names', () => {
  it('reads Волкову after Дарья Волкова as hers: Волкова, not Волков', async () => {
    const doc = await analyze('Вчера Дарья Волкова выступила на съезде. Журналисты позвонили Волковой, но Волкову не застали.');
    const people = mentionsOf(doc).filter((m) => m.type === 'PER');
    expect(people.map((m) => [m.text, m.normal])).toEqual([['Дарья Волкова', 'Дарья Волкова'], ['Волковой', 'Волкова'], ['Волкову', 'Волкова']]);
    expect(new Set(people.map((m) => m.entity)).size).toBe(1);
  });

  it('links a surname alone to the person of the gender the verb after it shows: Бут рассказала is Ольга Бут', async () => {
    const doc = await analyze('Ольга Бут пришла в суд. Там же был Павел Бут. Бут рассказала, что ждёт решения. Бут сказал, что устал.');
    const people = mentionsOf(doc).filter((m) => m.type === 'PER');
    expect(people.map((m) => doc.entities[m.entity]!.name)).toEqual(['Ольга Бут', 'Павел Бут', 'Ольга Бут', 'Павел Бут']);
  });

  it('takes no gender from a verb after a surname that may be a genitive: ресурсов Громова была', async () => {
    const doc = await analyze('Борис Громов ушёл в отставку. Главным из ресурсов Громова была поддержка Кремля.');
    expect(doc.entities.filter((e) => e.type === 'PER').map((e) => [e.name, e.mentions.length])).toEqual([['Борис Громов', 2]]);
  });

  it('corrects a surname in the headline by the full name given later', async () => {
    const doc = await analyze('Волкову наградили\n\nВчера Дарья Волкова получила премию.');
    const people = mentionsOf(doc).filter((m) => m.type === 'PER');
    expect(people.map((m) => [m.text, m.normal])).toEqual([['Волкову', 'Волкова'], ['Дарья Волкова', 'Дарья Волкова']]);
    expect(new Set(people.map((m) => m.entity)).size).toBe(1);
    expect(doc.entities[people[0]!.entity]!.name).toBe('Дарья Волкова');
  });
});

describe('people: a name alone that is a surname in the document', () => {
  it('links Гор alone to Альберт Гор as his surname', async () => {
    const doc = await analyze('Бывший вице-президент Альберт Гор выступил в Нэшвилле. Позже Гор уехал домой.');
    const people = mentionsOf(doc).filter((m) => m.type === 'PER');
    expect(people.map((m) => m.text)).toEqual(['Альберт Гор', 'Гор']);
    expect(people[0]!.entity).toBe(people[1]!.entity);
    expect(people[1]!.parts).toEqual({ last: 'Гор' });
  });
});

describe('people: a foreign surname alone in an oblique case the dictionary lacks', () => {
  it('links Данна (genitive, and a woman\'s first name in the dictionary) to Питер Данн, read as Данн', async () => {
    const doc = await analyze('Министр Питер Данн выступил в парламенте. По словам Данна, реформа продолжится. Журналисты спросили Данна о налогах.');
    const people = mentionsOf(doc).filter((m) => m.type === 'PER');
    expect(people.map((m) => m.text)).toEqual(['Питер Данн', 'Данна', 'Данна']);
    expect(new Set(people.map((m) => m.entity)).size).toBe(1);
    expect(people.map((m) => m.normal)).toEqual(['Питер Данн', 'Данн', 'Данн']);
    expect(doc.entities[people[0]!.entity]!.name).toBe('Питер Данн');
  });
});

describe('people: a name in its original spelling in brackets', () => {
  it('links Michael McFaul in brackets to Майкл Макфол before it, named in the document\'s own script', async () => {
    const doc = await analyze('С ним говорил посол Майкл Макфол (Michael McFaul). Позже Макфол уехал.');
    const people = mentionsOf(doc).filter((m) => m.type === 'PER');
    expect(people.map((m) => m.text)).toEqual(['Майкл Макфол', 'Michael McFaul', 'Макфол']);
    expect(new Set(people.map((m) => m.entity)).size).toBe(1);
    expect(doc.entities[people[0]!.entity]!.name).toBe('Майкл Макфол');
    expect(doc.entities[people[0]!.entity]!.parts).toEqual({ first: 'Майкл', last: 'Макфол' });
  });
});

describe('places and organisations', () => {
  it('links a full name with its abbreviation in brackets and the abbreviation later', async () => {
    const doc = await analyze(
      'Саммит Организации Договора о коллективной безопасности (ОДКБ) прошел в Ереване. Лидеры стран ОДКБ приняли декларацию.',
    );
    const organisations = mentionsOf(doc).filter((m) => m.type === 'ORG');
    expect(organisations.map((m) => m.text)).toEqual(['Организации Договора о коллективной безопасности', 'ОДКБ', 'ОДКБ']);
    expect(new Set(organisations.map((m) => m.entity)).size).toBe(1);
    expect(doc.entities[organisations[0]!.entity]!.name).toBe('Организация Договора о коллективной безопасности');
  });

  it('links США and Соединенные Штаты Америки into one entity', async () => {
    const doc = await analyze('Соединенные Штаты Америки ввели санкции. Позже США смягчили их.');
    const places = mentionsOf(doc).filter((m) => m.type === 'LOC');
    expect(places.map((m) => m.text)).toEqual(['Соединенные Штаты Америки', 'США']);
    expect(places[0]!.entity).toBe(places[1]!.entity);
  });

  it('keeps two different places apart', async () => {
    const doc = await analyze('Делегация из Москвы прибыла в Баку.');
    const [moscow, baku] = idsOf(doc, 'Москвы', 'Баку');
    expect(moscow).not.toBe(baku);
  });
});

describe('the shape of doc.entities', () => {
  it('indexes entities by id, points every mention back to its entity, and lists mentions in text order', async () => {
    const doc = await analyze(
      'Глава МИД России Сергей Лавров прибыл в Баку. В Баку Лавров встретился с коллегой. Лавров и глава МИД Азербайджана обсудили ситуацию.',
    );
    expect(doc.entities.length).toBeGreaterThan(0);
    doc.entities.forEach((entity, index) => {
      expect(entity.id).toBe(index);
      expect(entity.mentions.length).toBeGreaterThan(0);
      for (const mention of entity.mentions) {
        expect(mention.entity).toBe(index);
        expect(mention.type).toBe(entity.type);
        expect(doc.text.slice(mention.start, mention.end)).toBe(mention.text);
      }
      const starts = entity.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });
    const lavrov = idsOf(doc, 'Сергей Лавров', 'Лавров');
    expect(lavrov).toHaveLength(3);
    expect(new Set(lavrov).size).toBe(1);
    expect(doc.entities[lavrov[0]!]!.mentions.map((m) => m.text)).toEqual(['Сергей Лавров', 'Лавров', 'Лавров']);
    const baku = idsOf(doc, 'Баку');
    expect(baku).toHaveLength(2);
    expect(new Set(baku).size).toBe(1);
  });
});

describe('short and full forms of an organisation', () => {
  it('links a short form to the one full form that adds a place: МИД ↔ МИД Франции', async () => {
    const doc = await analyze('Глава МИД Франции прибыл в Москву. МИД сообщил, что визит важен.');
    const [full, short] = idsOf(doc, 'МИД');
    expect(full).toBe(short);
    // The place is a mention of its own, and the organisation's name keeps it.
    expect(idsOf(doc, 'Франции')).toHaveLength(1);
    expect(doc.entities[full!]!.name).toBe('МИД Франции');
  });

  it('links no short form that two full forms share: МИД Германии, МИД Франции, МИД', async () => {
    const doc = await analyze('Встретились МИД Германии и МИД Франции. МИД заявил о прогрессе.');
    expect(new Set(idsOf(doc, 'МИД')).size).toBe(3);
  });

  it('links an abbreviation used before the document introduces it in brackets', async () => {
    const doc = await analyze('Доклад СКС вышел вчера. В акции участвовал Союз координационных советов (СКС). СКС заявил о новой акции.');
    expect(idsOf(doc, 'СКС', 'Союз координационных советов')).toHaveLength(4);
    expect(new Set(idsOf(doc, 'СКС', 'Союз координационных советов')).size).toBe(1);
  });
});

describe('places and organisations written alike', () => {
  it('links a name written the same way twice, whichever rule read it, and gives both its nominative', async () => {
    const doc = await analyze('Беспорядки прошли в Ливерпуле, Манчестере и Бристоле. Число участников беспорядков в Бристоле оценивается в 150 человек.');
    const bristol = idsOf(doc, 'Бристоле');
    expect(bristol).toHaveLength(2);
    expect(new Set(bristol).size).toBe(1);
    expect(doc.entities[bristol[0]!]!.name).toBe('Бристоль');
    expect(doc.entities[bristol[0]!]!.mentions.map((m) => m.normal)).toEqual(['Бристоль', 'Бристоль']);
  });

  it('links a listed name and the same name read by a grammar, though the list links it to another spelling', async () => {
    const doc = await analyze('Акционеры концерна «Фольксваген» собрались на совет. Volkswagen отчитался о прибыли, а Фольксваген построит новый завод.');
    const ids = idsOf(doc, 'Фольксваген', 'Volkswagen');
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
  });
});

describe('a body named by its owner and by a place adjective', () => {
  it('links the body with a place adjective to the body with that place after it: российский Минсельхоз ↔ Минсельхоз РФ', async () => {
    const doc = await analyze('Минсельхоз РФ запретил ввоз фруктов из Молдавии. Санкции российского Минсельхоза ударят по экономике.');
    const [full, adjective] = idsOf(doc, 'Минсельхоз', 'российского Минсельхоза');
    expect(full).toBe(adjective);
    // The name proper, not the description with an adjective.
    expect(doc.entities[full!]!.name).toBe('Минсельхоз РФ');
  });

  it('keeps the body with a place adjective apart from that of another place: российский Минсельхоз, Минсельхоз Молдавии', async () => {
    const doc = await analyze('Санкции российского Минсельхоза ударят по экономике. Минсельхоз Молдавии ответил.');
    const [russian, moldovan] = idsOf(doc, 'российского Минсельхоза', 'Минсельхоз');
    expect(russian).not.toBe(moldovan);
  });

  it('links the body alone to the body with its owner, an owner of a lower-case word too (Приморского края)', async () => {
    const doc = await analyze('Депутаты Законодательного собрания Приморского края приняли закон. У входа в здание Законодательного собрания прошла встреча.');
    const ids = idsOf(doc, 'Законодательного собрания');
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
    expect(doc.entities[ids[0]!]!.name).toBe('Законодательное собрание Приморского края');
  });
});

describe("a club named with its city's adjective", () => {
  it('links the club with its city adjective to the club in quotes alone: Омский «Авангард» ↔ «Авангард»', async () => {
    const doc = await analyze('«Авангард» выиграл пятый матч подряд. Омский «Авангард» принимает СКА в четверг.');
    const [alone, placed] = idsOf(doc, 'Авангард', 'Омский «Авангард»');
    expect(alone).toBeDefined();
    expect(alone).toBe(placed);
  });

  it('keeps two clubs of one city apart: казанский «Рубин», казанский «Ак Барс»', async () => {
    const doc = await analyze('Казанский «Рубин» проиграл. Казанский «Ак Барс» выиграл.');
    const [football, hockey] = idsOf(doc, 'Казанский «Рубин»', 'Казанский «Ак Барс»');
    expect(football).not.toBe(hockey);
  });
});

describe('a ministry described, not named', () => {
  it('links a description with the place after it to the ministry of that place: внешнеполитическое ведомство России ↔ МИД РФ', async () => {
    const doc = await analyze('Глава МИД РФ прибыл в Токио. Позже внешнеполитическое ведомство России опубликовало заявление.');
    const [named, described] = idsOf(doc, 'МИД', 'внешнеполитическое ведомство');
    expect(named).toBe(described);
    expect(doc.entities[named!]!.name).toBe('МИД РФ');
  });

  it('links a description with a place adjective to the ministry with that adjective, and names the entity by the ministry', async () => {
    const doc = await analyze('Представитель японского МИДа отказался от комментариев. В японском дипломатическом ведомстве заявили, что визит отменён.');
    const [named, described] = idsOf(doc, 'японского МИДа', 'японском дипломатическом ведомстве');
    expect(named).toBe(described);
    expect(doc.entities[named!]!.name).toBe('японский МИД');
  });

  it('keeps a description of one state apart from the ministry of another', async () => {
    const doc = await analyze('Глава МИД Франции прибыл в Токио. Позже внешнеполитическое ведомство России опубликовало заявление.');
    const [named, described] = idsOf(doc, 'МИД', 'внешнеполитическое ведомство');
    expect(named).not.toBe(described);
  });
});

describe('a place named by its adjective and a word for the same place', () => {
  it('links Гагаузская автономия to Гагаузия and Молдавская республика to Молдова', async () => {
    const doc = await analyze('В Гагаузской автономии Молдавской республики прошёл референдум. Власти Молдовы назвали его незаконным, а жители Гагаузии проголосовали.');
    const [autonomy, republic, moldova, gagauzia] = idsOf(doc, 'Гагаузской автономии', 'Молдавской республики', 'Молдовы', 'Гагаузии');
    expect(autonomy).toBe(gagauzia);
    expect(republic).toBe(moldova);
    expect(autonomy).not.toBe(republic);
  });

  it('keeps a region around a city apart from the city: Московская область, Москва', async () => {
    const doc = await analyze('Губернатор Московской области встретился с мэром Москвы.');
    const [region, city] = idsOf(doc, 'Московской области', 'Москвы');
    expect(region).not.toBe(city);
  });
});

describe('an acronym and the name it stands for', () => {
  it('links an acronym used after the name to the organisation whose words it spells, named by the full name', async () => {
    const doc = await analyze('Компания Hewlett-Packard объявила о покупке. Акции HP выросли на 3 %.');
    const [full, acronym] = idsOf(doc, 'Hewlett-Packard', 'HP');
    expect(acronym).toBe(full);
    expect(doc.entities[full!]!.name).toBe('Hewlett-Packard');
  });

  it('links an acronym used before the name, whatever the case of the name', async () => {
    const doc = await analyze('НКА запустило спутник. Как сообщило Национальное космическое агентство, запуск прошел штатно.');
    const [acronym, full] = idsOf(doc, 'НКА', 'Национальное космическое агентство');
    expect(acronym).toBe(full);
    expect(doc.entities[acronym!]!.name).toBe('Национальное космическое агентство');
  });

  it('leaves out the letters of prepositions and conjunctions inside the name', async () => {
    const doc = await analyze('Доклад подготовил Институт экономики и права. Эксперты ИЭП считают, что рост замедлится.');
    const [full, acronym] = idsOf(doc, 'Институт экономики и права', 'ИЭП');
    expect(full).toBeDefined();
    expect(acronym).toBe(full);
  });

  it('links nothing when two organisations of the document spell the acronym', async () => {
    const doc = await analyze('Договор подписали Национальное космическое агентство и Независимое кредитное агентство. Представители НКА остались довольны.');
    const [space, credit, acronym] = idsOf(doc, 'Национальное космическое агентство', 'Независимое кредитное агентство', 'НКА');
    expect(new Set([space, credit, acronym]).size).toBe(3);
  });
});

describe("rule 'contracted name'", () => {
  it("reads a contraction as the roots of a longer name's words, in order, the last with an ending of its own", async () => {
    const { contractionOf } = await import('../../src/entities/link.js');
    expect(contractionOf('минсельхоз', ['министерство', 'сельского', 'хозяйства', 'продовольствия'])).toBe(true);
    expect(contractionOf('минприроды', ['министерство', 'природных', 'ресурсов'])).toBe(true);
    expect(contractionOf('минэнерго', ['министерство', 'энергетики'])).toBe(true);
    expect(contractionOf('минобрнауки', ['министерство', 'образования', 'науки'])).toBe(true);
    expect(contractionOf('минздравсоцразвития', ['министерство', 'здравоохранения', 'социального', 'развития'])).toBe(true);
    expect(contractionOf('минстрой', ['министерство', 'строительства'])).toBe(true);
    expect(contractionOf('госдепартамент', ['государственный', 'департамент', 'сша'])).toBe(true);
    expect(contractionOf('мосгордума', ['московская', 'городская', 'дума'])).toBe(true);
    expect(contractionOf('центризбирком', ['центральная', 'избирательная', 'комиссия'])).toBe(true);
    // Another ministry's field, roots out of order, a root too short, letters left over, one word's root alone
    expect(contractionOf('минфин', ['министерство', 'обороны'])).toBe(false);
    expect(contractionOf('минторгпром', ['министерство', 'промышленности', 'торговли'])).toBe(false);
    expect(contractionOf('минэконом', ['министерство', 'экологии'])).toBe(false);
    expect(contractionOf('минтрансинвест', ['министерство', 'транспорта'])).toBe(false);
    expect(contractionOf('ростов', ['ростовский', 'областной', 'суд'])).toBe(false);
    expect(contractionOf('газпром', ['газпром', 'нефть'])).toBe(false);
  });

  it('joins a contraction to the one ministry of another wording, and to neither of two that fit', async () => {
    const one = await analyze('Минтруд предложил изменить порядок расчета пособий. Министерство труда обещает обсудить проект.');
    expect(new Set(idsOf(one, 'Минтруд', 'Министерство труда')).size).toBe(1);
    const two = await analyze('Министерство обороны Литвы и Министерство обороны Польши подписали соглашение. Минобороны Литвы сообщило о сроках.');
    const ids = idsOf(two, 'Минобороны');
    expect(ids).toHaveLength(1);
    expect(two.entities[ids[0]!]!.name).toBe('Министерство обороны Литвы');
  });
});

describe("rule 'acronym of a name's head'", () => {
  it('joins an acronym and the same rest to the name whose head it spells, not to one of another rest', async () => {
    const doc = await analyze('Главное управление МВД по Москве начало проверку. Главное управление МВД по Петербургу поддержало проверку. В ГУ МВД по Москве отказались от комментариев.');
    const [moscow, petersburg, short] = idsOf(doc, 'Главное управление МВД по Москве', 'Главное управление МВД по Петербургу', 'ГУ МВД по Москве');
    expect(short).toBe(moscow);
    expect(petersburg).not.toBe(moscow);
  });
});
