/**
 * The heap's room for analysis: V8 ends a process whose heap is full with an error no one can catch, so
 * `analyze` refuses a text too long for the free heap before any work, and stops with a `RangeError` when the
 * heap fills while it works on a text that takes more than its length foretold.
 */

/** Peak memory of `analyze` per character of news above the process's baseline, rounded up from what the bench measures on 1 MB and 10 MB of news (`npm run bench`, "memory per character"). */
export const PEAK_BYTES_PER_CHARACTER = 100;
/** The share of the free heap a document may take is 1 / HEAP_MARGIN, for the rest of the process and for the measure's spread. */
export const HEAP_MARGIN = 1.5;
/**
 * The share of the heap's limit past which analysis stops: V8 collects its garbage as the heap nears its limit, so
 * a heap this full after the collections is one the text is about to overflow.
 */
export const HEAP_FULL = 0.85;

export interface HeapStatistics {
  heap_size_limit: number;
  used_heap_size: number;
}

type ReadHeap = () => HeapStatistics | undefined;

/** Node's heap statistics; undefined where there is no `v8` module (a browser), where no limit is checked. */
const readV8: ReadHeap = () =>
  (globalThis as { process?: { getBuiltinModule?: (name: string) => { getHeapStatistics(): HeapStatistics } | undefined } }).process?.getBuiltinModule?.('node:v8')?.getHeapStatistics();
let read = readV8;

/** @internal For tests: reads the heap statistics from `reader` instead of from V8 (no argument restores V8). */
export function useHeapStatistics(reader: ReadHeap = readV8): void {
  read = reader;
}

/** The longest text the heap can take now, in UTF-16 code units; Infinity where the heap cannot be read. */
export function maxDocumentLength(): number {
  const heap = read();
  if (!heap) return Infinity;
  return Math.max(0, Math.floor((heap.heap_size_limit - heap.used_heap_size) / (PEAK_BYTES_PER_CHARACTER * HEAP_MARGIN)));
}

const count = (n: number): string => n.toLocaleString('en-US');
const megabytes = (bytes: number): string => count(Math.round(bytes / 2 ** 20));
const WHAT_TO_DO = 'split the text (at paragraphs, say) and analyse the parts, with analyzeMany for many of them, or start Node with a larger --max-old-space-size';

/** Refuses, before any work, a text too long for the heap (V8 would end the process with an uncatchable error). */
export function refuseTooLong(text: string): void {
  const limit = maxDocumentLength();
  if (text.length <= limit) return;
  const heap = read()!;
  throw new RangeError(
    `rech: the text has ${count(text.length)} characters, but this process can analyse at most ${count(limit)} at once ` +
      `(analysis takes up to ${PEAK_BYTES_PER_CHARACTER} bytes per character, and ${megabytes(heap.heap_size_limit - heap.used_heap_size)} MB of the heap's ` +
      `${megabytes(heap.heap_size_limit)} MB are free); ${WHAT_TO_DO}`
  );
}

/** Throws a `RangeError` when the heap is past {@link HEAP_FULL} of its limit, before V8 would end the process. */
export function stopWhenHeapFull(): void {
  const heap = read();
  if (!heap || heap.used_heap_size < heap.heap_size_limit * HEAP_FULL) return;
  throw new RangeError(
    `rech: the heap is full (${megabytes(heap.used_heap_size)} of ${megabytes(heap.heap_size_limit)} MB) while analysing this text, which takes more ` +
      `memory than its length foretold (as a text of many distinct words the dictionary lacks does: each keeps its guessed readings); ${WHAT_TO_DO}`
  );
}
