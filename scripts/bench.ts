/**
 * `npm run bench [-- --quick]`: rech's speed and memory as a user meets them,
 * against peers on the same texts in the same run (absolute times drift on
 * shared machines; ratios do not as much):
 *
 * - fresh processes: `analyze` over the benchmark texts in a new process, the
 *   first pass (cold: dictionary load, lazy loads, every word form new, JIT
 *   warming up) and later passes (warm), per stage, with razdel (the Python
 *   reference segmenter, tokenize + sentenize) and az's tokenizer run the same
 *   way; ratios, throughput, articles per second, start-up to the first result,
 *   peak RSS;
 * - `tokenize` and `sentenize` in this process against az's tokenizer (warm);
 * - `analyze` on hostile 1 MB texts against 1 MB of news;
 * - the growth of `analyze`'s time on each hostile text from 100 KB to 1 MB (10 KB to 100 KB with `--quick`),
 *   each size in a fresh process: at most 12× (`npm run bench -- --growth [--quick]` runs this check alone,
 *   with exit code 1 when a shape fails it);
 * - analyzeMany with no, one and two worker threads;
 * - peak memory of `analyze` per character of text above the process's baseline, on 1 MB and
 *   10 MB of news, each in a fresh process (also alone with `--memory`);
 * - RSS over 100 000 documents streamed through analyzeMany (also alone with `--batch-memory`).
 *
 * `npm run bench -- --fresh` runs the fresh processes only.
 *
 * Throughput is in KB/s with KB = 1000 UTF-16 code units (JavaScript string
 * length), on one thread, one text after another.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sentenize, tokenize } from '../src/index.js';
import { distIsStale, loadCorpus, newsOfSize, ROOT } from './bench/corpus.js';
import { measure, median, type Pass, type Task } from './bench/measure.js';
import { loadPeers } from './bench/peers.js';
import type { AdversarialRow } from './bench/adversarial-run.js';
import { printGrowth } from './bench/growth.js';
import type { BatchRun } from './bench/batch-run.js';
import type { PassRun } from './bench/pass-run.js';

const QUICK = process.argv.includes('--quick');
const PASS: Pass = QUICK
  ? { warmup: 1, warmupMs: 50, repetitions: 3, sampleMs: 20 }
  : { warmup: 3, warmupMs: 500, repetitions: 15, sampleMs: 100 };
/** Fresh processes per task, and passes over the texts in each (the first cold, the rest warm). */
const ROUNDS = QUICK ? 1 : 3;
const PASSES = QUICK ? 3 : 5;

const TARGET = {
  segmentKBs: 10_000, // tokenize+sentenize ≥ 10 MB/s
  coldKBs: 1000, // analyze's first pass in a fresh process ≥ 1 MB/s
  warmKBs: 2000, // analyze's later passes ≥ 2 MB/s
  coldRazdel: 0.7, // analyze's first pass ≥ 0.7× razdel's tokenize+sentenize on the same texts
  firstResultMs: 500, // process start to the first analyze result
  rssMB: 200, // a process analysing Russian news
  bytesPerCharacter: 100, // peak memory of analyze above the process's baseline, per character (1 MB and 10 MB of news)
  adversarialRatio: 3, // no hostile 1 MB text takes more than 3× as long as 1 MB of news
};

const RECH_TASKS: Record<string, Task> = {
  'rech tokenize': (text) => tokenize(text).length,
  'rech sentenize': (text) => sentenize(text).length,
  'rech tokenize+sentenize': (text) => tokenize(text).length + sentenize(text).length,
};

// ---- formatting -------------------------------------------------------------

