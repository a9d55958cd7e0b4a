/**
 * The Occupation scorer's account of a missed fact (src/eval/occupations.ts): the earliest stage that lost it. On
 * book_100's fact `Who Лужков Юрий / Position мэра / Where Москва`, with entities and roles written here by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model.js';
import { hasCorpora, readFactRu } from '../../src/eval/corpora.js';
import { scoreOccupations, type PredictedRole } from '../../src/eval/occupations.js';

describe.skipIf(!hasCorpora())('scoreOccupations: why a fact was missed (needs ../shared/corpora)', () => {
  const doc = hasCorpora() ? readFactRu().find((d) => d.id === 'book_100')! : undefined!;
  // `отставка мэра Москвы Юрия Лужкова`: the post, its place and its holder, as the fact cites them.
  const phrase = 'мэра Москвы Юрия Лужкова';
  const at = doc ? doc.text.indexOf(phrase) : 0;
  const span = (text: string) => ({ start: at + phrase.indexOf(text), end: at + phrase.indexOf(text) + text.length });
  const entity = (id: number, type: Entity['type'], text: string) => ({ id, type, name: text, mentions: [span(text)] }) as unknown as Entity;
  const luzhkov = entity(0, 'PER', 'Юрия Лужкова');
  const moscow = entity(1, 'LOC', 'Москвы');
  const elsewhere = { start: 0, end: 2 };
  const why = (entities: Entity[], roles: PredictedRole[]) =>
    scoreOccupations([{ gold: doc, roles, entities }]).errors.find((e) => e.kind === 'missed' && e.text.includes('Лужков'))?.why;

  it('is `no person` when no person entity covers the Who', () => {
    expect(why([moscow], [])).toBe('no person');
  });

  it('is `no role` when the person is found and given no role', () => {
    expect(why([luzhkov, moscow], [])).toBe('no role');
  });

  it('is `other title` when the person holds roles, none on the position words', () => {
    expect(why([luzhkov, moscow], [{ person: 0, title: { ...elsewhere, text: 'В' }, of: 1 }])).toBe('other title');
  });

  it('is `place` when the role is on the position and its place is another', () => {
    expect(why([luzhkov, moscow, entity(2, 'LOC', 'Юрия')], [{ person: 0, title: { ...span('мэра'), text: 'мэра' }, of: 2 }])).toBe('place');
  });

  it('is not missed when person, position and place agree', () => {
    expect(why([luzhkov, moscow], [{ person: 0, title: { ...span('мэра'), text: 'мэра' }, of: 1 }])).toBeUndefined();
  });
});
