/**
 * `rech analyze FILE…`: reads the inputs, analyses them in order (in this thread or in
 * worker threads) and prints each document as it comes, drawing a progress bar over a batch.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { analyze, analyzeMany, type AnalyzeOptions, type RechDocument } from '../index.js';
import { EXIT_OK, FileError, UsageError, reason } from './errors.js';
import { ProgressBar } from './progress.js';
import type { CliIO } from './run.js';

/** The arguments of `rech analyze`, as given on the command line (at least one file; `-` is standard input). */
export interface AnalyzeArguments {
  files: string[];
  compact: boolean;
  language?: string;
  jobs?: string;
}

interface Input {
  /** The path as given, or `-` for standard input. */
  file: string;
  text: string;
  /** The size of the input in bytes. */
  bytes: number;
}

/** Total input size (UTF-16 code units) from which several inputs go to worker threads by default. */
const PARALLEL_FROM = 1_000_000;

/** Runs `rech analyze`: checks the options, reads every input, then analyses and prints them in order. */
export async function analyzeCommand(args: AnalyzeArguments, io: CliIO): Promise<number> {
  const { files } = args;
  const options: AnalyzeOptions = {};
  if (args.language !== undefined) {
    if (!/^[a-z]{3}$/.test(args.language)) {
      throw new UsageError(
        `--language must be an ISO 639-3 code of three lower-case letters such as 'rus', got '${args.language}'`,
      );
    }
    options.language = args.language;
  }
  let jobs: number | undefined;
  if (args.jobs !== undefined) {
    if (!/^\d{1,3}$/.test(args.jobs)) throw new UsageError(`--jobs must be a whole number such as 2, got '${args.jobs}'`);
    jobs = Number(args.jobs);
  }
  if (files.filter((file) => file === '-').length > 1) {
    throw new UsageError(`standard input ('-') can be given only once`);
  }

  // Read everything before printing anything, so that a bad file leaves stdout empty.
  const inputs: Input[] = [];
  for (const file of files) inputs.push(await readInput(file, io));

  const indent = args.compact ? undefined : 2;
  if (inputs.length === 1) {
    io.stdout.write(`${JSON.stringify(await analyze(inputs[0]!.text, options), null, indent)}\n`);
    return EXIT_OK;
  }
  // Several inputs: an array of { file, document }, written one element at a time so that
  // memory holds a few documents, not all of them; the text is the same as JSON.stringify's.
  const size = inputs.reduce((sum, input) => sum + input.text.length, 0);
  jobs ??= size >= PARALLEL_FROM ? availableParallelism() : 0;
  // On a terminal's stderr, unless the documents go to the same terminal.
  const progress =
    io.stderr.isTTY && !io.stdout.isTTY
      ? new ProgressBar({
          files: inputs.length,
          bytes: inputs.reduce((sum, input) => sum + input.bytes, 0),
          write: (chunk) => io.stderr.write(chunk),
          now: io.now,
          columns: io.stderr.columns,
        })
      : undefined;
  try {
    let index = 0;
    for await (const document of documents(inputs, options, jobs)) {
      const element = JSON.stringify({ file: inputs[index]!.file, document }, null, indent);
      const opening = index === 0 ? '[' : ',';
      io.stdout.write(indent ? `${opening}\n${element.replace(/^/gm, '  ')}` : `${opening}${element}`);
      progress?.advance(inputs[index]!.bytes);
      index++;
    }
    io.stdout.write(indent ? '\n]\n' : ']\n');
  } finally {
    progress?.finish();
  }
  return EXIT_OK;
}

/** The documents of the inputs, in order: in this thread when `jobs` is 0, else through {@link analyzeMany}. */
async function* documents(inputs: readonly Input[], options: AnalyzeOptions, jobs: number): AsyncGenerator<RechDocument> {
  if (jobs === 0) {
    for (const { text } of inputs) yield await analyze(text, options);
    return;
  }
  for await (const result of analyzeMany(inputs.map((input) => input.text), { ...options, concurrency: jobs })) {
    // analyze throws only on bad arguments, which the command line has ruled out: anything else is a bug.
    if ('error' in result) throw result.error;
    yield result.document;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file, or standard input for `-`, as UTF-8 (a leading byte-order mark is dropped). */
async function readInput(file: string, io: CliIO): Promise<Input> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readStream(io.stdin) : await readFile(file);
  } catch (error) {
    throw new FileError(`cannot read ${file}: ${reason(error)}`);
  }
  try {
    return { file, text: UTF8.decode(bytes), bytes: bytes.length };
  } catch {
    throw new FileError(`cannot read ${file}: not valid UTF-8`);
  }
}

async function readStream(stream: AsyncIterable<string | Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks);
}
