/**
 * Attribution across a paradigm (issue 13, items 3–4, round 3): a matrix, written by hand, of the Russian attribution
 * patterns (a colon before a direct quote, `«…», — заявил X`, `«…, — сказал X. — …»`, `X заявил, что …`, `По словам X`,
 * `Как пояснил X, «…»`, `Как сообщил X`, `…, считает X, поэтому …`, `…, о чем сообщил X`, a gerund `заявив, что`, a
 * recipient between the cue and the content, `X уверен, что`, `По мнению X`, `…, заявил X`) × the kinds of speaker (a full
 * name; a title and a name; a surname alone after a full mention; a role noun that refers back through the document,
 * with a woman and a man in one text so that the verb's gender decides; pronouns `она`/`он` with a woman and a man
 * before; a press service of a person, a ministry of a country, a ministry alone; an unnamed source; analysts of a
 * named centre and unaffiliated experts), the cue verb varying in tense, gender and number by the speaker. Not every
 * combination: a kind stands in the patterns that suit it. Then cases no pattern × kind gives (the outlet as channel or
 * as source, a source described after it, two speakers in one paragraph, agentless reports), and counter-examples
 * where a cue word stands but there is no quote or the name by the cue is not the speaker.
 *
 * The texts are built from the parts below as names-paradigm builds its frames, and the expected line of each case is
 * built from the same parts by the pattern's own expectation, written from ../shared/specs/quotes.md before the code
 * was run: `kind «piece | piece» cue=… speaker=… → name`. Each case also checks that nothing else is read as a quote.
 * Nothing here was taken from the program's output or from any corpus.
 *
 * First runs, before any fix for them: the first matrix with the cases after it and the counter-examples, 211 of 216; the
 * second matrix, 54 of 80; the third batch, 20 of 21 (the one failure a wrong expectation, corrected and said so by it,
 * as is one of the first). After the rules *gerundSubjectNumber*, *listedAtStart*, *dayAdjunct*, *seatOfPower*,
 * *periodInside* and the compound titles in roleGroups: 315 of 317; after *quotedSubject*, 316 of 317, the one left as
 * `it.fails` with its reason. A fourth batch: 7 of 8 on its first run, the one failure a wrong expectation (corrected, said
 * so by it). Two cases of a group of a body named by its kind noun alone, added with rule *groupOfBody*: 327 in all,
 * 326 pass.
 */
import { probeKinds, type Case } from '../support/probe.js';
import { quotesWithCues } from '../support/quotes.js';

/** Gender and number of a speaker, which the verbs and short adjectives after it agree with. */
type Agreement = 'm' | 'f' | 'n' | 'p';

/** A word in its four forms of agreement: masculine, feminine, neuter, plural. */
type Forms = readonly [m: string, f: string, n: string, p: string];

/** A kind of speaker as a text names it, with the clauses it says. */
interface Speaker {
  /** The sentence before that names the one referred to (empty when the mention names them itself). */
  readonly intro: string;
  /** The mention in the nominative and in the genitive (`По словам …`). */
  readonly nom: string;
  readonly gen: string;
  /** For a pronoun, the possessive that stands inside `По ее словам` (the cue is then the whole phrase). */
  readonly possessive?: boolean;
  readonly agree: Agreement;
  /** speakerName as the spec asks for it, null when the document never names them. */
  readonly name: string | null;
  /** A person (takes `уверен`, `не согласился` and the like naturally). */
  readonly person: boolean;
  /** What it says: a clause (lower case), a second sentence of direct speech, a clause to follow `поэтому`. */
  readonly clause: string;
  readonly more: string;
  readonly so: string;
}

const PEOPLE_MEET = 'Министр экономического развития Максим Решетников и председатель Центробанка Эльвира Набиуллина выступили на Финансовом конгрессе в Петербурге.';
const MINISTERS_MEET = 'Министр иностранных дел Германии Анналена Бербок и министр обороны Борис Писториус прибыли с визитом в Вильнюс.';

