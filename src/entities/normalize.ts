/**
 * A person's name in its normal form: each part in the nominative, in the
 * case and gender the parts agree in (`Рашада Мамедова` → `Рашад Мамедов`).
 * When the parts agree in several (`Дмитрия Медведева`: genitive of Дмитрий
 * Медведев or nominative of a woman), the words around the name decide, and
 * failing them the commoner reading.
 */
import familyWords from '../data/gazetteer/family-words.json';
import particles from '../data/gazetteer/name-particles.json';
import firstNamesData from '../data/gazetteer/first-names.json';
import coordination from '../data/grammar/coordination.json';
import prepositionCases from '../data/grammar/preposition-cases.json';
import verbCases from '../data/grammar/verb-cases.json';
import rolesData from '../data/gazetteer/roles.json';
import type { PersonName, Token } from '../model.js';
import { analyses, nominative, type WordAnalysis } from '../morphology/morphology.js';
import { agreeingForms, readingIn, type Accept, type Form } from '../words/agreement.js';
import { restoreSpelling, nominativeOf } from '../words/nominative.js';
import { gazetteer, isCommonFirstName, NATIONALITY_NOUNS } from '../lexicon/gazetteer.js';
import { fold, foldedSet, PROPER_GRAMMEMES, shapeOf, toWords, type Word } from '../words/word.js';
import { formTest, type Predicate } from './grammar.js';
import { NAME_QUOTES_CLOSE, NAME_QUOTES_OPEN } from '../segment/punctuation.js';

/** The words around a name in its sentence: the words before it (nearest last) and the word after it. */
export interface NameContext {
  readonly before: readonly Word[];
  readonly after: Word | undefined;
}

const NO_CONTEXT: NameContext = { before: [], after: undefined };

/** A first name the dictionary does not know, in its listed form (`Фелипе` stays, `Николом` → `Никол`); undefined when it is not listed. */
export function listedFirstName(word: Word): { name: string; ending: string } | undefined {
  // A form the dictionary knows as a common word or a plural only is still a listed name's (`Камалы`: no plural of `Камал` here);
  // so is one it knows only as an indeclinable surname (`Дали` of Даля, not only the painter's).
  if (word.analyses.some((reading) => reading.known && PART_READINGS.first!(reading) && (reading.tags.includes('Name') || !reading.tags.includes('Surn')))) return undefined;
  const { firstNames } = gazetteer();
  const folded = word.folded;
  if (firstNames.has(folded)) return { name: word.text, ending: '' };
  // An inflected listed name (`Николом` → `Никол`): the listed form is the text without its case ending,
  // or, for a name in `ь` or `й`, with that letter in its place (`Мигеля` → `Мигель`).
  for (const ending of CASE_ENDINGS) {
    if (!folded.endsWith(ending)) continue;
    const stem = folded.slice(0, -ending.length);
    const tail = stemTails(ending).find((letter) => firstNames.has(stem + letter));
    if (tail !== undefined) return { name: word.text.slice(0, -ending.length) + tail, ending };
  }
  return listedDoubleName(word, firstNames);
}

/**
 * The nominative endings a listed name may have in place of a case ending: none (`Никол-ом`), the `ь` or `й` the
 * ending replaces (`Мигел-я`), and, for a woman's name in `-а`/`-я`, that vowel (`Камал-ы` → `Камала`, `Урсул-ой`).
 */
function stemTails(ending: string): readonly string[] {
  return [
    ...(HARD_STEM_ENDINGS.has(ending) ? [''] : []), ...(SOFT_STEM_ENDINGS.has(ending) ? ['ь', 'й'] : []),
    ...(A_STEM_ENDINGS.has(ending) ? ['а'] : []), ...(YA_STEM_ENDINGS.has(ending) ? ['я'] : []),
  ];
}

/**
 * The endings that replace the `я` of a name (`Ги-и`, `Ги-ей`): not `-ы`, `-у`, `-ой`, `-ою`, which are a name's in `-а` only
 * (`Николой` is Никола's, never the indeclinable `Николя`'s: rule `ending of a name in -я`).
 */
const YA_STEM_ENDINGS: ReadonlySet<string> = new Set(['и', 'е', 'ю', 'ей', 'ею']);

/** The case endings a man's name in a consonant takes (`Никол-а`, `Никол-у`, `Никол-ом`, `Шульц-ем`, `Никол-е`): `Джорджи` is no form of `Джордж`. */
const HARD_STEM_ENDINGS: ReadonlySet<string> = new Set(['а', 'у', 'ом', 'ем', 'е']);

/** The case endings that replace the `а` or `я` of a name (`Камал-ы`, `Камал-е`, `Камал-у`, `Камал-ой`). */
const A_STEM_ENDINGS: ReadonlySet<string> = new Set(['ы', 'и', 'е', 'у', 'ой', 'ей', 'ою', 'ею']);

/**
 * A listed double name whose two parts both show one case ending (`Франком-Вальтером` → `Франк-Вальтер`):
 * Russian declines both parts of such a name when both end in a consonant.
 */
function listedDoubleName(word: Word, firstNames: ReadonlySet<string>): { name: string; ending: string } | undefined {
  const hyphen = word.text.indexOf('-');
  if (hyphen < 0 || word.text.indexOf('-', hyphen + 1) >= 0) return undefined;
  const head = word.text.slice(0, hyphen);
  const tail = word.text.slice(hyphen + 1);
  for (const ending of CASE_ENDINGS) {
    if (!fold(head).endsWith(ending) || !fold(tail).endsWith(ending)) continue;
    const name = `${head.slice(0, -ending.length)}-${tail.slice(0, -ending.length)}`;
    if (firstNames.has(fold(name))) return { name, ending };
  }
  return undefined;
}

/** The case endings that replace a name's final `ь` or `й` (`Мигел-я`, `Мигел-ю`, `Мигел-ем`, `Мигел-е`). */
const SOFT_STEM_ENDINGS: ReadonlySet<string> = new Set(['я', 'ю', 'ем', 'е']);

const CASE_ENDINGS = ['ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и'];

let givenNames: { readonly men: ReadonlySet<string>; readonly women: ReadonlySet<string> } | undefined;

/** The first names first-names.json lists, men's and women's, folded: built on first use. */
const listedGivenNames = (): { readonly men: ReadonlySet<string>; readonly women: ReadonlySet<string> } =>
  (givenNames ??= { men: foldedSet(firstNamesData.male), women: foldedSet(firstNamesData.female) });

/** A name the list gives as a man's and not as a woman's (`Никол`). */
function listedManOnly(name: string): boolean {
  return listedGivenNames().men.has(fold(name)) && !listedGivenNames().women.has(fold(name));
}

/** The cases a man's name ending in a consonant is in, by the ending the text adds to it (`Реджеп-ом`: instrumental). */
const MALE_CASE_BY_ENDING: Record<string, readonly string[]> = {
  '': ['nomn'], а: ['gent', 'accs'], я: ['gent', 'accs'], у: ['datv'], ю: ['datv'], ом: ['ablt'], ем: ['ablt'], е: ['loct'],
};

/** The forms a listed foreign man's name shows by its ending (`Реджепом`), or undefined when it shows none (a woman's name, a name ending in a vowel). */
function listedNameForms(listed: { name: string; ending: string }): Form[] | undefined {
  const name = fold(listed.name);
  // A listed woman's name in `-а`/`-я` shows its case by its ending (`Камалы`: genitive) as Russian women's names do.
  if (listedGivenNames().women.has(name) && /[ая]$/.test(name)) return FEMALE_CASE_BY_ENDING[listed.ending]?.map((wordCase) => `${wordCase}/femn`);
  if (!listedGivenNames().men.has(name) || /[аеёиоуыэюяй]$/.test(name)) return undefined;
  return MALE_CASE_BY_ENDING[listed.ending]?.map((wordCase) => `${wordCase}/masc`);
}

/**
 * A woman's name the list gives that the dictionary reads only as another name's form (rule `woman's name as listed`):
 * as written (`Камала`, `Мартина`, `Джорджа`, read as Камал's, Мартин's, Джордж's genitive), or with a case ending that
 * replaces its `а`/`я` (`Аны`, read as the man's indeclinable `Аны`). Her name is then one more reading, of the forms the
 * ending shows, and the surname and the words around it decide (`Мартина Навратилова заявила`). Undefined when the list
 * does not give the word as a woman's name, or the dictionary reads it as her name already.
 */
export function listedWomanName(word: Word): { name: string; forms: readonly Form[] } | undefined {
  if (!word.analyses.some((r) => r.known && r.tags.includes('Name')) || word.analyses.some((r) => r.known && r.tags.includes('Name') && r.gender === 'femn')) return undefined;
  // Rule `listed indeclinable woman's name in any case`: one that ends in no `-а`/`-я` does not decline (`Сауле`, `Нино`), so it
  // is in whatever case the surname beside it shows (`по словам Сауле Омаровой`: the genitive), not only the nominative.
  if (listedGivenNames().women.has(word.folded)) return { name: word.text, forms: /[ая]$/.test(word.folded) ? ['nomn/femn'] : ALL_CASES.map((wordCase) => `${wordCase}/femn`) };
  for (const ending of CASE_ENDINGS) {
    const cases = FEMALE_CASE_BY_ENDING[ending];
    if (!cases || !word.folded.endsWith(ending)) continue;
    const stem = word.text.slice(0, -ending.length);
    const tail = ['а', 'я'].find((vowel) => listedGivenNames().women.has(fold(stem + vowel)));
    if (tail !== undefined) return { name: stem + tail, forms: cases.map((wordCase) => `${wordCase}/femn`) };
  }
  return undefined;
}

/**
 * Rule `woman's name in -ь`: a woman's first name in `-ь` (`Гузель`, `Асель`, `Айгуль`) declines as `Любовь` does (`Гузел-и`,
 * `Гузел-ью`), where the dictionary holds it as indeclinable and so lacks those forms, or reads them only as a rarer name's
 * (`Айгули` of `Айгуля`). Her name and the forms the ending shows; undefined when the word is no such form, or the
 * dictionary declines the name itself (`Любови`, `Нинели`).
 */
function softWomanName(word: Word): { name: string; forms: readonly Form[] } | undefined {
  const ending = SOFT_WOMAN_ENDINGS.find(([each]) => word.folded.endsWith(each) && word.folded.length > each.length + 2);
  if (ending === undefined) return undefined;
  const name = `${word.text.slice(0, -ending[0].length)}ь`;
  const key = fold(name);
  const known = word.analyses.filter((r) => r.known && PART_READINGS.first!(r));
  if (known.some((r) => r.key === key || gazetteer().commonFirstNames.femn.has(r.key))) return undefined;
  // The name in `-ь` is a name of its own, not another's form (`Жень`, the vocative of `Женя`: `Жени` is Женя's).
  const woman = listedGivenNames().women.has(key) ||
    analyses(name).some((r) => r.known && r.key === key && r.tags.includes('Name') && r.gender === 'femn' && r.case === 'nomn' && r.number === 'sing');
  return woman ? { name, forms: ending[1].map((wordCase) => `${wordCase}/femn`) } : undefined;
}

/** The endings of a woman's name in `-ь` in the oblique cases, by case (`Гузел-и`: genitive, dative, locative; `Гузел-ью`). */
const SOFT_WOMAN_ENDINGS: readonly (readonly [string, readonly string[]])[] = [['ью', ['ablt']], ['и', ['gent', 'datv', 'loct']]];

/**
 * Rule `man's name as listed`: a foreign man's name the list gives whose oblique forms the dictionary reads only as a woman's
 * name (`Илона`, `Илону`, `Илоне` of Илон, read as Илона's). His name is then one more reading, in the cases its ending shows
 * that the surname shows too, by a man's case ending or a surname's reading in that case (`Илона Маска`, `Илону Маску`): the
 * surname's case and gender decide the first name's. Undefined when the word is no such form, or no case is left.
 */
function listedManName(word: Word, surname: Word | undefined): { name: string; forms: readonly Form[] } | undefined {
  const names = word.analyses.filter((r) => r.known && PART_READINGS.first!(r));
  if (names.length === 0 || names.some((r) => r.gender !== 'femn') || surname === undefined) return undefined;
  for (const ending of HARD_STEM_ENDINGS) {
    const stem = word.text.slice(0, -ending.length);
    if (!word.folded.endsWith(ending) || !listedGivenNames().men.has(fold(stem)) || !CONSONANT_END.test(fold(stem))) continue;
    // Not a surname the dictionary knows as a woman's too (`Эльвина Петрова`: hers, as the dictionary reads the first name).
    if (surname.analyses.some((r) => r.known && SURNAME_READING(r) && r.gender === 'femn')) return undefined;
    const shown = (wordCase: string): boolean => manNominative(surname.text, wordCase) !== undefined ||
      surname.analyses.some((r) => r.known && SURNAME_READING(r) && r.case === wordCase && r.gender !== 'femn');
    const forms = MALE_CASE_BY_ENDING[ending]!.filter(shown).map((wordCase) => `${wordCase}/masc`);
    return forms.length > 0 ? { name: stem, forms } : undefined;
  }
  return undefined;
}

/** The cases a woman's name in `-а`/`-я` is in, by the ending that replaces that vowel (`Камал-ой`: instrumental); none for the nominative, which the name gives as listed. */
const FEMALE_CASE_BY_ENDING: Record<string, readonly string[]> = {
  '': ['nomn'], ы: ['gent'], и: ['gent', 'datv', 'loct'], е: ['datv', 'loct'], у: ['accs'], ю: ['accs'], ой: ['ablt'], ей: ['ablt'], ою: ['ablt'], ею: ['ablt'],
};

/** Which readings stand for each part of a person's name: one person, so never a plural reading (`Киран` is no plural of `Кирана`). */
const PART_READINGS: Record<string, Accept> = {
  // A first name the dictionary knows only as indeclinable reads as written (`Аркади`, not a form of the rare `Аркадя`).
  first: (reading) => (reading.tags.includes('Name') || (reading.known && reading.tags.includes('Fixd') && reading.tags.includes('anim'))) && reading.number !== 'plur',
  middle: (reading) => reading.tags.includes('Patr') && reading.number !== 'plur',
  // `Токаев` is no genitive plural of `токай`.
  // A participle's reading is an adjective surname's too (`Непомнящим`, `Поющим`: rule `participle surname`).
  last: (reading) => (reading.tags.includes('Surn') || reading.pos === 'NOUN' || reading.pos === 'ADJF' || reading.pos === 'PRTF') && reading.number !== 'plur',
};

const SURNAME_READING: Accept = (reading) => reading.tags.includes('Surn') && reading.number !== 'plur';
/** A first name's reading as a name, declining or not (see `partReadings`). */
const NAME_READING: Accept = (reading) => reading.tags.includes('Name') && reading.number !== 'plur';
const DECLINING_NAME_READING: Accept = (reading) => reading.known && reading.tags.includes('Name') && !reading.tags.includes('Fixd') && reading.number !== 'plur';

/** A man's surname of the possessive kind, which a woman's takes with `-а` (`Кротов`, `Зайцев`, `Лисицын`). */
const POSSESSIVE_SURNAME = /(?:[оеё]в|[иы]н)$/;

/** The cases of a woman's surname of the possessive kind by the ending it adds to the man's (`Кротов-ой`: genitive, dative, …). */
const WOMAN_POSSESSIVE_CASES: Readonly<Record<string, readonly string[]>> = {
  а: ['nomn'], ой: ['gent', 'datv', 'ablt', 'loct'], ою: ['ablt'], у: ['accs'],
};

/**
 * Rule `woman's form of a man's surname`: a surname in `-ов`, `-ев`, `-ин`, `-ын` declines for a woman as `Иванова` does, whose
 * forms the dictionary may lack where it holds the man's only (`Кротова`: only Кротов's genitive; `Кротовой`: only the adjective
 * `кротовый`). The woman's name (`Кротова`) and the forms the word's ending shows; undefined when the dictionary gives the
 * surname a woman's reading itself, or the word is no such surname's form.
 */
export function womanPossessiveSurname(word: Word): { name: string; forms: readonly Form[] } | undefined {
  const surnames = word.analyses.filter((r) => r.known && r.tags.includes('Surn') && r.number === 'sing');
  if (surnames.some((r) => r.gender === 'femn')) return undefined;
  const man = surnames.find((r) => POSSESSIVE_SURNAME.test(r.key) && word.folded.startsWith(r.key));
  if (man !== undefined) {
    const cases = WOMAN_POSSESSIVE_CASES[word.folded.slice(man.key.length)];
    return cases && { name: word.text.slice(0, man.key.length) + 'а', forms: cases.map((c) => `${c}/femn`) };
  }
  // No surname's reading at all: a form in `-овой` is a woman's surname in -ова the dictionary reads as a relative adjective
  // (`Кротовой`, `Полозковой`), as a name's last word; the adjective's surnames (`Лановая`) are far rarer.
  if (surnames.length > 0) return undefined;
  const ending = /(?:[оеё]в|[иы]н)(ой|ою)$/.exec(word.folded)?.[1];
  return ending === undefined || word.folded.length < ending.length + 4 ? undefined :
    { name: word.text.slice(0, -ending.length) + 'а', forms: WOMAN_POSSESSIVE_CASES[ending]!.map((c) => `${c}/femn`) };
}

/** The readings of a word that stand for its part of the name: a surname's own readings when it has some (`Алиев`, not the plural of `Алия`). */
function partReadings(word: Word, role: string | undefined): Accept | undefined {
  if (role === 'last' && word.analyses.some(SURNAME_READING)) return SURNAME_READING;
  // Rule `name over an indeclinable word`: a first name the dictionary knows as a name reads as one, not as an indeclinable
  // noun it also is (`Инну`: Инна's accusative, not the people `инну`), which would leave the name's case open.
  if (role === 'first' && word.analyses.some(DECLINING_NAME_READING)) return NAME_READING;
  // A second given name stands where a patronymic would (`Жозе Мануэла Баррозу`): it reads as a first name.
  if (role === 'middle' && !word.analyses.some(PART_READINGS.middle!)) return PART_READINGS.first;
  return role ? PART_READINGS[role] : undefined;
}

const LONG_INITIALS: ReadonlySet<string> = new Set(particles.initials);
/** The words that make a Turkic patronymic of the father's name (`оглы`, `кызы`; name-particles.json patronymicWords). */
const PATRONYMIC_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(particles.patronymicWords));
/** An initial: one letter, or two for a sound Russian writes so (`Дж.`; name-particles.json initials). */
export const initialWord = (word: Word): boolean => word.text.length === 1 || LONG_INITIALS.has(word.text);

