/**
 * Gazetteers: the project's lists of places, organisations, first names and
 * title words (src/data/gazetteer/*.json), indexed by lemma so that any case
 * of a listed name matches (`Соединёнными Штатами Америки`).
 *
 * The words of each name (as the tokenizer cuts them) and their lemmas (from
 * the dictionary) are found at build time by scripts/build-gazetteer-index.ts,
 * which writes src/data/gazetteer/index.json (a test fails when that file is
 * out of date), so that building the index on first use tokenizes and looks
 * up nothing.
 */
import { NAME_QUOTES_CLOSE, NAME_QUOTES_OPEN } from '../segment/punctuation.js';
import firstNamesData from '../data/gazetteer/first-names.json';
import commonFirstNamesData from '../data/gazetteer/common-first-names.json';
import locationsData from '../data/gazetteer/locations.json';
import organisationsData from '../data/gazetteer/organisations.json';
import rolesData from '../data/gazetteer/roles.json';
import indexData from '../data/gazetteer/index.json';
import demonyms from '../data/gazetteer/demonyms.json';
import type { Entity, EntityType } from '../model.js';
import { fold, foldedSet, nameStem, perFormValue, type Word } from '../words/word.js';
import { nameSubjectOfVerb, placeJoinedToPlace, thingSubjectOfVerb } from '../words/agreement.js';

/** A listed name. */
export interface GazetteerEntry {
  readonly type: EntityType;
  /** The name as listed. */
  readonly name: string;
  /** The name it links to; abbreviations and aliases point to one name (`ООН` → `Организация Объединённых Наций`, `РФ` → `Россия`), so they link to one entity. */
  readonly canonical: string;
  /** Whether the entry is an abbreviation (`ООН`): matched in capitals only. */
  readonly abbreviation: boolean;
  /** Lookup keys of each word of the entry. */
  readonly words: readonly EntryWord[];
  /** A body's name that ends with its place or organisation (`Конгресс США`): a mention of it is the body, the place a mention of its own. */
  readonly placeApart: boolean;
  /** A one-word short form compounded from the words of its full name (`Еврокомиссия` of `Европейская комиссия`): no ordinary word, even where the dictionary has it. */
  readonly compound: boolean;
}

interface EntryWord {
  readonly keys: ReadonlySet<string>;
  readonly capitalized: boolean;
}

type OrganisationItem = string | { name: string; abbr?: string[] };

/** The lists, built once, the first time they are needed (the dictionary must be loaded). */
export interface Gazetteer {
  /** Entries by the keys of their first word. */
  readonly byFirstKey: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** One-word entries (no abbreviation) by their name's stem of at least five letters, for their forms the dictionary does not know (`Хезболлы`). */
  readonly byStem: ReadonlyMap<string, readonly GazetteerEntry[]>;
  readonly firstNames: ReadonlySet<string>;
  /** The common first names (common-first-names.json) by the gender they are listed with, folded. */
  readonly commonFirstNames: { readonly masc: ReadonlySet<string>; readonly femn: ReadonlySet<string> };
  /** The familiar forms of common first names (common-first-names.json `familiar`: `Лиза`, `Саша`), folded. */
  readonly familiarFirstNames: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly organisationDescriptors: ReadonlySet<string>;
  readonly regionDescriptors: ReadonlySet<string>;
  readonly placeBodies: ReadonlySet<string>;
  readonly ministries: ReadonlySet<string>;
}

let built: Gazetteer | undefined;

/** The gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

/** A listed name, the name it links to, and the list it is in (`state`, `cities`). */
export interface ListedName {
  readonly type: EntityType;
  readonly name: string;
  readonly canonical: string;
  readonly group: string;
}

/** Nouns of a person's nationality (`француз`, `немка`; data/gazetteer/demonyms.json), as folded lemmas. */
export const NATIONALITY_NOUNS: ReadonlySet<string> = foldedSet(demonyms.nouns);

const TITLE_PREFIXES: readonly string[] = rolesData.titlePrefixes.map(fold);

/**
 * A folded title key split at its prefix of deputy or former holder (roles.json titlePrefixes: `экс-нападающий` →
 * `экс-` and `нападающий`), or undefined when it has none: such a post is a post whatever the dictionary makes of the word.
 */
export function titlePrefixOf(key: string): { prefix: string; title: string } | undefined {
  const prefix = TITLE_PREFIXES.find((each) => key.startsWith(each) && key.length > each.length);
  return prefix === undefined ? undefined : { prefix, title: key.slice(prefix.length) };
}

/** A folded first name listed as common or as a familiar form of one (common-first-names.json: `Анна`, `Саша`). */
export function isCommonFirstName(key: string): boolean {
  const { commonFirstNames, familiarFirstNames } = gazetteer();
  return commonFirstNames.masc.has(key) || commonFirstNames.femn.has(key) || familiarFirstNames.has(key);
}

