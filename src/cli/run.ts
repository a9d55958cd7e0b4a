/**
 * The `rech` command line, as a function of its arguments and streams so that
 * it can be tested without spawning a process. `src/cli.ts` is the thin entry;
 * the commands are in `./analyze.ts` and `./eval.ts`.
 *
 * It uses the library only through its public API (`src/index.ts`).
 */
import { parseArgs } from 'node:util';
import { version as VERSION } from '../../package.json';
import { analyzeCommand } from './analyze.js';
import { EXIT_FILE, EXIT_OK, EXIT_USAGE, FileError, UsageError } from './errors.js';
import { evalCommand } from './eval.js';
import type { CliIO } from './io.js';

export const USAGE = `Usage: rech analyze [options] [FILE...]
       rech eval [options]
       rech --help | --version

Reads Russian news text (UTF-8) and prints the analysed document: paragraphs,
sentences and tokens with UTF-16 offsets, named entities and quotes.

Commands:
  analyze [FILE...]  Analyse each FILE; '-' or no FILE reads standard input.
  eval               Print the quality figures on the development corpora.

Options of analyze:
  -f, --format FMT   What to print (default json):
                       json   the document as JSON; several inputs: an array
                              of { "file", "document" } in argument order
                       jsonl  the document on one line; several inputs: a
                              line of { "file", "document" } for each
                       html   a page with the entities and quotes marked
                       brat   brat standoff annotation (the .ann file)
                       conll  a token a line: text, part of speech, entity
                              and quote tags (BIO); several inputs: one
                              after another, each from its -DOCSTART- line
                       conllu CoNLL-U (Universal Dependencies): lemma, UPOS,
                              OpenCorpora tags, UD features, entity and
                              quote BIO in MISC; several inputs: one after
                              another, each from its '# newdoc id = FILE'
                       text   the text with its entities and quotes marked
                              under it; several inputs: each under a
                              '==> FILE <==' header
                     html and brat need --out DIR for several inputs.
  -o, --out DIR      Write a file per input into DIR (created if missing)
                     instead of printing, named after the input without its
                     extension: article.txt gives article.json, .jsonl,
                     .html, .conll, .conllu or .rech.txt; brat gives article.txt (the
                     text analysed) and article.ann, and annotation.conf
                     unless DIR has one. Standard input is named stdin.
                     Each file is written anew (a symbolic link at its
                     path is replaced, never followed); DIR must be a
                     writable folder, not under /proc, /sys or a device.
                     Two inputs of the same name, or an output that would
                     overwrite an input, are a usage error.
  --compact          With json: single-line JSON instead of indenting it.
  --language CODE    The language of the text, as an ISO 639-3 code (rus).
  --jobs N           Worker threads for several inputs; 0 analyses them in
                     this thread. Default: one per CPU when the inputs add up
                     to 1 MB or more, else 0 (starting threads costs more);
                     with --input jsonl, 0.
  --input jsonl      Read each FILE (or standard input) as JSON Lines, one
                     {"id": …, "text": "…"} object a line, and print one
                     line per object, in input order, as it is analysed:
                     {"id": …, "document": {…}}, or {"id": …, "error":
                     {"name": …, "message": …}} for a line that is not JSON
                     or has no "text" (the stream goes on). Blank lines are
                     skipped. Memory stays flat over any input: the way to
                     run rech under GNU parallel --pipe, Hadoop Streaming or
                     Spark's RDD.pipe. --input text (the default) reads
                     each FILE as one text.

  With several inputs, a progress bar is drawn on stderr when it is a terminal
  and the output is not (a file, a pipe, or --out).

Options of eval:
  --only PART        Only segmentation, entities or quotes.
  --doc ID           Only the factRuEval document ID (book_58); the razdel
                     token cases are then skipped.
  --half A|B         Only one fixed half of the factRuEval documents: A (even
                     ids), where errors are read, or B (odd ids), held back.
  --errors           List the errors of half A for reading (with --half A),
                     at most --limit N (60) per group; --type PER|LOC|ORG
                     lists one entity type only.
  --corpora DIR      The corpora folder. Default: $RECH_SHARED/corpora when
                     RECH_SHARED is set, else ../shared/corpora from the
                     current directory, else ../shared/corpora beside the
                     rech package.

Other options:
  -h, --help         Print this help.
  --version          Print the version of rech.

Exit status: 0 on success, 1 when a file cannot be read or written, 2 on a
usage error.

Examples:
  rech analyze article.txt
  rech analyze --format text article.txt | less
  rech analyze --compact first.txt second.txt > documents.json
  rech analyze --format html --out pages/ news/*.txt
  cat article.txt | rech analyze --language rus --format conll
  rech analyze --input jsonl - < corpus.jsonl > documents.jsonl
  parallel --pipe -k -N 1000 rech analyze --input jsonl - < corpus.jsonl > documents.jsonl
  rech eval --only entities --half A --errors --type ORG --limit 20
`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  // analyze
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  compact: { type: 'boolean' },
  language: { type: 'string' },
  jobs: { type: 'string' },
  input: { type: 'string' },
  // eval
  only: { type: 'string' },
  doc: { type: 'string' },
  half: { type: 'string' },
  errors: { type: 'boolean' },
  limit: { type: 'string' },
  type: { type: 'string' },
  corpora: { type: 'string' },
} as const;