/** A person's name from the words of a match and the role of each (`first`, `middle`, `last`, or none for dots). */
export function personName(
  words: readonly Word[],
  roles: readonly (string | undefined)[],
  context: NameContext = NO_CONTEXT,
  forced?: Form,
): { normal: string; parts: PersonName; lastAlternatives?: string[]; gender?: PersonGender; regnal?: string; otherGender?: OtherGender; familyFirst?: boolean } {
  if (roles.length > 0 && roles.every((role) => role === 'syllable')) return eastAsianName(words, context);
  roles = doubleSurnameAlone(words, patronymicAsSurname(words, roles));
  const choice: { other?: Form } = {};
  const found = forced ?? turkicPatronymicForm(words, roles, context, nameForm(words, roles, context, 0, choice));
  const manInI = forced === undefined && manNameInI(words, roles, context, found);
  const form = manInI ? 'nomn/masc' : found;
  const family = familyBefore(context);
  const parts: PersonName = {};
  const pieces: string[] = [];
  let particle: string | undefined;
  let regnal: string | undefined;
  let familyFirst = false;
  let hyphen = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const role = roles[i];
    // The initials of a double given name are one part, joined as written (`Ж.-М.`).
    if (role === 'hyphen') {
      hyphen = true;
      continue;
    }
    const listedFirst = role === 'first' ? listedFirstName(word) ?? softWomanName(word) : undefined;
    let piece = word.text;
    if (initialWord(word)) piece = words[i + 1]?.text === '.' ? `${word.text}.` : word.text;
    else if (manInI && role === 'first') piece = word.text;
    // Rule `listed name's oblique form in the nominative`: where the name is in the nominative (after a nominative title:
    // `Министр Фернанду Аддад`), a word that is a listed name's oblique form only (`Фернанду`, Фернанда's accusative) is
    // another name as written, as a nominative shows no case ending.
    else if (listedFirst && 'ending' in listedFirst && listedFirst.ending !== '' && form !== '*' && caseOf(form) === 'nomn' && fold(listedFirst.name) !== word.folded) piece = word.text;
    else if (listedFirst) piece = 'ending' in listedFirst && listedFirst.ending !== '' && form !== '*' && genderOf(form) === 'femn' && listedManOnly(listedFirst.name) ? word.text : listedFirst.name;
    else if (role === 'given') piece = listedFirstName(word)?.name ?? chineseGivenNominative(word, context);
    else if (role === 'last' && undeclinedForeignSurname(word, words[roles.indexOf('first')], form)) piece = word.text;
    else if (role === 'last' && velarNounSurname(word, words[roles.indexOf('first')], form) !== undefined) piece = velarNounSurname(word, words[roles.indexOf('first')], form)!;
    // A Turkic patronymic stands as written in any case (`Ильхама Гейдар оглы Алиева`): the father's name and the word for a son or a daughter.
    else if (role === 'middle' && (PATRONYMIC_WORDS.has(word.text) || PATRONYMIC_WORDS.has(words[i + 1]?.text ?? ''))) piece = word.text;
    else if (role === 'first' || role === 'middle' || role === 'last') piece = partNominative(word, secondGivenName(word, role) ? 'first' : role, form, family, words[roles.indexOf('last')], words[roles.indexOf('first')]);
    if (word.text === '.') continue;
    if (hyphen && (role === 'first' || role === 'middle' || role === 'last') && parts[role] !== undefined) {
      pieces[pieces.length - 1] += `-${piece}`;
      parts[role] += `-${piece}`;
      hyphen = false;
      continue;
    }
    pieces.push(piece);
    // A regnal number is in the name as written, in no part of it (`Людовик XIV`).
    if (role === 'regnal') regnal = word.text;
    if (role === 'particle') particle = particle === undefined ? piece : `${particle} ${piece}`;
    // A particle belongs to the surname it stands before (`Ле Пен`, `бин Ладен`, `фон дер Ляйен`).
    if (role === 'last' && particle !== undefined) {
      piece = `${particle} ${piece}`;
      particle = undefined;
    }
    // Rule `Chinese family name is the surname`: a Chinese name is a family name and a given name (`Си Цзиньпин`, `Ван И`), the
    // family name the one news names the person by alone (`председатель Си`), so the given name is the first part and the
    // family name the last (`Си Цзиньпином` → Цзиньпин · – · Си), written in the name in their own order (`familyFirst`).
    if (role === 'given') {
      if (parts.first !== undefined) parts.last = parts.first;
      parts.first = piece;
      familyFirst = true;
      continue;
    }
    // A part of two words keeps both (`Лопес Обрадор`, the given names `Мануэль Инасиу`).
    if (role === 'first' || role === 'middle' || role === 'last') parts[role] = parts[role] === undefined ? piece : `${parts[role]} ${piece}`;
  }
  Object.assign(parts, givenBeforeArticleSurname(words, roles, parts));
  const twoSurnames = firstOfTwoSurnames(words, roles, parts);
  if (twoSurnames.middle === undefined) delete parts.middle;
  Object.assign(parts, twoSurnames);
  // News names a person by one word far more often by the surname than by the first name: a lone name that is also a
  // common word or that the dictionary lacks is a surname (`Гор`, `Рой` → last), but a listed common first name with no
  // surname reading (`Владимир`, `Лиза`) or a word the dictionary knows only as a first name stays one, unless it has the
  // shape of an English patronymic surname (rule `surname in -сон alone`).
  // A sovereign or a cleric is named by the given name (`король Карл`, `папа Франциск`; roles.json sovereignTitles).
  if (words.length === 1 && roles[0] === 'first' && parts.first !== undefined && !parts.first.endsWith('.') && !commonFirstNameOnly(words[0]!, parts.first) &&
    !context.before.slice(-2).some(SOVEREIGN_TITLE) && (!onlyFirstName(words[0]!) || SON_SURNAME.test(fold(parts.first)))) {
    parts.last = parts.first;
    delete parts.first;
  }
  // Rule `sovereign's given name`: so is a lone name a rule read as a surname after such a title (`император Нарухито`,
  // `эмира Тамима`), as a sovereign or a cleric is named by the given name.
  if (words.length === 1 && roles[0] === 'last' && parts.last !== undefined && parts.first === undefined && context.before.slice(-2).some(SOVEREIGN_TITLE)) {
    parts.first = parts.last;
    delete parts.last;
  }
  const result: { normal: string; parts: PersonName; lastAlternatives?: string[]; gender?: PersonGender; regnal?: string; otherGender?: OtherGender; familyFirst?: boolean } = { normal: pieces.join(' '), parts };
  if (regnal !== undefined) result.regnal = regnal;
  if (familyFirst) result.familyFirst = true;
  const alternatives = parts.last && !parts.middle && (!parts.first || parts.first.endsWith('.')) ? surnameAlternatives(words[roles.indexOf('last')] ?? words[0]!, parts.last) : [];
  if (alternatives.length > 0) result.lastAlternatives = alternatives;
  else if (parts.first !== undefined && !parts.first.endsWith('.') && parts.last !== undefined && roles.filter((role) => role === 'last' || role === 'particle').length === 1) {
    const others = fullNameSurnameAlternatives(words[roles.indexOf('last')]!, parts.last, form);
    if (others.length > 0) result.lastAlternatives = others;
  }
  const gender = nameGender(form, parts, alternatives.length === 0 && maySubject(words, roles, form, context) ? context : NO_CONTEXT);
  if (gender) result.gender = gender;
  // Rule `gender left open`: where nothing around a first name chose between a woman's and a man's reading of it but the
  // likelier gender (`Вчера Валерия Савиных`: Валерия, or Валерий's genitive), the other reading goes with the mention, for
  // the person's other mentions to settle (`Савиных заявила`).
  if (choice.other !== undefined && roles.includes('first')) {
    const other = personName(words, roles, context, choice.other);
    const otherGender = genderOf(choice.other);
    if ((otherGender === 'masc' || otherGender === 'femn') && other.parts.first !== parts.first) {
      result.otherGender = { normal: other.normal, parts: other.parts, gender: otherGender };
    }
  }
  return result;
}

/** A person's name read in the gender the likelier one was chosen over (see `personName`'s rule `gender left open`). */
export interface OtherGender {
  readonly normal: string;
  readonly parts: PersonName;
  readonly gender: PersonGender;
}

const ARTICLE_SURNAME = new RegExp(`^(?:${particles.hyphenated.join('|')})-\\p{Lu}`, 'u');

/**
 * Rule `given name before an article surname`: an Arabic surname with its article (`ас-Сиси`, `аль-Багдади`;
 * name-particles.json `hyphenated`) is the whole surname, so a word read as a first surname between it and the first name
 * is a second given name (`Абдель Фаттах ас-Сиси`: Абдель · Фаттах · ас-Сиси), not the first of two surnames as in a
 * Spanish name (`Лопес Обрадор`). The parts with that word moved to the middle.
 */
function givenBeforeArticleSurname(words: readonly Word[], roles: readonly (string | undefined)[], parts: PersonName): PersonName {
  const lasts = roles.flatMap((role, i) => (role === 'last' ? [i] : []));
  if (lasts.length !== 2 || parts.middle !== undefined || parts.first === undefined || lasts[1] !== lasts[0]! + 1) return parts;
  if (!ARTICLE_SURNAME.test(words[lasts[1]!]!.text) || ARTICLE_SURNAME.test(words[lasts[0]!]!.text)) return parts;
  const space = parts.last?.indexOf(' ') ?? -1;
  if (space < 0) return parts;
  return { ...parts, middle: parts.last!.slice(0, space), last: parts.last!.slice(space + 1) };
}

/**
 * Rule `Turkic patronymic's gender`: `оглы` (a son) makes a man's name and `кызы` (a daughter) a woman's (`Гасанову Севиль
 * Ариф кызы`: hers, in the case the words around give), whatever the other words' endings leave open. The form as found
 * where it agrees or no such word is in the name.
 */
function turkicPatronymicForm(words: readonly Word[], roles: readonly (string | undefined)[], context: NameContext, found: Form): Form {
  const word = words.find((each, i) => roles[i] === 'middle' && PATRONYMIC_WORDS.has(each.text));
  if (word === undefined) return found;
  const gender = PATRONYMIC_WORDS.get(word.text)!;
  if (found !== '*' && genderOf(found) === gender) return found;
  // Else the case the words around give that the surname shows in that gender (`оправдал Гасанову`: the accusative).
  const surname = words[roles.indexOf('last')];
  const shown = surname?.analyses.filter((r) => r.tags.includes('Surn') && r.gender === gender && r.number === 'sing').map((r) => r.case!) ?? [];
  const around = contextCases(context);
  const wordCase = around.find((c) => shown.includes(c)) ?? (found !== '*' ? caseOf(found) : shown[0] ?? around[0] ?? 'nomn');
  return `${wordCase}/${gender}`;
}

/**
 * Rule `man's name in -и before his verb`: a first name in `-и` after a consonant that the dictionary knows only as an oblique
 * form of a woman's name news seldom gives (`Рики` of Рика, `Ники` of Ника), read so by the name's agreement, before a past
 * verb in the masculine whose subject no noun before can be, and a surname that may be a man's, is a foreign man's name
 * that does not decline, in the nominative (`Рики Мартин дал концерт`, `Ники Лауда умер`): the verb's subject is the name.
 * Not a name common among women (`Адвокат Юлии Тимошенко заявил`: the lawyer speaks), nor before a woman's surname.
 */
function manNameInI(words: readonly Word[], roles: readonly (string | undefined)[], context: NameContext, form: Form): boolean {
  if (form === '*' || genderOf(form) !== 'femn' || caseOf(form) === 'nomn' || pastVerbGender(context.after) !== 'masc' || subjectNounBefore(context.before, 'masc')) return false;
  const first = words[roles.indexOf('first')];
  const surname = words[roles.indexOf('last')];
  if (first === undefined || surname === undefined || !/[бвгджзклмнпрстфхцчшщ]и$/.test(first.folded)) return false;
  // Its readings as one person's name (a plural's are none) are all a woman's oblique ones, of a name not common among women.
  const names = first.analyses.filter((r) => r.known && r.tags.includes('Name') && r.number === 'sing');
  const commonWomen = gazetteer().commonFirstNames.femn;
  if (names.length === 0 || names.some((r) => r.gender !== 'femn' || r.case === 'nomn' || commonWomen.has(r.key))) return false;
  // The surname may be a man's: no woman's possessive or adjective ending (`Ивановой`, `Белоцерковской`).
  return !WOMAN_SURNAME_OBLIQUE.test(surname.folded);
}

/** A woman's possessive or adjective surname's oblique ending (`Иванов-ой`, `Белоцерковск-ой`, `Пушкин-у`). */
const WOMAN_SURNAME_OBLIQUE = /(?:[оеё]в|[иы]н|[сц]к)(?:ой|ую|у|ы)$|[ая]я$/;

const FIRST_OF_TWO_SURNAMES: ReadonlySet<string> = foldedSet(particles.firstOfTwoSurnames);

/**
 * Rule `first of two surnames`: a common Spanish surname (name-particles.json `firstOfTwoSurnames`) read as the one word
 * between a given name and a surname is the first of two surnames (`Марио Варгас Льоса`: Марио · – · Варгас Льоса), not a
 * second given name, as Spanish names carry the father's and the mother's surname and these are given names nowhere;
 * so with a particle between (`Кристина Фернандес де Киршнер`). The parts with that word moved to the surname.
 */
function firstOfTwoSurnames(words: readonly Word[], roles: readonly (string | undefined)[], parts: PersonName): PersonName {
  const middles = roles.flatMap((role, i) => (role === 'middle' ? [i] : []));
  // A particle may join the two (`Кристина Фернандес де Киршнер`).
  let next = middles[0]! + 1;
  while (roles[next] === 'particle') next++;
  if (middles.length !== 1 || parts.middle === undefined || parts.last === undefined || roles[next] !== 'last') return parts;
  if (!FIRST_OF_TWO_SURNAMES.has(fold(parts.middle)) || words[middles[0]!]!.analyses.some(PART_READINGS.middle!)) return parts;
  const { middle, ...rest } = parts;
  return { ...rest, last: `${middle} ${parts.last}` };
}

/**
 * Rule `surname in -ович`: a first name and a man's patronymic with no surname after them, where the patronymic is of a
 * father's name not common among Russians (`Валентин Стефанович`, `Сергей Радонич`), is a first name and a surname, as
 * Belarusian, Serbian and Polish surnames end so and a news article names a man by surname far more often than by first
 * name and patronymic alone (`Михаил Сергеевич`, of the common Сергей, stays). The roles, changed or as given.
 */
/**
 * Rule `double surname alone`: a name read as a first name and a surname whose first word is a common Spanish surname
 * (name-particles.json `firstOfTwoSurnames`, none of them a given name), in any case, is a double surname alone
 * (`Лопеса Обрадора` → `Лопес Обрадор`, `Фернандес де Киршнер`), as news names a person so after naming them in full:
 * both words are the surname. The roles with the first word's made the surname's.
 */
function doubleSurnameAlone(words: readonly Word[], roles: readonly (string | undefined)[]): readonly (string | undefined)[] {
  if (roles[0] !== 'first' || roles.length < 2 || roles.at(-1) !== 'last' || !roles.slice(1, -1).every((role) => role === 'particle')) return roles;
  const word = words[0]!;
  const spelled = [word.folded, ...OBLIQUE_CASES.map((wordCase) => manNominative(word.text, wordCase)).filter((each) => each !== undefined).map(fold)];
  return spelled.some((each) => FIRST_OF_TWO_SURNAMES.has(each)) ? ['last', ...roles.slice(1)] : roles;
}

function patronymicAsSurname(words: readonly Word[], roles: readonly (string | undefined)[]): readonly (string | undefined)[] {
  if (roles.length !== 2 || roles[0] !== 'first' || roles[1] !== 'middle' || initialWord(words[0]!)) return roles;
  const patronymics = words[1]!.analyses.filter((r) => r.known && r.tags.includes('Patr') && r.gender === 'masc');
  const common = gazetteer().commonFirstNames.masc;
  return patronymics.length > 0 && patronymics.every((r) => !common.has(r.key)) ? ['first', 'last'] : roles;
}

/**
 * Rule `no subject after a preposition or in an oblique case`: the name may be the subject of the verb after it, whose
 * gender then is the person's: not after a preposition (`С Меркель встретился президент`), nor when no word of the name
 * can be in the nominative (`Адвокат Ушацкой заявил`: the lawyer speaks, and she is named in the genitive).
 */
function maySubject(words: readonly Word[], roles: readonly (string | undefined)[], form: Form, context: NameContext): boolean {
  if (prepositionBefore(context.before)) return false;
  if (form !== '*') return true;
  return words.every((word, i) => (roles[i] !== 'first' && roles[i] !== 'middle' && roles[i] !== 'last') || initialWord(word) ||
    !word.analyses.some((r) => r.case !== undefined) || word.analyses.some((r) => r.case === 'nomn'));
}

/** Every reading the dictionary knows of the word is a first name's (`Джонсон`, `Лиза`; not `Гор`, also a form of `гора`). */
const onlyFirstName = (word: Word): boolean => word.analyses.some((r) => r.known) && word.analyses.every((r) => !r.known || r.tags.includes('Name'));
/**
 * Rule `surname in -сон alone`: an English or Scandinavian patronymic surname (`Джонсон`, `Томпсон`, `Харрисон`), which the
 * dictionary lists as a given name too; such names are surnames far more often than given names, so alone one is the surname.
 */
const SON_SURNAME = /^[а-яё]{3,}сон$/;
const SOVEREIGN_TITLES = foldedSet(rolesData.sovereignTitles);
/**
 * A title of a sovereign or a cleric, who is named by the given name (`король`, `папа`, `патриарх`; roles.json sovereignTitles).
 * A test of the form alone, so that the grammar tries the rule it opens only at such words.
 */
export const SOVEREIGN_TITLE: Predicate = formTest((word) => word.keys.some((key) => SOVEREIGN_TITLES.has(key)));

/** A first name listed as common or as a familiar form of one (common-first-names.json) that the dictionary never reads as a surname: alone, it is a first name. */
function commonFirstNameOnly(word: Word, nominative: string): boolean {
  return isCommonFirstName(fold(nominative)) && !word.analyses.some((reading) => reading.tags.includes('Surn'));
}

/**
 * Rule `foreign surname in -и`: a man's surname the dictionary knows only as a common feminine noun's oblique form in
 * `-и` stands as written where the noun would make an unlikely man's surname: one in `-я` (`Джорджа Клуни`: no form of
 * `клуня`), or one after a first name that does not decline (`Марио Драги`, not `драга`), which marks a foreign name, whose
 * surnames in `-и` (Italian, Japanese) do not decline. A Russian name declines both parts (`Богдана Ступки`).
 */
