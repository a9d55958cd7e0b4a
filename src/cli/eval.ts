/**
 * `rech eval`: the quality figures on the development corpora, as docs/evaluation.md
 * reports them (`npm run eval` runs it from the repository).
 *
 * - `--only segmentation|entities|quotes`: run one part only (entities run `analyze` on every document,
 *   quotes on the documents listed in quotes-dev.ids, scored against quotes-dev.jsonl by quotes.md);
 * - `--doc ID`: only the factRuEval document ID (`book_58`); the razdel token cases are then skipped;
 * - `--half A|B`: only one fixed half of the factRuEval documents (`devHalf` in ../eval/corpora.ts):
 *   A, the even ids, where errors are read, or B, the odd ids, held back and only reported.
 *   Without it the main figures are printed for each half as well, in a block at the end;
 * - `--errors`: list the errors for reading, at most `--limit N` (default 60) per group
 *   (quotes: missed, spurious, wrong speaker name, wrong cue); of half A's documents only, so with `--half A`
 *   (or `--doc` of an even id): half B's errors are never listed, only counted by kind;
 * - `--type PER|LOC|ORG`: list only the entity errors of that type;
 * - `--corpora DIR`: the corpora folder, by default the first found of `$RECH_SHARED/corpora`,
 *   `../shared/corpora` from the working directory, and `../shared/corpora` beside the package.
 *
 * The scorers are in `../eval/`; this module prints their figures. It is not part of the library's API.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { analyze, type RechDocument } from '../index.js';
import { DEV_HALVES, corporaCandidates, devHalf, findCorpora, readFactRu, readRazdelCases, type DevHalf, type FactRuDocument } from '../eval/corpora.js';
import { evaluateSegmentation, evaluateTokenCases, type Score } from '../eval/segmentation.js';
import { ENTITY_TYPES, PUBLISHED_TOKEN_F1, evaluateEntities, goldEntitySpans, type EntityError, type EntityType } from '../eval/entities.js';
import { NAME_PARTS, scoreNames } from '../eval/names.js';
import { scoreOccupations, type OccupationError } from '../eval/occupations.js';
import { QUOTE_BARS, QUOTE_KINDS, readQuoteGold, scoreQuotes, speakerNameErrorKind, type QuoteCase, type QuoteError, type QuoteView } from '../eval/quotes.js';
import { EXIT_OK, FileError, UsageError, reason } from './errors.js';
import type { CliIO } from './io.js';

/** The options of `rech eval`, as given on the command line. */
export interface EvalArguments {
  only?: string;
  errors: boolean;
  limit?: string;
  doc?: string;
  half?: string;
  type?: string;
  corpora?: string;
}

const PARTS = ['segmentation', 'entities', 'quotes'] as const;
type Part = (typeof PARTS)[number];

/** What every part of the report reads: the documents, the options, where the corpora are, and where to print. */
interface Report {
  docs: FactRuDocument[];
  corpora: string;
  args: EvalArguments;
  limit: number;
  print: (line?: string) => void;
  /** The analysis of a document, made once and shared by the parts. */
  analysed: (doc: FactRuDocument) => Promise<RechDocument>;
  /** The halves the documents fall in, in order. */
  halves: DevHalf[];
  /** The figures of each half, added by the parts and printed in one block at the end. */
  halfRows: HalfRow[];
  /** Counts of errors by kind in each half, printed after the block of figures: a held-back half is read by counts only. */
  kindRows: HalfRow[];
}

/** A line of the block of figures by half: a name and the figure of each half. */
interface HalfRow {
  name: string;
  values: Partial<Record<DevHalf, string>>;
}

