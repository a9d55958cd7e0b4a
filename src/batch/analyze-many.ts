import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyze, checkOptions, OPTION_NAMES, type AnalyzeOptions } from '../analyze.js';
import { describe } from '../errors.js';
import type { RechDocument } from '../model.js';
import { deserializeError, unpackDocument, type Answer, type Ready, type WorkerData } from './messages.js';

/**
 * Options for {@link analyzeMany}: how many worker threads, and the options
 * every document is analysed with (see {@link AnalyzeOptions}).
 *
 * @example
 * ```ts
 * import { analyzeMany } from 'rech';
 * for await (const result of analyzeMany(['Первый текст.', 'Второй текст.'], { concurrency: 2, language: 'rus' })) {
 *   if ('document' in result) console.log(result.index, result.document.sentences.length);
 * }
 * ```
 *
 * @group Batches
 */
export interface AnalyzeManyOptions extends AnalyzeOptions {
  /**
   * The number of worker threads, a whole number. `0` analyses the texts on the
   * calling thread, one after another, with no threads at all (the cheapest
   * for a few small texts). Default: `os.availableParallelism()`.
   */
  concurrency?: number;
  /**
   * Where rech's worker script is: a `file:` URL (a `URL` or a string) or an
   * absolute path. Needed only where the default cannot be found, as in an
   * application bundled by a tool that does not follow
   * `new URL('./worker.js', import.meta.url)` (esbuild; webpack and Vite do):
   * bundle `rech/worker` as a second entry point and pass its output here.
   * Default: `worker.js` (`worker.cjs` from CommonJS) beside rech's own files.
   *
   * @example
   * ```ts
   * // esbuild app=src/app.ts worker=rech/worker --bundle --platform=node --format=esm --outdir=out
   * import { analyzeMany } from 'rech';
   * const worker = new URL('./worker.js', import.meta.url); // out/worker.js, beside out/app.js
   * for await (const result of analyzeMany(['Текст.'], { concurrency: 2, worker })) console.log(result.index);
   * ```
   */
  worker?: string | URL;
}

/**
 * The outcome for one text of {@link analyzeMany}: its document, or the error
 * that stopped it (an item that is not a string gives a `TypeError`, a Promise
 * too: items are never awaited). `index` is the position of the text in the input.
 *
 * @example
 * ```ts
 * import { analyzeMany, type BatchResult } from 'rech';
 * const results: BatchResult[] = [];
 * for await (const result of analyzeMany(['Текст.', 42 as unknown as string], { concurrency: 0 })) results.push(result);
 * results.map((result) => ('error' in result ? result.error.name : result.document.tokens.length));
 * // [ 2, 'TypeError' ]
 * ```
 *
 * @group Batches
 */
export type BatchResult =
  | {
      /** The position of the text in the input, from 0. */
      index: number;
      /** The text's document, as {@link analyze} gives it. */
      document: RechDocument;
    }
  | {
      /** The position of the text in the input, from 0. */
      index: number;
      /** Why the text has no document. */
      error: Error;
    };

/** Each worker's young generation, in MB: larger than a worker's default, as a document is many short-lived objects. */
const YOUNG_GENERATION_MB = 64;
/** Texts handed to a worker and not yet answered, per worker: enough to keep it busy between messages. */
const PER_WORKER = 4;
/** Texts read ahead of the one the consumer waits for, per worker: the bound on memory, whatever the input size. */
const WINDOW_PER_WORKER = 8;