/** Every listed place and organisation, with the name it links to. */
export function listedNames(): ListedName[] {
  const names: ListedName[] = [];
  const aliases: Record<string, string> = locationsData.aliases;
  for (const [group, list] of Object.entries(locationsData)) {
    if (group.startsWith('$') || !Array.isArray(list)) continue;
    for (const name of list as string[]) {
      names.push({ type: 'LOC', name, canonical: aliases[name] ?? name, group });
      const spaced = spacedSpelling(name, group);
      if (spaced) names.push({ type: 'LOC', name: spaced, canonical: aliases[name] ?? name, group });
    }
  }
  for (const [group, items] of Object.entries(organisationsData)) {
    if (group.startsWith('$') || !Array.isArray(items)) continue;
    for (const item of items as OrganisationItem[]) {
      const name = typeof item === 'string' ? item : item.name;
      names.push({ type: 'ORG', name, canonical: name, group });
      if (typeof item !== 'string') for (const abbreviation of item.abbr ?? []) names.push({ type: 'ORG', name: abbreviation, canonical: name, group });
    }
  }
  return names;
}

let placeGroups: ReadonlyMap<string, string> | undefined;

/** The list of locations.json a place's name is in (`countries`, `regions`, `areas`, `cities`, `water`, `other`), by any listed name of it; undefined for a place not listed. */
export function listedPlaceGroup(name: string): string | undefined {
  placeGroups ??= new Map(listedNames().filter((listed) => listed.type === 'LOC').map((listed) => [fold(listed.name), listed.group]));
  return placeGroups.get(fold(name));
}

let organisationForms: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * Every listed form of the organisation a name is one of, full name and short forms (`МАГАТЭ` → `Международное агентство
 * по атомной энергии`, `МАГАТЭ`); empty for a name not listed. Indexed once, on first use.
 */
export function listedOrganisationForms(name: string): readonly string[] {
  if (organisationForms === undefined) {
    const byCanonical = new Map<string, string[]>();
    for (const listed of listedNames()) if (listed.type === 'ORG') (byCanonical.get(listed.canonical) ?? byCanonical.set(listed.canonical, []).get(listed.canonical)!).push(listed.name);
    const forms = new Map<string, readonly string[]>();
    for (const list of byCanonical.values()) for (const form of list) forms.set(fold(form), list);
    organisationForms = forms;
  }
  return organisationForms.get(fold(name)) ?? [];
}

const CAPITALS: Readonly<Record<string, string>> = locationsData.capitals;
const PLACE_ALIASES: Readonly<Record<string, string>> = locationsData.aliases;

/** The listed name of the state whose capital `place` is (`Минск` → `Белоруссия`), by the place's listed name. */
export const stateOfCapital = (place: string): string | undefined => CAPITALS[canonicalPlace(place)];

/** The name a listed place links to (`Беларусь` → `Белоруссия`); any other name as it is. */
export const canonicalPlace = (name: string): string => PLACE_ALIASES[name] ?? name;

/** The id of a document's first place entity under each name places link to (`Беларусь` and `Белоруссия` under `Белоруссия`). */
export function placeIdsByName(entities: readonly Entity[]): ReadonlyMap<string, number> {
  const ids = new Map<string, number>();
  for (const entity of entities) {
    const name = canonicalPlace(entity.name);
    if (entity.type === 'LOC' && !ids.has(name)) ids.set(name, entity.id);
  }
  return ids;
}

/** A foreign country's or city's name of capitalised parts joined by hyphens (`Коста-Рика`, `Сан-Франциско`). */
const HYPHENATED_FOREIGN = /^\p{Lu}\p{Ll}+(?<!о)(?:-\p{Lu}\p{Ll}+)+$/u;
/** The groups whose hyphenated names news also writes with spaces. */
const SPACED_GROUPS: ReadonlySet<string> = new Set(['countries', 'cities']);

/**
 * The name with spaces for hyphens, as news also writes a foreign country or city (`Коста Рика`, `Эль Сальвадор`,
 * `Сан Франциско`); not a Russian compound whose first part ends in the linking `о` (`Орехово-Зуево`, `Южно-Сахалинск`).
 */
function spacedSpelling(name: string, group: string): string | null {
  return SPACED_GROUPS.has(group) && HYPHENATED_FOREIGN.test(name) ? name.replaceAll('-', ' ') : null;
}

/** Whether a listed name is an abbreviation (`ООН`), matched in capitals only; only other names' words are looked up by lemma. */
export function abbreviated(name: string, parts: readonly string[]): boolean {
  return parts.length === 1 && name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase();
}

