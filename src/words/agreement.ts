/**
 * Agreement in case and gender between the words of a name
 * (`Рашада Мамедова`: both genitive masculine), and the readings it selects.
 */
import type { WordAnalysis } from '../morphology/morphology.js';
import { PROPER_GRAMMEMES, type Word } from './word.js';

/** A case and gender, such as `gent/masc`; `*` when nothing constrains them. */
export type Form = string;

/** Which readings of a word a part of a rule stands for. */
export type Accept = (reading: WordAnalysis) => boolean;

/**
 * The forms a word can take among its accepted readings; null when the word
 * constrains nothing (indeclinable, or without an accepted dictionary reading).
 */
function formsOf(word: Word, accept: Accept, also: readonly Form[] = []): Set<Form> | null {
  const accepted = word.analyses.filter((reading) => accept(reading));
  // Unknown to the dictionary, or taken by the rule for another reason (a listed first name): no constraint.
  if (!accepted.some((reading) => reading.known)) return null;
  const forms = new Set<Form>();
  for (const reading of accepted) {
    // An indeclinable reading constrains nothing, but beside forms a list gives, whose readings it lists case by case (`Аны`).
    if ((reading.tags.includes('Fixd') && also.length === 0) || reading.case === undefined) return null;
    for (const gender of genders(reading)) forms.add(`${reading.case}/${gender}`);
  }
  for (const form of also) forms.add(form);
  return forms;
}

function genders(reading: WordAnalysis): string[] {
  if (reading.number === 'plur') return ['plur'];
  // A noun of common gender (`глава`, `судья`: tagged `Ms-f` beside its gender) takes a masculine or a feminine adjective
  // (`бывшего главу` → `бывший глава`).
  return reading.gender === undefined || reading.gender === 'ms-f' || reading.tags.includes('Ms-f') ? ['masc', 'femn'] : [reading.gender];
}

/**
 * The form all the parts agree in, `*` when none constrains it, null when they disagree.
 * The most probable reading of the first constraining part decides among several.
 */
export function agree(parts: readonly { word: Word; accept: Accept }[]): Form | null {
  return agreeingForms(parts)?.[0] ?? null;
}

/**
 * Every form all the parts agree in, in the order of the first constraining part's readings;
 * `['*']` when none constrains them, null when they disagree. A part's `also` are forms a word list gives
 * it beside the dictionary's readings (`Камала`, a woman's name in the nominative, not only Камал's genitive).
 */
export function agreeingForms(parts: readonly { word: Word; accept: Accept; also?: readonly Form[] }[]): Form[] | null {
  let common: Set<Form> | null = null;
  for (const { word, accept, also } of parts) {
    const forms = formsOf(word, accept, also);
    if (forms === null) continue;
    if (common === null) common = forms;
    else for (const form of common) if (!forms.has(form)) common.delete(form);
    if (common.size === 0) return null;
  }
  return common === null ? ['*'] : [...common];
}

/** The reading of a word in a form (or its first accepted reading when the form is `*`). */
export function readingIn(word: Word, form: Form, accept: Accept): WordAnalysis | undefined {
  const accepted = word.analyses.filter(accept);
  if (form === '*') return accepted[0];
  const [wordCase, gender] = form.split('/');
  return accepted.find((reading) => reading.case === wordCase && genders(reading).includes(gender!)) ?? accepted[0];
}


/**
 * A sentence's first word whose common readings are all nouns in an oblique case (`Киев`, `Песков`: genitive plurals
 * of `кий`, `песок`), and which has a name's reading (`grammeme`: `Surn`, `Geox`) in the nominative singular whose gender a
 * past verb right after it shows (`Киев обвинил`, `Песков отказался`): the common noun cannot be that verb's subject,
 * the name can. Past forms only: a genitive of quantity takes a present verb in the singular too (`Голосов не хватает`).
 */
export function nameSubjectOfVerb(word: Word, verb: Word | undefined, grammeme: string): boolean {
  if (!verb || verb.shape !== 'lower' || !commonReadingsOblique(word)) return false;
  return word.analyses.some((reading) => reading.known && reading.tags.includes(grammeme) && reading.case === 'nomn' && reading.number === 'sing' &&
    verb.analyses.some((verbReading) => verbReading.pos === 'VERB' && verbReading.tags.includes('past') && verbReading.number === 'sing' && verbReading.gender === reading.gender));
}

/**
 * A sentence's first word that the dictionary knows only as a thing's noun (`сбербанк`, `аэрофлот`, no person's noun such as
 * `экономист`), in the nominative singular, before a transitive verb that agrees with it (`Сбербанк повысил`, `Аэрофлот
 * отменяет`, `Газпром сообщил`): a listed organisation's name is then that organisation, its capital no mere mark of the
 * sentence's start. An organisation acts on something or says it; a thing before an intransitive verb is that thing (`Дождь шел`).
 */
export function thingSubjectOfVerb(word: Word, verb: Word | undefined): boolean {
  if (!verb || verb.shape !== 'lower') return false;
  const common = word.analyses.filter((reading) => reading.known && !PROPER_GRAMMEMES.some((tag) => reading.tags.includes(tag)));
  if (common.length === 0 || !common.every((reading) => reading.pos === 'NOUN' && reading.tags.includes('inan'))) return false;
  return common.some((reading) => reading.case === 'nomn' && reading.number === 'sing' &&
    verb.analyses.some((verbReading) => verbReading.pos === 'VERB' && verbReading.tags.includes('tran') && verbReading.number === 'sing' &&
      (verbReading.tags.includes('past') ? verbReading.gender === reading.gender : verbReading.tags.includes('3per'))));
}

/** Every common reading the dictionary knows of the word, and it has one, is a noun in an oblique case (`киев`, `песков`): none is a subject. */
function commonReadingsOblique(word: Word): boolean {
  const common = word.analyses.filter((reading) => reading.known && !PROPER_GRAMMEMES.some((tag) => reading.tags.includes(tag)));
  return common.length > 0 && common.every((reading) => reading.pos === 'NOUN' && reading.case !== undefined && reading.case !== 'nomn');
}

/**
 * A sentence's first word whose common readings are all oblique (`Киев`) and which the dictionary knows as a place in the
 * nominative, joined by `и` or a comma to a capitalised place's name (`Киев и Москва обменялись`): the first of places
 * named together, as an oblique common noun does not open a list of names.
 */
export function placeJoinedToPlace(word: Word, joiner: Word | undefined, next: Word | undefined): boolean {
  if (!joiner || !next || !(joiner.text === 'и' || joiner.text === ',') || next.shape !== 'title' || !commonReadingsOblique(word)) return false;
  const place = (reading: { known: boolean; tags: readonly string[]; case?: string }): boolean => reading.known && reading.tags.includes('Geox') && reading.case === 'nomn';
  return word.analyses.some(place) && next.analyses.some(place);
}
