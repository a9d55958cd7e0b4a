/**
 * `rech analyze --input jsonl`: a stream of JSON Lines in, one `{"id", "text"}` object a line, and a
 * stream of JSON Lines out, one result a line in input order: `{"id", "document"}`, or
 * `{"id", "error": {"name", "message"}}` for a line that cannot be analysed (not JSON, no text), and
 * the stream goes on. Memory stays flat over any length of input: a line is read when the one
 * before it (or, with worker threads, a few before it) has been written. That is the interface
 * GNU parallel (`--pipe`), Hadoop Streaming and Spark's `RDD.pipe` drive.
 */
import { constants, createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { analyze, analyzeMany, renderJsonl, type AnalyzeOptions, type RechDocument } from '../index.js';
import { FileError, reason } from './errors.js';
import type { CliIO } from './io.js';

/** A line read: what to analyse, or why it cannot be. `id` is the line's own (any JSON value), or null. */
type Line = { id: unknown; text: string } | { id: unknown; error: Failure };

/** An error as the output gives it. */
interface Failure {
  name: string;
  message: string;
}

/** The result of a line, as written. */
type Outcome = { id: unknown; document: RechDocument } | { id: unknown; error: Failure };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The lines of a byte stream, split at `\n` (a `\r` before it dropped), without their ends. A line
 * is gathered from its chunks once, so a long line costs its length, not its length times its chunks.
 */
async function* splitLines(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<Buffer> {
  let pieces: Buffer[] = [];
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let end = bytes.indexOf(0x0a); end >= 0; end = bytes.indexOf(0x0a, start)) {
      pieces.push(bytes.subarray(start, end));
      yield pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
      pieces = [];
      start = end + 1;
    }
    if (start < bytes.length) pieces.push(Buffer.from(bytes.subarray(start))); // a copy: the chunk may be reused
  }
  if (pieces.length > 0) yield Buffer.concat(pieces);
}

const failure = (name: string, message: string): Failure => ({ name, message });

/** A line read as a record; undefined for a blank line, which is skipped. */
function readLine(bytes: Buffer, first: boolean): Line | undefined {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  let start = 0;
  if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3; // a byte-order mark
  let line: string;
  try {
    line = UTF8.decode(bytes.subarray(start, end));
  } catch {
    return { id: null, error: failure('TypeError', 'the line is not valid UTF-8') };
  }
  if (line.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: failure('SyntaxError', `the line is not JSON: ${(error as Error).message}`) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: null, error: failure('TypeError', `the line must be a JSON object {"id", "text"}, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`) };
  }
  const { id = null, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') {
    return { id, error: failure('TypeError', text === undefined ? 'the object has no "text"' : `"text" must be a string, got ${text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text}`) };
  }
  return { id, text };
}

/** The records of the inputs, in order, as they are read. */
async function* records(files: readonly string[], io: CliIO): AsyncGenerator<Line> {
  for (const file of files) {
    const stream = file === '-' ? io.stdin : createReadStream(file);
    let first = true;
    try {
      for await (const bytes of splitLines(stream)) {
        const line = readLine(bytes, first);
        first = false;
        if (line !== undefined) yield line;
      }
    } catch (error) {
      throw new FileError(`cannot read ${file}: ${reason(error)}`);
    }
  }
}

const asFailure = (error: unknown): Failure =>
  error instanceof Error ? failure(error.name, error.message) : failure('Error', String(error));

/**
 * The outcome of every record, in input order: analysed in this thread when `jobs` is 0, else
 * through {@link analyzeMany}, which reads a few texts per worker ahead. Records that failed to
 * read wait in a queue of ids and errors until the texts before them are done.
 */
async function* outcomes(lines: AsyncIterable<Line>, options: AnalyzeOptions, jobs: number): AsyncGenerator<Outcome> {
  if (jobs === 0) {
    for await (const line of lines) {
      if ('error' in line) yield line;
      else {
        try {
          yield { id: line.id, document: await analyze(line.text, options) };
        } catch (error) {
          yield { id: line.id, error: asFailure(error) };
        }
      }
    }
    return;
  }
  const queue: Array<{ id: unknown; error?: Failure }> = [];
  async function* texts(): AsyncGenerator<string> {
    for await (const line of lines) {
      if ('error' in line) queue.push(line);
      else {
        queue.push({ id: line.id });
        yield line.text;
      }
    }
  }
  for await (const result of analyzeMany(texts(), { ...options, concurrency: jobs })) {
    while (queue[0]?.error) yield queue.shift() as Outcome;
    const { id } = queue.shift()!;
    yield 'error' in result ? { id, error: asFailure(result.error) } : { id, document: result.document };
  }
  for (const line of queue) yield line as Outcome;
}

/** JSON.stringify, with U+0085, U+2028 and U+2029 escaped as the JSON renderers do, so no line reader cuts the line. */
const json = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The output line of an outcome. */
function printed(outcome: Outcome): string {
  const id = json(outcome.id ?? null);
  if ('document' in outcome) return `{"id":${id},"document":${renderJsonl(outcome.document).slice(0, -1)}}\n`;
  return `{"id":${id},"error":${json({ name: outcome.error.name, message: outcome.error.message })}}\n`;
}

/** Writes a chunk, and waits for the stream to drain when it says it is full (a slow reader holds the input back, not memory). */
async function write(io: CliIO, chunk: string): Promise<void> {
  const { stdout } = io;
  if (stdout.write(chunk) === false && typeof stdout.once === 'function') {
    await new Promise<void>((resolve) => stdout.once!('drain', resolve));
  }
}

/** Runs `rech analyze --input jsonl FILE…` (`-` is standard input): one result line per record line, in order. */
export async function streamCommand(files: readonly string[], options: AnalyzeOptions, jobs: number, io: CliIO): Promise<void> {
  // Every file readable before anything is written, as far as that can be known.
  for (const file of files) {
    if (file !== '-') await access(file, constants.R_OK).catch((error: unknown) => Promise.reject(new FileError(`cannot read ${file}: ${reason(error)}`)));
  }
  for await (const outcome of outcomes(records(files, io), options, jobs)) await write(io, printed(outcome));
}
