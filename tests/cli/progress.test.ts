/**
 * The progress bar (src/cli/progress.ts), on a fake clock; and `rech analyze` drawing it only on a
 * terminal's stderr while the documents go elsewhere.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressBar, duration, size } from '../../src/cli/progress.js';
import { FIXTURE_0, FIXTURE_1, cli } from '../support/cli.js';

const ERASE = '\x1b[K';

/** A bar over `files` files of `bytes` bytes in all, with a clock set by hand, and what it wrote. */
function bar(files: number, bytes: number, columns?: number) {
  const clock = { now: 0 };
  const written: string[] = [];
  const progress = new ProgressBar({ files, bytes, write: (chunk) => written.push(chunk), now: () => clock.now, columns });
  return { progress, clock, written };
}

describe('ProgressBar', () => {
  it('draws the empty bar at once, then the files, bytes, rate and ETA as files are done', () => {
    const { progress, clock, written } = bar(3, 3_000_000);
    expect(written).toEqual([`\r[${'-'.repeat(30)}] 0/3 files · 0 B${ERASE}`]);
    clock.now = 1000;
    progress.advance(1_500_000);
    // Half the bytes in one second: 1.5 MB/s, so the other 1.5 MB take one more second.
    expect(written[1]).toBe(`\r[${'#'.repeat(15)}${'-'.repeat(15)}] 1/3 files · 1.5 MB · 1.5 MB/s · ETA 0:01${ERASE}`);
  });

  it('redraws at most every 100 ms', () => {
    const { progress, clock, written } = bar(4, 4000);
    clock.now = 150;
    progress.advance(1000);
    clock.now = 200;
    progress.advance(1000); // 50 ms after the last drawing: not drawn
    clock.now = 250;
    progress.advance(1000);
    expect(written.map((line) => line.match(/\d\/4 files · [\d.]+ k?B/)![0])).toEqual([
      '0/4 files · 0 B',
      '1/4 files · 1.0 kB',
      '3/4 files · 3.0 kB',
    ]);
  });

  it('ends with the full bar, the time taken and a newline, once', () => {
    const { progress, clock, written } = bar(2, 2000);
    clock.now = 50;
    progress.advance(1000);
    clock.now = 61_500;
    progress.advance(1000);
    progress.finish();
    progress.finish();
    expect(written.slice(-2)).toEqual([`\r[${'#'.repeat(30)}] 2/2 files · 2.0 kB · 33 B/s · done in 1:02${ERASE}`, '\n']);
    expect(written.filter((chunk) => chunk === '\n')).toHaveLength(1);
  });

  it('finishes a batch cut short where it stopped', () => {
    const { progress, clock, written } = bar(3, 3000);
    clock.now = 2000;
    progress.advance(1000);
    progress.finish();
    expect(written.slice(-2)).toEqual([`\r[${'#'.repeat(10)}${'-'.repeat(20)}] 1/3 files · 1.0 kB · 500 B/s · ETA 0:04${ERASE}`, '\n']);
  });

  it('narrows the bar to fit the terminal, down to 10 marks, and takes a width of 0 for 80', () => {
    const { written: fits } = bar(3, 3000, 40);
    expect(fits[0]).toBe(`\r[${'-'.repeat(40 - 4 - '0/3 files · 0 B'.length)}] 0/3 files · 0 B${ERASE}`);
    const { written: narrow } = bar(3, 3000, 20);
    expect(narrow[0]).toBe(`\r[${'-'.repeat(10)}] 0/3 files · 0 B${ERASE}`);
    const { written: unknown } = bar(3, 3000, 0);
    expect(unknown[0]).toBe(`\r[${'-'.repeat(30)}] 0/3 files · 0 B${ERASE}`);
  });

  it('writes sizes in decimal units and times as m:ss or h:mm:ss', () => {
    expect([size(812), size(12_345), size(1_300_000)]).toEqual(['812 B', '12.3 kB', '1.3 MB']);
    expect([duration(0), duration(13.2), duration(725), duration(3723)]).toEqual(['0:00', '0:14', '12:05', '1:02:03']);
  });
});

describe('rech analyze: the progress bar', () => {
  /** A clock that moves one second at every reading. */
  const ticking = () => {
    let now = 0;
    return () => (now += 1000);
  };

  it('is drawn on a terminal stderr over several inputs, and ends with a newline', async () => {
    const { code, stdout, stderr } = await cli(['analyze', '--compact', FIXTURE_0, FIXTURE_1], { stderrColumns: 80, now: ticking() });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(2);
    const lines = stderr.split('\r').slice(1);
    expect(lines.map((line) => line.match(/\d\/2 files/)![0])).toEqual(['0/2 files', '1/2 files', '2/2 files', '2/2 files']);
    expect(lines.at(-1)).toMatch(/^\[#{30}\] 2\/2 files · [\d.]+ kB · [\d.]+ k?B\/s · done in 0:0\d\x1b\[K\n$/);
  });

  it('is drawn with --out even when stdout is the same terminal', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rech-progress-'));
    try {
      const { code, stdout, stderr } = await cli(['analyze', '--out', out, FIXTURE_0, FIXTURE_1], { stderrColumns: 80, stdoutTTY: true, now: ticking() });
      expect([code, stdout]).toEqual([0, '']);
      expect(stderr).toMatch(/\r\[#{30}\] 2\/2 files .*\n$/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('is not drawn when stderr is not a terminal, nor when stdout is one, nor for one input', async () => {
    const notTTY = await cli(['analyze', FIXTURE_0, FIXTURE_1], { now: ticking() });
    const sameTerminal = await cli(['analyze', FIXTURE_0, FIXTURE_1], { stderrColumns: 80, stdoutTTY: true, now: ticking() });
    const one = await cli(['analyze', FIXTURE_0], { stderrColumns: 80, now: ticking() });
    expect([notTTY, sameTerminal, one].map((result) => [result.code, result.stderr])).toEqual([
      [0, ''],
      [0, ''],
      [0, ''],
    ]);
  });
});