function undeclinedForeignSurname(word: Word, first: Word | undefined, form: Form): boolean {
  if (!word.folded.endsWith('и') || word.analyses.some((r) => !r.known || r.tags.includes('Surn'))) return false;
  const nouns = word.analyses.filter((r) => r.pos === 'NOUN' && r.number === 'sing');
  if (nouns.length === 0 || !nouns.every((r) => r.gender === 'femn' && r.case !== 'nomn')) return false;
  const undeclinedFirst = first !== undefined && first.analyses.some((r) => r.known && r.tags.includes('Name') && r.gender === 'masc' && r.tags.includes('Fixd'));
  if (undeclinedFirst) return true;
  return form !== '*' && genderOf(form) === 'masc' && nouns.every((r) => r.lemma.endsWith('я'));
}

/**
 * Rule `man's surname in -ка`: a man's surname the dictionary lacks, in `-и` after a velar or hushing consonant, after a first
 * name that declines and shows the genitive, is a noun's genitive in `-а` (`Сергея Бубки` → `Бубка`): Russian writes `и`, not
 * `ы`, there. Only after such a first name, as a foreign name's is indeclinable (`Ичиро Судзуки`, `Марио Бьянки`), and not in
 * `-ски`, `-цки`, a Polish adjective surname written as spoken (`Андрея Ковальски`), nor in `-чи`, `-щи`, which Russian nouns
 * seldom end a surname with and Iranian, Turkic and Japanese surnames as written often do (`Аббаса Аракчи`, `Игучи`).
 */
function velarNounSurname(word: Word, first: Word | undefined, form: Form): string | undefined {
  if (form !== 'gent/masc' || first === undefined || word.analyses.some((r) => r.known) || !/[гкхжш]и$/.test(word.folded) || /[сц]ки$/.test(word.folded) || word.text.length < 5) return undefined;
  const declined = first.analyses.some((r) => r.known && r.tags.includes('Name') && r.gender === 'masc' && r.case === 'gent' && !r.tags.includes('Fixd'));
  return declined ? `${word.text.slice(0, -1)}а` : undefined;
}

/** A word in the middle of a name that is no patronymic but a second given name (`Мануэла` of `Жозе Мануэла Баррозу`). */
const secondGivenName = (word: Word, role: string): boolean => role === 'middle' && !word.analyses.some(PART_READINGS.middle!);

/**
 * A Chinese given name the list lacks, in the nominative: Russian declines it as a man's noun where it ends in a consonant,
 * in the instrumental, whose ending no syllable has (`с Ван Цишанем` → `Цишань`), and in an oblique case the words around
 * it fix (`визит Ли Пэна` → `Пэн`); as written otherwise (`Ван И`).
 */
function chineseGivenNominative(word: Word, context: NameContext): string {
  const cases = ['ablt', ...syllableCases(context).filter((c) => c !== 'ablt')];
  for (const wordCase of cases) {
    const stem = wordCase === 'ablt' && !/[ое]м$/.test(word.folded) ? undefined : manNominative(word.text, wordCase);
    if (stem !== undefined) return stem;
  }
  return word.text;
}

/** A person's gender, as a name or the words around it show it. */
export type PersonGender = 'masc' | 'femn';

/**
 * The gender a mention shows, for linking it to the right one of two people of one surname: that of a
 * past-tense verb right after it (`Бут рассказала`: she), or that of a name with a first name (`Алла Бут`).
 * Not that of a surname alone, whose form is only the likelier one (`Волкову`: him or her), nor a verb's
 * after a surname that may be an oblique form of the other gender's (`ресурсов Громова была`): the caller
 * gives no context then.
 */
function nameGender(form: Form, parts: PersonName, context: NameContext): PersonGender | undefined {
  const verb = verbGender(context.after);
  // Only a subject agrees with the verb (`Пресс-служба Кадырова заявила`: the verb is the service's).
  if (verb && (form === '*' || caseOf(form) === 'nomn')) return verb;
  // A first name alone may be a surname read as one (`По словам Данна`), so its gender says nothing yet.
  const named = parts.first !== undefined && !parts.first.endsWith('.') && parts.last !== undefined;
  const gender = form === '*' ? undefined : genderOf(form);
  return named && (gender === 'masc' || gender === 'femn') ? gender : undefined;
}

/** How many adverbs may stand between a name and its verb (`Захарова также напомнила`, `Иванов ранее не заявлял`). */
const PREDICATE_REACH = 2;

const BETWEEN_WORDS: ReadonlySet<string> = foldedSet(verbCases.betweenSubjectAndVerb.words);

/** A word in lower case that stands between a subject and its verb: an adverb, a particle, a listed conjunction (`ранее`, `не`, `также`). */
export const BETWEEN_SUBJECT_AND_VERB = (word: Word): boolean =>
  word.shape === 'lower' && (word.analyses[0]?.pos === 'ADVB' || word.analyses[0]?.pos === 'PRCL' || BETWEEN_WORDS.has(word.folded));

const PARENTHETICALS: ReadonlySet<string> = foldedSet(verbCases.parentheticals.phrases);
const PARENTHETICAL_WORDS: ReadonlySet<string> = new Set([...PARENTHETICALS].flatMap((phrase) => phrase.split(' ')));
/** The longest listed parenthetical phrase, in words. */
const PARENTHETICAL_REACH = Math.max(...[...PARENTHETICALS].map((phrase) => phrase.split(' ').length));
/** A word of a listed parenthetical phrase (`в`, `частности`), or a comma that sets one off. */
export const PARENTHETICAL_PART = (word: Word): boolean => word.text === ',' || (word.shape === 'lower' && PARENTHETICAL_WORDS.has(word.folded));

/**
 * Rule `parenthetical before the verb`: the index after a listed parenthetical phrase set off by commas that starts at `at`
 * (`Лавров, в частности, отметил`: the phrase belongs to neither the subject nor the verb), else `at`.
 */
function afterParenthetical(words: readonly Word[], at: number): number {
  if (words[at]?.text !== ',') return at;
  const end = Math.min(words.length - 1, at + PARENTHETICAL_REACH + 1);
  for (let close = at + 2; close <= end; close++) {
    if (words[close]!.text !== ',') continue;
    return PARENTHETICALS.has(words.slice(at + 1, close).map((word) => word.folded).join(' ')) ? close + 1 : at;
  }
  return at;
}

/**
 * The word after a name that shows its predicate (rule `predicate past adverbs`): the word right after it, or the one
 * after an adverb or two (`Захарова также напомнила`: `напомнила`), which stand between a subject and its verb, or after
 * a listed parenthetical phrase in commas (`Захарова, в свою очередь, назвала`: rule `parenthetical before the verb`).
 */
export function predicateWord(words: readonly Word[], at: number): Word | undefined {
  const start = afterParenthetical(words, at);
  for (let i = start; i < Math.min(words.length, start + PREDICATE_REACH); i++) if (!BETWEEN_SUBJECT_AND_VERB(words[i]!)) return words[i];
  const next = words[Math.min(words.length, start + PREDICATE_REACH)];
  return next ?? words[start] ?? words[at];
}

/** The gender of a singular past-tense verb (`заявила`: femn), if the word is one. */
const pastVerbGender = (word: Word | undefined): string | undefined =>
  word?.analyses.find((r) => r.known && r.pos === 'VERB' && r.tags.includes('past') && r.number === 'sing')?.gender;

/**
 * Rule `short participle before the subject`: a singular short passive participle right before a name is its predicate,
 * in the subject's gender (`Финансовым директором назначена Эльмира Газизова`: she, in the nominative), as a past verb is
 * (`Премию получила …`); an object stands in another case and no participle agrees with it.
 */
const shortParticipleGender = (word: Word | undefined): string | undefined =>
  word?.analyses.find((r) => r.known && r.pos === 'PRTS' && r.number === 'sing')?.gender;

/** The gender of a person a singular past-tense verb right after the name shows (`Бут рассказала`: she). */
export function verbGender(after: Word | undefined): PersonGender | undefined {
  const gender = pastVerbGender(after);
  return gender === 'masc' || gender === 'femn' ? gender : undefined;
}

/**
 * The nominative of one part of a name in the name's form. A word the dictionary knows takes its reading in
 * that form; a word it lacks, see {@link guessedNominative}. A woman's surname that would end in neither
 * `а` nor `я` stays as written: such a surname does not decline (`Анджелины Джоли` is no form of `Джоль`).
 */
function partNominative(word: Word, role: 'first' | 'middle' | 'last', form: Form, family = false, surname?: Word, first?: Word): string {
  const familySurname = family && role === 'last' ? familyName(word) : undefined;
  if (familySurname !== undefined) return familySurname;
  // Rule `man's given name in -ье`: a man's given name in `-ье` that the dictionary knows as no man's name (`Илье` is
  // Илья's dative) is a French one that does not decline (`Пьер-Оливье`, `Дидье`, `Ксавье`), as `-ье` ends any other
  // Russian name only as a woman's dative or locative (`Наталье`); the first half of a double name declines still
  // (`Пьером-Оливье` → `Пьер-Оливье`)
  if (role === 'first' && form !== '*' && genderOf(form) === 'masc' && word.folded.endsWith('ье') &&
    !word.analyses.some((r) => r.known && r.tags.includes('Name') && r.gender === 'masc')) {
    const given = hyphenHalves(word);
    return given === undefined ? word.text : `${partNominative(given[0]!, role, form)}-${given[1]!.text}`;
  }
  // Rule `double given name declining in both halves`: a hyphenated given name whose halves are each a name the dictionary
  // reads in the name's form declines in both (`Анны-Марии` → `Анна-Мария`), as Russian declines each declinable half.
  const givenHalves = role === 'first' && form !== '*' ? hyphenHalves(word) : undefined;
  if (givenHalves?.every((half) => firstNameReading(half, form) !== undefined)) return givenHalves.map((half) => nominativeOf(half, firstNameReading(half, form))).join('-');
  // Rule `double man's name declining in its first half`: a hyphenated man's given name in an oblique case whose first half
  // shows that case's ending declines in both halves (`Ханса-Дитриха` → `Ханс-Дитрих`), as Russian declines each half of a
  // German double name; a first half as written (`Жан-Клода`, `Ханс-Дитриха`) stays.
  const manHead = givenHalves !== undefined && genderOf(form) === 'masc' && caseOf(form) !== 'nomn' && !givenHalves[0]!.analyses.some((r) => r.known && r.tags.includes('Name') && r.case === 'nomn' && r.gender === 'masc')
    ? manNominative(givenHalves[0]!.text, caseOf(form)) : undefined;
  if (manHead !== undefined && givenHalves![1]!.text.length > 2) return `${manHead}-${partNominative(givenHalves![1]!, role, form)}`;
  const halves = role === 'last' ? doubleSurname(word) : undefined;
  if (halves !== undefined) return halves.map((half) => partNominative(half, role, form)).join('-');
  // The surname of rule `undeclined surname after a nominative title` (nameForm): in the nominative, with no nominative
  // reading the dictionary knows (`Буше`, known only as Буш's locative), it stands as written.
  // So does the surname of rule `undeclined surname in -е in another case` in the case the words around gave (`Интервью Франсуа Буше`).
  // A surname in `-у`, `-ю` read only in the dative likewise (`Визит Оливье Жиру`: not `жир`'s dative, nor its partitive).
  if (role === 'last' && form !== '*' && genderOf(form) === 'masc' && caseOf(form) !== 'datv' && caseOf(form) !== 'loct' && /[еую]$/.test(word.folded) &&
    word.analyses.some((r) => r.known) && !word.analyses.some((r) => r.known && r.case === caseOf(form) && !r.tags.includes('gen2'))) return word.text;
  // Rule `indeclinable surname ending`: a surname in an ending Russian declines for nobody stands as written (`Зурабе
  // Ломидзе`, not `Ломидз`; name-particles.json indeclinableSurnameEndings).
  if (role === 'last' && INDECLINABLE_SURNAME_ENDINGS.some((ending) => word.folded.length > ending.length + 1 && word.folded.endsWith(ending))) return word.text;
  // A man's surname is read so before his other rules, which would take `-е` for a consonant stem's; a woman's after the
  // guesser's, which reads her adjective surnames (`Поклонской`, `Непомнящей`).
  const nounSurname = role === 'last' ? iaSurnameNominative(word, form) ?? (form !== '*' && genderOf(form) === 'masc' ? aNounSurnameNominative(word, first, form) : undefined) : undefined;
  if (nounSurname !== undefined) return nounSurname;
  const womanSurname = role === 'last' && form !== '*' && genderOf(form) === 'femn';
  // A woman's surname that ends in a consonant does not decline (`Светланы Алексиевич`, `Ирины Шевчук`, `Елены Черных`).
  if (womanSurname && UNDECLINED_WOMAN_SURNAME.test(word.folded)) return word.text;
  // A surname in a vowel the dictionary reads only as a woman's name's oblique form stands as written (`Майей Санду`, `Майя
  // Санду`: not Санда's accusative; rule `woman's surname read as a name`): no name's oblique form is a surname. Nor is a
  // name's plural, of either gender (`Мейрав Михаэли`: not the plural of Михаэль).
  if (role === 'last' && UNDECLINED_VOWEL_END.test(word.folded) && word.analyses.some((r) => r.known) &&
    word.analyses.every((r) => !r.known || (r.tags.includes('Name') && ((r.gender === 'femn' && r.case !== 'nomn') || r.number === 'plur')))) return word.text;
  // Where nothing fixes the name's form, a word whose every reading is a woman's (`Н. Кротовой`) shows it alone.
  const womanWord = role === 'last' && form === '*' && word.analyses.length > 0 && word.analyses.every((r) => r.gender === 'femn');
  const possessive = womanSurname || womanWord ? womanPossessiveSurname(word) : undefined;
  if (womanWord && possessive !== undefined) return possessive.name;
  if (possessive?.forms.includes(form)) return possessive.name;
  const patronymic = role === 'middle' ? patronymicNominative(word) : undefined;
  if (patronymic !== undefined) return patronymic;
  const accept = partReadings(word, role)!;
  const known = word.analyses.some((r) => r.known);
  if (role === 'last' && form === '*' && !known && manSurnameInOy(word, first)) return word.text;
  const piece = known ? knownNominative(word, role, form, accept, surname) : guessedNominative(word, role, form, accept);
  // Rule `woman's surname in -я, not a soft adjective`: a woman's surname the dictionary lacks in the instrumental `-ей` after a
  // consonant, which its guesser reads as a soft adjective (`Силиней` → `Силиняя`), is a noun in `-я` (`Эвикой Силиней` →
  // `Силиня`, as Latvian `Калниня`, `Озолиня`), as Russian surnames from soft adjectives are next to none.
  if (womanSurname && !known && caseOf(form) === 'ablt' && fold(piece).endsWith('яя') && /[бвгдзклмнпрстфх]ей$/.test(word.folded)) return `${word.text.slice(0, -2)}я`;
  if (womanSurname && !known && !GUESSED_WOMAN_SURNAME_END.test(fold(piece))) return aSurnameNominative(word.text, caseOf(form)) ?? aNounSurnameNominative(word, first, form) ?? word.text;
  return womanSurname && !WOMAN_SURNAME_END.test(fold(piece)) ? aNounSurnameNominative(word, first, form) ?? word.text : piece;
}

/**
 * Rule `man's surname in -ой`: a surname the dictionary lacks in `-ой`, `-ей` that is no possessive's (`-овой`, `-иной`),
 * after a first name with no woman's reading, where nothing fixed the name's form, is a man's nominative as written
 * (`Мариано Рахой`, `Рууд ван Нистелрой`, `Рори Макилрой`), not a woman's oblique form of a surname in `-а` (`Раха`): the
 * two part ways only by the person's gender, which a woman's first name would have shown by agreeing with hers.
 */
function manSurnameInOy(word: Word, first: Word | undefined): boolean {
  if (first === undefined || initialWord(first) || !MAN_NOMINATIVE_OY.test(word.folded) || POSSESSIVE_WOMAN_OBLIQUE.test(word.folded)) return false;
  return !first.analyses.some((r) => r.tags.includes('Name') && r.gender !== 'masc');
}

/** A man's surname's nominative ending that is also a woman's oblique one (`Рахой`, `Финлей`), and a woman's possessive's oblique form. */
const MAN_NOMINATIVE_OY = /[^аеёиоуыэюя][ое]й$/;
const POSSESSIVE_WOMAN_OBLIQUE = /(?:[оеё]в|[иы]н)[ое]й$/;

/**
 * Rule `surname in -ия`: a surname the dictionary lacks in `-ию` or `-ией` is one in `-ия` (`Гахарию`, `Жванией` → `Гахария`,
 * `Жвания`), for a man or a woman, as Russian declines such surnames as `Мария` for both and no nominative ends so; one in
 * `-ии` is, where the name's form is a woman's genitive, dative or locative (`Эки Гамсахурдии`: a man's is read by
 * {@link manNominative}). Undefined for any other word.
 */
function iaSurnameNominative(word: Word, form: Form): string | undefined {
  if (word.analyses.some((r) => r.known) || word.folded.length < 5 || word.text.includes('-')) return undefined;
  const ending = /(?:ию|ией|иею)$/.exec(word.folded)?.[0] ??
    (form !== '*' && genderOf(form) === 'femn' && IA_WOMAN_CASES.has(caseOf(form)) && word.folded.endsWith('ии') ? 'ии' : undefined);
  return ending === undefined ? undefined : `${word.text.slice(0, -ending.length)}${word.text.endsWith(word.text.slice(-ending.length).toLowerCase()) ? 'ия' : 'ИЯ'}`;
}

/** The cases a woman's surname in `-ия` ends in `-ии` (`Гамсахурдии`). */
const IA_WOMAN_CASES: ReadonlySet<string> = new Set(['gent', 'datv', 'loct']);

/**
 * The endings of a noun in `-а` that a surname declining so shows, by case and gender: a woman's in every oblique case
 * (her surname in a consonant does not decline, so `-е` and `-у` are no consonant stem's), a man's in the dative only
 * (`-е`), which no consonant stem takes there; his genitive and instrumental are {@link manNominative}'s, his locative in
 * `-е` is a consonant stem's as well (`о Маске`), and his accusative in `-у` a Hebrew or Portuguese surname's as written
 * as often (`Биньямина Нетаньяху`, `Жозе Мануэла Баррозу`). `-и` only after a velar or a
 * hushing consonant, where Russian writes it for `-ы` (`Бубки`); after others it is an indeclinable surname's (`Мелони`).
 */
const A_NOUN_SURNAME_ENDINGS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  femn: { gent: ['ы', 'и'], datv: ['е'], accs: ['у', 'ю'], ablt: ['ой', 'ою', 'ей', 'ею'], loct: ['е'] },
  masc: { datv: ['е'] },
};

/** Endings of a woman's surname in `-е` that does not decline (`Грибаускайте`; name-particles.json womanIndeclinableEndings). */
const WOMAN_INDECLINABLE_ENDINGS: readonly string[] = particles.womanIndeclinableEndings;

