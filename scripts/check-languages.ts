/**
 * `npx tsx scripts/check-languages.ts`: the language of every paragraph of the
 * development corpus and the fixtures, decided with the shortcuts that spare
 * franc and without them; prints every paragraph whose language differs (there
 * must be none) and how many franc calls the shortcuts spare. Exits with 1 on
 * a difference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newDocument } from '../src/document.js';
import { findCorpora, readFactRu } from '../src/eval/corpora.js';
import { francCallCount, identifyLanguages, useShortcuts } from '../src/language/identify.js';
import { addParagraphs } from '../src/segment/paragraphs.js';
import { ROOT } from './bench/corpus.js';

/** The paragraphs of each text, as `analyze` cuts them. */
export function paragraphsOf(text: string): string[] {
  const document = newDocument(text, undefined);
  addParagraphs(document);
  return document.paragraphs.map((paragraph) => paragraph.text);
}

/** The paragraphs whose language (or whose document's) differs with and without the shortcuts, and the franc calls made each way. */
export async function languageDifferences(texts: readonly string[]): Promise<{ differences: string[]; paragraphs: number; francCalls: { with: number; without: number } }> {
  const differences: string[] = [];
  const calls = { with: 0, without: 0 };
  let paragraphs = 0;
  for (const text of texts) {
    const list = paragraphsOf(text);
    paragraphs += list.length;
    useShortcuts(false);
    const before = francCallCount();
    const plain = await identifyLanguages(list);
    calls.without += francCallCount() - before;
    useShortcuts(true);
    const middle = francCallCount();
    const fast = await identifyLanguages(list);
    calls.with += francCallCount() - middle;
    if (plain.document !== fast.document) differences.push(`document: ${plain.document} → ${fast.document} in ${JSON.stringify(text.slice(0, 60))}`);
    list.forEach((paragraph, i) => {
      if (plain.paragraphs[i] !== fast.paragraphs[i]) differences.push(`${plain.paragraphs[i]} → ${fast.paragraphs[i]}: ${JSON.stringify(paragraph.slice(0, 80))}`);
    });
  }
  return { differences, paragraphs, francCalls: calls };
}


async function main(): Promise<void> {
  const texts: string[] = [];
  const corpora = findCorpora();
  if (corpora) for (const doc of readFactRu(corpora)) texts.push(doc.text);
  const fixtures = join(ROOT, 'fixtures');
  for (const name of readdirSync(fixtures).filter((name) => name.endsWith('.txt')).sort()) texts.push(readFileSync(join(fixtures, name), 'utf8'));
  const { differences, paragraphs, francCalls } = await languageDifferences(texts);
  for (const line of differences) console.log(line);
  console.log(`${texts.length} texts, ${paragraphs} paragraphs: ${differences.length} differences; franc scored ${francCalls.without} paragraphs without the shortcuts, ${francCalls.with} with them`);
  process.exitCode = differences.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
