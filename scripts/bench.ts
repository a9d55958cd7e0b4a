/**
 * `npm run bench [-- --quick]`: rech's speed and memory, measured against peers
 * in the same run (absolute times drift on shared machines; ratios do not as much).
 *
 * Throughput is in KB/s with KB = 1000 UTF-16 code units (JavaScript string
 * length), the median of timed passes over the whole corpus after warm-up
 * passes, on the single JavaScript thread, one text after another.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, sentenize, tokenize } from '../src/index.js';
import { CORPORA, hasCorpora, readFactRu } from './eval/corpora.js';
import { measureColdStarts, type ColdStart } from './bench/cold-start.js';
import { measure, type Pass, type Task } from './bench/measure.js';
import { loadPeers } from './bench/peers.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.argv.includes('--quick');
const PASS: Pass = QUICK
  ? { warmup: 1, warmupMs: 50, repetitions: 3, sampleMs: 20 }
  : { warmup: 3, warmupMs: 500, repetitions: 15, sampleMs: 100 };
const COLD_RUNS = QUICK ? 2 : 5;

const TARGET = {
  segmentKBs: 10_000, // tokenize+sentenize ≥ 10 MB/s
  analyzeKBs: 500,
  coldStartMs: 1000,
  rssMB: 250,
};

interface Corpus {
  description: string;
  texts: string[];
  /** A file holding one representative text, for the cold-start child. */
  sampleFile: string;
}

/** factRuEval dev texts, or the two seed fixtures repeated when the corpora folder is missing. */
function loadCorpus(): Corpus {
  if (hasCorpora()) {
    const texts = readFactRu().map((doc) => doc.text);
    const first = readdirSync(join(CORPORA, 'factru-dev')).filter((name) => name.endsWith('.txt')).sort()[0]!;
    return { description: `factRuEval dev (${CORPORA}/factru-dev)`, texts, sampleFile: join(CORPORA, 'factru-dev', first) };
  }
  const files = readdirSync(join(ROOT, 'fixtures')).filter((name) => name.endsWith('.txt')).sort().map((name) => join(ROOT, 'fixtures', name));
  const seeds = files.map((file) => readFileSync(file, 'utf8'));
  const texts: string[] = [];
  for (let units = 0; units < 300_000; units += seeds.reduce((sum, seed) => sum + seed.length, 0)) texts.push(...seeds);
  return {
    description: `FALLBACK: corpora folder ${CORPORA} missing, so the ${seeds.length} seed fixtures repeated ${texts.length / seeds.length}×`,
    texts,
    sampleFile: files[0]!,
  };
}

const RECH_TASKS: Record<string, Task> = {
  'rech tokenize': (text) => tokenize(text).length,
  'rech sentenize': (text) => sentenize(text).length,
  'rech tokenize+sentenize': (text) => tokenize(text).length + sentenize(text).length,
  'rech analyze (awaited)': async (text) => (await analyze(text)).tokens.length,
};

// ---- formatting -------------------------------------------------------------

const number = (value: number, digits = 0): string => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kbs = (value: number): string => `${number(value)} KB/s`;
const ratio = (a: number, b: number): string => `${number(a / b, 1)}×`;
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

type Row = [measurement: string, median: string, best: string, target: string, result: string, note: string];

