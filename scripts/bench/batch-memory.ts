/**
 * `npm run bench -- --batch-memory`: 100 000 small documents (paragraphs of the
 * corpus, each made unique) stream from a generator through analyzeMany with
 * two workers; the process's RSS (workers included) and the main thread's
 * heap are printed every 10 000 documents. Memory is flat when the RSS stops
 * growing after the first batches, whatever the number of documents.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Rech from '../../src/index.js';
import { distIsStale, loadCorpus, ROOT } from './corpus.js';

const TOTAL = process.argv.includes('--quick') ? 20_000 : 100_000;
const EVERY = TOTAL / 10;
/** RSS growth allowed from the second report to the last. */
const FLAT_MB = 50;

const fromDist = !distIsStale();
const { analyzeMany } = (await import(pathToFileURL(join(ROOT, fromDist ? 'dist/index.js' : 'src/index.ts')).href)) as typeof Rech;

const paragraphs = loadCorpus()
  .texts.flatMap((text) => text.split(/\n+/))
  .filter((paragraph) => paragraph.length >= 40);

/** Generated as they are read: the input itself takes no memory. */
function* documents(): Generator<string> {
  for (let i = 0; i < TOTAL; i++) yield `${paragraphs[i % paragraphs.length]} (${i})`;
}

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1).padStart(7);
console.log(`analyzeMany, concurrency 2, ${TOTAL.toLocaleString('en-US')} documents of ${paragraphs.length} corpus paragraphs, from ${fromDist ? 'dist/index.js' : 'src/index.ts via tsx'}`);
console.log('documents      RSS MB  heap MB  seconds  documents/s');
const start = performance.now();
const reports: number[] = [];
let expected = 0;
for await (const result of analyzeMany(documents(), { concurrency: 2 })) {
  if (result.index !== expected++) throw new Error(`out of order: ${result.index}`);
  if ('error' in result) throw result.error;
  if (expected % EVERY === 0) {
    const { rss, heapUsed } = process.memoryUsage();
    const seconds = (performance.now() - start) / 1000;
    reports.push(rss);
    console.log(`${expected.toLocaleString('en-US').padStart(9)}  ${mb(rss)}  ${mb(heapUsed)}  ${seconds.toFixed(1).padStart(7)}  ${Math.round(expected / seconds).toLocaleString('en-US').padStart(11)}`);
  }
}
const growth = (reports[reports.length - 1]! - reports[1]!) / 2 ** 20;
console.log(`RSS growth from ${(2 * EVERY).toLocaleString('en-US')} to ${TOTAL.toLocaleString('en-US')} documents: ${growth.toFixed(1)} MB — ${growth < FLAT_MB ? 'flat' : 'NOT flat'} (allowed < ${FLAT_MB} MB); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
