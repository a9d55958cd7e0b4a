/**
 * `pairQuotationMarks`: pairing opening and closing quotation marks
 * (contract in src/quotes/quotation-marks.ts, convention in docs/quotes.md).
 *
 * Every expected offset is worked out from the test text itself: `at(text, mark, n)`
 * is the offset of the n-th occurrence of `mark`, and paragraphs are built by hand
 * from the lines that make up the text, never from the segmenter.
 */
import { describe, expect, it } from 'vitest';
import { pairQuotationMarks, type QuotedSpan } from '../../src/quotes/quotation-marks.js';

interface Para {
  start: number;
  end: number;
}

/** Offset of the `n`-th (1-based) occurrence of `needle` in `text`; throws when there is none, so a typo in a test cannot pass. */
function at(text: string, needle: string, n = 1): number {
  let found = -1;
  for (let i = 0; i < n; i++) {
    found = text.indexOf(needle, found + 1);
    if (found === -1) throw new Error(`${JSON.stringify(needle)} occurrence ${n} is not in ${JSON.stringify(text)}`);
  }
  return found;
}

/** One paragraph covering the whole text. */
const whole = (text: string): Para[] => [{ start: 0, end: text.length }];

/** The lines joined by `\n`, with one paragraph for each line. */
function lines(...parts: string[]): { text: string; paragraphs: Para[] } {
  const paragraphs: Para[] = [];
  let start = 0;
  for (const part of parts) {
    paragraphs.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return { text: parts.join('\n'), paragraphs };
}

const pair = (open: number, close: number, depth = 0, continuations: number[] = []): QuotedSpan => ({ open, close, depth, continuations });

describe('pairQuotationMarks', () => {
  it('pairs «» in text order', () => {
    const text = 'Он ответил «да», а она — «нет».';
    expect(pairQuotationMarks(text, whole(text))).toEqual([pair(11, 14), pair(25, 29)]);
    // The hand-counted offsets above are the marks themselves.
    expect([text[11], text[14], text[25], text[29]]).toEqual(['«', '»', '«', '»']);
  });

  it('gives a quote nested in «» depth 1, after the outer one', () => {
    const text = '«Мы слышали „нет“ много раз», — сказал он.';
    expect(pairQuotationMarks(text, whole(text))).toEqual([
      pair(0, at(text, '»')),
      pair(at(text, '„'), at(text, '“'), 1),
    ]);
  });

  it('gives depth 2 to a third level of nesting', () => {
    const text = '«Он сказал: „Это ‘ошибка’ штаба“ — и ушёл».';
    expect(pairQuotationMarks(text, whole(text))).toEqual([
      pair(0, at(text, '»')),
      pair(at(text, '„'), at(text, '“'), 1),
      pair(at(text, '‘'), at(text, '’'), 2),
    ]);
  });

  it('pairs “…” and „…“', () => {
    const english = 'Он сказал “хватит” и ушёл.';
    expect(pairQuotationMarks(english, whole(english))).toEqual([pair(at(english, '“'), at(english, '”'))]);
    const german = 'Он сказал „хватит“ и ушёл.';
    expect(pairQuotationMarks(german, whole(german))).toEqual([pair(at(german, '„'), at(german, '“'))]);
  });

  it('pairs straight double quotes by their position against words', () => {
    const text = 'Он сказал "да", она сказала "нет".';
    expect(pairQuotationMarks(text, whole(text))).toEqual([
      pair(at(text, '"', 1), at(text, '"', 2)),
      pair(at(text, '"', 3), at(text, '"', 4)),
    ]);
  });

  it('pairs straight double quotes nested in «»', () => {
    const text = '«Он сказал "нет"», — сообщил источник.';
    expect(pairQuotationMarks(text, whole(text))).toEqual([
      pair(0, at(text, '»')),
      pair(at(text, '"', 1), at(text, '"', 2), 1),
    ]);
  });

  it('pairs straight single quotes', () => {
    const text = "Он сказал 'да' и ушёл.";
    expect(pairQuotationMarks(text, whole(text))).toEqual([pair(at(text, "'", 1), at(text, "'", 2))]);
  });

  it("takes an apostrophe between letters (O'Brien, д'Артаньян, McDonald's) for no mark", () => {
    const text = "O'Brien и д'Артаньян сказали 'да'.";
    expect(pairQuotationMarks(text, whole(text))).toEqual([pair(at(text, "'", 3), at(text, "'", 4))]);
    const mcdonalds = "Мы пошли в McDonald's, а он сказал 'нет'.";
    expect(pairQuotationMarks(mcdonalds, whole(mcdonalds))).toEqual([pair(at(mcdonalds, "'", 2), at(mcdonalds, "'", 3))]);
    const only = "O'Brien и д'Артаньян пришли.";
    expect(pairQuotationMarks(only, whole(only))).toEqual([]);
  });

  it('pairs a quote over three paragraphs that opens each one and closes only at the end', () => {
    const { text, paragraphs } = lines('«Первый абзац речи.', '«Второй абзац речи.', '«Третий абзац речи», — сказал он.');
    expect(paragraphs).toEqual([
      { start: 0, end: 19 },
      { start: 20, end: 39 },
      { start: 40, end: 73 },
    ]);
    expect(pairQuotationMarks(text, paragraphs)).toEqual([pair(0, at(text, '»'), 0, [20, 40])]);
  });

  it('does not pair an « left open in one paragraph with anything in the next', () => {
    const { text, paragraphs } = lines('Он сказал «да и ушёл.', 'Она ответила» коротко, а потом «нет».');
    expect(pairQuotationMarks(text, paragraphs)).toEqual([pair(at(text, '«', 2), at(text, '»', 2))]);
    const plain = lines('Он сказал «да и ушёл.', 'Она ответила» коротко.');
    expect(pairQuotationMarks(plain.text, plain.paragraphs)).toEqual([]);
  });

  it('ignores stray closing marks', () => {
    const text = 'Он» сказал «да» и ушёл».';
    expect(pairQuotationMarks(text, whole(text))).toEqual([pair(at(text, '«'), at(text, '»', 2))]);
    const only = '» Конец ›';
    expect(pairQuotationMarks(only, whole(only))).toEqual([]);
  });

  it('returns no pair for 10 000 « in a row (and returns at all: the pass is linear)', () => {
    const text = '«'.repeat(10_000);
    expect(pairQuotationMarks(text, whole(text))).toEqual([]);
  });
});
