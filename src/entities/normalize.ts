/**
 * A person's name in its normal form: each part in the nominative, in the
 * case and gender the parts agree in (`Рашада Мамедова` → `Рашад Мамедов`).
 * When the parts agree in several (`Дмитрия Медведева`: genitive of Дмитрий
 * Медведев or nominative of a woman), the words around the name decide, and
 * failing them the commoner reading.
 */
import commonFirstNames from '../data/gazetteer/common-first-names.json';
import firstNamesData from '../data/gazetteer/first-names.json';
import type { PersonName } from '../model.js';
import { nominative, type WordAnalysis } from '../morphology/morphology.js';
import { agreeingForms, readingIn, type Accept, type Form } from '../words/agreement.js';
import { restoreSpelling, nominativeOf } from '../words/nominative.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import { fold, foldedSet, type Word } from '../words/word.js';

/** The words around a name in its sentence: the words before it (nearest last) and the word after it. */
export interface NameContext {
  readonly before: readonly Word[];
  readonly after: Word | undefined;
}

const NO_CONTEXT: NameContext = { before: [], after: undefined };

/** A first name the dictionary does not know, in its listed form (`Фелипе` stays, `Николом` → `Никол`); undefined when it is not listed. */
function listedFirstName(word: Word): { name: string; ending: string } | undefined {
  if (word.analyses.some((reading) => reading.known)) return undefined;
  const { firstNames } = gazetteer();
  const folded = word.folded;
  if (firstNames.has(folded)) return { name: word.text, ending: '' };
  // An inflected listed name (`Николом` → `Никол`): the listed form is the text without its case ending.
  const ending = CASE_ENDINGS.find((candidate) => folded.endsWith(candidate) && firstNames.has(folded.slice(0, -candidate.length)));
  return ending ? { name: word.text.slice(0, -ending.length), ending } : undefined;
}

const CASE_ENDINGS = ['ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и'];

/** The cases a man's name ending in a consonant is in, by the ending the text adds to it (`Реджеп-ом`: instrumental). */
const MALE_CASE_BY_ENDING: Record<string, readonly string[]> = {
  '': ['nomn'], а: ['gent', 'accs'], я: ['gent', 'accs'], у: ['datv'], ю: ['datv'], ом: ['ablt'], ем: ['ablt'], е: ['loct'],
};

let listedMen: ReadonlySet<string> | undefined;
let commonNames: { masc: ReadonlySet<string>; femn: ReadonlySet<string> } | undefined;

/** The forms a listed foreign man's name shows by its ending (`Реджепом`), or undefined when it shows none (a woman's name, a name ending in a vowel). */
function listedNameForms(listed: { name: string; ending: string }): Form[] | undefined {
  listedMen ??= foldedSet(firstNamesData.male);
  const name = fold(listed.name);
  if (!listedMen.has(name) || /[аеёиоуыэюяй]$/.test(name)) return undefined;
  return MALE_CASE_BY_ENDING[listed.ending]?.map((wordCase) => `${wordCase}/masc`);
}

/** Which readings stand for each part of a person's name: one person, so never a plural reading (`Киран` is no plural of `Кирана`). */
const PART_READINGS: Record<string, Accept> = {
  first: (reading) => reading.tags.includes('Name') && reading.number !== 'plur',
  middle: (reading) => reading.tags.includes('Patr') && reading.number !== 'plur',
  // `Токаев` is no genitive plural of `токай`.
  last: (reading) => (reading.tags.includes('Surn') || reading.pos === 'NOUN' || reading.pos === 'ADJF') && reading.number !== 'plur',
};

const SURNAME_READING: Accept = (reading) => reading.tags.includes('Surn') && reading.number !== 'plur';

/** The readings of a word that stand for its part of the name: a surname's own readings when it has some (`Алиев`, not the plural of `Алия`). */
function partReadings(word: Word, role: string | undefined): Accept | undefined {
  if (role === 'last' && word.analyses.some(SURNAME_READING)) return SURNAME_READING;
  return role ? PART_READINGS[role] : undefined;
}

/** A person's name from the words of a match and the role of each (`first`, `middle`, `last`, or none for dots). */
export function personName(
  words: readonly Word[],
  roles: readonly (string | undefined)[],
  context: NameContext = NO_CONTEXT,
): { normal: string; parts: PersonName; lastAlternatives?: string[] } {
  const form = nameForm(words, roles, context);
  const parts: PersonName = {};
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const role = roles[i];
    const accept = partReadings(word, role);
    const listedFirst = role === 'first' ? listedFirstName(word) : undefined;
    let piece = word.text;
    if (word.text.length === 1) piece = words[i + 1]?.text === '.' ? `${word.text}.` : word.text;
    else if (listedFirst) piece = listedFirst.name;
    else if (accept) piece = partNominative(word, readingIn(word, form, accept), form);
    if (word.text === '.') continue;
    pieces.push(piece);
    if (role === 'first' || role === 'middle' || role === 'last') parts[role] = piece;
  }
  const result: { normal: string; parts: PersonName; lastAlternatives?: string[] } = { normal: pieces.join(' '), parts };
  const alternatives = parts.last && !parts.middle && (!parts.first || parts.first.endsWith('.')) ? surnameAlternatives(words[roles.indexOf('last')]!, parts.last) : [];
  if (alternatives.length > 0) result.lastAlternatives = alternatives;
  return result;
}

/**
 * The nominative of one part. A word the dictionary lacks takes a guessed reading only in the case the
 * rest of the name fixes, and only when the guess keeps the word's stem (`Джеймса Хокинса` → `Хокинс`);
 * otherwise it stays as written, since a foreign name is often indeclinable (`Масахару` is no dative of `Масахар`).
 */
