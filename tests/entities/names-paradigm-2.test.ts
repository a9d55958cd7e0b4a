/**
 * Normal forms of person names across the whole paradigm, round 3 (issue 13, item 1): people whose surnames decline as
 * a noun in `-а`/`-я` (`Бубка`, `Небензя`, `Сорока`) or as one in `-ия` (`Гамсахурдия`, `Гарсия`), for men and women,
 * beside the surnames that look declined and are not (`Санду`, `Нетаньяху`, `Грибаускайте`, `Мелони`, `Маск` in the
 * locative). These are the kinds a generated run found most often: nominative names inflected by the `lvovich` package
 * (used only as a test oracle, outside the repository) into six news frames, compared with rech's normal form. The
 * forms below are written by hand, not taken from that run or from any corpus; the frames are those of
 * names-paradigm.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

type Case = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';
const CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** `о` before a consonant, `об` before a vowel (`об Иване`). */
const about = (name: string): string => (/^[АОУЭИЫ]/.test(name) ? 'об' : 'о');

/** News frames that govern each case; a person takes the frame at its index (modulo the count), so frames vary. */
const FRAMES: Record<Case, readonly ((name: string, woman: boolean) => string)[]> = {
  nomn: [
    (x, w) => `Об этом сообщил${w ? 'а' : ''} ${x}.`,
    (x, w) => `${x} заявил${w ? 'а' : ''} журналистам, что не намерен${w ? 'а' : ''} уходить в отставку.`,
    (x, w) => `В заседании принял${w ? 'а' : ''} участие ${x}.`,
  ],
  gent: [
    (x) => `По словам ${x}, решение уже принято.`,
    (x) => `Заявление ${x} вызвало споры в парламенте.`,
    (x) => `Суд продлил срок ареста ${x} на два месяца.`,
  ],
  datv: [
    (x) => `Премию вручили ${x}.`,
    (x) => `Губернатор выразил благодарность ${x}.`,
    (x) => `Обвинение было предъявлено ${x} в понедельник.`,
  ],
  accs: [
    (x) => `Суд арестовал ${x}.`,
    (x) => `Полиция задержала ${x} в аэропорту.`,
    (x) => `Журналисты спросили ${x} о планах на будущее.`,
  ],
  ablt: [
    (x) => `Встреча с ${x} прошла в Кремле.`,
    (x) => `Контракт с ${x} продлен до 2027 года.`,
    (x) => `Министр встретился с ${x} в Москве.`,
  ],
  loct: [
    (x) => `Речь шла ${about(x)} ${x}.`,
    (x) => `В докладе говорится ${about(x)} ${x}.`,
    (x) => `Журналисты много писали ${about(x)} ${x}.`,
  ],
};

/**
 * One person: `m` or `f`, the six forms (nominative, genitive, dative, accusative, instrumental, locative), and the
 * parts of the normal form as `first/middle/last` (`-` for a part the name lacks, `*` for a part not checked: an
 * initial).
 */
type Person = readonly [gender: 'm' | 'f', nomn: string, gent: string, datv: string, accs: string, ablt: string, loct: string, parts: string];

