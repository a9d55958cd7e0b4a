/**
 * Counter-examples for the rules added this round (issues 13 and 17): for each named rule, sentences or short passages
 * written for the test (not taken from any corpus, the people in them partly invented) where the rule's trigger is
 * present but the rule must not change the result, or where a nearby reading is the right one. Every expected line was
 * worked out by hand from the Russian text (and ../shared/specs/quotes.md for speakers) before the code was run.
 * Names read `span → first · middle · last` (tests/support/people.ts), quotes `kind «content» speaker=… → name`
 * (tests/support/quotes.ts), roles `who | title | normal | of` (tests/support/roles.ts); a case lists every line the
 * text should give of its kind (names: the lines of the people it is about, which must be among those found).
 * First run, on the code as merged (e0fe1fd): 30 of 44 pass (counted on the cases as they stand: after the first run one
 * case was dropped, an appointing company whose title named a place, so that the rule was never tried; a passage was added,
 * a first name and patronymic after the full name; two expectations were corrected by the probes' conventions, each said
 * so by the case). After narrowing the rules that misfired ('no object of an intransitive verb', 'no oblique case without a
 * governor', 'surname in -ович' by linking, 'bodyInStatement', performer callings, dismissal verbs, 'predicate after the
 * clause'): 39 of 44, the five left as `it.fails` with reasons (three are no rule of this round's: so at 3dfbef3 too).
 * A second batch of six (a one-word footballer and a full name, a time preposition inside a title's complement, another
 * head after a rector, relative clauses after a source, a list no body heads), written the same way: 3 of 6 at its first
 * run; after narrowing rule 'temporalAdjunct' (a name ahead, after no other preposition, keeps the phrase going), 4 of 6,
 * the two left as `it.fails` with reasons; and two cases for the narrowed rule (a time adjunct with a name of its own), which
 * pass before the narrowing and after it: 45 of 52 in all (35 of 52 on the code as merged).
 */
import { describe, expect, it } from 'vitest';
import { nameParts } from './support/people.js';
import { quotes } from './support/quotes.js';
import { roles } from './support/roles.js';

/** One case: the text, the lines expected, and `known` when it still fails (run with `it.fails`). */
type Case = { text: string; expected: string[]; known?: string };

/** A `describe` per rule and a test per case; `exact`: the lines are all that `read` gives, else each is among them. */
function counter(rules: Record<string, Case[]>, read: (text: string) => Promise<string[]>, exact: boolean): void {
  for (const [rule, cases] of Object.entries(rules)) {
    describe(rule, () => {
      for (const { text, expected, known } of cases) {
        (known ? it.fails : it)(known ? `${text.slice(0, 60)} (known: ${known})` : text.slice(0, 90), async () => {
          const got = await read(text);
          if (exact) expect(got).toEqual(expected);
          else for (const line of expected) expect(got).toContain(line);
        });
      }
    });
  }
}

