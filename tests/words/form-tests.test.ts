/**
 * The tests of a word's form alone are made once, when the rules are built: each takes a place among every form's
 * remembered answers, so a test made anew at each call would grow every form with each document, and a long batch
 * would run out of memory.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { formTestCount } from '../../src/words/word.js';

const seeds = ['000_4a3131ec37a1ee70', '001_78ac929fa1834338'].map((name) => readFileSync(new URL(`../../fixtures/${name}.txt`, import.meta.url), 'utf8'));
// Complements of a body after prepositions (`по`, `при`, `имени`), whose parse once built its tests at each call.
const bodies = 'Комитет Совета Федерации по международным делам провел заседание. Совет при Президенте России по развитию гражданского общества и правам человека собрался в Кремле. Театр имени Маяковского открыл сезон.';
// Names after a title and its complement, regnal numbers, streets, places and roles: the other grammars' checks.
const people = 'Мэр Лондона Садик Хан встретился с королевой Елизаветой II на улице Горького. Депутаты Госдумы Иван Иванов и Петр Сидоров, возглавляющий «Роснефть», заявили, что Яндекс.Деньги работают.';

it('makes no new test of a form while analysing documents', async () => {
  for (const text of [...seeds, bodies, people]) await analyze(text);
  const built = formTestCount();
  for (const text of [...seeds, bodies, bodies.replaceAll('России', 'Франции'), people.replaceAll('Хан', 'Ханом')]) await analyze(text);
  expect(formTestCount()).toBe(built);
});
