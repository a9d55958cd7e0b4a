/**
 * Hostile input: property-based tests over arbitrary strings (lone surrogates,
 * control and zero-width characters, CRLF, random runs of quotes, dashes, dots
 * and capitals) and the adversarial texts of the benchmark at a smaller size.
 * Nothing may throw, and every invariant of the document model must hold.
 * Speed is the benchmark's business (`npm run bench`), not these tests'.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, explainTokens, sentenize, tokenize, within, type RechDocument } from '../src/index.js';
import { atomize } from '../src/segment/atoms.js';
import { Boundary, kindOf, TOKEN_RULES } from '../src/segment/token-rules.js';
import { ADVERSARIES } from '../scripts/bench/adversarial.js';
import { documentViolations } from './support/invariants.js';

/** Pieces that meet at the places the rules look at. */
const PIECES = [
  '«', '»', '"', '„', '“', '”', '‘', '’', "'", '—', '–', '-', '‑', '.', '…', '!', '?', ',', ':', ';', '(', ')', '[', ']', '*', '/', '\\',
  ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\u2028', '\u2029', '\u0085', '\v', '\f', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u0301',
  '\u0000', '\u0007', '\u001b', '\ud800', '\udfff', '\ud83d\ude00', '\u202e',
  'А', 'Я', 'Б', 'Иван', 'иван', 'г', 'т', 'е', 'Дж', 'ВодневЧрезвычайный', 'ї', 'ұ', 'ə', 'ğ', 'İ', 'ß', 'Э', 'ы',
  'a', 'Z', 'Yahoo', 'yahoo', 'IV', '1', '08', '50', '2023', '3,5', '•', '№', '%', '_', '=', ')',
  'http://', 'https://', 'www.', 'x.ru', '@', '#', 'mail@', 'sputnik.kz',
];

/**
 * Words of news, spaced, where the stages after segmentation look: site names and addresses inside a
 * sentence, dotted abbreviations, and chains of speaker labels, colons and quotation marks left open.
 */
const NEWS_WORDS = [
  'Об', 'этом', 'сообщает', 'Gzt.Ru', 'NEWSru.com', 'Лента.ру', 'РИА', 'Новости', 'mail@x.ru', '@rech_nlp', '#Карабах', 'sputnik.kz/news',
  'т.', 'е.', 'т.д.', 'г.', 'ул.', 'U.S.', 'Mr.', 'А.', 'С.', 'Пушкин', 'Иван', 'Петров', 'Петрова:', 'Путин:', 'Алиев', 'заявил:', 'сказал,', 'что',
  'по', 'словам', 'посол', 'Азербайджана', '«', '»', '«Мы', 'готовы»,', '—', ':', ',', '.', '"', 'said', 'Blinken', '"We', 'will."',
];
const news = fc.array(fc.constantFrom(...NEWS_WORDS), { maxLength: 40 }).map((words) => words.join(' '));

const hostile = fc.oneof(
  fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 }),
  news,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('«', '»', '"', '—', '-', '.', 'А', 'Я', 'а', ' ', '\n', '\r\n'), maxLength: 80 }),
);

// Moderate by default, to keep `npm test` fast; RECH_PROPERTY_RUNS=100000 for a long hunt.
const RUNS = { numRuns: Number(process.env.RECH_PROPERTY_RUNS ?? 1000) };

/** The code units outside every token are exactly the whitespace (JavaScript's `\s` and NEL). */
function coverageViolations(text: string, tokens: RechDocument['tokens']): string[] {
  const covered = new Uint8Array(text.length);
  for (const token of tokens) covered.fill(1, token.start, token.end);
  const problems: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /[\s\u0085]/.test(text[i]!);
    if (space === Boolean(covered[i])) problems.push(`code unit ${i} (U+${text.charCodeAt(i).toString(16)}) is ${space ? 'whitespace inside a token' : 'in no token'}`);
  }
  return problems;
}

