/**
 * A document in four languages: Russian paragraphs keep the Russian pipeline, English ones get the
 * English one, Azerbaijani and Ukrainian ones get tokens, sentences and their language label only.
 * Expected values are written by hand from the text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, within, type RechDocument } from '../../src/index.js';
import { documentViolations } from '../support/invariants.js';

const TEXT = [
  'Посол Азербайджана в Казахстане Рашад Мамедов заявил, что Казахстан не должен вовлекаться в конфликт.',
  '"We will not back down," Azerbaijani President Ilham Aliyev told reporters in Baku.',
  'Bizim partnyorlarımız Qarabağ münaqişəsinin sülh yolu ilə həllini dəstəkləyirlər.',
  'Президент України Володимир Зеленський заявив, що переговори тривають.',
].join('\n');

describe('a Russian, English, Azerbaijani and Ukrainian document', () => {
  let doc: RechDocument;
  beforeAll(async () => {
    doc = await analyze(TEXT);
  });

  it('labels each paragraph with its language, the document Russian', () => {
    expect(doc.paragraphs.map((p) => p.language)).toEqual(['rus', 'eng', 'azj', 'ukr']);
    expect(doc.language).toBe('rus');
  });

  it('segments every paragraph and keeps every invariant', () => {
    expect(doc.sentences.map((s) => s.text)).toEqual(TEXT.split('\n'));
    expect(documentViolations(doc)).toEqual([]);
  });

  it('finds Russian entities in the Russian paragraph, English ones in the English one, none elsewhere', () => {
    const byParagraph = doc.paragraphs.map((p) => within(doc.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start), p).map((m) => `${m.type} ${m.normal}`));
    expect(byParagraph).toEqual([
      ['LOC Азербайджан', 'LOC Казахстан', 'PER Рашад Мамедов', 'LOC Казахстан'],
      ['PER Ilham Aliyev', 'LOC Baku'],
      [],
      [],
    ]);
  });

  it('finds the Russian quote and the English one, none in the others', () => {
    expect(doc.quotes.map((q) => [q.kind, q.content.map((c) => c.text), q.cue?.lemma, q.speaker?.name])).toEqual([
      ['indirect', ['Казахстан не должен вовлекаться в конфликт'], 'заявить', 'Рашад Мамедов'],
      ['direct', ['We will not back down'], 'tell', 'Ilham Aliyev'],
    ]);
  });

  it('gives Russian words OpenCorpora readings, English words compromise readings, the others none', () => {
    const [rus, eng, azj, ukr] = doc.paragraphs.map((p) => within(doc.tokens, p).filter((t) => t.kind === 'word'));
    expect(rus!.find((t) => t.text === 'заявил')?.lemma).toBe('заявить');
    expect(eng!.find((t) => t.text === 'told')?.lemma).toBe('tell');
    expect(eng!.find((t) => t.text === 'told')?.tags).toContain('Verb');
    expect([...azj!, ...ukr!].filter((t) => t.lemma !== undefined || t.tags !== undefined)).toEqual([]);
  });
});