/** Runs `rech eval`: checks the options, finds the corpora, and prints the figures of each part asked for. */
export async function evalCommand(args: EvalArguments, io: Pick<CliIO, 'stdout'>): Promise<number> {
  const limitText = args.limit ?? '60';
  if (!/^\d+$/.test(limitText)) throw new UsageError(`--limit must be a whole number such as 20, not '${limitText}'`);
  const limit = Number(limitText);
  if (args.only !== undefined && !(PARTS as readonly string[]).includes(args.only)) {
    throw new UsageError(`--only must be segmentation, entities or quotes, not '${args.only}'`);
  }
  if (args.type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(args.type)) {
    throw new UsageError(`--type must be PER, LOC or ORG, not '${args.type}'`);
  }
  const corpora = args.corpora === undefined ? findCorpora() : resolve(args.corpora);
  if (corpora === undefined || !existsSync(corpora)) {
    const looked = corpora === undefined ? corporaCandidates().join(', ') : corpora;
    throw new UsageError(`no corpora folder at ${looked} (give --corpora DIR, or set RECH_SHARED to the folder that holds corpora/)`);
  }
  if (args.half !== undefined && !(DEV_HALVES as readonly string[]).includes(args.half)) {
    throw new UsageError(`--half must be A (even document ids) or B (odd ids), not '${args.half}'`);
  }
  const docs = read(corpora, readFactRu)
    .filter((doc) => args.doc === undefined || doc.id === args.doc)
    .filter((doc) => args.half === undefined || devHalf(doc.id) === args.half);
  if (docs.length === 0) throw new UsageError(args.doc === undefined ? `no factRuEval document in half ${args.half}` : `no factRuEval document '${args.doc}'${args.half === undefined ? '' : ` in half ${args.half}`}`);
  // Errors are read on half A only: a held-back document's errors would fit the rules to it (counts by kind are printed instead).
  if (args.errors && docs.some((doc) => devHalf(doc.id) === 'B')) {
    throw new UsageError('--errors lists the errors of half A only (half B is held back: its errors are counted by kind at the end of a run without --errors); add --half A');
  }

  const cache = new Map<string, Promise<RechDocument>>();
  const analysed = (doc: FactRuDocument): Promise<RechDocument> => {
    if (!cache.has(doc.id)) cache.set(doc.id, analyze(doc.text));
    return cache.get(doc.id)!;
  };
  const halves = DEV_HALVES.filter((half) => docs.some((doc) => devHalf(doc.id) === half));
  const report: Report = { docs, corpora, args, limit, print: (line = '') => io.stdout.write(`${line}\n`), analysed, halves, halfRows: [], kindRows: [] };
  const parts = PARTS.filter((part) => args.only === undefined || args.only === part);
  for (const [index, part] of parts.entries()) {
    if (index > 0) report.print();
    await REPORTS[part](report);
  }
  if (report.halfRows.length > 0 && halves.length > 0) printHalves(report);
  if (report.kindRows.length > 0 && halves.length > 0) printKinds(report);
  return EXIT_OK;
}

/** The width of the figure names in the block by half. */
const HALF_ROW_NAME = 40;

/** The block of the main figures by half, one column a half. */
function printHalves({ docs, halves, halfRows, print }: Report): void {
  const count = (half: DevHalf): number => docs.filter((doc) => devHalf(doc.id) === half).length;
  const about: Record<DevHalf, string> = { A: 'even ids, errors read here', B: 'odd ids, held back' };
  print(`\n# By half (${halves.map((half) => `${half}: ${about[half]}, ${count(half)} documents`).join('; ')})`);
  print(`${'figure'.padEnd(HALF_ROW_NAME)}${halves.map((half) => half.padStart(18)).join('')}`);
  for (const row of halfRows) print(`${row.name.padEnd(HALF_ROW_NAME)}${halves.map((half) => (row.values[half] ?? '—').padStart(18)).join('')}`);
}

/** The errors by kind, one column a half (counts only, so a held-back half's errors are not read). */
function printKinds({ halves, kindRows, print }: Report): void {
  print(`\n# Errors by kind and half (counts)`);
  print(`${'kind'.padEnd(HALF_ROW_NAME)}${halves.map((half) => half.padStart(18)).join('')}`);
  for (const row of kindRows) print(`${row.name.padEnd(HALF_ROW_NAME)}${halves.map((half) => (row.values[half] ?? '0').padStart(18)).join('')}`);
}

