/**
 * Child process of `npm run bench`: `analyze` from the built package
 * (dist/index.js) in a fresh plain Node process, as a user's program runs it:
 * no TypeScript loader, whose own thread and heap would swell the start-up
 * time and the RSS. Otherwise the same as scripts/bench/pass-run.ts (its
 * `analyze` task, which the bench uses instead when dist/ is missing or
 * stale): reads the texts (a JSON file of strings, the first argument), runs
 * `--passes` passes over them, and prints one line of JSON (a `PassRun`).
 */
import { readFileSync } from 'node:fs';

const texts = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const at = process.argv.indexOf('--passes');
const passCount = at >= 0 ? Number(process.argv[at + 1]) : 4;

const { analyze } = await import(new URL('../../dist/index.js', import.meta.url).href);
const importMs = performance.now();
let firstResultMs = 0;
const passes = [];
for (let pass = 0; pass < passCount; pass++) {
  const start = performance.now();
  for (const text of texts) {
    await analyze(text);
    if (firstResultMs === 0) firstResultMs = performance.now();
  }
  passes.push(performance.now() - start);
}
const rss = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ task: 'analyze', entry: 'analyze, dist/index.js, plain node', importMs, firstResultMs, passes, rss }));
