/**
 * A tenth probe of who said what, on sentences written for it. Where a reported clause ends when the speaker's own
 * sentence goes on after it (rule `speaker resumes`): after `, но` or
 * `, однако` a past verb with no subject of its own that agrees with the cue, and not with the report's own past verbs,
 * is the speaker's (`заявил, что Париж продолжит помощь, однако отказался назвать суммы`); a verb that agrees with the
 * report's subject as well stays in the report. Sentences written for this test; each expected line worked out by hand
 * from the text and ../shared/specs/quotes.md: `kind «content» speaker=… → name`. Also: a Latin name after a
 * preposition's object is that object's, not the speaker after the verb.
 */
import { probeKinds, type Case } from '../support/probe.js';
import { quotes } from '../support/quotes.js';

const kinds: Record<string, Case[]> = {
  'the speaker\'s next verb after the report is no part of it': [
    {
      text: 'Министр иностранных дел Франции Жан-Ноэль Барро заявил, что Париж продолжит военную помощь Киеву, однако отказался назвать конкретные суммы.',
      expected: ['indirect «Париж продолжит военную помощь Киеву» speaker=Министр иностранных дел Франции Жан-Ноэль Барро → Жан-Ноэль Барро'],
    },
    {
      text: 'Глава Минфина Антон Силуанов сообщил, что дефицит бюджета сократится, но не назвал сроков.',
      expected: ['indirect «дефицит бюджета сократится» speaker=Глава Минфина Антон Силуанов → Антон Силуанов'],
    },
    {
      text: 'Губернатор Мария Петрова заявила, что цены на проезд выросли, но отказалась назвать причины.',
      expected: ['indirect «цены на проезд выросли» speaker=Губернатор Мария Петрова → Мария Петрова'],
    },
  ],
  'a verb that agrees with the report\'s subject too stays in the report': [
    {
      text: 'Директор Иван Смирнов сообщил, что завод закрылся, но вскоре открылся снова.',
      expected: ['indirect «завод закрылся, но вскоре открылся снова» speaker=Директор Иван Смирнов → Иван Смирнов'],
    },
    {
      text: 'Директор Иван Смирнов сообщил, что завод закроется, но откроется снова весной.',
      expected: ['indirect «завод закроется, но откроется снова весной» speaker=Директор Иван Смирнов → Иван Смирнов'],
    },
  ],
};

/** A Latin name right after a preposition's object is the object's (`в соцсети X`: the network), no subject after the verb (rule `name of the object`). */
const objectNames: Record<string, Case[]> = {
  'a Latin name after the object of a preposition is the object\'s, not the speaker': [
    {
      text: 'Министр иностранных дел Индии Субраманьям Джайшанкар, в свою очередь, написал в соцсети X, что разговор был продуктивным.',
      expected: ['indirect «разговор был продуктивным» speaker=Министр иностранных дел Индии Субраманьям Джайшанкар → Субраманьям Джайшанкар'],
    },
    {
      text: 'Как написал в соцсети X министр финансов Антон Силуанов, бюджет будет исполнен.',
      expected: ['indirect «бюджет будет исполнен» speaker=министр финансов Антон Силуанов → Антон Силуанов'],
    },
  ],
};

probeKinds(kinds, quotes);
probeKinds(objectNames, quotes);

/**
 * A body named by its short name is referred back to by the kind its name's prefix or ending gives (rule `shapeKind`,
 * body-shapes.json `kinds`): `Мосгорсуд` … `пресс-служба суда`, `Мосгоризбирком` … `в комиссии`, `Минпромторг` … `в министерстве`.
 */
probeKinds({
  'a body named by its short name, referred back to by its kind': [
    {
      text: 'Мосгорсуд оставил в силе приговор бывшему чиновнику. Об этом сообщила пресс-служба суда.',
      expected: ['indirect «Мосгорсуд оставил в силе приговор бывшему чиновнику» speaker=пресс-служба суда → Мосгорсуд'],
    },
    {
      text: 'Мосгоризбирком зарегистрировал кандидатов. В комиссии сообщили, что жалоб не поступало.',
      expected: ['indirect «жалоб не поступало» speaker=комиссии → Мосгоризбирком'],
    },
    {
      text: 'Минпромторг подготовил законопроект. В министерстве заявили, что документ внесут в правительство до конца года.',
      expected: ['indirect «документ внесут в правительство до конца года» speaker=министерстве → Минпромторг'],
    },
  ],
}, quotes);

/**
 * A body's top post named by its own title after the text named its holder the body's head (`глава`), at the same body
 * (cues.json roleHypernyms, the other way round): `Председатель ЦБ` for the `глава Банка России` named before.
 */
probeKinds({
  'a top post\'s title for the head of the same body named before': [
    {
      text: 'Глава Банка России Эльвира Набиуллина выступила на форуме. Председатель ЦБ напомнила, что ставка останется высокой.',
      expected: ['indirect «ставка останется высокой» speaker=Председатель ЦБ → Эльвира Набиуллина'],
    },
    {
      text: 'Глава Сбербанка Герман Греф выступил на форуме. Президент банка заявил, что ставки по вкладам снизятся.',
      expected: ['indirect «ставки по вкладам снизятся» speaker=Президент банка → Герман Греф'],
    },
  ],
}, quotes);

/** A document whose issuer is the agent of a passive participle after it (rule `documentAgent`). */
probeKinds({
  'the agent of a document\'s passive participle issued it': [
    {
      text: 'Стороны обсудили сотрудничество в области энергетики. Об этом говорится в заявлении, распространенном Государственным департаментом.',
      expected: ['indirect «Стороны обсудили сотрудничество в области энергетики» speaker=Государственным департаментом → Государственный департамент'],
    },
    {
      text: 'Рост мировой экономики замедлится до 2,4%. Об этом говорится в докладе, опубликованном в среду Всемирным банком.',
      expected: ['indirect «Рост мировой экономики замедлится до 2,4%» speaker=Всемирным банком → Всемирный банк'],
    },
  ],
}, quotes);

/** A numeral and its noun after a plural verb are its subject; the outlet before the verb is the one told (rule `counted subject`). */
probeKinds({
  'a counted subject after a plural verb, the outlet before it told': [
    {
      text: 'Сделка по продаже завода закрыта. Об этом РБК рассказали два источника.',
      expected: ['indirect «Сделка по продаже завода закрыта» speaker=два источника → —'],
    },
    {
      text: 'Сделка по продаже завода закрыта. Об этом сообщили несколько источников в правительстве.',
      expected: ['indirect «Сделка по продаже завода закрыта» speaker=несколько источников в правительстве → —'],
    },
  ],
}, quotes);