/**
 * Analyses many texts in worker threads and yields their documents in input
 * order, as they are ready. Memory stays flat over any number of texts: only a
 * few texts per worker are read ahead of the consumer, and reading pauses
 * while the consumer does; a source slow to give its next text (a stream of
 * lines) does not hold back the results already done. A text that fails (not
 * a string, or an error in analysis) gives an `{ index, error }` result and
 * the batch goes on. An item that is not a string, a Promise included, gives a
 * `TypeError` result for its index in both modes: items are never awaited (a
 * rejected Promise among them is marked handled, so it never surfaces as an
 * unhandled rejection). An error thrown by the input iterable itself ends the
 * batch once the results of the texts read before it have been yielded (the
 * iteration then throws it); a worker that cannot start ends it at once. A
 * worker that dies while analysing fails only the text it was on, and a fresh
 * one takes its place and the texts queued to it. The workers are stopped
 * when the iteration ends, throws, or the consumer breaks out of it.
 *
 * @param texts - The texts, as an array or any iterable or async iterable of strings (a stream of lines, a generator).
 * @param options - See {@link AnalyzeManyOptions}.
 * @returns An async iterable of {@link BatchResult}, one per text, in input order.
 * @throws TypeError when `texts` is not an iterable or async iterable (or is a string), `options` is not an object of known options,
 * or `options.worker` is neither a string nor a URL.
 * @throws RangeError when `options.concurrency` is not a whole number ≥ 0, or `options.worker` is not a `file:` URL or an
 * absolute path of an existing file.
 *
 * @example
 * ```ts
 * import { analyzeMany } from 'rech';
 * const texts = ['Посол заявил, что Казахстан не должен вовлекаться в конфликт.', 'Есть жертвы.'];
 * for await (const result of analyzeMany(texts, { concurrency: 2 })) {
 *   if ('error' in result) console.error(result.index, result.error.message);
 *   else console.log(result.index, result.document.sentences.length);
 * }
 * // 0 1
 * // 1 1
 * ```
 *
 * @group Batches
 */
export function analyzeMany(
  texts: Iterable<string> | AsyncIterable<string>,
  options: AnalyzeManyOptions = {},
): AsyncIterableIterator<BatchResult> {
  checkTexts(texts);
  const { concurrency = availableParallelism(), worker, ...analyzeOptions } = checkManyOptions(options);
  const location = worker === undefined ? undefined : workerLocation(worker);
  return concurrency === 0 ? inProcess(texts, analyzeOptions) : inWorkers(texts, concurrency, analyzeOptions, location);
}

function checkTexts(texts: unknown): asserts texts is Iterable<unknown> | AsyncIterable<unknown> {
  const iterable =
    texts !== null &&
    (typeof texts === 'object' || typeof texts === 'function') &&
    (typeof (texts as Iterable<unknown>)[Symbol.iterator] === 'function' ||
      typeof (texts as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function');
  if (!iterable) {
    const got = typeof texts === 'string' ? 'a string (wrap a single text in an array)' : describe(texts);
    throw new TypeError(`rech: \`texts\` must be an iterable or async iterable of strings, got ${got}`);
  }
}

function checkManyOptions(options: unknown): AnalyzeManyOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`rech: \`options\` must be an object, got ${describe(options)}`);
  }
  for (const name of Object.keys(options)) {
    if (name !== 'concurrency' && name !== 'worker' && !OPTION_NAMES.has(name)) {
      throw new TypeError(`rech: unknown option \`${name}\`; known options: concurrency, worker, ${[...OPTION_NAMES].join(', ')}`);
    }
  }
  const { concurrency, worker, ...rest } = options as AnalyzeManyOptions;
  if (concurrency !== undefined) {
    if (typeof concurrency !== 'number') {
      throw new TypeError(`rech: \`options.concurrency\` must be a number, got ${describe(concurrency)}`);
    }
    if (!Number.isInteger(concurrency) || concurrency < 0) {
      throw new RangeError(`rech: \`options.concurrency\` must be a whole number ≥ 0 (0: no worker threads), got ${concurrency}`);
    }
  }
  if (worker !== undefined && typeof worker !== 'string' && !(worker instanceof URL)) {
    throw new TypeError(`rech: \`options.worker\` must be a URL or a string (a file: URL or an absolute path), got ${describe(worker)}`);
  }
  checkOptions(rest);
  return options as AnalyzeManyOptions;
}

/** `options.worker` as a `file:` URL of an existing file, or a RangeError naming the option. */
function workerLocation(worker: string | URL): URL {
  let url: URL;
  if (worker instanceof URL || worker.startsWith('file:')) {
    url = new URL(worker);
    if (url.protocol !== 'file:') {
      throw new RangeError(`rech: \`options.worker\` must be a file: URL or an absolute path, got the URL ${url.href}`);
    }
  } else if (isAbsolute(worker)) {
    url = pathToFileURL(worker);
  } else {
    throw new RangeError(`rech: \`options.worker\` must be a file: URL or an absolute path, got ${JSON.stringify(worker)}`);
  }
  if (!existsSync(fileURLToPath(url))) {
    throw new RangeError(`rech: \`options.worker\` names no file: ${fileURLToPath(url)}`);
  }
  return url;
}