describe('names', () => {
  counter(
    {
      "rule 'short participle before the subject': a participle whose subject stands before it, the name its object": [
        { text: 'Премия присуждена Алексею Смирнову.', expected: ['Алексею Смирнову → Алексей · – · Смирнов'] },
        { text: 'Книга написана Александрой Марининой в 1993 году.', expected: ['Александрой Марининой → Александра · – · Маринина'] },
        { text: 'Поручение дано Валентину Иванову лично губернатором.', expected: ['Валентину Иванову → Валентин · – · Иванов'] },
        { text: 'Письмо адресовано Анне Кузнецовой.', expected: ['Анне Кузнецовой → Анна · – · Кузнецова'] },
      ],
      "rule 'no object of an imperative': a transitive past verb still takes its object": [
        { text: 'Сотрудники ДПС остановили Валентину Сорокину на трассе.', expected: ['Валентину Сорокину → Валентина · – · Сорокина'] },
        { text: 'Присяжные оправдали Александру Петрову.', expected: ['Александру Петрову → Александра · – · Петрова'] },
      ],
      "rule 'adjective surname by its ending': a noun surname in -ин, -ов in the instrumental": [
        { text: 'Соглашение подписано с Андреем Бурмагиным.', expected: ['Андреем Бурмагиным → Андрей · – · Бурмагин'] },
        { text: 'Переговоры с Олегом Кутыриным прошли успешно.', expected: ['Олегом Кутыриным → Олег · – · Кутырин'] },
        { text: 'Журналисты встретились с Игорем Кутепьяновым.', expected: ['Игорем Кутепьяновым → Игорь · – · Кутепьянов'] },
        { text: 'Суд вынес приговор Тарасу Головатому.', expected: ['Тарасу Головатому → Тарас · – · Головатый'] },
      ],
      "rule 'surname in -ович': a first name and a patronymic of an uncommon father's name": [
        { text: 'Как говорил Иосиф Виссарионович, кадры решают все.', expected: ['Иосиф Виссарионович → Иосиф · Виссарионович · –'], known: "alone in the text, a patronymic of a father's name uncommon among Russians reads as a Serbian or Belarusian surname, the rule's bet; after the full name it links (the Жириновский case)" },
        { text: 'Рамзан Ахматович поблагодарил бойцов за службу.', expected: ['Рамзан Ахматович → Рамзан · Ахматович · –'], known: 'as Иосиф Виссарионович: nothing in one sentence tells the patronymic from a surname' },
        { text: 'Сербский защитник Никола Милошевич перешел в ЦСКА.', expected: ['Никола Милошевич → Никола · – · Милошевич'], known: 'no rule of this round: `Никола` is read as the genitive of a `Никол` (so at 3dfbef3 too)' },
        {
          text: 'Лидер ЛДПР Владимир Жириновский выступил в Госдуме. Владимир Вольфович предложил отменить выборы губернаторов.',
          // Corrected after the first run: a mention shows its entity's parts, merged from all its mentions (the full name's surname).
          expected: ['Владимир Вольфович → Владимир · Вольфович · Жириновский'],
        },
      ],
      "rule 'name alone before the full name': a first name alone that is no surname of the one named after": [
        {
          text: 'Пострадавшую девочку зовут Анна. Ее доставили в больницу, где ей оказал помощь хирург Игорь Анна.',
          expected: ['Анна → Анна · – · –'],
        },
      ],
      "rule 'name alone before the full name': a footballer known by one name and another man with it as his surname": [
        {
          text: 'За «Реал» сыграл бразилец Родриго. Единственный гол в матче забил полузащитник «Барселоны» Фермин Родриго.',
          expected: ['Родриго → Родриго · – · –', 'Фермин Родриго → Фермин · – · Родриго'],
          known: 'no rule of this round: the one word alone joins the full name after it (so at 3dfbef3 too)',
        },
      ],
      "rule 'coordinated name's case': names joined by и agree, whatever case each": [
        { text: 'Губернатор поздравил Валентину Терешкову и Александра Петрова.', expected: ['Валентину Терешкову → Валентина · – · Терешкова', 'Александра Петрова → Александр · – · Петров'] },
        { text: 'Встреча Никиты Михалкова и Александра Петрова прошла в Москве.', expected: ['Никиты Михалкова → Никита · – · Михалков', 'Александра Петрова → Александр · – · Петров'] },
        { text: 'Путин наградил Нижний Новгород и Валентину Терешкову.', expected: ['Валентину Терешкову → Валентина · – · Терешкова'], known: 'no rule of this round: after `и` and a place the name is read in the dative (so at 3dfbef3 too)' },
      ],
      "rule 'no object of an intransitive verb': an intransitive verb that governs the genitive": [
        { text: 'В этом матче «Монако» лишился Александра Головина.', expected: ['Александра Головина → Александр · – · Головин'] },
        { text: 'Сборной явно не хватало Александра Овечкина.', expected: ['Александра Овечкина → Александр · – · Овечкин'] },
        { text: 'Чиновники опасаются Александра Бастрыкина.', expected: ['Александра Бастрыкина → Александр · – · Бастрыкин'] },
      ],
      "rule 'no oblique case without a governor': a name opening its sentence, its governor further on": [
        { text: 'Александра Петрова в зале суда не было.', expected: ['Александра Петрова → Александр · – · Петров'] },
        { text: 'Александра Овечкина на матче не было.', expected: ['Александра Овечкина → Александр · – · Овечкин'] },
        { text: 'Валентину Сорокину вчера задержали в аэропорту.', expected: ['Валентину Сорокину → Валентина · – · Сорокина'] },
        { text: 'Александра Трусова, как и ожидалось, выиграла турнир.', expected: ['Александра Трусова → Александра · – · Трусова'] },
      ],
      "rule 'verb of giving before': a plural verb of telling before its subjects": [
        { text: 'Об этом журналистам рассказали Мортен Мельдаль и Барри Шарплесс.', expected: ['Мортен Мельдаль → Мортен · – · Мельдаль', 'Барри Шарплесс → Барри · – · Шарплесс'] },
        { text: 'Подробности сообщили Александра Трусова и Анна Щербакова.', expected: ['Александра Трусова → Александра · – · Трусова', 'Анна Щербакова → Анна · – · Щербакова'], known: 'no rule of this round: `Александра` after a plural verb is read as Александр in an oblique case (so at 3dfbef3 too)' },
      ],
    },
    nameParts,
    false,
  );
});

