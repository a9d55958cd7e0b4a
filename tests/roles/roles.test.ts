/**
 * The roles layer (src/roles/): who holds which post, on hand-written sentences whose roles are
 * written here by hand, and on the seed articles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import locations from '../../src/data/gazetteer/locations.json';
import placeAdjectives from '../../src/data/gazetteer/place-adjectives.json';
import rolesData from '../../src/data/gazetteer/roles.json';
import { analyze } from '../../src/index.js';

/** Each role as `who | title | normal | of | rule`, by the entities' names. */
async function roles(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.roles.map((role) => {
    expect(text.slice(role.title.start, role.title.end)).toBe(role.title.text);
    expect(doc.entities[role.person]!.type).toBe('PER');
    const of = role.of === null ? '—' : doc.entities[role.of]!.name;
    return `${doc.entities[role.person]!.name} | ${role.title.text} | ${role.title.normal} | ${of} | ${role.rule}`;
  });
}

describe('title before name', () => {
  it("leaves another person's title in the genitive out: an apposition is in the name's case", async () => {
    // `актера` and `губернатора` are genitive complements of `жена`, `сын`; the names are nominative.
    expect(await roles('Бывшая жена актера Анна Иванова подала в суд.')).toEqual([]);
    expect(await roles('Сын губернатора Иван Петров открыл ресторан.')).toEqual([]);
    // The same genitive title before a name in the genitive is that person's.
    expect(await roles('В интервью министра финансов Антона Силуанова говорится о бюджете.')).toEqual([
      'Антон Силуанов | министра финансов | министр финансов | — | title before name',
    ]);
  });

  it('reads an apposition with the place of the post and where it is held', async () => {
    expect(await roles('Посол Азербайджана в Казахстане Рашад Мамедов заявил, что всё хорошо.')).toEqual([
      'Рашад Мамедов | Посол Азербайджана в Казахстане | Посол Азербайджана в Казахстане | Азербайджан | title before name',
    ]);
  });

  it('puts the title in the nominative and takes the organisation of the post', async () => {
    expect(await roles('Он встретился с послом Франции в Италии Жаком Дюпоном.')).toEqual([
      expect.stringMatching(/^Жак.* \| послом Франции в Италии \| посол Франции в Италии \| Франция \| title before name$/),
    ]);
    expect(await roles('Вчера глава Сбербанка Герман Греф выступил на форуме.')).toEqual([
      'Герман Греф | глава Сбербанка | глава Сбербанка | Сбербанк | title before name',
    ]);
  });

  it('gives a title without a place `of: null`', async () => {
    expect(await roles('Президент Ильхам Алиев подчеркнул, что операция завершена.')).toEqual([
      'Ильхам Алиев | Президент | Президент | — | title before name',
    ]);
  });

  it('keeps the modifiers that belong to the post and the prepositional phrase before the name', async () => {
    expect(await roles('Об этом сообщил официальный представитель Следственного комитета при прокуратуре Владимир Маркин.')).toEqual([
      'Владимир Маркин | официальный представитель Следственного комитета при прокуратуре | официальный представитель Следственного комитета при прокуратуре | Следственный комитет при прокуратуре | title before name',
    ]);
  });

  it('gives each of two titles in a row before one name a role', async () => {
    expect(await roles('Интервью дал лидер Меджлиса крымскотатарского народа, народный депутат Украины Мустафа Джемилев.')).toEqual([
      expect.stringMatching(/^Мустафа Джемилев \| лидер Меджлиса/),
      'Мустафа Джемилев | народный депутат Украины | народный депутат Украины | Украина | title before name',
    ]);
  });

  it('takes the kind of an organisation before its name, and an acting prefix before a title', async () => {
    expect(await roles('Накануне глава ОАО «Газпром» Алексей Миллер пообещал ограничить поставки.')).toEqual([
      'Алексей Миллер | глава ОАО «Газпром» | глава ОАО «Газпром» | Газпром | title before name',
    ]);
    expect(await roles('Об этом сообщил и. о. министра финансов России Алексей Кудрин.')).toEqual([
      'Алексей Кудрин | и. о. министра финансов России | и. о. министра финансов России | Россия | title before name',
    ]);
  });

  it('gives titles joined by `и` each a role, the bare first sharing the complement of the second', async () => {
    expect(await roles('Об этом сообщил министр и вице-премьер России Иван Петров.')).toEqual([
      'Иван Петров | министр | министр | Россия | title before name',
      'Иван Петров | вице-премьер России | вице-премьер России | Россия | title before name',
    ]);
    // A title with its own complement is another person's (`президента России`), not Abe's.
    expect(await roles('Встреча президента России и премьер-министра Японии Синдзо Абэ прошла вчера.')).toEqual([
      'Синдзо Абэ | премьер-министра Японии | премьер-министр Японии | Япония | title before name',
    ]);
  });

  it('keeps `художественный` in the name of the post', async () => {
    expect(await roles('Работу завершил художественный руководитель балета Большого театра Алексей Ратманский.')).toEqual([
      'Алексей Ратманский | художественный руководитель балета Большого театра | художественный руководитель балета Большого театра | Большой театр | title before name',
    ]);
  });

  it('takes an organisation in brackets after the name as where a title that names none is held', async () => {
    expect(await roles('Депутат Иван Петров (КПРФ) выступил против.')).toEqual([
      'Иван Петров | Депутат | Депутат | КПРФ | title before name',
    ]);
    // A place in brackets is where the person comes from, not where the post is held.
    expect(await roles('Посол Иван Петров (Франция) выступил против.')).toEqual([
      'Иван Петров | Посол | Посол | — | title before name',
    ]);
    // A title that names its place keeps it.
    expect(await roles('Министр финансов России Иван Петров (КПРФ) выступил против.')).toEqual([
      'Иван Петров | Министр финансов России | Министр финансов России | Россия | title before name',
    ]);
  });

  it('makes no role of owning or founding something, which is no post', async () => {
    expect(await roles('Об этом рассказал основатель компании «Яндекс» Аркадий Волож.')).toEqual([]);
    expect(await roles('Иск подал совладелец банка «Открытие» Вадим Беляев.')).toEqual([]);
  });

  it('takes no preposition for a title (`после` is a form of `посол`) and no plural', async () => {
    expect(await roles('Напомним, что после поездки Дмитрия Медведева на Курилы ничего не изменилось.')).toEqual([]);
    expect(await roles('На встрече были Александр Хлопонин, представители Госдумы России, и другие.')).toEqual([]);
  });
});