/** The texts one after another on this thread: `concurrency: 0`. */
async function* inProcess(texts: Iterable<unknown> | AsyncIterable<unknown>, options: AnalyzeOptions): AsyncGenerator<BatchResult, void, undefined> {
  // Not `for await`, which would await a Promise item of a sync iterable: items are taken as they are, as by the workers.
  const source = iterate(texts);
  let exhausted = false;
  try {
    for (let index = 0; ; index++) {
      const next = await source.next().catch((error: unknown) => {
        exhausted = true;
        throw error;
      });
      if (next.done) {
        exhausted = true;
        return;
      }
      const text = next.value;
      let result: BatchResult;
      if (typeof text !== 'string') result = { index, error: notAString(index, text) };
      else {
        try {
          result = { index, document: await analyze(text, options) };
        } catch (error) {
          result = { index, error: error instanceof Error ? error : new Error(String(error)) };
        }
      }
      // Yielded outside the `try`, so that nothing the consumer does is mistaken for this text's error.
      yield result;
    }
  } finally {
    if (!exhausted) await source.return?.();
  }
}

/** The texts through a pool of `concurrency` workers, read ahead at most a window of texts. */
async function* inWorkers(
  texts: Iterable<unknown> | AsyncIterable<unknown>,
  concurrency: number,
  options: AnalyzeOptions,
  location: URL | undefined,
): AsyncGenerator<BatchResult, void, undefined> {
  const pool = new Pool(concurrency, options, location);
  const source = iterate(texts);
  const pending: Promise<BatchResult>[] = [];
  const window = concurrency * WINDOW_PER_WORKER;
  let exhausted = false;
  // The text being read, kept across yields: a slow source (a stream of lines) does not hold back results already done.
  let reading: Promise<IteratorResult<unknown>> | undefined;
  // The input's own error, thrown once the texts read before it have their results.
  let sourceFailed = false;
  let sourceError: unknown;
  try {
    for (let index = 0; ; ) {
      while (!exhausted && pending.length < window) {
        reading ??= source.next();
        let next: IteratorResult<unknown>;
        try {
          // With results waiting, read on only while the first is not done.
          if (pending.length > 0 && (await Promise.race([reading.then(() => false), pending[0]!.then(() => true)]))) break;
          next = await reading;
        } catch (error) {
          [exhausted, sourceFailed, sourceError] = [true, true, error];
          break;
        } finally {
          if (exhausted) reading = undefined;
        }
        reading = undefined;
        if (next.done) exhausted = true;
        else pending.push(pool.submit(index++, next.value));
      }
      const result = pending.shift();
      if (!result) {
        if (sourceFailed) throw sourceError;
        return;
      }
      const outcome = await result;
      if (pool.broken) throw pool.broken;
      yield outcome;
    }
  } finally {
    if (!exhausted) {
      // A read in flight is not waited for (the source may be waiting for input of its own): the source is only asked to end.
      reading?.catch(() => {});
      const closing = source.return?.();
      if (reading === undefined) await closing;
    }
    await pool.close();
  }
}

/** The error of an item that is not a string; a rejected Promise item is marked handled, as it will never be awaited. */
function notAString(index: number, text: unknown): TypeError {
  if (text instanceof Promise) text.catch(() => {});
  return new TypeError(`rech: \`texts[${index}]\` must be a string, got ${describe(text)}`);
}

/** An async iterator over a sync or async iterable. */
function iterate(texts: Iterable<unknown> | AsyncIterable<unknown>): AsyncIterator<unknown> {
  if (Symbol.asyncIterator in texts) return texts[Symbol.asyncIterator]();
  const iterator = texts[Symbol.iterator]();
  return {
    next: async () => iterator.next(),
    return: async () => iterator.return?.() ?? { done: true, value: undefined },
  };
}

interface Task {
  index: number;
  text: string;
  resolve(result: BatchResult): void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to the worker and not answered, by id (the task's index), in the order sent: the worker takes them in that order. */
  tasks: Map<number, Task>;
  /** Whether it has said it is ready: a worker that dies before that cannot start, and the batch stops. */
  ready: boolean;
}

/** Worker threads with a queue of tasks; each task is resolved, never rejected, so that one text cannot stop the batch. */
class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly options: AnalyzeOptions;
  private readonly location: URL | undefined;
  private closed = false;
  /** Set when a worker cannot start (it died before its first answer): the batch stops with this error. */
  broken: Error | undefined;

