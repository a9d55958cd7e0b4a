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

  it('reads a compound as its two words together where they agree, then its last word alone', () => {
    // `горе-пророка`: read as the compound where `горе` agrees with `пророка`, and as `пророка` alone.
    const guesses = guessReadings('горе-пророка')!;
    expect(guesses.length).toBeGreaterThan(0);
    expect(guesses.every((guess) => guess.form === 'пророка' || guess.form === 'горе-пророка')).toBe(true);
    // `журналиста-международника`: both genitive (or accusative) singular nouns, read together, most probable first.
    const compound = guessReadings('журналиста-международника')!;
    expect(compound[0]!.form).toBe('журналиста-международника');
    expect(compound[0]!.first?.form).toBe('журналиста');
  });

  it('inflects a compound read as two words in both words', () => {
    const reading = analyses('журналиста-международника').find((candidate) => candidate.form === 'журналиста-международника' && candidate.case === 'gent')!;
    expect(reading.inflect(['nomn', 'sing'])).toBe('журналист-международник');
    expect(reading.inflect(['datv', 'plur'])).toBe('журналистам-международникам');
  });

  it("reads `по-` with an adjective's dative as an adverb, and the word before a particle", () => {
    const adverb = guessReadings('по-старому');
    // `по-старому` may be in the dictionary itself; when it is not, az's adverb reading is the guess.
    if (dictionaryReadings('по-старому') === undefined) expect(adverb!.some((guess) => guess.tag === 'ADVB' && guess.form === 'по-старому')).toBe(true);
    expect(guessReadings('приходи-ка')!.some((guess) => guess.form === 'приходи')).toBe(true);
  });

  it('reads a capital letter as an initial as well as by its dictionary readings', () => {
    const readings = analyses('Ж');
    expect(readings.some((reading) => reading.tags.includes('Init') && reading.gender === 'femn' && reading.case === 'gent')).toBe(true);
    expect(analyses('ж').some((reading) => reading.tags.includes('Init'))).toBe(false);
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
