/**
 * The roles stage: reads each Russian sentence with the role rules (rules.ts) over
 * the words and the entity mentions, and adds `document.roles`: who holds which
 * post, with the title's nominative and the place or organisation of the post.
 */
import type { WorkingDocument } from '../document.js';
import type { Entity, Role } from '../model.js';
import locationsData from '../data/gazetteer/locations.json';
import organisationsData from '../data/gazetteer/organisations.json';
import rolesData from '../data/gazetteer/roles.json';
import { nominativeOf, phraseNominative, restoreSpelling } from '../words/nominative.js';
import { singularNominative } from '../morphology/morphology.js';
import { fold, foldedSet, type Word } from '../words/word.js';
import { canonicalPlace, gazetteer, listedNames, placeIdsByName } from '../lexicon/gazetteer.js';
import { partitionPoint } from '../spans.js';
import { bodyShapeKinds } from '../lexicon/body-shapes.js';
import { APPOINTED_TITLE_FIRST, ROLE_RULES, actingBefore, actingParticiple, inTenure, opensWithParticiple, pronounStatedTitle, titleOnNextLine, type RoleMatch, type RoleSentence, type SentenceMention, type TitleMatch } from './rules.js';

/** Languages whose paragraphs the Russian role rules read. */
const RUSSIAN = new Set(['rus']);

/**
 * Adds the roles of the document, each post of a person once: where the text first states it, or first
 * names where it is held (`Президент Ильхам Алиев` after `президенту Азербайджанской Республики Ильхаму Алиеву`
 * is the same post).
 */
