import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryReadings, isProperTag } from '../../src/morphology/dictionary.js';
import { loadMorphology } from '../../src/morphology/morphology.js';
import { differences, formsToCheck, startAz } from '../../scripts/check-morphology.js';
import { FIXTURES } from '../support/fixtures.js';

beforeAll(async () => {
  await Promise.all([loadMorphology(), startAz()]);
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

describe("the dictionary's own lookup (src/morphology/dictionary.ts)", () => {
  it('answers a form the dictionary holds from the tables az loaded, without az', () => {
    // `выборах` is the locative plural of `выборы` (elections) and of `выбор` (choice): two dictionary readings.
    const readings = dictionaryReadings('выборах');
    expect(readings?.map((reading) => reading.lemma).sort()).toEqual(['выбор', 'выборы']);
    expect(readings?.every((reading) => reading.form === 'выборах')).toBe(true);
  });

  it('finds the ё spelling of a form written with е', () => {
    expect(dictionaryReadings('еще')?.[0]?.form).toBe('ещё');
  });

  it('gives a proper name only to a capitalised form, as az does', () => {
    expect(dictionaryReadings('Москвы')?.map((reading) => reading.lemma)).toContain('москва');
    expect(dictionaryReadings('москвы')).toBeUndefined();
  });

  it('has nothing for a form the dictionary lacks, and only common readings for a single letter (az reads none as capitalised)', () => {
    expect(dictionaryReadings('Кривоколенном')).toBeUndefined();
    // `В`: the preposition `в`, among others, but not a proper name's reading.
    expect(dictionaryReadings('В')?.some((reading) => reading.lemma === 'в' && reading.form === 'в')).toBe(true);
    expect(dictionaryReadings('В')?.every((reading) => !isProperTag(reading.tag))).toBe(true);
  });
});
