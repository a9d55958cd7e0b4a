/**
 * `npm run eval [-- options]`: the quality figures on the development data,
 * by the protocol in ../shared/specs/evaluation.md.
 *
 * - `--only segmentation|entities|quotes`: run one part only (entities run `analyze` on every document,
 *   quotes on the documents listed in quotes-dev.ids, scored against quotes-dev.jsonl by quotes.md);
 * - `--doc ID`: only the factRuEval document ID (`book_58`); the razdel token cases are then skipped;
 * - `--errors`: list the errors for reading, at most `--limit N` (default 60) per group
 *   (quotes: missed, spurious, wrong speaker name, wrong cue);
 * - `--type PER|LOC|ORG`: list only the entity errors of that type.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/index.js';
import { CORPORA, hasCorpora, readFactRu, readRazdelCases } from './eval/corpora.js';
import { evaluateSegmentation, evaluateTokenCases, type Score } from './eval/segmentation.js';
import { ENTITY_TYPES, PUBLISHED_TOKEN_F1, evaluateEntities, goldEntitySpans, type EntityError, type EntityType } from './eval/entities.js';
import { QUOTE_BARS, QUOTE_KINDS, readQuoteGold, scoreQuotes, type QuoteCase, type QuoteError, type QuoteView } from './eval/quotes.js';

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
const PARTS = ['segmentation', 'entities', 'quotes'] as const;
type Part = (typeof PARTS)[number];
if (values.only !== undefined && !(PARTS as readonly string[]).includes(values.only)) {
  fail(`--only must be segmentation, entities or quotes, not ${values.only}`);
}
if (values.type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(values.type)) fail(`--type must be PER, LOC or ORG, not ${values.type}`);
const run = (part: Part): boolean => values.only === undefined || values.only === part;

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

if (run('quotes')) {
  if (run('segmentation') || run('entities')) console.log();
  const goldByDoc = readQuoteGold();
  // A listed document without its text would silently drop its gold quotes from recall.
  const missing = values.doc === undefined ? [...goldByDoc.keys()].filter((id) => !docs.some((doc) => doc.id === id)) : [];
  if (missing.length > 0) fail(`quotes-dev.ids lists documents not in factru-dev: ${missing.join(', ')}`);
  const quoteDocs = docs.filter((doc) => goldByDoc.has(doc.id));
  console.log('# Quotes (factRuEval dev, quotes-dev.jsonl, protocol in quotes.md)');
  const began = performance.now();
  const cases: QuoteCase[] = [];
  for (const doc of quoteDocs) {
    const analysed = await analyze(doc.text);
    cases.push({
      id: doc.id, text: doc.text, gold: goldByDoc.get(doc.id)!, predicted: analysed.quotes,
      sentences: analysed.sentences, tokens: analysed.tokens,
    });
  }
  const seconds = (performance.now() - began) / 1000;
  const figures = scoreQuotes(cases);
  const { quotes, tokens, sentences, attribution } = figures;
  const kindCount = QUOTE_KINDS.map((kind) => `${quotes[kind].gold} ${kind}`).join(', ');
  console.log(`${quoteDocs.length} documents${values.doc !== undefined && quoteDocs.length === 0 ? ` (${values.doc} is not in quotes-dev.ids)` : ''}; gold quotes ${quotes.all.gold} (${kindCount}), predicted ${quotes.all.predicted}`);

  const cell = (x: number): string => x.toFixed(3).padStart(8);
  const bar = (value: number, min: number, shown: string): string => `   bar ${shown} ${value >= min ? 'met' : 'below'}`;
  const header = (name: string): string => `${name.padEnd(10)}${['P', 'R', 'F1'].map((h) => h.padStart(8)).join('')}`;
  console.log(`\n${header('quotes')}`);
  for (const kind of [...QUOTE_KINDS, 'all'] as const) {
    const q = quotes[kind];
    const counts = `   (${q.right} of ${q.predicted} predicted right, ${q.found} of ${q.gold} gold found)`.padEnd(54);
    console.log(`${kind.padEnd(10)}${cell(q.precision)}${cell(q.recall)}${cell(q.f1)}${counts}${kind === 'all' ? bar(q.f1, QUOTE_BARS.quotes, `F1 ≥ ${QUOTE_BARS.quotes}`) : ''}`.trimEnd());
  }
  console.log(`\n${header('tokens')}`);
  const scoreRow = (name: string, s: Score, min: number): string =>
    `${name.padEnd(10)}${cell(s.precision)}${cell(s.recall)}${cell(s.f1)}${`   (${s.truePositives} of ${s.predicted} predicted, ${s.gold} gold)`.padEnd(54)}${bar(s.f1, min, `F1 ≥ ${min}`)}`;
  console.log(scoreRow('content', tokens.content, QUOTE_BARS.content));
  console.log(scoreRow('cue', tokens.cue, QUOTE_BARS.cue));
  console.log(scoreRow('speaker', tokens.speaker, QUOTE_BARS.speaker));
  console.log(scoreRow('sentences', sentences, QUOTE_BARS.sentences));

  console.log(`\nattribution, among ${attribution.matched} gold quotes found:`);
  const shareRow = (name: string, s: { agreed: number; total: number; share: number }, of: string, min?: number): string =>
    `${name.padEnd(22)}${percent(s.share).padStart(9)}   (${s.agreed} of ${s.total}${of})` +
    (min === undefined ? '' : bar(s.share, min, `≥ ${100 * min} %`));
  console.log(shareRow('speaker name right', attribution.speakerName, '', QUOTE_BARS.speakerName));
  console.log(shareRow('speaker span overlaps', attribution.speakerSpan, ' with a gold speaker span'));
  console.log(shareRow('cue overlaps', attribution.cue, ' with a gold cue'));
  console.log(shareRow('kind right', attribution.kind, ''));
  console.log(`quotes eval took ${seconds.toFixed(1)} s (analyze on ${quoteDocs.length} documents)`);

  if (values.errors) {
    const quoted = (s: string | null): string => (s === null ? '—' : `«${s.replace(/\s+/g, ' ')}»`);
    const view = (v: QuoteView): string => `${v.kind} @${v.start} ${quoted(v.text)}   speaker ${quoted(v.speaker)} cue ${quoted(v.cue)}`;
    const groups: [QuoteError['group'], string, (e: QuoteError) => string][] = [
      ['missed', 'missed gold quotes', (e) => view(e.gold!)],
      ['spurious', 'spurious predicted quotes', (e) => view(e.predicted!)],
      ['speaker-name', 'wrong speaker name', (e) => `gold ${quoted(e.gold!.name)} predicted ${quoted(e.predicted!.name)}   gold ${view(e.gold!)}   predicted speaker ${quoted(e.predicted!.speaker)}`],
      ['cue', 'wrong cue', (e) => `gold ${quoted(e.gold!.cue)} predicted ${quoted(e.predicted!.cue)}   gold ${view(e.gold!)}`],
    ];
    for (const [group, title, show] of groups) {
      const errors = figures.errors.filter((e) => e.group === group);
      if (errors.length === 0) continue;
      console.log(`\n## Quotes: ${title} (${errors.length}${errors.length > limit ? `, first ${limit}` : ''})`);
      for (const e of errors.slice(0, limit)) console.log(`  ${e.doc} ${show(e)}`);
    }
  }
}
