/**
 * The invariant checks used by the other tests must themselves catch
 * violations, or the tests that rely on them could never fail.
 */
import { describe, expect, it } from 'vitest';
import type { RechDocument } from '../../src/index.js';
import { documentViolations, nestingViolations, orderViolations, spanViolations } from './invariants.js';

const text = 'Раз два. Три.';

describe('invariant checks', () => {
  it('accept a well-formed document', () => {
    const doc: RechDocument = {
      offsets: 'utf-16',
      text,
      language: 'rus',
      paragraphs: [{ start: 0, end: 13, text, language: 'rus' }],
      sentences: [
        { start: 0, end: 8, text: 'Раз два.' },
        { start: 9, end: 13, text: 'Три.' },
      ],
      tokens: [
        { start: 0, end: 3, text: 'Раз', kind: 'word' },
        { start: 4, end: 7, text: 'два', kind: 'word' },
        { start: 7, end: 8, text: '.', kind: 'punctuation' },
        { start: 9, end: 12, text: 'Три', kind: 'word' },
        { start: 12, end: 13, text: '.', kind: 'punctuation' },
      ],
      entities: [],
      quotes: [],
      roles: [],
    };
    expect(documentViolations(doc)).toEqual([]);
  });

  it('report a span whose text is not text.slice(start, end), an empty span and surrounding whitespace', () => {
    expect(spanViolations(text, [{ start: 0, end: 3, text: 'два' }], 'token')).toHaveLength(1);
    expect(spanViolations(text, [{ start: 3, end: 3, text: '' }], 'token')).toHaveLength(1);
    expect(spanViolations(text, [{ start: 3, end: 7, text: ' два' }], 'token')).toHaveLength(1);
  });

  it('report unsorted and overlapping spans', () => {
    const a = { start: 4, end: 7, text: 'два' };
    const b = { start: 0, end: 3, text: 'Раз' };
    expect(orderViolations([a, b], 'token')).toHaveLength(1);
    expect(orderViolations([{ start: 0, end: 7, text: 'Раз два' }, a], 'token')).toHaveLength(1);
  });

  it('report a span inside no outer span or straddling two', () => {
    const sentences = [
      { start: 0, end: 8, text: 'Раз два.' },
      { start: 9, end: 13, text: 'Три.' },
    ];
    expect(nestingViolations([{ start: 4, end: 12, text: 'два. Три' }], sentences, 'token', 'sentences')).toHaveLength(1);
  });
});