/** Adds a row of counts for each kind the halves' errors have, under `label`, kinds in alphabetical order. */
function pushKindRows(rows: HalfRow[], label: string, byHalf: readonly (readonly [DevHalf, readonly string[]])[]): void {
  const kinds = [...new Set(byHalf.flatMap(([, list]) => list))].sort();
  for (const kind of kinds) {
    rows.push({ name: `${label}: ${kind}`, values: Object.fromEntries(byHalf.map(([half, list]) => [half, String(list.filter((k) => k === kind).length)])) });
  }
}

/** The documents of one half. */
const inHalf = (docs: readonly FactRuDocument[], half: DevHalf): FactRuDocument[] => docs.filter((doc) => devHalf(doc.id) === half);

/** The corpora read by `reader`; a missing or malformed file is reported as a {@link FileError}. */
function read<T>(corpora: string, reader: (corpora: string) => T): T {
  try {
    return reader(corpora);
  } catch (error) {
    throw new FileError(`cannot read the corpora in ${corpora}: ${reason(error)}`);
  }
}

const percent = (x: number): string => (100 * x).toFixed(2) + ' %';
const f = (x: number): string => x.toFixed(4);
/** The column headers P, R and F1, each 8 wide. */
const PRF1 = ['P', 'R', 'F1'].map((h) => h.padStart(8)).join('');
/** The count in a heading of errors: `(12)`, or `(75, first 60)` when cut at the limit. */
const counted = (count: number, limit: number): string => `(${count}${count > limit ? `, first ${limit}` : ''})`;
const line = (name: string, s: Score): string =>
  `${name.padEnd(34)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   (${s.truePositives} of ${s.predicted} predicted, ${s.gold} gold)`;

const REPORTS: Record<Part, (report: Report) => void | Promise<void>> = {
  segmentation: reportSegmentation,
  entities: reportEntities,
  quotes: reportQuotes,
};

function reportSegmentation({ docs, corpora, args, limit, print }: Report): void {
  const cases = args.doc === undefined ? evaluateTokenCases(read(corpora, readRazdelCases)) : null;
  print('# Segmentation');
  if (cases) print(`${'razdel token cases passed'.padEnd(34)} ${percent(cases.passed / cases.total)}   (${cases.passed} of ${cases.total})`);
  const segmentation = evaluateSegmentation(docs);
  print(line('factRuEval sentences', segmentation.sentences));
  print(line('factRuEval sentences, attr. merged', segmentation.sentencesMerged));
  print(line('factRuEval tokens', segmentation.tokens));

  if (args.errors) {
    if (cases) {
      print('\n## Token cases that fail');
      for (const failure of cases.failures.slice(0, limit)) {
        print(`  ${failure.expected.join('|')}   got ${failure.got.join('|')}`);
      }
    }
    print('\n## Sentence errors (against gold with attributions merged)');
    for (const error of segmentation.sentenceErrors.slice(0, limit)) print(`  ${error.kind.padEnd(6)} ${error.doc}: ${error.text}`);
    print('\n## Token errors on factRuEval');
    for (const error of segmentation.tokenErrors.slice(0, limit)) print(`  ${error.kind.padEnd(6)} ${error.doc}: ${error.text}   …${error.context}…`);
  }
}