/**
 * Rule `surname declining as a noun in -а`: a surname the dictionary lacks, or knows only as a feminine noun in `-а`/`-я`
 * (`Муха`, `Сорока`), after a first name that declines and shows the name's case, that ends in that case's ending of a
 * noun in `-а`/`-я` after a consonant, is that noun (`Кириллу Бубке`, `Зарину Бубку` → `Бубка`; `Веру Небензю` → `Небензя`),
 * as a name declines as a whole: a first name that declines does not stand beside a surname that only looks declined.
 * Not after a first name that does not decline (`Джузеппе Конте`, `Криштиану Роналду`): a foreign surname in a vowel is
 * as written. The nominative, or undefined when the word is no such form.
 */
function aNounSurnameNominative(word: Word, first: Word | undefined, form: Form): string | undefined {
  if (form === '*' || first === undefined || word.text.includes('-')) return undefined;
  const wordCase = caseOf(form);
  const gender = genderOf(form);
  const endings = A_NOUN_SURNAME_ENDINGS[gender]?.[wordCase];
  if (endings === undefined) return undefined;
  const known = word.analyses.filter((r) => r.known);
  if (known.length > 0 && !known.every((r) => r.pos === 'NOUN' && r.gender === 'femn' && r.number === 'sing' && !r.tags.includes('Name') && /[ая]$/.test(r.lemma))) return undefined;
  if (known.length > 0 && !known.some((r) => r.case === wordCase)) return undefined;
  // A first name the dictionary lacks shows the case by a man's ending (`Сирилу Рамафосе`: rule `first name in its surname's case`).
  const declined = first.analyses.some((r) => r.known && r.tags.includes('Name') && r.case === wordCase && r.gender === gender && r.number === 'sing' && !r.tags.includes('Fixd')) ||
    (gender === 'masc' && wordCase !== 'nomn' && !first.analyses.some((r) => r.known) && manNominative(first.text, wordCase) !== undefined);
  if (!declined) return undefined;
  // As written, not folded: `-ё` is no case ending (`Ниинистё`).
  const ending = endings.find((each) => word.text.toLowerCase().endsWith(each));
  if (ending === undefined) return undefined;
  if (WOMAN_INDECLINABLE_ENDINGS.some((each) => word.folded.endsWith(each))) return undefined;
  const stem = word.text.slice(0, -ending.length);
  const folded = fold(stem);
  if (folded.length < 2 || !CONSONANT_END.test(folded) || /ии$/.test(word.folded)) return undefined;
  // A noun the dictionary knows gives its own nominative's last letter (`Тюре` of `тюря`).
  const lemma = known.find((r) => r.case === wordCase)?.lemma;
  if (lemma !== undefined) return `${stem}${lemma.endsWith('я') ? 'я' : 'а'}`;
  if (ending === 'и' && (!VELAR_OR_HUSHING_END.test(folded) || /[сц]к$|[чщ]$/.test(folded))) return undefined;
  // The soft endings are a noun's in `-я` (`Небензю`, `Небензей`), but after a hushing consonant `-ей` is one in `-а` (`Гущей`).
  const soft = (ending === 'ю' || ending.startsWith('е') && ending.length > 1) && !HUSHING_END.test(folded);
  return `${stem}${soft ? 'я' : 'а'}`;
}

/**
 * The two surnames of a double surname the dictionary does not know whole, each a word of its own
 * (`Салтыкова-Щедрина`: `Салтыкова`, `Щедрина`): Russian declines each half (`Голубкиной-Петровой`),
 * and the dictionary reads only the last; undefined for a single word or a particle's (`аль-Барадеи`).
 */
function doubleSurname(word: Word): Word[] | undefined {
  if (word.analyses.some((r) => r.known)) return undefined;
  return hyphenHalves(word);
}

/**
 * The second half of a double given name whose two halves are names the dictionary reads in a form they share (`Анне-Марии`:
 * `Марии`; the first may also be an indeclinable name, `Анне`), whose readings are the whole name's; undefined when a half does not decline with the other (`Жан-Пьера`).
 */
function decliningGivenHalf(word: Word): Word | undefined {
  const halves = hyphenHalves(word);
  if (halves === undefined) return undefined;
  const accept = PART_READINGS.first!;
  if (!halves.every((half) => half.analyses.some((r) => r.known && accept(r)))) return undefined;
  const forms = agreeingForms(halves.map((half) => ({ word: half, accept })));
  return forms !== null && forms[0] !== '*' ? halves[1] : undefined;
}

/** The two halves of a capitalised word with one hyphen inside (`Анны-Марии`), each a word of its own; undefined for any other word. */
function hyphenHalves(word: Word): Word[] | undefined {
  const text = word.text;
  const hyphen = text.indexOf('-');
  if (hyphen < 2 || hyphen > text.length - 3 || text.indexOf('-', hyphen + 1) >= 0) return undefined;
  if (word.shape !== 'title') return undefined;
  const halves = [text.slice(0, hyphen), text.slice(hyphen + 1)];
  if (!halves.every((half) => shapeOf(half) === 'title')) return undefined;
  let start = word.token.start;
  const tokens = halves.map((half) => {
    const token: Token = { start, end: start + half.length, text: half, kind: 'word' };
    start += half.length + 1;
    return token;
  });
  return toWords(tokens);
}

/** Endings of surnames that decline for nobody (`-дзе`, `-оглу`; name-particles.json indeclinableSurnameEndings). */
const INDECLINABLE_SURNAME_ENDINGS: readonly string[] = particles.indeclinableSurnameEndings;

/** The vowels a foreign man's surname may end in that Russian does not decline it in (`Драги`, `Монти`, `Гонсалвеш`'s `-у`). */
const INDECLINABLE_MAN_END = /[иыоеуюэ]$/;

/** A woman's surname as written when it ends in a consonant or `ь`: Russian declines no such surname of a woman's. */
const UNDECLINED_WOMAN_SURNAME = /[бвгджзклмнпрстфхцчшщь]$/;

/**
 * The nominative of a word the dictionary knows, in the name's form. A man's surname or second name the dictionary
 * knows only as a common word of another form (`Брэду Питту`: `питту` is only the accusative of `питта`) is
 * declined as a man's name by the ending the text shows ({@link manNominative}: `Питт`), as for a word it lacks.
 */
function knownNominative(word: Word, role: 'first' | 'middle' | 'last', form: Form, accept: Accept, surname?: Word): string {
  if (role === 'first') {
    const listed = form === '*' ? undefined : listedWomanName(word) ?? listedManName(word, surname);
    if (listed?.forms.includes(form)) return listed.name;
    // In the nominative a given name with no nominative reading is its own normal form (rule `name as written after a
    // nominative title`: `Данилу`, not Данил's dative).
    if (form !== '*' && caseOf(form) === 'nomn' && !word.analyses.some((r) => accept(r) && r.case === 'nomn')) return word.text;
    const reading = firstNameReading(word, form);
    // A second given name the dictionary knows only as a common word (`Фрэнсиса Форда Копполы`) declines as a man's name.
    if (reading === undefined && form !== '*' && genderOf(form) === 'masc') return manNominative(word.text, caseOf(form)) ?? word.text;
    return nominativeOf(word, reading);
  }
  if (form !== '*' && genderOf(form) === 'masc' && !word.analyses.some((r) => accept(r) && r.case === caseOf(form) && (r.gender === undefined || r.gender === 'masc' || r.gender === 'ms-f'))) {
    const man = manNominative(word.text, caseOf(form));
    if (man !== undefined) return man;
    // A man's surname in a vowel but `-а`/`-я` does not decline: a common word's with no singular reading in the name's
    // case is one written as it stands (`Марио Драги выступил`: no nominative of `драга`; but `к Фелипе Массе` of `Масса`).
    if (role === 'last' && INDECLINABLE_MAN_END.test(word.folded) && !word.analyses.some((r) => SURNAME_READING(r) || (accept(r) && r.case === caseOf(form)))) return word.text;
    // Rule `man's surname in the nominative as written`: in the nominative a name is its own normal form, so a surname the
    // dictionary knows only as common words' oblique forms stands as written (`Хавьер Милей`: not `миля`'s instrumental).
    if (role === 'last' && caseOf(form) === 'nomn' && !word.analyses.some(SURNAME_READING)) return word.text;
  }
  // Rule `possessive surname over a common adjective`: a man's surname in `-овым`, `-евым`, `-иным`, `-ыным` that the
  // dictionary knows only as a common adjective (`с Никитой Сомовым`: `сомовый`, of the fish) is a possessive surname's
  // instrumental (`Сомов`), as Russian surnames in `-ов`/`-ин` are many and adjective ones in `-овый`/`-иный` very few; not
  // one in a stressed `-ой`, a common kind of surname (`с Андреем Луговым` → `Луговой`).
  if (role === 'last' && form !== '*' && genderOf(form) === 'masc' && caseOf(form) === 'ablt' && POSSESSIVE_INSTRUMENTAL.test(word.folded) &&
    !word.analyses.some(SURNAME_READING) && word.analyses.every((r) => !r.known || (r.pos === 'ADJF' && r.key.endsWith('ый')))) return word.text.slice(0, -2);
  // Rule `surname declines as its common word`: a surname with no surname's reading in the name's form is the noun or the
  // adjective it declines as there (`Святослав Голова`, not the genitive of `Голов`; `Надежды Донской` → `Донская`).
  const common = role === 'last' && form !== '*' && !word.analyses.some((r) => accept(r) && r.case === caseOf(form) && (r.gender === genderOf(form) || r.tags.includes('Ms-f') || r.tags.includes('Fixd')))
    ? word.analyses.find((r) => r.known && r.number === 'sing' && r.case === caseOf(form) && !PROPER_GRAMMEMES.some((tag) => r.tags.includes(tag)) &&
      (r.pos === 'NOUN' || (r.pos === 'ADJF' && r.gender === genderOf(form))))
    : undefined;
  // So does rule `stressed adjective surname` (stressedDoublet).
  if (common !== undefined) return nominativeOf(word, stressedDoublet(word, common));
  // Rule `man's name in -а as a woman's surname` (rules.ts): it declines as the name (`с Лейлой Насруллой` → `Насрулла`).
  const manName = role === 'last' && form !== '*' && genderOf(form) === 'femn'
    ? word.analyses.find((r) => r.known && r.tags.includes('Name') && r.gender === 'masc' && r.number === 'sing' && r.case === caseOf(form) && /[ая]$/.test(r.lemma))
    : undefined;
  if (manName !== undefined) return nominativeOf(word, manName);
  const reading = readingIn(word, form, accept);
  // A guess that reads the word as another, shorter one (`Йовович` as `вич`) gives no form of the name: the word stays.
  if (reading && !reading.known && !keepsStem(word.text, nominative(reading) ?? '')) return word.text;
  return nominativeOf(word, role === 'last' && reading !== undefined ? stressedDoublet(word, reading) : reading);
}

/**
 * Rule `stressed adjective surname`: where the dictionary reads a surname's form as both an adjective in `-ый` and one in
 * `-ой` of the same stem (`Мостового`: мостовый, мостовой), the surname is the one in `-ой` (`Мостовой`, `Луговой`), as
 * surnames keep the stressed ending of the word they come from and the `-ый` doublet is a rarer spelling of it. The
 * reading in `-ой` in the same form, else the reading given.
 */
function stressedDoublet(word: Word, reading: WordAnalysis): WordAnalysis {
  if (!reading.known || reading.pos !== 'ADJF' || !reading.key.endsWith('ый')) return reading;
  const key = `${reading.key.slice(0, -2)}ой`;
  return word.analyses.find((r) => r.known && r.pos === 'ADJF' && r.key === key && r.case === reading.case && r.gender === reading.gender && r.number === reading.number) ?? reading;
}

/**
 * The stems a patronymic declines from, with the case endings they take: a woman's in `-овн-`, `-евн-`, `-ичн-`
 * (`Васильевн-ой` → `Васильевна`, `Ильиничн-е` → `Ильинична`), a man's in `-ич` (`Петрович-а` → `Петрович`).
 */
const PATRONYMIC_ENDINGS: readonly { stem: string; endings: readonly string[]; nominative: string }[] = [
  { stem: 'вн', endings: ['ы', 'е', 'у', 'ой', 'ою', 'а'], nominative: 'а' },
  { stem: 'ичн', endings: ['ы', 'е', 'у', 'ой', 'ою', 'а'], nominative: 'а' },
  { stem: 'ич', endings: ['а', 'у', 'ем', 'е', ''], nominative: '' },
];

/**
 * The nominative of a patronymic, from its regular stem (`Васильевной` → `Васильевна`): a patronymic declines
 * regularly, and the dictionary's nominative may spell the father's name another way (`Василиевна`); undefined
 * when the word is no patronymic by the dictionary or by its stem.
 */
function patronymicNominative(word: Word): string | undefined {
  if (!word.analyses.some((r) => r.known && r.tags.includes('Patr'))) return undefined;
  const folded = word.folded;
  for (const { stem, endings, nominative: ending } of PATRONYMIC_ENDINGS) {
    for (const each of endings) {
      if (folded.length > stem.length + each.length + 2 && folded.endsWith(stem + each)) return word.text.slice(0, word.text.length - each.length) + ending;
    }
  }
  return undefined;
}

let familyNouns: ReadonlySet<string> | undefined;

/** A noun right before the name that names a family or a couple (`супруги`, `братьев`, `семья`; data/gazetteer/family-words.json). */
function familyBefore({ before }: NameContext): boolean {
  const previous = before.at(-1);
  if (!previous || !commonWordBefore(before)) return false;
  familyNouns ??= foldedSet(familyWords.words);
  return previous.analyses.some((r) => r.known && r.pos === 'NOUN' && familyNouns!.has(r.key));
}

/**
 * The surname of a family or a couple named in the plural after a word for them (`супруги Клинтоны`, `семью Ивановых`):
 * the dictionary's lemma, the man's singular nominative (`Клинтон`, `Иванов`), as a person's surname is given;
 * undefined when the word has a singular surname reading or the dictionary knows no plural one.
 */
function familyName(word: Word): string | undefined {
  if (word.analyses.some(SURNAME_READING)) return undefined;
  const plural = word.analyses.find((r) => r.known && r.tags.includes('Surn') && r.number === 'plur');
  return plural && restoreSpelling(word.text, plural.lemma);
}

/**
 * Rule `woman's surname the dictionary lacks`: how one that declines ends in the nominative, as a Russian woman's surname
 * does (`Габдрахманова`, `Касаткина`, `Навальная`); a foreign one in a vowel stays as written (`Моники Беллуччи`, not
 * `Беллучча`, the nominative a guess from the ending would give).
 */
const GUESSED_WOMAN_SURNAME_END = /(?:[оеё]в|[иы]н|ск|цк)а$|[ая]я$/;

/**
 * Rule `woman's foreign surname in -а`: a woman's surname the dictionary lacks written with `-ы` in the genitive or `-ой`
 * in the instrumental, endings no foreign surname has as written, declines as a noun in `-а` (`Роберты Метсолы` →
 * `Метсола`, `с Джессикой Альбой` → `Альба`); undefined for any other ending, which stays as written (`Моники Беллуччи`).
 */
function aSurnameNominative(text: string, wordCase: string): string | undefined {
  const ending = A_SURNAME_ENDINGS[wordCase]?.find((each) => fold(text).endsWith(each));
  const stem = ending === undefined ? '' : text.slice(0, -ending.length);
  return stem.length >= 2 && CONSONANT_END.test(fold(stem)) ? `${stem}а` : undefined;
}

/** The endings of a noun in `-а` that no surname has as written, by case (`Метсол-ы`, `Метсол-ой`). */
const A_SURNAME_ENDINGS: Readonly<Record<string, readonly string[]>> = { gent: ['ы'], ablt: ['ой', 'ою'] };

/** How a woman's surname that declines ends in the nominative (`Иванова`, `Гарсия`, `Поклонская`). */
const WOMAN_SURNAME_END = /[ая]$/;

/**
 * The reading of a first name in the name's form; of several there, the reading of a common name
 * (`Анне Смирновой`: the dative of Анна, not the indeclinable Анне).
 */
function firstNameReading(word: Word, form: Form): WordAnalysis | undefined {
  return commonNameReading(word, form) ?? readingIn(word, form, PART_READINGS.first!);
}

/** The reading of a common first name (common-first-names.json) that a word has in a form, if any. */
function commonNameReading(word: Word, form: Form): WordAnalysis | undefined {
  if (form === '*') return undefined;
  const commonNames = gazetteer().commonFirstNames;
  const gender = genderOf(form);
  if (gender !== 'masc' && gender !== 'femn') return undefined;
  const accept = PART_READINGS.first!;
  return word.analyses.find((r) => accept(r) && r.case === caseOf(form) && (r.gender === gender || r.gender === 'ms-f') && commonNames[gender].has(r.key));
}

/**
 * The nominative of a part the dictionary lacks, in a form the rest of the name fixes; as written when
 * nothing fixes it, since a foreign name is often indeclinable (`Масахару` is no dative of `Масахар`).
 * A man's name in an oblique case loses the case ending the text shows ({@link manNominative}:
 * `Реджепа Тайипа Эрдогана` → `Тайип`); otherwise a guessed reading in that case, when the guess keeps
 * the word's stem (`Джеймса Хокинса` → `Хокинс`), a surname in `-ский`/`-цкий` read as the adjective it is
 * (`Натальи Поклонской` → `Поклонская`, not `Поклонска`).
 */
function guessedNominative(word: Word, role: string, form: Form, accept: Accept): string {
  if (form === '*') return (role === 'last' ? adjectiveSurnameNominative(word) : undefined) ?? word.text;
  // Rule `adjective surname in the dative`: a man's surname in `-ому`, `-ему` is an adjective's dative (`Юрию Ушацкому` →
  // `Ушацкий`), not a noun's stem in `-ом` with the ending `-у` (`Ушацком`).
  const adjective = role === 'last' && genderOf(form) === 'masc' ? adjectiveSurnameByEnding(word, caseOf(form)) : undefined;
  if (adjective !== undefined) return adjective;
  const adjectiveDative = role === 'last' && caseOf(form) === 'datv' && /[ое]му$/.test(word.folded);
  const man = genderOf(form) === 'masc' && !adjectiveDative ? manNominative(word.text, caseOf(form)) : undefined;
  if (man !== undefined) return man;
  const inCase = word.analyses.filter((r) => accept(r) && r.case === caseOf(form) && (r.gender === undefined || r.gender === genderOf(form) || r.gender === 'ms-f'));
  const reading = (role === 'last' ? inCase.find((r) => ADJECTIVE_SURNAME.test(r.key)) : undefined) ?? inCase[0];
  if (!reading) return word.text;
  const guess = nominative(reading);
  if (guess === null || doubledVowelDropped(word.text, guess)) return word.text;
  if (keepsStem(word.text, guess)) return restoreSpelling(word.text, guess);
  const prefixed = reading.pos === 'ADJF' || reading.pos === 'PRTF' ? prefixRestored(word.text, guess) : undefined;
  return prefixed === undefined ? word.text : restoreSpelling(word.text, prefixed);
}

