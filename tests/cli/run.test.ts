/**
 * The command line's entry (src/cli/run.ts): --help, --version, usage errors, and the
 * executable's exit codes. The commands have their own tests beside this one.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURE_0, ROOT, cli } from '../support/cli.js';

describe('rech --help and --version', () => {
  it.each([['--help'], ['-h'], ['analyze', '--help']])('%s %s prints the usage', async (...argv) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: rech analyze/);
    for (const option of ['--format FMT', '--out DIR', 'json', 'jsonl', 'html', 'brat', 'conll', 'conllu', 'text', '--compact', '--language CODE', '--jobs N', '--only PART', '--doc ID', '--errors', '--limit N', '--type', '--corpora DIR']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain('rech eval [options]');
    expect(stdout).toContain('Examples:');
  });

  it('prints the version from package.json', async () => {
    const { code, stdout, stderr } = await cli(['--version']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe('0.1.0\n');
  });

  it('prints the usage on stderr with exit code 2 when there is no command', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: rech/);
  });
});

describe('rech usage errors', () => {
  it.each([
    [['analyze', '--bogus', FIXTURE_0], "rech: unknown option '--bogus'. Run 'rech --help' for usage.\n"],
    [['-x'], "rech: unknown option '-x'. Run 'rech --help' for usage.\n"],
    [['summarize', 'x.txt'], "rech: unknown command 'summarize' (known commands: analyze, eval). Run 'rech --help' for usage.\n"],
    [['analyze', '--compact=yes', FIXTURE_0], "rech: option '--compact' does not take a value. Run 'rech --help' for usage.\n"],
    [['analyze', FIXTURE_0, '--language'], "rech: option '--language' needs a value. Run 'rech --help' for usage.\n"],
    [['analyze', '--language', '--compact', FIXTURE_0], "rech: option '--language' needs a value. Run 'rech --help' for usage.\n"],
    [['analyze', '-', '-'], "rech: standard input ('-') can be given only once. Run 'rech --help' for usage.\n"],
    [['analyze', '--only', 'quotes', FIXTURE_0], "rech: option '--only' is for 'rech eval', not 'rech analyze'. Run 'rech --help' for usage.\n"],
  ])('rejects %j with exit code 2', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it.each([['ru'], ['RUS'], ['russian'], ['']])('rejects --language %j with exit code 2', async (language) => {
    const { code, stdout, stderr } = await cli(['analyze', `--language=${language}`, FIXTURE_0]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `rech: --language must be an ISO 639-3 code of three lower-case letters such as 'rus', got '${language}'. Run 'rech --help' for usage.\n`,
    );
  });
});

describe('the rech executable', () => {
  const exec = promisify(execFile);
  const rech = (...argv: string[]) => exec(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...argv], { cwd: ROOT });

  it('prints the version and exits 0', async () => {
    const { stdout } = await rech('--version');
    expect(stdout).toBe('0.1.0\n');
  });

  it('sets the exit code', async () => {
    await Promise.all([
      expect(rech('analyze', '--bogus')).rejects.toMatchObject({
        code: 2,
        stdout: '',
        stderr: "rech: unknown option '--bogus'. Run 'rech --help' for usage.\n",
      }),
      expect(rech('analyze', 'fixtures/no-such-file.txt')).rejects.toMatchObject({
        code: 1,
        stdout: '',
        stderr: 'rech: cannot read fixtures/no-such-file.txt: no such file or directory\n',
      }),
    ]);
  });
});