const number = (value: number, digits = 0): string => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kbs = (value: number): string => `${number(value)} KB/s`;
const ratio = (a: number, b: number): string => `${number(a / b, a / b < 10 ? 2 : 1)}×`;
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
  if (process.argv.includes('--batch-memory')) {
    process.exitCode = runBatchMemory();
    return;
  }
  if (process.argv.includes('--growth')) {
    process.exitCode = printGrowth(QUICK) ? 0 : 1;
    return;
  }
  const corpus = loadCorpus();
  if (process.argv.includes('--memory')) {
    printMemory(corpus.texts);
    return;
  }
  const units = corpus.texts.reduce((sum, text) => sum + text.length, 0);
  const bytes = corpus.texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(`rech benchmark${QUICK ? ' (--quick)' : ''} — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} CPUs (shared)`);
  console.log(`corpus: ${corpus.description}`);
  console.log(`        ${corpus.texts.length} texts, ${number(units)} UTF-16 code units (${number(bytes)} UTF-8 bytes); KB = 1000 UTF-16 code units`);
  console.log('');

  printFreshProcesses(corpus.texts, units);
  if (process.argv.includes('--fresh')) return;
  console.log('');
  printMemory(corpus.texts);
  console.log('');
  await printSegmentation(corpus.texts);
  console.log('');
  printAdversarial();
  console.log('');
  printGrowth(QUICK);
  console.log('');
  printBatch();
  console.log('');
  process.exitCode = runBatchMemory();
}

/**
 * Each task in a fresh child process per round, rounds interleaved so that drift on the machine
 * touches every task alike: cold is the median first pass, warm the median of all later passes.
 */
