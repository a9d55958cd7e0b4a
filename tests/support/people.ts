/** The people of a text as the held-out person tests read them (tests/entities/people-held-out*.test.ts, names-held-out-*.test.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** Each person mention of the text as `span → entity name`, in text order. */
export async function people(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.entities
    .filter((entity) => entity.type === 'PER')
    .flatMap((entity) => entity.mentions.map((mention) => ({ mention, name: entity.name })))
    .sort((a, b) => a.mention.start - b.mention.start)
    .map(({ mention, name }) => `${mention.text} → ${name}`);
}

/** Checks the people of each sentence. */
export async function expectPeople(cases: readonly (readonly [text: string, expected: readonly string[]])[]): Promise<void> {
  const got = await Promise.all(cases.map(async ([text]) => [text, await people(text)]));
  expect(got).toEqual(cases.map(([text, expected]) => [text, expected]));
}

/** Each person mention of the text as `span → first · middle · last` of its entity (`–` for a part the name lacks), in text order. */
export async function nameParts(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.entities
    .filter((entity) => entity.type === 'PER')
    .flatMap((entity) => entity.mentions.map((mention) => ({ mention, parts: entity.parts ?? {} })))
    .sort((a, b) => a.mention.start - b.mention.start)
    .map(({ mention, parts }) => `${mention.text} → ${[parts.first, parts.middle, parts.last].map((part) => part ?? '–').join(' · ')}`);
}

/** One expected person mention of an article as {@link nameParts} gives it, and `known` when it still fails. */
export type ArticleName = string | { line: string; known: string };

/**
 * A `describe` per whole article and a test per expected person mention (`span → first · middle · last`): the line is
 * among what {@link nameParts} gives of the article (tests/entities/names-articles-held-out*.test.ts). Each article is
 * analysed once.
 */
export function probeNameArticles(articles: Record<string, { text: string; names: ArticleName[] }>): void {
  const read = new Map<string, Promise<string[]>>();
  for (const [title, { text, names }] of Object.entries(articles)) {
    describe(title, () => {
      for (const each of names) {
        const { line, known } = typeof each === 'string' ? { line: each, known: undefined } : each;
        (known ? it.fails : it)(known ? `${line} (known: ${known})` : line, async () => {
          if (!read.has(text)) read.set(text, nameParts(text));
          expect(await read.get(text)).toContain(line);
        });
      }
    });
  }
}