export function addRoles(document: WorkingDocument): void {
  const { text, words, sentenceTokens, paragraphs } = document;
  const mentionAtToken = mentionRanges(document);
  const places = placeIdsByName(document.entities);
  const kinds = organisationsByKind(document, mentionAtToken);
  const roles: Role[] = [];
  /** The indices in `roles` of each person's posts by the head's lemma (the post without its complements), in order: a post is looked up there, not in every role. */
  const posts = new Map<string, number[]>();
  /** The field of each role's title, by its index in `roles` (see {@link fieldOf}). */
  const fields: (string | undefined)[] = [];
  /** Adds the role a rule found in `sentence` (its first token at `first`), or merges it with the same post of the person. */
  const add = (sentence: RoleSentence, first: number, match: RoleMatch): void => {
    const titleWords = sentence.words.slice(match.title.first, match.title.end);
    const start = titleWords[0]!.token.start;
    const stop = titleWords[titleWords.length - 1]!.token.end;
    const head = match.title.post ?? headLemma(sentence.words[match.title.head]!);
    const role: Role = {
      person: match.person.entity,
      title: { start, end: stop, text: text.slice(start, stop), normal: titleNominative(text, sentence, match.title) },
      ...placeOf(document, places, sentence, match.title),
      rule: match.rule,
    };
    if (match.title.kind !== undefined) {
      // Rule `heading a kind`: the post is held where the kind refers back to, or the role is none.
      const referent = kindReferent(kinds, sentence.words[match.title.kind]!, first + match.title.first);
      if (referent === undefined) return;
      role.of = referent;
    }
    if (role.of === null && role.place === undefined) role.of = organisationOfKind(kinds, sentence, match.title, first) ?? null;
    if (role.of === null && role.place === undefined && match.rule === 'appointed name title') {
      role.of = organisationOfGoverningBody(sentence, match.person) ?? appointingOrganisation(document, kinds, sentence, match.person) ?? null;
    }
    if (role.of === null && role.place === undefined && match.rule === APPOINTED_TITLE_FIRST) role.of = organisationOfGoverningBody(sentence, match.person) ?? null;
    // Rule `a rank is no post`: a military or church rank alone with nothing that says where it is held (`генерал-полковник
    // Александр Санчик`, `митрополит Иларион`; roles.json `ranks`) says what the person is, not where the person serves; with a
    // complement (`капитан команды`) or a body (`архиепископ` of a church the text names) it is a post.
    if (role.of === null && role.place === undefined && titleWords.every((word) => word.keys.some((key) => RANKS.has(key)))) return;
    // A title found by two rules, or the same post stated again, is one role.
    // Rule `kinds of one post`: adjectives that name a kind of the post (`генеральный`, `финансовый` директор) tell two posts
    // apart, not those of tenure (`бывший`, `новый`), which name the same one again.
    const kind = titleWords.slice(0, match.title.head - match.title.first).filter((word) => word.analyses[0]?.pos === 'ADJF' && !inTenure(word));
    const key = `${role.person} ${kind.map((word) => fold(word.analyses[0]!.lemma)).join(' ')} ${head}`;
    const list = posts.get(key) ?? [];
    const where = whereOf(role);
    // Rule `field tells posts apart`: two titles of one head whose complements open with different words (`министр обороны`,
    // `министр внутренних дел`) are two posts; a bare title (`министр`) is either.
    const field = fieldOf(sentence, match.title);
    const same = list.find((i) => (whereOf(roles[i]!) === where || whereOf(roles[i]!) === null || where === null) && (fields[i] === field || fields[i] === undefined || field === undefined)) ?? -1;
    if (same < 0) {
      posts.set(key, [...list, roles.length]);
      roles.push(role);
      fields.push(field);
    } else if (whereOf(roles[same]!) === null && where !== null) {
      roles[same] = role;
      fields[same] ??= field;
    }
  };
  /** The sentence before, in the same or the previous paragraph and in the language, with its first token: a pronoun may stand for a post it named. */
  let previous: { sentence: RoleSentence; first: number; paragraph: number } | undefined;
  for (const { first, end, paragraph } of sentenceTokens) {
    if (!RUSSIAN.has(paragraphs[paragraph]!.language)) {
      previous = undefined;
      continue;
    }
    // Each mention's words share one mention in the sentence's terms, as they share one in the document's.
    const mentions: (SentenceMention | undefined)[] = new Array(end - first);
    let inDocument: SentenceMention | undefined;
    let inSentence: SentenceMention | undefined;
    for (let i = 0; i < end - first; i++) {
      const mention = mentionAtToken[first + i];
      if (mention !== inDocument) {
        inDocument = mention;
        inSentence = mention && { ...mention, first: mention.first - first, end: mention.end - first };
      }
      mentions[i] = inSentence;
    }
    const people = mentions.filter((mention, i): mention is SentenceMention => mention?.type === 'PER' && mention.first === i);
    const sentence: RoleSentence = { words: words.slice(first, end), mentions, people };
    for (const rule of ROLE_RULES) for (const match of rule.find(sentence)) add(sentence, first, match);
    // Rule part 'pronoun across paragraphs': news that gives each sentence a paragraph (`… назначил нового вице-губернатора.` ¶
    // `Им стала …`) still points the pronoun at the sentence just before, in the paragraph before.
    const stated = previous !== undefined && previous.paragraph >= paragraph - 1 ? pronounStatedTitle(previous.sentence, sentence) : undefined;
    if (stated !== undefined && previous !== undefined) add(previous.sentence, previous.first, stated);
    const lineBreak = previous !== undefined && text.slice(words[first - 1]!.token.end, words[first]!.token.start).includes('\n');
    const byline = lineBreak && previous !== undefined ? titleOnNextLine(previous.sentence, sentence) : undefined;
    // Rule `name line, title line`: the person on its own line, the post on the next (the person's indices are the line before's).
    if (byline !== undefined) add(sentence, first, byline);
    previous = { sentence, first, paragraph };
  }
  // Rule `placeOfPerson`: a national post stated with no place (`Президент Ильхам Алиев`) is held in the country of the
  // person's post the text states with one (`Глава Азербайджана Ильхам Алиев`, `азербайджанский лидер`), when that is one country.
  const countries = new Map<number, Pick<Role, 'of' | 'place'> | null>();
  for (const role of roles) {
    const where = countryOf(document.entities, role);
    if (where === undefined) continue;
    const known = countries.get(role.person);
    if (known === undefined) countries.set(role.person, where);
    else if (known !== null && whereOf(known as Role) !== whereOf(where as Role)) countries.set(role.person, null);
  }
  for (const role of roles) {
    const where = countries.get(role.person);
    if (where && role.of === null && role.place === undefined && NATIONAL_POSTS.has(headOfRole(role))) Object.assign(role, where);
  }
  const country = documentCountry(document.entities);
  if (country !== undefined) {
    for (const role of roles) if (role.of === null && role.place === undefined && NATIONAL_POSTS.has(headOfRole(role))) role.of = country;
  }
  // Rule `region of the text`: a regional post stated with no place (`Губернатор Андрей Травников`) is held in the one region
  // the text names, as a regional report names its own governor so.
  const region = documentRegion(document.entities);
  if (region !== undefined) {
    for (const role of roles) if (role.of === null && role.place === undefined && REGIONAL_POSTS.has(headOfRole(role))) role.of = region;
  }
  // Rule `city of the text`: a city's post stated with no place (`сменил на посту мэра`) is held in the one city the text
  // names, as a city's news names its own mayor so (roles.json cityPosts; a listed city, by listedPlaceKinds).
  const city = documentCity(document.entities);
  if (city !== undefined) {
    for (const role of roles) if (role.of === null && role.place === undefined && CITY_POSTS.has(headOfRole(role))) role.of = city;
  }
  // Rule `work beside a post`: a text that gives a person a post and says the person works somewhere (`Главный конструктор НПО
  // имени Лавочкина Х … Х работает в НПО`) most often says the same post again, its organisation by a shorter name: the work is
  // read as a post of its own only for a person given none.
  const titled = new Set(roles.filter((role) => role.rule !== WORKING_RULE).map((role) => role.person));
  document.roles = roles.filter((role) => role.rule !== WORKING_RULE || !titled.has(role.person)).sort((a, b) => a.title.start - b.title.start);
}

const NATIONAL_POSTS = foldedSet(rolesData.nationalPosts);
const REGIONAL_POSTS = foldedSet(rolesData.regionalPosts);
const CITY_POSTS = foldedSet(rolesData.cityPosts);
/** The kind noun a listed city is referred back to by (roles.json listedPlaceKinds). */
const CITY_KIND = fold('город');
/** The kinds a region's name holds (`Тульская область`, `Краснодарский край`, `Республика Дагестан`; roles.json regionalPostKinds). */
const REGION_NAME_KINDS = foldedSet(rolesData.regionalPostKinds);
/** The kind noun a listed region is referred back to by (roles.json listedPlaceKinds). */
const REGION_KIND = fold('регион');
/** The rule of a post with no title, working at an organisation (rules.ts `name works at organisation`). */
const WORKING_RULE = 'name works at organisation';
const COUNTRIES = new Set(locationsData.countries.map(canonicalPlace));
/** Areas that hold several regions (locations.json `areas`), as folded names. */
const AREAS = foldedSet(locationsData.areas.map(canonicalPlace));

