/** The command line's exit codes and the two kinds of mistake it reports in one line. */

/** Exit codes: success, a file could not be read or written, a usage error. */
export const EXIT_OK = 0;
export const EXIT_FILE = 1;
export const EXIT_USAGE = 2;

/** A mistake in the command line: reported in one line, exit code 2. */
export class UsageError extends Error {}

/** A file that cannot be read or written: reported in one line, exit code 1. */
export class FileError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'a file of that name exists',
  EACCES: 'permission denied',
};

/** The reason in a file-system error, without its code and path (`ENOENT: no such file or directory, open 'x'`). */
export function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined && Object.hasOwn(REASONS, code)) return REASONS[code]!;
  const match = /^[A-Z]+: (.+?)(?:, \w+(?: '.*')?)?$/s.exec(error.message);
  return match ? match[1]! : error.message;
}
