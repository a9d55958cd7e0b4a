/** The people of a text as the held-out person tests read them (tests/entities/people-held-out*.test.ts, names-held-out-*.test.ts). */
import { expect } from 'vitest';
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
