/**
 * The shortcuts that spare franc (src/language/identify.ts) change no
 * paragraph's language: the fixtures and Russian paragraphs made to be on
 * either side of the rule, decided with and without them.
 * scripts/check-languages.ts runs the same comparison over the development corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageDifferences } from '../scripts/check-languages.js';
import { francCallCount, identifyLanguages } from '../src/language/identify.js';
import { FIXTURES } from './support/fixtures.js';

describe('deciding Russian against Bulgarian without franc', () => {
  it('gives every paragraph of the fixtures the language it gets from franc', async () => {
    const texts = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
    const { differences, francCalls } = await languageDifferences(texts);
    expect(differences).toEqual([]);
    // Bulgarian's mark (ъ before a consonant) already leaves franc nothing to weigh on most Russian paragraphs.
    expect(francCalls.with).toBeLessThanOrEqual(francCalls.without);
  });

  it('takes a long paragraph with ы, э or ё in 1 % of its letters as Russian without franc', async () => {
    const before = francCallCount();
    const result = await identifyLanguages(['Министр экономики заявил журналистам, что цены вырастут не более чем на пять процентов в этом году.']);
    expect(result.paragraphs).toEqual(['rus']);
    expect(francCallCount()).toBe(before);
  });

  it('still asks franc when the paragraph has none of the letters Bulgarian lacks', async () => {
    const before = francCallCount();
    const result = await identifyLanguages(['Министър-председателят на България каза, че правителството ще подаде оставка.']);
    expect(francCallCount()).toBe(before + 1);
    expect(result.paragraphs).toHaveLength(1);
  });
});