describe('speakers', () => {
  counter(
    {
      "rule 'temporalAdjunct': a time adjunct between the cue and the speaker": [
        {
          text: '«Мы заслужили эту победу», — сказал после матча главный тренер «Зенита» Сергей Семак.',
          expected: ['direct «Мы заслужили эту победу» speaker=главный тренер «Зенита» Сергей Семак → Сергей Семак'],
        },
        {
          text: 'Как заявил накануне министр финансов Антон Силуанов, бюджет будет исполнен без дефицита.',
          expected: ['indirect «бюджет будет исполнен без дефицита» speaker=министр финансов Антон Силуанов → Антон Силуанов'],
        },
      ],
      "rule 'temporalAdjunct': a preposition of time inside the title's own complement": [
        {
          text: 'Глава штаба по восстановлению после паводка Иван Петров заявил, что все дома отремонтируют до зимы.',
          expected: ['indirect «все дома отремонтируют до зимы» speaker=Глава штаба по восстановлению после паводка Иван Петров → Иван Петров'],
        },
        {
          text: '«Мы договорились», — сказал после встречи с Сергеем Лавровым министр Иван Петров.',
          expected: ['direct «Мы договорились» speaker=министр Иван Петров → Иван Петров'],
        },
        {
          text: 'Министр Иван Петров после встречи с Сергеем Лавровым заявил, что договоренность достигнута.',
          expected: ['indirect «договоренность достигнута» speaker=Министр Иван Петров → Иван Петров'],
        },
      ],
      "rule 'postKind': another head named after the rector": [
        {
          text: 'Ректор МГУ Виктор Садовничий встретился с министром науки Валерием Фальковым. «Мы обсудили новые программы», — сказал глава министерства.',
          expected: ['direct «Мы обсудили новые программы» speaker=глава министерства → Валерий Фальков'],
        },
      ],
      "rule 'relativeAfterSource': a relative clause after the source": [
        {
          text: 'По данным Росстата, которые опубликованы в среду, инфляция замедлилась до 7%.',
          expected: ['indirect «инфляция замедлилась до 7%» speaker=Росстата → Росстат'],
        },
        {
          text: 'По словам губернатора, который в пятницу, несмотря на непогоду, посетил аэропорт, ремонт полосы завершат к декабрю.',
          expected: ['indirect «ремонт полосы завершат к декабрю» speaker=губернатора → —'],
          known: 'a relative clause with commas of its own inside is ended at its first comma (before the rule, all of it was content)',
        },
      ],
      "rule 'nationalityApposition': the nationality noun stands for its own person": [
        {
          text: 'Испанец Карлос Алькарас обыграл итальянца Янника Синнера в финале. «Это был великий матч», — сказал итальянец.',
          expected: ['direct «Это был великий матч» speaker=итальянец → Янник Синнер'],
        },
        {
          text: 'Испанец Карлос Алькарас обыграл итальянца Янника Синнера в финале. «Я очень доволен», — сказал испанец.',
          expected: ['direct «Я очень доволен» speaker=испанец → Карлос Алькарас'],
        },
      ],
      "rule 'bodyInStatement': the organisation the statement names is not always the one that reports it": [
        {
          text: 'Кредит на 5 млрд рублей получил «Уралмаш», сообщил банк.',
          expected: ['indirect «Кредит на 5 млрд рублей получил «Уралмаш»» speaker=банк → —'],
        },
        {
          text: 'Нападающий «Зенита» пропустит три недели, о чем сообщил клуб.',
          expected: ['indirect «Нападающий «Зенита» пропустит три недели» speaker=клуб → Зенит'],
        },
      ],
      "rule 'placeBody': a person of a place's body is the person": [
        {
          text: 'Как сообщил представитель администрации Краснодара Иван Петров, ремонт завершат к осени.',
          expected: ['indirect «ремонт завершат к осени» speaker=представитель администрации Краснодара Иван Петров → Иван Петров'],
        },
        {
          text: 'Жители Москвы считают, что парковки в центре слишком дорогие.',
          expected: ['indirect «парковки в центре слишком дорогие» speaker=Жители Москвы → —'],
        },
      ],
      "rule 'relativeDescription': the relative clause after the speaker's name": [
        {
          text: '«Решение принято», — сказал Иван Петров, который возглавляет комиссию.',
          expected: ['direct «Решение принято» speaker=Иван Петров → Иван Петров'],
        },
      ],
      "officeNouns: a performer's calling is no one else just named acting": [
        {
          text: 'Режиссер Андрей Кончаловский представил в Венеции новый фильм. «Работать с этим материалом было непросто», — признался актер.',
          expected: ['direct «Работать с этим материалом было непросто» speaker=актер → —'],
        },
        {
          text: 'Продюсер Игорь Крутой выпустил новый альбом. «Эти песни я писала три года», — рассказала певица.',
          expected: ['direct «Эти песни я писала три года» speaker=певица → —'],
        },
      ],
    },
    quotes,
    true,
  );
});

