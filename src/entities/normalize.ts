/**
 * A person's name in its normal form: each part in the nominative, in the
 * case and gender the parts agree in (`Рашада Мамедова` → `Рашад Мамедов`).
 */
import type { PersonName } from '../model.js';
import { agree, readingIn, type Accept } from '../words/agreement.js';
import { nominativeOf } from '../words/nominative.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import { fold, type Word } from '../words/word.js';

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