/**
 * The field of a title: the folded lemma of the word right after its head when that is a lower-case word of no name
 * (`обороны` of `министр обороны страны`), undefined for a bare title or one followed by a name (`глава Сбербанка`).
 */
function fieldOf(sentence: RoleSentence, title: TitleMatch): string | undefined {
  const at = title.head + 1;
  const word = sentence.words[at];
  if (at >= title.end || word === undefined || word.shape !== 'lower' || sentence.mentions[at] !== undefined) return undefined;
  return fold(word.analyses[0]?.lemma ?? word.text);
}

/** The folded lemma of a role's first title word, as a post (`Премьер-министр` → `премьер-министр`). */
function headOfRole(role: Role): string {
  return fold(role.title.normal.split(' ')[0] ?? '');
}

/** Where a role's post is held when that is a country: the country's entity, or the place an adjective names (`азербайджанский`). */
function countryOf(entities: readonly Entity[], role: Role): Pick<Role, 'of' | 'place'> | undefined {
  if (role.of !== null) {
    const entity = entities[role.of];
    return entity?.type === 'LOC' && COUNTRIES.has(canonicalPlace(entity.name)) ? { of: role.of } : undefined;
  }
  return role.place !== undefined && COUNTRIES.has(canonicalPlace(role.place.name)) ? { of: null, place: role.place } : undefined;
}

/**
 * The country a news text is about: the country it names most often, at least twice and more often than any other.
 * A national post the text gives with no place (`Премьер-министр Михаил Фрадков`) is held there, as a news text
 * names the place of a post once and leaves it out where the country it reports on is meant.
 */
/** The one region of a country the text names (by its kind in its name, or listed as a region), or undefined for none or several. */
function documentRegion(entities: readonly Entity[]): number | undefined {
  return onlyPlace(entities, (name) => {
    const words = fold(name).split(' ');
    const region = words.length > 1 && (REGION_NAME_KINDS.has(words[words.length - 1]!) || REGION_NAME_KINDS.has(words[0]!));
    // Rule part `an area is no region`: an area listed with the regions (`Центральный федеральный округ`, `Сибирь`; locations.json
    // `areas`) holds several, and no governor's: a text that names one besides its region still names one region.
    return region || (listedPlaceKinds(name).includes(REGION_KIND) && !AREAS.has(fold(canonicalPlace(name))));
  });
}

/** The one listed city the text names, or undefined for none or several. */
function documentCity(entities: readonly Entity[]): number | undefined {
  return onlyPlace(entities, (name) => listedPlaceKinds(name).includes(CITY_KIND));
}

/** The one place the text names whose name `fits`, or undefined for none or several. */
function onlyPlace(entities: readonly Entity[], fits: (name: string) => boolean): number | undefined {
  let found: number | undefined;
  for (const entity of entities) {
    if (entity.type !== 'LOC' || !fits(entity.name)) continue;
    if (found !== undefined) return undefined;
    found = entity.id;
  }
  return found;
}

function documentCountry(entities: readonly Entity[]): number | undefined {
  let best: Entity | undefined;
  let tied = false;
  for (const entity of entities) {
    if (entity.type !== 'LOC' || !COUNTRIES.has(canonicalPlace(entity.name))) continue;
    if (best === undefined || entity.mentions.length > best.mentions.length) {
      best = entity;
      tied = false;
    } else if (entity.mentions.length === best.mentions.length) tied = true;
  }
  return best !== undefined && !tied && best.mentions.length >= 2 ? best.id : undefined;
}

/**
 * A title in the nominative: by its head noun (`послом Франции` → `посол Франции`), or, when a participle opens it and
 * governs the rest, that participle in the nominative and the rest as written (`заведующим кафедрой` → `заведующий кафедрой`).
 */
function titleNominative(text: string, sentence: RoleSentence, title: TitleMatch): string {
  if (title.post !== undefined) return title.post;
  if (title.plural !== undefined) return pluralTitleNominative(sentence, title);
  const words = sentence.words.slice(title.first, title.end);
  // After an acting prefix the head stays in the genitive (`и. о. министра`), and the phrase is read as before.
  // A post is one person's: its head in the singular (`поста директора` → `директор`, not the plural `директора`).
  if (!opensWithParticiple(sentence, title)) return phraseNominative(words, actingBefore(sentence, title.head) ? undefined : title.head - title.first, 'sing');
  // The participle, first or after its adverb (`временно исполняющим` → `временно исполняющий`), in the nominative.
  const at = (actingParticiple(sentence, title) ?? title.first) - title.first;
  const first = words[at]!;
  const participle = first.analyses.find((reading) => reading.pos === 'PRTF');
  const before = at > 0 ? text.slice(words[0]!.token.start, first.token.start) : '';
  return before + nominativeOf(first, participle) + text.slice(first.token.end, words[words.length - 1]!.token.end);
}

