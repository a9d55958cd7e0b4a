/** The entity mentions of a text as the entity tests and probes read them (tests/entities/*.test.ts). */
import { analyze, type EntityMention } from '../../src/index.js';
import { describe, expect, it } from 'vitest';

/** Every mention of the text, in text order. */
export async function mentionsOf(text: string): Promise<EntityMention[]> {
  const doc = await analyze(text);
  return doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
}

/** Every mention as `TYPE text → normal`, in text order. */
export async function shown(text: string): Promise<string[]> {
  return (await mentionsOf(text)).map((m) => `${m.type} ${m.text} → ${m.normal}`);
}

/** Every mention as `TYPE text`, in text order, where the normal form is not what a case pins down. */
export async function spans(text: string): Promise<string[]> {
  return (await mentionsOf(text)).map((m) => `${m.type} ${m.text}`);
}

/** One expected mention of an article as `TYPE span` (its next occurrence in the text), and `known` when it still fails. */
export type ArticleMention = string | { line: string; known?: string };

/** A whole news article with every PER/LOC/ORG mention in it, in text order, and `extraKnown` when the code finds more. */
export type EntityArticle = { text: string; mentions: ArticleMention[]; extraKnown?: string };

/** Where each expected `TYPE span` stands: its span's next occurrence after the previous mention's start. */
function placed(text: string, mentions: ArticleMention[]): Array<{ line: string; known?: string; start: number; end: number }> {
  let from = 0;
  return mentions.map((mention) => {
    const { line, known } = typeof mention === 'string' ? { line: mention, known: undefined } : mention;
    const span = line.slice(line.indexOf(' ') + 1);
    const start = text.indexOf(span, from);
    if (start < 0) throw new Error(`expected mention not in the article text: ${line}`);
    from = start + span.length;
    return { line, known, start, end: start + span.length };
  });
}

/**
 * A `describe` per article, a test per expected mention (a mention of that type, start and end is found), and one
 * test that nothing else is found (every found mention is an expected one).
 */
export function probeEntityArticles(articles: Record<string, EntityArticle>): void {
  for (const [title, { text, mentions, extraKnown }] of Object.entries(articles)) {
    describe(title, () => {
      const expected = placed(text, mentions);
      let read: Promise<EntityMention[]> | undefined;
      const found = (): Promise<EntityMention[]> => (read ??= mentionsOf(text));
      const key = (type: string, start: number, end: number): string => `${type} ${start}-${end}`;
      for (const { line, known, start, end } of expected) {
        const type = line.slice(0, line.indexOf(' '));
        (known ? it.fails : it)(known ? `${line} @${start} (known: ${known})` : `${line} @${start}`, async () => {
          const keys = (await found()).map((m) => key(m.type, m.start, m.end));
          expect(keys).toContain(key(type, start, end));
        });
      }
      (extraKnown ? it.fails : it)(extraKnown ? `nothing else (known: ${extraKnown})` : 'nothing else', async () => {
        const wanted = new Set(expected.map(({ line, start, end }) => key(line.slice(0, line.indexOf(' ')), start, end)));
        const extra = (await found()).filter((m) => !wanted.has(key(m.type, m.start, m.end)));
        expect(extra.map((m) => `${m.type} ${m.text} @${m.start}`)).toEqual([]);
      });
    });
  }
}
