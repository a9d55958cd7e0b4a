/**
 * `rech analyze FILE…`: reads the inputs, analyses them in order (in this thread or in
 * worker threads) and prints each document as it comes in the format asked for, or writes
 * it to a file per input with `--out DIR`, drawing a progress bar over a batch.
 */
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import {
  BRAT_CONFIG,
  FORMATS,
  analyze,
  analyzeMany,
  render,
  renderConll,
  renderConllu,
  renderJson,
  renderJsonl,
  renderText,
  type AnalyzeOptions,
  type Format,
  type RechDocument,
} from '../index.js';
import { EXIT_OK, FileError, UsageError, reason } from './errors.js';
import { prepareFolder, writeOutput } from './files.js';
import { ProgressBar } from './progress.js';
import { streamCommand } from './stream.js';
import type { CliIO } from './io.js';

/** The arguments of `rech analyze`, as given on the command line (at least one file; `-` is standard input). */
export interface AnalyzeArguments {
  files: string[];
  /** One of {@link FORMATS}; json when not given. */
  format?: string;
  /** The folder to write one file per input into, instead of printing. */
  out?: string;
  compact: boolean;
  language?: string;
  jobs?: string;
  /** `text` (the default: each file is a text) or `jsonl` (each line of each file is a `{"id", "text"}` object). */
  input?: string;
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
  const { options, jobs, format } = checkArguments(args);
  if (args.input === 'jsonl') {
    await streamCommand(args.files, options, jobs ?? 0, io);
    return EXIT_OK;
  }
  const outputs = args.out === undefined ? undefined : outputFiles(args.files, format, args.out, args.compact);

  // Read everything before printing anything, so that a bad file leaves stdout empty.
  const inputs: Input[] = [];
  for (const file of args.files) inputs.push(await readInput(file, io));
  if (outputs !== undefined) await prepareOutputs(inputs, outputs, format);

  const size = inputs.reduce((sum, input) => sum + input.text.length, 0);
  const threads = inputs.length === 1 ? 0 : (jobs ?? (size >= PARALLEL_FROM ? availableParallelism() : 0));
  // Over a batch, on a terminal's stderr, unless the documents go to the same terminal.
  const progress =
    inputs.length > 1 && io.stderr.isTTY && (outputs !== undefined || !io.stdout.isTTY)
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
    for await (const document of documents(inputs, options, threads)) {
      const input = inputs[index]!;
      if (outputs === undefined) io.stdout.write(printed(format, input.file, document, index, inputs.length, args.compact));
      else for (const output of outputs.files[index]!) if (!output.skip) await writeOutput(output.path, output.contents(document));
      progress?.advance(input.bytes);
      index++;
    }
    if (outputs === undefined && format === 'json' && inputs.length > 1) io.stdout.write(args.compact ? ']\n' : '\n]\n');
  } finally {
    progress?.finish();
  }
  return EXIT_OK;
}

/** The analyze options, worker threads and format the arguments ask for; a {@link UsageError} for anything amiss. */
function checkArguments(args: AnalyzeArguments): { options: AnalyzeOptions; jobs: number | undefined; format: Format } {
  const options: AnalyzeOptions = {};
  if (args.language !== undefined) {
    if (!/^[a-z]{3}$/.test(args.language)) {
      throw new UsageError(
        `--language must be an ISO 639-3 code of three lower-case letters such as 'rus', got '${args.language}'`,
      );
    }
    options.language = args.language;
  }
  if (args.jobs !== undefined && !/^\d{1,3}$/.test(args.jobs)) {
    throw new UsageError(`--jobs must be a whole number such as 2, got '${args.jobs}'`);
  }
  if (args.files.filter((file) => file === '-').length > 1) {
    throw new UsageError(`standard input ('-') can be given only once`);
  }
  if (args.input !== undefined && args.input !== 'text' && args.input !== 'jsonl') {
    throw new UsageError(`--input must be text or jsonl, got '${args.input}'`);
  }
  if (args.input === 'jsonl') {
    // The output of a stream is JSON Lines of results, whatever the inputs.
    if (args.format !== undefined && args.format !== 'jsonl') throw new UsageError(`--input jsonl writes JSON Lines of results: --format ${args.format} does not apply`);
    if (args.out !== undefined) throw new UsageError('--input jsonl writes its results to standard output: --out does not apply');
    if (args.compact) throw new UsageError('--input jsonl writes JSON Lines, one line a result: --compact does not apply');
  }
  const format = FORMATS.find((known) => known === (args.format ?? 'json'));
  if (format === undefined) throw new UsageError(`unknown format '${args.format}' (formats: ${FORMATS.join(', ')})`);
  if (args.compact && format !== 'json') throw new UsageError(`--compact applies to --format json only, not ${format}`);
  if (args.files.length > 1 && args.out === undefined && !STREAMED.has(format)) {
    throw new UsageError(`--format ${format} writes one file per input: give --out DIR to write ${args.files.length} inputs`);
  }
  return { options, jobs: args.jobs === undefined ? undefined : Number(args.jobs), format };
}

/** The formats that print several documents on stdout; the others need `--out`. */
const STREAMED = new Set<Format>(['json', 'jsonl', 'conll', 'conllu', 'text']);