function partNominative(word: Word, reading: WordAnalysis | undefined, form: Form): string {
  if (word.analyses.some((r) => r.known)) return nominativeOf(word, reading);
  if (!reading || form === '*' || reading.case !== form.split('/')[0]) return word.text;
  const guess = nominative(reading);
  return guess !== null && keepsStem(word.text, guess) ? restoreSpelling(word.text, guess) : word.text;
}

/** Whether a guessed nominative differs from the written form only in its last two letters (`Хокинса` / `Хокинс`), not a guesser's split (`Маэхара` / `хара`). */
function keepsStem(text: string, guess: string): boolean {
  const a = fold(text);
  const b = fold(guess);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.min(a.length, b.length) - 2 && common >= 3;
}

/**
 * The surname's other possible nominatives (`Волкову`: `Волкова` beside `Волков`; `Пашиняном`, which the
 * dictionary lacks: `Пашинян`), for linking a surname alone to the person the document names in full.
 */
function surnameAlternatives(word: Word, chosen: string): string[] {
  const known = word.analyses.some((reading) => reading.known);
  const accept = partReadings(word, 'last')!;
  const alternatives = new Set<string>();
  for (const reading of word.analyses) {
    if (reading.known !== known || !accept(reading) || (known && !SURNAME_READING(reading))) continue;
    const form = nominative(reading);
    if (form !== null && (known || keepsStem(word.text, form))) alternatives.add(restoreSpelling(word.text, form));
  }
  alternatives.delete(chosen);
  return [...alternatives];
}

/** The case and gender the name is read in: what its parts agree in, narrowed by the words around it, the likeliest first. */
function nameForm(words: readonly Word[], roles: readonly (string | undefined)[], context: NameContext): Form {
  const named = words.flatMap((word, i) => {
    const accept = partReadings(word, roles[i]);
    // A surname the dictionary knows only as a common word (`Бут`) says nothing of the person's gender.
    return accept && (roles[i] !== 'last' || accept === SURNAME_READING) ? [{ word, accept }] : [];
  });
  let forms = agreeingForms(named);
  if (forms === null) return '*';
  const listed = words.map((word, i) => (roles[i] === 'first' ? listedFirstName(word) : undefined)).find(Boolean);
  const shown = listed && listedNameForms(listed);
  if (shown) forms = forms[0] === '*' ? shown : narrow(forms, (form) => shown.includes(form));
  if (forms[0] === '*') return '*';
  forms = narrowByContext(forms, context);
  const firstIndex = roles.indexOf('first');
  const first = firstIndex >= 0 && words[firstIndex]!.text.length > 1 ? words[firstIndex] : undefined;
  return [...forms].sort((a, b) => likelihood(b, first) - likelihood(a, first))[0]!;
}

/** The forms that pass a test, or all of them when none does (a test is a hint, not a veto). */
function narrow(forms: readonly Form[], keep: (form: Form) => boolean): Form[] {
  const kept = forms.filter(keep);
  return kept.length > 0 ? kept : [...forms];
}

const caseOf = (form: Form): string => form.split('/')[0]!;
const genderOf = (form: Form): string => form.split('/')[1]!;

/**
 * Grammar around the name: no preposition governs the nominative (`у Петра`); a title before the name
 * stands in apposition, in the same case (`президента РФ Дмитрия Медведева`); a past-tense verb right
 * after a subject agrees with it in gender (`Александра Иванова заявила`).
 */
function narrowByContext(forms: Form[], { before, after }: NameContext): Form[] {
  const previous = before.at(-1);
  if (previous && previous.shape === 'lower' && previous.analyses.some((r) => r.known && r.pos === 'PREP')) forms = narrow(forms, (form) => caseOf(form) !== 'nomn');
  const title = titleBefore(before);
  if (title) {
    const cases = new Set(title.analyses.filter((r) => r.known && r.pos === 'NOUN' && r.number === 'sing').map((r) => r.case));
    forms = narrow(forms, (form) => cases.has(caseOf(form)));
  }
  const verbGender = after?.analyses.find((r) => r.known && r.pos === 'VERB' && r.tags.includes('past') && r.number === 'sing')?.gender;
  if (verbGender) forms = narrow(forms, (form) => caseOf(form) === 'nomn' && genderOf(form) === verbGender);
  return forms;
}

/** How many words a title's complement may hold between the title and the name (`директора Международного института политической экспертизы`). */
const TITLE_REACH = 5;

/** The title the name stands in apposition to: a listed title word before it, with only its complement (genitive words, names) between. */
function titleBefore(before: readonly Word[]): Word | undefined {
  const { titles } = gazetteer();
  for (let i = before.length - 1; i >= Math.max(0, before.length - 1 - TITLE_REACH); i--) {
    const word = before[i]!;
    if (word.shape === 'lower' && word.keys.some((key) => titles.has(key))) return word;
    const complement = word.token.kind === 'word' && (word.shape !== 'lower' || word.analyses.some((r) => r.known && r.case === 'gent'));
    if (!complement) return undefined;
  }
  return undefined;
}

/**
 * How likely a form of the name is when grammar leaves several: the reading of a common first name over
 * that of a rare one (`Дмитрия`: Дмитрий, `Юлия`: Юлия), then a man's (news names men more often).
 */
function likelihood(form: Form, first: Word | undefined): number {
  commonNames ??= { masc: foldedSet(commonFirstNames.male), femn: foldedSet(commonFirstNames.female) };
  const gender = genderOf(form);
  const reading = first && readingIn(first, form, PART_READINGS.first!);
  const common = reading !== undefined && caseOf(form) === reading.case && (gender === 'masc' || gender === 'femn') && commonNames[gender].has(reading.key);
  return (common ? 2 : 0) + (gender === 'masc' ? 1 : 0);
}
