/** The seed fixtures and their hand-written gold (`fixtures/*.expected.json`), as the seed tests read them. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

/** The gold files, sorted. */
export const golds = readdirSync(FIXTURES).filter((name) => name.endsWith('.expected.json')).sort();

/** Start offsets of every occurrence of `needle` in `text`, overlapping ones included (gold spans are given as text and occurrence). */
export function occurrences(text: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}