describe('analyze on arbitrary strings', () => {
  it('never throws, never alters the text, and keeps every invariant', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const doc = await analyze(text);
        expect(doc.text).toBe(text);
        expect(documentViolations(doc)).toEqual([]);
        expect(coverageViolations(text, doc.tokens)).toEqual([]);
        for (const paragraph of doc.paragraphs) expect(paragraph.language).toMatch(/^[a-z]{3}$/);
      }),
      RUNS,
    );
  });

  it('agrees with tokenize, sentenize and within', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const doc = await analyze(text);
        // Only the fields tokenize and sentenize give: later stages may add their own to the document's spans.
        expect(tokenize(text)).toEqual(doc.tokens.map(({ start, end, text, kind }) => ({ start, end, text, kind })));
        expect(sentenize(text)).toEqual(doc.sentences.map(({ start, end, text }) => ({ start, end, text })));
        const inSentences = doc.sentences.flatMap((sentence) => within(doc.tokens, sentence));
        expect(inSentences).toEqual(doc.tokens);
      }),
      RUNS,
    );
  });

  it('with a language hint as well', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom('rus', 'eng', 'ukr', 'und', 'xyz'), async (text, language) => {
        const doc = await analyze(text, { language });
        expect(documentViolations(doc)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('explainTokens on arbitrary strings', () => {
  it('explains exactly the boundaries between touching atoms, in order', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const trace = explainTokens(text);
        for (let i = 1; i < trace.length; i++) expect(trace[i]!.offset).toBeGreaterThan(trace[i - 1]!.offset);
        for (const step of trace) {
          expect(text.slice(step.offset - step.left.length, step.offset)).toBe(step.left);
          expect(text.slice(step.offset, step.offset + step.right.length)).toBe(step.right);
        }
      }),
      RUNS,
    );
  });
});

describe('token rules are asked only where they apply (src/segment/token-rules.ts)', () => {
  it('no rule that would decide a boundary is skipped by its `applies` guard', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const atoms = atomize(text);
        const boundary = new Boundary(atoms);
        for (let index = 1; index < atoms.count; index++) {
          if (atoms.spaceBefore(index)) continue;
          boundary.index = index;
          boundary.tokenStart = Math.max(0, index - 2);
          for (const rule of TOKEN_RULES) {
            if (rule.decide(boundary) !== undefined) expect([rule.name, rule.applies(kindOf(atoms, index - 1), kindOf(atoms, index))]).toEqual([rule.name, true]);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('adversarial texts of the benchmark, at 20 000 code units', () => {
  const news = 'Посол Азербайджана в Казахстане Рашад Мамедов выступил с заявлением.\nЛента новостей\n\n«Мы не хотели войны», — заявил он. '.repeat(200);
  it.each(ADVERSARIES.map((adversary) => [adversary.name, adversary] as const))('%s', async (_, adversary) => {
    const text = adversary.make(20_000, news);
    expect(text.length).toBe(20_000);
    const doc = await analyze(text);
    expect(doc.text).toBe(text);
    expect(documentViolations(doc)).toEqual([]);
    expect(coverageViolations(text, doc.tokens)).toEqual([]);
  });
});

describe('hand-picked hostile strings', () => {
  it.each([
    ['a lone high surrogate', '\ud800', ['\ud800']],
    ['a lone low surrogate between words', 'а\udc00б', ['а\udc00б']],
    // Signs of no script join the letters they touch (razdel's rule `other`), surrogate pairs kept whole.
    ['an emoji between words', 'да😀нет', ['да😀нет']],
    ['an emoji alone', 'да 😀 нет', ['да', '😀', 'нет']],
    ['a zero-width space inside a word', 'по\u200bсол', ['по\u200bсол']],
    ['a byte-order mark', '\ufeffПосол.', ['Посол', '.']],
    ['CRLF between sentences', 'Да.\r\nНет.', ['Да', '.', 'Нет', '.']],
    ['a NUL character between words', 'а\u0000б', ['а\u0000б']],
    ['a NEL line break after an address', 'http://x.ru\u0085Да', ['http://x.ru', 'Да']],
    // Found by the property test: a mention's text is the text's own, a tab or two spaces included.
    ['a tab inside a name', 'Дж\tВодневЧрезвычайный', ['Дж', 'Воднев', 'Чрезвычайный']],
  ])('%s', async (_, text, tokens) => {
    const doc = await analyze(text);
    expect(doc.tokens.map((token) => token.text)).toEqual(tokens);
    expect(documentViolations(doc)).toEqual([]);
  });

  it('a reported clause in quotation marks with a space inside them keeps its content free of the space (found by the property above)', async () => {
    const doc = await analyze('сообщает что "We »');
    expect(doc.quotes.map((quote) => quote.content.map((piece) => piece.text))).toEqual([['We']]);
    expect(documentViolations(doc)).toEqual([]);
  });

  it('a byte-order mark and CRLF do not end up in any paragraph or sentence', async () => {
    const doc = await analyze('\ufeffПервый абзац.\r\n\r\nВторой абзац.\r\n');
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Первый абзац.', 'Второй абзац.']);
    expect(doc.sentences.map((sentence) => sentence.text)).toEqual(['Первый абзац.', 'Второй абзац.']);
  });
});