/** A man's adjective endings by case, hard and soft (`Кульбашн-ого`, `Син-его`, `Драпат-ым`), as a man's adjective surname takes them. */
const ADJECTIVE_MAN_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  gent: ['ого', 'его'], accs: ['ого', 'его'], datv: ['ому', 'ему'], ablt: ['ым', 'им'], loct: ['ом', 'ем'],
};

/**
 * Rule `adjective surname by its ending`: a man's surname the dictionary lacks that its guesser reads as an adjective in the
 * name's case, and that ends in that case's adjective ending, is the nominative that, declined as an adjective, gives the
 * text again: `-ый` after a hard ending (`Ярослава Кульбашного` → `Кульбашный`, `с Михаилом Драпатым` → `Драпатый`), `-ий`
 * after a soft one or a velar or hushing consonant (`Синего` → `Синий`, `Ломкого` → `Ломкий`), where the guesser's own
 * nominative may take the wrong one (`Кульбашний`) or a noun's (`Драпат`). Not a possessive surname's instrumental in `-ым`
 * (`Кротовым`), which is a noun's; undefined when the word is no such form.
 */
function adjectiveSurnameByEnding(word: Word, wordCase: string): string | undefined {
  if (word.analyses.some((r) => r.known) || !word.analyses.some((r) => (r.pos === 'ADJF' || r.pos === 'PRTF') && r.case === wordCase && r.gender === 'masc')) return undefined;
  for (const ending of ADJECTIVE_MAN_ENDINGS[wordCase] ?? []) {
    if (!word.folded.endsWith(ending)) continue;
    const stem = word.text.slice(0, -ending.length);
    const folded = fold(stem);
    if (folded.length < 3 || !CONSONANT_END.test(folded) || POSSESSIVE_SURNAME.test(folded)) return undefined;
    const soft = ending.startsWith('е') || ending.startsWith('и') || VELAR_OR_HUSHING_END.test(folded);
    return `${stem}${soft ? 'ий' : 'ый'}`;
  }
  return undefined;
}

/**
 * Rule `doubled vowel as written`: a name the dictionary lacks that ends in a doubled vowel (`аль-Шараа`, `Ньяруу`) is
 * written so, not the case form of one that ends in the vowel once (`аль-Шара`, a guess): no Russian case ending repeats
 * the vowel a noun ends in.
 */
function doubledVowelDropped(text: string, guess: string): boolean {
  const folded = fold(text);
  return /([аеиоуыэюя])\1$/.test(folded) && fold(guess) === folded.slice(0, -1);
}

/**
 * Rule `participle surname`: the guesser reads a surname it lacks as a known word's participle or adjective after a prefix it
 * drops (`Непомнящим`: `помнящий`, of `помнить` after `не`); the surname is that nominative with the prefix the text shows
 * (`Непомнящий`), as a surname is one word; undefined when the text holds no such prefix before the nominative's stem.
 */
export function prefixRestored(text: string, guess: string): string | undefined {
  const folded = fold(text);
  const stem = fold(guess).slice(0, -2);
  if (stem.length < 3) return undefined;
  const at = folded.indexOf(stem);
  // The prefix is a few letters, and what follows the stem in the text is the case ending only.
  if (at < 1 || at > 4 || folded.length - (at + stem.length) > 3) return undefined;
  return folded.slice(0, at) + fold(guess);
}

/** The cases whose adjective endings no noun surname has as written (`-ого`, `-ому`): those a surname alone is read by. */
const ADJECTIVE_SURNAME_CASES: ReadonlySet<string> = new Set(['gent', 'accs', 'datv']);

/** A surname that declines as an adjective (`Поклонский`, `Высоцкий`). */
const ADJECTIVE_SURNAME = /[сц]кий$/;

/**
 * A surname the dictionary lacks, where nothing else fixes its form, in the nominative its guessed readings all
 * give: a man's in `-ский`/`-цкий` by its adjective readings (`Зеленского` → `Зеленский`), whose ending is a man's
 * in any case it may be in (a woman's in the nominative is as written), and any by its surname readings
 * (`Габдрахмановой` → `Габдрахманова`); undefined when the readings give none or several.
 */
function adjectiveSurnameNominative(word: Word): string | undefined {
  // A pure function of the form (its text and readings), asked at every mention of the name: answered once per form.
  let answer = adjectiveSurnames.get(word.analyses);
  if (answer === undefined) adjectiveSurnames.set(word.analyses, (answer = readingsSurnameNominative(word) ?? null));
  return answer ?? undefined;
}

/** The answers of {@link adjectiveSurnameNominative} by the form's readings (one list per form). */
const adjectiveSurnames = new WeakMap<readonly WordAnalysis[], string | null>();

