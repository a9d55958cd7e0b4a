/**
 * A probe of the entity errors that the article probe of quotes (tests/quotes/articles-held-out.test.ts) showed, on
 * other news sentences written for this file, not taken from any corpus: a title's owner in the genitive before the
 * person's own name, a ministry word after a word that is no adjective of it, and an adjective of a place opening a
 * longer description that is no entity. Each expected line is written by hand from the Russian text, following
 * factRuEval's conventions (../shared/specs/evaluation.md, docs/entities.md): `TYPE span → normal`, in text order.
 */
import { shown } from '../support/mentions.js';
import { probeKinds } from '../support/probe.js';

probeKinds(
  {
    'a title’s owner in the genitive, then the person’s own first name and surname (namePartsAgree)': [
      { text: 'Адвокат бизнесмена Кравцова Олег Сумин обжаловал арест.', expected: ['PER Кравцова → Кравцов', 'PER Олег Сумин → Олег Сумин'] },
      { text: 'Помощница Ларионовой Марина Зотова отказалась от комментариев.', expected: ['PER Ларионовой → Ларионова', 'PER Марина Зотова → Марина Зотова'] },
    ],
    'a ministry word after a word that is no adjective of it': [
      { text: 'По данным ведомства, пострадавших нет.', expected: [] },
      { text: 'По данным министерства, пострадавших нет.', expected: [] },
    ],
    'a place adjective opening a description that is no entity (adjectiveBeforeNoun)': [
      { text: 'Гран-при Берлинского международного кинофестиваля получил фильм из Ирана.', expected: ['LOC Ирана → Иран'] },
      { text: 'Участники Казанского городского шахматного турнира собрались в зале.', expected: [] },
    ],
  },
  shown,
);
