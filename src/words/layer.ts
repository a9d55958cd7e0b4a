/**
 * The word stage: every token's readings, built once per document and read by
 * every later stage. Russian words get their OpenCorpora readings (the lemma
 * and grammemes of the most probable one go on the token); English words get
 * compromise's lemma and tags, and compromise's named ranges are kept for the
 * entity stage. Paragraphs in other languages get no readings.
 */
import type { WorkingDocument } from '../document.js';
import { analyses, loadMorphology } from '../morphology/morphology.js';
import { within } from '../spans.js';
import { loadCompromise } from './compromise.js';
import { tagEnglish } from './english.js';
import { toWords } from './word.js';

export async function addWords(document: WorkingDocument): Promise<void> {
  // compromise is loaded only for a document with an English paragraph.
  if (document.paragraphs.some((paragraph) => paragraph.language === 'eng')) document.englishNames = tagEnglish(await loadCompromise(), document);
  await loadMorphology();
  addRussianLemmas(document);
  const { tokens, sentenceTokens } = document;
  const words = [];
  for (const { first, end } of sentenceTokens) for (const word of toWords(tokens, first, end)) words.push(word);
  document.words = words;
}

/** Gives the words of Russian paragraphs the lemma and grammemes of their most probable reading. */
function addRussianLemmas({ tokens, paragraphs }: WorkingDocument): void {
  for (const paragraph of paragraphs) {
    if (paragraph.language !== 'rus') continue;
    for (const token of within(tokens, paragraph)) {
      if (token.kind !== 'word') continue;
      const reading = analyses(token.text)[0];
      if (!reading) continue;
      token.lemma = reading.lemma;
      token.tags = reading.tags;
    }
  }
}