async function reportEntities(report: Report): Promise<void> {
  const { docs, args, limit, print, analysed, halves, halfRows } = report;
  print('# Named entities (factRuEval dev, naeval protocol)');
  const began = performance.now();
  const mentionsOf = async (doc: FactRuDocument) => (await analysed(doc)).entities.flatMap((entity) => entity.mentions);
  const entities = await evaluateEntities(docs, mentionsOf);
  const seconds = (performance.now() - began) / 1000;
  const gold = docs.flatMap((doc) => goldEntitySpans(doc));
  const goldCount = (type: EntityType): number => gold.filter((span) => span.type === type).length;
  print(`${docs.length} documents; gold spans ${ENTITY_TYPES.map((type) => `${type} ${goldCount(type)}`).join(', ')}`);
  const published = (system: string): (typeof PUBLISHED_TOKEN_F1)[number] => PUBLISHED_TOKEN_F1.find((row) => row.system === system)!;
  const slovnet = published('slovnet');
  const pullenti = published('pullenti');
  const cell = (x: number | null | undefined): string => (x == null ? '—' : x.toFixed(3)).padStart(8);
  print(`\n${''.padEnd(6)}${'  tokens'.padEnd(24, ' ')}   ${'  strict spans'.padEnd(24)}   published token F1`);
  print(`${'type'.padEnd(6)}${PRF1}   ${PRF1}   ${'slovnet'.padStart(8)}${'pullenti'.padStart(9)}`);
  const row = (name: string, tokens: Score, spans: Score, compare: [number | null, number | null] | null): string =>
    `${name.padEnd(6)}${cell(tokens.precision)}${cell(tokens.recall)}${cell(tokens.f1)}   ${cell(spans.precision)}${cell(spans.recall)}${cell(spans.f1)}` +
    (compare ? `   ${cell(compare[0])}${cell(compare[1]).padStart(9)}` : '');
  for (const type of ENTITY_TYPES) {
    const { tokens, spans } = entities.byType[type];
    print(row(type, tokens, spans, [slovnet[type], pullenti[type]]));
  }
  print(row('micro', entities.micro.tokens, entities.micro.spans, null));
  const { tokens: t, spans: s } = entities.micro;
  print(`\ntokens: ${t.truePositives} of ${t.predicted} predicted, ${t.gold} gold; spans: ${s.truePositives} of ${s.predicted} predicted, ${s.gold} gold`);
  print(`entities eval took ${seconds.toFixed(1)} s (analyze on ${docs.length} documents, ${(docs.reduce((n, doc) => n + doc.text.length, 0) / 1000).toFixed(0)} K characters)`);

  const byHalf = await Promise.all(halves.map(async (half) => [half, await evaluateEntities(inHalf(docs, half), mentionsOf)] as const));
  for (const type of ENTITY_TYPES) {
    halfRows.push({ name: `${type} token F1`, values: Object.fromEntries(byHalf.map(([half, result]) => [half, f(result.byType[type].tokens.f1)])) });
  }
  // The errors by type, side and kind, counted by half (`--errors` lists half A's).
  const entityKind = (e: EntityError): string => `${e.type} ${e.side === 'miss' ? 'miss' : 'false positive'}, ${e.kind}`;
  pushKindRows(report.kindRows, 'entity', byHalf.map(([half, result]) => [half, result.errors.map(entityKind)] as const));
  await reportNames(report);
  await reportOccupations(report);

  if (args.errors) {
    const types = args.type === undefined ? ENTITY_TYPES : [args.type as EntityType];
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
          print(`\n## ${type} ${title}, ${kind} ${counted(errors.length, limit)}`);
          for (const e of errors.slice(0, limit)) {
            const alternative = e.alternative ? `   ${other} ${e.alternative}` : '';
            print(`  ${e.doc}: «${e.text}»${alternative}   …${e.context}…`);
          }
        }
      }
    }
  }
}

/** Normal forms of person names: printed after the entities, and by half. */
async function reportNames({ docs, args, limit, print, analysed, halves, halfRows, kindRows }: Report): Promise<void> {
  const score = async (subset: readonly FactRuDocument[]) =>
    scoreNames(await Promise.all(subset.map(async (doc) => ({ gold: doc, predicted: await analysed(doc) }))));
  const all = await score(docs);
  const shareText = (s: { agreed: number; total: number; share: number }): string => `${percent(s.share).padStart(9)}   (${s.agreed} of ${s.total})`;
  print(`\n## Person names (gold persons of the .coref found by a PER mention: ${all.found.agreed} of ${all.gold})`);
  print(`${'normal name exact'.padEnd(22)}${shareText(all.exact)}`);
  for (const part of NAME_PARTS) print(`${`  ${part}`.padEnd(22)}${shareText(all.parts[part])}`);
  const byHalf = await Promise.all(halves.map(async (half) => [half, await score(inHalf(docs, half))] as const));
  halfRows.push({ name: 'person names exact', values: Object.fromEntries(byHalf.map(([half, s]) => [half, percent(s.exact.share)])) });
  halfRows.push({
    name: '  first / middle / last',
    values: Object.fromEntries(byHalf.map(([half, s]) => [half, NAME_PARTS.map((part) => (100 * s.parts[part].share).toFixed(0)).join('/')])),
  });
  pushKindRows(kindRows, 'name', byHalf.map(([half, s]) => [half, s.errors.flatMap((error) => error.kinds)] as const));
  if (args.errors && (args.type === undefined || args.type === 'PER')) {
    print(`\n## Person names: wrong normal name ${counted(all.errors.length, limit)}`);
    for (const e of all.errors.slice(0, limit)) print(`  ${e.doc}: «${e.text}»   gold ${e.gold}   predicted ${e.predicted}`);
  }
}

