/**
 * Nominatives of phrases and words, spelled and capitalised as in the text
 * (`Нагорном Карабахе` → `Нагорный Карабах`): what the entity normal forms and
 * the speakers' names are built from.
 */
import { nominative, type WordAnalysis } from '../morphology/morphology.js';
import { agree, readingIn, type Accept } from './agreement.js';
import type { Word } from './word.js';

/**
 * A phrase in the nominative: the words up to its head noun are put in the
 * nominative (`Нагорного Карабаха`, `Совбеза ООН`, `Администрацией Президента Азербайджана`);
 * the words after the head keep their form.
 */
export function phraseNominative(words: readonly Word[], knownHead?: number): string {
  const isNoun = (word: Word): boolean => word.analyses.some((reading) => reading.pos === 'NOUN');
  const isAdjective = (word: Word): boolean => word.analyses.some((reading) => reading.pos === 'ADJF' || reading.pos === 'PRTF');
  // The head is the one the grammar found (`сборную | России по …`: an adjective used as a noun), or else the first noun that
  // cannot be an adjective (`Минской` may be a surname, but here it is an adjective).
  let head = knownHead ?? words.findIndex((word) => isNoun(word) && !isAdjective(word));
  if (head < 0) head = words.findIndex(isNoun);
  if (head < 0) return joinWords(words, words.map((word) => word.text));
  const modifiers = words.slice(0, head);
  const headWord = words[head]!;
  const accept: Accept = knownHead === undefined ? (reading) => reading.pos === 'NOUN' : (reading) => reading.pos === 'NOUN' || reading.pos === 'ADJF';
  const modifier: Accept = (reading) => reading.pos === 'ADJF' || reading.pos === 'PRTF';
  const form = agree([{ word: headWord, accept }, ...modifiers.map((word) => ({ word, accept: modifier }))]);
  const texts = words.map((word, i) => {
    if (form === null || i > head) return word.text;
    return nominativeOf(word, readingIn(word, form, i === head ? accept : modifier));
  });
  return joinWords(words, texts);
}

/**
 * A listed name as the normal form of a mention of it: the listed words with the text's capitals and е/ё
 * (`Государственной Думы` → `Государственная Дума`); a text in capitals takes the listed spelling (`НУР-СУЛТАН` → `Нур-Султан`).
 */
export function listedNominative(words: readonly Word[], listed: string): string {
  const texts = words.map((word) => word.text);
  const joined = joinWords(words, texts);
  const parts = listed.split(/\s+/);
  if (joined === joined.toUpperCase() || parts.length !== words.length) return listed;
  // A word the text writes in lower case stays so (`Российской федерации` → `Российская федерация`).
  const cased = (text: string, part: string): string => (isCapital(text[0]) ? part : part.charAt(0).toLowerCase() + part.slice(1));
  return joinWords(words, parts.map((part, i) => restoreSpelling(texts[i]!, cased(texts[i]!, part))));
}

function joinWords(words: readonly Word[], texts: readonly string[]): string {
  let result = '';
  for (let i = 0; i < words.length; i++) {
    const gap = i > 0 && words[i]!.token.start > words[i - 1]!.token.end ? ' ' : '';
    result += gap + texts[i];
  }
  return result;
}

/**
 * The nominative of a word's reading, with the word's own capitals and its е/ё spelling. A compound the
 * dictionary knows only by its last part declines in that part (`Северо-Кавказском` → `Северо-Кавказский`).
 */
export function nominativeOf(word: Word, reading: WordAnalysis | undefined): string {
  if (!reading) return word.text;
  const prefix = compoundPrefix(word, reading);
  if (!word.analyses.some((r) => r.known) && prefix === undefined && !reading.tags.includes('Name') && !reading.tags.includes('Surn')) return word.text;
  const form = nominative(reading);
  if (form === null) return word.text;
  return restoreSpelling(word.text, (prefix ?? '') + form);
}

/** The text before the last part of a hyphenated word when the reading is of that part alone (`Северо-` of `Северо-Кавказском`). */
function compoundPrefix(word: Word, reading: WordAnalysis): string | undefined {
  const part = reading.parse.word;
  const text = word.text;
  if (!part || !text.includes('-') || part.length + 1 >= text.length || text[text.length - part.length - 1] !== '-' || text.slice(-part.length).toLowerCase() !== part.toLowerCase()) return undefined;
  return text.slice(0, text.length - part.length);
}

/** Gives `form` the capitals of `original` (whole word, first letter, letters after hyphens) and its е for ё. */
export function restoreSpelling(original: string, form: string): string {
  let result = original.includes('ё') || original.includes('Ё') ? form : form.replaceAll('ё', 'е');
  if (original.length > 1 && original === original.toUpperCase()) return result.toUpperCase();
  const originalParts = original.split('-');
  const parts = result.split('-');
  if (originalParts.length === parts.length) {
    result = parts.map((part, i) => (isCapital(originalParts[i]![0]) ? part.charAt(0).toUpperCase() + part.slice(1) : part)).join('-');
  } else if (isCapital(original[0])) {
    result = result.charAt(0).toUpperCase() + result.slice(1);
  }
  return result;
}

function isCapital(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase();
}
