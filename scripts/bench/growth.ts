/**
 * The growth check of `npm run bench`: every hostile shape of
 * scripts/bench/adversarial.ts (and news, for reference) timed at two sizes ten
 * times apart, each shape and size in a process of its own (growth-run.ts).
 * Linear work grows about 10× (a little less where start-up costs weigh, a
 * little more where the heap grows); a rescanning step shows as 30× and more.
 * A shape over the limit is timed again (twice at most), each size in a fresh
 * process, and keeps the fastest time of each size, since a shared machine only
 * ever adds time. Each size is timed once per process: a second call on the
 * same text would find its words in the caches, as no first call does.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ADVERSARIES } from './adversarial.js';
import { ROOT } from './corpus.js';

/** The most a hostile shape's time may grow when its size grows tenfold. */
export const GROWTH_LIMIT = 12;
/** How many more times a shape over the limit is timed at both sizes, in fresh processes. */
const RETRIES = 2;

export interface GrowthRow {
  name: string;
  small: number;
  large: number;
  /** Milliseconds at each size. */
  smallMs: number;
  largeMs: number;
  retried: boolean;
}

function time(shape: string, size: number): number {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'growth-run.ts'), '--shape', shape, '--size', String(size)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`growth-run.ts --shape ${shape} --size ${size} failed:\n${result.stderr}`);
  return (JSON.parse(result.stdout.trim().split('\n').pop()!) as { ms: number }).ms;
}

/** Times news and every hostile shape at `small` and `small × 10` code units; `onRow` sees each row as it is measured. */
export function measureGrowth(small: number, onRow: (row: GrowthRow) => void = () => {}): GrowthRow[] {
  const large = small * 10;
  const shapes = [{ shape: 'news', name: 'news (factRuEval dev texts, repeated)' }, ...ADVERSARIES.map((adversary, i) => ({ shape: String(i), name: adversary.name }))];
  return shapes.map(({ shape, name }) => {
    let smallMs = time(shape, small);
    let largeMs = time(shape, large);
    let retried = false;
    for (let again = 0; again < RETRIES && largeMs / smallMs > GROWTH_LIMIT; again++) {
      retried = true;
      smallMs = Math.min(smallMs, time(shape, small));
      largeMs = Math.min(largeMs, time(shape, large));
    }
    const row = { name, small, large, smallMs, largeMs, retried };
    onRow(row);
    return row;
  });
}

const number = (value: number, digits = 0): string => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const size = (units: number): string => (units >= 1_000_000 ? `${number(units / 1_000_000)} MB` : `${number(units / 1000)} KB`);

/**
 * Prints the growth table, a row as each shape is measured, and returns whether every hostile
 * shape passed. `quick`: 10 KB and 100 KB (a CI-sized check, a few minutes); else 100 KB and 1 MB.
 */
export function printGrowth(quick: boolean): boolean {
  const small = quick ? 10_000 : 100_000;
  console.log(`growth: analyze (awaited) on each hostile text at ${size(small)} and ${size(small * 10)}, each size in a fresh process after a warm-up call`);
  console.log(`        at a tenth of the size; growth = time at ${size(small * 10)} / time at ${size(small)}; target ≤ ${GROWTH_LIMIT}× for every hostile input`);
  console.log(`        (linear work grows about 10×); * = over the target, timed again and the fastest times kept; vs news = time / news time at ${size(small * 10)}`);
  const header = ['input', size(small), size(small * 10), 'growth', 'result', `vs news`];
  const widths = [Math.max(...ADVERSARIES.map((adversary) => adversary.name.length), 40), 9, 9, 8, 6, 8];
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  let news = 0;
  let worst = 0;
  let worstName = '';
  measureGrowth(small, (row) => {
    const growth = row.largeMs / row.smallMs;
    const baseline = news === 0;
    if (baseline) news = row.largeMs;
    else if (growth > worst) [worst, worstName] = [growth, row.name];
    const result = baseline ? '(news)' : growth <= GROWTH_LIMIT ? 'PASS' : 'FAIL';
    console.log(line([row.name, `${number(row.smallMs)} ms`, `${number(row.largeMs)} ms`, `${number(growth, 1)}×${row.retried ? '*' : ''}`, result, `${number(row.largeMs / news, 2)}×`]));
  });
  const pass = worst <= GROWTH_LIMIT;
  console.log(`worst growth ${number(worst, 1)}× (${worstName}): ${pass ? 'PASS' : 'FAIL'}`);
  return pass;
}
