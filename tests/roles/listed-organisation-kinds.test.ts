/**
 * A post held at an organisation the text named bare, then referred back to by the kind noun of its group in the
 * gazetteer (rule `kind of a listed organisation`, roles.json `listedOrganisationKinds`): a state body as `ведомство`, a
 * company as `компания`, a party as `партия`. Sentences written for this test; each expected role worked out by hand,
 * as `who | title | normal | of`.
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

probeKinds(kinds, roles);
