/**
 * `rech analyze` (src/cli/analyze.ts) through `run`, with in-memory streams.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { analyze, type RechDocument } from '../../src/index.js';
import { FIXTURE_0, FIXTURE_1, HEADLINE_0, HEADLINE_1, ROOT, cli } from '../support/cli.js';

// The real analyze, watched, to see the options the command line passes.
vi.mock('../../src/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/index.js')>();
  return { ...actual, analyze: vi.fn(actual.analyze) };
});

const MISSING = `${ROOT}fixtures/no-such-file.txt`;

describe('rech analyze', () => {
  it('prints one file as a pretty-printed document', async () => {
    const { code, stdout, stderr } = await cli(['analyze', FIXTURE_0]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^\{\n {2}"text": "Мы нуждаемся/);
    expect(stdout.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(stdout) as RechDocument;
    expect(doc.text).toBe(readFileSync(FIXTURE_0, 'utf8'));
    expect(doc.language).toBe('rus');
    expect(doc.paragraphs[0]).toEqual({ start: 0, end: 74, text: HEADLINE_0, language: 'rus' });
    expect(doc.sentences[0]!.text).toBe(HEADLINE_0);
    expect(doc.tokens.slice(0, 3)).toMatchObject([
      { start: 0, end: 2, text: 'Мы', kind: 'word', lemma: 'мы' },
      { start: 3, end: 12, text: 'нуждаемся', kind: 'word', lemma: 'нуждаться' },
      { start: 13, end: 14, text: 'в', kind: 'word', lemma: 'в' },
    ]);
    expect(doc.tokens[1]!.tags).toEqual(expect.arrayContaining(['VERB', 'plur', '1per']));
    expect(doc.entities.find((entity) => entity.name === 'Казахстан')?.type).toBe('LOC');
  });

  it('prints single-line JSON with --compact', async () => {
    const { code, stdout } = await cli(['analyze', '--compact', FIXTURE_0]);
    expect(code).toBe(0);
    expect(stdout.indexOf('\n')).toBe(stdout.length - 1);
    expect((JSON.parse(stdout) as RechDocument).paragraphs[0]!.text).toBe(HEADLINE_0);
  });

  it('prints several files as an array in argument order', async () => {
    const { code, stdout, stderr } = await cli(['analyze', FIXTURE_1, FIXTURE_0]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const results = JSON.parse(stdout) as { file: string; document: RechDocument }[];
    expect(results.map((r) => r.file)).toEqual([FIXTURE_1, FIXTURE_0]);
    expect(results.map((r) => r.document.paragraphs[0]!.text)).toEqual([HEADLINE_1, HEADLINE_0]);
  });

  it('prints the same array whether the inputs go through worker threads or not', async () => {
    for (const compact of [[], ['--compact']]) {
      const here = await cli(['analyze', '--jobs', '0', ...compact, FIXTURE_1, FIXTURE_0, '-'], { stdin: 'Есть жертвы.' });
      const threads = await cli(['analyze', '--jobs=2', ...compact, FIXTURE_1, FIXTURE_0, '-'], { stdin: 'Есть жертвы.' });
      expect([here.code, threads.code, here.stderr, threads.stderr]).toEqual([0, 0, '', '']);
      expect(threads.stdout).toBe(here.stdout);
      // Written element by element, yet exactly what JSON.stringify would print for the whole array.
      const parsed = JSON.parse(here.stdout) as unknown[];
      expect(here.stdout).toBe(`${JSON.stringify(parsed, null, compact.length ? undefined : 2)}\n`);
      expect(parsed).toHaveLength(3);
    }
  });

  it.each(['-1', 'two', '1.5', ''])('rejects --jobs %j', async (jobs) => {
    const { code, stdout, stderr } = await cli(['analyze', `--jobs=${jobs}`, FIXTURE_0, FIXTURE_1]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--jobs/);
  });

  it('reads stdin for -', async () => {
    const { code, stdout } = await cli(['analyze', '-'], { stdin: 'Посол заявил.\n\nЛента новостей' });
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as RechDocument;
    expect(doc.text).toBe('Посол заявил.\n\nЛента новостей');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Посол заявил.', 'Лента новостей']);
    expect(doc.tokens.map((t) => t.text)).toEqual(['Посол', 'заявил', '.', 'Лента', 'новостей']);
  });

  it('reads stdin when no file is given, and mixes it with files', async () => {
    const alone = await cli(['analyze'], { stdin: 'Есть жертвы.' });
    expect(alone.code).toBe(0);
    expect((JSON.parse(alone.stdout) as RechDocument).sentences.map((s) => s.text)).toEqual(['Есть жертвы.']);

    const mixed = await cli(['analyze', FIXTURE_1, '-', '--compact'], { stdin: 'Есть жертвы.' });
    expect(mixed.code).toBe(0);
    const results = JSON.parse(mixed.stdout) as { file: string; document: RechDocument }[];
    expect(results.map((r) => [r.file, r.document.paragraphs[0]!.text])).toEqual([
      [FIXTURE_1, HEADLINE_1],
      ['-', 'Есть жертвы.'],
    ]);
  });

  it('prints the usage and exits 2 when no file is given and stdin is a terminal', async () => {
    const { code, stdout, stderr } = await cli(['analyze'], { tty: true });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: rech/);
  });

  it('passes --language to analyze', async () => {
    vi.mocked(analyze).mockClear();
    expect((await cli(['analyze', '--language', 'azj', '-'], { stdin: 'Bizim partnyorlarımız' })).code).toBe(0);
    expect((await cli(['analyze', '--language=rus', FIXTURE_1, '-'], { stdin: 'Да.' })).code).toBe(0);
    expect((await cli(['analyze', '-'], { stdin: 'Да.' })).code).toBe(0);
    expect(vi.mocked(analyze).mock.calls.map(([text, options]) => [text.slice(0, 7), options])).toEqual([
      ['Bizim p', { language: 'azj' }],
      ['Свобода', { language: 'rus' }],
      ['Да.', { language: 'rus' }],
      ['Да.', {}],
    ]);
  });
});

describe('rech analyze: files that cannot be read', () => {
  it('reports a missing file with exit code 1 and prints nothing on stdout', async () => {
    const { code, stdout, stderr } = await cli(['analyze', FIXTURE_0, MISSING]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`rech: cannot read ${MISSING}: no such file or directory\n`);
  });

  it('reports a directory with exit code 1', async () => {
    const { code, stdout, stderr } = await cli(['analyze', `${ROOT}fixtures`]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`rech: cannot read ${ROOT}fixtures: is a directory\n`);
  });

  it('reports input that is not UTF-8 with exit code 1', async () => {
    // 'Pé ' in Latin-1, which is not valid UTF-8.
    const { code, stderr } = await cli(['analyze', '-'], { stdin: Uint8Array.of(0x50, 0xe9, 0x20) });
    expect(code).toBe(1);
    expect(stderr).toBe('rech: cannot read -: not valid UTF-8\n');
  });
});
