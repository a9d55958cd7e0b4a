/**
 * The quote patterns of the convention (docs/quotes.md), one short
 * invented news sentence each, through `analyze`.
 *
 * Every expected quote is worked out by hand from the sentence and the
 * convention: direct content inside the marks (the speech's own final `.`, `!`,
 * `?`, `…` inside when it stands inside them, a dash- or colon-introduced speech
 * up to its closing punctuation), indirect content without the conjunction and
 * without the sentence-final period; the cue is the verb or fixed phrase as it
 * stands; the speaker the whole noun phrase, with the name it resolves to.
 * Quotes are compared as readable lines:
 * `kind «piece | piece» cue=… speaker=… → name`.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Quote, type RechDocument, type Span } from '../../src/index.js';

const show = (q: Quote): string =>
  `${q.kind} «${q.content.map((c) => c.text).join(' | ')}» cue=${q.cue?.text ?? '—'} speaker=${q.speaker?.text ?? '—'} → ${q.speaker?.name ?? '—'}`;

interface Case {
  /** What the case pins down. */
  title: string;
  text: string;
  /** The expected quotes as `show` lines, in text order; a function when a name must be read off the document's entities. */
  expected: readonly string[] | ((doc: RechDocument) => readonly string[]);
}

/**
 * The canonical name of the organisation the entity stage found at the first occurrence of `word`,
 * so that a test does not guess how the entity stage spells an organisation's nominative.
 */
function orgAt(doc: RechDocument, word: string): string {
  const start = doc.text.indexOf(word);
  const entity = doc.entities.find((e) => e.type === 'ORG' && e.mentions.some((m) => m.start <= start && start < m.end));
  return entity?.name ?? `<no ORG entity at ${word}>`;
}

async function check({ text, expected }: Case): Promise<RechDocument> {
  const doc = await analyze(text);
  const want = typeof expected === 'function' ? expected(doc) : expected;
  expect(doc.quotes.map(show)).toEqual(want);
  return doc;
}

const run = (cases: readonly Case[]): void => {
  for (const c of cases) it(c.title, async () => void (await check(c)));
};