describe('roles', () => {
  counter(
    {
      "rule 'heading a kind': a heading verb whose object refers to nothing": [
        {
          text: 'Банк «Открытие» опубликовал рейтинг самых богатых бизнесменов. Предприниматель Иван Петров возглавил рейтинг.',
          // Corrected after the first run: a calling before a name is a role by the roles probes' convention (my first
          // expectation left it out); what the case is about, no role from `возглавил рейтинг`, holds.
          expected: ['Иван Петров | Предприниматель | Предприниматель | —'],
        },
        {
          text: 'Министр иностранных дел России Сергей Лавров возглавил делегацию на переговорах в Женеве.',
          expected: ['Сергей Лавров | Министр иностранных дел России | Министр иностранных дел России | Россия'],
        },
      ],
      'dismissal verbs: the subject of an active verb dismisses someone else': [
        {
          text: 'Губернатор Иван Петров уволил министра здравоохранения региона.',
          expected: ['Иван Петров | Губернатор | Губернатор | —'],
        },
        {
          text: 'Мэр Сергей Иванов отстранил от должности начальника управления ЖКХ.',
          expected: ['Сергей Иванов | Мэр | Мэр | —'],
        },
      ],
      "rule 'heading a kind': a list is no body": [
        {
          text: 'Партия «Новые люди» представила кандидатов в Госдуму. Иван Петров возглавил список партии.',
          expected: [],
        },
      ],
      '`кресло` as furniture': [
        {
          text: 'Губернатор Иван Петров сел в кресло водителя нового автобуса.',
          expected: ['Иван Петров | Губернатор | Губернатор | —'],
        },
      ],
      "rule 'predicate after the clause': the name in the genitive, the predicate another's": [
        {
          text: 'Жена Ивана Петрова, который много лет работал в мэрии, стала депутатом городской думы.',
          expected: [],
        },
      ],
    },
    roles,
    true,
  );
});