const PEOPLE: readonly Person[] = [
  // A surname in -а/-я declines as a noun, for a woman in every case (rule `surname declining as a noun in -а`)
  ['f', 'Зарина Бубка', 'Зарины Бубки', 'Зарине Бубке', 'Зарину Бубку', 'Зариной Бубкой', 'Зарине Бубке', 'Зарина/-/Бубка'],
  ['f', 'Ольга Дерипаска', 'Ольги Дерипаски', 'Ольге Дерипаске', 'Ольгу Дерипаску', 'Ольгой Дерипаской', 'Ольге Дерипаске', 'Ольга/-/Дерипаска'],
  ['f', 'Вера Небензя', 'Веры Небензи', 'Вере Небензе', 'Веру Небензю', 'Верой Небензей', 'Вере Небензе', 'Вера/-/Небензя'],
  ['f', 'Анна Сорока', 'Анны Сороки', 'Анне Сороке', 'Анну Сороку', 'Анной Сорокой', 'Анне Сороке', 'Анна/-/Сорока'],
  ['f', 'Елена Кочерга', 'Елены Кочерги', 'Елене Кочерге', 'Елену Кочергу', 'Еленой Кочергой', 'Елене Кочерге', 'Елена/-/Кочерга'],
  ['f', 'Ирина Гуща', 'Ирины Гущи', 'Ирине Гуще', 'Ирину Гущу', 'Ириной Гущей', 'Ирине Гуще', 'Ирина/-/Гуща'],
  // and for a man, in the dative too
  ['m', 'Кирилл Бубка', 'Кирилла Бубки', 'Кириллу Бубке', 'Кирилла Бубку', 'Кириллом Бубкой', 'Кирилле Бубке', 'Кирилл/-/Бубка'],
  ['m', 'Юрий Чайка', 'Юрия Чайки', 'Юрию Чайке', 'Юрия Чайку', 'Юрием Чайкой', 'Юрии Чайке', 'Юрий/-/Чайка'],
  ['m', 'Олег Сорока', 'Олега Сороки', 'Олегу Сороке', 'Олега Сороку', 'Олегом Сорокой', 'Олеге Сороке', 'Олег/-/Сорока'],
  ['m', 'Василий Небензя', 'Василия Небензи', 'Василию Небензе', 'Василия Небензю', 'Василием Небензей', 'Василии Небензе', 'Василий/-/Небензя'],
  ['m', 'Хироси Танака', 'Хироси Танаки', 'Хироси Танаке', 'Хироси Танаку', 'Хироси Танакой', 'Хироси Танаке', 'Хироси/-/Танака'],
  // A surname in -ия declines as `Мария` does, for a man or a woman (rule `surname in -ия`)
  ['f', 'Эка Гамсахурдия', 'Эки Гамсахурдии', 'Эке Гамсахурдии', 'Эку Гамсахурдию', 'Экой Гамсахурдией', 'Эке Гамсахурдии', 'Эка/-/Гамсахурдия'],
  ['f', 'Тамара Жвания', 'Тамары Жвании', 'Тамаре Жвании', 'Тамару Жванию', 'Тамарой Жванией', 'Тамаре Жвании', 'Тамара/-/Жвания'],
  ['f', 'Нино Чантурия', 'Нино Чантурии', 'Нино Чантурии', 'Нино Чантурию', 'Нино Чантурией', 'Нино Чантурии', 'Нино/-/Чантурия'],
  ['m', 'Гиорги Гахария', 'Гиорги Гахарии', 'Гиорги Гахарии', 'Гиорги Гахарию', 'Гиорги Гахарией', 'Гиорги Гахарии', 'Гиорги/-/Гахария'],
  ['f', 'Мария Гарсия', 'Марии Гарсии', 'Марии Гарсии', 'Марию Гарсию', 'Марией Гарсией', 'Марии Гарсии', 'Мария/-/Гарсия'],
  ['m', 'Давид Берия', 'Давида Берии', 'Давиду Берии', 'Давида Берию', 'Давидом Берией', 'Давиде Берии', 'Давид/-/Берия'],
  // A common woman's name over a rare man's the dictionary holds (rule `common woman's name over a rare man's`)
  ['f', 'Алла Чиж', 'Аллы Чиж', 'Алле Чиж', 'Аллу Чиж', 'Аллой Чиж', 'Алле Чиж', 'Алла/-/Чиж'],
  ['f', 'Алина Гриценко', 'Алины Гриценко', 'Алине Гриценко', 'Алину Гриценко', 'Алиной Гриценко', 'Алине Гриценко', 'Алина/-/Гриценко'],
  ['f', 'Алина Дуда', 'Алины Дуды', 'Алине Дуде', 'Алину Дуду', 'Алиной Дудой', 'Алине Дуде', 'Алина/-/Дуда'],
  // An adjective surname the dictionary knows only as an adjective agrees as one (rule `adjective surname agrees`)
  ['m', 'Вадим Луговой', 'Вадима Лугового', 'Вадиму Луговому', 'Вадима Лугового', 'Вадимом Луговым', 'Вадиме Луговом', 'Вадим/-/Луговой'],
  ['f', 'Яна Дикая', 'Яны Дикой', 'Яне Дикой', 'Яну Дикую', 'Яной Дикой', 'Яне Дикой', 'Яна/-/Дикая'],
  // Surnames that only look declined stay as written
  ['f', 'Даля Грибаускайте', 'Дали Грибаускайте', 'Дале Грибаускайте', 'Далю Грибаускайте', 'Далей Грибаускайте', 'Дале Грибаускайте', 'Даля/-/Грибаускайте'],
  ['f', 'Вильма Бразаускене', 'Вильмы Бразаускене', 'Вильме Бразаускене', 'Вильму Бразаускене', 'Вильмой Бразаускене', 'Вильме Бразаускене', 'Вильма/-/Бразаускене'],
  ['f', 'Майя Санду', 'Майи Санду', 'Майе Санду', 'Майю Санду', 'Майей Санду', 'Майе Санду', 'Майя/-/Санду'],
  ['f', 'Анна Мелони', 'Анны Мелони', 'Анне Мелони', 'Анну Мелони', 'Анной Мелони', 'Анне Мелони', 'Анна/-/Мелони'],
  ['m', 'Биньямин Нетаньяху', 'Биньямина Нетаньяху', 'Биньямину Нетаньяху', 'Биньямина Нетаньяху', 'Биньямином Нетаньяху', 'Биньямине Нетаньяху', 'Биньямин/-/Нетаньяху'],
  ['m', 'Джузеппе Конте', 'Джузеппе Конте', 'Джузеппе Конте', 'Джузеппе Конте', 'Джузеппе Конте', 'Джузеппе Конте', 'Джузеппе/-/Конте'],
  ['m', 'Илон Маск', 'Илона Маска', 'Илону Маску', 'Илона Маска', 'Илоном Маском', 'Илоне Маске', 'Илон/-/Маск'],
  ['m', 'Саули Ниинистё', 'Саули Ниинистё', 'Саули Ниинистё', 'Саули Ниинистё', 'Саули Ниинистё', 'Саули Ниинистё', 'Саули/-/Ниинистё'],
  ['m', 'Андрей Шевчук', 'Андрея Шевчука', 'Андрею Шевчуку', 'Андрея Шевчука', 'Андреем Шевчуком', 'Андрее Шевчуке', 'Андрей/-/Шевчук'],
  // Kinds still read wrong (see KNOWN)
  ['f', 'Наталья Ворона', 'Натальи Вороны', 'Наталье Вороне', 'Наталью Ворону', 'Натальей Вороной', 'Наталье Вороне', 'Наталья/-/Ворона'],
  ['m', 'Виктор Лановой', 'Виктора Ланового', 'Виктору Лановому', 'Виктора Ланового', 'Виктором Лановым', 'Викторе Лановом', 'Виктор/-/Лановой'],
  ['f', 'Надежда Донская', 'Надежды Донской', 'Надежде Донской', 'Надежду Донскую', 'Надеждой Донской', 'Надежде Донской', 'Надежда/-/Донская'],
  ['m', 'Лев Толстых', 'Льва Толстых', 'Льву Толстых', 'Льва Толстых', 'Львом Толстых', 'Льве Толстых', 'Лев/-/Толстых'],
  ['m', 'Михаил Муха', 'Михаила Мухи', 'Михаилу Мухе', 'Михаила Муху', 'Михаилом Мухой', 'Михаиле Мухе', 'Михаил/-/Муха'],
];

