/**
 * `rech analyze` (src/cli/analyze.ts) through `run`, with in-memory streams.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyze, type RechDocument } from '../../src/index.js';
import { FIXTURE_0, FIXTURE_1, HEADLINE_0, HEADLINE_1, ROOT, cli } from '../support/cli.js';
import { conlluProblems } from '../render/check.js';

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
    expect(stdout).toMatch(/^\{\n {2}"offsets": "utf-16",\n {2}"text": "Мы нуждаемся/);
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

/** A short sentence with two entities and a quote: offsets counted by hand (Азербайджана 6–18, Рашад Мамедов 19–32, заявил 33–39, the quote 42–60). */
const SAID = 'Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».';

describe('rech analyze --format', () => {
  const one = (format: string) => cli(['analyze', '--format', format, '-'], { stdin: SAID });

  it('json (the default): the document, indented', async () => {
    const { code, stdout, stderr } = await one('json');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe((await cli(['analyze', '-'], { stdin: SAID })).stdout);
    expect(stdout).toMatch(/^\{\n {2}"offsets": "utf-16",\n {2}"text": "Посол/);
    const doc = JSON.parse(stdout) as RechDocument;
    expect(doc.entities.map((entity) => [entity.type, entity.name])).toEqual([['LOC', 'Азербайджан'], ['PER', 'Рашад Мамедов']]);
    expect(doc.quotes.map((quote) => [quote.content[0]!.text, quote.cue?.lemma, quote.speaker?.name])).toEqual([
      ['Мы не хотели войны', 'заявить', 'Рашад Мамедов'],
    ]);
  });

  it('jsonl: the document on one line', async () => {
    const { code, stdout } = await one('jsonl');
    expect(code).toBe(0);
    expect(stdout.indexOf('\n')).toBe(stdout.length - 1);
    expect((JSON.parse(stdout) as RechDocument).text).toBe(SAID);
  });

  it('html: a page with the marks nested as in the text', async () => {
    const { code, stdout } = await one('html');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!DOCTYPE html>\n<html lang="ru">\n/);
    expect(stdout).toContain(`<title>${SAID}</title>`);
    expect(stdout).toContain(
      '<span class="spk" data-q="0" title="speaker of quote 1: Рашад Мамедов">Посол <span class="e e-LOC" data-type="LOC" title="LOC (place): Азербайджан&#10;as a body (state, government or people)&#10;rule: listed">Азербайджана</span> ' +
        '<span class="e e-PER" data-type="PER" title="PER (person): Рашад Мамедов&#10;rule: first middle? last">Рашад Мамедов</span></span>',
    );
    expect(stdout.endsWith('</html>\n')).toBe(true);
  });

  it('brat: the .ann lines with offsets into the text', async () => {
    const { code, stdout } = await one('brat');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['T1\tLOC 6 18\tАзербайджана', '#1\tAnnotatorNotes T1\tАзербайджан', 'T2\tPER 19 32\tРашад Мамедов']);
    expect(lines).toContain('T3\tQuote 42 60\tМы не хотели войны');
    expect(lines).toContain('T5\tCue 33 39\tзаявил');
    expect(lines.filter((line) => line.startsWith('R'))).toEqual(['R1\tSpeaker Arg1:T4 Arg2:T3', 'R2\tCue Arg1:T5 Arg2:T3']);
  });

  it('conll: a token a line with its part of speech, entity and quote tags', async () => {
    const { code, stdout } = await one('conll');
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 8)).toEqual([
      '-DOCSTART- -X- -X- O',
      '',
      'Посол NOUN O B-SPEAKER',
      'Азербайджана NOUN B-LOC I-SPEAKER',
      'Рашад NOUN B-PER I-SPEAKER',
      'Мамедов NOUN I-PER I-SPEAKER',
      'заявил VERB O B-CUE',
      ': _ O O',
    ]);
    expect(stdout).toContain('\nМы NPRO O B-QUOTE\nне PRCL O I-QUOTE\n');
  });

  it('text: the text with its marks under it, then the entities and quotes', async () => {
    const { code, stdout } = await one('text');
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      SAID,
      '      LOC~~~~~~~~~ PER~~~~~~~~~~',
      'S1============================== C1^^^^   Q1""""""""""""""""',
    ]);
    expect(stdout).toContain('\nQuotes:\n  Q1 direct, S1 Посол Азербайджана Рашад Мамедов → Рашад Мамедов, cue заявил → заявить\n');
  });

  it('prints several inputs as jsonl lines, conll and conllu documents and text under headers', async () => {
    const jsonl = await cli(['analyze', '--format=jsonl', FIXTURE_1, '-'], { stdin: SAID });
    const lines = jsonl.stdout.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const records = lines.slice(0, 2).map((line) => JSON.parse(line) as { file: string; document: RechDocument });
    expect(records.map((r) => [r.file, r.document.paragraphs[0]!.text])).toEqual([[FIXTURE_1, HEADLINE_1], ['-', SAID]]);

    const conll = await cli(['analyze', '-f', 'conll', FIXTURE_1, '-'], { stdin: SAID });
    expect(conll.stdout.startsWith('-DOCSTART- -X- -X- O\n\nСвобода ')).toBe(true);
    // A blank line ends the first document's last sentence before the second -DOCSTART-.
    expect(conll.stdout.match(/-DOCSTART-/g)).toHaveLength(2);
    expect(conll.stdout).toContain(`\nПредыдущие ADJF O O\nновости NOUN O O\n\n-DOCSTART- -X- -X- O\n\nПосол NOUN O B-SPEAKER\n`);

    const conllu = await cli(['analyze', '-f', 'conllu', FIXTURE_1, '-'], { stdin: SAID });
    expect(conllu.stdout.startsWith(`# newdoc id = ${FIXTURE_1}\n# newpar\n# sent_id = ${FIXTURE_1}-1\n# text = ${HEADLINE_1}\n`)).toBe(true);
    expect(conllu.stdout).toContain(`\n\n# newdoc id = stdin\n# newpar\n# sent_id = stdin-1\n# text = Посол `);
    expect(conlluProblems(conllu.stdout)).toEqual([]);

    const text = await cli(['analyze', '--format', 'text', FIXTURE_1, '-'], { stdin: SAID });
    expect(text.stdout.startsWith(`==> ${FIXTURE_1} <==\n${HEADLINE_1}\n`)).toBe(true);
    expect(text.stdout).toContain(`\n\n==> standard input <==\n${SAID}\n`);
  });

  it.each(['html', 'brat'])('asks for --out to write %s for several inputs', async (format) => {
    const { code, stdout, stderr } = await cli(['analyze', '--format', format, FIXTURE_0, FIXTURE_1]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(`rech: --format ${format} writes one file per input: give --out DIR to write 2 inputs. Run 'rech --help' for usage.\n`);
  });

  it.each([
    [['--format', 'yaml'], "unknown format 'yaml' (formats: json, jsonl, html, brat, conll, conllu, text)"],
    [['--format='], "unknown format '' (formats: json, jsonl, html, brat, conll, conllu, text)"],
    [['--compact', '--format', 'text'], '--compact applies to --format json only, not text'],
  ])('rejects %j with exit code 2', async (options, message) => {
    const { code, stdout, stderr } = await cli(['analyze', ...options, FIXTURE_0]);
    expect([code, stdout, stderr]).toEqual([2, '', `rech: ${message}. Run 'rech --help' for usage.\n`]);
  });
});