const SPEAKERS: Record<string, Speaker> = {
  'full name': {
    intro: '', nom: 'Антон Силуанов', gen: 'Антона Силуанова', agree: 'm', name: 'Антон Силуанов', person: true,
    clause: 'дефицит бюджета в этом году не превысит 1% ВВП', more: 'Налоги мы повышать не будем.', so: 'новых заимствований не потребуется',
  },
  'title and name (a woman)': {
    intro: '', nom: 'глава ЦБ Эльвира Набиуллина', gen: 'главы ЦБ Эльвиры Набиуллиной', agree: 'f', name: 'Эльвира Набиуллина', person: true,
    clause: 'инфляция замедлится к концу года', more: 'Мы видим охлаждение спроса.', so: 'ставку можно будет снижать',
  },
  'surname after a full mention': {
    intro: 'Губернатор Подмосковья Андрей Воробьев провел совещание по ремонту дорог.', nom: 'Воробьев', gen: 'Воробьева', agree: 'm', name: 'Андрей Воробьев', person: true,
    clause: 'ремонт трассы завершат до сентября', more: 'Подрядчик работает в три смены.', so: 'пробки летом станут меньше',
  },
  'role noun (head of state)': {
    intro: 'Президент Финляндии Александр Стубб прибыл в Берлин с официальным визитом.', nom: 'глава государства', gen: 'главы государства', agree: 'm', name: 'Александр Стубб', person: true,
    clause: 'Финляндия увеличит расходы на оборону', more: 'Наша граница — граница всей Европы.', so: 'закупки техники вырастут вдвое',
  },
  'role noun, the woman of two (дипломат + заявила)': {
    intro: MINISTERS_MEET, nom: 'дипломат', gen: 'дипломата', agree: 'f', name: 'Анналена Бербок', person: true,
    clause: 'Берлин продолжит поддерживать страны Балтии', more: 'Мы не оставим союзников одних.', so: 'бригада бундесвера останется в Литве',
  },
  'role noun, the man of two (министр + заявил)': {
    intro: MINISTERS_MEET, nom: 'министр', gen: 'министра обороны', agree: 'm', name: 'Борис Писториус', person: true,
    clause: 'немецкая бригада будет полностью развернута к 2027 году', more: 'Казармы уже строятся.', so: 'учения пройдут по плану',
  },
  'pronoun она, a woman and a man before': {
    intro: PEOPLE_MEET, nom: 'она', gen: 'ее', possessive: true, agree: 'f', name: 'Эльвира Набиуллина', person: true,
    clause: 'ключевая ставка останется высокой дольше, чем ждет рынок', more: 'Торопиться мы не будем.', so: 'кредиты подешевеют не скоро',
  },
  'pronoun он, a woman and a man before': {
    intro: PEOPLE_MEET, nom: 'он', gen: 'его', possessive: true, agree: 'm', name: 'Максим Решетников', person: true,
    clause: 'рост экономики в следующем году ускорится', more: 'Бизнес снова инвестирует.', so: 'прогноз правительства будет повышен',
  },
  'press service of a person': {
    intro: 'Губернатор Свердловской области Денис Паслер провел совещание с главами городов.', nom: 'пресс-служба губернатора', gen: 'пресс-службы губернатора', agree: 'f', name: 'Денис Паслер', person: false,
    clause: 'область получит дополнительные средства на ремонт школ', more: 'Список школ уже утвержден.', so: 'ремонт начнется в июне',
  },
  'ministry of a country': {
    intro: '', nom: 'МИД Франции', gen: 'МИД Франции', agree: 'm', name: 'МИД Франции', person: false,
    clause: 'посол будет отозван для консультаций', more: 'Решение окончательное.', so: 'переговоры откладываются',
  },
  'ministry alone': {
    intro: '', nom: 'Минобороны России', gen: 'Минобороны России', agree: 'n', name: 'Минобороны России', person: false,
    clause: 'учения пройдут на полигонах Южного военного округа', more: 'В них примут участие пять тысяч военных.', so: 'движение в районе будет ограничено',
  },
  'unnamed source': {
    intro: '', nom: 'источник в правительстве', gen: 'источника в правительстве', agree: 'm', name: null, person: true,
    clause: 'решение о пошлинах на зерно пока не принято', more: 'Споры идут до сих пор.', so: 'экспортеры ждут',
  },
  'analysts of a named centre (plural)': {
    intro: '', nom: 'аналитики ЦМАКП', gen: 'аналитиков ЦМАКП', agree: 'p', name: 'ЦМАКП', person: true,
    clause: 'промышленность замедлится во втором полугодии', more: 'Спрос на металл падает.', so: 'инвестиции сократятся',
  },
  'unaffiliated experts (plural)': {
    intro: '', nom: 'эксперты', gen: 'экспертов', agree: 'p', name: null, person: true,
    clause: 'цены на жилье в регионах продолжат расти', more: 'Ипотека остается дорогой.', so: 'спрос сместится на вторичный рынок',
  },
};

const AGREEMENT_INDEX: Record<Agreement, number> = { m: 0, f: 1, n: 2, p: 3 };
/** The past of a verb of saying in its four forms from its stem before `-л` (`заяви` → заявил, заявила, заявило, заявили). */
const past = (stem: string): Forms => [`${stem}л`, `${stem}ла`, `${stem}ло`, `${stem}ли`];
/** A present verb in the singular and the plural (`считает`, `считают`). */
const present = (sg: string, pl: string): Forms => [sg, sg, sg, pl];
const form = (forms: Forms | undefined, s: Speaker): string => forms![AGREEMENT_INDEX[s.agree]]!;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const who = (s: Speaker): string => `→ ${s.name ?? '—'}`;

/** The verbs the patterns take in turn (a case takes the one at the speaker's index, so tense, gender and number vary). */
const SAY = [past('заяви'), past('сообщи'), past('подчеркну'), past('добави'), past('отмети'), past('рассказа'), past('поясни'), past('сказа'), present('считает', 'считают'), present('говорит', 'говорят')];
const SAY_COLON = [past('заяви'), past('сказа'), past('подчеркну'), past('написа'), past('отмети'), present('говорит', 'говорят')];
const SAY_INSIDE = [past('сказа'), past('поясни'), past('добави'), past('отмети')];
const AS_SAID = [past('поясни'), past('отмети'), past('заяви'), past('подчеркну')];
const AS_REPORTED = [past('сообщи'), past('рассказа'), past('заяви'), present('сообщает', 'сообщают')];
const BELIEVE = [present('считает', 'считают'), present('полагает', 'полагают'), present('уверен', 'уверены')];
const ABOUT_WHICH = [past('сообщи'), past('заяви'), past('рассказа')];
const AFTER = [past('заяви'), past('сообщи'), present('считает', 'считают'), past('отмети'), present('говорит', 'говорят'), past('добави')];
const CONVINCED: readonly Forms[] = [['уверен', 'уверена', 'уверено', 'уверены'], ['убежден', 'убеждена', 'убеждено', 'убеждены']];
const DISAGREED: Forms = ['не согласился', 'не согласилась', 'не согласилось', 'не согласились'];
const RECIPIENTS = ['в среду «Интерфаксу»', 'журналистам', 'РИА Новости', 'в интервью ТАСС'];

