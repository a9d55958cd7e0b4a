/**
 * Kinds of organisation error seen on news from outside the development set, on sentences written for this file: each
 * expected value is written by hand from the Russian text (type, span as in the text, normal form).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** Every mention as `TYPE text → normal`, in text order. */
async function shown(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start).map((m) => `${m.type} ${m.text} → ${m.normal}`);
}

describe('a name in quotes at the start of a sentence', () => {
  it('is the listed club though it spells a common word: «Зенит» победил', async () => {
    expect(await shown('«Зенит» победил «Спартак» со счетом 2:1.')).toEqual(['ORG Зенит → Зенит', 'ORG Спартак → Спартак']);
    expect(await shown('«Динамо» проиграло на своем поле.')).toEqual(['ORG Динамо → Динамо']);
  });

  it('leaves the common word without quotes alone: Зенит был виден', async () => {
    expect(await shown('Зенит был затянут облаками.')).toEqual([]);
  });
});
