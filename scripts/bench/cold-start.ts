/**
 * Cold start: a fresh Node process imports rech and awaits its first
 * `analyze`. The child reports times since its own process start
 * (`performance.now()` counts from the process's time origin).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './measure.js';

export interface ColdStart {
  /** Which entry point was imported, e.g. `dist/index.js`. */
  entry: string;
  /** Median ms from process start to the first `analyze` result. */
  total: number;
  /** Median ms spent in `import` of the library. */
  importMs: number;
  /** Median ms of the first `analyze` call. */
  firstAnalyze: number;
  /** Median peak RSS of the child in MB. */
  rss: number;
  /** Set when dist/ is older than the newest file under src/. */
  stale?: boolean;
}

const CHILD = `
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[1], 'utf8');
const ready = performance.now();
const { analyze } = await import(process.argv[2]);
const imported = performance.now();
await analyze(text);
const done = performance.now();
console.log(JSON.stringify({ total: done, importMs: imported - ready, firstAnalyze: done - imported, rss: process.resourceUsage().maxRSS / 1024 }));
`;

/** Cold start of the built `dist/index.js` when it exists, and of the source through tsx. */
export function measureColdStarts(root: string, textFile: string, runs: number): ColdStart[] {
  const results: ColdStart[] = [];
  const dist = join(root, 'dist', 'index.js');
  if (existsSync(dist)) {
    const result = coldStart(root, 'dist/index.js', [], dist, textFile, runs);
    result.stale = statSync(dist).mtimeMs < newestMtime(join(root, 'src'));
    results.push(result);
  }
  results.push(coldStart(root, 'src/index.ts via tsx', ['--import', 'tsx'], join(root, 'src', 'index.ts'), textFile, runs));
  return results;
}

function coldStart(root: string, entry: string, flags: string[], module: string, textFile: string, runs: number): ColdStart {
  const samples: Omit<ColdStart, 'entry'>[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', CHILD, textFile, pathToFileURL(module).href], {
      cwd: root,
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`cold start of ${entry} failed:\n${child.stderr}`);
    const lastLine = child.stdout.trim().split('\n').pop()!;
    samples.push(JSON.parse(lastLine));
  }
  const pick = (key: keyof Omit<ColdStart, 'entry' | 'stale'>) => median(samples.map((s) => s[key]).sort((a, b) => a - b));
  return { entry, total: pick('total'), importMs: pick('importMs'), firstAnalyze: pick('firstAnalyze'), rss: pick('rss') };
}

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