/** A case built by a pattern: its text after the speaker's intro, and its one expected line. */
type Built = { text: string; line: string } | null;

/**
 * The patterns, each with the quote the spec asks for: `i` is the speaker's index (which verb it takes). A pattern
 * returns null for a kind it does not suit.
 */
const PATTERNS: Record<string, (s: Speaker, i: number) => Built> = {
  'X сказал: «…»': (s, i) => {
    const v = form(SAY_COLON[i % SAY_COLON.length], s);
    return { text: `${cap(s.nom)} ${v}: «${cap(s.clause)}».`, line: `direct «${cap(s.clause)}» cue=${v} speaker=${cap(s.nom)} ${who(s)}` };
  },
  '«…», — заявил X': (s, i) => {
    const v = form(SAY[i % SAY.length], s);
    return { text: `«${cap(s.clause)}», — ${v} ${s.nom}.`, line: `direct «${cap(s.clause)}» cue=${v} speaker=${s.nom} ${who(s)}` };
  },
  '«…, — сказал X. — …»': (s, i) => {
    const v = form(SAY_INSIDE[i % SAY_INSIDE.length], s);
    return { text: `«${cap(s.clause)}, — ${v} ${s.nom}. — ${s.more}»`, line: `direct «${cap(s.clause)} | ${s.more}» cue=${v} speaker=${s.nom} ${who(s)}` };
  },
  'X заявил, что …': (s, i) => {
    const v = form(SAY[(i + 3) % SAY.length], s);
    return { text: `${cap(s.nom)} ${v}, что ${s.clause}.`, line: `indirect «${s.clause}» cue=${v} speaker=${cap(s.nom)} ${who(s)}` };
  },
  'По словам X, …': (s) => {
    const cue = s.possessive ? `По ${s.gen} словам` : 'По словам';
    return { text: `${cue}${s.possessive ? '' : ` ${s.gen}`}, ${s.clause}.`, line: `indirect «${s.clause}» cue=${cue} speaker=${s.gen} ${who(s)}` };
  },
  'По мнению X, …': (s) => {
    if (!s.person && s.agree !== 'm') return null;
    const cue = s.possessive ? `По ${s.gen} мнению` : 'По мнению';
    return { text: `${cue}${s.possessive ? '' : ` ${s.gen}`}, ${s.clause}.`, line: `indirect «${s.clause}» cue=${cue} speaker=${s.gen} ${who(s)}` };
  },
  'Как пояснил X, «…»': (s, i) => {
    const cue = `Как ${form(AS_SAID[i % AS_SAID.length], s)}`;
    return { text: `${cue} ${s.nom}, «${s.clause}».`, line: `direct «${s.clause}» cue=${cue} speaker=${s.nom} ${who(s)}` };
  },
  'Как сообщил X, …': (s, i) => {
    const cue = `Как ${form(AS_REPORTED[i % AS_REPORTED.length], s)}`;
    return { text: `${cue} ${s.nom}, ${s.clause}.`, line: `indirect «${s.clause}» cue=${cue} speaker=${s.nom} ${who(s)}` };
  },
  '…, считает X, поэтому …': (s, i) => {
    if (!s.person) return null;
    const v = form(BELIEVE[i % BELIEVE.length], s);
    return { text: `${cap(s.clause)}, ${v} ${s.nom}, поэтому ${s.so}.`, line: `indirect «${cap(s.clause)} | поэтому ${s.so}» cue=${v} speaker=${s.nom} ${who(s)}` };
  },
  '…, о чем сообщил X': (s, i) => {
    if (s.possessive) return null;
    const v = form(ABOUT_WHICH[i % ABOUT_WHICH.length], s);
    return { text: `${cap(s.clause)}, о чем ${v} ${s.nom}.`, line: `indirect «${cap(s.clause)}» cue=${v} speaker=${s.nom} ${who(s)}` };
  },
  'X …, заявив, что …': (s) => {
    if (s.agree === 'p' && !s.person) return null;
    return {
      text: `${cap(s.nom)} ${form(DISAGREED, s)} с критикой, заявив, что ${s.clause}.`,
      line: `indirect «${s.clause}» cue=заявив speaker=${cap(s.nom)} ${who(s)}`,
    };
  },
  'X заявил <кому>, что …': (s, i) => {
    const v = form(SAY[i % 2 === 0 ? 0 : 1], s);
    return {
      text: `${cap(s.nom)} ${v} ${RECIPIENTS[i % RECIPIENTS.length]!}, что ${s.clause}.`,
      line: `indirect «${s.clause}» cue=${v} speaker=${cap(s.nom)} ${who(s)}`,
    };
  },
  'X уверен, что …': (s, i) => {
    if (!s.person) return null;
    const v = form(CONVINCED[i % CONVINCED.length], s);
    return { text: `${cap(s.nom)} ${v}, что ${s.clause}.`, line: `indirect «${s.clause}» cue=${v} speaker=${cap(s.nom)} ${who(s)}` };
  },
  '…, заявил X': (s, i) => {
    const v = form(AFTER[i % AFTER.length], s);
    const dash = i % 2 === 0 ? '' : '— ';
    return { text: `${cap(s.clause)}, ${dash}${v} ${s.nom}.`, line: `indirect «${cap(s.clause)}» cue=${v} speaker=${s.nom} ${who(s)}` };
  },
};