/** The tokens of the names that are not simply their space-separated parts, and the dictionary's lemmas of listed words (see the top of this file). */
const PARTS: Record<string, readonly string[]> = indexData.parts;
const LEMMAS: Record<string, readonly string[]> = indexData.lemmas;

/** The lists whose names end with their body's place (organisations.json, `$placeApart`). */
export const PLACE_APART_GROUPS: ReadonlySet<string> = new Set(organisationsData.$placeApart.groups);
/** The names of those lists that end with a listed name (found by scripts/build-gazetteer-index.ts). */
const PLACE_APART: ReadonlySet<string> = new Set(indexData.placeApart);

function build(): Gazetteer {
  const byFirstKey = new Map<string, GazetteerEntry[]>();
  for (const { type, name, canonical } of listedNames()) {
    const entry = toEntry(type, name, canonical);
    for (const key of entry.words[0]!.keys) {
      const list = byFirstKey.get(key);
      if (list) list.push(entry);
      else byFirstKey.set(key, [entry]);
    }
  }
  const byStem = new Map<string, GazetteerEntry[]>();
  for (const entries of byFirstKey.values()) {
    for (const entry of entries) {
      const stem = nameStem(fold(entry.name));
      if (entry.words.length !== 1 || entry.abbreviation || stem.length < MIN_STEM) continue;
      const list = byStem.get(stem);
      if (!list) byStem.set(stem, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    }
  }
  return {
    byFirstKey,
    byStem,
    // The common names too: the dictionary may know one in a single form only (`Эммануэль`, a woman's, indeclinable), and its
    // declined forms then come from guesses alone (`Эммануэля Макрона`).
    firstNames: foldedSet([...firstNamesData.male, ...firstNamesData.female, ...commonFirstNamesData.male, ...commonFirstNamesData.female]),
    commonFirstNames: { masc: foldedSet(commonFirstNamesData.male), femn: foldedSet(commonFirstNamesData.female) },
    familiarFirstNames: foldedSet(commonFirstNamesData.familiar),
    titles: foldedSet(rolesData.titles),
    organisationDescriptors: foldedSet(rolesData.organisationDescriptors),
    regionDescriptors: foldedSet(rolesData.regionDescriptors),
    placeBodies: foldedSet(rolesData.placeBodies),
    ministries: foldedSet(rolesData.ministries),
  };
}


function toEntry(type: EntityType, name: string, canonical: string): GazetteerEntry {
  const parts = PARTS[name] ?? name.split(' ');
  const abbreviation = abbreviated(name, parts);
  const words = parts.map((part) => {
    const keys = new Set([fold(part)]);
    if (!abbreviation) for (const lemma of LEMMAS[part] ?? []) keys.add(lemma);
    return { keys, capitalized: part[0] !== part[0]!.toLowerCase() };
  });
  return { type, name, canonical, abbreviation, words, placeApart: PLACE_APART.has(name), compound: compounded(name, canonical) };
}

/**
 * A one-word name made of the beginnings of its full name's words: it starts with the first word's first three letters
 * and holds the second word's first four (`Евро|комиссия`, `Гос|дума`, `Мин|обороны`), not a word of the full name
 * itself (`Конгресс` of `Конгресс США`, `Рада` of `Верховная рада`).
 */
function compounded(name: string, canonical: string): boolean {
  const full = fold(canonical).split(' ');
  const short = fold(name);
  if (name.includes(' ') || full.length < 2 || full.includes(short)) return false;
  return short.startsWith(full[0]!.slice(0, 3)) && short.indexOf(full[1]!.slice(0, 4), 3) >= 0;
}

/** The fewest letters of a stem by which a form the dictionary does not know finds its listed name (`ган` of `Гана` would find `Гани`). */
const MIN_STEM = 5;

/**
 * The one-word listed name of a capitalised word the dictionary does not know, by its stem (`Хезболлы`, `Нур-Султана`,
 * `Левада-Центра`): the dictionary's guesser may miss the lemma of a foreign or hyphenated name's oblique case.
 * Named `listed by stem`.
 */
function listedByStem(word: Word): GazetteerEntry | undefined {
  if (word.shape === 'lower' || word.shape === 'upper' || word.analyses.some((reading) => reading.known)) return undefined;
  const stem = nameStem(word.folded);
  return stem.length >= MIN_STEM ? gazetteer().byStem.get(stem)?.[0] : undefined;
}

const NO_ENTRIES: readonly GazetteerEntry[] = [];

/** The listed names whose first word has one of a form's keys, in the order of its keys: found once per form (most capitalised forms open none). */
export const entriesOpenedBy = perFormValue((word): readonly GazetteerEntry[] => {
  const { byFirstKey } = gazetteer();
  const entries = word.keys.flatMap((key) => byFirstKey.get(key) ?? []);
  return entries.length > 0 ? entries : NO_ENTRIES;
});

/** {@link listedByStem} of a form, found once per form (null: none). */
const listedByStemOfForm = perFormValue((word) => listedByStem(word) ?? null);

/** The longest listed name starting at `start`, with its length in words. */
export function lookup(words: readonly Word[], start: number): { entry: GazetteerEntry; length: number } | null {
  const first = words[start]!;
  if (first.shape === 'lower' || first.shape === 'none') return null;
  const entries = entriesOpenedBy(first);
  if (entries.length === 0 && listedByStemOfForm(first) === null) return null;
  // A sentence-initial common word (`Мир`) is not taken for a one-word name, unless the dictionary finds the place likelier
  // than the common word (`Франция`, not `франций`; `Германия`, not `германий`).
  // Nor when only the place can be the subject of the verb after it (`Киев обвинил`: `киев` is a genitive plural of `кий`),
  // nor when it opens a list of places (`Киев и Москва обменялись`, `киев` again),
  // nor an organisation's name that is a thing's noun before its verb (`Сбербанк повысил`).
  // Nor a word in quotes alone (`«Зенит» победил`): the quotes, not the sentence's start, make it a name.
  // Nor a word alone between slashes after a dateline (`МОСКВА, 5 марта. /Интерфакс/.`): rule `agency in slashes`, as a wire
  // credits its agency so, and the slashes, not the sentence's start, make it a name.
  // Asked only of a word that opens a one-word entry (most capitalised words open none).
  let oneWordAllowed: boolean | undefined;
  const allowed = (): boolean =>
    (oneWordAllowed ??= !first.sentenceStart || !first.common || placeReadingFirst(first) || nameSubjectOfVerb(first, words[start + 1], 'Geox') ||
      placeJoinedToPlace(first, words[start + 1], words[start + 2]) || quotedAlone(words, start) || slashedAlone(words, start));
  let found: { entry: GazetteerEntry; length: number } | null = null;
  for (const entry of entries) {
    if (found && entry.words.length <= found.length) continue;
    if (entry.words.length === 1 && !entry.abbreviation && !entry.compound && !allowed() &&
      !(entry.type === 'ORG' && (thingSubjectOfVerb(first, words[start + 1]) || stateAfterBody(words[start + 1])))) continue;
    if (entryMatches(entry, words, start)) found = { entry, length: entry.words.length };
  }
  if (!found) {
    const entry = listedByStemOfForm(first);
    if (entry && (!first.sentenceStart || allowed())) found = { entry, length: 1 };
  }
  return found;
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(NAME_QUOTES_OPEN);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(NAME_QUOTES_CLOSE);

/** The word is alone between quotation marks (`«Зенит»`). */
function quotedAlone(words: readonly Word[], start: number): boolean {
  const [before, after] = [words[start - 1], words[start + 1]];
  return before !== undefined && after !== undefined && OPENING_QUOTES.has(before.text) && CLOSING_QUOTES.has(after.text);
}

/**
 * Rule `state body at the start`: a listed body's name the dictionary knows as a common noun too opens a sentence as a name
 * where a state's name in the genitive follows it (`Сейм Польши одобрил`, `Бундесрат Германии`): the state it belongs to,
 * which a common noun there would not take.
 */
function stateAfterBody(next: Word | undefined): boolean {
  return next !== undefined && next.shape === 'title' && next.analyses.some((reading) => reading.known && reading.tags.includes('Geox') && reading.case === 'gent') &&
    !next.analyses.some((reading) => reading.known && !reading.tags.includes('Geox'));
}

/** The word is alone between slashes (`/Интерфакс/`), as a wire credits its agency after the dateline. */
function slashedAlone(words: readonly Word[], start: number): boolean {
  return words[start - 1]?.text === '/' && words[start + 1]?.text === '/';
}

/** The dictionary's most probable reading of the word is a place's name. */
export function placeReadingFirst(word: Word): boolean {
  return word.analyses.length > 0 && word.analyses[0]!.known && word.analyses[0]!.tags.includes('Geox');
}

function entryMatches(entry: GazetteerEntry, words: readonly Word[], start: number): boolean {
  if (start + entry.words.length > words.length) return false;
  if (entry.abbreviation) return words[start]!.shape === 'upper' && entry.words[0]!.keys.has(fold(words[start]!.text));
  // Inside a sentence, a place's later words may be written in lower case (`Российской федерации`): its first word's capital makes it a name.
  const laterLower = entry.type === 'LOC' && !words[start]!.sentenceStart;
  return entry.words.every((entryWord, i) => {
    const word = words[start + i]!;
    if (entryWord.capitalized && !(laterLower && i > 0) && (word.shape === 'lower' || word.shape === 'none')) return false;
    return word.keys.some((key) => entryWord.keys.has(key));
  });
}
