/** Organisation mentions, normal forms and entities of whole articles, as the organisation article probes read them (tests/entities/orgs-articles-held-out*.test.ts). */
import { describe, expect, it } from 'vitest';
import { analyze, type Entity, type EntityMention } from '../../src/index.js';

/** One expected organisation mention as `span → normal` (its next occurrence in the text), `known` when it still fails. */
export type OrgLine = string | { line: string; known?: string };

/** A whole article, every organisation mention in it in text order, the organisation entities that are clear. */
export type OrgArticle = { text: string; orgs: OrgLine[]; entities?: OrgLine[]; extraKnown?: string };

/** The organisation mentions and entities the code finds in a text. */
async function read(text: string): Promise<{ mentions: EntityMention[]; entities: Entity[] }> {
  const doc = await analyze(text);
  const entities = doc.entities.filter((e) => e.type === 'ORG');
  const mentions = doc.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

/** An entity as `name: mention | mention`, its mentions in text order. */
function entityLine(entity: Entity): string {
  return `${entity.name}: ${[...entity.mentions].sort((a, b) => a.start - b.start).map((m) => m.text).join(' | ')}`;
}

/** A `describe` per article: a test per expected mention (type ORG, span, normal form), per entity, and one that no other ORG is found. */
export function probeOrgArticles(articles: Record<string, OrgArticle>): void {
  for (const [title, { text, orgs, entities = [], extraKnown }] of Object.entries(articles)) {
    describe(title, () => {
      let found: ReturnType<typeof read> | undefined;
      const get = (): ReturnType<typeof read> => (found ??= read(text));
      let from = 0;
      const placed = orgs.map((org) => {
        const { line, known } = typeof org === 'string' ? { line: org, known: undefined } : org;
        const [span, normal] = line.split(' → ') as [string, string];
        const start = text.indexOf(span, from);
        if (start < 0) throw new Error(`expected organisation not in the article text: ${span}`);
        from = start + span.length;
        return { line, known, span, normal, start, end: start + span.length };
      });
      for (const { line, known, normal, start, end } of placed) {
        (known ? it.fails : it)(known ? `ORG ${line} @${start} (known: ${known})` : `ORG ${line} @${start}`, async () => {
          const at = (await get()).mentions.filter((m) => m.start === start && m.end === end).map((m) => `${m.type} → ${m.normal}`);
          expect(at).toContain(`ORG → ${normal}`);
        });
      }
      for (const entity of entities) {
        const { line, known } = typeof entity === 'string' ? { line: entity, known: undefined } : entity;
        (known ? it.fails : it)(known ? `entity ${line} (known: ${known})` : `entity ${line}`, async () => {
          expect((await get()).entities.map(entityLine)).toContain(line);
        });
      }
      (extraKnown ? it.fails : it)(extraKnown ? `no other organisation (known: ${extraKnown})` : 'no other organisation', async () => {
        const wanted = new Set(placed.map(({ start, end }) => `${start}-${end}`));
        const extra = (await get()).mentions.filter((m) => m.type === 'ORG' && !wanted.has(`${m.start}-${m.end}`));
        expect(extra.map((m) => `ORG ${m.text} @${m.start}`)).toEqual([]);
      });
    });
  }
}
