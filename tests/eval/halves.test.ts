/** The fixed halves of the development documents and the readers of `.coref` and `.facts`. */
import { describe, expect, it } from 'vitest';
import { devHalf, hasCorpora, readFactRu } from '../../src/eval/corpora.js';

describe('devHalf', () => {
  it('puts even ids in A and odd ids in B, and an id without a number in neither', () => {
    expect([devHalf('book_100'), devHalf('book_99'), devHalf('book_58'), devHalf('test')]).toEqual(['A', 'B', 'A', undefined]);
  });
});

describe.skipIf(!hasCorpora())('the factRuEval readers (needs ../shared/corpora)', () => {
  const docs = hasCorpora() ? readFactRu() : [];

  it('splits the 122 documents into two halves of about the same size', () => {
    const a = docs.filter((doc) => devHalf(doc.id) === 'A').length;
    expect(a + docs.filter((doc) => devHalf(doc.id) === 'B').length).toBe(docs.length);
    expect(Math.abs(a - docs.length / 2)).toBeLessThan(10);
  });

  it('reads the coreference and the Occupation facts of book_100', () => {
    const doc = docs.find((d) => d.id === 'book_100')!;
    // .coref: `48 10435 10441` / `firstname Юрий` / `lastname Лужков`
    expect(doc.coref.find((entity) => entity.id === '48')).toEqual({
      id: '48', objects: ['10435', '10441'], attributes: [['firstname', 'Юрий'], ['lastname', 'Лужков']],
    });
    // .facts: `100-0 Occupation` / `Who obj48 Лужков Юрий` / `Position span22777 мэра` / `Where obj47 Москва`
    const fact = doc.facts.find((f) => f.id === '100-0')!;
    expect(fact.type).toBe('Occupation');
    expect(fact.arguments.map(({ key, entities, spans }) => [key, entities, spans])).toEqual([
      ['Who', ['48'], []], ['Position', [], ['22777']], ['Where', ['47'], []],
    ]);
    expect(docs.flatMap((d) => d.facts).filter((f) => f.type === 'Occupation')).toHaveLength(211);
  });
});
