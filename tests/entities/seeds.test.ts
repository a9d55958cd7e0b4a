/**
 * Entities of the seed articles against their hand-written gold
 * (`fixtures/*.expected.json`: `entities`, `entityLinks`, `notEntities`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type EntityMention, type EntityType, type RechDocument } from '../../src/index.js';
import { FIXTURES, golds, occurrences } from '../support/fixtures.js';

interface ExpectedMention {
  text: string;
  type: EntityType;
  normal: string;
  occurrence: number;
}

interface Expected {
  source: string;
  entities: ExpectedMention[];
  entityLinks: string[][];
  notEntities: string[];
}


const show = (m: { text: string; type: string; normal: string; start: number }): string => `${m.type} ${m.start} «${m.text}» → ${m.normal}`;

describe.each(golds)('entities of seed %s', (goldName) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, goldName), 'utf8')) as Expected;
  const text = readFileSync(join(FIXTURES, expected.source), 'utf8');
  const gold = expected.entities.map((m) => {
    const start = occurrences(text, m.text)[m.occurrence - 1]!;
    return { ...m, start, end: start + m.text.length };
  });
  let doc: RechDocument;
  let mentions: EntityMention[];

  beforeAll(async () => {
    doc = await analyze(text);
    mentions = doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  });

  it('finds every person, place and organisation with its type and normal form', () => {
    const found = new Set(mentions.map(show));
    expect(gold.map(show).filter((m) => !found.has(m))).toEqual([]);
  });

  it('tags nothing else', () => {
    const wanted = new Set(gold.map(show));
    expect(mentions.map(show).filter((m) => !wanted.has(m))).toEqual([]);
  });

  it('links the mentions of one entity', () => {
    for (const group of expected.entityLinks) {
      const ids = new Set(mentions.filter((m) => group.includes(m.normal)).map((m) => m.entity));
      expect([group, [...ids].length]).toEqual([group, 1]);
    }
  });

  it('tags no page furniture, title or sentence-initial common word', () => {
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    for (const phrase of expected.notEntities) {
      for (const start of occurrences(text, phrase)) {
        const span = { start, end: start + phrase.length };
        if (gold.some((m) => overlaps(m, span))) continue;
        expect([phrase, mentions.filter((m) => overlaps(m, span)).map(show)]).toEqual([phrase, []]);
      }
    }
  });

  it('lists each entity once, with mentions that point back to it', () => {
    doc.entities.forEach((entity, id) => {
      expect(entity.id).toBe(id);
      for (const mention of entity.mentions) expect(mention.entity).toBe(id);
    });
  });
});