/**
 * Cases still read wrong, by `nominative|case`, with the reason. Each was first written as passing; it moved here only
 * after it failed.
 */
const KNOWN: Readonly<Record<string, string>> = {
  'Ольга Дерипаска|ablt':
    '`Дерипаской` is as well the instrumental of an adjective surname `Дерипаская`, which the guesser reads, and nothing tells the two apart',
  'Вера Небензя|ablt':
    '`Небензей` is read by the guesser as an adjective\'s instrumental (`Небензая`), which a woman\'s adjective surname may be',
  'Вера Небензя|gent':
    '`-и` after a soft consonant is left as written, as an indeclinable surname\'s (`Анны Мелони`): nothing tells Небензя\'s genitive from it',
  'Вера Небензя|datv':
    '`-е` is the dative and locative of a noun in `-а` and of one in `-я` alike, and the commoner `-а` is taken (`Небенза`)',
  'Вера Небензя|loct':
    '`-е` is the dative and locative of a noun in `-а` and of one in `-я` alike, and the commoner `-а` is taken (`Небенза`)',
  'Кирилл Бубка|accs':
    'a man\'s accusative in `-у`/`-ю` is left as written, as a Hebrew or Portuguese surname\'s (`Биньямина Нетаньяху`) is as often',
  'Кирилл Бубка|loct':
    'a man\'s locative in `-е` is a consonant stem\'s as well (`о Маске`), which is taken: only another mention in the nominative settles it',
  'Олег Сорока|loct':
    'a man\'s locative in `-е` is a consonant stem\'s as well (`о Маске`), which is taken: only another mention in the nominative settles it',
  'Михаил Муха|loct':
    'a man\'s locative in `-е` is a consonant stem\'s as well (`о Маске`), which is taken: only another mention in the nominative settles it',
  'Василий Небензя|gent':
    '`-и` after a soft consonant is left as written, as an indeclinable surname\'s (`Анны Мелони`): nothing tells Небензя\'s genitive from it',
  'Василий Небензя|datv':
    '`-е` is the dative and locative of a noun in `-а` and of one in `-я` alike, and the commoner `-а` is taken (`Небенза`)',
  'Василий Небензя|accs':
    'a man\'s accusative in `-у`/`-ю` is left as written, as a Hebrew or Portuguese surname\'s (`Биньямина Нетаньяху`) is as often',
  'Василий Небензя|loct':
    'a man\'s locative in `-е` is a consonant stem\'s as well (`о Маске`), which is taken: only another mention in the nominative settles it',
  'Хироси Танака|gent':
    'a first name that does not decline leaves the case open, and a foreign surname in a vowel stays as written (`Джузеппе Конте`)',
  'Хироси Танака|datv':
    'a first name that does not decline leaves the case open, and a foreign surname in a vowel stays as written (`Джузеппе Конте`)',
  'Хироси Танака|accs':
    'a first name that does not decline leaves the case open, and a foreign surname in a vowel stays as written (`Джузеппе Конте`)',
  'Хироси Танака|loct':
    'a first name that does not decline leaves the case open, and a foreign surname in a vowel stays as written (`Джузеппе Конте`)',
  'Гиорги Гахария|nomn':
    'after a first name that does not decline, `Гахария` is read as the dictionary\'s guess `Гахарий` in the genitive',
  'Гиорги Гахария|datv':
    'a first name that does not decline leaves the case open, and a foreign surname in a vowel stays as written (`Джузеппе Конте`)',
  'Даля Грибаускайте|gent':
    '`Дали Грибаускайте` after `ареста` is found as the first name alone (grammar)',
  'Биньямин Нетаньяху|datv':
    'a man\'s surname in `-у` after a first name in the dative is read as a consonant stem\'s dative (`Нетаньях`)',
  'Джузеппе Конте|loct':
    'a man\'s locative in `-е` is a consonant stem\'s as well (`о Маске`), which is taken: only another mention in the nominative settles it',
  'Виктор Лановой|gent':
    '`Ланового` is read as the adjective `Лановый` (the dictionary lacks the stressed `-ой` of this surname), and its instrumental as a possessive `Ланов`',
  'Виктор Лановой|datv':
    '`Ланового` is read as the adjective `Лановый` (the dictionary lacks the stressed `-ой` of this surname), and its instrumental as a possessive `Ланов`',
  'Виктор Лановой|accs':
    '`Ланового` is read as the adjective `Лановый` (the dictionary lacks the stressed `-ой` of this surname), and its instrumental as a possessive `Ланов`',
  'Виктор Лановой|ablt':
    '`Ланового` is read as the adjective `Лановый` (the dictionary lacks the stressed `-ой` of this surname), and its instrumental as a possessive `Ланов`',
  'Виктор Лановой|loct':
    '`Ланового` is read as the adjective `Лановый` (the dictionary lacks the stressed `-ой` of this surname), and its instrumental as a possessive `Ланов`',
};

