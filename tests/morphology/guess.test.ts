import Az from 'az';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AZ_GUESSING_FILE, azGuessing } from '../../scripts/build-az-guessing.js';
import { dictionaryReadings } from '../../src/morphology/dictionary.js';
import { guessReadings } from '../../src/morphology/guess.js';
import { analyses, loadMorphology } from '../../src/morphology/morphology.js';

beforeAll(async () => {
  await loadMorphology();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("guesses for words the dictionary lacks (src/morphology/guess.ts; exact.test.ts compares them with az's)", () => {
  it('reads the word after a known prefix, and keeps only those readings', () => {
    // `сверхзвезды` is not in the dictionary; after the known prefix `сверх`, `звезды` is: the genitive singular of
    // `звезда`, and, spelled `звёзды` (az reads е as ё too), its plural.
    expect(dictionaryReadings('сверхзвезды')).toBeUndefined();
    const guesses = guessReadings('сверхзвезды')!;
    expect(guesses.length).toBeGreaterThan(0);
    expect(new Set(guesses.map((guess) => guess.form))).toEqual(new Set(['звезды', 'звёзды']));
    expect(new Set(guesses.map((guess) => guess.lemma))).toEqual(new Set(['звезда']));
  });

  it("reads an unknown surname's case and gender from its ending", () => {
    // `Кривошеиной`: a woman's surname in -ина, in an oblique case; az predicts it from the ending `-иной`.
    const guesses = guessReadings('Кривошеиной')!;
    expect(guesses.some((guess) => typeof guess.tag === 'number' && guess.lemma === 'кривошеина')).toBe(true);
  });

  it('reads a short word in capitals as an abbreviation, and a long one not', () => {
    expect(guessReadings('ЦКБЖ')!.some((guess) => guess.tag === 'NOUN,inan,masc,Fixd,Abbr sing,nomn' && guess.form === 'ЦКБЖ')).toBe(true);
    expect(guessReadings('ЦКБЖЩЫЪ')!.some((guess) => typeof guess.tag === 'string')).toBe(false);
  });

  it('gives scores that sum to one, most probable first', () => {
    const scores = guessReadings('Кривошеиной')!.map((guess) => guess.score);
    expect(scores.reduce((sum, score) => sum + score, 0)).toBeCloseTo(1, 9);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('leaves a word with a hyphen and a single letter to az', () => {
    expect(guessReadings('горе-пророка')).toBeUndefined();
    expect(guessReadings('Ж')).toBeUndefined();
  });

  it('are made without asking az', () => {
    const morph = vi.spyOn(Az, 'Morph');
    const readings = analyses('Кривошеиной');
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.every((reading) => !reading.known)).toBe(true);
    expect(morph).not.toHaveBeenCalled();
  });
});

describe("az's guessing data (src/data/morphology/az-guessing.json)", () => {
  it("is what scripts/build-az-guessing.ts reads now from the installed az's source (run `npm run az-guessing` when this fails)", () => {
    expect(readFileSync(AZ_GUESSING_FILE, 'utf8')).toBe(azGuessing());
  });
});
