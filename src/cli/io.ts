/** The streams the command line reads and writes, apart from `run.ts` so that the commands it runs can name them without importing it back. */

/** Where the command line reads and writes; `process.stdin` etc. in real use. */
export interface CliIO {
  /** Read when the input is `-` or no file is given. */
  stdin: AsyncIterable<string | Uint8Array> & { isTTY?: boolean };
  /** `write` returning `false` and `once('drain')`, as a Node stream has them, make a stream of output wait for its reader. */
  stdout: { write(chunk: string): unknown; isTTY?: boolean; once?(event: 'drain', listener: () => void): unknown };
  /** Errors, and the progress bar when it is a terminal (`isTTY`) `columns` wide. */
  stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  /** The clock of the progress bar, in milliseconds; `performance.now` by default. */
  now?: () => number;
}