/**
 * What the document of `file`, the `index`th of `count`, prints on stdout. One document prints its
 * rendering. Several: json an array of { file, document }, written one element at a time so that
 * memory holds a few documents, not all of them (the text is the same as JSON.stringify's of the
 * whole array); jsonl a line of { file, document } each; conll the documents one after another,
 * a blank line between; conllu one after another, each with its `# newdoc id` the file's path (whitespace
 * as `_`) and its sentence ids under it; text each under a `==> FILE <==` header, as `head` does.
 */
function printed(format: Format, file: string, document: RechDocument, index: number, count: number, compact: boolean): string {
  if (count === 1) return format === 'json' ? renderJson(document, { compact }) : render(document, format);
  const name = JSON.stringify(file);
  switch (format) {
    case 'json': {
      const json = renderJson(document, { compact }).slice(0, -1);
      if (compact) return `${index === 0 ? '[' : ','}{"file":${name},"document":${json}}`;
      // The element of JSON.stringify(array, null, 2): { file, document } indented by 2, the document by 4.
      return `${index === 0 ? '[' : ','}\n  {\n    "file": ${name},\n    "document": ${json.replace(/\n/g, '\n    ')}\n  }`;
    }
    case 'jsonl':
      return `{"file":${name},"document":${renderJsonl(document).slice(0, -1)}}\n`;
    case 'conll':
      return `${index === 0 ? '' : '\n'}${renderConll(document)}`;
    case 'conllu':
      return renderConllu(document, { id: file === '-' ? 'stdin' : file.replace(/\s/g, '_') });
    default:
      return `${index === 0 ? '' : '\n'}==> ${file === '-' ? 'standard input' : file} <==\n${renderText(document)}`;
  }
}

/** A file `--out` writes for an input. */
interface OutputFile {
  path: string;
  /** Its contents, from the input's document. */
  contents: (document: RechDocument) => string;
  /** Its contents are the text analysed (brat's .txt). */
  isText?: boolean;
  /** Not written: it is the input itself, which already holds exactly that text. */
  skip?: boolean;
}

/** The extension of the file written for each format but brat; text's keeps clear of the input's `.txt`. */
const EXTENSIONS: Record<Exclude<Format, 'brat'>, string> = {
  json: '.json',
  jsonl: '.jsonl',
  html: '.html',
  conll: '.conll',
  conllu: '.conllu',
  text: '.rech.txt',
};

/** What `--out DIR` writes: the folder, and the files for each input in order. */
interface Outputs {
  dir: string;
  files: OutputFile[][];
}

/**
 * The files `--out DIR` writes for each input, named after its base name without its extension
 * (`stdin` for standard input): `article.txt` gives `DIR/article.json` etc., and for brat
 * `DIR/article.txt` (the text analysed) and `DIR/article.ann`. Two inputs that would write the
 * same file are a usage error: which one to keep is the user's call.
 */
function outputFiles(inputs: readonly string[], format: Format, dir: string, compact: boolean): Outputs {
  const writers = new Map<string, string>();
  const files = inputs.map((file) => {
    const name = file === '-' ? 'stdin' : basename(file, extname(file));
    const outputs: OutputFile[] =
      format === 'brat'
        ? [
            { path: join(dir, `${name}.txt`), contents: (document) => document.text, isText: true },
            { path: join(dir, `${name}.ann`), contents: (document) => render(document, 'brat') },
          ]
        : [{ path: join(dir, name + EXTENSIONS[format]), contents: (document) => printed(format, file, document, 0, 1, compact) }];
    for (const { path } of outputs) {
      const other = writers.get(path);
      if (other !== undefined) throw new UsageError(`${other} and ${file} would both be written to ${path}: rename one, or run them separately`);
      writers.set(path, file);
    }
    return outputs;
  });
  return { dir, files };
}

/**
 * Checks that no output file is an input (by device and inode, so whatever the path), and creates
 * the folder (see {@link prepareFolder}: a folder that cannot hold the files is refused). An input that is its own brat `.txt` is left as it is, when it holds exactly the text.
 * For brat, the folder gets brat's `annotation.conf` declaring what rech writes, unless it has one.
 */
async function prepareOutputs(inputs: readonly Input[], { dir, files }: Outputs, format: Format): Promise<void> {
  const identity = async (path: string): Promise<string | undefined> => {
    const stats = await stat(path, { bigint: true }).catch(() => undefined);
    return stats && `${stats.dev}:${stats.ino}`;
  };
  const inputFiles = new Map<string, Input>();
  for (const input of inputs) {
    const id = input.file === '-' ? undefined : await identity(input.file);
    if (id !== undefined) inputFiles.set(id, input);
  }
  for (const [index, outputs] of files.entries()) {
    for (const output of outputs) {
      const id = await identity(output.path);
      const input = id === undefined ? undefined : inputFiles.get(id);
      if (input === undefined) continue;
      if (!output.isText || input !== inputs[index]) throw new UsageError(`writing ${output.path} would overwrite the input ${input.file}`);
      // The text analysed leaves out a leading byte-order mark, and brat's offsets count from after it.
      if (input.bytes !== Buffer.byteLength(input.text)) {
        throw new UsageError(`writing ${output.path} would overwrite the input ${input.file}, to drop its byte-order mark`);
      }
      output.skip = true;
    }
  }
  await prepareFolder(dir);
  if (format === 'brat') await writeOutput(join(dir, 'annotation.conf'), BRAT_CONFIG, true);
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