const DIRECT: Case[] = [
  {
    title: 'А: «П». — a colon before the marks; the period after the closing mark is not the speech’s',
    text: 'Министр финансов Иван Петров заявил: «Бюджет будет сбалансирован».',
    expected: ['direct «Бюджет будет сбалансирован» cue=заявил speaker=Министр финансов Иван Петров → Иван Петров'],
  },
  {
    title: '«П», — а.',
    text: '«Мы не допустим повышения цен», — заявил Иван Петров.',
    expected: ['direct «Мы не допустим повышения цен» cue=заявил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: '«П, — а, — п». — one quote in two pieces around the attribution',
    text: '«Мы готовы к переговорам, — сказал Иван Петров, — но только на равных условиях».',
    expected: ['direct «Мы готовы к переговорам | но только на равных условиях» cue=сказал speaker=Иван Петров → Иван Петров'],
  },
  {
    title: '«П, — а. — П». — one quote in two pieces, the second a new sentence',
    text: '«Решение принято, — заявил Иван Петров. — Отступать некуда».',
    expected: ['direct «Решение принято | Отступать некуда» cue=заявил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: '«П», - а. — a hyphen for the dash',
    text: '«Цены на бензин вырастут», - заявил Иван Петров.',
    expected: ['direct «Цены на бензин вырастут» cue=заявил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: '«П», – а. — an en dash for the dash',
    text: '«Цены на бензин вырастут», – заявил Иван Петров.',
    expected: ['direct «Цены на бензин вырастут» cue=заявил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: '"П1. П2", - а. — straight quotes, the attribution after the last sentence of a multi-sentence quote',
    text: '"Мы сделали всё возможное. Ситуация под контролем", - заявил Иван Петров.',
    expected: ['direct «Мы сделали всё возможное. Ситуация под контролем» cue=заявил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: '— П, — а. — a dialogue line; the comma before the dash is not the speech’s',
    text: '— Мы будем бороться до конца, — сказал Иван Петров.',
    expected: ['direct «Мы будем бороться до конца» cue=сказал speaker=Иван Петров → Иван Петров'],
  },
  {
    title: '— П? — а. — a dialogue line ending in its own question mark',
    text: '— Вы готовы к выборам? — спросила Мария Иванова.',
    expected: ['direct «Вы готовы к выборам?» cue=спросила speaker=Мария Иванова → Мария Иванова'],
  },
  {
    title: 'А: п. — unquoted speech after a colon that follows a speech cue, up to its closing punctuation',
    text: 'Мама сказала: попробуй повоюй на его месте.',
    expected: ['direct «попробуй повоюй на его месте.» cue=сказала speaker=Мама → —'],
  },
  {
    title: 'interview turns: each paragraph a direct quote, cue null, speaker the label',
    text: 'Анна Смирнова: Будут ли повышены налоги?\nИван Петров: Нет, мы не планируем повышать налоги.',
    expected: [
      'direct «Будут ли повышены налоги?» cue=— speaker=Анна Смирнова → Анна Смирнова',
      'direct «Нет, мы не планируем повышать налоги.» cue=— speaker=Иван Петров → Иван Петров',
    ],
  },
  {
    title: '«П1», — сказал X. «П2». — words continued after the attribution are one quote with two pieces',
    text: '«Мы открыты к диалогу», — сказал Иван Петров. «Но уступать мы не будем».',
    expected: ['direct «Мы открыты к диалогу | Но уступать мы не будем» cue=сказал speaker=Иван Петров → Иван Петров'],
  },
  {
    title: '«П?!» — а. — the speech’s own ?! inside the marks is content',
    text: '«Кто за это ответит?!» — спросила Мария Иванова.',
    expected: ['direct «Кто за это ответит?!» cue=спросила speaker=Мария Иванова → Мария Иванова'],
  },
];

const INDIRECT: Case[] = [
  {
    title: 'X заявил, что …',
    text: 'Иван Петров заявил, что правительство снизит налоги.',
    expected: ['indirect «правительство снизит налоги» cue=заявил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'заявил X, что … — the speaker after the verb',
    text: 'Вчера заявил Иван Петров, что цены на бензин снизятся.',
    expected: ['indirect «цены на бензин снизятся» cue=заявил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'X сообщил о том, что … — «о том, что» is not content',
    text: 'Иван Петров сообщил о том, что завод будет закрыт.',
    expected: ['indirect «завод будет закрыт» cue=сообщил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'По словам X, …',
    text: 'По словам Ивана Петрова, завод будет закрыт.',
    expected: ['indirect «завод будет закрыт» cue=По словам speaker=Ивана Петрова → Иван Петров'],
  },
  {
    title: 'По мнению X, …',
    text: 'По мнению Ивана Петрова, кризис скоро закончится.',
    expected: ['indirect «кризис скоро закончится» cue=По мнению speaker=Ивана Петрова → Иван Петров'],
  },
  {
    title: 'Как сообщил X, …',
    text: 'Как сообщил Иван Петров, переговоры пройдут в Москве.',
    expected: ['indirect «переговоры пройдут в Москве» cue=Как сообщил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: '…, — считает X. — unquoted, attributed after a dash',
    text: 'Кризис скоро закончится, — считает Иван Петров.',
    expected: ['indirect «Кризис скоро закончится» cue=считает speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'Сообщается, что … — agentless, speaker null',
    text: 'Сообщается, что переговоры пройдут в Москве.',
    expected: ['indirect «переговоры пройдут в Москве» cue=Сообщается speaker=— → —'],
  },
  {
    title: 'В заявлении X говорится, что … — whose document an agentless report cites is its speaker',
    text: 'В письме министра Ивана Петрова говорится, что сроки сорваны.',
    expected: ['indirect «сроки сорваны» cue=говорится speaker=министра Ивана Петрова → Иван Петров'],
  },
  {
    title: 'В документе говорится, что … — a document with no one named stays agentless',
    text: 'В документе говорится, что сроки сорваны.',
    expected: ['indirect «сроки сорваны» cue=говорится speaker=— → —'],
  },
  {
    title: 'Об этом говорится в заявлении X. — the document cited after the cue names the speaker',
    text: 'Переговоры продолжатся в мае. Об этом говорится в письме министра Ивана Петрова.',
    expected: ['indirect «Переговоры продолжатся в мае» cue=говорится speaker=министра Ивана Петрова → Иван Петров'],
  },
  {
    title: 'В опубликованном … докладе X говорится, что … — adjectives and a participle phrase before the document noun',
    text: 'В опубликованном в среду письме министра Ивана Петрова говорится, что сроки сорваны.',
    expected: ['indirect «сроки сорваны» cue=говорится speaker=министра Ивана Петрова → Иван Петров'],
  },
  {
    title: 'Об этом говорится в новом докладе X. — an adjective before the document noun after the cue',
    text: 'Переговоры продолжатся в мае. Об этом говорится в новом докладе министра Ивана Петрова.',
    expected: ['indirect «Переговоры продолжатся в мае» cue=говорится speaker=министра Ивана Петрова → Иван Петров'],
  },
  {
    title: 'Как сообщается на сайте X, … — a site is where a body publishes, after на',
    text: 'Как сообщается на официальном сайте министерства, сроки сорваны.',
    expected: ['indirect «сроки сорваны» cue=Как сообщается speaker=министерства → —'],
  },
  {
    title: '…, говорится в заявлении X. — an agentless report whose document closes the sentence, also with a participle after it',
    text: 'Сроки сорваны, говорится в письме министра Ивана Петрова. Цены вырастут, отмечается в докладе министра Ивана Петрова, опубликованном в среду.',
    expected: [
      'indirect «Сроки сорваны» cue=говорится speaker=министра Ивана Петрова → Иван Петров',
      'indirect «Цены вырастут» cue=отмечается speaker=министра Ивана Петрова → Иван Петров',
    ],
  },
  {
    title: '…, говорится в документе. — with no one named, agentless',
    text: 'Сроки сорваны, говорится в документе.',
    expected: ['indirect «Сроки сорваны» cue=говорится speaker=— → —'],
  },
  {
    title: 'По словам X, знакомого с …, … — a participle describing the source is not part of what it said',
    text: 'По словам экспертов, опрошенных агентством, цены вырастут.',
    expected: ['indirect «цены вырастут» cue=По словам speaker=экспертов → —'],
  },
  {
    title: 'По данным X, … — an organisation as the source',
    text: 'По данным Минздрава России, число заболевших снизилось.',
    expected: (doc) => [`indirect «число заболевших снизилось» cue=По данным speaker=Минздрава России → ${orgAt(doc, 'Минздрава')}`],
  },
  {
    title: "a report inside the author's Напомним, что …: the inner speech verb is the cue",
    text: 'Напомним, что в марте министр Иван Петров заявил, что завод закроют.',
    expected: ['indirect «завод закроют» cue=заявил speaker=министр Иван Петров → Иван Петров'],
  },
  {
    title: "X, считающий, что …, ушёл: the participle's clause ends where the subject's own verb resumes the sentence",
    text: 'Анна Петрова, считающая, что реформа провалилась, ушла в отставку.',
    expected: ['indirect «реформа провалилась» cue=считающая speaker=Анна Петрова → Анна Петрова'],
  },
  {
    title: "X, считающий, что …: a verb that does not agree with the participle is the content's own",
    text: 'Иван Петров, считающий, что реформа, начатая весной, провалилась, ушёл в отставку.',
    expected: ['indirect «реформа, начатая весной, провалилась» cue=считающий speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'X в интервью … заявил, что …: the speaker is the noun phrase up to the name, not the adjunct after it',
    text: 'Министр Иван Петров в интервью «Коммерсанту» заявил, что кризис закончился.',
    expected: ['indirect «кризис закончился» cue=заявил speaker=Министр Иван Петров → Иван Петров'],
  },
  {
    title: 'В беседе с корреспондентом РИА Новости X заявил, что …: the outlet is the genitive of the adjunct\'s noun, not the speaker',
    text: 'В беседе с корреспондентом РИА Новости министр Иван Петров заявил, что кризис закончился.',
    expected: ['indirect «кризис закончился» cue=заявил speaker=министр Иван Петров → Иван Петров'],
  },
  {
    title: 'По итогам года X заявили, что …: a genitive that may read as a nominative plural (года) is not the speaker',
    text: 'По итогам года министры заявили, что кризис закончился.',
    expected: ['indirect «кризис закончился» cue=заявили speaker=министры → —'],
  },
  {
    title: 'В среду X заявил, что …: an indeclinable body after a preposition\'s noun is the subject when no other word can be',
    text: 'В среду МВД заявило, что кризис закончился.',
    expected: ['indirect «кризис закончился» cue=заявило speaker=МВД → МВД'],
  },
  {
    title: 'X, в свою очередь, заявил, что …: a parenthetical after the subject is not part of the speaker',
    text: 'Министр Иван Петров, в свою очередь, заявил, что бюджет сбалансирован.',
    expected: ['indirect «бюджет сбалансирован» cue=заявил speaker=Министр Иван Петров → Иван Петров'],
  },
  {
    title: '…, пишет X со ссылкой на Y. — the cited source is the speaker, the outlet its channel',
    text: 'Сделка сорвалась, пишет газета со ссылкой на министра Ивана Петрова.',
    expected: ['indirect «Сделка сорвалась» cue=пишет speaker=министра Ивана Петрова → Иван Петров'],
  },
  {
    title: '…, заявил X, выступая …: what the speaker did as they spoke closes the sentence and is not the statement',
    text: 'Кризис закончился, заявил министр Иван Петров, выступая перед студентами в Москве.',
    expected: ['indirect «Кризис закончился» cue=заявил speaker=министр Иван Петров → Иван Петров'],
  },
  {
    title: '…, сообщил X, который …: a relative clause about the speaker is not the statement',
    text: 'Завод закроют, сообщил министр Иван Петров, который посетил предприятие в среду.',
    expected: ['indirect «Завод закроют» cue=сообщил speaker=министр Иван Петров → Иван Петров'],
  },
  {
    title: '…, заявил X, добавив, что …: a reporting gerund is a second report, whose speaker is the one after the verb before it',
    text: 'Кризис закончился, заявил министр Иван Петров, добавив, что цены снизятся.',
    expected: [
      'indirect «Кризис закончился» cue=заявил speaker=министр Иван Петров → Иван Петров',
      'indirect «цены снизятся» cue=добавив speaker=министр Иван Петров → Иван Петров',
    ],
  },
  {
    title: 'X выступил против …, заявив, что …: the gerund\'s speaker is the subject before the verb',
    text: 'Министр Иван Петров выступил против сделки, заявив, что она незаконна.',
    expected: ['indirect «она незаконна» cue=заявив speaker=Министр Иван Петров → Иван Петров'],
  },
  {
    title: '«…» — такое заявление сделал X. — a verb-object cue with its noun first, after a demonstrative',
    text: '«Мы не отступим» — такое заявление сделал министр Иван Петров.',
    expected: ['direct «Мы не отступим» cue=такое заявление сделал speaker=министр Иван Петров → Иван Петров'],
  },
  {
    title: 'Такое мнение высказал X. — points back at the previous sentence, as Об этом сообщил X does',
    text: 'Кризис закончится весной. Такое мнение высказал министр Иван Петров.',
    expected: ['indirect «Кризис закончится весной» cue=Такое мнение высказал speaker=министр Иван Петров → Иван Петров'],
  },
  { title: 'Такое решение принял X. — a noun that makes no verb a cue', text: 'Завод закроют весной. Такое решение принял министр Иван Петров.', expected: [] },
  {
    title: '«…», — заявил он журналистам. — a pronoun is the whole speaker phrase, not the one spoken to after it',
    text: 'Иван Петров выступил в Думе. «Мы не отступим», — заявил он журналистам.',
    expected: ['direct «Мы не отступим» cue=заявил speaker=он → Иван Петров'],
  },
  {
    title: 'В X заявили, что …: a plural cue with no subject after в and a body names that body',
    text: 'В ООН заявили, что помощь прибудет.',
    expected: (doc) => [`indirect «помощь прибудет» cue=заявили speaker=ООН → ${orgAt(doc, 'ООН')}`],
  },
  {
    title: 'В среду X заявили, что …: a time after в is no body, the subject speaks',
    text: 'В среду министры заявили, что переговоры продолжатся.',
    expected: ['indirect «переговоры продолжатся» cue=заявили speaker=министры → —'],
  },
  {
    title: 'X заявил, что …, а Y возразил, что …: two reports in one sentence, each with its own content',
    text: 'Анна Петрова сказала, что мир возможен, а Иван Сидоров возразил, что война продолжится.',
    expected: ['indirect «мир возможен» cue=сказала speaker=Анна Петрова → Анна Петрова', 'indirect «война продолжится» cue=возразил speaker=Иван Сидоров → Иван Сидоров'],
  },
  {
    title: 'X заявил, что …, а …: a joined clause with no cue of its own stays in the content',
    text: 'Иван Сидоров заявил, что рост замедлился, а инфляция снизилась.',
    expected: ['indirect «рост замедлился, а инфляция снизилась» cue=заявил speaker=Иван Сидоров → Иван Сидоров'],
  },
  {
    title: 'Об этом сообщил X. — points back at the previous sentence',
    text: 'Завод будет закрыт в декабре. Об этом сообщил Иван Петров.',
    expected: ['indirect «Завод будет закрыт в декабре» cue=сообщил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'Об этом X заявил. — the subject before the cue, the sentence before in the paragraph before',
    text: 'Завод будет закрыт в декабре.\n\nОб этом министр Иван Петров заявил, выступая в Думе.',
    expected: ['indirect «Завод будет закрыт в декабре» cue=заявил speaker=министр Иван Петров → Иван Петров'],
  },
  {
    title: 'Об этом «Интерфаксу» сообщил X. — the one told before the cue is not the speaker',
    text: 'Завод будет закрыт в декабре. Об этом «Интерфаксу» сообщил министр Иван Петров.',
    expected: ['indirect «Завод будет закрыт в декабре» cue=сообщил speaker=министр Иван Петров → Иван Петров'],
  },
  { title: 'Об этом X узнал … — a verb that is not a cue', text: 'Завод будет закрыт в декабре. Об этом министр Иван Петров узнал из газет.', expected: [] },
  {
    title: 'a quoted fragment inside an indirect report stays part of one indirect quote',
    text: 'Иван Петров заявил, что город «подвергся массированной атаке».',
    expected: ['indirect «город «подвергся массированной атаке»» cue=заявил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'заявил, что «…» — the whole clause in marks: indirect, content inside the marks',
    text: 'Иван Петров заявил, что «переговоры зашли в тупик».',
    expected: ['indirect «переговоры зашли в тупик» cue=заявил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'По словам X, «…» — direct',
    text: 'По словам Ивана Петрова, «переговоры зашли в тупик».',
    expected: ['direct «переговоры зашли в тупик» cue=По словам speaker=Ивана Петрова → Иван Петров'],
  },
  {
    title: 'как передаёт «Интерфакс», X заявил, что … — the statement is the original speaker’s, not the medium’s',
    text: 'Как передаёт «Интерфакс», Иван Петров заявил, что переговоры продолжатся.',
    expected: ['indirect «переговоры продолжатся» cue=заявил speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'a source set off by commas inside the statement: Между тем, сообщает X, …',
    text: 'Между тем, сообщает Иван Петров, число арестованных достигло 225 человек.',
    expected: ['indirect «Между тем | число арестованных достигло 225 человек» cue=сообщает speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'a date between the cue and что: заявил 9 мая, что …',
    text: 'Иван Петров заявил в Цюрихе 9 мая, что договорные матчи подрывают основы спорта.',
    expected: ['indirect «договорные матчи подрывают основы спорта» cue=заявил speaker=Иван Петров → Иван Петров'],
  },
];

/** Tenses and aspects of one cue verb, with the lemma of each form. */
const TENSES: (Case & { lemma: string })[] = [
  {
    title: 'present imperfective: заявляет',
    text: 'Иван Петров заявляет, что налоги не вырастут.',
    lemma: 'заявлять',
    expected: ['indirect «налоги не вырастут» cue=заявляет speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'future perfective: заявит',
    text: 'Иван Петров заявит, что налоги не вырастут.',
    lemma: 'заявить',
    expected: ['indirect «налоги не вырастут» cue=заявит speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'past imperfective: заявлял',
    text: 'Иван Петров заявлял, что налоги не вырастут.',
    lemma: 'заявлять',
    expected: ['indirect «налоги не вырастут» cue=заявлял speaker=Иван Петров → Иван Петров'],
  },
  {
    title: 'past feminine: заявила',
    text: 'Мария Иванова заявила, что налоги не вырастут.',
    lemma: 'заявить',
    expected: ['indirect «налоги не вырастут» cue=заявила speaker=Мария Иванова → Мария Иванова'],
  },
  {
    title: 'past plural: заявили (a group, unnamed)',
    text: 'Депутаты заявили, что налоги не вырастут.',
    lemma: 'заявить',
    expected: ['indirect «налоги не вырастут» cue=заявили speaker=Депутаты → —'],
  },
];

const NOT_QUOTES: Case[] = [
  { title: 'a name in quotation marks: движение «Солидарность»', text: 'Активисты движения «Солидарность» провели митинг в центре Москвы.', expected: [] },
  { title: 'scare quotes: так называемых «президентских выборов»', text: 'Оппозиция бойкотировала проведение так называемых «президентских выборов».', expected: [] },
  { title: 'a speech act with no reported content: призвал Казахстан помочь', text: 'Иван Петров призвал Казахстан помочь беженцам.', expected: [] },
  { title: 'a speech act with no reported content: выразил обеспокоенность', text: 'Иван Петров выразил обеспокоенность ситуацией на границе.', expected: [] },
  { title: 'a noun phrase, not a clause: заявил о поддержке', text: 'Иван Петров заявил о поддержке законопроекта.', expected: [] },
  { title: 'a quoted evaluation: назвал реформу «убийцей рабочих мест»', text: 'Иван Петров назвал реформу «убийцей рабочих мест».', expected: [] },
  { title: 'a forecast: Ожидается, что …', text: 'Ожидается, что переговоры пройдут в Москве.', expected: [] },
  { title: 'a bare что-clause with no cue', text: 'Хорошо, что переговоры всё же состоялись.', expected: [] },
  { title: 'a title in quotation marks: газета «Взгляд»', text: 'Газета «Взгляд» опубликовала интервью с министром.', expected: [] },
  { title: "the author's voice, first person plural: Напомним, что …", text: 'Напомним, что завод закрыли ещё в марте.', expected: [] },
  { title: "the author's voice, a modal and an infinitive: Стоит отметить, что …", text: 'Стоит отметить, что цены на жильё снова выросли.', expected: [] },
  { title: 'a photo credit line: Фото: РИА Новости / …', text: 'Фото: РИА Новости / Алексей Никольский, специально для издания', expected: [] },
  { title: 'a source credit line: Источник: …', text: 'Источник: пресс-служба правительства Московской области', expected: [] },
];

const ATTRIBUTION: Case[] = [
  {
    title: 'a title stands for the person named earlier: Дипломат → Алексей Бородавкин',
    text: 'Посол России в Казахстане Алексей Бородавкин прибыл в Астану. Дипломат заявил, что Россия готова к диалогу.',
    expected: ['indirect «Россия готова к диалогу» cue=заявил speaker=Дипломат → Алексей Бородавкин'],
  },
  {
    title: 'Глава государства stands for the президент named earlier',
    text: 'Президент Иван Петров провёл совещание с правительством. Глава государства заявил, что реформы будут продолжены.',
    expected: ['indirect «реформы будут продолжены» cue=заявил speaker=Глава государства → Иван Петров'],
  },
  {
    title: 'Она is the nearest woman, not the nearest person',
    text: 'Мария Иванова встретилась с Иваном Петровым. Она заявила, что соглашение будет подписано.',
    expected: ['indirect «соглашение будет подписано» cue=заявила speaker=Она → Мария Иванова'],
  },
  {
    title: 'an organisation speaks: Минобороны России заявило, что …',
    text: 'Минобороны России заявило, что учения завершены.',
    expected: (doc) => [`indirect «учения завершены» cue=заявило speaker=Минобороны России → ${orgAt(doc, 'Минобороны')}`],
  },
  {
    title: 'an unaffiliated group speaks unnamed: Эксперты считают, что …',
    text: 'Эксперты считают, что инфляция замедлится.',
    expected: ['indirect «инфляция замедлится» cue=считают speaker=Эксперты → —'],
  },
  {
    title: 'the head of a ministry written in lower case is its minister: «…», — заверил глава минздрава',
    text: 'Министр здравоохранения области Андрей Карлов поручил развернуть койки. «Ситуация под контролем», — заверил глава минздрава.',
    expected: ['direct «Ситуация под контролем» cue=заверил speaker=глава минздрава → Андрей Карлов'],
  },
  {
    title: 'the medium that cites, named in the nominative, is no part of the speaker: — цитирует министра пресс-служба ведомства',
    text: 'Министр Иван Петров выступил. «Бюджет сбалансирован», — цитирует министра пресс-служба ведомства.',
    expected: ['direct «Бюджет сбалансирован» cue=цитирует speaker=министра → Иван Петров'],
  },
  {
    title: 'a review is a document its body speaks in: «…», — говорится в обзоре банка',
    text: 'Аналитики Goldman Sachs понизили прогноз. «Спрос замедляется», — говорится в обзоре банка.',
    expected: (doc) => [`direct «Спрос замедляется» cue=говорится speaker=банка → ${orgAt(doc, 'Goldman')}`],
  },
  {
    title: 'the outlet spoken to after a body is no part of it: В Кремле ТАСС заявили, что …',
    text: 'В Кремле ТАСС заявили, что встреча не планируется.',
    expected: ['indirect «встреча не планируется» cue=заявили speaker=Кремле → Кремль'],
  },
  {
    title: 'nor a dative after the body\'s noun: В министерстве «Интерфаксу» пояснили, что …',
    text: 'В министерстве «Интерфаксу» пояснили, что проверка продолжается.',
    expected: ['indirect «проверка продолжается» cue=пояснили speaker=министерстве → —'],
  },
  {
    title: 'nor a common noun in the dative: В Кремле журналистам сообщили, что …',
    text: 'В Кремле журналистам сообщили, что встреча не планируется.',
    expected: ['indirect «встреча не планируется» cue=сообщили speaker=Кремле → Кремль'],
  },
  {
    title: 'but a name right after the body\'s noun is the body\'s: В пресс-службе РБК уточнили, что …',
    text: 'В пресс-службе РБК уточнили, что решение принято.',
    expected: (doc) => [`indirect «решение принято» cue=уточнили speaker=пресс-службе РБК → ${orgAt(doc, 'РБК')}`],
  },
  {
    title: 'an agentless report keeps its auxiliary in the cue: Было отмечено, что …',
    text: 'На совещании было отмечено, что сроки строительства сорваны.',
    expected: ['indirect «сроки строительства сорваны» cue=было отмечено speaker=— → —'],
  },
  {
    title: 'the reflexive passive of a verb-object cue names no one: Высказываются опасения, что …',
    text: 'Высказываются опасения, что урожай пострадает от засухи.',
    expected: ['indirect «урожай пострадает от засухи» cue=Высказываются опасения speaker=— → —'],
  },
  {
    title: 'and so does another verb-object cue in its passive: Выражается надежда, что …',
    text: 'В документе выражается надежда, что стороны вернутся к переговорам.',
    expected: ['indirect «стороны вернутся к переговорам» cue=выражается надежда speaker=— → —'],
  },
];

describe('direct quotes', () => run(DIRECT));

describe('indirect quotes', () => {
  run(INDIRECT);
  for (const c of TENSES) {
    it(`cue tense and aspect, ${c.title}`, async () => {
      const doc = await check(c);
      expect(doc.quotes.map((q) => q.cue?.lemma)).toEqual([c.lemma]);
    });
  }
});

describe('what is not a quote', () => run(NOT_QUOTES));

describe('attribution', () => run(ATTRIBUTION));

/** Every span of every quote is a slice of the text, non-empty, inside it. */
function spanProblems(doc: RechDocument): string[] {
  const problems: string[] = [];
  const checkSpan = (span: Span, what: string): void => {
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start < span.end && span.end <= doc.text.length)) {
      problems.push(`${what} [${span.start},${span.end}) is not a non-empty range inside the text (length ${doc.text.length})`);
    }
    if (doc.text.slice(span.start, span.end) !== span.text) problems.push(`${what} ${JSON.stringify(span.text)} is not text.slice = ${JSON.stringify(doc.text.slice(span.start, span.end))}`);
  };
  doc.quotes.forEach((q, i) => {
    q.content.forEach((piece, j) => checkSpan(piece, `quotes[${i}].content[${j}]`));
    if (q.cue) checkSpan(q.cue, `quotes[${i}].cue`);
    if (q.speaker) checkSpan(q.speaker, `quotes[${i}].speaker`);
  });
  return problems;
}

describe('robustness', () => {
  it('an unclosed « does not make a quote swallow the following paragraphs', async () => {
    for (const text of [
      'Иван Петров сказал: «Текст без конца.\nВторой абзац продолжает новость. Мария Иванова заявила, что завод закроют.\nТретий абзац без кавычек.',
      'Иван Петров сказал: "Текст без конца.\nВторой абзац продолжает новость.\nТретий абзац без кавычек.',
      '«Текст без конца. Второе предложение.\nВторой абзац…\nТретий абзац.',
    ]) {
      const doc = await analyze(text);
      // No content piece runs over a line break, i.e. past the end of its paragraph.
      const swallowing = doc.quotes.flatMap((q) => q.content).filter((piece) => text.slice(piece.start, piece.end).includes('\n'));
      expect(swallowing.map((piece) => piece.text), `in ${JSON.stringify(text)}`).toEqual([]);
      // Nor does a quote gather pieces from several paragraphs: no paragraph here continues a quote.
      const paragraphOf = (offset: number): number => text.slice(0, offset).split('\n').length - 1;
      const spread = doc.quotes.filter((q) => new Set(q.content.map((piece) => paragraphOf(piece.start))).size > 1).map(show);
      expect(spread, `in ${JSON.stringify(text)}`).toEqual([]);
      expect(spanProblems(doc)).toEqual([]);
    }
  });

  it('2 000 dashes or quotation marks in a row do not throw', async () => {
    for (const text of ['—'.repeat(2000), '– '.repeat(2000), '-'.repeat(2000), '«'.repeat(2000), '»'.repeat(2000), '"'.repeat(2000), "'".repeat(2000), '«» '.repeat(2000), '— «'.repeat(2000), `Иван Петров заявил: ${'«'.repeat(2000)}`]) {
      const doc = await analyze(text);
      expect(spanProblems(doc), JSON.stringify(text.slice(0, 12))).toEqual([]);
    }
  });

  it('every quote span of every case above is a slice of its text and lies inside it', async () => {
    const problems: string[] = [];
    for (const c of [...DIRECT, ...INDIRECT, ...TENSES, ...NOT_QUOTES, ...ATTRIBUTION]) {
      const doc = await analyze(c.text);
      problems.push(...spanProblems(doc).map((p) => `${c.title}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
});