function readingsSurnameNominative(word: Word): string | undefined {
  const found = new Set<string>();
  // Guessed surname readings count when all are a woman's in an oblique case (`Алсу Габдрахмановой` → `Габдрахманова`),
  // an ending no man's surname has; not when one may be a man's, which may be a foreign surname as written (`Гете`).
  const surnames = word.analyses.filter((reading) => !reading.known && reading.number === 'sing' && reading.tags.includes('Surn'));
  const woman = surnames.length > 0 && surnames.every((reading) => reading.gender === 'femn' && reading.case !== 'nomn');
  // So do a man's in the instrumental in `-ым`/`-им` (`с Радевым` → `Радев`), which no surname ends in as written.
  const man = surnames.length > 0 && /[ыи]м$/.test(word.folded) && surnames.every((reading) => reading.gender === 'masc' && reading.case === 'ablt');
  for (const reading of word.analyses) {
    if (reading.known || reading.number !== 'sing') continue;
    if ((woman || man) && reading.tags.includes('Surn')) {
      const guess = nominative(reading);
      if (guess !== null && keepsStem(word.text, guess)) found.add(restoreSpelling(word.text, guess));
      continue;
    }
    if (reading.pos !== 'ADJF' || reading.gender !== 'masc' || reading.case === 'loct') continue;
    // A surname alone in an adjective's case ending is that adjective (rule `adjective surname by its ending`: `от Драпатого`).
    const byEnding = ADJECTIVE_SURNAME_CASES.has(reading.case!) ? adjectiveSurnameByEnding(word, reading.case!) : undefined;
    if (byEnding !== undefined) {
      found.add(byEnding);
      continue;
    }
    const guess = nominative(reading);
    // The word is the adjective's stem with an ending (`Зеленск|ого`), not a guess that adds letters (`Вучич` is no `Вучический`).
    const stem = guess?.slice(0, -2);
    if (guess !== null && ADJECTIVE_SURNAME.test(guess) && keepsStem(word.text, guess) && fold(word.text).startsWith(fold(stem!))) {
      found.add(restoreSpelling(word.text, guess));
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The endings a man's name takes in each oblique case, after a hard consonant (`Тайип-а`, `Ын-ом`) and
 * after `ь` or `й`, which the ending replaces (`Мигел-я` of `Мигель`, `Андре-ем` of `Андрей`), and for a
 * man's name in `-а` the endings that replace its `а` and that no indeclinable name ends in (`Солан-ы`,
 * `Солан-ой` of `Солана`; not `-и`, since `Судзуки` is no genitive), and for one in `-я` its instrumental (`Небенз-ей`).
 */
const MAN_ENDINGS: Record<string, { hard: readonly string[]; soft: readonly string[]; feminine: readonly string[]; softFeminine?: string }> = {
  gent: { hard: ['а'], soft: ['я'], feminine: ['ы'] },
  accs: { hard: ['а'], soft: ['я'], feminine: [] },
  datv: { hard: ['у'], soft: ['ю'], feminine: [] },
  ablt: { hard: ['ом', 'ем'], soft: ['ем'], feminine: ['ой'], softFeminine: 'ей' },
  loct: { hard: ['е'], soft: [], feminine: [] },
};

/** A consonant at a word's end (no `й`): a man's name or surname in the nominative ends so (`Никол`, `Вагнер`), as does a woman's surname that does not decline. */
export const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/;
/** The vowels a woman's surname that does not decline ends in (`Санду`, `Шидло`, `Руссо`, `Мелони`). */
export const UNDECLINED_VOWEL_END = /[иоуэею]$/;
/** After these a hard stem takes `-ем` in the instrumental (`Шульц-ем`); after others `-ем` is a soft stem's. */
const HUSHING_END = /[жшчщц]$/;

/**
 * A man's name the text gives in an oblique case, without the case ending: the nominative that, declined
 * into that case, gives the text (`Тайипа` → `Тайип`, `Мигеля` → `Мигель`, `Андреем` → `Андрей`); undefined
 * when the text does not end in an ending of that case after a fitting stem (`Масахару` in the genitive).
 */
export function manNominative(text: string, wordCase: string): string | undefined {
  const endings = MAN_ENDINGS[wordCase];
  // No case ending is `-ё`, which folding would read as `-е` (`о Саули Ниинистё`).
  if (!endings || /ё$/i.test(text)) return undefined;
  const folded = fold(text);
  // The stem before an ending, folded: the folded text's start where folding kept the text's length, as it does a name's
  // letters (no new string to fold, and none kept by fold's memory, for each ending tried).
  const foldedStem = (ending: string): string =>
    folded.length === text.length ? folded.slice(0, folded.length - ending.length) : fold(text.slice(0, -ending.length));
  for (const ending of endings.hard) {
    const stem = text.slice(0, -ending.length);
    if (!folded.endsWith(ending) || stem.length < 2 || !CONSONANT_END.test(foldedStem(ending))) continue;
    if (ending === 'ем' && !HUSHING_END.test(foldedStem(ending))) continue;
    return stem;
  }
  for (const ending of endings.feminine) {
    const stem = text.slice(0, -ending.length);
    if (folded.endsWith(ending) && stem.length >= 2 && CONSONANT_END.test(foldedStem(ending))) return `${stem}а`;
  }
  for (const ending of endings.soft) {
    const stem = text.slice(0, -ending.length);
    // No noun's soft stem ends in `ь` before its ending (`Коэлью` is no dative of a `Коэль`, which would be `Коэлю`).
    if (!folded.endsWith(ending) || stem.length < 2 || /[ьъ]$/.test(foldedStem(ending))) continue;
    return stem + (/[аеёиоуыэюя]$/.test(foldedStem(ending)) ? 'й' : 'ь');
  }
  // A man's name in `-я` (`Небензя`, `Зозуля`) takes `-ей` in the instrumental, which follows no consonant in a nominative;
  // after a hushing consonant it is the `-а` of `Гуща`.
  const softFeminine = endings.softFeminine;
  if (softFeminine !== undefined && folded.endsWith(softFeminine) && folded.length > softFeminine.length + 2) {
    const stem = text.slice(0, -softFeminine.length);
    if (CONSONANT_END.test(foldedStem(softFeminine))) return stem + (HUSHING_END.test(foldedStem(softFeminine)) ? 'а' : 'я');
  }
  // A man's name in `-ия` declines as `Мария` does (`Зураба Чантурии`, `с Гией`).
  const ia = IA_ENDINGS[wordCase];
  if (ia !== undefined && folded.length > ia.length && folded.endsWith(ia)) return `${text.slice(0, -ia.length)}${text.endsWith(ia) ? 'ия' : 'ИЯ'}`;
  return undefined;
}

/** The endings of a name in `-ия` by case, which replace that `-ия` (`Чантури-и`, `Чантури-ю`, `Чантури-ей`). */
const IA_ENDINGS: Record<string, string> = { gent: 'ии', datv: 'ии', accs: 'ию', ablt: 'ией', loct: 'ии' };

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

/**
 * Rule `surname's other nominatives`: the nominatives other than the one taken that the surname of a full name may have in
 * the name's case and gender, so that another form of the name in the document settles it (see `settleSurname` in
 * link.ts): the dictionary's other surnames in that form (`Ирины Яровой`: `Ярова` or `Яровая`), and for a man's surname
 * left as written in a case a noun in `-а`, `-я` shows by its ending, the nominatives that declined into that case give
 * the text again (`Андрею Сикиле`: `Сикила`, `Сикиля`; `Андрея Сикили`: `Сикиля`), as an indeclinable surname ends so
 * too (`Каддафи`). Empty when the name's form is unknown or nothing else fits.
 */
function fullNameSurnameAlternatives(word: Word, chosen: string, form: Form): string[] {
  if (form === '*') return [];
  const wordCase = caseOf(form);
  const gender = genderOf(form);
  const found = new Set<string>();
  for (const reading of word.analyses) {
    if (!reading.known || !SURNAME_READING(reading) || reading.case !== wordCase || (reading.gender !== gender && reading.gender !== 'ms-f')) continue;
    const other = nominative(reading);
    if (other !== null) found.add(restoreSpelling(word.text, other));
  }
  // A man's, or a woman's foreign one, left as written in an ending a noun in `-а`, `-я` declines into (`Роберте Метсоле`).
  // So may one read as such a noun, which may be the other of the two or one that does not decline (`Андрею Сикиле` →
  // `Сикила`: `Сикиля`, `Сикиле`; rule `surname declining as a noun in -а`).
  const nouns = aNounNominatives(word.text, wordCase);
  const asWritten = fold(chosen) === word.folded;
  if ((gender === 'masc' || gender === 'femn') && (asWritten || nouns.some((each) => fold(each) === fold(chosen))) && !word.analyses.some((r) => r.known && SURNAME_READING(r))) {
    for (const other of nouns) found.add(other);
    if (!asWritten) found.add(word.text);
  }
  // Rule `undeclined surname in view`: a man's surname the dictionary lacks whose vowel the name's case took for an ending
  // (`Биньямину Нетаньяху` → `Нетаньях`) may be one that does not decline, written so in every case: the text is another
  // nominative, which a later mention in the nominative settles (`Нетаньяху ответил`).
  const stripped = word.folded.slice(fold(chosen).length);
  if (gender === 'masc' && !word.analyses.some((r) => r.known) && word.folded.startsWith(fold(chosen)) && /^[аеуюя]$/.test(stripped)) found.add(word.text);
  found.delete(chosen);
  return [...found];
}

/**
 * The endings of a noun in `-а` and in `-я` by case (`Бубк-и`, `Метсол-ы`, `Сикил-е`, `Небенз-ей`): the nominative a
 * surname declined as such a noun has, for each ending it shows.
 */
const A_NOUN_ENDINGS: Readonly<Record<string, readonly (readonly [ending: string, nominative: 'а' | 'я'])[]>> = {
  gent: [['ы', 'а'], ['и', 'а'], ['и', 'я']],
  datv: [['е', 'а'], ['е', 'я']],
  accs: [['у', 'а'], ['ю', 'я']],
  ablt: [['ой', 'а'], ['ою', 'а'], ['ей', 'а'], ['ей', 'я'], ['ею', 'я']],
  loct: [['е', 'а'], ['е', 'я']],
};

const VELAR_OR_HUSHING_END = /[гкхжшчщ]$/;

/** The nominatives in `-а`, `-я` that, declined as a noun, give the text in the case (`Сикиле`, dative: `Сикила`, `Сикиля`). */
function aNounNominatives(text: string, wordCase: string): string[] {
  const folded = fold(text);
  const found: string[] = [];
  for (const [ending, vowel] of A_NOUN_ENDINGS[wordCase] ?? []) {
    const stem = folded.slice(0, -ending.length);
    if (!folded.endsWith(ending) || stem.length < 3 || !CONSONANT_END.test(stem)) continue;
    // Russian spelling: `-ы` never follows a velar or hushing consonant, `-и` of a noun in `-а` only follows one.
    if (vowel === 'а' && ending === 'ы' && VELAR_OR_HUSHING_END.test(stem)) continue;
    if (vowel === 'а' && ending === 'и' && !VELAR_OR_HUSHING_END.test(stem)) continue;
    // `-ей` is the instrumental of a noun in `-а` after a hushing consonant (`Гущ-ей`), of one in `-я` after any other.
    if (ending === 'ей' && (vowel === 'а') !== HUSHING_END.test(stem)) continue;
    found.push(text.slice(0, -ending.length) + vowel);
  }
  return found;
}

/** The case and gender the name is read in: what its parts agree in, narrowed by the words around it, the likeliest first. */
function nameForm(words: readonly Word[], roles: readonly (string | undefined)[], context: NameContext, depth = 0, choice?: { other?: Form }): Form {
  const named = words.flatMap((each, i) => {
    // A double surname agrees by its last half, the one whose readings the dictionary may have.
    // A double given name whose halves both decline agrees by them (`Анну-Марию`: both the accusative of a woman's name).
    const givenHalf = roles[i] === 'first' ? decliningGivenHalf(each) : undefined;
    if (givenHalf !== undefined) return [{ word: givenHalf, accept: PART_READINGS.first! }];
    const word = roles[i] === 'last' ? (doubleSurname(each)?.at(-1) ?? each) : each;
    // Rule `case shown after a particle`: a surname after a particle that the dictionary knows as a man's common noun in
    // an oblique form shows the name's case by that noun's ending (`Вирджила ван Дейка`: `дейк`'s genitive), as a name
    // with a particle is a foreign man's or woman's whose surname declines for a man only.
    if (roles[i] === 'last' && roles[i - 1] === 'particle' && !each.analyses.some(SURNAME_READING) && obliqueManNoun(each)) return [{ word: each, accept: MAN_NOUN_READING }];
    const accept = partReadings(word, roles[i]);
    // A surname the dictionary knows only as a common word (`Бут`) says nothing of the person's gender; but rule `adjective
    // surname agrees`: one it knows only as an adjective does, as such a surname declines as the adjective for a man and a
    // woman alike (`о Вадиме Луговом`: a man's locative, not a woman Вадима's).
    if (roles[i] === 'last' && accept !== SURNAME_READING && adjectiveOnly(word)) return [{ word, accept: ADJECTIVE_SURNAME_READING }];
    if (!accept || (roles[i] === 'last' && accept !== SURNAME_READING)) return [];
    const woman = roles[i] === 'first' ? listedWomanName(word) ?? softWomanName(word) ?? listedManName(word, words[roles.indexOf('last')]) :
      roles[i] === 'last' ? womanPossessiveSurname(word) : undefined;
    // Rule part `surname declines as its common word` (rules.ts): a surname's case may be that of the noun or adjective it is.
    const common = roles[i] === 'last' && accept === SURNAME_READING ? commonWordForms(word) : [];
    return [woman || common.length > 0 ? { word, accept, also: [...woman?.forms ?? [], ...common] } : { word, accept }];
  });
  let forms = agreeingForms(named);
  if (forms === null) return '*';
  const listed = words.map((word, i) => (roles[i] === 'first' ? listedFirstName(word) : undefined)).find(Boolean);
  const shown = listed && listedNameForms(listed);
  // A listed name as written, beside a surname whose ending shows an oblique case, stands undeclined (`с Никол Пашиняном`).
  const bySurname = forms[0] === '*' && listed !== undefined && listed.ending === '' ? guessedSurnameForm(words, roles, context) : undefined;
  if (bySurname !== undefined) return bySurname;
  if (shown) forms = forms[0] === '*' ? shown : narrow(forms, (form) => shown.includes(form));
  if (forms[0] === '*') return contextForm(words, roles, context, depth, choice);
  // Rule part `man's given name in -ье` (partNominative): a first name in `-ье` read only as a woman's dative or locative
  // (`Оливье`: Оливья's) where the words around allow neither case (`Оливье Жиру забил`, `Визит Оливье Жиру`) is a French man's
  // that does not decline, in the case they give: a woman's name in those cases cannot stand there. Not a common woman's name
  // (`Письмо Наталье Ивановой`: a noun before may take her dative too).
  const firstAt = roles.indexOf('first');
  if (firstAt >= 0 && words[firstAt]!.folded.endsWith('ье') && commonNameReading(words[firstAt]!, 'datv/femn') === undefined && forms.every((form) => form !== '*' && genderOf(form) === 'femn' && (caseOf(form) === 'datv' || caseOf(form) === 'loct'))) {
    const around = contextCases(context);
    if (around.length > 0 && around.every((c) => c !== 'datv' && c !== 'loct')) return `${around[0]}/masc`;
  }
  // Rule part `case shown by a guessed surname` (guessedSurnameForm) where the first name leaves several forms open, as one that
  // does not decline does (`по словам Сауле Омаровой`: the surname's genitive, not a nominative `Омаровой`).
  if (forms.length > 1) {
    const bySurnameToo = guessedSurnameForm(words, roles, context);
    if (bySurnameToo !== undefined && forms.includes(bySurnameToo)) return bySurnameToo;
  }
  const surname = words[roles.indexOf('last')];
  if (surname && undeclinedSurname(surname)) forms = narrow(forms, (form) => caseOf(form) === 'nomn' || genderOf(form) === 'femn');
  // Rule `woman's adjective surname the dictionary lacks`: a surname in `-ская`, `-ской`, `-скую` (`-цкая` …) that the
  // dictionary lacks and its guesser reads only as a feminine adjective is a woman's (`Валерии Новодворской`: not the
  // locative of Валерий, whose surname would be `Новодворском`), as a man's takes `-ский`, `-ского`, `-скому`.
  if (surname && womanAdjectiveSurname(surname)) forms = narrow(forms, (form) => genderOf(form) === 'femn');
  // Rule `woman's name as written`: a word read as a listed man's name in an oblique case before a surname the dictionary
  // lacks that would decline with his but stays as written (`Никола Стерджен`: Никол's genitive would need `Стерджена`) is a
  // woman's name as written, in the case the words around give, else the nominative.
  if (shown && surname && undeclinedSurname(surname) && !surname.analyses.some((r) => r.known) &&
    forms.every((form) => genderOf(form) === 'masc' && caseOf(form) !== 'nomn' && manNominative(surname.text, caseOf(form)) === undefined)) {
    return `${contextCases(context)[0] ?? 'nomn'}/femn`;
  }
  const second = words[roles.indexOf('middle')];
  if (second && surname && !second.analyses.some(PART_READINGS.middle!)) forms = narrow(forms, (form) => secondNameShows(second, surname, form));
  const partner = depth < PARTNER_DEPTH ? coordinatedPartnerForm(context, depth) : undefined;
  if (partner !== undefined && partner !== '*') forms = narrow(forms, (form) => caseOf(form) === caseOf(partner));
  // Rule `owner before a name` (rules.ts): a surname alone right before a given name that opens another person's name is
  // the owner of the title before it, in the genitive (`Адвокат Кузнецова Анна Петрова`), not the title's holder.
  if (words.length === 1 && roles[0] === 'last' && context.after?.shape === 'title' && context.after.analyses.some((r) => r.known && r.tags.includes('Name'))) {
    const owner = narrow(forms, (form) => caseOf(form) === 'gent');
    if (owner.length > 0 && owner[0] !== '*') forms = owner;
  } else forms = narrowByContext(forms, context);
  // Rule `undeclined surname after a nominative title`: after a title only a nominative can be (`Тренер Ги Буше`), a surname
  // in `-е` read only as a man's dative or locative (`Буше` of `Буш`) is a foreign one that does not decline, written in the
  // nominative: the name is the title's apposition, in its case, and an owner after a title would be a genitive.
  const last = words[roles.indexOf('last')];
  const title = titleBefore(context.before);
  const datvOrLoct = last !== undefined && last.folded.endsWith('е') &&
    forms.every((form) => form !== '*' && genderOf(form) === 'masc' && (caseOf(form) === 'datv' || caseOf(form) === 'loct'));
  // A title whose cases are all the nominative's: not a plural one, which has no singular case to give (`министров`).
  const titleNominative = title !== undefined && titleCases(title).length > 0 && titleCases(title).every((c) => c === 'nomn');
  if (datvOrLoct && titleNominative) return 'nomn/masc';
  // Rule `name as written after a nominative title`: after a title only a nominative can be in apposition to, a name all of
  // whose forms are a dative, an accusative, an instrumental or a locative, which no title's complement is in (its owner
  // is a genitive), is in the nominative, its words as written (`Защитник Данилу Перейра`: the Portuguese name read as
  // Данил's dative), in the gender of the verb after it, else of the likelier form.
  if (titleNominative && forms.every((form) => form !== '*' && APPOSITION_FREE_CASES.has(caseOf(form)))) {
    return `nomn/${verbGender(context.after) ?? genderOf(forms[0]!)}`;
  }
  // Rule `undeclined surname in -е in another case`: so is such a surname, after a first name that does not decline or none,
  // where the words around allow only cases other than the dative and the locative it would be read in (`Франсуа Буше
  // заявил`: the nominative; `Интервью Франсуа Буше`: the genitive; `с Франсуа Буше`), in the first of those cases: a name
  // is in the case its place in the sentence gives, and a foreign surname in `-е` does not decline (`Буше`, `Гёте`).
  const firstWord = words[roles.indexOf('first')];
  const around = datvOrLoct && (firstWord === undefined || !firstWord.analyses.some((r) => r.known && r.tags.includes('Name') && !r.tags.includes('Fixd')))
    ? contextCases(context) : [];
  if (around.length > 0 && !around.some((c) => c === 'datv' || c === 'loct')) return `${around[0]}/masc`;
  const firstIndex = roles.indexOf('first');
  const first = firstIndex >= 0 && words[firstIndex]!.text.length > 1 ? words[firstIndex] : undefined;
  const listedMan = first && listedManName(first, surname);
  const ranked = [...forms].sort((a, b) => likelihood(b, first, listedMan) - likelihood(a, first, listedMan));
  if (choice) choice.other = ranked.find((form) => genderOf(form) !== genderOf(ranked[0]!));
  return ranked[0]!;
}

const WOMAN_ADJECTIVE_SURNAME = /[сц]к(?:ая|ой|ую|ою)$/;

/** See the rule `woman's adjective surname the dictionary lacks` in `nameForm`. */
function womanAdjectiveSurname(word: Word): boolean {
  if (!WOMAN_ADJECTIVE_SURNAME.test(word.folded) || word.analyses.some((r) => r.known)) return false;
  const adjectives = word.analyses.filter((r) => r.pos === 'ADJF' && r.number === 'sing');
  return adjectives.length > 0 && adjectives.every((r) => r.gender === 'femn');
}

/**
 * Rule part `surname declines as its common word`: a surname that is a common noun or an adjective the dictionary knows
 * (`Голова`, `Гора`, `Хан`; `Донской`, `Крутой`) declines as that word, whatever surname or name of another lemma the
 * dictionary reads in it too (`Голова` also a woman Голова's nominative, `Хану` a woman Хана's accusative), so the case of
 * the common word's readings is the surname's, a man's or a woman's (a surname's gender is its bearer's, not the noun's).
 */
export function commonWordForms(word: Word): Form[] {
  const forms: string[] = [];
  for (const r of word.analyses) {
    if (!r.known || r.number !== 'sing' || r.case === undefined || PROPER_GRAMMEMES.some((tag) => r.tags.includes(tag))) continue;
    if (r.pos === 'NOUN') forms.push(`${r.case}/masc`, `${r.case}/femn`);
    else if (r.pos === 'ADJF' && (r.gender === 'masc' || r.gender === 'femn')) forms.push(`${r.case}/${r.gender}`);
  }
  return forms;
}

/** Every reading the dictionary knows of the word is a singular adjective's or participle's (`Луговом`, `Красной`). */
const adjectiveOnly = (word: Word): boolean => word.analyses.some((r) => r.known) &&
  word.analyses.every((r) => !r.known || ((r.pos === 'ADJF' || r.pos === 'PRTF') && r.number === 'sing'));

/** A singular adjective's or participle's reading of a man or a woman: an adjective surname's (not a neuter's). */
const ADJECTIVE_SURNAME_READING: Accept = (r) => (r.pos === 'ADJF' || r.pos === 'PRTF') && r.number === 'sing' && (r.gender === 'masc' || r.gender === 'femn');

/** How many names back a chain of names joined by `и` is followed for its case (`A и B`, `A, B и C`). */
const PARTNER_DEPTH = 2;

/**
 * Rule `coordinated name's case`: a name joined by `и` or `или` to a full name right before it is in that name's case, as
 * words joined so are (`В финал вышли Александра Трусова и Камила Валиева`: both in the nominative; `Встреча Ильдара
 * Гильмутдинова и Рината Фахретдинова`: both in the genitive). The form of the name before, read in its own words around
 * it, or undefined when no name of two or three capitalised words stands there.
 */
function coordinatedPartnerForm({ before }: NameContext, depth: number): Form | undefined {
  if (!coordinatedAfterName(before)) return undefined;
  const conjunction = before.at(-1)!;
  let start = before.length - 1;
  while (start > 0 && before.length - 1 - start < 3 && before[start - 1]!.shape === 'title' && before[start - 1]!.token.kind === 'word' && before[start - 1]!.text.length > 1) start--;
  const partner = before.slice(start, -1);
  if (partner.length < 2 || partner.length > 3 || (start > 0 && before[start - 1]!.shape === 'title')) return undefined;
  const roles = partner.length === 2 ? ['first', 'last'] : ['first', 'middle', 'last'];
  return nameForm(partner, roles, { before: before.slice(0, start), after: conjunction }, depth + 1);
}

const MAN_NOUN_READING: Accept = (reading) => reading.known && reading.pos === 'NOUN' && reading.gender === 'masc' && reading.number === 'sing';

/** A word the dictionary knows only as a man's noun, here in an oblique case its ending shows (`Дейка`, not `Дейк`). */
function obliqueManNoun(word: Word): boolean {
  const known = word.analyses.filter((r) => r.known);
  return known.length > 0 && known.every(MAN_NOUN_READING) && known.every((r) => r.case !== 'nomn' && fold(r.lemma) !== word.folded);
}

/**
 * Rule `second given name's case`: a second given name and a surname that both show a man's oblique case, by their endings or
 * a surname's reading (`Мартина Лютера Кинга`: genitive), put the name in it, not in a woman's name's nominative the first
 * word may also be (`Мартина`).
 */
function secondNameShows(second: Word, surname: Word, form: Form): boolean {
  const wordCase = caseOf(form);
  if (genderOf(form) !== 'masc' || wordCase === 'nomn') return false;
  const surnameShows = manNominative(surname.text, wordCase) !== undefined || surname.analyses.some((r) => SURNAME_READING(r) && r.case === wordCase && r.gender !== 'femn');
  return surnameShows && manNominative(second.text, wordCase) !== undefined;
}

/**
 * Whether a surname ends as a man's would only in the nominative: in a consonant or `ь`, which a man's
 * surname declines from and a woman's keeps (`Кристину Лагард`, `Фриде Эгерт`: she; `Фриде Эгерте`: he).
 * Not `-ых`/`-их`, which no one declines (`Ивана Черных`).
 */
function undeclinedSurname(word: Word): boolean {
  const folded = word.folded;
  return folded.length > 1 && /[бвгджзклмнпрстфхцчшщь]$/.test(folded) && !/[ыи]х$/.test(folded) && !POSSESSIVE_INSTRUMENTAL.test(folded);
}

/** A surname of the possessive kind in the instrumental (`Токаев-ым`, `Путин-ым`): declined, though it ends in a consonant. */
const POSSESSIVE_INSTRUMENTAL = /(?:[оеё]в|[иы]н)ым$/;

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
  const preposition = prepositionBefore(before);
  if (preposition) {
    forms = narrow(forms, (form) => caseOf(form) !== 'nomn');
    // Rule `preposition's case`: a preposition right before the name governs its case (`о Никите Лапине`: the locative, not
    // the dative `Никите` may also be; preposition-cases.json), as a name has no other word to agree with there.
    const governed = PREPOSITION_CASES[preposition.folded];
    if (governed !== undefined) forms = narrow(forms, (form) => governed.includes(caseOf(form)));
  }
  // Rule `no locative without a preposition`: the prepositional case stands only after one (`о Роберте`), so with none
  // among the words before the name (`о знаменитом Роберте`), nor a title or a name it may agree with, `Роберте` is
  // Роберта's dative (`Письмо Роберте Метсоле`).
  else if (!prepositionGoverns(before) && !titleBefore(before) && coordinatedCases(before).length === 0) {
    forms = narrow(forms, (form) => caseOf(form) !== 'loct');
  }
  const title = titleBefore(before);
  if (title) {
    const cases = titleCases(title);
    forms = narrow(forms, (form) => cases.includes(caseOf(form)));
  }
  const womanNoun = womanNounCases(before.at(-1));
  if (womanNoun.length > 0) forms = narrow(forms, (form) => genderOf(form) === 'femn' && womanNoun.includes(caseOf(form)));
  if (ungovernedStart(before)) forms = narrow(forms, (form) => ungovernedCase(caseOf(form), after));
  // Rule `no object of an intransitive verb`: a verb right before whose every reading is intransitive takes no accusative or
  // genitive object (`В финал вышли Александра Трусова и …`: she, not Александр's genitive).
  // A reflexive one may govern the genitive (`лишился Александра Головина`, `опасаются`, `добился`): only the accusative is ruled out then.
  if (before.at(-1) !== undefined && intransitiveVerb(before.at(-1)!)) {
    const genitive = REFLEXIVE_VERB.test(before.at(-1)!.folded);
    forms = narrow(forms, (form) => caseOf(form) !== 'accs' && (genitive || caseOf(form) !== 'gent'));
  }
  // Rule `coordinated name is no singular subject`: a name joined to a name before it by `и` is no subject of a singular verb
  // after it, as two subjects take a plural one (`Встреча Ильдара Гильмутдинова и Рината Фахретдинова прошла`: the meeting's).
  const verbGender = coordinatedAfterName(before) ? undefined : pastVerbGender(after);
  if (verbGender && subjectNounBefore(before, verbGender)) forms = narrow(forms, (form) => caseOf(form) === 'gent');
  else if (verbGender) forms = narrow(forms, (form) => caseOf(form) === 'nomn' && genderOf(form) === verbGender);
  // News puts the subject after its verb (`Премию получила Евгения Медведева`): a nominative of the gender of a
  // past verb right before is that subject; an object is in another case, so nothing else is ruled out.
  const verbBeforeGender = before.at(-1)?.shape === 'lower' && !subjectBeforeVerb(before) ? pastVerbGender(before.at(-1)) ?? shortParticipleGender(before.at(-1)) : undefined;
  if (verbBeforeGender) forms = narrow(forms, (form) => caseOf(form) === 'nomn' && genderOf(form) === verbBeforeGender);
  const objectVerbGender = verbBeforeGender ? undefined : verbBeforeObject(before);
  if (objectVerbGender) forms = narrow(forms, (form) => caseOf(form) === 'nomn' && genderOf(form) === objectVerbGender);
  // A transitive verb right before takes its object in the accusative (`Суд оправдал Валентину Петрову`: her, not the
  // dative of Валентин Петров), but for verbs of giving and telling, whose person is the one given to (verb-cases.json).
  if (before.at(-1) !== undefined && takesAccusative(before.at(-1)!)) forms = narrow(forms, (form) => caseOf(form) === 'accs');
  if (dativeVerbBefore(before)) forms = narrow(forms, (form) => caseOf(form) === 'datv');
  return forms;
}

const DATIVE_PERSON: ReadonlySet<string> = foldedSet(verbCases.dativePerson.verbs);

/**
 * Rule `dative verb's person`: a verb that takes a person in the dative and no accusative object (verb-cases.json
 * `dativePerson`), whose subject stands before it, takes the name right after in the dative (`Президент позвонил Джо
 * Байдену`: Байден, where the first name shows no case).
 */
function dativeVerbBefore(before: readonly Word[]): boolean {
  const verb = before.at(-1);
  if (!verb?.analyses.some((r) => r.known && r.pos === 'VERB' && DATIVE_PERSON.has(r.key))) return false;
  // The subject before may be a person's name as well as a noun (`Путин позвонил`, whose `путин` is also a plural's genitive).
  const gender = pastVerbGender(verb);
  const name = before.at(-2);
  const named = name?.shape === 'title' && name.analyses.some((r) => r.known && (r.tags.includes('Surn') || r.tags.includes('Name')) && r.case === 'nomn' && r.gender === gender);
  return named || subjectBeforeVerb(before);
}

/**
 * Marks after which a name starts its phrase anew, governed by no word before it (`Автор: Анна Иванова`). Not a dash or a
 * bracket, after which a name in apposition keeps the case of the word it restates (`поздравил победителя — Александра Петрова`).
 */
const UNGOVERNING_MARKS: ReadonlySet<string> = new Set([':']);

/** The name opens its sentence or follows a colon (see {@link UNGOVERNING_MARKS}). */
function ungovernedStart(before: readonly Word[]): boolean {
  const previous = before.at(-1);
  return previous === undefined || UNGOVERNING_MARKS.has(previous.text);
}

/**
 * Rule `no oblique case without a governor`: a name in the genitive, dative or accusative is governed by a word before it (a
 * noun, a preposition, a verb) or, put first, by a verb after it; a name that opens its sentence or follows a colon
 * (`Александра Трусова — чемпионка мира`, `Чемпионки: Александра Трусова, …`) is in the nominative then, with no verb after it; in the accusative or dative of a plural verb after it, which cannot agree with it (`Валентину Матвиенко
 * переизбрали`), and of those the accusative of a transitive verb that is not one of giving; in the genitive before `нет` or
 * a neuter verb (`Дмитрия Медведева нет в списке`). A singular verb after it leaves every case open (`Сергея Иванова сменил
 * Антон Вайно`).
 */
function ungovernedCase(wordCase: string, after: Word | undefined): boolean {
  // The genitive of negation (`Дмитрия Медведева нет в списке`, `… не было`) is governed after the name too.
  if (after?.folded === 'нет' || after?.analyses.some((r) => r.known && r.pos === 'VERB' && r.gender === 'neut')) return wordCase === 'gent';
  const verb = after?.shape === 'lower' ? after.analyses.filter((r) => r.known && r.pos === 'VERB') : [];
  // A word of another kind after it may open an adjunct before the governor (`Александра Петрова в зале суда не было`,
  // `Валентину Сорокину вчера задержали`): no opinion then. Only a mark, or nothing, ends the name's phrase.
  if (verb.length === 0 && after !== undefined && after.token.kind === 'word' && after.shape === 'lower') return true;
  if (verb.length === 0) return wordCase === 'nomn';
  // A singular verb may agree with a subject after it, the name put first as its object (`Сергея Иванова сменил Антон Вайно`).
  if (!verb.every((r) => r.number === 'plur')) return true;
  return takesAccusative(after!) ? wordCase === 'accs' : wordCase === 'accs' || wordCase === 'datv';
}

/** A reflexive verb's ending (`лишился`, `опасаются`, `добилась`), whose verbs of losing, fearing and reaching govern the genitive. */
const REFLEXIVE_VERB = /(?:ся|сь)$/;

/** A verb in lower case all of whose readings are intransitive (`вышли`, `выступили`). */
const intransitiveVerb = (word: Word): boolean => {
  // An imperative reading counts for nothing (rule `no object of an imperative`: `вышли` is `выйти`'s, not `выслать`'s).
  const known = word.analyses.filter((r) => r.known && !r.tags.includes('impr'));
  return word.shape === 'lower' && known.length > 0 && known.every((r) => r.pos === 'VERB' && r.tags.includes('intr'));
};

/**
 * Rule `complement of the subject`: a thing's noun right before the name, in the nominative and of the gender of the past
 * verb after it, is that verb's subject, and the name its genitive complement (`Пресс-служба Кадырова заявила`: his
 * service, not a woman Кадырова); a thing's noun stands in no apposition to a person. So is a relative's noun (rule
 * `relative's name`: `Дочь Петра Порошенко выступила`, his daughter, not a woman Петра; `relatives` in
 * data/gazetteer/family-words.json), as news names a relative by the person they are kin to; the name keeps its own
 * case where it has no genitive reading (`брат Олег Навальный заявил`). Not one after a preposition (`В понедельник
 * Иванова заявила`).
 */
function subjectNounBefore(before: readonly Word[], verbGender: string): boolean {
  const noun = before.at(-1);
  if (!noun || !commonWordBefore(before) || prepositionBefore(before.slice(0, -1))) return false;
  const known = noun.analyses.filter((r) => r.known);
  relativeNouns ??= foldedSet(familyWords.relatives);
  const subject = (r: WordAnalysis): boolean => r.pos === 'NOUN' && r.case === 'nomn' && r.number === 'sing' && r.gender === verbGender;
  // A relative's noun may have another reading (`вдова`, also the short adjective `вдовый`) and still be one.
  if (known.some((r) => subject(r) && relativeNouns!.has(r.key))) return true;
  return known.length > 0 && known.every((r) => r.pos === 'NOUN') && known.some((r) => subject(r) && r.tags.includes('inan'));
}

let relativeNouns: ReadonlySet<string> | undefined;

/**
 * Rule `woman's noun in apposition`: a noun that names a woman by what she does right before a name (`соперница`,
 * `теннисистка`, `писательница`) stands in apposition to it, in its case, so the name is a woman's (`ее соперница Валерия
 * Савиных`: not Валерий's genitive). Not a noun of either gender (`судья`, `коллега`), nor a relative's, whose person is
 * named in the genitive (`жена Евгения Петрова`: his; family-words.json `relatives`). The cases of the noun, or none.
 */
function womanNounCases(word: Word | undefined): string[] {
  if (word === undefined || word.shape !== 'lower') return [];
  const known = word.analyses.filter((r) => r.known);
  const woman = (r: WordAnalysis): boolean => r.pos === 'NOUN' && r.gender === 'femn' && r.number === 'sing' && r.tags.includes('anim') && !r.tags.includes('Ms-f');
  if (known.length === 0 || !known.every(woman)) return [];
  relativeNouns ??= foldedSet(familyWords.relatives);
  if (known.some((r) => relativeNouns!.has(r.key))) return [];
  return known.map((r) => r.case!);
}

/**
 * Rule `subject before the verb`: a past verb right before the name whose own subject stands right before it, a noun the
 * dictionary reads only in the nominative of the verb's gender (`Полиция задержала Федора Зайцева`: the police, so Федора
 * is no woman subject), has its subject, and the name is its object. A noun that may also be an accusative (`Медаль
 * получила Валентина Петрова`) says nothing, as news also puts the object first.
 */
function subjectBeforeVerb(before: readonly Word[]): boolean {
  const verb = before.at(-1);
  const noun = before.at(-2);
  const gender = pastVerbGender(verb);
  if (!gender || !noun || noun.shape === 'upper' || prepositionBefore(before.slice(0, -2))) return false;
  const known = noun.analyses.filter((r) => r.known);
  // An inanimate noun's accusative is its nominative as written (`Суд арестовал`): in news the noun before the verb is its subject.
  return known.some((r) => r.case === 'nomn') &&
    known.every((r) => r.pos === 'NOUN' && (r.case === 'nomn' || (r.case === 'accs' && r.tags.includes('inan'))) && r.number === 'sing' && r.gender === gender);
}

const DATIVE_OBJECT: ReadonlySet<string> = foldedSet(verbCases.dativeObject);

/**
 * Rule `verb and its object before the subject`: a past verb and a thing's noun after it that cannot be its subject, as it
 * is not of the verb's gender, before the name (`В заседании приняла участие Евгения Медведева`, `победу одержала`):
 * the name is the verb's subject, in the nominative and of its gender. The verb's gender, or undefined. Not a verb whose
 * own subject stands before it (`Полиция задержала сына Петра`).
 */
function verbBeforeObject(before: readonly Word[]): string | undefined {
  const [verb, noun] = [before.at(-2), before.at(-1)];
  if (verb?.shape !== 'lower' || noun?.shape !== 'lower' || subjectBeforeVerb(before.slice(0, -1))) return undefined;
  const gender = pastVerbGender(verb);
  const known = noun.analyses.filter((r) => r.known);
  if (gender === undefined || known.length === 0) return undefined;
  const object = known.every((r) => r.pos === 'NOUN' && r.tags.includes('inan') && r.gender !== gender && (r.case === 'accs' || r.case === 'nomn'));
  return object && known.some((r) => r.case === 'accs') ? gender : undefined;
}

/** A transitive verb or infinitive in lower case, not one of giving or telling (`оправдал`, `задержать`; not `направили`). */
const takesAccusative = (word: Word): boolean =>
  word.shape === 'lower' &&
  // Rule `no object of an imperative`: news reports, it does not command, so an imperative reading takes no object
  // (`На сцену вышли Виктория Терешкина`: `вышли` is `выйти`'s past, not `выслать`'s imperative).
  word.analyses.some((r) => r.known && (r.pos === 'VERB' || r.pos === 'INFN') && r.tags.includes('tran') && !r.tags.includes('impr')) &&
  !word.analyses.some((r) => r.known && (r.pos === 'VERB' || r.pos === 'INFN') && DATIVE_OBJECT.has(r.key));

const PREPOSITION_CASES: Readonly<Record<string, readonly string[]>> = prepositionCases.cases;

/**
 * The cases the words around a name put it in, the likeliest first; empty when they say nothing. A
 * preposition governs its cases (`с Нико Росбергом`); a title stands in apposition, in its own case
 * (`генсека ООН Пан Ги Муна`); a past-tense verb right after takes a subject (`Нико Росберг заявил`);
 * a noun right before takes the name as its genitive complement (`речь Хосни Мубарака`).
 */
/**
 * The cases the words around a name its own parts leave open allow (see {@link contextCases}); after `и` or `или`, a full
 * name's before it whose surname the dictionary lacks gives the case (rule `coordinated name's case`: `Встреча Шавката
 * Мирзиёева и Садыра Жапарова`, both genitive).
 */
function aroundCases(context: NameContext, depth: number): readonly string[] {
  if (depth < PARTNER_DEPTH && coordinatedAfterName(context.before) && coordinatedCases(context.before).length === 0) {
    const partner = coordinatedPartnerForm(context, depth);
    if (partner !== undefined && partner !== '*') return [caseOf(partner)];
  }
  return contextCases(context);
}

function contextCases({ before, after }: NameContext): readonly string[] {
  const preposition = prepositionBefore(before);
  if (preposition) return PREPOSITION_CASES[preposition.folded] ?? [];
  const title = titleBefore(before);
  if (title) return titleCases(title);
  const coordinated = coordinatedCases(before);
  if (coordinated.length > 0) return coordinated;
  const giving = givingVerbCases(before);
  if (giving !== undefined) return giving;
  if (dativeVerbBefore(before)) return ['datv'];
  // Rule `object of a transitive verb`: a transitive verb right before, whose subject is not the name (a plural verb, or a
  // singular one whose subject stands before it: `Суд арестовал Айгуль Сабирову`), takes it in the accusative.
  const verb = before.at(-1);
  if (verb !== undefined && takesAccusative(verb) && (subjectBeforeVerb(before) || verb.analyses.every((r) => !r.known || r.pos !== 'VERB' || r.number === 'plur'))) return ['accs'];
  // A noun right before takes the name as its complement, whatever the verb after agrees with (`команда Гуса Хиддинка победила`).
  if (nounBefore(before)) return ['gent'];
  if (after?.analyses.some((r) => r.known && r.pos === 'VERB' && r.tags.includes('past') && r.number === 'sing')) return ['nomn'];
  return [];
}

/**
 * Rule `verb of giving before`: a plural verb or an infinitive of giving or telling right before the name (verb-cases.json
 * `dativeObject`) takes the person in the dative, or in the accusative (`вручили Мортену Мельдалю`, `направили Ивана`). Not a
 * singular one, whose subject the name after it often is (`— сообщил Барри Шарплесс`). Undefined when the word is no such verb.
 */
function givingVerbCases(before: readonly Word[]): readonly string[] | undefined {
  const verb = before.at(-1);
  if (verb === undefined || verb.shape !== 'lower') return undefined;
  const readings = verb.analyses.filter((r) => r.known && (r.pos === 'VERB' || r.pos === 'INFN'));
  if (readings.length === 0 || !readings.every((r) => DATIVE_OBJECT.has(r.key) && (r.pos === 'INFN' || r.number === 'plur'))) return undefined;
  return ['datv', 'accs'];
}

const COORDINATING: ReadonlySet<string> = foldedSet(coordination.conjunctions);

/**
 * Rule `coordinated names`: a name after `и` or `или` that joins it to a name before is in that name's case (`переговоры
 * Сергея Лаврова и Энтони Блинкена`: genitive), which the words of the name before show by the dictionary's readings of a
 * first name or a surname; none when the word before the conjunction is no such name.
 */
function coordinatedCases(before: readonly Word[]): readonly string[] {
  if (!coordinatedAfterName(before)) return [];
  const partner = before.at(-2)!;
  const readings = partner.analyses.filter((r) => r.known && r.number === 'sing' && (r.tags.includes('Surn') || r.tags.includes('Name')) && !r.tags.includes('Fixd'));
  return [...new Set(readings.map((r) => r.case!))];
}

/** A listed conjunction right before the name, after a capitalised word (`Гильмутдинова и`): the name is coordinated with one before. */
function coordinatedAfterName(before: readonly Word[]): boolean {
  const conjunction = before.at(-1);
  return conjunction !== undefined && conjunction.shape === 'lower' && COORDINATING.has(conjunction.folded) && before.at(-2)?.shape === 'title';
}

/** A common word right before the name that is a noun only, which takes the name as its genitive complement (`визит Аны Брнабич`). */
function nounBefore(before: readonly Word[]): boolean {
  const previous = before.at(-1);
  return commonWordBefore(before) && previous!.analyses.length > 0 && previous!.analyses.every((r) => r.known && r.pos === 'NOUN');
}

/** The word right before the name, when it is a common word: written in lower case, or capitalised as a sentence's first word (`Речь Хосни Мубарака`, `С Гусом Хиддинком`). */
function commonWordBefore(before: readonly Word[]): boolean {
  const previous = before.at(-1);
  return previous?.shape === 'lower' || (before.length === 1 && previous?.shape === 'title');
}

/** The preposition right before the name, if that word is one (`у Петра`; a sentence's first, `С Гусом Хиддинком`). */
/**
 * A preposition among the words before the name may govern it (rule `no locative without a preposition`): one with only
 * words that agree with the name between (`о знаменитом Роберте`), or a noun in the locative it stands in apposition to
 * (`о брате Роберте`). Not one whose own noun, in another case, stands between: the name is that noun's complement then
 * (`по словам Евгении Кравченко`: her words, not a man's locative).
 */
function prepositionGoverns(before: readonly Word[]): boolean {
  let at = before.length - 1;
  while (at >= 0 && !before[at]!.analyses.some((r) => r.known && r.pos === 'PREP')) at--;
  if (at < 0) return false;
  return before.slice(at + 1).every((word) => {
    const known = word.analyses.filter((r) => r.known);
    return word.shape !== 'lower' || known.length === 0 || !known.every((r) => r.pos === 'NOUN') || known.some((r) => r.case === 'loct');
  });
}

function prepositionBefore(before: readonly Word[]): Word | undefined {
  const previous = before.at(-1);
  return previous && commonWordBefore(before) && previous.analyses.some((r) => r.known && r.pos === 'PREP') ? previous : undefined;
}

/**
 * The form of a name none of whose words shows its case (`Нико Росберга`, `Пан Ги Муна`): a man's, in the
 * first case the words around it allow whose ending one of its words the dictionary lacks shows
 * (`речь Нико Росберга` → `Росберг`); `*` when none does, or when a word of it names a woman.
 */
function contextForm(words: readonly Word[], roles: readonly (string | undefined)[], context: NameContext, depth = 0, choice?: { other?: Form }): Form {
  const cases = aroundCases(context, depth);
  // Whether the name's first name and surname, both unknown to the dictionary, show a man's oblique case by their endings.
  const named = words.filter((_, i) => roles[i] === 'first' || roles[i] === 'last');
  const manShows = (c: string): boolean => c !== 'nomn' && named.length === 2 &&
    named.every((word) => !word.analyses.some((r) => r.known) && word.text.length > 1 && manNominative(word.text, c) !== undefined);
  // Rule `common woman's name over a rare man's`: so does one whose other readings are only of a man's name not common among
  // those news names (`Алле`, `Алине`: Алла's and Алина's dative, or an indeclinable French `Алле`, a rare `Алл`'s locative),
  // as news names an Алла far more often; not where the man's name is common too (`Яне`: Ян's or Яна's).
  const commonMen = gazetteer().commonFirstNames.masc;
  const woman = words.some((word, i) => roles[i] === 'first' && word.analyses.some((r) => r.known && r.tags.includes('Name')) &&
    (word.analyses.every((r) => !r.known || !r.tags.includes('Name') || r.gender === 'femn') ||
      (word.analyses.every((r) => !r.known || !r.tags.includes('Name') || r.gender === 'femn' || !commonMen.has(r.key)) &&
        OBLIQUE_CASES.some((wordCase) => commonNameReading(word, `${wordCase}/femn`) !== undefined))));
  if (woman) return commonWomanForm(words[roles.indexOf('first')], context) ?? '*';
  // A first name the dictionary lacks whose guessed readings are all a woman's (`Миллой`) names a woman, in the case the words
  // around it give that those readings have (`с Миллой Йовович`: instrumental), not a man in `-а` (`Милл`).
  const guessedWoman = words.find((word, i) => roles[i] === 'first' && guessedWomanName(word));
  // Rule `foreign man's name in -и`: a first name the dictionary lacks in `-и` after a consonant, which its guesser reads only
  // as a woman's name's case (`Хулуси` as Хулуся's), before a surname it lacks that shows a man's case ending (`Хулуси
  // Акаром`, `Хулуси Акара`: Акар's) is a man's foreign name that does not decline (`Хулуси`, `Рами`, `Луиджи`), as a woman's
  // surname in a consonant does not decline and hers in `-а` would show her case otherwise.
  const surname = words[roles.indexOf('last')];
  if (guessedWoman && guessedWoman.folded.endsWith('и') && CONSONANT_END.test(guessedWoman.folded.slice(0, -1)) && surname !== undefined && !surname.analyses.some((r) => r.known)) {
    const wordCase = cases.find((c) => c !== 'nomn' && manNominative(surname.text, c) !== undefined) ??
      OBLIQUE_CASES.find((c) => c !== 'gent' && manNominative(surname.text, c) !== undefined);
    if (wordCase !== undefined) return `${wordCase}/masc`;
  }
  if (guessedWoman) {
    const wordCase = cases.find((c) => guessedWoman.analyses.some((r) => r.tags.includes('Name') && r.case === c));
    // Rule `man's name the guesser reads as a woman's`: where the words around put the name in an oblique case that the
    // guessed woman's readings lack but a man's first name and surname both show by their endings (`Встреча Шавката
    // Мирзиёева и Садыра Жапарова`: Садыр's genitive; a woman's would be `Садыры`), it is a man's, as such a name is.
    if (wordCase === undefined) {
      const manCase = cases.find(manShows) ?? cases.find((c) => c !== 'nomn' && manBesideUndeclined(guessedWoman, surname, c));
      if (manCase !== undefined) return `${manCase}/masc`;
    }
    // Rule `gender left open` (see `personName`) for a name the guesser reads as a woman's: a man's genitive both words show
    // (`Садыра Жапарова избрали`: Садыр Жапаров, or a woman Садыра Жапарова) goes with the mention for the person's other
    // mentions to settle (`Жапаров заявил`).
    if (choice && (wordCase === undefined || wordCase === 'nomn') && manShows('gent')) choice.other = 'gent/masc';
    return wordCase === undefined ? '*' : `${wordCase}/femn`;
  }
  // Rule `listed indeclinable woman's name`: a woman's name the list gives that does not decline (`Юко`, `Мидори`: no `-а`,
  // `-я`) and the dictionary lacks names a woman, in the case the words around give (`с Юко Накамурой` → `Накамура`).
  if (words.some((word, i) => roles[i] === 'first' && !word.analyses.some((r) => r.known) && listedGivenNames().women.has(word.folded) && !/[ая]$/.test(word.folded))) {
    const wordCase = cases[0];
    return wordCase === undefined ? '*' : `${wordCase}/femn`;
  }
  // A man's first name the dictionary knows, which does not decline (`Марио`), puts the name in the case around it.
  // So does a double name the dictionary lacks that its guesser reads only as an indeclinable man's (`Жан-Франсуа Копе`).
  const knownMan = (word: Word): boolean => word.analyses.some((r) => r.known && r.tags.includes('Name')) && word.analyses.every((r) => !r.known || !r.tags.includes('Name') || r.gender === 'masc');
  const guessedMan = (word: Word): boolean => word.text.includes('-') && !word.analyses.some((r) => r.known) &&
    ((word.analyses.some((r) => r.tags.includes('Name')) && word.analyses.every((r) => !r.tags.includes('Name') || (r.gender === 'masc' && r.tags.includes('Fixd')))) ||
      doubleNameOfMan(word));
  const man = words.some((word, i) => roles[i] === 'first' && (knownMan(word) || guessedMan(word)));
  const unknown = words.filter((word, i) => (roles[i] === 'first' || roles[i] === 'middle' || roles[i] === 'last') && !word.analyses.some((r) => r.known) && word.text.length > 1);
  // Of the cases the words around allow, the first whose ending a word the dictionary lacks shows (`вручил Барри Шарплессу`:
  // the dative, not the subject's nominative a singular verb allows too).
  const shows = (wordCase: string): boolean => wordCase !== 'nomn' && unknown.some((word) => manNominative(word.text, wordCase) !== undefined);
  const around = man ? cases.find(shows) ?? cases[0] : undefined;
  if (around !== undefined) return `${around}/masc`;
  const shown = guessedSurnameForm(words, roles, context);
  if (shown !== undefined) return shown;
  const wordCase = cases.find(shows) ?? sharedCase(unknown) ?? caseShownWithSurname(words, roles);
  // Rule `gender left open` (see `personName`) for a name kept as written that may be a man's genitive (`Садыра Жапарова
  // избрали`: a woman Садыра Жапарова, or Садыр Жапаров): that reading goes with the mention, for the person's other
  // mentions to settle (`Жапаров заявил`).
  if (wordCase === undefined && choice && manShows('gent')) choice.other = 'gent/masc';
  // Rule `surname alone before a man's verb`: a surname alone where the words around allow only the subject's nominative and
  // the past verb after it is a man's (`Лановой рассказал`) is a man's nominative, as written: the verb agrees with its subject.
  if (wordCase === undefined && words.length === 1 && roles[0] === 'last' && cases.length === 1 && cases[0] === 'nomn' && verbGender(context.after) === 'masc') return 'nomn/masc';
  return wordCase === undefined ? '*' : `${wordCase}/masc`;
}

/**
 * Rule `common name's oblique form`: a woman's first name the dictionary holds both as an indeclinable name and as an oblique
 * form of a common one (`Анне`: the foreign Анне, or Анна's dative and locative), beside a surname that shows no case
 * (`Награду вручили Анне Шмидт`, `об Анне Герман`), is the common name's, as Russian news names an Анна far more often than
 * an Анне, in the first of its cases the words around allow, or the dative after a noun (`Письмо Анне Шмидт`); undefined,
 * the name as written, where they allow none of them (`Анне Шмидт заявила`: the nominative).
 */
function commonWomanForm(first: Word | undefined, context: NameContext): Form | undefined {
  if (first === undefined || !first.analyses.some((r) => r.known && r.tags.includes('Name') && r.tags.includes('Fixd'))) return undefined;
  const cases = OBLIQUE_CASES.filter((wordCase) => commonNameReading(first, `${wordCase}/femn`) !== undefined);
  const around = contextCases(context);
  // Rule `indeclinable woman's name in the case around it`: a woman's name that does not decline, and no man's (`Айгуль`,
  // `Гузель`, `Нино`), is in the case the words around give (`Суд арестовал Айгуль Сабирову`: the accusative).
  if (cases.length === 0) {
    const fixedWoman = first.analyses.every((r) => !r.known || !r.tags.includes('Name') || (r.gender === 'femn' && r.tags.includes('Fixd')));
    return fixedWoman && around[0] !== undefined ? `${around[0]}/femn` : undefined;
  }
  const wordCase = around.length === 0 ? cases[0] : around.find((each) => cases.includes(each));
  if (wordCase !== undefined) return `${wordCase}/femn`;
  // A noun right before may take the name in the dative too (`Письмо Анне Ковальчук`, `памятник Анне Ахматовой`), not only its genitive.
  // Not a relative's noun, which stands in apposition to a name in the nominative (`дочь Анне Шмидт`).
  return nounBefore(context.before) && !relativeNounBefore(context.before) && cases.includes('datv') ? 'datv/femn' : undefined;
}

/** A relative's noun right before the name (`дочь`, `брат`; `relatives` in data/gazetteer/family-words.json). */
function relativeNounBefore(before: readonly Word[]): boolean {
  relativeNouns ??= foldedSet(familyWords.relatives);
  return before.at(-1)?.analyses.some((r) => r.known && r.pos === 'NOUN' && relativeNouns!.has(r.key)) === true;
}

const OBLIQUE_CASES: readonly string[] = ['gent', 'datv', 'accs', 'ablt', 'loct'];
/** The cases no title's complement is in (see rule `name as written after a nominative title`). */
const APPOSITION_FREE_CASES: ReadonlySet<string> = new Set(['datv', 'accs', 'ablt', 'loct']);
const ALL_CASES: readonly string[] = ['nomn', ...OBLIQUE_CASES];

/**
 * Rule `case shown by a guessed surname`: where nothing else fixes it, a surname the dictionary lacks whose guessed surname
 * readings are all of one gender and in oblique cases (`Росбергу`: a man's dative; `Чапутовой`: a woman's) puts the name
 * in that gender and in the first of those cases the words around it allow, that a first name the dictionary lacks may be in
 * too (`Приз вручили Нико Росбергу` → `Росберг`; `Письмо Зузане Чапутовой` → `Зузана`, not the masculine locative `Зузан`).
 */
function guessedSurnameForm(words: readonly Word[], roles: readonly (string | undefined)[], context: NameContext): Form | undefined {
  const surname = words[roles.lastIndexOf('last')];
  if (surname === undefined || surname.analyses.some((r) => r.known)) return undefined;
  const first = words[roles.indexOf('first')];
  const listed = first && listedFirstName(first);
  // A listed first name gives the person's gender where the surname's ending may be either's (`Бердымухамедову`: his dative, her accusative).
  const listedGender = listed === undefined ? undefined : listedGivenNames().men.has(fold(listed.name)) ? 'masc' : listedGivenNames().women.has(fold(listed.name)) ? 'femn' : undefined;
  const readings = surname.analyses.filter((r) => r.tags.includes('Surn') && r.number === 'sing' && (listedGender === undefined || r.gender === listedGender));
  const gender = readings[0]?.gender;
  if ((gender !== 'masc' && gender !== 'femn') || readings.some((r) => r.case === 'nomn' || r.gender !== gender)) return undefined;
  // Nor where the words around allow only the nominative and the verb after agrees with the other gender (`Лановой рассказал`:
  // a man's nominative, not Ланова's genitive), as that verb's subject is the name.
  const around = contextCases(context);
  if (around.length === 1 && around[0] === 'nomn' && verbGender(context.after) !== undefined && verbGender(context.after) !== gender) return undefined;
  // A listed first name may stand as written (`Никол Пашиняном`); one the dictionary lacks and the list too shows its cases by its guessed readings.
  const firstCases = first !== undefined && listed === undefined && first.text.length > 1 && !first.analyses.some((r) => r.known)
    ? first.analyses.filter((r) => r.tags.includes('Name') && r.gender === gender).map((r) => r.case) : undefined;
  const cases = readings.map((r) => r.case!).filter((c) => firstCases === undefined || firstCases.includes(c));
  // The first case the words around allow, in their order (`с`: the instrumental of a companion before the genitive of `с горы`).
  const chosen = around.find((c) => cases.includes(c)) ?? cases[0];
  return chosen === undefined ? undefined : `${chosen}/${gender}`;
}

/**
 * Rule `double name of a man`: a double given name the dictionary lacks whose first part it knows only as a man's name in the
 * nominative (`Жан-Мари`: `Жан`) is a man's, written as it stands (`Жан-Мари Ле Пена` → `Ле Пен`); a double name takes the
 * gender of its first part.
 */
function doubleNameOfMan(word: Word): boolean {
  const head = word.text.slice(0, word.text.indexOf('-'));
  const names = head.length > 1 ? analyses(head).filter((r) => r.known && r.tags.includes('Name') && r.number === 'sing') : [];
  return names.length > 0 && names.every((r) => r.gender === 'masc' && r.case === 'nomn');
}

/**
 * Rule part `man's name beside an undeclined surname`: so is a first name that shows a man's case by its ending (`Гиоргия`,
 * Гиоргий's accusative) beside a surname in an ending Russian declines for nobody (`Вашадзе`; name-particles.json
 * indeclinableSurnameEndings), which cannot show the case itself: `Суд арестовал Гиоргия Вашадзе`, where a woman's
 * accusative would be `Гиоргию`.
 */
function manBesideUndeclined(first: Word, surname: Word | undefined, wordCase: string): boolean {
  return surname !== undefined && INDECLINABLE_SURNAME_ENDINGS.some((ending) => surname.folded.length > ending.length + 1 && surname.folded.endsWith(ending)) &&
    manNominative(first.text, wordCase) !== undefined;
}

/** A word the dictionary lacks that its guesser reads as a first name, a woman's only (`Миллой`, `Аннабель`). */
function guessedWomanName(word: Word): boolean {
  if (word.analyses.some((r) => r.known)) return false;
  const names = word.analyses.filter((r) => r.tags.includes('Name'));
  return names.length > 0 && names.every((r) => r.gender === 'femn');
}

/**
 * The case that two or more words of a name the dictionary lacks all show by their endings, where the words around
 * the name say nothing: the instrumental (`Гусом Хиддинком`), which no nominative ends in after a consonant. Not the
 * genitive in `-а` (`Гуса Хиддинка`), which many first names and surnames end in as written.
 */
function sharedCase(unknown: readonly Word[]): string | undefined {
  return unknown.length >= 2 && unknown.every((word) => manNominative(word.text, 'ablt') !== undefined) ? 'ablt' : undefined;
}

/**
 * Rule `first name in its surname's case`: a first name the dictionary and the list lack that shows a man's dative or
 * instrumental by its ending (`Кристену`, `Кристеном`) beside a surname that shows the same case, by its ending, as a noun in
 * `-а` does (`Сирилу Рамафосе`), or by the dictionary's reading (`Михалу`), is a man's name in that case (`Кристену Михалу` → Кристен Михал), where the words around
 * give no case the name shows: no nominative of a first name ends in a consonant and `-у` or `-ом`, and a surname that ends
 * so as written (`Жаиру Болсонару`) is left in view by rule `undeclined surname in view`. Not the genitive or the accusative in
 * `-а`, which many given names end in as written (`Нарендра`, `Андреа`).
 */
function caseShownWithSurname(words: readonly Word[], roles: readonly (string | undefined)[]): string | undefined {
  const first = words[roles.indexOf('first')];
  const surname = words[roles.lastIndexOf('last')];
  if (first === undefined || surname === undefined || first.text.length < 3 || first.analyses.some((r) => r.known) || listedFirstName(first) !== undefined) return undefined;
  return FIRST_NAME_SHOWN_CASES.find((wordCase) => manNominative(first.text, wordCase) !== undefined &&
    (manNominative(surname.text, wordCase) !== undefined || surname.analyses.some((r) => r.known && r.case === wordCase && r.gender === 'masc' && r.number === 'sing') ||
      (!surname.analyses.some((r) => r.known) && aNounNominatives(surname.text, wordCase).length > 0)));
}

const FIRST_NAME_SHOWN_CASES: readonly string[] = ['datv', 'ablt'];

/** The cases of a title word as a person's title: singular, animate (`посол` is no accusative of the salting `посол`). */
function titleCases(title: Word): string[] {
  return [...new Set(title.analyses.filter((r) => r.known && r.pos === 'NOUN' && r.number === 'sing' && r.tags.includes('anim')).map((r) => r.case!))];
}

/** How many words a title's complement may hold between the title and the name (`директора Международного института политической экспертизы`). */
const TITLE_REACH = 5;

/**
 * The title the name stands in apposition to: a listed title word or a nationality's noun before it (`с бразильцем
 * Неймаром`), with only its complement (genitive words, names) between.
 */
function titleBefore(before: readonly Word[]): Word | undefined {
  const { titles } = gazetteer();
  for (let i = before.length - 1; i >= Math.max(0, before.length - 1 - TITLE_REACH); i--) {
    const word = before[i]!;
    // A title opening the sentence is capitalised as its first word (`Премьер Италии Джорджа Мелони`).
    if ((word.shape === 'lower' || (word.sentenceStart && word.shape === 'title')) && word.keys.some((key) => titles.has(key) || NATIONALITY_NOUNS.has(key))) return word;
    // A complement's name may stand in quotes (`Главный тренер «Авангарда» Ги Буше`).
    const complement = (word.token.kind === 'word' && (word.shape !== 'lower' || word.analyses.some((r) => r.known && r.case === 'gent'))) || NAME_QUOTE_MARKS.has(word.text);
    if (!complement) return undefined;
  }
  return undefined;
}

/** Quotation marks around an organisation's name in a title's complement. */
const NAME_QUOTE_MARKS: ReadonlySet<string> = new Set([...NAME_QUOTES_OPEN, ...NAME_QUOTES_CLOSE]);

/**
 * How likely a form of the name is when grammar leaves several: the reading of a common first name over
 * that of a rare one (`Дмитрия`: Дмитрий, `Юлия`: Юлия), or of a listed man's name whose case the surname shows, then a
 * man's (news names men more often).
 */
function likelihood(form: Form, first: Word | undefined, listedMan?: { forms: readonly Form[] }): number {
  // A listed man's name whose case the surname shows (`Кира Стармера`: Кир's) counts as a common name's reading.
  const common = first !== undefined && (commonNameReading(first, form) !== undefined || listedMan?.forms.includes(form) === true);
  return (common ? 2 : 0) + (genderOf(form) === 'masc' ? 1 : 0);
}

/**
 * The case endings the last syllable of an East Asian name takes after a consonant (`Мун-а`, `Мун-у`,
 * `Мун-ом`, `Мун-е` of `Мун`), by case: Russian declines such a name on its last word, as a man's noun.
 */
const SYLLABLE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ом', ['ablt']], ['ем', ['ablt']], ['а', ['gent', 'accs']], ['у', ['datv']], ['е', ['loct']],
];

