/**
 * Child process of `npm run bench`: a fresh process that reads the benchmark
 * texts (a JSON file of strings, the first argument) and runs one task over
 * all of them, pass after pass, timing each pass. The first pass is what a
 * user meets on news the process has never seen (cold: every lazy load, every
 * new word form, the JIT compiler still warming up); the later ones are warm.
 * Prints one line of JSON (a {@link PassRun}).
 *
 * Tasks (`--task`):
 * - `analyze`: `analyze` from dist/index.js when it is up to date, else from src/ through tsx
 *   (the bench runs dist/ through scripts/bench/analyze-run.mjs instead, in plain node);
 * - `stages`: the stages of `analyze` from src/ (through tsx), each timed (the same work as `analyze`);
 * - `az`: az's tokenizer, `Az.Tokens(text).done()`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Rech from '../../src/index.js';
import { distIsStale, ROOT } from './corpus.js';

/** What a child prints. */
export interface PassRun {
  task: string;
  /** What was run, for the table. */
  entry: string;
  /** Milliseconds from process start until the task could run (imports). */
  importMs: number;
  /** Milliseconds from process start to the first text's result. */
  firstResultMs: number;
  /** Milliseconds of each pass over all texts; the first is the cold pass. */
  passes: number[];
  /** For `stages`: milliseconds per stage in each pass, by stage name. */
  stages?: Record<string, number[]>;
  /** Peak RSS of the process in MB. */
  rss: number;
}

const argument = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};

const texts = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as string[];
const task = argument('--task', 'analyze');
const passCount = Number(argument('--passes', '4'));

type Run = (text: string) => Promise<void> | void;

/** The task's function over one text, loaded as a user would load it. */
async function load(): Promise<{ entry: string; run: Run; stages?: Record<string, number[]> }> {
  if (task === 'az') {
    const Az = createRequire(import.meta.url)('az') as { Tokens(text: string): { done(): unknown[] } };
    return { entry: 'Az.Tokens(text).done()', run: (text) => void Az.Tokens(text).done() };
  }
  if (task === 'stages') {
    const { STAGES } = await import('../../src/analyze.js');
    const { newDocument } = await import('../../src/document.js');
    const stages: Record<string, number[]> = Object.fromEntries(STAGES.map((stage) => [stageName(stage), []]));
    const times = STAGES.map((stage) => stages[stageName(stage)]!);
    return {
      entry: 'the stages of analyze, src/ through tsx',
      stages,
      run: async (text) => {
        const document = newDocument(text, undefined);
        for (let i = 0; i < STAGES.length; i++) {
          const start = performance.now();
          await STAGES[i]!(document);
          const list = times[i]!;
          list[list.length - 1]! += performance.now() - start;
        }
      },
    };
  }
  const fromDist = !distIsStale();
  const module = fromDist ? join(ROOT, 'dist', 'index.js') : join(ROOT, 'src', 'index.ts');
  const { analyze } = (await import(pathToFileURL(module).href)) as typeof Rech;
  return { entry: fromDist ? 'analyze, dist/index.js' : 'analyze, src/ through tsx (dist/ missing or stale)', run: async (text) => void (await analyze(text)) };
}

/** `addWords` → `words`. */
const stageName = (stage: { name: string }): string => stage.name.replace(/^add/, '').toLowerCase();

const { entry, run, stages } = await load();
const importMs = performance.now();
let firstResultMs = 0;
const passes: number[] = [];
for (let pass = 0; pass < passCount; pass++) {
  if (stages) for (const list of Object.values(stages)) list.push(0);
  const start = performance.now();
  for (const text of texts) {
    await run(text);
    if (firstResultMs === 0) firstResultMs = performance.now();
  }
  passes.push(performance.now() - start);
}
const result: PassRun = { task, entry, importMs, firstResultMs, passes, stages, rss: process.resourceUsage().maxRSS / 1024 };
console.log(JSON.stringify(result));
