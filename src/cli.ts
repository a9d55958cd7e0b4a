#!/usr/bin/env node
/**
 * The `rech` executable (built to `dist/cli.js`). The logic is in `./cli/run.ts`.
 */
import { run } from './cli/run.js';

// Output piped into a reader that stops early (`rech analyze a.txt | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not a user error (those are reported by `run`): a bug, so keep the stack.
    process.stderr.write(`rech: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