/**
 * Rule `soft last syllable`: the endings of a last syllable in `-ль`, `-нь` (`Ёль`, `Тьинь`), which replace its `ь`
 * (`Ёл-я`, `Ёл-ю`); asked only for a case the words around the name fix, as a syllable in `-я`, `-ю` may be written so
 * (`Ю`). The instrumental `-ем` after `л`, `н` is a soft stem's too (`Тьин-ем`), as a hard one takes `-ом` (`Мун-ом`).
 */
const SOFT_SYLLABLE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [['я', ['gent', 'accs']], ['ю', ['datv']]];

/** The longest syllable of such a name as it is written in the nominative (`Мун`, `Чжэн`, `Хван`). */
const MAX_SYLLABLE = 4;

/**
 * The nominative of a name's last syllable written with a case ending (`Муном` → `Мун`), when the text ends in an
 * ending of `wordCase` (any case when undefined) after a syllable that ends in a consonant; undefined otherwise.
 */
export function syllableStem(text: string, wordCase?: string): string | undefined {
  const folded = fold(text);
  for (const [ending, cases] of SYLLABLE_ENDINGS) {
    if (!folded.endsWith(ending) || (wordCase !== undefined && !cases.includes(wordCase))) continue;
    const stem = text.slice(0, -ending.length);
    if (stem.length < 2 || stem.length > MAX_SYLLABLE || !CONSONANT_END.test(fold(stem))) continue;
    return ending === 'ем' && SOFT_SYLLABLE_END.test(fold(stem)) ? `${stem}ь` : stem;
  }
  if (wordCase === undefined) return undefined;
  for (const [ending, cases] of SOFT_SYLLABLE_ENDINGS) {
    if (!folded.endsWith(ending) || !cases.includes(wordCase)) continue;
    const stem = text.slice(0, -ending.length);
    if (stem.length >= 2 && stem.length <= MAX_SYLLABLE && SOFT_SYLLABLE_END.test(fold(stem))) return `${stem}ь`;
  }
  return undefined;
}