type Option = keyof typeof OPTIONS;

/** The commands, each with the options it takes besides --help and --version. */
const COMMANDS = {
  analyze: ['format', 'out', 'compact', 'language', 'jobs', 'input'],
  eval: ['only', 'doc', 'half', 'errors', 'limit', 'type', 'corpora'],
} as const satisfies Record<string, readonly Option[]>;

type Command = keyof typeof COMMANDS;

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
    if (error instanceof FileError) {
      io.stderr.write(`rech: ${error.message}\n`);
      return EXIT_FILE;
    }
    throw error;
  }
}

async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const { flag, value, positionals } = parseCommandLine(argv);

  if (flag('help')) {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (flag('version')) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }

  const [command, ...files] = positionals;
  if (command === undefined) {
    io.stderr.write(USAGE);
    return EXIT_USAGE;
  }
  if (command === 'eval') {
    if (files.length > 0) throw new UsageError(`'rech eval' takes no file, got '${files[0]}'`);
    return evalCommand(
      { only: value('only'), doc: value('doc'), half: value('half'), errors: flag('errors'), limit: value('limit'), type: value('type'), corpora: value('corpora') },
      io,
    );
  }
  // 'analyze', as parseCommandLine has ruled out any other command.
  if (files.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write(USAGE);
      return EXIT_USAGE;
    }
    files.push('-');
  }
  return analyzeCommand(
    { files, format: value('format'), out: value('out'), compact: flag('compact'), language: value('language'), jobs: value('jobs'), input: value('input') },
    io,
  );
}

/**
 * Parses `argv` with `node:util` parseArgs, turning every problem into a {@link UsageError}:
 * an unknown command or option, an option of the other command, a value missing or given to a flag.
 */
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
  const command = positionals[0];
  if (command !== undefined && !Object.hasOwn(COMMANDS, command)) {
    throw new UsageError(`unknown command '${command}' (known commands: ${Object.keys(COMMANDS).join(', ')})`);
  }
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`unknown option '${token.rawName}'`);
    const name = token.name as Option;
    const option = OPTIONS[name];
    if (option.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(`option '${token.rawName}' does not take a value`);
    }
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      throw new UsageError(`option '${token.rawName}' needs a value`);
    }
    const owner = (Object.keys(COMMANDS) as Command[]).find((other) => (COMMANDS[other] as readonly Option[]).includes(name));
    if (command !== undefined && owner !== undefined && owner !== command) {
      throw new UsageError(`option '${token.rawName}' is for 'rech ${owner}', not 'rech ${command}'`);
    }
  }
  return {
    positionals,
    flag: (name: Option): boolean => values[name] === true,
    value: (name: Option): string | undefined => {
      const given = values[name];
      return typeof given === 'string' ? given : undefined;
    },
  };
}