/**
 * Combinations written out as known failures after the first run, each with why it still fails (see the end of the
 * file for the count): `pattern / speaker kind` → reason.
 */
const KNOWN: Record<string, string> = {};

const paradigm: Record<string, Case[]> = {};
for (const [pattern, build] of Object.entries(PATTERNS)) {
  const cases: Case[] = [];
  Object.values(SPEAKERS).forEach((s, i) => {
    const built = build(s, i);
    if (!built) return;
    const kind = Object.keys(SPEAKERS)[i]!;
    const known = KNOWN[`${pattern} / ${kind}`];
    cases.push({ text: s.intro ? `${s.intro}\n${built.text}` : built.text, expected: [built.line], ...(known ? { known } : {}) });
  });
  paradigm[pattern] = cases;
}

probeKinds(paradigm, quotesWithCues);

/**
 * A second matrix, written after the first had run (so its kinds are harder): longer titles and foreign names, a woman's
 * surname alone, a spokesman's post named again by another body, a minister named by his country's adjective beside a
 * foreign counterpart, a company by its kind noun, the Kremlin, a woman by a masculine occupation noun, representatives
 * of a company; and the patterns the first left out: `в свою очередь`, an adjunct between the speaker and the cue, a
 * channel after the cue, `Об этом заявил X` after the statement, `о том, что`, `заявил, что «…»`, a direct quote
 * continued after its attribution, unquoted words after a colon, the rarer verbs of saying.
 */
const TURKEY_MEET = 'Министр иностранных дел России Сергей Лавров встретился в Анкаре с главой МИД Турции Хаканом Фиданом.';
const SPEAKERS_2: Record<string, Speaker> = {
  'a longer title and name': {
    intro: '', nom: 'первый вице-премьер Денис Мантуров', gen: 'первого вице-премьера Дениса Мантурова', agree: 'm', name: 'Денис Мантуров', person: true,
    clause: 'выпуск гражданских самолетов вырастет вдвое', more: 'Двигатели уже испытаны.', so: 'авиакомпании получат машины вовремя',
  },
  'a foreign woman with a particle in her name': {
    intro: '', nom: 'глава Еврокомиссии Урсула фон дер Ляйен', gen: 'главы Еврокомиссии Урсулы фон дер Ляйен', agree: 'f', name: 'Урсула фон дер Ляйен', person: true,
    clause: 'новый пакет санкций будет согласован до конца месяца', more: 'Работа уже идет.', so: 'послы соберутся в пятницу',
  },
  'a foreign man with title and country': {
    intro: '', nom: 'госсекретарь США Марко Рубио', gen: 'госсекретаря США Марко Рубио', agree: 'm', name: 'Марко Рубио', person: true,
    clause: 'Вашингтон готов к новому раунду переговоров', more: 'Мы ждем ответа.', so: 'делегация вылетит в Эр-Рияд',
  },
  'a woman’s surname alone after a full mention': {
    intro: 'Официальный представитель МИД России Мария Захарова провела еженедельный брифинг.', nom: 'Захарова', gen: 'Захаровой', agree: 'f', name: 'Мария Захарова', person: true,
    clause: 'Москва ответит на высылку дипломатов', more: 'Ответ будет зеркальным.', so: 'список уже составлен',
  },
  'a spokesman’s post named again with another body': {
    intro: 'Пресс-секретарь президента России Дмитрий Песков провел традиционный брифинг.', nom: 'пресс-секретарь Кремля', gen: 'пресс-секретаря Кремля', agree: 'm', name: 'Дмитрий Песков', person: true,
    clause: 'график президента на следующую неделю пока не утвержден', more: 'Мы сообщим дополнительно.', so: 'поездка может быть перенесена',
  },
  'a minister by his country’s adjective, a foreign one beside': {
    intro: TURKEY_MEET, nom: 'российский министр', gen: 'российского министра', agree: 'm', name: 'Сергей Лавров', person: true,
    clause: 'стороны обсудили поставки газа через Турцию', more: 'Диалог был откровенным.', so: 'новая встреча пройдет осенью',
  },
  'a company by its kind noun': {
    intro: 'Компания «Яндекс» представила новую версию голосового помощника.', nom: 'компания', gen: 'компании', agree: 'f', name: 'Яндекс', person: false,
    clause: 'обновление получат все пользователи до конца месяца', more: 'Скачивать ничего не нужно.', so: 'нагрузка на серверы вырастет',
  },
  'the Kremlin': {
    intro: '', nom: 'Кремль', gen: 'Кремля', agree: 'm', name: 'Кремль', person: false,
    clause: 'встреча президентов пока не планируется', more: 'Контакты продолжаются.', so: 'дата не обсуждается',
  },
  'a woman by a masculine occupation noun': {
    intro: 'Главный врач городской больницы №40 Елена Сидорова открыла новое отделение.', nom: 'главврач', gen: 'главврача', agree: 'f', name: 'Елена Сидорова', person: true,
    clause: 'отделение примет первых пациентов в понедельник', more: 'Оборудование уже установлено.', so: 'очереди на операции сократятся',
  },
  'representatives of a company (plural)': {
    intro: '', nom: 'представители «Аэрофлота»', gen: 'представителей «Аэрофлота»', agree: 'p', name: 'Аэрофлот', person: true,
    clause: 'рейсы в Дубай будут выполняться по расписанию', more: 'Пассажиров предупредят заранее.', so: 'билеты сдавать не нужно',
  },
};

