/**
 * A text too long for the heap is refused before any work with a RangeError
 * that says how long a text may be and what to do instead; the heap is a small
 * one injected for the test (no test allocates gigabytes).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, maxDocumentLength, useHeapStatistics } from '../src/analyze.js';

afterEach(() => useHeapStatistics());

/** A heap with 1.5 MB free: room for 10 000 characters at 100 bytes each with a margin of 1.5. */
const smallHeap = () => ({ heap_size_limit: 3_500_000, used_heap_size: 2_000_000 });

describe('the length limit of analyze', () => {
  it('is the free heap over the peak bytes per character and the margin', () => {
    useHeapStatistics(smallHeap);
    expect(maxDocumentLength()).toBe(10_000);
  });

  it('refuses a longer text with a RangeError that gives the limit and points to splitting and analyzeMany', async () => {
    useHeapStatistics(smallHeap);
    const text = 'Министр заявил, что цены вырастут.\n'.repeat(300); // 10 500 characters
    const refusal = analyze(text);
    await expect(refusal).rejects.toBeInstanceOf(RangeError);
    await expect(refusal).rejects.toThrow(/has 10,500 characters.*at most 10,000 at once.*split the text.*analyzeMany/);
  });

  it('analyses a text within the limit', async () => {
    useHeapStatistics(smallHeap);
    const doc = await analyze('Министр заявил, что цены вырастут.\n'.repeat(250)); // 8 750 characters
    expect(doc.paragraphs).toHaveLength(250);
  });

  it('checks nothing where the heap cannot be read (a browser)', () => {
    useHeapStatistics(() => undefined);
    expect(maxDocumentLength()).toBe(Infinity);
  });

  it('reads the real heap by default: a limit in the millions of characters', () => {
    expect(maxDocumentLength()).toBeGreaterThan(1_000_000);
  });
});

describe('the heap filling while analyze works', () => {
  /** A heap with room for the text's length (a hundred million characters) that is yet past 85 % of its limit. */
  const fullHeap = () => ({ heap_size_limit: 100e9, used_heap_size: 86e9 });
  /** Distinct made-up words: each a new form with guessed readings, the kind of text that takes more than its length foretold. */
  const madeUpWords = (count: number, seed: string): string =>
    Array.from({ length: count }, (_, i) => `${seed}${'бвгдклмнпрст'[i % 12]}${'аеиоуы'[Math.floor(i / 12) % 6]}${'жзлмнр'[Math.floor(i / 72) % 6]}${'абвгдежзик'[Math.floor(i / 432) % 10]}ость`).join(' ');

  it('stops with a RangeError that points to splitting, not a fatal heap error', async () => {
    useHeapStatistics(fullHeap);
    const stop = analyze(madeUpWords(3000, 'зубро'));
    await expect(stop).rejects.toBeInstanceOf(RangeError);
    await expect(stop).rejects.toThrow(/heap is full.*split the text.*analyzeMany/);
  });

  it('analyses the same text when the heap has room', async () => {
    const doc = await analyze(madeUpWords(3000, 'щебро'));
    expect(doc.tokens).toHaveLength(3000);
  });
});
