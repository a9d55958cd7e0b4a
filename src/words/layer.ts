/**
 * The word stage: every token's readings, built once per document and read by
 * every later stage. Russian words get their OpenCorpora readings (the lemma
 * and grammemes of the most probable one go on the token); English words get
 * compromise's lemma and tags, and compromise's named ranges are kept for the
 * entity stage. Paragraphs in other languages get no readings.
 */
import type { WorkingDocument } from '../document.js';
import { loadMorphology } from '../morphology/morphology.js';
import { loadCompromise } from './compromise.js';
import { tagEnglish } from './english.js';
import { pushWords, type Word } from './word.js';

export async function addWords(document: WorkingDocument): Promise<void> {
  // compromise is loaded only for a document with an English paragraph.
  if (document.paragraphs.some((paragraph) => paragraph.language === 'eng')) document.englishNames = tagEnglish(await loadCompromise(), document);
  await loadMorphology();
  const { tokens, sentenceTokens, paragraphs } = document;
  const words: Word[] = [];
  for (const { first, end, paragraph } of sentenceTokens) {
    const from = words.length;
    pushWords(words, tokens, first, end);
    if (paragraphs[paragraph]!.language === 'rus') for (let i = from; i < words.length; i++) addLemma(words[i]!);
  }
  document.words = words;
}

/** Gives the token of a word of a Russian paragraph the lemma and grammemes of its most probable reading (the word's readings are the token's). */
function addLemma(word: Word): void {
  if (word.kind !== 'word') return;
  const reading = word.analyses[0];
  if (!reading) return;
  word.token.lemma = reading.lemma;
  word.token.tags = reading.tags;
}
