/**
 * `rech analyze --input jsonl`: JSON Lines in, JSON Lines of results out, in order, a line at a time,
 * with errors as lines; run in-process, as a child process, and under GNU parallel.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, sentenize, type RechDocument } from '../../src/index.js';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { FIXTURES } from '../support/fixtures.js';
import { ROOT, cli } from '../support/cli.js';

type Result = { id: unknown; document?: RechDocument; error?: { name: string; message: string } };
const parse = (stdout: string): Result[] => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Result);

/** Texts of one to three sentences of the seed articles, as many as asked for, the same each time. */
function texts(count: number): string[] {
  const sentences = ['000_4a3131ec37a1ee70.txt', '001_78ac929fa1834338.txt', 'english-wire.txt'].flatMap((seed) =>
    sentenize(readFileSync(join(FIXTURES, seed), 'utf8')).map((sentence) => sentence.text),
  );
  return Array.from({ length: count }, (_, i) => sentences.slice(i % sentences.length, (i % sentences.length) + 1 + (i % 3)).join(' '));
}

/** A JSON Lines input of `count` records, every 50th line from the 7th broken in turn: not JSON, no text, a number for text. */
function corpus(count: number): { input: string; broken: Map<number, string> } {
  const broken = new Map<number, string>();
  const lines = texts(count).map((text, i) => {
    if (i % 50 !== 7) return JSON.stringify({ id: `doc-${i}`, text });
    const kind = ['SyntaxError', 'TypeError', 'TypeError'][(i / 50) % 3 | 0]!;
    broken.set(i, kind);
    return kind === 'SyntaxError' ? `{"id": "doc-${i}", "text": "unclosed` : kind === 'TypeError' && (i / 50) % 3 < 2 ? `{"id":"doc-${i}"}` : `{"id":"doc-${i}","text":5}`;
  });
  return { input: `${lines.join('\n')}\n`, broken };
}

/** Runs the built-from-source CLI as a child process, feeding `input`. */
function child(args: string[], input: string, command: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const [program, ...rest] = command.length > 0 ? command : [process.execPath];
    const process_ = spawn(program!, [...rest, '--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    process_.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    process_.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    process_.on('error', reject);
    process_.on('close', (code) => resolve({ code, stdout, stderr }));
    process_.stdin.end(input);
  });
}

