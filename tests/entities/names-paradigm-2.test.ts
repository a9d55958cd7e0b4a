/**
 * Normal forms of person names across the whole paradigm, round 3 (issue 13, item 1): people whose surnames decline as
 * a noun in `-а`/`-я` (`Бубка`, `Небензя`, `Сорока`) or as one in `-ия` (`Гамсахурдия`, `Гарсия`), for men and women,
 * beside the surnames that look declined and are not (`Санду`, `Нетаньяху`, `Грибаускайте`, `Мелони`, `Маск` in the
 * locative). These are the kinds a generated run found most often: nominative names inflected by the `lvovich` package
 * (used only as a test oracle, outside the repository) into six news frames, compared with rech's normal form. The
 * forms below are written by hand, not taken from that run or from any corpus; the frames are the paradigm's
 * (tests/support/paradigm.ts).
 */
import { describeParadigm, type Person } from '../support/paradigm.js';

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

describeParadigm('person names across the paradigm, round 3', PEOPLE, KNOWN);
