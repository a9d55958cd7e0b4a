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

/** One expected quote of an article: its line as `read` gives it, and `known` when it still fails (see {@link Case}). */
export type ArticleQuote = { line: string; known?: string };

/** A whole news article with every quote in it, and `extraKnown` when the code still finds something that is no quote. */
export type Article = { text: string; quotes: ArticleQuote[]; extraKnown?: string };

/** A line of `read` with where its content pieces stand in the text. */
export type ReadQuote = { line: string; pieces: Array<[number, number]> };

/** Where the content pieces of an expected line (`kind «piece | piece» cue=…`) stand in the text (first occurrence). */
function expectedPieces(text: string, line: string): Array<[number, number]> {
  const open = line.indexOf(' «') + 2;
  const close = line.lastIndexOf('» cue=') >= 0 ? line.lastIndexOf('» cue=') : line.lastIndexOf('» speaker=');
  return line
    .slice(open, close)
    .split(' | ')
    .map((piece) => {
      const at = text.indexOf(piece);
      return [at, at + piece.length] as [number, number];
    })
    .filter(([at]) => at >= 0);
}

/**
 * A `describe` per article, a test per expected quote (its line is among what `read` gives),
 * and one test that nothing else is read as a quote (no found quote lies outside every expected content).
 */
export function probeArticles(articles: Record<string, Article>, read: (text: string) => Promise<ReadQuote[]>): void {
  for (const [title, { text, quotes, extraKnown }] of Object.entries(articles)) {
    describe(title, () => {
      for (const { line, known } of quotes) {
        (known ? it.fails : it)(known ? `${line.slice(0, 70)} (known: ${known})` : line.slice(0, 110), async () => {
          expect((await read(text)).map((q) => q.line)).toContain(line);
        });
      }
      (extraKnown ? it.fails : it)(extraKnown ? `no other quote (known: ${extraKnown})` : 'no other quote', async () => {
        const expected = quotes.flatMap(({ line }) => expectedPieces(text, line));
        const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];
        const extra = (await read(text)).filter((q) => !q.pieces.some((p) => expected.some((e) => overlaps(p, e))));
        expect(extra.map((q) => q.line)).toEqual([]);
      });
    });
  }
}