describe('rech analyze --out', () => {
  const temporary = (): string => mkdtempSync(join(tmpdir(), 'rech-out-'));
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  /** A new folder holding `files` (name → contents). */
  const folderWith = (files: Record<string, string | Uint8Array>): string => {
    const folder = temporary();
    folders.push(folder);
    for (const [name, contents] of Object.entries(files)) writeFileSync(join(folder, name), contents);
    return folder;
  };

  it('writes a file per input, named after it, into a folder it creates, and prints nothing', async () => {
    const inputs = folderWith({ 'article.txt': SAID, 'notes.md': 'Есть жертвы.' });
    const out = join(inputs, 'out', 'json');
    const { code, stdout, stderr } = await cli(['analyze', '--out', out, join(inputs, 'article.txt'), join(inputs, 'notes.md'), '-'], { stdin: 'Да.' });
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    expect(readdirSync(out).sort()).toEqual(['article.json', 'notes.json', 'stdin.json']);
    expect(readFileSync(join(out, 'article.json'), 'utf8')).toBe((await cli(['analyze', join(inputs, 'article.txt')])).stdout);
    expect((JSON.parse(readFileSync(join(out, 'stdin.json'), 'utf8')) as RechDocument).text).toBe('Да.');
  });

  it.each([
    ['jsonl', 'article.jsonl'],
    ['html', 'article.html'],
    ['conll', 'article.conll'],
    ['conllu', 'article.conllu'],
    ['text', 'article.rech.txt'],
  ])('writes %s into the input\'s own folder as %s, the rendering it prints', async (format, name) => {
    const inputs = folderWith({ 'article.txt': SAID });
    expect((await cli(['analyze', '-f', format, '-o', inputs, join(inputs, 'article.txt')])).code).toBe(0);
    expect(readdirSync(inputs).sort()).toEqual([name, 'article.txt'].sort());
    const printed = await cli(['analyze', '--format', format, join(inputs, 'article.txt')]);
    expect(readFileSync(join(inputs, name), 'utf8')).toBe(printed.stdout);
  });

  it('writes brat the text exactly as read, the .ann and annotation.conf', async () => {
    const text = 'Посол Рашад Мамедов заявил:\r\n«Мы не хотели войны».\r\n';
    const inputs = folderWith({ 'article.txt': text });
    const out = join(inputs, 'brat');
    expect((await cli(['analyze', '--format', 'brat', '--out', out, join(inputs, 'article.txt')])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['annotation.conf', 'article.ann', 'article.txt']);
    expect(readFileSync(join(out, 'article.txt'), 'utf8')).toBe(text);
    expect(readFileSync(join(out, 'article.ann'), 'utf8')).toContain('T1\tPER 6 19\tРашад Мамедов\n');
    expect(readFileSync(join(out, 'annotation.conf'), 'utf8')).toMatch(/^\[entities\]\nPER\n/);
  });

  it("leaves an input as it is when it is its own brat .txt, and keeps the folder's annotation.conf", async () => {
    const inputs = folderWith({ 'article.txt': SAID, 'annotation.conf': '[entities]\nMINE\n' });
    const { code, stderr } = await cli(['analyze', '--format', 'brat', '--out', inputs, join(inputs, 'article.txt')]);
    expect([code, stderr]).toEqual([0, '']);
    expect(readdirSync(inputs).sort()).toEqual(['annotation.conf', 'article.ann', 'article.txt']);
    expect(readFileSync(join(inputs, 'article.txt'), 'utf8')).toBe(SAID);
    expect(readFileSync(join(inputs, 'annotation.conf'), 'utf8')).toBe('[entities]\nMINE\n');
  });

  it('refuses, before writing anything, two inputs of the same name and an output over an input', async () => {
    const inputs = folderWith({ 'a.txt': SAID, 'a.md': SAID, 'b.json': '{}', 'bom.txt': Buffer.from(`\uFEFF${SAID}`) });
    const out = join(inputs, 'out');
    const runs = await Promise.all([
      cli(['analyze', '--out', out, join(inputs, 'a.txt'), join(inputs, 'a.md')]),
      cli(['analyze', '--out', inputs, join(inputs, 'b.json')]),
      cli(['analyze', '--format', 'brat', '--out', `${inputs}/.`, join(inputs, 'bom.txt')]),
    ]);
    expect(runs.map((r) => [r.code, r.stdout])).toEqual([[2, ''], [2, ''], [2, '']]);
    expect(runs.map((r) => r.stderr.replace(/^rech: (.*)\. Run 'rech --help' for usage\.\n$/, '$1'))).toEqual([
      `${join(inputs, 'a.txt')} and ${join(inputs, 'a.md')} would both be written to ${join(out, 'a.json')}: rename one, or run them separately`,
      `writing ${join(inputs, 'b.json')} would overwrite the input ${join(inputs, 'b.json')}`,
      `writing ${join(inputs, 'bom.txt')} would overwrite the input ${join(inputs, 'bom.txt')}, to drop its byte-order mark`,
    ]);
    expect(readdirSync(inputs).sort()).toEqual(['a.md', 'a.txt', 'b.json', 'bom.txt']);
    expect(readFileSync(join(inputs, 'b.json'), 'utf8')).toBe('{}');
  });

  it('reports a folder it cannot create with exit code 1', async () => {
    const inputs = folderWith({ 'article.txt': SAID });
    const { code, stderr } = await cli(['analyze', '--out', join(inputs, 'article.txt'), join(inputs, 'article.txt')]);
    expect(code).toBe(1);
    expect(stderr).toBe(`rech: cannot create the folder ${join(inputs, 'article.txt')}: a file of that name exists\n`);
  });
});