const SAY_2 = [past('напомни'), past('призна'), past('предупреди'), past('пообеща'), past('уточни'), past('сообщи'), past('заяви'), past('подчеркну'), present('отмечает', 'отмечают'), present('утверждает', 'утверждают')];
const CHANNELS = ['в своем Telegram-канале', 'на брифинге', 'в интервью газете «Известия»', 'в соцсетях'];

const PATTERNS_2: Record<string, (s: Speaker, i: number) => Built> = {
  'X, в свою очередь, заявил, что …': (s, i) => {
    const v = form(SAY_2[i % SAY_2.length], s);
    return { text: `${cap(s.nom)}, в свою очередь, ${v}, что ${s.clause}.`, line: `indirect «${s.clause}» cue=${v} speaker=${cap(s.nom)} ${who(s)}` };
  },
  'X в пятницу также сообщил, что …': (s, i) => {
    const v = form(SAY_2[(i + 5) % SAY_2.length], s);
    return { text: `${cap(s.nom)} в пятницу также ${v}, что ${s.clause}.`, line: `indirect «${s.clause}» cue=${v} speaker=${cap(s.nom)} ${who(s)}` };
  },
  'X написал <где>, что …': (s, i) => {
    const v = form(i % 2 === 0 ? past('написа') : past('сообщи'), s);
    return { text: `${cap(s.nom)} ${v} ${CHANNELS[i % CHANNELS.length]!}, что ${s.clause}.`, line: `indirect «${s.clause}» cue=${v} speaker=${cap(s.nom)} ${who(s)}` };
  },
  '…. Об этом заявил X.': (s, i) => {
    const v = form(ABOUT_WHICH[i % ABOUT_WHICH.length], s);
    return { text: `${cap(s.clause)}. Об этом ${v} ${s.nom}.`, line: `indirect «${cap(s.clause)}» cue=${v} speaker=${s.nom} ${who(s)}` };
  },
  'X сообщил о том, что …': (s, i) => {
    const v = form(i % 2 === 0 ? past('сообщи') : past('рассказа'), s);
    return { text: `${cap(s.nom)} ${v} о том, что ${s.clause}.`, line: `indirect «${s.clause}» cue=${v} speaker=${cap(s.nom)} ${who(s)}` };
  },
  'X заявил, что «…»': (s, i) => {
    const v = form(SAY[i % SAY.length], s);
    return { text: `${cap(s.nom)} ${v}, что «${s.clause}».`, line: `indirect «${s.clause}» cue=${v} speaker=${cap(s.nom)} ${who(s)}` };
  },
  '«…», — сказал X. «…»': (s, i) => {
    const v = form(SAY_INSIDE[i % SAY_INSIDE.length], s);
    return { text: `«${cap(s.clause)}», — ${v} ${s.nom}. «${s.more}»`, line: `direct «${cap(s.clause)} | ${s.more}» cue=${v} speaker=${s.nom} ${who(s)}` };
  },
  'X заявил: … (без кавычек)': (s, i) => {
    const v = form(SAY_COLON[i % 5], s);
    return { text: `${cap(s.nom)} ${v}: ${s.clause}.`, line: `direct «${s.clause}.» cue=${v} speaker=${cap(s.nom)} ${who(s)}` };
  },
};

const paradigm2: Record<string, Case[]> = {};
for (const [pattern, build] of Object.entries(PATTERNS_2)) {
  const cases: Case[] = [];
  Object.entries(SPEAKERS_2).forEach(([kind, s], i) => {
    const built = build(s, i);
    if (!built) return;
    const known = KNOWN[`${pattern} / ${kind}`];
    cases.push({ text: s.intro ? `${s.intro}\n${built.text}` : built.text, expected: [built.line], ...(known ? { known } : {}) });
  });
  paradigm2[`${pattern} (2)`] = cases;
}

probeKinds(paradigm2, quotesWithCues);

