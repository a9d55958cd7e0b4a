import { beforeAll, describe, expect, it } from 'vitest';
import { analyses, hasTag, loadMorphology, nominative } from '../../src/morphology/morphology.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('readings of a word form', () => {
  it('gives the lemma, part of speech, case, gender and number of the likeliest reading', () => {
    const [reading] = analyses('Казахстана');
    expect(reading).toMatchObject({ lemma: 'казахстан', pos: 'NOUN', case: 'gent', gender: 'masc', number: 'sing' });
    expect(hasTag(reading!, 'Geox')).toBe(true);
  });

  it('marks first names, surnames and patronymics', () => {
    expect(analyses('Рашада').some((r) => hasTag(r, 'Name'))).toBe(true);
    expect(analyses('Мамедова').some((r) => hasTag(r, 'Surn'))).toBe(true);
    expect(analyses('Михайловича').some((r) => hasTag(r, 'Patr'))).toBe(true);
  });

  it('marks organisations and abbreviations', () => {
    expect(analyses('ООН').some((r) => hasTag(r, 'Orgn') && hasTag(r, 'Abbr'))).toBe(true);
  });

  it('gives a capitalised word both its proper and its common readings', () => {
    const lemmas = analyses('Роман').map((r) => `${r.lemma}:${hasTag(r, 'Name') ? 'Name' : r.pos}`);
    expect(lemmas).toContain('роман:Name');
    expect(lemmas.some((l) => l === 'роман:NOUN')).toBe(true);
  });

  it('gives nothing for Latin words, numbers and overlong strings', () => {
    expect(analyses('Sputnik')).toEqual([]);
    expect(analyses('130')).toEqual([]);
    expect(analyses('а'.repeat(1000))).toEqual([]);
  });

  it('returns the same readings for the same form (cached)', () => {
    expect(analyses('Азербайджана')).toBe(analyses('Азербайджана'));
  });
});

describe('nominative', () => {
  const nominativeOf = (word: string, test: (tags: readonly string[]) => boolean): string | null =>
    nominative(analyses(word).find((r) => test(r.tags))!);

  it('keeps the gender of a surname', () => {
    expect(nominativeOf('Ивановой', (t) => t.includes('Surn'))).toBe('иванова');
    expect(nominativeOf('Мамедова', (t) => t.includes('Surn') && t.includes('masc'))).toBe('мамедов');
  });

  it('keeps the number and voice of a participle', () => {
    expect(nominativeOf('Соединенными', (t) => t.includes('PRTF'))).toBe('соединённые');
  });

  it('puts an ordinal in its own nominative, not its cardinal\'s (the dictionary files `первым` under `один`)', () => {
    expect(nominativeOf('первым', (t) => t.includes('Anum') && t.includes('masc'))).toBe('первый');
    expect(nominativeOf('первой', (t) => t.includes('Anum') && t.includes('femn'))).toBe('первая');
    expect(nominativeOf('третьему', (t) => t.includes('Anum') && t.includes('masc'))).toBe('третий');
  });

  it('puts a superlative in its own nominative, not its plain degree\'s (the dictionary files `высшего` under `высокий`)', () => {
    expect(nominativeOf('Высшего', (t) => t.includes('Supr') && t.includes('masc'))).toBe('высший');
    expect(nominativeOf('Высшей', (t) => t.includes('Supr') && t.includes('femn'))).toBe('высшая');
    expect(nominativeOf('крупнейшей', (t) => t.includes('Supr') && t.includes('gent'))).toBe('крупнейшая');
  });

  it('puts an adjective in the nominative of its gender', () => {
    expect(nominativeOf('Нагорном', (t) => t.includes('masc'))).toBe('нагорный');
    expect(nominativeOf('Свердловской', (t) => t.includes('gent'))).toBe('свердловская');
  });
});
