/**
 * `rech analyze --out DIR` against a hostile folder: symbolic links planted at the output paths are
 * replaced, never written through; a folder that cannot hold files (a character device, `/proc`,
 * `/sys`) is refused with the usage-error exit code before anything is written.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const SAID = 'Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».';
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A new folder with `article.txt` to analyse, an `out` folder, and a `victim` file outside it. */
function setting(): { input: string; out: string; victim: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'rech-links-'));
  folders.push(root);
  const input = join(root, 'article.txt');
  writeFileSync(input, SAID);
  const out = join(root, 'out');
  mkdirSync(out);
  const victim = join(root, 'victim');
  writeFileSync(victim, 'precious\n');
  return { input, out, victim, root };
}

const usage = (message: string): string => `rech: ${message}. Run 'rech --help' for usage.\n`;

describe('rech analyze --out and symbolic links', () => {
  it('replaces a symbolic link planted at an output path instead of writing through it', async () => {
    const { input, out, victim } = setting();
    symlinkSync(victim, join(out, 'article.json'));
    const { code, stderr } = await cli(['analyze', '--out', out, input]);
    expect([code, stderr]).toEqual([0, '']);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(lstatSync(join(out, 'article.json')).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'article.json'), 'utf8'))).toMatchObject({ text: SAID });
    // No temporary file is left behind.
    expect(readdirSync(out)).toEqual(['article.json']);
  });

  it('creates nothing where a dangling link points', async () => {
    const { input, out, root } = setting();
    const target = join(root, 'elsewhere.html');
    symlinkSync(target, join(out, 'article.html'));
    expect((await cli(['analyze', '--format', 'html', '--out', out, input])).code).toBe(0);
    expect(existsSync(target)).toBe(false);
    expect(lstatSync(join(out, 'article.html')).isFile()).toBe(true);
  });

  it("leaves a link planted at brat's annotation.conf and its target as they are, and replaces the .txt and .ann links", async () => {
    const { input, out, victim } = setting();
    for (const name of ['annotation.conf', 'article.txt', 'article.ann']) symlinkSync(victim, join(out, name));
    expect((await cli(['analyze', '--format', 'brat', '--out', out, input])).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(lstatSync(join(out, 'annotation.conf')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, 'article.txt'), 'utf8')).toBe(SAID);
    expect(lstatSync(join(out, 'article.ann')).isFile()).toBe(true);
  });

  it('reports an output path held by a folder with exit code 1, leaving the folder', async () => {
    const { input, out } = setting();
    mkdirSync(join(out, 'article.json'));
    const { code, stderr } = await cli(['analyze', '--out', out, input]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^rech: cannot write .*article\.json: /);
    expect(readdirSync(out)).toEqual(['article.json']);
  });
});

describe('rech analyze --out that is no folder on a disk', () => {
  it('refuses a character device with exit code 2', async () => {
    const { input } = setting();
    const { code, stdout, stderr } = await cli(['analyze', '--out', '/dev/null', input]);
    expect([code, stdout, stderr]).toEqual([2, '', usage('--out /dev/null is a character device: give a folder')]);
    expect((await cli(['analyze', '--out', '/dev/null/x', input])).stderr).toBe(usage('--out /dev/null/x is inside /dev/null, a character device: give a folder'));
  });

  it.runIf(existsSync('/proc/self'))('refuses a folder under /proc, existing or not, with exit code 2', async () => {
    const { input } = setting();
    for (const dir of ['/proc/rech-out', '/proc/self', '/proc/self/rech-out/deeper']) {
      const { code, stdout, stderr } = await cli(['analyze', '--out', dir, input]);
      expect([code, stdout, stderr]).toEqual([2, '', usage(`--out ${dir} is on the proc file system, which holds no files: give a folder on a disk`)]);
    }
  });

  it.runIf(existsSync('/sys/kernel'))('refuses a folder under /sys with exit code 2', async () => {
    const { input } = setting();
    const { code, stderr } = await cli(['analyze', '--out', '/sys/kernel/rech-out', input]);
    expect([code, stderr]).toEqual([2, usage('--out /sys/kernel/rech-out is on the sysfs file system, which holds no files: give a folder on a disk')]);
  });

  it('reports a folder under a regular file with exit code 1', async () => {
    const { input } = setting();
    const { code, stderr } = await cli(['analyze', '--out', join(input, 'out'), input]);
    expect([code, stderr]).toEqual([1, `rech: cannot create the folder ${join(input, 'out')}: ${input} is a file\n`]);
  });
});
