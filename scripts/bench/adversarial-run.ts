/**
 * Child process of `npm run bench`: times `analyze` on 1 MB of news and on
 * each adversarial text of the same size (scripts/bench/adversarial.ts), and
 * prints the medians as one line of JSON. It calls `analyze` and nothing else,
 * so it times whatever stages `analyze` runs. Run with `--expose-gc`: the
 * garbage of the previous document is collected before each timed call, so
 * that no input pays for another's.
 */
import { analyze } from '../../src/index.js';
import { ADVERSARIES } from './adversarial.js';
import { loadCorpus, newsOfSize } from './corpus.js';
import { median } from './measure.js';

/** One row of the adversarial table. */
export interface AdversarialRow {
  name: string;
  size: number;
  /** Median milliseconds of `analyze`, awaited. */
  ms: number;
  tokens: number;
  sentences: number;
  paragraphs: number;
}

const SIZE = 1_000_000;
const ROUNDS = process.argv.includes('--quick') ? 1 : 3;
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

const news = newsOfSize(loadCorpus().texts, SIZE);
const inputs = [{ name: 'news (factRuEval dev texts, repeated)', text: news }, ...ADVERSARIES.map((adversary) => ({ name: adversary.name, text: adversary.make(SIZE, news) }))];

const times = new Map<string, number[]>(inputs.map((input) => [input.name, []]));
const rows = new Map<string, AdversarialRow>();
// A warm-up call on each input, then rounds over all inputs, so that drift touches every input alike.
for (let round = -1; round < ROUNDS; round++) {
  for (const { name, text } of inputs) {
    collect();
    const start = performance.now();
    const doc = await analyze(text);
    const ms = performance.now() - start;
    if (round >= 0) times.get(name)!.push(ms);
    rows.set(name, { name, size: text.length, ms: 0, tokens: doc.tokens.length, sentences: doc.sentences.length, paragraphs: doc.paragraphs.length });
  }
}
for (const [name, list] of times) rows.get(name)!.ms = median([...list].sort((a, b) => a - b));
console.log(JSON.stringify({ rows: [...rows.values()], rss: process.resourceUsage().maxRSS / 1024 }));