/**
 * A plural title as each person's post: the head and the modifiers before it in the nominative singular (`Депутаты Госдумы`
 * → `депутат Госдумы`), the rest as written; when its places pair off with its names, the words before them and the
 * person's own place (`министры иностранных дел России и Франции` → `министр иностранных дел Франции`).
 */
function pluralTitleNominative(sentence: RoleSentence, title: TitleMatch): string {
  const { words } = sentence;
  const end = title.plural?.places ?? title.end;
  const kept = words.slice(title.first, end);
  // `Губернаторы Тверской и Ярославской областей`: places whose kind is said once, in the plural, after the last; each
  // person's place takes it in the singular (`Тверской области`).
  const shared = title.plural?.places !== undefined ? sharedKind(words[title.end - 1]!) : undefined;
  let sharedText: string | undefined;
  if (title.plural?.places !== undefined && title.of !== undefined) {
    const ownEnd = shared === undefined ? title.of.end : Math.min(title.of.end, title.end - 1);
    kept.push(...words.slice(title.of.first, ownEnd));
    if (shared !== undefined) sharedText = restoreSpelling(words[title.end - 1]!.text, shared);
  }
  const headWord = words[title.head]!;
  const headReading = headWord.analyses.find((reading) => reading.pos === 'NOUN' && reading.number === 'plur');
  const gender = headReading?.gender;
  const texts = kept.map((word, i) => {
    const at = title.first + i;
    if (at > title.head) return word.text;
    const reading = at === title.head ? headReading : word.analyses.find((r) => (r.pos === 'ADJF' || r.pos === 'PRTF') && r.number === 'plur');
    const form = reading && singularNominative(reading, gender);
    return form ? restoreSpelling(word.text, form) : word.text;
  });
  const phrase = texts.reduce((joined, part, i) => (i > 0 && kept[i]!.token.start > kept[i - 1]!.token.end ? `${joined} ${part}` : joined + part), '');
  return sharedText === undefined ? phrase : `${phrase} ${sharedText}`;
}

/** A lower-case noun in the genitive plural that closes a list of places (`областей`), in the genitive singular (`области`). */
function sharedKind(word: Word): string | undefined {
  if (word.shape !== 'lower' || !REGION_KINDS.has(word.analyses.find((r) => r.pos === 'NOUN')?.key ?? '')) return undefined;
  const reading = word.analyses.find((r) => r.pos === 'NOUN' && r.case === 'gent' && r.number === 'plur');
  return reading?.inflect(['gent', 'sing']) ?? undefined;
}

/**
 * Where a title's post is held: the entity its complement names, or the place a place adjective before it names
 * (`российский президент`), linked to the document's entity of that place when there is one.
 */
function placeOf(document: WorkingDocument, places: ReadonlyMap<string, number>, sentence: RoleSentence, title: TitleMatch): Pick<Role, 'of' | 'place'> {
  if (title.of !== undefined || title.place === undefined) return { of: title.of?.entity ?? null };
  const { name, word } = title.place;
  const entity = places.get(canonicalPlace(name));
  if (entity !== undefined) return { of: entity };
  const { start, end } = sentence.words[word]!.token;
  return { of: null, place: { start, end, text: document.text.slice(start, end), name } };
}

/** An organisation's mention named with a kind noun (`компания Toyota`): where, which entity, and whether in the text's lead sentence. */
type KindMention = { readonly at: number; readonly entity: number; readonly inner?: boolean; readonly lead?: boolean; readonly trade?: boolean };

/** Kinds of region whose names carry them (`Тульская область`): a post of the bare kind (`губернатор области`) is held in the one named last. */
const REGION_KINDS = foldedSet(rolesData.regionKinds);