function printFreshProcesses(texts: readonly string[], units: number): void {
  const folder = mkdtempSync(join(tmpdir(), 'rech-bench-'));
  const file = join(folder, 'texts.json');
  writeFileSync(file, JSON.stringify(texts));
  const args = [file, '--passes', String(PASSES)];
  const peers = resolve(ROOT, '..', 'shared', 'peers');
  const tasks: Record<string, () => PassRun> = {
    // From dist/ in plain node when it is up to date; else from src/ through tsx.
    analyze: () => (distIsStale() ? child<PassRun>('pass-run.ts', [], [...args, '--task', 'analyze']) : node<PassRun>('analyze-run.mjs', args)),
    stages: () => child<PassRun>('pass-run.ts', [], [...args, '--task', 'stages']),
    razdel: () => python<PassRun>(join(ROOT, 'scripts', 'bench', 'razdel-run.py'), args, peers),
    az: () => child<PassRun>('pass-run.ts', [], [...args, '--task', 'az']),
  };
  const runs = new Map<string, PassRun[]>(Object.keys(tasks).map((name) => [name, []]));
  try {
    for (let round = 0; round < ROUNDS; round++) for (const [name, run] of Object.entries(tasks)) runs.get(name)!.push(run());
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const sorted = (values: number[]): number => median([...values].sort((a, b) => a - b));
  const cold = (name: string): number => sorted(runs.get(name)!.map((run) => run.passes[0]!));
  const warm = (name: string): number => sorted(runs.get(name)!.flatMap((run) => run.passes.slice(1)));
  const rate = (ms: number): number => units / ms; // UTF-16 units per ms = KB/s
  const perSecond = (ms: number): string => `${number((texts.length * 1000) / ms)}/s`;

  const analyze = runs.get('analyze')!;
  console.log(`fresh processes: each task in a new process, ${ROUNDS} round${ROUNDS > 1 ? 's' : ''}, tasks interleaved; ${PASSES} passes over all texts in each;`);
  console.log('                 cold = the first pass (median over rounds), warm = the later passes (median); start-up = process start to the first text\'s result');
  const header = ['task', 'cold', 'articles', 'warm', 'articles', 'start-up', 'peak RSS', 'what runs'];
  const rows = (['analyze', 'stages', 'razdel', 'az'] as const).map((name) => {
    const list = runs.get(name)!;
    return [
      name === 'analyze' ? 'rech analyze' : name === 'stages' ? 'rech analyze, timed by stage' : name === 'razdel' ? 'razdel tokenize+sentenize (Python)' : 'az tokenizer',
      kbs(rate(cold(name))),
      perSecond(cold(name)),
      kbs(rate(warm(name))),
      perSecond(warm(name)),
      `${number(sorted(list.map((run) => run.firstResultMs)))} ms`,
      `${number(sorted(list.map((run) => run.rss)), 1)} MB`,
      list[0]!.entry,
    ];
  });
  printColumns(header, rows, [1, 2, 3, 4, 5, 6]);

  const coldRatio = cold('razdel') / cold('analyze');
  const startUp = sorted(analyze.map((run) => run.firstResultMs));
  const rss = Math.max(...analyze.map((run) => run.rss));
  console.log('');
  printColumns(
    ['rech analyze', 'measured', 'target', 'result'],
    [
      ['cold, against razdel on the same texts', `${number(coldRatio, 2)}×`, `≥ ${TARGET.coldRazdel}×`, verdict(coldRatio >= TARGET.coldRazdel)],
      ['warm, against razdel (warm)', `${number(warm('razdel') / warm('analyze'), 2)}×`, '', ''],
      ['cold throughput', kbs(rate(cold('analyze'))), `≥ ${kbs(TARGET.coldKBs)}`, verdict(rate(cold('analyze')) >= TARGET.coldKBs)],
      ['warm throughput', kbs(rate(warm('analyze'))), `≥ ${kbs(TARGET.warmKBs)}`, verdict(rate(warm('analyze')) >= TARGET.warmKBs)],
      ['start-up to the first result', `${number(startUp)} ms`, `< ${number(TARGET.firstResultMs)} ms`, verdict(startUp < TARGET.firstResultMs)],
      ['peak RSS (highest over rounds)', `${number(rss, 1)} MB`, `≤ ${TARGET.rssMB} MB`, verdict(rss <= TARGET.rssMB)],
    ],
    [1],
  );
  if (distIsStale()) console.log('note: dist/ is missing or older than src/, so analyze ran from src/ through tsx (slower start-up, more RSS): run `npm run build`');

  // Stages: the median over rounds of each stage's share of the cold pass and of a warm pass.
  const stageRuns = runs.get('stages')!;
  const names = Object.keys(stageRuns[0]!.stages!);
  const stageCold = (stage: string): number => sorted(stageRuns.map((run) => run.stages![stage]![0]!));
  const stageWarm = (stage: string): number => sorted(stageRuns.flatMap((run) => run.stages![stage]!.slice(1)));
  const coldTotal = names.reduce((sum, stage) => sum + stageCold(stage), 0);
  const warmTotal = names.reduce((sum, stage) => sum + stageWarm(stage), 0);
  console.log('');
  console.log('per stage (the stages child): milliseconds over all texts, median over rounds; the first text of the cold pass loads the dictionaries');
  printColumns(
    ['stage', 'cold ms', 'share', 'warm ms', 'share'],
    [
      ...names.map((stage) => [stage, number(stageCold(stage)), `${number((100 * stageCold(stage)) / coldTotal)} %`, number(stageWarm(stage)), `${number((100 * stageWarm(stage)) / warmTotal)} %`]),
      ['all', number(coldTotal), '', number(warmTotal), ''],
    ],
    [1, 2, 3, 4],
  );
}

interface MemoryRun {
  characters: number;
  tokens: number;
  ms: number;
  baselineMB: number;
  peakMB: number;
  bytesPerCharacter: number;
}

/** Peak memory of one analyze call per character, on 1 MB and 10 MB of news, each in a fresh process running dist/. */
function printMemory(texts: readonly string[]): void {
  if (distIsStale()) {
    console.log('memory per character: skipped, dist/ is missing or older than src/ (run `npm run build`)');
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'rech-bench-'));
  const rows: string[][] = [];
  let worst = 0;
  try {
    const warmUp = join(folder, 'texts.json');
    writeFileSync(warmUp, JSON.stringify(texts));
    // 1 MB and 10 MB after 20 texts; 1 MB again after all of them, when the caches of word forms already hold its forms.
    const cases = [
      { megabytes: 1, warmUp: 20 },
      ...(QUICK ? [] : [{ megabytes: 10, warmUp: 20 }]),
      { megabytes: 1, warmUp: texts.length },
    ];
    for (const { megabytes, warmUp: count } of cases) {
      const file = join(folder, `news-${megabytes}.txt`);
      writeFileSync(file, newsOfSize(texts, megabytes * 1_000_000));
      const args = ['--expose-gc', join(ROOT, 'scripts', 'bench', 'memory-run.mjs'), warmUp, file, '--warm-up', String(count)];
      const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`memory-run.mjs failed:\n${result.stderr}`);
      const run = JSON.parse(result.stdout.trim().split('\n').pop()!) as MemoryRun;
      const cold = count < texts.length;
      if (cold) worst = Math.max(worst, run.bytesPerCharacter);
      rows.push([
        `${megabytes} MB of news, ${cold ? `after ${count} texts` : 'caches warm'}`,
        number(run.tokens),
        `${number(run.baselineMB)} MB`,
        `${number(run.peakMB)} MB`,
        number(run.bytesPerCharacter),
        cold ? `≤ ${TARGET.bytesPerCharacter}` : '',
        cold ? verdict(run.bytesPerCharacter <= TARGET.bytesPerCharacter) : '',
      ]);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  console.log('memory per character: one analyze call in a fresh process (dist/, plain node) after 20 corpus texts (or all: the caches of word forms');
  console.log('                      then hold the forms of the news, made of the same texts) and a garbage collection;');
  console.log('                      bytes per character = (peak RSS − RSS before the call) / characters (MB of text = 10^6 UTF-16 code units)');
  printColumns(['text', 'tokens', 'baseline RSS', 'peak RSS', 'bytes per character', 'target', 'result'], rows, [1, 2, 3, 4]);
  console.log(`worst after 20 texts ${number(worst)} bytes per character (${verdict(worst <= TARGET.bytesPerCharacter)}); analyze refuses a text longer than the free heap over ${TARGET.bytesPerCharacter} × 1.5 bytes per character`);
}

/** tokenize and sentenize in this process against az's tokenizer, warm, interleaved. */
async function printSegmentation(texts: readonly string[]): Promise<void> {
  const peers = loadPeers();
  const peerTasks = Object.fromEntries(peers.map((peer) => [peer.name, peer.tokenize]));
  const rates = await measure({ ...RECH_TASKS, ...peerTasks }, texts, PASS);
  console.log(`segmentation in this process: median (and best) of ${PASS.repetitions} timed samples of ≈${PASS.sampleMs} ms, whole passes after ≥ ${PASS.warmup} warm-up passes; tasks interleaved`);
  const segment = rates['rech tokenize+sentenize']!.median;
  const tokenizeRate = rates['rech tokenize']!.median;
  const rows: Row[] = [];
  for (const name of Object.keys(RECH_TASKS)) {
    const rate = rates[name]!;
    const [target, result] = name === 'rech tokenize+sentenize' ? [`≥ ${kbs(TARGET.segmentKBs)}`, verdict(rate.median >= TARGET.segmentKBs)] : ['', ''];
    const note = name === 'rech tokenize' ? peers.map((peer) => `${ratio(rate.median, rates[peer.name]!.median)} ${peer.name}`).join(', ') : '';
    rows.push([name, kbs(rate.median), kbs(rate.best), target, result, note]);
  }
  for (const peer of peers) {
    const rate = rates[peer.name]!;
    const note = `rech tokenize is ${ratio(tokenizeRate, rate.median)} ${peer.name}; tokenize+sentenize is ${ratio(segment, rate.median)}`;
    rows.push([`peer ${peer.name}: ${peer.call}`, kbs(rate.median), kbs(rate.best), '', '', note]);
  }
  printTable(rows);
  console.log('notes: az also emits whitespace tokens and parses markup; rech tokenize+sentenize calls both public functions,');
  console.log('       so the text is tokenized twice (sentenize tokenizes internally).');
}

/** Runs a plain JavaScript bench child (no tsx) and parses the JSON line it prints. */
function node<T>(script: string, args: string[]): T {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as T;
}

/** Runs the Python child with `PYTHONPATH` set to `path` and parses the JSON line it prints. */
function python<T>(script: string, args: string[], path: string): T {
  const result = spawnSync('python3', [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PYTHONPATH: path } });
  if (result.error || result.status !== 0) throw new Error(`${script} failed (python3 and ${path}/razdel are needed):\n${result.error?.message ?? result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as T;
}

/** Runs a bench child process (a script in scripts/bench/, through tsx) and parses the JSON line it prints. */
function child<T>(script: string, flags: string[] = [], args: string[] = []): T {
  const result = spawnSync(process.execPath, [...flags, '--import', 'tsx', join(ROOT, 'scripts', 'bench', script), ...args, ...(QUICK ? ['--quick'] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as T;
}

type Columns = string[];

function printColumns(header: Columns, rows: Columns[], rightAligned: readonly number[]): void {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: Columns) => row.map((cell, column) => (rightAligned.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** `analyze` on 1 MB hostile texts against 1 MB of news, in a child process (its documents of a million tokens would swell this process's RSS). */
function printAdversarial(): void {
  const { rows, rss } = child<{ rows: AdversarialRow[]; rss: number }>('adversarial-run.ts', ['--expose-gc']);
  const news = rows[0]!;
  console.log(`hostile input: analyze (awaited) on 1 MB texts (MB = 10^6 UTF-16 code units), median of ${QUICK ? 1 : 3} timed calls after a warm-up call,`);
  console.log(`               garbage collected before each call; ratio = time / time of 1 MB news; target ≤ ${TARGET.adversarialRatio}× for every input`);
  const worst = Math.max(...rows.slice(1).map((row) => row.ms / news.ms));
  printColumns(
    ['input', 'size', 'ms', 'ratio to news', 'result', 'tokens', 'sentences', 'paragraphs'],
    rows.map((row, i) => [
      row.name,
      number(row.size),
      number(row.ms),
      `${number(row.ms / news.ms, 2)}×`,
      i === 0 ? '(baseline)' : verdict(row.ms / news.ms <= TARGET.adversarialRatio),
      number(row.tokens),
      number(row.sentences),
      number(row.paragraphs),
    ]),
    [1, 2, 3, 5, 6, 7],
  );
  console.log(`worst ratio ${number(worst, 2)}× (${verdict(worst <= TARGET.adversarialRatio)}); peak RSS of that child ${number(rss, 1)} MB (it holds documents of up to a million tokens)`);
}

/** analyzeMany with no worker thread, one and two: each batch in a fresh child process, rounds interleaved. */
function printBatch(): void {
  const rounds = QUICK ? 1 : 3;
  const runs = new Map<number, BatchRun[]>([0, 1, 2].map((concurrency) => [concurrency, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [concurrency, list] of runs) list.push(child<BatchRun>('batch-run.ts', [], ['--concurrency', String(concurrency)]));
  }
  const { entry, documents, units } = runs.get(0)![0]!;
  const rate = (concurrency: number): number => median(runs.get(concurrency)!.map((run) => run.rate).sort((a, b) => a - b));
  const rss = (concurrency: number): string => `${number(Math.max(...runs.get(concurrency)!.map((run) => run.rss)), 1)} MB`;
  console.log(`corpus scale: analyzeMany over ${number(documents)} documents (the corpus repeated), ${number(units)} code units, from ${entry};`);
  console.log(`              each batch in a fresh process (start-up, worker start-up and JIT warm-up included), median of ${rounds};`);
  console.log(`              ${cpus().length} CPUs here, shared with the main thread (and with whatever else runs on the machine)`);
  const [none, one, two] = [rate(0), rate(1), rate(2)];
  printColumns(
    ['analyzeMany', 'throughput', 'vs 1 worker', 'vs no worker', 'peak RSS'],
    [
      ['concurrency 0 (this thread, no workers)', kbs(none), ratio(none, one), '1.00×', rss(0)],
      ['concurrency 1 (one worker thread)', kbs(one), '1.00×', ratio(one, none), rss(1)],
      ['concurrency 2 (two worker threads)', kbs(two), ratio(two, one), ratio(two, none), rss(2)],
    ],
    [1, 2, 3, 4],
  );
}

/** RSS over 100 000 documents through analyzeMany; also alone with `--batch-memory`. */
function runBatchMemory(): number {
  const args = ['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'batch-memory.ts'), ...(QUICK ? ['--quick'] : [])];
  return spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
}

await main();