function printTable(rows: Row[]): void {
  const header: Row = ['measurement', 'median', 'best', 'target', 'result', 'note'];
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: Row) => row.map((cell, column) => (column === 1 || column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

// ---- run --------------------------------------------------------------------

async function main(): Promise<void> {
  const corpus = loadCorpus();
  const units = corpus.texts.reduce((sum, text) => sum + text.length, 0);
  const bytes = corpus.texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(`rech benchmark${QUICK ? ' (--quick)' : ''} — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
  console.log(`corpus: ${corpus.description}`);
  console.log(`        ${corpus.texts.length} texts, ${number(units)} UTF-16 code units (${number(bytes)} UTF-8 bytes)`);
  console.log(`throughput: KB = 1000 UTF-16 code units (× ${number(bytes / units, 2)} for UTF-8 bytes); median (and best) of ${PASS.repetitions} timed samples of ≈${PASS.sampleMs} ms`);
  console.log(`            each, whole passes over all texts, after ≥ ${PASS.warmup} warm-up passes and ≥ ${PASS.warmupMs} ms per task; tasks interleaved round by round;`);
  console.log('            one JavaScript thread, texts one after another (V8 GC/compiler helper threads are not pinned)');
  console.log('');

  const peers = loadPeers();
  const peerTasks = Object.fromEntries(peers.map((peer) => [peer.name, peer.tokenize]));
  const rates = await measure({ ...RECH_TASKS, ...peerTasks }, corpus.texts, PASS);
  const rech = Object.fromEntries(Object.keys(RECH_TASKS).map((name) => [name, rates[name]!]));
  const peerRates = new Map(peers.map((peer) => [peer.name, rates[peer.name]!]));
  const coldStarts = measureColdStarts(ROOT, corpus.sampleFile, COLD_RUNS);
  const rss = process.resourceUsage().maxRSS / 1024;

  const segment = rech['rech tokenize+sentenize']!.median;
  const tokenizeRate = rech['rech tokenize']!.median;
  const rows: Row[] = [];
  for (const [name, rate] of Object.entries(rech)) {
    let target = '';
    let result = '';
    if (name === 'rech tokenize+sentenize') [target, result] = [`≥ ${kbs(TARGET.segmentKBs)}`, verdict(rate.median >= TARGET.segmentKBs)];
    if (name === 'rech analyze (awaited)') [target, result] = [`≥ ${kbs(TARGET.analyzeKBs)}`, verdict(rate.median >= TARGET.analyzeKBs)];
    const note = name === 'rech tokenize' ? peers.map((peer) => `${ratio(rate.median, peerRates.get(peer.name)!.median)} ${peer.name}`).join(', ') : '';
    rows.push([name, kbs(rate.median), kbs(rate.best), target, result, note]);
  }
  for (const peer of peers) {
    const rate = peerRates.get(peer.name)!;
    const note = `rech tokenize is ${ratio(tokenizeRate, rate.median)} ${peer.name}; tokenize+sentenize is ${ratio(segment, rate.median)}`;
    rows.push([`peer ${peer.name}: ${peer.call}`, kbs(rate.median), kbs(rate.best), '', '', note]);
  }
  rows.push(['peer razdel (Python)', 'n/a', '', '', '', 'not in this run: not installable here (no PyPI)']);
  for (const cold of coldStarts) rows.push(coldStartRow(cold, cold === coldStarts[0]));
  rows.push(['peak RSS, this process', `${number(rss, 1)} MB`, '', `< ${TARGET.rssMB} MB`, verdict(rss < TARGET.rssMB), 'process.resourceUsage().maxRSS; includes az, natural and the corpus']);
  printTable(rows);

  console.log('');
  console.log('notes: az also emits whitespace tokens and parses markup; natural only replaces non-[a-zа-яё0-9] by spaces and splits (no offsets, no punctuation);');
  console.log('       rech tokenize+sentenize calls both public functions, so the text is tokenized twice (sentenize tokenizes internally).');
}

/** The first cold start (dist when built) carries the target; the source-through-tsx one is for information. */
function coldStartRow(cold: ColdStart, withTarget: boolean): Row {
  const parts = [`import ${number(cold.importMs)} ms + first analyze ${number(cold.firstAnalyze)} ms; child RSS ${number(cold.rss, 1)} MB`];
  if (cold.stale) parts.push('dist/ is older than src/ — run `npm run build`');
  return [
    `cold start → 1st analyze, ${cold.entry}`,
    `${number(cold.total)} ms`,
    '',
    withTarget ? `< ${number(TARGET.coldStartMs)} ms` : '(info)',
    withTarget ? verdict(cold.total < TARGET.coldStartMs) : '',
    parts.join('; '),
  ];
}

await main();