/** The organisations the document names with a kind noun before them (`Японская компания Toyota`, `банк «Открытие»`), and the regions named with their kind (`Тульская область`), by the kind's folded lemma, in text order. */
function organisationsByKind({ words, entities, sentenceTokens }: WorkingDocument, mentionAtToken: readonly (SentenceMention | undefined)[]): Map<string, KindMention[]> {
  const { organisationDescriptors } = gazetteer();
  const byKind = new Map<string, KindMention[]>();
  const leadEnd = leadSentenceEnd(words, sentenceTokens);
  const listUnder = (kind: string, mention: KindMention): void => listKind(byKind, kind, mention.at < leadEnd ? { ...mention, lead: true } : mention);
  for (let i = 0; i < words.length; i++) {
    const mention = mentionAtToken[i];
    if (mention?.type === 'LOC' && mention.first === i) {
      // A region named with its kind (`Тульская область`, `Республика Дагестан`), listed under that kind.
      // Or with its kind before it, in lower case (`городского округа Химки` … `глава округа`).
      const before = i > 0 && words[i - 1]!.shape === 'lower' && mentionAtToken[i - 1] === undefined ? words[i - 1]!.keys : [];
      const key = [...(mention.end - mention.first < 2 ? [] : [...words[mention.end - 1]!.keys, ...words[i]!.keys]), ...before].find((candidate) => REGION_KINDS.has(candidate));
      const kinds = new Set([...(key === undefined ? [] : [key]), ...listedPlaceKinds(entities[mention.entity]?.name ?? '')]);
      for (const kind of kinds) listUnder(kind, { at: i, entity: mention.entity });
      continue;
    }
    if (mention?.type !== 'ORG' || mention.first !== i) continue;
    let before = i - 1;
    while (before >= 0 && words[before]!.kind === 'punctuation' && '«"„“'.includes(words[before]!.text)) before--;
    // The kind before the name (`компания Toyota`), or the name's own first word (`Банк «Открытие»`).
    const word = before >= 0 && mentionAtToken[before] === undefined ? words[before] : undefined;
    const keys = [...(word?.keys ?? []), ...words[i]!.keys];
    const key = keys.find((candidate) => organisationDescriptors.has(candidate));
    // Rule `kind alias`: the other kind nouns news refers back to it by (`ПАО «Уралхим»` … `компании`, `клуб` … `команды`).
    // Rule `ministry alias`: a ministry named by its short name (`МИД Китая`) is referred back to as `министерства`, `ведомства`.
    const aliases = keys.flatMap((candidate) => KIND_ALIASES.get(candidate) ?? (MINISTRY_WORDS.has(candidate) ? MINISTRY_KINDS : []));
    // Rule `kind by the name's shape`: a body's short name says its kind (`Мосгорсуд` … `пресс-секретарь суда`, `Минпромторг` …
    // `министр`'s `министерства`), as the speaker resolver reads it (body-shapes.json `kinds`).
    const name = entities[mention.entity]?.name ?? '';
    const registered = new Set([...(key === undefined ? [] : [key]), ...aliases, ...listedOrganisationKinds(name)]);
    for (const kind of registered) listUnder(kind, { at: i, entity: mention.entity });
    // Rule `kinds of a listed company`: a company named bare (organisations.json `companies`) is referred back to by the kinds of
    // company too (`«Аэрофлот»` … `авиакомпании`, `МТС` … `оператора`; roles.json `companyKinds`), as what it is by trade: listed as
    // inside its name, so such a kind refers to it only where no other of that kind was named with it, and never by rule `the article's own`:
    // the trade is the list's guess, not the text's.
    if (LISTED_COMPANIES.has(fold(name))) for (const kind of COMPANY_KINDS) if (!registered.has(kind)) listUnder(kind, { at: i, entity: mention.entity, inner: true, trade: true });
    // Rule `kinds of a listed club`: a sports club named bare (organisations.json `clubs`) is referred back to as `клуб`, `команда`
    // (roles.json `clubKinds`); listed as inside its name, so that of two clubs named (a match's), the kind refers to the article's own.
    if (LISTED_CLUBS.has(fold(name))) for (const kind of CLUB_KINDS) if (!registered.has(kind)) listUnder(kind, { at: i, entity: mention.entity, inner: true });
    // The kind written together with the name (`Сбербанк`, `Уралвагонзавод`) stands for it only where no body was named with
    // that kind apart (`банк «Северный кредит»` … `Промсвязьбанка` … `совета банка` is the first bank's), as one inside it does.
    for (const kind of bodyShapeKinds(fold(name)).map(fold)) if (!registered.has(kind)) listUnder(kind, { at: i, entity: mention.entity, inner: true });
    // Rule `kind inside the name`: the kind as the head noun after the name's adjectives (`Мещанский районный суд`,
    // `Томский государственный университет`), listed as such: it stands for the body only where no other of its kind was named.
    // An adjective the dictionary reads first as a noun (`военный`, `учёный`: `Главный военный клинический госпиталь`) is
    // still one of the adjectives before the kind, where it is no kind itself.
    const adjective = (word: Word): boolean => word.analyses.some((reading) => reading.pos === 'ADJF');
    for (let j = i + 1; j < mention.end && adjective(words[j - 1]!); j++) {
      const inner = words[j]!.analyses[0];
      if (inner?.pos !== 'NOUN') continue;
      const kind = words[j]!.keys.find((candidate) => organisationDescriptors.has(candidate));
      if (kind === undefined && adjective(words[j]!)) continue;
      // The kind's aliases too (`Уральский турбинный завод` … `предприятия`).
      const innerKinds = kind === undefined ? [] : [kind, ...(KIND_ALIASES.get(kind) ?? [])];
      for (const each of innerKinds) if (!registered.has(each)) listUnder(each, { at: i, entity: mention.entity, inner: true });
      break;
    }
  }
  return byKind;
}

/** Military and church ranks (roles.json `ranks`). */
const RANKS = foldedSet(rolesData.ranks);

/** The short names of ministries (roles.json `ministries`: `МИД`, `Минфин`), and the kind nouns news refers back to one by. */
const MINISTRY_WORDS = foldedSet(rolesData.ministries);
const MINISTRY_KINDS: readonly string[] = rolesData.ministryKinds;

/** The lists of locations.json by which a place named bare is referred back to (roles.json `listedPlaceKinds`), as folded names, each with its kind nouns. */
const PLACE_KIND_LISTS: readonly { names: ReadonlySet<string>; kinds: readonly string[] }[] = (() => {
  const { listedPlaceKinds } = rolesData;
  // The regions listed also as `Республика X` are republics, by their bare name.
  const republics = locationsData.regions.filter((name) => name.startsWith('Республика ')).map((name) => name.slice('Республика '.length));
  return [
    { names: foldedSet(locationsData.cities), kinds: listedPlaceKinds.cities },
    { names: foldedSet([...locationsData.regions, ...locationsData.areas]), kinds: listedPlaceKinds.regions },
    { names: foldedSet(republics), kinds: listedPlaceKinds.republics },
  ];
})();

