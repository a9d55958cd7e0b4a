/**
 * Entities of English paragraphs (src/entities/english.ts, src/lexicon/english-names.ts): compromise's
 * people, places and organisations and the rules around them, linked with the
 * shared linking stage. Expected values are written by hand from the text.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type RechDocument } from '../../src/index.js';

/** `TYPE text→normal` for every mention, in text order. */
const mentions = (doc: RechDocument): string[] =>
  doc.entities
    .flatMap((entity) => entity.mentions)
    .sort((a, b) => a.start - b.start)
    .map((m) => `${m.type} ${m.text}→${m.normal}`);

describe('English entities', () => {
  it('keeps titles, a leading the and a possessive out of the span', async () => {
    const doc = await analyze("U.S. Secretary of State Antony Blinken met Mr. Lavrov at the Kremlin. Blinken's aides were pleased.");
    expect(mentions(doc)).toEqual([
      'LOC U.S.→U.S.',
      'PER Antony Blinken→Antony Blinken',
      'PER Lavrov→Lavrov',
      'ORG Kremlin→Kremlin',
      'PER Blinken→Blinken',
    ]);
  });

  it('links a surname alone to the full name, as one entity with its parts', async () => {
    const doc = await analyze('Sen. Elizabeth Warren and Gov. Gavin Newsom spoke. Warren said the plan was dead.');
    expect(doc.entities.map((e) => [e.type, e.name, e.parts, e.mentions.map((m) => m.text)])).toEqual([
      ['PER', 'Elizabeth Warren', { first: 'Elizabeth', last: 'Warren' }, ['Elizabeth Warren', 'Warren']],
      ['PER', 'Gavin Newsom', { first: 'Gavin', last: 'Newsom' }, ['Gavin Newsom']],
    ]);
    expect(doc.entities[0]!.mentions[1]!.parts).toEqual({ last: 'Warren' });
    expect(doc.entities[0]!.mentions.every((m) => m.entity === 0)).toBe(true);
  });

  it('writes initials with their stop and particles into the surname', async () => {
    const doc = await analyze('Officials said John F. Kennedy and Ursula von der Leyen were honoured in Brussels on Friday.');
    const people = doc.entities.filter((e) => e.type === 'PER').map((e) => [e.name, e.parts]);
    expect(people).toEqual([
      ['John F. Kennedy', { first: 'John', middle: 'F.', last: 'Kennedy' }],
      ['Ursula von der Leyen', { first: 'Ursula', last: 'von der Leyen' }],
    ]);
  });

  it('takes no demonym, weekday or title for an entity', async () => {
    const doc = await analyze('Azerbaijani President Ilham Aliyev and Russian officials met on Monday, the spokesman said.');
    expect(mentions(doc)).toEqual(['PER Ilham Aliyev→Ilham Aliyev']);
  });

  it('reads a dateline: a place in capitals written as elsewhere, the agency an organisation', async () => {
    const doc = await analyze('WASHINGTON (AP) — The White House said Thursday that the United States would act. U.S. officials agreed.');
    expect(mentions(doc)).toEqual([
      'LOC WASHINGTON→Washington',
      'ORG AP→AP',
      'ORG White House→White House',
      'LOC United States→United States',
      'LOC U.S.→U.S.',
    ]);
    // `U.S.` is an alias of the United States: one entity, named by its fullest name.
    const states = doc.entities.find((e) => e.name === 'United States')!;
    expect(states.mentions.map((m) => m.text)).toEqual(['United States', 'U.S.']);
  });

  it('reads an AP dateline with its country', async () => {
    const doc = await analyze('KYIV, Ukraine (AP) — Russian forces launched a drone attack overnight, officials said.');
    expect(mentions(doc)).toEqual(['LOC KYIV→Kyiv', 'LOC Ukraine→Ukraine', 'ORG AP→AP']);
  });

  it('starts a name after a title the list lacks at its first name', async () => {
    const doc = await analyze('Chief Financial Officer Luca Maestri told analysts that demand had been soft.');
    expect(mentions(doc)).toEqual(['PER Luca Maestri→Luca Maestri']);
  });

  it("takes a state body after its country's possessive for one organisation, and a company with its suffix", async () => {
    const doc = await analyze("Armenia's Foreign Ministry criticised Microsoft Corp. and Reuters.");
    expect(mentions(doc)).toEqual([
      "ORG Armenia's Foreign Ministry→Armenia's Foreign Ministry",
      'ORG Microsoft Corp.→Microsoft Corp.',
      'ORG Reuters→Reuters',
    ]);
  });

  it("keeps compromise's places and its own people", async () => {
    const doc = await analyze('He flew to Tokyo and then to Nairobi on Friday.');
    expect(mentions(doc)).toEqual(['LOC Tokyo→Tokyo', 'LOC Nairobi→Nairobi']);
  });

  it('gives offsets into the document, in UTF-16 units, after an emoji and after a Russian paragraph', async () => {
    const text = 'Посол Азербайджана выступил с заявлением в Казахстане в понедельник.\n😀 Antony Blinken said the talks in Geneva were useful.';
    const doc = await analyze(text);
    const blinken = doc.entities.find((e) => e.name === 'Antony Blinken')!.mentions[0]!;
    expect(blinken.start).toBe(text.indexOf('Antony'));
    expect(text.slice(blinken.start, blinken.end)).toBe('Antony Blinken');
    // Russian entities first, in text order; ids are indexes.
    expect(doc.entities.map((e) => [e.id, e.type, e.name])).toEqual([
      [0, 'LOC', 'Азербайджан'],
      [1, 'LOC', 'Казахстан'],
      [2, 'PER', 'Antony Blinken'],
      [3, 'LOC', 'Geneva'],
    ]);
  });
});
