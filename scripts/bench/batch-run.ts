/**
 * Child process of `npm run bench`: one batch through analyzeMany with the
 * concurrency given as `--concurrency N` (0: no worker thread), over the
 * corpus texts repeated to a few MB, from the built package when it is up to
 * date (else from source, whose workers start slower through tsx). Each batch
 * runs in a fresh process, as a batch job does: start-up and JIT warm-up are
 * paid alike with and without workers. Prints one line of JSON.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Rech from '../../src/index.js';
import { distIsStale, loadCorpus, ROOT } from './corpus.js';

/** What one batch prints. */
export interface BatchRun {
  entry: string;
  documents: number;
  units: number;
  /** KB/s (KB = 1000 UTF-16 code units) over the whole batch, worker start-up included. */
  rate: number;
  /** Peak RSS of the process, workers included, in MB. */
  rss: number;
}

const QUICK = process.argv.includes('--quick');
const concurrency = Number(process.argv[process.argv.indexOf('--concurrency') + 1]);

const fromDist = !distIsStale();
const entry = fromDist ? join(ROOT, 'dist', 'index.js') : join(ROOT, 'src', 'index.ts');
const { analyzeMany } = (await import(pathToFileURL(entry).href)) as typeof Rech;

const corpus = loadCorpus().texts;
const texts: string[] = [];
for (let units = 0; units < (QUICK ? 1_000_000 : 6_000_000); units += corpus.reduce((sum, text) => sum + text.length, 0)) texts.push(...corpus);
const units = texts.reduce((sum, text) => sum + text.length, 0);

const start = performance.now();
let tokens = 0;
for await (const result of analyzeMany(texts, { concurrency })) {
  if ('error' in result) throw result.error;
  tokens += result.document.tokens.length;
}
const rate = units / (performance.now() - start); // UTF-16 units per ms = KB/s
if (tokens === 0) throw new Error('no tokens');
const run: BatchRun = {
  entry: fromDist ? 'dist/index.js' : 'src/index.ts via tsx (dist/ missing or stale)',
  documents: texts.length,
  units,
  rate,
  rss: process.resourceUsage().maxRSS / 1024,
};
console.log(JSON.stringify(run));