/**
 * Rule `kind of a listed place`: the kind nouns by which news refers back to a place it named bare, by the list its name
 * is in (`В Новосибирске …` … `мэр города`; `В Татарстане …` … `министр здравоохранения республики`; `Краснодарский край` …
 * `глава региона`): a city is the `город` of the text, a region its `регион`. Not a country: a text names several, and
 * `страны` is the one it reports on more often than the one it named last.
 */
export function listedPlaceKinds(name: string): string[] {
  const folded = fold(canonicalPlace(name));
  return PLACE_KIND_LISTS.flatMap(({ names, kinds }) => (names.has(folded) ? kinds.map(fold) : []));
}

/** The groups of organisations.json by which an organisation named bare is referred back to (roles.json `listedOrganisationKinds`), as folded names and abbreviations, each with its kind nouns. */
const ORGANISATION_KIND_LISTS: readonly { names: ReadonlySet<string>; kinds: readonly string[] }[] = Object.entries(rolesData.listedOrganisationKinds).map(([group, kinds]) => {
  const entries = (organisationsData as unknown as Record<string, readonly (string | { name: string; abbr?: readonly string[] })[]>)[group] ?? [];
  const names = entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.name, ...(entry.abbr ?? [])]));
  return { names: foldedSet(names), kinds: kinds.map(fold) };
});

/** An adjective's ending in the nominative, by which the head noun of a listed body's full name is found past its adjectives. */
const ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/u;

/**
 * Rule `head of a listed full name`: a body listed with its full name and short names (organisations.json: `Федеральное
 * агентство воздушного транспорта`, `Росавиация`) is referred back to by the head noun of its full name, in lower case past
 * its adjectives (`Росавиация` … `руководитель агентства`; `ФНС` … `глава службы`), as a body named in full is by its own noun;
 * a body listed by a short name, by the head of another of its names (`ВТБ`, listed also as `Банк ВТБ` … `президент банка`).
 */
const LISTED_HEADS: ReadonlyMap<string, string> = new Map(Object.keys(rolesData.listedOrganisationKinds).flatMap((group) => {
  const entries = (organisationsData as unknown as Record<string, readonly (string | { name: string; abbr?: readonly string[] })[]>)[group] ?? [];
  return entries.flatMap((entry) => {
    if (typeof entry === 'string') return [];
    // The head of the full name, or of a short name written with its kind (`ВТБ`, also `Банк ВТБ`: `банка`).
    const names = [entry.name, ...(entry.abbr ?? [])];
    const head = names.map(headOfListedName).find((found) => found !== undefined);
    return head === undefined ? [] : names.map((name) => [fold(name), head] as const);
  });
}));

/**
 * The folded head noun of a listed name of several words: its first word not an adjective's, the name's first (`Министерство
 * иностранных дел`, `Банк ВТБ`) or a lower-case one after its adjectives (`Федеральное агентство …`); a capitalised one
 * there is a name's (`Совет Федерации` has its head first). Undefined for a name of one word.
 */
function headOfListedName(name: string): string | undefined {
  if (!name.includes(' ')) return undefined;
  const words = name.split(' ');
  const at = words.findIndex((word) => !ADJECTIVE_ENDING.test(word.toLowerCase()));
  return at < 0 || (at > 0 && words[at] !== words[at]!.toLowerCase()) ? undefined : fold(words[at]!);
}

/**
 * Rule `kind of a listed organisation`: the kind nouns by which news refers back to an organisation it named bare, by the
 * group of organisations.json its name is in (`Росавиация` … `глава ведомства`; `«Аэрофлот»` … `директор компании`).
 */
function listedOrganisationKinds(name: string): readonly string[] {
  const folded = fold(name);
  const head = LISTED_HEADS.get(folded);
  return [...ORGANISATION_KIND_LISTS.flatMap(({ names, kinds }) => (names.has(folded) ? kinds : [])), ...(head === undefined ? [] : [head])];
}

/** Adds `mention` to the list of `kind`, in text order. */
function listKind(byKind: Map<string, KindMention[]>, kind: string, mention: KindMention): void {
  const list = byKind.get(kind);
  if (list) list.push(mention);
  else byKind.set(kind, [mention]);
}

/** The other kind nouns an organisation named after a legal form or a kind noun is referred back to by (roles.json `kindAliases`), by the folded word. */
const KIND_ALIASES = new Map(Object.entries(rolesData.kindAliases).map(([word, kinds]) => [fold(word), kinds.map(fold)]));

/**
 * Rule `kindComplement`: a title whose complement is a bare kind of organisation (`президентом компании`, `директор
 * завода`) holds the post at the organisation the text named last with that kind before it (`Японская компания Toyota
 * сменила руководство. Новым президентом компании стал Кодзи Сато` → Toyota); likewise a bare kind of region (`губернатор
 * области` after `Тульская область`); undefined for none.
 */
