/**
 * The `rech` command line, as a function of its arguments and streams so that
 * it can be tested without spawning a process. `src/cli.ts` is the thin entry.
 *
 * It uses the library only through its public API (`src/index.ts`).
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { version as VERSION } from '../../package.json';
import { analyze, analyzeMany, type AnalyzeOptions, type RechDocument } from '../index.js';

/** Where the command line reads and writes; `process.stdin` etc. in real use. */
export interface CliIO {
  /** Read when the input is `-` or no file is given. */
  stdin: AsyncIterable<string | Uint8Array> & { isTTY?: boolean };
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/** Exit codes: success, a file could not be read, a usage error. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Usage: rech analyze [options] [FILE...]
       rech --help | --version

Reads Russian news text (UTF-8) and prints the analysed document as JSON:
paragraphs, sentences and tokens with UTF-16 offsets.

Commands:
  analyze [FILE...]  Analyse each FILE; '-' or no FILE reads standard input.
                     One input prints its document; several print an array
                     of { "file", "document" } in argument order.

Options:
  --compact          Print single-line JSON instead of indenting it.
  --language CODE    The language of the text, as an ISO 639-3 code (rus).
  --jobs N           Worker threads for several inputs; 0 analyses them in
                     this thread. Default: one per CPU when the inputs add up
                     to 1 MB or more, else 0 (starting threads costs more).
  -h, --help         Print this help.
  --version          Print the version of rech.

Exit status: 0 on success, 1 when an input cannot be read, 2 on a usage error.

Examples:
  rech analyze article.txt
  rech analyze --compact first.txt second.txt > documents.json
  cat article.txt | rech analyze --language rus
`;

const OPTIONS = {
  compact: { type: 'boolean' },
  language: { type: 'string' },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const COMMANDS = ['analyze'];

/** A mistake in the command line: reported in one line, exit code 2. */
class UsageError extends Error {}

/** An input that cannot be read: reported in one line, exit code 1. */
class InputError extends Error {}

interface Input {
  /** The path as given, or `-` for standard input. */
  file: string;
  text: string;
}

/**
 * Runs the command line.
 *
 * @param argv - The arguments after the program name (`process.argv.slice(2)`).
 * @param io - The streams to read and write.
 * @returns The exit code.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`rech: ${error.message}. Run 'rech --help' for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr.write(`rech: ${error.message}\n`);
      return EXIT_INPUT;
    }
    throw error;
  }
}

async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);

  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }

  const [command, ...files] = positionals;
  if (command === undefined) {
    io.stderr.write(USAGE);
    return EXIT_USAGE;
  }
  if (!COMMANDS.includes(command)) {
    throw new UsageError(`unknown command '${command}' (known commands: ${COMMANDS.join(', ')})`);
  }

  const options: AnalyzeOptions = {};
  if (values.language !== undefined) {
    if (!/^[a-z]{3}$/.test(values.language)) {
      throw new UsageError(
        `--language must be an ISO 639-3 code of three lower-case letters such as 'rus', got '${values.language}'`,
      );
    }
    options.language = values.language;
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    if (!/^\d{1,3}$/.test(values.jobs)) throw new UsageError(`--jobs must be a whole number such as 2, got '${values.jobs}'`);
    jobs = Number(values.jobs);
  }

  if (files.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write(USAGE);
      return EXIT_USAGE;
    }
    files.push('-');
  }
  if (files.filter((file) => file === '-').length > 1) {
    throw new UsageError(`standard input ('-') can be given only once`);
  }

  // Read everything before printing anything, so that a bad file leaves stdout empty.
  const inputs: Input[] = [];
  for (const file of files) inputs.push({ file, text: await readInput(file, io) });

  const indent = values.compact ? undefined : 2;
  if (inputs.length === 1) {
    io.stdout.write(`${JSON.stringify(await analyze(inputs[0]!.text, options), null, indent)}\n`);
    return EXIT_OK;
  }
  // Several inputs: an array of { file, document }, written one element at a time so that
  // memory holds a few documents, not all of them; the text is the same as JSON.stringify's.
  const size = inputs.reduce((sum, input) => sum + input.text.length, 0);
  jobs ??= size >= PARALLEL_FROM ? availableParallelism() : 0;
  let index = 0;
  for await (const document of documents(inputs, options, jobs)) {
    const element = JSON.stringify({ file: inputs[index]!.file, document }, null, indent);
    const opening = index === 0 ? '[' : ',';
    io.stdout.write(indent ? `${opening}\n${element.replace(/^/gm, '  ')}` : `${opening}${element}`);
    index++;
  }
  io.stdout.write(indent ? '\n]\n' : ']\n');
  return EXIT_OK;
}

/** Total input size (UTF-16 code units) from which several inputs go to worker threads by default. */
const PARALLEL_FROM = 1_000_000;

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

/** Parses `argv` with `node:util` parseArgs, turning every problem into a {@link UsageError}. */
function parseCommandLine(argv: readonly string[]) {
  // Not strict: parseArgs's own messages are multi-line and mention internals,
  // so the tokens are checked here and reported in rech's words.
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name as keyof typeof OPTIONS] : undefined;
    if (option === undefined) throw new UsageError(`unknown option '${token.rawName}'`);
    if (option.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(`option '${token.rawName}' does not take a value`);
    }
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      throw new UsageError(`option '${token.rawName}' needs a value`);
    }
  }
  return {
    values: {
      compact: values.compact === true,
      help: values.help === true,
      version: values.version === true,
      language: typeof values.language === 'string' ? values.language : undefined,
      jobs: typeof values.jobs === 'string' ? values.jobs : undefined,
    },
    positionals,
  };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file, or standard input for `-`, as UTF-8 (a leading byte-order mark is dropped). */
async function readInput(file: string, io: CliIO): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readStream(io.stdin) : await readFile(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${reason(error)}`);
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new InputError(`cannot read ${file}: not valid UTF-8`);
  }
}

async function readStream(stream: AsyncIterable<string | Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks);
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

/** The reason in a file-system error, without its code and path (`ENOENT: no such file or directory, open 'x'`). */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined && Object.hasOwn(REASONS, code)) return REASONS[code]!;
  const match = /^[A-Z]+: (.+?)(?:, \w+(?: '.*')?)?$/s.exec(error.message);
  return match ? match[1]! : error.message;
}