/** Cases the matrix does not give: the outlet, a source described after it, two speakers in one paragraph, agentless reports. */
probeKinds(
  {
    'the outlet: a channel before a speaker, a source when alone': [
      {
        text: 'Как передает ТАСС, министр транспорта Роман Старовойт заявил, что мост откроют в декабре.',
        expected: ['indirect «мост откроют в декабре» cue=заявил speaker=министр транспорта Роман Старовойт → Роман Старовойт'],
      },
      {
        text: 'Министр транспорта Роман Старовойт заявил, что мост откроют в декабре, сообщает ТАСС.',
        expected: ['indirect «мост откроют в декабре» cue=заявил speaker=Министр транспорта Роман Старовойт → Роман Старовойт'],
      },
      {
        text: 'Сбербанк готовит допэмиссию акций на 50 млрд рублей, пишет «Коммерсантъ».',
        expected: ['indirect «Сбербанк готовит допэмиссию акций на 50 млрд рублей» cue=пишет speaker=«Коммерсантъ» → Коммерсантъ'],
      },
      {
        // The outlet passes on what its sources said: the speaker is whom it quotes, unnamed (expected line corrected after
        // the first run, which gave it so: the brief and quotes.md make the outlet a channel here, not the source).
        text: 'Правительство может продлить запрет на экспорт бензина до конца года, сообщает РБК со ссылкой на источники.',
        expected: ['indirect «Правительство может продлить запрет на экспорт бензина до конца года» cue=сообщает speaker=источники → —'],
      },
      {
        text: '«Мы ждем решения суда», — цитирует «Интерфакс» адвоката компании Ивана Карпова.',
        expected: ['direct «Мы ждем решения суда» cue=цитирует speaker=адвоката компании Ивана Карпова → Иван Карпов'],
      },
    ],
    'a source described after it': [
      {
        text: 'Сделка будет закрыта до конца года, говорит собеседник агентства, знакомый с ходом переговоров.',
        expected: ['indirect «Сделка будет закрыта до конца года» cue=говорит speaker=собеседник агентства → —'],
      },
      {
        text: 'Переговоры о поставках газа зашли в тупик, сообщил источник в «Газпроме», знакомый с ситуацией.',
        expected: ['indirect «Переговоры о поставках газа зашли в тупик» cue=сообщил speaker=источник в «Газпроме» → Газпром'],
        known: 'convention: rule `unnamedSource` names no one for a source in a named body, where quotes.md gives a representative the body’s name (as in articles-held-out-3)',
      },
      {
        text: 'Собеседник «Ведомостей», близкий к администрации президента, рассказал, что кадровых решений пока нет.',
        expected: ['indirect «кадровых решений пока нет» cue=рассказал speaker=Собеседник «Ведомостей», близкий к администрации президента → —'],
      },
    ],
    'two speakers in one paragraph': [
      {
        text: 'Мэр Новосибирска Максим Кудрявцев заявил, что метро продлят до 2030 года. Депутат горсовета Ирина Соколова возразила, что денег на это в бюджете нет.',
        expected: [
          'indirect «метро продлят до 2030 года» cue=заявил speaker=Мэр Новосибирска Максим Кудрявцев → Максим Кудрявцев',
          'indirect «денег на это в бюджете нет» cue=возразила speaker=Депутат горсовета Ирина Соколова → Ирина Соколова',
        ],
      },
      {
        text: '«Мы готовы к компромиссу», — сказал глава профсоюза Олег Быков. «Компромисса не будет», — ответила директор завода Наталья Лебедева.',
        expected: [
          'direct «Мы готовы к компромиссу» cue=сказал speaker=глава профсоюза Олег Быков → Олег Быков',
          'direct «Компромисса не будет» cue=ответила speaker=директор завода Наталья Лебедева → Наталья Лебедева',
        ],
      },
      {
        text: 'Тренер «Спартака» Деян Станкович и капитан команды Георгий Джикия ответили на вопросы журналистов. Тренер сказал, что доволен игрой. Капитан добавил, что команда устала.',
        expected: [
          'indirect «доволен игрой» cue=сказал speaker=Тренер → Деян Станкович',
          'indirect «команда устала» cue=добавил speaker=Капитан → Георгий Джикия',
        ],
      },
      {
        text: 'Прокурор Анна Лыкова попросила для подсудимого восемь лет колонии. Адвокат Павел Щукин заявил, что его подзащитный невиновен. По ее словам, вина доказана показаниями свидетелей.',
        expected: [
          'indirect «его подзащитный невиновен» cue=заявил speaker=Адвокат Павел Щукин → Павел Щукин',
          'indirect «вина доказана показаниями свидетелей» cue=По ее словам speaker=ее → Анна Лыкова',
        ],
      },
    ],
    'an organisation by its kind noun and the founder of a company': [
      {
        text: 'Основатель компании «Вкусвилл» Андрей Кривенко объявил о запуске доставки в Казани. Основатель компании рассказал, что сеть откроет там 40 магазинов.',
        expected: ['indirect «сеть откроет там 40 магазинов» cue=рассказал speaker=Основатель компании → Андрей Кривенко'],
      },
      {
        text: 'Премьер-министр Михаил Мишустин провел заседание правительства. Премьер заявил, что выплаты семьям с детьми проиндексируют.',
        expected: ['indirect «выплаты семьям с детьми проиндексируют» cue=заявил speaker=Премьер → Михаил Мишустин'],
      },
    ],
    'a group of a body named by its kind noun alone (rule groupOfBody; found while reading half A)': [
      {
        text: 'Сбербанк повысил ставки по вкладам.\nАналитики банка считают, что инфляция замедлится к осени.',
        expected: ['indirect «инфляция замедлится к осени» cue=считают speaker=Аналитики банка → Сбербанк'],
      },
      {
        text: '«Яндекс» запустил сервис доставки в Казани.\nПредставители компании сообщили, что к концу года сервис заработает в десяти городах.',
        expected: ['indirect «к концу года сервис заработает в десяти городах» cue=сообщили speaker=Представители компании → Яндекс'],
      },
    ],
    'agentless reports': [
      {
        text: 'Сообщается, что пожар на складе потушен.',
        expected: ['indirect «пожар на складе потушен» cue=Сообщается speaker=— → —'],
      },
      {
        text: 'В заявлении ведомства говорится, что проверка продлится месяц.',
        expected: ['indirect «проверка продлится месяц» cue=говорится speaker=ведомства → —'],
      },
    ],
  },
  quotesWithCues,
);