function organisationOfKind(kinds: ReadonlyMap<string, readonly KindMention[]>, sentence: RoleSentence, title: TitleMatch, offset: number): number | undefined {
  for (let i = title.head + 1; i < title.end; i++) {
    const word = sentence.words[i]!;
    if (sentence.mentions[i] !== undefined || word.kind !== 'word') return undefined;
    // Rule `kind after a field`: `директор по связям с общественностью компании`, `вице-президент по продажам банка`: a bare kind
    // that closes the title after a field of `по` is where the post is held, as it is before the field.
    if (word.keys.includes('по')) return kindClosing(kinds, sentence, title, offset);
    if (word.analyses[0]?.pos === 'ADJF') continue;
    // Any genitive reading: `области` is read first as a dative or locative.
    const reading = word.analyses.find((r) => r.pos === 'NOUN' && r.case === 'gent');
    if (reading === undefined) return undefined;
    // A genitive of the post's own (`председатель правления банка`) leads on to the kind.
    const list = kinds.get(fold(reading.lemma));
    if (list === undefined) continue;
    // A bare kind closes the title, or a field after `по` (`вице-президент авиакомпании по коммерции`); one with other words of
    // its own after it is a body's name written out (`спикер палаты представителей`).
    // Rule part `kind with no referent`: a kind the text names nothing of before the title (`штаба` before a `Генштаб` named later)
    // is a genitive of the post's own, and the reading goes on to the kind after it (`начальником штаба округа`).
    const referent = referentIn(list, offset + title.first);
    if (referent === undefined && i !== title.end - 1) continue;
    if (i !== title.end - 1 && !sentence.words[i + 1]!.keys.includes('по')) return undefined;
    return referent;
  }
  return undefined;
}

/** The referent of the bare kind in the genitive that is the title's last word, lower-case and no name's (rule `kind after a field`), or undefined. */
function kindClosing(kinds: ReadonlyMap<string, readonly KindMention[]>, sentence: RoleSentence, title: TitleMatch, offset: number): number | undefined {
  const last = title.end - 1;
  const word = sentence.words[last]!;
  if (sentence.mentions[last] !== undefined || word.shape !== 'lower') return undefined;
  const reading = word.analyses.find((r) => r.pos === 'NOUN' && r.case === 'gent' && kinds.has(fold(r.lemma)));
  return reading === undefined ? undefined : referentIn(kinds.get(fold(reading.lemma))!, offset + title.first);
}

/** What a bare kind noun refers back to (rule `kindComplement`), named before `at` (a token index): undefined for none. */
function kindReferent(kinds: ReadonlyMap<string, readonly KindMention[]>, word: Word, at: number): number | undefined {
  const reading = word.analyses.find((r) => r.pos === 'NOUN' && kinds.has(fold(r.lemma)));
  return reading === undefined ? undefined : referentIn(kinds.get(fold(reading.lemma))!, at);
}

/** The last of a kind's mentions named before `at`, as {@link organisationOfKind} chooses it. */
function referentIn(list: readonly KindMention[], at: number): number | undefined {
  const k = partitionPoint(list, (placed) => placed.at < at);
  const before = list.slice(0, k);
  const last = before[before.length - 1];
  if (last === undefined || !last.inner || before.every((placed) => placed.entity === last.entity)) return last?.entity;
  // A kind read inside a name refers back only where it is the one body of its kind named so far; else to the last
  // named with its kind before it (`банка «Северный кредит»` … `Центрального банка` … `совета банка`: Северный кредит),
  // and where all are named so, to the article's own (`Бывший директор театра` after two theatres).
  return before.filter((placed) => !placed.inner).pop()?.entity ?? (before.some((placed) => placed.trade) ? undefined : articlesOwn(before));
}

/**
 * Rule `the article's own`: of several bodies of one kind, each named with the kind inside its name (`Мариинский театр` …
 * `Большого театра` … `руководитель театра`; `Сбербанк` … `Центрального банка` … `аналитик банка`), a bare kind refers to the one
 * the article is about: the one it names most, or on a tie the one its lead names, as news names its subject first and again;
 * undefined where that tells none apart.
 */
function articlesOwn(before: readonly KindMention[]): number | undefined {
  const counts = new Map<number, number>();
  for (const placed of before) counts.set(placed.entity, (counts.get(placed.entity) ?? 0) + 1);
  const most = Math.max(...counts.values());
  const leaders = [...counts].filter(([, count]) => count === most).map(([entity]) => entity);
  if (leaders.length === 1 && most > 1) return leaders[0];
  const inLead = new Set(before.filter((placed) => placed.lead && leaders.includes(placed.entity)).map((placed) => placed.entity));
  return inLead.size === 1 ? [...inLead][0] : undefined;
}

/** The least number of words a lead sentence has: a dateline (`ПЕРМЬ, 3 апреля.`) cut off as a sentence of its own is none. */
const LEAD_WORDS = 5;

/** The token index where the text's lead ends: its first sentence of at least {@link LEAD_WORDS} words (0 for none). */
function leadSentenceEnd(words: readonly Word[], sentenceTokens: WorkingDocument['sentenceTokens']): number {
  for (const { first, end } of sentenceTokens) {
    let count = 0;
    for (let i = first; i < end && count < LEAD_WORDS; i++) if (words[i]!.kind === 'word') count++;
    if (count >= LEAD_WORDS) return end;
  }
  return 0;
}

/** The names and abbreviations of a group of organisations.json, folded. */
const groupNames = (entries: readonly (string | { name: string; abbr?: readonly string[] })[]): ReadonlySet<string> =>
  foldedSet(entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.name, ...(entry.abbr ?? [])])));