/** Occupation facts from the roles layer, by the matching of ../eval/occupations.ts: printed after the entities, and by half. */
async function reportOccupations({ docs, args, limit, print, analysed, halves, halfRows }: Report): Promise<void> {
  const score = async (subset: readonly FactRuDocument[]) =>
    scoreOccupations(await Promise.all(subset.map(async (doc) => {
      const predicted = await analysed(doc);
      return { gold: doc, roles: predicted.roles, entities: predicted.entities };
    })));
  const all = await score(docs);
  print('\n## Occupation facts (doc.roles against the .facts, difficult facts left out)');
  print(line('person, position, place', all.full));
  print(line('person and position', all.personAndPosition));
  const byHalf = await Promise.all(halves.map(async (half) => [half, await score(inHalf(docs, half))] as const));
  halfRows.push({ name: 'Occupation F1 (P/R)', values: Object.fromEntries(byHalf.map(([half, s]) => [half, `${s.full.f1.toFixed(2)} (${s.full.precision.toFixed(2)}/${s.full.recall.toFixed(2)})`])) });
  halfRows.push({ name: '  person and position F1', values: Object.fromEntries(byHalf.map(([half, s]) => [half, s.personAndPosition.f1.toFixed(2)])) });
  // Counts only, so that a half held back shows where its misses are lost without its texts.
  const whys = ['no person', 'no role', 'other title', 'place', 'taken'] as const;
  const missedBy = (errors: readonly OccupationError[]) => whys.map((why) => errors.filter((e) => e.why === why).length).join('/');
  halfRows.push({ name: '  missed: person/role/title/place/taken', values: Object.fromEntries(byHalf.map(([half, s]) => [half, missedBy(s.errors)])) });
  if (args.errors && args.type === undefined) {
    for (const kind of ['missed', 'spurious'] as const) {
      const errors = all.errors.filter((e) => e.kind === kind);
      print(`\n## Occupation: ${kind} ${counted(errors.length, limit)}`);
      for (const e of errors.slice(0, limit)) print(`  ${e.doc}: ${e.text}${e.why ? `   (${e.why})` : ''}`);
    }
  }
}

