/** toCodePoints: every offset of a document in code points, for Python and the like. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, toCodePoints, type RechDocument } from '../src/index.js';
import { FIXTURES } from './support/fixtures.js';

/** Every object with numeric start and end and a string text, anywhere in `value`, with its path. */
function spans(value: unknown, path = '$'): Array<{ path: string; start: number; end: number; text: string }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => spans(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const found = Object.entries(value).flatMap(([key, item]) => spans(item, `${path}.${key}`));
  const { start, end, text } = value as Record<string, unknown>;
  return typeof start === 'number' && typeof end === 'number' && typeof text === 'string' ? [{ path, start, end, text }, ...found] : found;
}

/** Slices by code points, as Python's `text[start:end]` does. */
const slice = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');

describe('toCodePoints', () => {
  it('gives the example of its doc comment', async () => {
    const doc = await analyze('👍 Посол заявил.');
    expect(doc.offsets).toBe('utf-16');
    expect(doc.tokens.map((t) => [t.start, t.end, t.text])).toEqual([[0, 2, '👍'], [3, 8, 'Посол'], [9, 15, 'заявил'], [15, 16, '.']]);
    const points = toCodePoints(doc);
    expect(points.offsets).toBe('code-points');
    expect(points.tokens.map((t) => [t.start, t.end, t.text])).toEqual([[0, 1, '👍'], [2, 7, 'Посол'], [8, 14, 'заявил'], [14, 15, '.']]);
    expect(doc.tokens[1]!.start).toBe(3); // the document given is not changed
  });

  it('converts every span of every layer (mentions, content pieces, cues, speakers), each then a code-point slice of the text', async () => {
    const text =
      '🇦🇿 Посол Азербайджана Рашад Мамедов 😀 заявил: «Мы 🙏 не хотели войны». ' +
      'Дипломат 𝒜 напомнил, что Казахстан не признавал отделения Карабаха.\n\n"We 🕊 will not give up," Volodymyr Zelensky said.';
    const doc = await analyze(text);
    const before = spans(doc);
    const after = spans(toCodePoints(doc));
    for (const layer of ['.paragraphs', '.sentences', '.tokens', '.mentions', '.content', '.cue', '.speaker']) {
      expect(before.some((span) => span.path.includes(layer)), layer).toBe(true);
    }
    expect(after.map((span) => span.path)).toEqual(before.map((span) => span.path));
    expect(after.filter((span) => slice(text, span.start, span.end) !== span.text)).toEqual([]);
    expect(after.some((span, i) => span.start !== before[i]!.start)).toBe(true);
  });

  it('converts the seeds, where no astral character stands, to equal offsets', async () => {
    const doc = await analyze(readFileSync(join(FIXTURES, '000_4a3131ec37a1ee70.txt'), 'utf8'));
    expect({ ...toCodePoints(doc), offsets: 'utf-16' }).toEqual(doc);
  });

  it('takes a document without `offsets` (JSON written before the field), and rejects one already converted or with an offset outside the text', async () => {
    const doc = await analyze('😀 Есть жертвы.');
    const { offsets: _, ...older } = doc;
    expect(toCodePoints(older as RechDocument).tokens[1]).toEqual({ ...doc.tokens[1], start: 2, end: 6 });
    expect(() => toCodePoints(toCodePoints(doc) as unknown as RechDocument)).toThrow(
      new RangeError("rech: `document.offsets` must be 'utf-16' (as `analyze` gives), got the string \"code-points\""),
    );
    const broken = structuredClone(doc);
    broken.tokens[2]!.end = 99;
    expect(() => toCodePoints(broken)).toThrow(new RangeError("rech: `document.tokens[2].end` must be a whole number from 0 to the text's length 15, got 99"));
    expect(() => toCodePoints('text' as unknown as RechDocument)).toThrow(TypeError);
  });
});