describe("a national post with no place, in a text about one country", () => {
  it('is held in the country the text names most, at least twice', async () => {
    expect(await roles('Внешний долг России сократился. В этом году Премьер-министр Михаил Фрадков предполагает досрочно выплатить долги России.')).toEqual([
      'Михаил Фрадков | Премьер-министр | Премьер-министр | Россия | title before name',
    ]);
  });

  it('stays without a place when the text names the country once, or two countries as often', async () => {
    expect(await roles('Премьер-министр Михаил Фрадков посетил Францию.')).toEqual(['Михаил Фрадков | Премьер-министр | Премьер-министр | — | title before name']);
    expect(await roles('Россия и Франция договорились. Премьер-министр Михаил Фрадков посетил Францию и вернулся в Россию.')).toEqual([
      'Михаил Фрадков | Премьер-министр | Премьер-министр | — | title before name',
    ]);
  });

  it('but a regional post takes no country (`Губернатор Иван Петров`)', async () => {
    expect(await roles('В России выросли цены. Губернатор Иван Петров заявил, что в России цены стабилизируются.')).toEqual([
      'Иван Петров | Губернатор | Губернатор | — | title before name',
    ]);
  });
});

describe('name, title', () => {
  it('reads a description set off by commas after the name', async () => {
    expect(await roles('Валерий Зорькин, председатель Конституционного суда, высказал сомнения.')).toEqual([
      'Валерий Зорькин | председатель Конституционного суда | председатель Конституционного суда | Конституционный суд | name, title',
    ]);
  });

  it('reads a description in brackets or after a dash', async () => {
    expect(await roles('Иван Петров (министр финансов России) заявил об этом.')).toEqual([
      'Иван Петров | министр финансов России | министр финансов России | Россия | name, title',
    ]);
    expect(await roles('Об этом сказал Иван Петров — глава компании «Роснефть».')).toEqual([
      'Иван Петров | глава компании «Роснефть» | глава компании «Роснефть» | Роснефть | name, title',
    ]);
  });

  it('reads the instrumental complement of a participle title', async () => {
    expect(await roles('Иван Петров, управляющий компанией «Северсталь», заявил об этом.')).toEqual([
      'Иван Петров | управляющий компанией «Северсталь» | управляющий компанией «Северсталь» | Северсталь | name, title',
    ]);
  });

  it('puts a title that a participle opens in the nominative by that participle', async () => {
    expect(await roles('Встреча с заведующей кафедрой МГУ Анной Петровой прошла вчера.')).toEqual([
      'Анна Петрова | заведующей кафедрой МГУ | заведующая кафедрой МГУ | МГУ | title before name',
    ]);
    expect(await roles('Встреча с исполняющим обязанности губернатора Иваном Петровым прошла вчера.')).toEqual([
      'Иван Петров | исполняющим обязанности губернатора | исполняющий обязанности губернатора | — | title before name',
    ]);
  });

  it('keeps a former or acting post, the title then in the genitive', async () => {
    expect(await roles('Алексей Кудрин, бывший министр финансов России, заявил об этом.')).toEqual([
      'Алексей Кудрин | бывший министр финансов России | бывший министр финансов России | Россия | name, title',
    ]);
    expect(await roles('Иван Петров, врио губернатора Приморья, заявил об этом.')).toEqual([
      'Иван Петров | врио губернатора Приморья | врио губернатора Приморья | Приморье | name, title',
    ]);
  });
});

