/** The held-out probes written as cases grouped by kind (tests/quotes/held-out-5.test.ts and later, tests/roles/roles-held-out-2.test.ts). */
import { describe, expect, it } from 'vitest';

/** `known`: why a case still fails, left alone (run with `it.fails`, so that a fix shows up as a failure to update). */
export type Case = { text: string; expected: string[]; known?: string };

/** A `describe` per kind and a test per case: what `read` gives of the case's text is its expected lines. */
export function probeKinds(kinds: Record<string, Case[]>, read: (text: string) => Promise<string[]>): void {
  for (const [kind, cases] of Object.entries(kinds)) {
    describe(kind, () => {
      for (const { text, expected, known } of cases) {
        (known ? it.fails : it)(known ? `${text.slice(0, 60)} (known: ${known})` : text.slice(0, 90), async () => {
          expect(await read(text)).toEqual(expected);
        });
      }
    });
  }
}
