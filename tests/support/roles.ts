/** The roles of a text as the held-out roles probes read them (tests/roles/roles-held-out*.test.ts). */
import { describe, expect, it } from 'vitest';
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

/** Each role as `who | title | normal | where`, as the paradigms read them: a place adjective's place as `~Place` (tests/roles/roles-paradigm*.test.ts). */
export async function rolesWithPlace(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.roles.map((role) => {
    const where = role.of !== null ? doc.entities[role.of]!.name : role.place !== undefined ? `~${role.place.name}` : '—';
    return `${doc.entities[role.person]!.name} | ${role.title.text} | ${role.title.normal} | ${where}`;
  });
}

/** One expected role of an article, as {@link roles} gives it, and `known` when it still fails. */
export type ArticleRole = { line: string; known?: string };

/** A whole news article with every post it states, and `extraKnown` when the code still finds a role that is none. */
export type RoleArticle = { text: string; roles: ArticleRole[]; extraKnown?: string };

/** A `describe` per article, a test per expected role (its line is among the roles found), and one test that no other role is found. */
export function probeRoleArticles(articles: Record<string, RoleArticle>): void {
  for (const [title, { text, roles: expected, extraKnown }] of Object.entries(articles)) {
    describe(title, () => {
      for (const { line, known } of expected) {
        (known ? it.fails : it)(known ? `${line.slice(0, 70)} (known: ${known})` : line.slice(0, 110), async () => {
          expect(await roles(text)).toContain(line);
        });
      }
      (extraKnown ? it.fails : it)(extraKnown ? `no other role (known: ${extraKnown})` : 'no other role', async () => {
        const lines = new Set(expected.map(({ line }) => line));
        expect((await roles(text)).filter((line) => !lines.has(line))).toEqual([]);
      });
    });
  }
}