/** A syllable's last consonant that may be soft before a case ending: `л`, `н` (`Ёль`, `Тьинь`, `Минь`). */
const SOFT_SYLLABLE_END = /[лн]$/;

/**
 * A Korean or other East Asian name written syllable by syllable (rule `Asian name`). Three syllables are a
 * one-syllable family name and a two-syllable given name, the factRuEval annotation's first and last parts
 * (`Ли Со Ён`: Ли · Со Ён; `Пан Ги Мун`: Пан · Ги Мун); four are one given name with no family name (the
 * Burmese `Аун Сан Су Чжи`). Only the last syllable declines: in the instrumental, whose ending no syllable
 * has (`с Пан Ги Муном`), and in a case the words around the name fix (`генсека ООН Пан Ги Муна`).
 */
/**
 * The oblique cases the words around an East Asian name put its last syllable in: those of {@link contextCases}, and
 * the accusative after a transitive verb right before (rule `syllable as an object`: `поздравил Ли Цяна` → `Цян`), as a
 * syllable that ends in a consonant never ends in `-а` in the nominative.
 */
function syllableCases(context: NameContext): string[] {
  const cases = contextCases(context).filter((c) => c !== 'nomn');
  const verb = context.before.at(-1);
  return verb !== undefined && !cases.includes('accs') && takesAccusative(verb) ? [...cases, 'accs'] : cases;
}

function eastAsianName(words: readonly Word[], context: NameContext): { normal: string; parts: PersonName } {
  const texts = words.map((word) => word.text);
  const last = texts.at(-1)!;
  const oblique = syllableStem(last, 'ablt') ?? syllableCases(context).map((c) => syllableStem(last, c)).find(Boolean);
  if (oblique !== undefined) texts[texts.length - 1] = oblique;
  const parts: PersonName = texts.length === 3 ? { first: texts[0]!, last: texts.slice(1).join(' ') } : { first: texts.join(' ') };
  return { normal: texts.join(' '), parts };
}
