/**
 * Normal forms: a name in the nominative, spelled and capitalised as in the
 * text (`Нагорном Карабахе` → `Нагорный Карабах`, `Рашада Мамедова` → `Рашад Мамедов`).
 */
import type { PersonName } from '../model.js';
import { nominative, type WordAnalysis } from '../morphology/morphology.js';
import { agree, readingIn, type Accept } from './agreement.js';
import { gazetteer } from './gazetteer.js';
import { fold, type Word } from './words.js';

/** A first name the dictionary does not know, in its listed form (`Фелипе` stays, `Николом` → `Никол`); undefined when it is not listed. */
function listedFirstName(word: Word): string | undefined {
  if (word.analyses.some((reading) => reading.known)) return undefined;
  const { firstNames } = gazetteer();
  const folded = fold(word.text);
  if (firstNames.has(folded)) return word.text;
  // An inflected listed name (`Николом` → `Никол`): the listed form is the text without its case ending.
  const ending = CASE_ENDINGS.find((candidate) => folded.endsWith(candidate) && firstNames.has(folded.slice(0, -candidate.length)));
  return ending ? word.text.slice(0, -ending.length) : undefined;
}

const CASE_ENDINGS = ['ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и'];

/** Which readings stand for each part of a person's name. */
const PART_READINGS: Record<string, Accept> = {
  first: (reading) => reading.tags.includes('Name'),
  middle: (reading) => reading.tags.includes('Patr'),
  // One person's surname is singular: `Токаев` is no genitive plural of `токай`.
  last: (reading) => reading.tags.includes('Surn') || ((reading.pos === 'NOUN' || reading.pos === 'ADJF') && reading.number !== 'plur'),
};

/** The readings of a word that stand for its part of the name: a surname's own readings when it has some (`Алиев`, not the plural of `Алия`). */
function partReadings(word: Word, role: string | undefined): Accept | undefined {
  if (role === 'last' && word.analyses.some((reading) => reading.tags.includes('Surn'))) return SURNAME_READING;
  return role ? PART_READINGS[role] : undefined;
}

const SURNAME_READING: Accept = (reading) => reading.tags.includes('Surn');

/** A person's name from the words of a match and the role of each (`first`, `middle`, `last`, or none for dots). */
export function personName(words: readonly Word[], roles: readonly (string | undefined)[]): { normal: string; parts: PersonName } {
  // A surname the dictionary knows only as a common word (`Бут`) says nothing of the person's gender.
  const named = words.flatMap((word, i) => {
    const accept = partReadings(word, roles[i]);
    return accept && (roles[i] !== 'last' || accept === SURNAME_READING) ? [{ word, accept }] : [];
  });
  const form = agree(named) ?? '*';
  const parts: PersonName = {};
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const role = roles[i];
    const accept = partReadings(word, role);
    const isInitial = word.text.length === 1;
    const listedFirst = role === 'first' ? listedFirstName(word) : undefined;
    let piece = word.text;
    if (isInitial) piece = words[i + 1]?.text === '.' ? `${word.text}.` : word.text;
    else if (listedFirst) piece = listedFirst;
    else if (accept) {
      const reading = readingIn(word, form, accept);
      // A guessed reading in another case than the rest of the name is a bad guess (`Биньямин Нетаньяху` is no accusative of `Нетаньяха`).
      const badGuess = form !== '*' && !word.analyses.some((r) => r.known) && reading?.case !== form.split('/')[0];
      piece = badGuess ? word.text : nominativeOf(word, reading);
    }
    if (word.text === '.') continue;
    pieces.push(piece);
    if (role === 'first' || role === 'middle' || role === 'last') parts[role] = piece;
  }
  return { normal: pieces.join(' '), parts };
}

/**
 * A phrase in the nominative: the words up to its head noun are put in the
 * nominative (`Нагорного Карабаха`, `Совбеза ООН`, `Администрацией Президента Азербайджана`);
 * the words after the head keep their form.
 */
export function phraseNominative(words: readonly Word[]): string {
  const isNoun = (word: Word): boolean => word.analyses.some((reading) => reading.pos === 'NOUN');
  const isAdjective = (word: Word): boolean => word.analyses.some((reading) => reading.pos === 'ADJF' || reading.pos === 'PRTF');
  // The head is the first noun that cannot be an adjective (`Минской` may be a surname, but here it is an adjective).
  let head = words.findIndex((word) => isNoun(word) && !isAdjective(word));
  if (head < 0) head = words.findIndex(isNoun);
  if (head < 0) return joinWords(words, words.map((word) => word.text));
  const modifiers = words.slice(0, head);
  const headWord = words[head]!;
  const accept: Accept = (reading) => reading.pos === 'NOUN';
  const modifier: Accept = (reading) => reading.pos === 'ADJF' || reading.pos === 'PRTF';
  const form = agree([{ word: headWord, accept }, ...modifiers.map((word) => ({ word, accept: modifier }))]);
  const texts = words.map((word, i) => {
    if (form === null || i > head) return word.text;
    return nominativeOf(word, readingIn(word, form, i === head ? accept : modifier));
  });
  return joinWords(words, texts);
}

function joinWords(words: readonly Word[], texts: readonly string[]): string {
  let result = '';
  for (let i = 0; i < words.length; i++) {
    const gap = i > 0 && words[i]!.token.start > words[i - 1]!.token.end ? ' ' : '';
    result += gap + texts[i];
  }
  return result;
}

/** The nominative of a word's reading, with the word's own capitals and its е/ё spelling. */
function nominativeOf(word: Word, reading: WordAnalysis | undefined): string {
  if (!reading || !word.analyses.some((r) => r.known) && !reading.tags.includes('Name') && !reading.tags.includes('Surn')) return word.text;
  const form = nominative(reading);
  if (form === null) return word.text;
  return restoreSpelling(word.text, form);
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
