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
 * the words after the head keep their form. A caller that knows the head (a title's head word) may give its index:
 * `главой компании` → `глава компании`, where `главой` may also be read as an adjective. A caller that knows what the phrase
 * names may give that kind's grammeme (`Geox` for a place): the head reads as one where it can (`в Бирюлеве` → `Бирюлево`,
 * the district, not the surname `Бирюлев`), and the head's possible lemmas (`парке` → `парк`, not `парка`).
 */
export function phraseNominative(words: readonly Word[], knownHead?: number, kind?: string, headLemmas?: readonly string[]): string {
  const isNoun = (word: Word): boolean => word.analyses.some((reading) => reading.pos === 'NOUN');
  const isAdjective = (word: Word): boolean => word.analyses.some((reading) => reading.pos === 'ADJF' || reading.pos === 'PRTF');
  // The head is the one the caller found (a title's head word; `сборную | России по …`: an adjective used as a noun), or else
  // the first noun that cannot be an adjective (`Минской` may be a surname, but here it is an adjective).
  let head = knownHead !== undefined && words[knownHead] !== undefined ? knownHead : words.findIndex((word) => isNoun(word) && !isAdjective(word));
  // Where every noun may be an adjective too (`Северном Дарфуре`: `северн`, a river, and a guessed indeclinable `дарфуре`),
  // the last is the head, as adjectives stand before their noun.
  if (head < 0) for (let i = words.length - 1; i >= 0 && head < 0; i--) if (isNoun(words[i]!)) head = i;
  if (head < 0) return joinWords(words, words.map((word) => word.text));
  const modifiers = words.slice(0, head);
  const headWord = words[head]!;
  // A head the caller found may be an adjective used as a noun (`сборную`); a noun's reading wins where it has one (`главой`).
  // A head the dictionary knows as a noun agrees in its known readings only: a guess that takes every case (`Спартака` as a
  // form of `така`) would leave the adjectives before it in no gender.
  const knownNoun = headWord.analyses.some((reading) => reading.known && reading.pos === 'NOUN');
  const headReading: Accept = (reading) => (reading.pos === 'NOUN' && (reading.known || !knownNoun)) || (knownHead !== undefined && !isNoun(headWord) && reading.pos === 'ADJF');
  // Not by a guess that the word does not decline (`Дарфуре` as a place of its own in any case), which fits any case.
  const ofKind = kind !== undefined && headWord.analyses.some((reading) => headReading(reading) && reading.tags.includes(kind) && (reading.known || !reading.tags.includes('Fixd')));
  // A head the caller knows by its lemma (`парке`: a street rule's `парк`, not `парка`) keeps that lemma's readings.
  const ofLemma = headLemmas !== undefined && headWord.analyses.some((reading) => headReading(reading) && headLemmas.includes(reading.key));
  const accept: Accept = ofLemma ? (reading) => headReading(reading) && headLemmas!.includes(reading.key)
    : ofKind ? (reading) => headReading(reading) && reading.tags.includes(kind!) : headReading;
  // No guessed indeclinable reading (`Кривоколенном` as a form of its own): a guess that takes every case agrees with any head.
  const adjectival: Accept = (reading) => (reading.pos === 'ADJF' || reading.pos === 'PRTF') && (reading.known || !reading.tags.includes('Fixd'));
  // An indeclinable head shows no case, so it constrains no agreement, but its gender is the adjectives' (`Ярославском шоссе` →
  // `Ярославское шоссе`, `Американского бюро` → `Американское бюро`), not the first reading's.
  const gender = indeclinableGender(headWord, accept);
  const modifier: Accept = gender === undefined ? adjectival : (reading) => adjectival(reading) && (reading.number === 'plur' || reading.gender === gender);
  // A street's name may be written after its word as adjectives that agree with it (`на улице Большой Покровской`, `на
  // проспекте Ленинском`): they take the nominative with it (named `street's adjectives after it`); anything else after a
  // head is its complement, in its own case (`улица Ленина`, `проспекту Вернадского`: a person's name the dictionary knows right after it).
  let after = head + 1;
  const personsName = (word: Word): boolean => word.analyses.some((reading) => reading.known && (reading.tags.includes('Surn') || reading.tags.includes('Name')));
  if (ofLemma && words[after] !== undefined && !personsName(words[after]!)) while (after < words.length && words[after]!.analyses.some(adjectival)) after++;
  const postposed = words.slice(head + 1, after);
  let form = agree([{ word: headWord, accept }, ...modifiers.map((word) => ({ word, accept: modifier })), ...postposed.map((word) => ({ word, accept: modifier }))]);
  if (form === null && postposed.length > 0) {
    after = head + 1;
    form = agree([{ word: headWord, accept }, ...modifiers.map((word) => ({ word, accept: modifier }))]);
  }
  const texts = words.map((word, i) => {
    if (form === null || i >= after) return word.text;
    const reading = readingIn(word, form, i === head ? accept : modifier);
    if (kind === 'Geox' && words.length === 1 && reading && pluralPlaceGuess(word)) return restoreSpelling(word.text, nominative(reading) ?? word.text);
    const possessive = kind === 'Geox' && i < head && reading ? possessiveGuess(word, reading) : undefined;
    if (possessive !== undefined) return restoreSpelling(word.text, possessive);
    return nominativeOf(word, reading, i !== head);
  });
  return joinWords(words, texts);
}