  constructor(size: number, options: AnalyzeOptions, location: URL | undefined) {
    this.options = options;
    this.location = location;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  submit(index: number, text: unknown): Promise<BatchResult> {
    if (typeof text !== 'string') {
      return Promise.resolve({ index, error: notAString(index, text) });
    }
    if (this.broken) return Promise.resolve({ index, error: this.broken });
    return new Promise((resolve) => {
      this.queue.push({ index, text, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (this.queue.length > 0 && slot.tasks.size < PER_WORKER) {
        const task = this.queue.shift()!;
        slot.tasks.set(task.index, task);
        slot.worker.postMessage({ id: task.index, text: task.text });
      }
      // An idle worker must not keep the process alive once the consumer has gone.
      if (slot.tasks.size > 0) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker({ options: this.options }, this.location), tasks: new Map(), ready: false };
    slot.worker.on('message', (answer: Answer | Ready) => {
      if ('ready' in answer) {
        slot.ready = true;
        return;
      }
      if (this.closed) return;
      const task = slot.tasks.get(answer.id);
      if (!task) return;
      slot.tasks.delete(answer.id);
      task.resolve(
        'document' in answer
          ? { index: task.index, document: unpackDocument(task.text, answer.document) }
          : { index: task.index, error: deserializeError(answer.error) },
      );
      this.dispatch();
    });
    let failure: Error | undefined;
    slot.worker.on('error', (error) => (failure = error));
    slot.worker.on('exit', (code) => {
      if (this.closed) return;
      const error = failure ?? new Error(`rech: a worker thread of analyzeMany stopped with exit code ${code}`);
      const at = this.slots.indexOf(slot);
      if (!slot.ready) {
        this.broken = cannotStart(error, this.location);
        for (const task of [...slot.tasks.values(), ...this.queue.splice(0)]) task.resolve({ index: task.index, error: this.broken });
        slot.tasks.clear();
        return;
      }
      // The worker died (out of memory, a crash) on the oldest text it had not answered: that text fails; the texts
      // queued behind it go back to the front of the queue, for a fresh worker that takes its place.
      const [current, ...queued] = slot.tasks.values();
      slot.tasks.clear();
      current?.resolve({ index: current.index, error });
      this.queue.unshift(...queued);
      this.slots[at] = this.spawn();
      this.dispatch();
    });
    return slot;
  }
}

/** The worker of the file that runs analyzeMany, by its extension, where it is not `./worker.js`. */
const OTHER_WORKERS: Record<string, string> = {
  // From source (tests, scripts under tsx or vitest): worker-source.mjs loads worker.ts through tsx.
  '.ts': './worker-source.mjs',
  '.mts': './worker-source.mjs',
  // The CommonJS build.
  '.cjs': './worker.cjs',
};

/**
 * Starts a worker on `location` when given, else on the worker beside this file: worker.js
 * in the ESM build, worker.cjs in the CJS build, worker-source.mjs from source.
 */
function startWorker(data: WorkerData, location: URL | undefined): Worker {
  // No inherited flags: `node --input-type=module -e …` would pass its flag to the worker, which then refuses its file.
  // Fewer scavenges also mean less contention for the GC helper threads that all workers of a process share.
  const options = { workerData: data, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
  if (location) return new Worker(location, options);
  // Empty in a CommonJS bundle, where esbuild leaves `import.meta` empty.
  const here = import.meta.url as string | undefined;
  if (!here) throw new Error('rech: analyzeMany cannot find its worker here (no import.meta.url: a CommonJS bundle?); pass `options.worker`');
  const other = OTHER_WORKERS[/\.[cm]?[jt]s$/.exec(new URL(here).pathname)?.[0] ?? ''];
  if (other) return new Worker(new URL(other, here), options);
  // Written out in full, so that bundlers (webpack, Vite) recognise the worker and bundle it.
  return new Worker(new URL('./worker.js', import.meta.url), options);
}

/** The error of a worker that died before its first answer, with what to do when its file was not found. */
function cannotStart(error: Error, location: URL | undefined): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return error;
  const hint = location
    ? 'check `options.worker`'
    : 'in a bundled application, bundle `rech/worker` as worker.js beside it, or pass its location as `options.worker`';
  return new Error(`rech: analyzeMany's worker thread could not start: ${error.message} (${hint})`, { cause: error });
}
