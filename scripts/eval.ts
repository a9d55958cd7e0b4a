/**
 * `npm run eval [-- options]`: the quality figures on the development data,
 * by the protocol in ../shared/specs/evaluation.md.
 *
 * - `--only segmentation|entities`: run one part only (entities run `analyze` on every document);
 * - `--doc ID`: only the factRuEval document ID (`book_58`); the razdel token cases are then skipped;
 * - `--errors`: list the errors for reading, at most `--limit N` (default 60) per group;
 * - `--type PER|LOC|ORG`: list only the entity errors of that type.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/index.js';
import { CORPORA, hasCorpora, readFactRu, readRazdelCases } from './eval/corpora.js';
import { evaluateSegmentation, evaluateTokenCases, type Score } from './eval/segmentation.js';
import { ENTITY_TYPES, PUBLISHED_TOKEN_F1, evaluateEntities, goldEntitySpans, type EntityError, type EntityType } from './eval/entities.js';

const { values } = parseArgs({
  options: {
    errors: { type: 'boolean', default: false },
    limit: { type: 'string', default: '60' },
    only: { type: 'string' },
    type: { type: 'string' },
    doc: { type: 'string' },
  },
});
const limit = Number(values.limit);
const fail = (message: string): never => {
  console.error(`rech eval: ${message}`);
  process.exit(2);
};
if (!Number.isInteger(limit) || limit < 0) fail(`--limit must be a whole number, not ${values.limit}`);
if (values.only !== undefined && values.only !== 'segmentation' && values.only !== 'entities') {
  fail(`--only must be segmentation or entities, not ${values.only}`);
}
if (values.type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(values.type)) fail(`--type must be PER, LOC or ORG, not ${values.type}`);
const run = (part: 'segmentation' | 'entities'): boolean => values.only === undefined || values.only === part;

if (!hasCorpora()) fail(`no corpora at ${CORPORA} (set RECH_SHARED to the shared folder)`);

const percent = (x: number): string => (100 * x).toFixed(2) + ' %';
const f = (x: number): string => x.toFixed(4);
const line = (name: string, s: Score): string =>
  `${name.padEnd(34)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   (${s.truePositives} of ${s.predicted} predicted, ${s.gold} gold)`;

const docs = readFactRu().filter((doc) => values.doc === undefined || doc.id === values.doc);
if (docs.length === 0) fail(`no factRuEval document ${values.doc}`);

if (run('segmentation')) {
  const cases = values.doc === undefined ? evaluateTokenCases(readRazdelCases()) : null;
  console.log('# Segmentation');
  if (cases) console.log(`${'razdel token cases passed'.padEnd(34)} ${percent(cases.passed / cases.total)}   (${cases.passed} of ${cases.total})`);
  const segmentation = evaluateSegmentation(docs);
  console.log(line('factRuEval sentences', segmentation.sentences));
  console.log(line('factRuEval sentences, attr. merged', segmentation.sentencesMerged));
  console.log(line('factRuEval tokens', segmentation.tokens));

  if (values.errors) {
    if (cases) {
      console.log('\n## Token cases that fail');
      for (const failure of cases.failures.slice(0, limit)) {
        console.log(`  ${failure.expected.join('|')}   got ${failure.got.join('|')}`);
      }
    }
    console.log('\n## Sentence errors (against gold with attributions merged)');
    for (const error of segmentation.sentenceErrors.slice(0, limit)) console.log(`  ${error.kind.padEnd(6)} ${error.doc}: ${error.text}`);
    console.log('\n## Token errors on factRuEval');
    for (const error of segmentation.tokenErrors.slice(0, limit)) console.log(`  ${error.kind.padEnd(6)} ${error.doc}: ${error.text}   …${error.context}…`);
  }
}

if (run('entities')) {
  if (run('segmentation')) console.log();
  console.log('# Named entities (factRuEval dev, naeval protocol)');
  const began = performance.now();
  const entities = await evaluateEntities(docs, async (doc) => (await analyze(doc.text)).entities.flatMap((entity) => entity.mentions));
  const seconds = (performance.now() - began) / 1000;
  const gold = docs.flatMap((doc) => goldEntitySpans(doc));
  const goldCount = (type: EntityType): number => gold.filter((span) => span.type === type).length;
  console.log(`${docs.length} documents; gold spans ${ENTITY_TYPES.map((type) => `${type} ${goldCount(type)}`).join(', ')}`);
  const published = (system: string): (typeof PUBLISHED_TOKEN_F1)[number] => PUBLISHED_TOKEN_F1.find((row) => row.system === system)!;
  const slovnet = published('slovnet');
  const pullenti = published('pullenti');
  const cell = (x: number | null | undefined): string => (x == null ? '—' : x.toFixed(3)).padStart(8);
  console.log(`\n${''.padEnd(6)}${'  tokens'.padEnd(24, ' ')}   ${'  strict spans'.padEnd(24)}   published token F1`);
  console.log(`${'type'.padEnd(6)}${['P', 'R', 'F1'].map((h) => h.padStart(8)).join('')}   ${['P', 'R', 'F1'].map((h) => h.padStart(8)).join('')}   ${'slovnet'.padStart(8)}${'pullenti'.padStart(9)}`);
  const row = (name: string, tokens: Score, spans: Score, compare: [number | null, number | null] | null): string =>
    `${name.padEnd(6)}${cell(tokens.precision)}${cell(tokens.recall)}${cell(tokens.f1)}   ${cell(spans.precision)}${cell(spans.recall)}${cell(spans.f1)}` +
    (compare ? `   ${cell(compare[0])}${cell(compare[1]).padStart(9)}` : '');
  for (const type of ENTITY_TYPES) {
    const { tokens, spans } = entities.byType[type];
    console.log(row(type, tokens, spans, [slovnet[type], pullenti[type]]));
  }
  console.log(row('micro', entities.micro.tokens, entities.micro.spans, null));
  const { tokens: t, spans: s } = entities.micro;
  console.log(`\ntokens: ${t.truePositives} of ${t.predicted} predicted, ${t.gold} gold; spans: ${s.truePositives} of ${s.predicted} predicted, ${s.gold} gold`);
  console.log(`entities eval took ${seconds.toFixed(1)} s (analyze on ${docs.length} documents, ${(docs.reduce((n, doc) => n + doc.text.length, 0) / 1000).toFixed(0)} K characters)`);

  if (values.errors) {
    const types = values.type === undefined ? ENTITY_TYPES : [values.type as EntityType];
    const groups: [EntityError['side'], EntityError['kind'][], string][] = [
      ['false-positive', ['wrong-type', 'boundary', 'spurious'], 'false positives'],
      ['miss', ['wrong-type', 'boundary', 'missed'], 'misses'],
    ];
    for (const type of types) {
      for (const [side, kinds, title] of groups) {
        for (const kind of kinds) {
          const errors = entities.errors.filter((e) => e.type === type && e.side === side && e.kind === kind);
          if (errors.length === 0) continue;
          const other = side === 'miss' ? 'predicted' : 'gold';
          console.log(`\n## ${type} ${title}, ${kind} (${errors.length}${errors.length > limit ? `, first ${limit}` : ''})`);
          for (const e of errors.slice(0, limit)) {
            const alternative = e.alternative ? `   ${other} ${e.alternative}` : '';
            console.log(`  ${e.doc}: «${e.text}»${alternative}   …${e.context}…`);
          }
        }
      }
    }
  }
}
