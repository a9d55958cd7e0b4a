import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology } from '../../src/morphology/morphology.js';
import { differences, formsToCheck } from '../../scripts/check-morphology.js';
import { FIXTURES } from '../support/fixtures.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('readings against the plain use of az', () => {
  // scripts/check-morphology.ts runs the same comparison over the development corpus.
  it('are the same readings, in the same order, with the same scores, for the fixtures and forms generated from the dictionary', () => {
    const texts = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
    const { corpus, generated } = formsToCheck(texts, 3000);
    expect(generated.length).toBeGreaterThan(1000);
    expect(differences([...corpus, ...generated])).toEqual([]);
  });
});