/** The parts `first/middle/last` of the PER entity with a mention on exactly `start..end`, or `none`. */
async function partsAt(text: string, start: number, end: number): Promise<string> {
  const doc = await analyze(text);
  const entity = doc.entities.find((e) => e.type === 'PER' && e.mentions.some((m) => m.start === start && m.end === end));
  if (!entity) {
    const near = doc.entities.filter((e) => e.type === 'PER').map((e) => e.mentions.map((m) => m.text).join('|'));
    return `none (PER: ${near.join('; ') || '–'})`;
  }
  const parts = entity.parts ?? {};
  return [parts.first, parts.middle, parts.last].map((part) => part ?? '-').join('/');
}

describe('person names across the paradigm, round 3', () => {
  PEOPLE.forEach((person, index) => {
    const [gender, , , , , , , parts] = person;
    const nominative = person[1];
    describe(nominative, () => {
      CASES.forEach((wordCase, caseIndex) => {
        const form = person[caseIndex + 1]!;
        const frames = FRAMES[wordCase];
        const text = frames[index % frames.length]!(form, gender === 'f');
        const key = `${nominative}|${wordCase}`;
        const known = KNOWN[key];
        (known ? it.fails : it)(`${wordCase}: ${text}${known ? ` (known: ${known})` : ''}`, async () => {
          const start = text.indexOf(form);
          const got = await partsAt(text, start, start + form.length);
          const expected = parts.split('/');
          const gotParts = got.split('/');
          // An initial's part is not checked (`*`): only its place in the name is.
          const compared = expected.map((part, i) => (part === '*' ? '*' : gotParts[i] ?? got)).join('/');
          expect(compared).toBe(parts);
        });
      });
    });
  });
});
