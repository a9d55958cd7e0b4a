/**
 * Throughput measurement shared by every row of the benchmark. The tasks are
 * timed in interleaved rounds (a sample of each task, then the next round), so
 * that drift on a shared machine touches rech and its peers alike.
 */

export interface Pass {
  /** Untimed passes over all texts per task, at least. */
  warmup: number;
  /** Warm-up lasts at least this long per task, for the JIT to settle. */
  warmupMs: number;
  /** Timed samples per task. */
  repetitions: number;
  /** A sample repeats whole passes until it lasts about this long, so timer and GC noise stay small. */
  sampleMs: number;
}

export interface Throughput {
  /** Median KB/s over the timed samples (KB = 1000 UTF-16 code units). */
  median: number;
  /** Best KB/s over the timed samples. */
  best: number;
}

/** Something to run over one text; it returns a count so that the work cannot be optimised away. */
export type Task = (text: string) => number | Promise<number>;

/** Keeps results reachable so the JIT cannot drop the work. */
export let sink = 0;

/** Measures every task over all `texts` and returns their throughputs, by task name. */
export async function measure(tasks: Record<string, Task>, texts: readonly string[], pass: Pass): Promise<Record<string, Throughput>> {
  const units = texts.reduce((sum, text) => sum + text.length, 0);
  const passesPerSample: Record<string, number> = {};
  for (const [name, task] of Object.entries(tasks)) passesPerSample[name] = await warmUp(task, texts, pass);
  const rates: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < pass.repetitions; round++) {
    for (const [name, task] of Object.entries(tasks)) {
      const passes = passesPerSample[name]!;
      const start = performance.now();
      for (let i = 0; i < passes; i++) await runPass(task, texts);
      rates[name]!.push((units * passes) / (performance.now() - start)); // UTF-16 units per ms = KB/s
    }
  }
  return Object.fromEntries(Object.entries(rates).map(([name, list]) => [name, summarize(list)]));
}

/** Runs untimed passes; returns how many passes make one sample of about `sampleMs`. */
async function warmUp(task: Task, texts: readonly string[], { warmup, warmupMs, sampleMs }: Pass): Promise<number> {
  const start = performance.now();
  let passes = 0;
  while (passes < warmup || performance.now() - start < warmupMs) {
    await runPass(task, texts);
    passes++;
  }
  const perPass = (performance.now() - start) / passes;
  return Math.max(1, Math.round(sampleMs / perPass));
}

async function runPass(task: Task, texts: readonly string[]): Promise<void> {
  for (const text of texts) {
    const count = task(text);
    sink += typeof count === 'number' ? count : await count;
  }
}

function summarize(rates: number[]): Throughput {
  const sorted = [...rates].sort((a, b) => a - b);
  return { median: median(sorted), best: sorted[sorted.length - 1]! };
}

export function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
