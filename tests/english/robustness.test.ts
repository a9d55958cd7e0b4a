/**
 * Hostile English: property-based tests over strings built from the pieces the English rules look
 * at (names, titles, speech verbs, quotation marks, clitics, dotted abbreviations), read as English,
 * and English-shaped repetitions. Nothing may throw, every invariant of the document model must
 * hold, and `analyze` must agree with `tokenize` and `sentenize`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, sentenize, tokenize } from '../../src/index.js';
import { documentViolations } from '../support/invariants.js';

const PIECES = [
  'Smith', 'Antony Blinken', 'Blinken', 'said', 'told', 'says', 'asked', 'added', 'according', 'to', 'that', 'the', 'The', 'He', 'she',
  'reporters', 'diplomats', 'Mr', 'Sen', 'Secretary of State', 'President', 'Azerbaijani', 'Reuters', 'Kremlin', 'BAKU', 'U.S.', 'U', 'S',
  'a.m.', 'Jan', '5', 'von', 'der', 'F', "'s", "didn't", "O'Brien", "'", '’', '"', '“', '”', ',', '.', ':', ';', '?', '!', '—', '-', '(',
  ')', ' ', ' ', ' ', '\n', '\n\n', 'а', 'Посол', 'заявил', '😀', '\ud800',
];

const english = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 });

// Fewer runs than the Russian property tests: compromise reads every English text, and it is slow.
const RUNS = { numRuns: Number(process.env.RECH_PROPERTY_RUNS ?? 300) };

describe('analyze on English-shaped strings', () => {
  it('never throws, keeps every invariant, and agrees with tokenize and sentenize', async () => {
    await fc.assert(
      fc.asyncProperty(english, fc.constantFrom(undefined, 'eng'), async (text, language) => {
        const doc = await analyze(text, language ? { language } : {});
        expect(doc.text).toBe(text);
        expect(documentViolations(doc)).toEqual([]);
        expect(tokenize(text)).toEqual(doc.tokens.map(({ start, end, text, kind }) => ({ start, end, text, kind })));
        expect(sentenize(text)).toEqual(doc.sentences.map(({ start, end, text }) => ({ start, end, text })));
      }),
      RUNS,
    );
  });
});

describe('English-shaped repetitions, at 20 000 code units', () => {
  const fill = (unit: string): string => unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
  it.each([
    'a ',
    'Mr. ',
    '"x" ',
    'Smith said ',
    '"We won," Smith said. ',
    "O'x's ",
    'U.S. ',
    'according to Smith, ',
    'Secretary of State Antony ',
    '"We won," said Smith, "',
    'He said that ',
    'a.',
    'U.S.',
  ])('%j', async (unit) => {
    const text = fill(unit);
    const doc = await analyze(text, { language: 'eng' });
    expect(documentViolations(doc)).toEqual([]);
  });
});