describe('appointed name title', () => {
  it('reads the object of a verb of appointing and the title in the instrumental after it', async () => {
    expect(await roles('Депутаты избрали Ивана Петрова председателем комитета Госдумы.')).toEqual([
      'Иван Петров | председателем комитета Госдумы | председатель комитета Госдумы | Госдума | appointed name title',
    ]);
    expect(await roles('Владимир Путин назначил Михаила Мишустина председателем правительства.')).toEqual([
      'Михаил Мишустин | председателем правительства | председатель правительства | — | appointed name title',
    ]);
  });

  it('keeps a modifier of the post in any case in the title, an ordinal in its own nominative: первым заместителем', async () => {
    expect(await roles('Депутаты избрали Ивана Петрова первым заместителем председателя комитета.')).toEqual([
      'Иван Петров | первым заместителем председателя комитета | первый заместитель председателя комитета | — | appointed name title',
    ]);
  });

  it('leaves an adjective that is not of the post out of a title in the instrumental: стал новым главой', async () => {
    expect(await roles('Иван Петров стал новым главой администрации Омской области.')).toEqual([
      'Иван Петров | главой администрации Омской области | глава администрации Омской области | Омская область | name appointed title',
    ]);
  });

  it('takes no title after a verb that is no appointing, nor a person who only met someone', async () => {
    expect(await roles('Владимир Путин поздравил Михаила Мишустина с назначением.')).toEqual([]);
  });
});

describe('name appointed title', () => {
  it('reads a title in the instrumental after a verb of taking a post', async () => {
    expect(await roles('Иван Петров назначен министром финансов России.')).toEqual([
      'Иван Петров | министром финансов России | министр финансов России | Россия | name appointed title',
    ]);
  });

  it('reads the verb after an auxiliary, and a post left or taken with a preposition', async () => {
    expect(await roles('Иван Петров был назначен министром финансов России.')).toEqual([
      'Иван Петров | министром финансов России | министр финансов России | Россия | name appointed title',
    ]);
    expect(await roles('Иван Петров ушёл с поста главы Сбербанка.')).toEqual([
      'Иван Петров | главы Сбербанка | глава Сбербанка | Сбербанк | name appointed title',
    ]);
    expect(await roles('Иван Петров вступил в должность губернатора Приморья.')).toEqual([
      'Иван Петров | губернатора Приморья | губернатор Приморья | Приморье | name appointed title',
    ]);
  });

  it('reads a statement verb in the infinitive after a verb that governs it, but not after a refusal', async () => {
    expect(await roles('Иван Петров согласился занять пост премьер-министра России.')).toEqual([
      'Иван Петров | премьер-министра России | премьер-министр России | Россия | name appointed title',
    ]);
    expect(await roles('Иван Петров может стать министром финансов России.')).toEqual([
      'Иван Петров | министром финансов России | министр финансов России | Россия | name appointed title',
    ]);
    expect(await roles('Иван Петров отказался стать министром финансов России.')).toEqual([]);
  });

  it('puts the title in the nominative by its head, which the dictionary may also read as an adjective', async () => {
    expect(await roles('Иван Петров является главой компании «Роснефть».')).toEqual([
      'Иван Петров | главой компании «Роснефть» | глава компании «Роснефть» | Роснефть | name appointed title',
    ]);
    expect(await roles('Иван Петров назначен главой Сбербанка.')).toEqual([
      'Иван Петров | главой Сбербанка | глава Сбербанка | Сбербанк | name appointed title',
    ]);
  });

  it('reads a participle after a comma', async () => {
    expect(await roles('Иван Петров, занимающий пост главы Сбербанка, заявил об этом.')).toEqual([
      'Иван Петров | главы Сбербанка | глава Сбербанка | Сбербанк | name appointed title',
    ]);
  });

  it('reads the title before the verb and the name after it', async () => {
    expect(await roles('Министром финансов России назначен Иван Петров.')).toEqual([
      'Иван Петров | Министром финансов России | Министр финансов России | Россия | title appointed name',
    ]);
  });

  it('reads a post noun and the title in the genitive before the verb, and a noun in apposition before the name', async () => {
    expect(await roles('Место спикера Палаты представителей занял республиканец Джон Бенер.')).toEqual([
      'Джон Бенер | спикера Палаты представителей | спикер Палаты представителей | Палата представителей | title appointed name',
    ]);
    expect(await roles('Пост министра финансов России занял Антон Силуанов.')).toEqual([
      'Антон Силуанов | министра финансов России | министр финансов России | Россия | title appointed name',
    ]);
    // A place in a contest is no post.
    expect(await roles('Первое место занял Иван Петров.')).toEqual([]);
  });

  it('reads a title in the genitive after a post noun', async () => {
    expect(await roles('Сергей Иванов занимает пост главы администрации президента.')).toEqual([
      'Сергей Иванов | главы администрации президента | глава администрации президента | — | name appointed title',
    ]);
  });
});