describe('rech analyze --input jsonl', () => {
  it('writes a result line per record, in order: the document, or the error, with the id as given', async () => {
    const input = [
      '\ufeff{"id": "a", "text": "Посол Рашад Мамедов заявил: «Мы не хотели войны»."}\r',
      'not json',
      '',
      '{"id": 7}',
      '   ',
      '{"id": {"source": "sputnik", "n": 2}, "text": "Есть жертвы."}',
      '["id", "text"]',
      '{"text": "Без номера."}',
      '{"id": "bad", "text": null}',
    ].join('\n');
    const { code, stdout, stderr } = await cli(['analyze', '--input', 'jsonl', '-'], { stdin: input });
    expect([code, stderr]).toEqual([0, '']);
    const results = parse(stdout);
    expect(results.map((result) => [result.id, result.document ? result.document.text : `${result.error!.name}: ${result.error!.message}`])).toEqual([
      ['a', 'Посол Рашад Мамедов заявил: «Мы не хотели войны».'],
      [null, `SyntaxError: the line is not JSON: ${(() => { try { JSON.parse('not json'); } catch (error) { return (error as Error).message; } })()}`],
      [7, 'TypeError: the object has no "text"'],
      [{ source: 'sputnik', n: 2 }, 'Есть жертвы.'],
      [null, 'TypeError: the line must be a JSON object {"id", "text"}, got an array'],
      [null, 'Без номера.'],
      ['bad', 'TypeError: "text" must be a string, got null'],
    ]);
    expect(results[0]!.document).toEqual(JSON.parse(JSON.stringify(await analyze('Посол Рашад Мамедов заявил: «Мы не хотели войны».'))));
    expect(stdout.split('\n')).toHaveLength(results.length + 1);
  });

  it('gives a line that is not UTF-8 an error line, and the same output through worker threads (--jobs 2)', async () => {
    const input = Buffer.concat([Buffer.from('{"id":1,"text":"Да."}\n{"id":2,"text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n{"id":3,"text":"Нет."}\n')]);
    const alone = await cli(['analyze', '--input', 'jsonl'], { stdin: input });
    expect(parse(alone.stdout).map((result) => [result.id, result.error?.message ?? result.document!.text])).toEqual([
      [1, 'Да.'],
      [null, 'the line is not valid UTF-8'],
      [3, 'Нет.'],
    ]);
    const { input: many } = corpus(60);
    const threads = await cli(['analyze', '--input', 'jsonl', '--jobs', '2', '-'], { stdin: many });
    expect(threads.stdout).toBe((await cli(['analyze', '--input', 'jsonl', '-'], { stdin: many })).stdout);
  });

  it.each([['0'], ['2']])('streams with --jobs %s: the first result is written before the rest of the input is read', async (jobs) => {
    let written = 0;
    let onWrite: () => void = () => {};
    const firstWritten = new Promise<void>((resolve) => (onWrite = resolve));
    const stdin = (async function* () {
      yield Buffer.from('{"id":1,"text":"Первый."}\n');
      await firstWritten; // a command that read everything first would wait here for ever
      yield Buffer.from('{"id":2,"text":"Второй."}\n');
    })();
    const io: CliIO = {
      stdin,
      stdout: { write: (chunk: string) => (written++, onWrite(), chunk.length > 0) },
      stderr: { write: () => true },
    };
    expect(await run(['analyze', '--input', 'jsonl', '--jobs', jobs], io)).toBe(0);
    expect(written).toBe(2);
  });

  it.each([
    [['--input', 'xml'], "--input must be text or jsonl, got 'xml'"],
    [['--input', 'jsonl', '--format', 'html'], '--input jsonl writes JSON Lines of results: --format html does not apply'],
    [['--input', 'jsonl', '--out', 'x'], '--input jsonl writes its results to standard output: --out does not apply'],
    [['--input', 'jsonl', '--compact'], '--input jsonl writes JSON Lines, one line a result: --compact does not apply'],
  ])('refuses %j', async (args, message) => {
    const { code, stdout, stderr } = await cli(['analyze', ...args, '-']);
    expect([code, stdout, stderr]).toEqual([2, '', `rech: ${message}. Run 'rech --help' for usage.\n`]);
  });

  it('reports a file it cannot read before writing anything', async () => {
    const { code, stdout, stderr } = await cli(['analyze', '--input', 'jsonl', join(ROOT, 'no-such-file.jsonl')]);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toBe(`rech: cannot read ${join(ROOT, 'no-such-file.jsonl')}: no such file or directory\n`);
  });

  it('runs as a process over 300 lines: a line out per line in, in order, the broken ones as error lines', async () => {
    const { input, broken } = corpus(300);
    const { code, stdout, stderr } = await child(['analyze', '--input', 'jsonl', '-'], input);
    expect([code, stderr]).toEqual([0, '']);
    const results = parse(stdout);
    // A line that is not JSON has no id to give back: null.
    expect(results.map((result) => result.id)).toEqual(Array.from({ length: 300 }, (_, i) => (broken.get(i) === 'SyntaxError' ? null : `doc-${i}`)));
    expect(results.flatMap((result, i) => (result.error ? [[i, result.error.name]] : []))).toEqual([...broken]);
    expect(results.every((result) => result.error || result.document!.offsets === 'utf-16')).toBe(true);
  }, 60_000);

  const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') ?? false;

  it.skipIf(!parallel)('gives under GNU parallel (parallel --pipe -k, 8 processes) exactly what one process gives, over 2 000 documents', async () => {
    const { input, broken } = corpus(2000);
    const one = await child(['analyze', '--input', 'jsonl', '-'], input);
    expect([one.code, one.stderr]).toEqual([0, '']);
    const split = await child(['analyze', '--input', 'jsonl', '-'], input, ['parallel', '--will-cite', '--pipe', '-k', '-N', '250', '-j', '2', process.execPath]);
    expect([split.code, split.stderr]).toEqual([0, '']);
    expect(split.stdout.split('\n')).toHaveLength(2001);
    expect(split.stdout === one.stdout).toBe(true);
    expect(parse(one.stdout).filter((result) => result.error)).toHaveLength(broken.size);
  }, 180_000);
});
