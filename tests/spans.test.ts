/** `within`: selecting the spans of one layer inside a span of another. */
import { describe, expect, it } from 'vitest';
import { analyze, within, type Span } from '../src/index.js';

const span = (start: number, end: number): Span => ({ start, end, text: 'x'.repeat(end - start) });

describe('within', () => {
  it('gives the tokens of each sentence', async () => {
    const doc = await analyze('Есть жертвы. Посол заявил об этом.');
    expect(doc.sentences.map((sentence) => within(doc.tokens, sentence).map((t) => t.text))).toEqual([
      ['Есть', 'жертвы', '.'],
      ['Посол', 'заявил', 'об', 'этом', '.'],
    ]);
  });

  it('gives the sentences of each paragraph', async () => {
    const doc = await analyze('Лента новостей\n\nЕсть жертвы. Посол заявил.');
    expect(within(doc.sentences, doc.paragraphs[1]!).map((s) => s.text)).toEqual(['Есть жертвы.', 'Посол заявил.']);
  });

  it('leaves out spans that only overlap the container', () => {
    const layer = [span(0, 4), span(5, 9), span(10, 14)];
    expect(within(layer, span(2, 12))).toEqual([span(5, 9)]);
    expect(within(layer, span(0, 14))).toEqual(layer);
    expect(within(layer, span(14, 20))).toEqual([]);
    expect(within([], span(0, 10))).toEqual([]);
  });

  it('rejects what is not a layer or a span', () => {
    expect(() => within('tokens' as unknown as Span[], span(0, 1))).toThrow(TypeError);
    expect(() => within([], null as unknown as Span)).toThrow(/container/);
  });
});
