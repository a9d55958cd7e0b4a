/** Runs the command line (`run` in src/cli/run.ts) with in-memory streams, for the tests in tests/cli/. */
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Absolute, so that the tests do not depend on the working directory.
export const FIXTURE_0 = `${ROOT}fixtures/000_4a3131ec37a1ee70.txt`;
export const FIXTURE_1 = `${ROOT}fixtures/001_78ac929fa1834338.txt`;
export const HEADLINE_0 = 'Мы нуждаемся в помощи Казахстана: посол Азербайджана выступил с заявлением';
export const HEADLINE_1 = 'Свобода людям, независимость нациям!';

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeTerminal {
  /** What to feed standard input. */
  stdin?: string | Uint8Array;
  /** Standard input is a terminal. */
  tty?: boolean;
  /** Standard output is a terminal. */
  stdoutTTY?: boolean;
  /** Standard error is a terminal, this many columns wide. */
  stderrColumns?: number;
  /** The clock, in milliseconds. */
  now?: () => number;
}

/** Runs the CLI with in-memory streams and returns its exit code and what it wrote. */
export async function cli(argv: string[], terminal: FakeTerminal = {}): Promise<Result> {
  const { stdin = '', tty = false, stdoutTTY = false, stderrColumns, now } = terminal;
  let stdout = '';
  let stderr = '';
  const bytes = typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin;
  const input = (async function* () {
    // Split the first letter (two bytes in UTF-8) across chunks: stdin must be decoded as a whole.
    yield bytes.subarray(0, 1);
    yield bytes.subarray(1);
  })();
  const io: CliIO = {
    stdin: Object.assign(input, { isTTY: tty }),
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: stdoutTTY },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: stderrColumns !== undefined, columns: stderrColumns },
    now,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
