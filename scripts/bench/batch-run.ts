/**
 * Child process of `npm run bench`: analyzeMany's throughput over the corpus
 * texts with no worker thread (`concurrency: 0`), one and two workers, from
 * the built package when it is up to date (else from source, whose workers
 * start slower through tsx). Worker start-up is included: it is part of what
 * a batch costs, and so is each fresh worker's JIT warm-up, which is why the
 * batch is a few MB: on a small one, two cold workers lose to one warm thread.
 * Prints one line of JSON.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Rech from '../../src/index.js';
import { distIsStale, loadCorpus, ROOT } from './corpus.js';
import { median } from './measure.js';

const QUICK = process.argv.includes('--quick');
const ROUNDS = QUICK ? 1 : 3;
const CONCURRENCIES = [0, 1, 2];

const fromDist = !distIsStale();
const entry = fromDist ? join(ROOT, 'dist', 'index.js') : join(ROOT, 'src', 'index.ts');
const { analyzeMany } = (await import(pathToFileURL(entry).href)) as typeof Rech;

const corpus = loadCorpus().texts;
const texts: string[] = [];
for (let units = 0; units < (QUICK ? 1_000_000 : 6_000_000); units += corpus.reduce((sum, text) => sum + text.length, 0)) texts.push(...corpus);
const units = texts.reduce((sum, text) => sum + text.length, 0);

const rates = new Map<number, number[]>(CONCURRENCIES.map((concurrency) => [concurrency, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const concurrency of CONCURRENCIES) {
    const start = performance.now();
    let tokens = 0;
    for await (const result of analyzeMany(texts, { concurrency })) {
      if ('error' in result) throw result.error;
      tokens += result.document.tokens.length;
    }
    rates.get(concurrency)!.push(units / (performance.now() - start)); // UTF-16 units per ms = KB/s
    if (tokens === 0) throw new Error('no tokens');
  }
}
console.log(
  JSON.stringify({
    entry: fromDist ? 'dist/index.js' : 'src/index.ts via tsx (dist/ missing or stale)',
    documents: texts.length,
    units,
    rates: Object.fromEntries([...rates].map(([concurrency, list]) => [concurrency, median([...list].sort((a, b) => a - b))])),
  }),
);