/**
 * A third batch, written by hand after the two matrices had been fixed: speakers that refer back in harder ways (a
 * ministry's head by `глава ведомства`, a colleague by a possessive, a president by his country's adjective beside
 * another, an organisation by a pronoun, a group by `они`, a relative `по словам которого`), names that are common
 * nouns, and people named in the sentence who are not the speaker.
 */
probeKinds(
  {
    'speakers that refer back in harder ways': [
      {
        text: 'Глава Минтруда Антон Котяков провел совещание с регионами.\nГлава ведомства заявил, что пенсии проиндексируют на 7,6%.',
        expected: ['indirect «пенсии проиндексируют на 7,6%» cue=заявил speaker=Глава ведомства → Антон Котяков'],
      },
      {
        text: 'Президент России Владимир Путин провел переговоры с президентом Египта Абдель Фаттахом ас-Сиси.\nРоссийский президент заявил, что строительство АЭС «Эль-Дабаа» идет по графику.',
        expected: ['indirect «строительство АЭС «Эль-Дабаа» идет по графику» cue=заявил speaker=Российский президент → Владимир Путин'],
      },
      {
        text: 'Еврокомиссия одобрила сделку по слиянию двух авиакомпаний.\nОна заявила, что конкуренция на рынке не пострадает.',
        expected: ['indirect «конкуренция на рынке не пострадает» cue=заявила speaker=Она → Еврокомиссия'],
      },
      {
        text: 'Депутаты фракции ЛДПР внесли в Госдуму законопроект о запрете коллекторов.\nОни заявили, что коллекторы нарушают права должников.',
        // Corrected after the first run: the group speaks for the party it names (`Депутаты фракции ЛДПР`), as `аналитики ЦМАКП`
        // above, so quotes.md gives it the party's name; the hand-written `—` took them for an unaffiliated group.
        expected: ['indirect «коллекторы нарушают права должников» cue=заявили speaker=Они → ЛДПР'],
      },
      {
        text: 'Против поправок выступил депутат Сергей Миронов, по словам которого закон ударит по малому бизнесу.',
        expected: ['indirect «закон ударит по малому бизнесу» cue=по словам speaker=которого → Сергей Миронов'],
      },
      {
        text: 'Официальный представитель МВД Ирина Волк сообщила, что мошенники задержаны в Подмосковье.',
        expected: ['indirect «мошенники задержаны в Подмосковье» cue=сообщила speaker=Официальный представитель МВД Ирина Волк → Ирина Волк'],
      },
      {
        text: 'Министр культуры Ольга Любимова посетила Эрмитаж.\nПо словам Любимовой, реставрация главного здания завершится в 2027 году.',
        expected: ['indirect «реставрация главного здания завершится в 2027 году» cue=По словам speaker=Любимовой → Ольга Любимова'],
      },
      {
        text: 'Министр культуры Ольга Любимова посетила Эрмитаж вместе с его директором Михаилом Пиотровским.\n«Музей готов к юбилею», — сказала министр.',
        expected: ['direct «Музей готов к юбилею» cue=сказала speaker=министр → Ольга Любимова'],
      },
      {
        text: 'Мэр Москвы Сергей Собянин открыл новую станцию метро.\nМэр пообещал, что до конца года откроются еще три станции.',
        expected: ['indirect «до конца года откроются еще три станции» cue=пообещал speaker=Мэр → Сергей Собянин'],
      },
      {
        text: 'Пресс-служба Кремля сообщила, что президент проведет совещание с членами Совбеза.',
        expected: ['indirect «президент проведет совещание с членами Совбеза» cue=сообщила speaker=Пресс-служба Кремля → Кремль'],
      },
    ],
    'a person named by the cue who is not the speaker': [
      {
        text: 'Отвечая на вопрос о Петре Иванове, губернатор Олег Николаев заявил, что кадровых решений пока нет.',
        expected: ['indirect «кадровых решений пока нет» cue=заявил speaker=губернатор Олег Николаев → Олег Николаев'],
      },
      {
        text: 'В беседе с Андреем Малаховым певица Лариса Долина рассказала, что готовит новый альбом.',
        expected: ['indirect «готовит новый альбом» cue=рассказала speaker=певица Лариса Долина → Лариса Долина'],
      },
      {
        text: '«Мы успеем к сроку», — сказал прораб Андрей Петров инспектору Олегу Сидорову.',
        expected: ['direct «Мы успеем к сроку» cue=сказал speaker=прораб Андрей Петров → Андрей Петров'],
      },
      {
        text: 'Министр просвещения Сергей Кравцов заявил, что Ольга Васильева внесла большой вклад в развитие школы.',
        expected: ['indirect «Ольга Васильева внесла большой вклад в развитие школы» cue=заявил speaker=Министр просвещения Сергей Кравцов → Сергей Кравцов'],
      },
      {
        text: 'Тренер Валерий Карпин после матча со «Спартаком» сказал, что доволен игрой Сафонова.',
        expected: ['indirect «доволен игрой Сафонова» cue=сказал speaker=Тренер Валерий Карпин → Валерий Карпин'],
      },
    ],
    'counter-examples: a cue word with no report': [
      { text: 'Министр пообещал рассказать о планах позже.', expected: [] },
      { text: 'Пресс-секретарь отказался сообщить, когда состоится встреча.', expected: [] },
      { text: 'Сотрудник полиции, сообщивший о взятке, получил награду.', expected: [] },
      { text: 'Министр сказал спасибо волонтерам.', expected: [] },
      { text: 'Премьер рассказал о планах правительства на год.', expected: [] },
      { text: 'Глава района заявил протест прокурору.', expected: [] },
    ],
  },
  quotesWithCues,
);

