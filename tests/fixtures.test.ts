/**
 * The seed articles in fixtures/ against their hand-written gold
 * (`*.expected.json`): paragraphs, sentences, selected tokens, paragraph
 * languages, and the invariants of the document model.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type RechDocument, type TokenKind } from '../src/index.js';
import { documentViolations } from './support/invariants.js';

interface ExpectedParagraph {
  text: string;
  /** The paragraph's language must be this code. */
  language?: string;
  /** The paragraph's language must not be this code. */
  notLanguage?: string;
}

interface ExpectedToken {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

interface Expected {
  source: string;
  paragraphs: ExpectedParagraph[];
  sentences: string[];
  tokens: ExpectedToken[];
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const golds = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.expected.json'))
  .sort();

it('has gold for both seed articles and the English wire story', () => {
  expect(golds).toEqual(['000_4a3131ec37a1ee70.expected.json', '001_78ac929fa1834338.expected.json', 'english-wire.expected.json']);
});

describe.each(golds)('seed %s', (goldName) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, goldName), 'utf8')) as Expected;
  const text = readFileSync(join(FIXTURES, expected.source), 'utf8');
  let doc: RechDocument;

  beforeAll(async () => {
    doc = await analyze(text);
  });

  it('keeps the text exactly as given', () => {
    expect(doc.text).toBe(text);
  });

  it('finds every non-blank line as a paragraph', () => {
    expect(doc.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs.map((p) => p.text));
    for (const paragraph of doc.paragraphs) expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
  });

  it('splits the sentences as the gold does', () => {
    expect(doc.sentences.map((s) => s.text)).toEqual(expected.sentences);
    for (const sentence of doc.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('has the selected tokens with their offsets and kinds', () => {
    for (const token of expected.tokens) expect(text.slice(token.start, token.end)).toBe(token.text); // the gold itself
    const missing = expected.tokens.filter(
      (gold) => !doc.tokens.some((t) => t.start === gold.start && t.end === gold.end && t.text === gold.text && t.kind === gold.kind),
    );
    const found = missing.map((gold) => ({ gold, got: doc.tokens.filter((t) => t.start < gold.end && gold.start < t.end) }));
    expect(found).toEqual([]);
  });

  it('keeps the model invariants: sorted, non-overlapping layers; tokens in one sentence, sentences in one paragraph', () => {
    expect(documentViolations(doc)).toEqual([]);
  });

  it('tags each paragraph with its language (rus for the Russian ones, not rus for Azerbaijani)', () => {
    const got = doc.paragraphs.map((p) => ({ text: p.text, language: p.language }));
    const wrong = expected.paragraphs.flatMap((gold, i) => {
      const language = got[i]?.language;
      if (gold.language !== undefined && language !== gold.language) return [{ text: gold.text, expected: gold.language, got: language }];
      if (gold.notLanguage !== undefined && language === gold.notLanguage) return [{ text: gold.text, expected: `not ${gold.notLanguage}`, got: language }];
      return [];
    });
    expect(wrong).toEqual([]);
  });
});