async function reportQuotes({ docs, corpora, args, limit, print, analysed, halves, halfRows, kindRows }: Report): Promise<void> {
  const goldByDoc = read(corpora, readQuoteGold);
  // A listed document without its text would silently drop its gold quotes from recall.
  const missing = args.doc === undefined ? [...goldByDoc.keys()].filter((id) => (args.half === undefined || devHalf(id) === args.half) && !docs.some((doc) => doc.id === id)) : [];
  if (missing.length > 0) throw new FileError(`quotes-dev.ids lists documents not in factru-dev: ${missing.join(', ')}`);
  const quoteDocs = docs.filter((doc) => goldByDoc.has(doc.id));
  print('# Quotes (factRuEval dev, quotes-dev.jsonl, protocol in quotes.md)');
  const began = performance.now();
  const cases: QuoteCase[] = [];
  for (const doc of quoteDocs) {
    const document = await analysed(doc);
    cases.push({
      id: doc.id, text: doc.text, gold: goldByDoc.get(doc.id)!, predicted: document.quotes,
      sentences: document.sentences, tokens: document.tokens,
    });
  }
  const seconds = (performance.now() - began) / 1000;
  const figures = scoreQuotes(cases);
  const { quotes, tokens, sentences, attribution } = figures;
  const kindCount = QUOTE_KINDS.map((kind) => `${quotes[kind].gold} ${kind}`).join(', ');
  print(`${quoteDocs.length} documents${args.doc !== undefined && quoteDocs.length === 0 ? ` (${args.doc} is not in quotes-dev.ids)` : ''}; gold quotes ${quotes.all.gold} (${kindCount}), predicted ${quotes.all.predicted}`);

  const cell = (x: number): string => x.toFixed(3).padStart(8);
  const bar = (value: number, min: number, shown: string): string => `   bar ${shown} ${value >= min ? 'met' : 'below'}`;
  const header = (name: string): string => `${name.padEnd(10)}${PRF1}`;
  print(`\n${header('quotes')}`);
  for (const kind of [...QUOTE_KINDS, 'all'] as const) {
    const q = quotes[kind];
    const counts = `   (${q.right} of ${q.predicted} predicted right, ${q.found} of ${q.gold} gold found)`.padEnd(54);
    print(`${kind.padEnd(10)}${cell(q.precision)}${cell(q.recall)}${cell(q.f1)}${counts}${kind === 'all' ? bar(q.f1, QUOTE_BARS.quotes, `F1 ≥ ${QUOTE_BARS.quotes}`) : ''}`.trimEnd());
  }
  print(`\n${header('tokens')}`);
  const scoreRow = (name: string, s: Score, min: number): string =>
    `${name.padEnd(10)}${cell(s.precision)}${cell(s.recall)}${cell(s.f1)}${`   (${s.truePositives} of ${s.predicted} predicted, ${s.gold} gold)`.padEnd(54)}${bar(s.f1, min, `F1 ≥ ${min}`)}`;
  print(scoreRow('content', tokens.content, QUOTE_BARS.content));
  print(scoreRow('cue', tokens.cue, QUOTE_BARS.cue));
  print(scoreRow('speaker', tokens.speaker, QUOTE_BARS.speaker));
  print(scoreRow('sentences', sentences, QUOTE_BARS.sentences));

  print(`\nattribution, among ${attribution.matched} gold quotes found:`);
  const shareRow = (name: string, s: { agreed: number; total: number; share: number }, of: string, min?: number): string =>
    `${name.padEnd(22)}${percent(s.share).padStart(9)}   (${s.agreed} of ${s.total}${of})` +
    (min === undefined ? '' : bar(s.share, min, `≥ ${100 * min} %`));
  print(shareRow('speaker name right', attribution.speakerName, '', QUOTE_BARS.speakerName));
  print(shareRow('speaker span overlaps', attribution.speakerSpan, ' with a gold speaker span'));
  print(shareRow('cue overlaps', attribution.cue, ' with a gold cue'));
  print(shareRow('kind right', attribution.kind, ''));
  print(`quotes eval took ${seconds.toFixed(1)} s (analyze on ${quoteDocs.length} documents)`);

  const byHalf = halves.map((half) => [half, scoreQuotes(cases.filter((c) => devHalf(c.id) === half))] as const);
  halfRows.push({ name: 'quote F1', values: Object.fromEntries(byHalf.map(([half, s]) => [half, f(s.quotes.all.f1)])) });
  halfRows.push({ name: 'speaker name right', values: Object.fromEntries(byHalf.map(([half, s]) => [half, percent(s.attribution.speakerName.share)])) });
  pushKindRows(kindRows, 'speaker name', byHalf.map(([half, s]) => [half, s.errors.filter((e) => e.group === 'speaker-name').map(speakerNameErrorKind)] as const));

  if (args.errors) {
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
      print(`\n## Quotes: ${title} ${counted(errors.length, limit)}`);
      for (const e of errors.slice(0, limit)) print(`  ${e.doc} ${show(e)}`);
    }
  }
}
