/**
 * A post held at an organisation the text named bare, then referred back to by the kind noun of its group in the
 * gazetteer (rule `kind of a listed organisation`, roles.json `listedOrganisationKinds`): a state body as `ведомство`, a
 * company as `компания`, a party as `партия`. Sentences written for this test; each expected role worked out by hand,
 * as `who | title | normal | of`. Also: a field after `по` whose noun may read as a title's runs on to it.
 */
import { probeKinds, type Case } from '../support/probe.js';
import { roles } from '../support/roles.js';

const kinds: Record<string, Case[]> = {
  'a bare kind noun after a title refers back to the listed organisation of that kind': [
    {
      text: 'По оценке Росавиации, пассажиропоток вырастет. Глава ведомства Дмитрий Ядров сообщил, что отрасль получит новые самолеты.',
      expected: ['Дмитрий Ядров | Глава ведомства | Глава ведомства | Росавиация'],
    },
    {
      text: '«Аэрофлот» в ноябре перевез 4 млн пассажиров. Генеральный директор компании Сергей Александровский доволен итогами.',
      expected: ['Сергей Александровский | Генеральный директор компании | Генеральный директор компании | Аэрофлот'],
    },
    {
      text: '«Яблоко» выдвинуло кандидатов в Мосгордуму. Лидер партии Николай Рыбаков представил список.',
      expected: ['Николай Рыбаков | Лидер партии | Лидер партии | Яблоко'],
    },
  ],
};

/** A field after `по` whose noun may also read as a title (`политике`: `политик`'s locative) runs on to it (rule part `field over a title`). */
const fields: Record<string, Case[]> = {
  'a field after по whose noun may also be a title\'s': [
    {
      text: 'Председатель комитета по бюджетно-финансовой политике Мария Голованова подчеркнула рост социальных расходов.',
      expected: ['Мария Голованова | Председатель комитета по бюджетно-финансовой политике | Председатель комитета по бюджетно-финансовой политике | —'],
    },
    {
      text: 'Помощник президента по экономической политике Иван Соколов выступил на форуме.',
      expected: ['Иван Соколов | Помощник президента по экономической политике | Помощник президента по экономической политике | —'],
    },
  ],
};

probeKinds(kinds, roles);
probeKinds(fields, roles);