describe('a place adjective before a state post', () => {
  /** Each role as `who | title | where`, where by the entity's name or the adjective's place (`Португалия (португальский)`). */
  async function places(text: string): Promise<string[]> {
    const doc = await analyze(text);
    return doc.roles.map((role) => {
      const where = role.of !== null ? doc.entities[role.of]!.name : role.place ? `${role.place.name} (${text.slice(role.place.start, role.place.end)})` : '—';
      return `${doc.entities[role.person]!.name} | ${role.title.text} | ${where}`;
    });
  }

  it('names the place the adjective names, the adjective left out of the title', async () => {
    expect(await places('В Лиссабоне выступил португальский парламентарий Жуан Пинту.')).toEqual([expect.stringMatching(/^Жуан \S+ \| парламентарий \| Португалия \(португальский\)$/)]);
    expect(await places('Накануне подмосковный губернатор Андрей Воробьёв открыл школу.')).toEqual(['Андрей Воробьёв | губернатор | Подмосковье (подмосковный)']);
  });

  it('links the place to the entity of the document that is that place', async () => {
    expect(await places('Россия готова к переговорам, заявил российский президент Владимир Путин.')).toEqual(['Владимир Путин | президент | Россия']);
  });

  it('reads the adjective after a name and a comma, in any case of the title', async () => {
    expect(await places('Джон Керри, американский госсекретарь, прилетел в Женеву.')).toEqual(['Джон Керри | госсекретарь | США (американский)']);
  });

  it('leaves a nationality before a title that is no state post', async () => {
    expect(await places('На фестиваль приехал французский актёр Ален Делон.')).toEqual(['Ален Делон | актёр | —']);
  });

  it('names only listed places, before titles of the title list', () => {
    const listed = new Set(Object.values(locations).filter(Array.isArray).flat().concat(Object.keys(locations.aliases)));
    expect(Object.values(placeAdjectives.adjectives).filter((place) => !listed.has(place))).toEqual([]);
    expect(rolesData.statePosts.filter((title) => !rolesData.titles.includes(title))).toEqual([]);
  });

  it('prefers the place the title names itself', async () => {
    expect(await places('Встреча прошла с российским послом в Японии Михаилом Галузиным.')).toEqual([expect.stringMatching(/^Михаил Галузин \| послом в Японии \| Япония$/)]);
  });
});