/**
 * A place's adjective the dictionary does not know, guessed as a relative adjective in `-овый`, `-евый` in the masculine: a
 * possessive made from a surname, whose nominative is short (`в Столешниковом переулке` → `Столешников переулок`, `Брюсов
 * переулок`), as the dictionary holds the common adjectives in `-овый` and a place's unknown one is a person's. Named
 * `possessive place adjective`.
 */
function possessiveGuess(word: Word, reading: WordAnalysis): string | undefined {
  if (word.analyses.some((r) => r.known) || reading.pos !== 'ADJF' || reading.gender !== 'masc' || reading.number !== 'sing' || reading.tags.includes('Qual')) return undefined;
  return /[ое]вый$/.test(reading.key) ? reading.key.slice(0, -2) : undefined;
}

/**
 * A place's name the dictionary does not know, that it can read only as a plural noun in the locative (`в Черёмушках`,
 * `в Текстильщиках`): a place named in the plural, as towns and districts often are (`Черёмушки`, `Химки`), whose
 * nominative plural the guess gives. Named `place named in the plural`.
 */
function pluralPlaceGuess(word: Word): boolean {
  return word.analyses.length > 0 && word.analyses.every((reading) => !reading.known && reading.pos === 'NOUN' && reading.number === 'plur' && reading.case === 'loct');
}

/** The one gender of a head that the dictionary knows only as indeclinable (`шоссе`, `бюро`: neuter), if it has one. */
function indeclinableGender(head: Word, accept: Accept): string | undefined {
  const readings = head.analyses.filter((reading) => accept(reading) && reading.known);
  if (readings.length === 0 || !readings.every((reading) => reading.tags.includes('Fixd'))) return undefined;
  const genders = new Set(readings.map((reading) => reading.gender));
  const [gender] = genders;
  return genders.size === 1 && (gender === 'masc' || gender === 'femn' || gender === 'neut') ? gender : undefined;
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
 * `modifier`: the word is an adjective before its phrase's noun, which confirms a guessed adjective's ending.
 */
export function nominativeOf(word: Word, reading: WordAnalysis | undefined, modifier = false): string {
  if (!reading) return word.text;
  const prefix = compoundPrefix(word, reading);
  // A guess from the ending is trusted for a name or a place only (`Вольфсбурге` → `Вольфсбург`), and for an adjective that
  // agrees with its noun (`Кривоколенном переулке` → `Кривоколенный переулок`): the noun confirms the adjective's ending.
  const trusted = ['Name', 'Surn', 'Geox'].some((grammeme) => reading.tags.includes(grammeme)) || (modifier && reading.pos === 'ADJF');
  if (!word.analyses.some((r) => r.known) && prefix === undefined && !trusted) return word.text;
  const form = nominative(reading);
  if (form === null) return word.text;
  return restoreSpelling(word.text, (prefix ?? '') + form);
}

/** The text before the last part of a hyphenated word when the reading is of that part alone (`Северо-` of `Северо-Кавказском`). */
function compoundPrefix(word: Word, reading: WordAnalysis): string | undefined {
  const part = reading.form;
  const text = word.text;
  if (!part || !text.includes('-') || part.length + 1 >= text.length || text[text.length - part.length - 1] !== '-' || text.slice(-part.length).toLowerCase() !== part.toLowerCase()) return undefined;
  return text.slice(0, text.length - part.length);
}

/** Gives `form` the capitals of `original` (whole word, first letter, letters after hyphens) and its е for ё. */
export function restoreSpelling(original: string, form: string): string {
  let result = original.includes('ё') || original.includes('Ё') ? form : form.replaceAll('ё', 'е');
  if (original.length > 1 && original === original.toUpperCase()) return result.toUpperCase();
  // An abbreviation with a case ending in lower case (`МИДа`, `ВЦИОМом`) keeps its capitals (`МИД`, not `Мид`).
  const capitals = ABBREVIATION_WITH_ENDING.exec(original)?.[1];
  if (capitals !== undefined && result.toLowerCase().startsWith(capitals.toLowerCase())) return capitals + result.slice(capitals.length);
  const originalParts = original.split('-');
  const parts = result.split('-');
  if (originalParts.length === parts.length) {
    result = parts.map((part, i) => (isCapital(originalParts[i]![0]) ? part.charAt(0).toUpperCase() + part.slice(1) : part)).join('-');
  } else if (isCapital(original[0])) {
    result = result.charAt(0).toUpperCase() + result.slice(1);
  }
  return result;
}

/** Two or more capitals, then lower-case letters only: an abbreviation with a case ending (`МИДа`, `НАТОвский` aside). */
const ABBREVIATION_WITH_ENDING = /^(\p{Lu}{2,})\p{Ll}{1,3}$/u;

function isCapital(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase();
}