/** The companies organisations.json lists (`companies`), as folded names and abbreviations. */
const LISTED_COMPANIES = groupNames(organisationsData.companies);
/** The sports clubs organisations.json lists (`clubs`), as folded names and abbreviations. */
const LISTED_CLUBS = groupNames(organisationsData.clubs);
/** The kind nouns a listed club is referred back to by (roles.json `clubKinds`). */
const CLUB_KINDS: readonly string[] = rolesData.clubKinds.map(fold);
/** The kinds of company by trade a listed company is referred back to by (roles.json `companyKinds`). */
const COMPANY_KINDS: readonly string[] = rolesData.companyKinds.map(fold);

/** The nouns of an organisation's governing body (roles.json `governingBodies`: `совет`, `правление`). */
const GOVERNING_BODIES = foldedSet(rolesData.governingBodies);

/**
 * Rule `governing body`: a post that a body governing an organisation gives to a person (`appointed name title`) with no
 * place of its own is held at the organisation named with the body, within four words after its noun and before any verb
 * (`Совет директоров ПАО «Уралхим» избрал Марину Зотову генеральным директором` → Уралхим; `Наблюдательный совет банка
 * «Северный кредит» утвердил …`): a board appoints its own organisation's officers. The body's own name (`Совет
 * Федерации`) is no such organisation; undefined for none.
 */
function organisationOfGoverningBody(sentence: RoleSentence, person: SentenceMention): number | undefined {
  const { words, mentions } = sentence;
  for (let i = 0; i < person.first; i++) {
    if (words[i]!.kind !== 'word' || !words[i]!.keys.some((key) => GOVERNING_BODIES.has(key))) continue;
    const own = mentions[i]?.entity;
    for (let j = i + 1; j < Math.min(person.first, i + 5); j++) {
      const mention = mentions[j];
      if (mention !== undefined && mention.entity !== own) return mention.type === 'ORG' ? mention.entity : undefined;
      if (mention === undefined && words[j]!.analyses[0]?.pos === 'VERB') return undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Rule `appointing organisation`: a company, club, bank or party that is the subject right before the verb that appoints the
 * person (`Сбербанк назначил Александра Ведяхина первым заместителем председателя правления`, `Волейбольный клуб «Зенит-Казань»
 * назначил …`) gives a post of its own when the title names no place: such an organisation appoints its own officers, as its
 * board does. A state body appoints others' (`Совет Федерации назначил … аудитором`), so the organisation must be named with a
 * kind of organisation (roles.json `organisationKinds`) or listed as a company, an outlet or a party. Its name ends right
 * before the verb (a closing quotation mark between).
 */
function appointingOrganisation(document: WorkingDocument, kinds: ReadonlyMap<string, readonly KindMention[]>, sentence: RoleSentence, person: SentenceMention): number | undefined {
  const { words, mentions } = sentence;
  const verb = person.first - 1;
  let last = verb - 1;
  if (last >= 0 && '»"”'.includes(words[last]!.text)) last--;
  const mention = last >= 0 ? mentions[last] : undefined;
  if (mention?.type !== 'ORG' || mention.end !== last + 1) return undefined;
  const named = [...ORGANISATION_KINDS].some((kind) => kinds.get(kind)?.some((placed) => placed.entity === mention.entity));
  return named || listedAsAppointer(document.entities[mention.entity]?.name ?? '') ? mention.entity : undefined;
}

/** Kinds of organisation (roles.json `organisationKinds`: `компания`, `клуб`, `банк`). */
const ORGANISATION_KINDS = foldedSet(rolesData.organisationKinds);
/** The gazetteer's groups of organisations that appoint their own officers. */
const APPOINTING_GROUPS: ReadonlySet<string> = new Set(['companies', 'media', 'parties']);
let appointers: ReadonlySet<string> | undefined;
/** Whether a name is listed in the gazetteer as a company, an outlet or a party, in any of its forms. */
function listedAsAppointer(name: string): boolean {
  appointers ??= new Set(listedNames().filter((listed) => listed.type === 'ORG' && APPOINTING_GROUPS.has(listed.group)).map((listed) => fold(listed.name)));
  return appointers.has(fold(name));
}


/** What a role's post is held in, to tell two posts of a person apart: its entity, or the place an adjective names. */
const whereOf = (role: Role): number | string | null => role.of ?? role.place?.name ?? null;

/**
 * The token range of the mention that covers each token, read from the entity layer by token; a mention
 * whose edges are not those of its tokens has none.
 */
function mentionRanges({ tokens, mentionAt }: WorkingDocument): (SentenceMention | undefined)[] {
  const ranges: (SentenceMention | undefined)[] = new Array(tokens.length).fill(undefined);
  for (let first = 0; first < tokens.length; ) {
    const mention = mentionAt[first];
    let end = first + 1;
    while (end < tokens.length && mention !== undefined && mentionAt[end] === mention) end++;
    if (mention !== undefined && tokens[first]!.start === mention.start && tokens[end - 1]!.end === mention.end) {
      ranges.fill({ first, end, entity: mention.entity, type: mention.type }, first, end);
    }
    first = end;
  }
  return ranges;
}

/** The lemma of a title's head word (`послом` → `посол`). */
function headLemma(word: Word): string {
  return fold(word.analyses.find((reading) => reading.pos === 'NOUN')?.lemma ?? word.text);
}