describe('where a post is held, read from the article', () => {
  it("holds a post a governing body gives at that body's organisation (governing body)", async () => {
    expect(await roles('Совет директоров ОАО «Балтика» избрал Петра Климова генеральным директором.')).toEqual([
      'Петр Климов | генеральным директором | генеральный директор | Балтика | appointed name title',
    ]);
    // The body's own name is no organisation it governs.
    expect(await roles('Совет Федерации назначил Петра Климова аудитором.')).toEqual([
      'Петр Климов | аудитором | аудитор | — | appointed name title',
    ]);
  });

  it('finds an organisation named after a legal form by its kind noun (kind alias)', async () => {
    expect(await roles('Акционеры ЗАО «Вектор» сменили руководство. Директором компании стал Олег Рябов.')).toEqual([
      'Олег Рябов | Директором компании | Директор компании | Вектор | title appointed name',
    ]);
  });

  it('resolves a kind heading a name only where that body is the one of its kind named (kind inside the name)', async () => {
    expect(await roles('Пресненский районный суд продлил арест. Об этом сообщил судья суда Игорь Лавров.')).toEqual([
      'Игорь Лавров | судья суда | судья суда | Пресненский районный суд | title before name',
    ]);
    expect(await roles('В марте Мариинский театр и Михайловский театр обменялись гастролями. Директор театра Олег Жуков доволен.')).toEqual([
      'Олег Жуков | Директор театра | Директор театра | — | title before name',
    ]);
  });

  it('reads a post stated after a predicate of heading (post after heading)', async () => {
    expect(await roles('Олег Жуков возглавлял фонд с 2015 года и теперь станет советником губернатора.')).toEqual([
      'Олег Жуков | советником губернатора | советник губернатора | — | name appointed title',
    ]);
  });

  it('reads a duration or an age aside from the predicate', async () => {
    expect(await roles('Олег Жуков, который последние три года руководил «Ростелекомом», ушел.')).toEqual([
      'Олег Жуков | руководил | руководитель | Ростелеком | name heads organisation',
    ]);
    expect(await roles('Олег Жуков, 45 лет, прежде занимал пост мэра Твери.')).toEqual([
      'Олег Жуков | мэра Твери | мэр Твери | Тверь | name appointed title',
    ]);
  });

  it('reads an acting post in the instrumental before its verb, the participle put in the nominative (acting title stated)', async () => {
    expect(await roles('Временно исполняющим обязанности главы Карелии назначен Олег Жуков.')).toEqual([
      'Олег Жуков | Временно исполняющим обязанности главы Карелии | Временно исполняющий обязанности главы Карелии | Карелия | title appointed name',
    ]);
  });

  it('takes the object of an appointing verb after a rank, not after a post that may be another\'s (rank before the object)', async () => {
    expect(await roles('Президент назначил генерал-майора Олега Жукова командующим Черноморским флотом.')).toContain(
      'Олег Жуков | командующим Черноморским флотом | командующий Черноморским флотом | Черноморский флот | appointed name title',
    );
    expect((await roles('Мэр назначил заместителя Олега Жукова директором.')).filter((line) => line.includes('директор'))).toEqual([]);
  });
});

describe('posts stated apart from an apposition (roles-articles-held-out-5 round)', () => {
  it('reads a byline: a line that is only a name, then a line that is only a title', async () => {
    expect(await roles('Иван Петров\nГенеральный директор компании «Вектор»\n\nКомпания «Вектор» открыла завод.')).toEqual([
      'Иван Петров | Генеральный директор компании «Вектор» | Генеральный директор компании «Вектор» | Вектор | name line, title line',
    ]);
  });

  it('reads `один из` in the case of the name it describes, its normal in the nominative', async () => {
    expect(await roles('Слово предоставили Ивану Петрову, одному из руководителей компании «Вектор».')).toEqual([
      'Иван Петров | одному из руководителей компании «Вектор» | один из руководителей компании «Вектор» | Вектор | name, title',
    ]);
  });

  it('holds the head of a unit at the organisation that owns it', async () => {
    expect(await roles('Иван Петров возглавляет отдел продаж компании «Вектор».')).toEqual([
      'Иван Петров | возглавляет | глава | Вектор | name heads organisation',
    ]);
  });

  it('reads a description whose closing comma is missing before the name\'s verb, but not after a name in another case', async () => {
    expect(await roles('Иван Петров, директор компании «Вектор» рассказал о планах.')).toEqual([
      'Иван Петров | директор компании «Вектор» | директор компании «Вектор» | Вектор | name, title',
    ]);
    expect(await roles('Мы встретили Ивана Петрова, директор компании «Вектор» рассказал о планах.')).toEqual([]);
  });
});

describe('the seed articles', () => {
  const seed = (name: string): string => readFileSync(new URL(`../../fixtures/${name}.txt`, import.meta.url), 'utf8');

  it('finds the ambassador of Azerbaijan in Kazakhstan', async () => {
    expect(await roles(seed('000_4a3131ec37a1ee70'))).toEqual([
      'Рашад Мамедов | Чрезвычайный и полномочный посол Азербайджана в Казахстане | Чрезвычайный и полномочный посол Азербайджана в Казахстане | Азербайджан | title before name',
      'Араик Арутюнян | Глава непризнанной Нагорно-Карабахской республики | Глава непризнанной Нагорно-Карабахской республики | Нагорно-Карабахская республика | title before name',
    ]);
  });

  it('finds the President of Azerbaijan once, with where he holds the post', async () => {
    expect(await roles(seed('001_78ac929fa1834338'))).toEqual([
      'Энтони Блинкен | госсекретарь США | госсекретарь США | Соединенные Штаты Америки | title before name',
      'Ильхам Алиев | президенту Азербайджанской Республики | президент Азербайджанской Республики | Азербайджанская Республика | title before name',
    ]);
  });
});
