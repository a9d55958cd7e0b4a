/**
 * Child process of `npm run bench`'s growth check: times `analyze` once on one
 * text of one size — a hostile shape of scripts/bench/adversarial.ts chosen by
 * its index, or `news` — after a warm-up call on the same shape at a tenth of
 * the size, and prints `{ name, size, ms }` as one line of JSON. Each shape and
 * size runs in its own process, so that no run pays for another's garbage,
 * caches or heap growth.
 *
 *     npx tsx scripts/bench/growth-run.ts --shape 3 --size 1000000
 *     npx tsx scripts/bench/growth-run.ts --shape news --size 100000
 */
import { analyze } from '../../src/index.js';
import { ADVERSARIES } from './adversarial.js';
import { loadCorpus, newsOfSize } from './corpus.js';

const option = (name: string): string | undefined => process.argv[process.argv.indexOf(name) + 1];
const shape = option('--shape');
const size = Number(option('--size'));
const news = { name: 'news', make: (length: number, text: string) => text.slice(0, length) };
const adversary = shape === 'news' ? news : ADVERSARIES[Number(shape)];
if (adversary === undefined || !(size > 0)) throw new Error('usage: growth-run.ts --shape <index in ADVERSARIES | news> --size <UTF-16 code units>');

const corpus = newsOfSize(loadCorpus().texts, size);
await analyze(adversary.make(Math.ceil(size / 10), corpus));
const text = adversary.make(size, corpus);
// One timed call: a second call on the same text would find every word form in the caches, which a first never does.
const start = performance.now();
await analyze(text);
const ms = performance.now() - start;
console.log(JSON.stringify({ name: adversary.name, size: text.length, ms }));
