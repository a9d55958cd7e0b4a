/** The roles of a text as the held-out roles probes read them (tests/roles/roles-held-out*.test.ts). */
import { expect } from 'vitest';
import { analyze } from '../../src/index.js';

/** Each role as `who | title | normal | of`, by the entities' names; every title's span is checked against the text. */
export async function roles(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.roles.map((role) => {
    expect(text.slice(role.title.start, role.title.end)).toBe(role.title.text);
    const of = role.of === null ? '—' : doc.entities[role.of]!.name;
    return `${doc.entities[role.person]!.name} | ${role.title.text} | ${role.title.normal} | ${of}`;
  });
}
