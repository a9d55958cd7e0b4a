/**
 * Child process of `npm run bench`: the peak memory of one `analyze` call per
 * character of text, in a fresh plain Node process running dist/index.js.
 * Reads the warm-up texts (a JSON file of strings, the first argument) and the
 * news text to measure (a file, the second); analyses the first `--warm-up`
 * warm-up texts (20 by default: the dictionaries and lazy modules load, as in
 * any process that has analysed something; all of them: the caches of word
 * forms already hold the news text's) and a short text with an English
 * paragraph (compromise, the English tagger, loads only for one), collects garbage, takes the RSS as the baseline, then
 * analyses the news text once and prints one line of JSON: its length, the
 * baseline and peak RSS, and (peak − baseline) / length. The peak is the
 * process's highest RSS, so the figure is an upper bound (the warm-up's own
 * peak counts if it was higher). Run with `--expose-gc`.
 */
import { readFileSync } from 'node:fs';

const at = process.argv.indexOf('--warm-up');
const warmUp = JSON.parse(readFileSync(process.argv[2], 'utf8')).slice(0, at >= 0 ? Number(process.argv[at + 1]) : 20);
const text = readFileSync(process.argv[3], 'utf8');
const { analyze } = await import(new URL('../../dist/index.js', import.meta.url).href);
for (const sample of warmUp) await analyze(sample);
// Every lazy module loaded, as in a process that has analysed something: compromise loads only for an English
// paragraph, which the 20 texts may not have (its ≈ 35 MB would count as the measured call's, once per process).
await analyze('Переговоры продолжатся.\n\nThe talks will go on, the minister said.');
globalThis.gc();
const baseline = process.memoryUsage().rss;
const start = performance.now();
const document = await analyze(text);
const ms = performance.now() - start;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ characters: text.length, tokens: document.tokens.length, ms, baselineMB: baseline / 2 ** 20, peakMB: peak / 2 ** 20, bytesPerCharacter: (peak - baseline) / text.length }));
