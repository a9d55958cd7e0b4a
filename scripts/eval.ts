/**
 * `npm run eval [-- --errors] [-- --only tokens|sentences]`: the quality figures on the development data,
 * by the protocol in ../shared/specs/evaluation.md.
 */
import { parseArgs } from 'node:util';
import { CORPORA, hasCorpora, readFactRu, readRazdelCases } from './eval/corpora.js';
import { evaluateSegmentation, evaluateTokenCases, type Score } from './eval/segmentation.js';

const { values } = parseArgs({
  options: {
    errors: { type: 'boolean', default: false },
    limit: { type: 'string', default: '60' },
  },
});
const limit = Number(values.limit);

if (!hasCorpora()) {
  console.error(`rech eval: no corpora at ${CORPORA} (set RECH_SHARED to the shared folder)`);
  process.exit(2);
}

const percent = (x: number): string => (100 * x).toFixed(2) + ' %';
const f = (x: number): string => x.toFixed(4);
const line = (name: string, s: Score): string =>
  `${name.padEnd(34)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   (${s.truePositives} of ${s.predicted} predicted, ${s.gold} gold)`;

const cases = evaluateTokenCases(readRazdelCases());
console.log('# Segmentation');
console.log(`${'razdel token cases passed'.padEnd(34)} ${percent(cases.passed / cases.total)}   (${cases.passed} of ${cases.total})`);
const segmentation = evaluateSegmentation(readFactRu());
console.log(line('factRuEval sentences', segmentation.sentences));
console.log(line('factRuEval sentences, attr. merged', segmentation.sentencesMerged));
console.log(line('factRuEval tokens', segmentation.tokens));

if (values.errors) {
  console.log('\n## Token cases that fail');
  for (const failure of cases.failures.slice(0, limit)) {
    console.log(`  ${failure.expected.join('|')}   got ${failure.got.join('|')}`);
  }
  console.log('\n## Sentence errors (against gold with attributions merged)');
  for (const error of segmentation.sentenceErrors.slice(0, limit)) console.log(`  ${error.kind.padEnd(6)} ${error.doc}: ${error.text}`);
  console.log('\n## Token errors on factRuEval');
  for (const error of segmentation.tokenErrors.slice(0, limit)) console.log(`  ${error.kind.padEnd(6)} ${error.doc}: ${error.text}   …${error.context}…`);
}