/**
 * A fourth batch, written by hand after the rules above: a person named again by the other name of their post (the
 * speaker of a parliament as its chairman, the premier as the head of government, a chancellor, a patriarch, a prosecutor
 * general), a foreign leader by his country's adjective, a surname declined after `По словам`, a body in `В Кремле`.
 */
probeKinds(
  {
    'a post named again by its other name': [
      {
        text: 'Председатель Госдумы Вячеслав Володин провел пленарное заседание.\nСпикер заявил, что закон примут до конца сессии.',
        expected: ['indirect «закон примут до конца сессии» cue=заявил speaker=Спикер → Вячеслав Володин'],
      },
      {
        text: 'Канцлер Германии Фридрих Мерц прибыл в Париж.\nГлава немецкого правительства сообщил, что Берлин поддержит французскую инициативу.',
        expected: ['indirect «Берлин поддержит французскую инициативу» cue=сообщил speaker=Глава немецкого правительства → Фридрих Мерц'],
      },
      {
        text: 'Патриарх Кирилл совершил литургию в храме Христа Спасителя.\nПредстоятель Русской православной церкви призвал верующих помогать беженцам, напомнив, что милосердие — главная добродетель.',
        // Corrected after the first run: `Патриарх` is his title, not part of his name (quotes.md: the canonical name).
        expected: ['indirect «милосердие — главная добродетель» cue=напомнив speaker=Предстоятель Русской православной церкви → Кирилл'],
      },
      {
        text: 'Генеральный прокурор Игорь Краснов выступил в Совете Федерации.\nГенпрокурор сообщил, что число коррупционных преступлений выросло на 10%.',
        expected: ['indirect «число коррупционных преступлений выросло на 10%» cue=сообщил speaker=Генпрокурор → Игорь Краснов'],
      },
      {
        text: 'Президент США Дональд Трамп встретился в Белом доме с премьер-министром Японии.\nАмериканский лидер заявил, что пошлины на японские автомобили будут снижены.',
        expected: ['indirect «пошлины на японские автомобили будут снижены» cue=заявил speaker=Американский лидер → Дональд Трамп'],
      },
      {
        text: 'Президент Франции Эмманюэль Макрон выступил в Сорбонне.\nПо словам Макрона, Европа должна стать стратегически независимой.',
        expected: ['indirect «Европа должна стать стратегически независимой» cue=По словам speaker=Макрона → Эмманюэль Макрон'],
      },
      {
        text: 'В Кремле заявили, что президент не планирует менять состав правительства.',
        expected: ['indirect «президент не планирует менять состав правительства» cue=заявили speaker=Кремле → Кремль'],
      },
      {
        text: 'Генеральный директор «Роскосмоса» Дмитрий Баканов провел совещание на Байконуре.\nПресс-служба «Роскосмоса» сообщила, что запуск перенесен на сутки.',
        expected: ['indirect «запуск перенесен на сутки» cue=сообщила speaker=Пресс-служба «Роскосмоса» → Роскосмос'],
      },
    ],
  },
  quotesWithCues,
);

/** A cue word stands but there is no quote, or the name by the cue is not the speaker. */
probeKinds(
  {
    'counter-examples: no quote': [
      { text: 'Министр сообщил Иванову о своем решении.', expected: [] },
      { text: 'Президент заявил о поддержке Петрова на выборах.', expected: [] },
      { text: 'Губернатор сказал журналистам несколько слов и уехал.', expected: [] },
      { text: 'Компания сообщила о росте выручки на 15%.', expected: [] },
      { text: 'Депутат назвал законопроект «ошибкой».', expected: [] },
      { text: 'Ожидается, что ставку снизят в июле.', expected: [] },
      { text: 'Заявивший о банкротстве застройщик вернет деньги дольщикам.', expected: [] },
      { text: 'Заявление Лаврова опубликовано на сайте МИД.', expected: [] },
      { text: 'Журналисты спросили Петрова о планах, но он отказался от комментариев.', expected: [] },
      { text: 'В фильме «Москва слезам не верит» снималась Вера Алентова.', expected: [] },
    ],
    'counter-examples: the name by the cue is not the speaker': [
      {
        text: 'Директор школы Ирина Петрова рассказала Ивану Сидорову, что экзамен перенесен.',
        expected: ['indirect «экзамен перенесен» cue=рассказала speaker=Директор школы Ирина Петрова → Ирина Петрова'],
      },
      {
        text: 'Сергей Иванов сообщил журналистам о Петре Смирнове, что тот уволен.',
        expected: ['indirect «тот уволен» cue=сообщил speaker=Сергей Иванов → Сергей Иванов'],
      },
      {
        text: 'Глава района Олег Титов заявил главе области Николаю Любимову, что мост будет готов в срок.',
        expected: ['indirect «мост будет готов в срок» cue=заявил speaker=Глава района Олег Титов → Олег Титов'],
      },
      {
        text: 'Депутат Светлана Журова, о которой писал «Спорт-Экспресс», сказала, что поддерживает закон.',
        expected: ['indirect «поддерживает закон» cue=сказала speaker=Депутат Светлана Журова → Светлана Журова'],
      },
    ],
  },
  quotesWithCues,
);
