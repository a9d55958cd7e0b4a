/**
 * The speech lexicon (src/data/quotes/cues.json) as tests over words: which
 * words are cues, matched by lemma so every tense, aspect and form counts.
 */
import cues from '../data/quotes/cues.json';
import pronouns from '../data/quotes/pronouns.json';
import familyWords from '../data/gazetteer/family-words.json';
import { gazetteer, NATIONALITY_NOUNS, titlePrefixOf } from '../lexicon/gazetteer.js';
import { fold, foldedSet, perForm, type Word } from '../words/word.js';
import type { WordAnalysis } from '../morphology/morphology.js';

const SPEECH_VERBS = foldedSet(cues.speechVerbs);
const ADJECTIVE_CUES = foldedSet(cues.adjectiveCues);
const IMPERSONAL_VERBS = foldedSet(cues.impersonalVerbs);
const FORECAST_VERBS = foldedSet(cues.forecastVerbs);
const AUTHORIAL_MODALS = foldedSet(cues.authorialModals);
const SOURCE_NOUNS = foldedSet(cues.sourceNouns);
const LEGAL_ACTS = foldedSet(cues.legalActs);
const KIND_HYPERNYMS = new Map(Object.entries(cues.kindHypernyms).map(([kind, kinds]) => [fold(kind), [...foldedSet(kinds)]]));
const VERB_OBJECTS = new Map(Object.entries(cues.verbObjectCues).map(([verb, nouns]) => [fold(verb), foldedSet(nouns)]));
const SPOKES_NOUNS = foldedSet(cues.spokesNouns);
const UNNAMED_SOURCES = foldedSet(cues.unnamedSources);
const LATTER_ADJECTIVES = foldedSet(cues.latterAdjectives);
const OCCASION_NOUNS = foldedSet(cues.occasionNouns);
const TEMPORAL_PREPOSITIONS = foldedSet(cues.temporalPrepositions);
const DAY_NOUNS = foldedSet(cues.dayNouns);
const SEATS_OF_POWER: Readonly<Record<string, string>> = cues.seatsOfPower;
const POST_KINDS = new Map(Object.entries(cues.postKinds).map(([post, kinds]) => [fold(post), foldedSet(kinds)]));
const DOCUMENT_NOUNS = foldedSet(cues.documentNouns);
const OFFICE_NOUNS = foldedSet(cues.officeNouns);
const CALLING_NOUNS = foldedSet(cues.callingNouns);
const PERSON_DESCRIPTIONS = foldedSet(cues.personDescriptions);
const BODY_NOUNS = foldedSet(cues.bodyNouns);
const ROLE_GROUPS = cues.roleGroups.map(foldedSet);
const DEICTIC_COMPLEMENTS = foldedSet(cues.deicticComplements);
const PAGE_LABELS = foldedSet(cues.pageLabels);
const PASS_ON_VERBS = foldedSet(cues.passOnVerbs);
const CITING_VERBS = foldedSet(cues.citingVerbs);
const WORDS_CITING_VERBS = foldedSet(cues.wordsCitingVerbs);
const MINISTRY_HEADS = foldedSet(cues.ministryHeads);
const MINISTRY_DEPUTIES = foldedSet(cues.ministryDeputies);
const COLLEAGUE_NOUNS = foldedSet(cues.colleagueNouns);
const ADDITIVE_PARTICLES = foldedSet(cues.additiveParticles);

/** A conjunction of addition that stands between a subject and its verb as an adverb does (`также`, `тоже`). */
export const isAdditiveParticle = (word: Word): boolean => ADDITIVE_PARTICLES.has(word.folded);
const NEGATED_STANCES = foldedSet(cues.negatedStances);

/** A title of whoever heads a body (`глава`, `руководитель`), who at a ministry is its minister. */
export const isMinistryHead = (key: string): boolean => MINISTRY_HEADS.has(key);
/** A title of a deputy head of a body (`замглавы`), who at a ministry is its deputy minister (`замминистра`). */
export const isMinistryDeputy = (key: string): boolean => MINISTRY_DEPUTIES.has(key);
/** A noun for a person's counterpart (`коллега`, `визави`), who holds that person's post elsewhere. */
export const isColleagueNoun = (word: Word): boolean => word.keys.some((key) => COLLEAGUE_NOUNS.has(key));
const POSSESSIVES = foldedSet(pronouns.possessives.russian);
/** One-way relations of a general title or a periphrasis to the posts it names (`дипломат` → `госсекретарь`), by folded title. */
const ROLE_HYPERNYMS = new Map(
  cues.roleHypernyms.flatMap((entry) =>
    entry.titles.map((title) => [fold(title), { titles: [...foldedSet(entry.covers)], samePlace: 'samePlace' in entry && entry.samePlace === true }] as const),
  ),
);
const ROLE_WORDS = new Set([...ROLE_GROUPS.flatMap((group) => [...group]), ...[...ROLE_HYPERNYMS].flatMap(([title, { titles }]) => [title, ...titles])]);

/** A possessive pronoun (`его`, `её`, `их`), which before a noun is its dependent, not the phrase (`его адвокат`). */
export const isPossessivePronoun = (word: Word): boolean => POSSESSIVES.has(word.folded);

/** Every part of speech a verb's forms take, full participles included (`заявленный`): a speech verb counts in any form. */
const ANY_VERB_FORM = new Set(['VERB', 'INFN', 'PRTS', 'PRTF', 'GRND']);

/** The reading of `word` that makes it a speech verb (`заявил`, `считает`, `заявлено`), if any. */
export function speechReading(word: Word): WordAnalysis | undefined {
  return word.analyses.find(
    (reading) =>
      (ANY_VERB_FORM.has(reading.pos) && SPEECH_VERBS.has(reading.key)) ||
      (reading.pos === 'ADJS' && ADJECTIVE_CUES.has(reading.key)),
  );
}

/** A reflexive report with no speaker: `Сообщается`, `подчёркивалось`. */
export function isImpersonalVerb(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'VERB' && IMPERSONAL_VERBS.has(reading.key));
}

/**
 * Whether a word of this form may be a reported-speech cue at all: a speech reading, a verb that takes a speech object
 * (`выразил надежду`), or an impersonal report, and no forecast. Answered once per form: most words are none, and every
 * word of a sentence is asked.
 */
export const mayBeCue: (word: Word) => boolean = perForm((word) =>
  !isForecastVerb(word) && (isImpersonalVerb(word) || opensVerbObjectCue(word) || speechReading(word) !== undefined));

/** A speech verb whose negation still states a stance (`не исключил`, `не сомневается`), by folded lemma. */
export const isNegatedStance = (lemma: string): boolean => NEGATED_STANCES.has(fold(lemma));

/** A forecast, never a quote: `Предполагается`, `Ожидается`. */
export function isForecastVerb(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'VERB' && FORECAST_VERBS.has(reading.key));
}

/**
 * Whether a speech verb's reading is the author's own voice, which reports
 * nothing anyone said: the first person plural (`Напомним, что …`, `отметим`)
 * or the infinitive after an impersonal modal (`Стоит отметить, что …`,
 * `Следует добавить`); `before` is the word before the verb, if any.
 */
export function isAuthorialVoice(reading: WordAnalysis, before: Word | undefined): boolean {
  if (reading.tags.includes('1per') && reading.number === 'plur') return true;
  return reading.pos === 'INFN' && before !== undefined && AUTHORIAL_MODALS.has(before.folded);
}

/** A word that labels a credit or a part of a news page before a colon (`Фото:`, `Источник:`, `Читайте также:`), by any of its keys. */
export const isPageLabel = (word: Word): boolean => word.keys.some((key) => PAGE_LABELS.has(key));

/** A noun after a title that points at the place the text is about (`президент страны`, `глава региона`), by its folded lemma. */
export const isDeicticComplement = (key: string): boolean => DEICTIC_COMPLEMENTS.has(key);

/** A noun for a kind of organisation (`компания`, `концерн`, `министерство`; roles.json organisationDescriptors). */
export function isOrganisationKind(word: Word): boolean {
  const kinds = gazetteer().organisationDescriptors;
  return word.keys.some((key) => kinds.has(key));
}

/** A document that orders or rules rather than reports (`приказ`, `распоряжение`; legalActs in cues.json). */
export function isLegalAct(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && LEGAL_ACTS.has(reading.key));
}

/** A noun for what someone issues (`заявлении`, `докладе`): whose it is speaks in an agentless report about it. */
export function isDocumentNoun(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && DOCUMENT_NOUNS.has(reading.key));
}

/** A noun that names a source after `по` or `согласно`: `словам`, `мнению`, `данным`. */
export function isSourceNoun(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && SOURCE_NOUNS.has(reading.key));
}

/**
 * The nouns that complete a verb into a cue, by the verb's key. A reflexive verb takes those of the verb it is the passive
 * of (`высказываются опасения` as `высказывать опасения`), when it has none of its own.
 */
const objectsOf = (key: string): ReadonlySet<string> | undefined =>
  VERB_OBJECTS.get(key) ?? (key.endsWith('ся') ? VERB_OBJECTS.get(key.slice(0, -2)) : undefined);

/** Rule 'passive verb-object cue': a reflexive passive of a verb-object cue (`Высказываются опасения, что …`) names no speaker: its noun is its subject. */
export const isPassiveVerbObjectCue = (reading: WordAnalysis): boolean => !VERB_OBJECTS.has(reading.key) && objectsOf(reading.key) !== undefined;

/** Whether `noun` completes `verb` into a cue (`выразил` + `надежду`). */
export function isVerbObjectCue(verb: Word, noun: Word): boolean {
  return verb.analyses.some((reading) => {
    const nouns = objectsOf(reading.key);
    return nouns !== undefined && noun.keys.some((key) => nouns.has(key));
  });
}

/** The demonstratives that put a verb-object cue's noun first, pointing at a statement just made (`такое заявление сделал`). */
const POINTING = foldedSet(['такой', 'этот']);

/**
 * A verb-object cue with its noun first, after a demonstrative (`такое заявление сделал X`, `Это мнение высказал X`):
 * the reading of its verb at `i + 2` and the cue's lemma (`сделать заявление`), or undefined. It points at the
 * statement just before it.
 */
export function pointingVerbObjectCue(words: readonly Word[], i: number): { reading: WordAnalysis; lemma: string } | undefined {
  const [pointer, noun, verb] = [words[i], words[i + 1], words[i + 2]];
  if (!pointer || !noun || !verb || !pointer.analyses.some((reading) => POINTING.has(reading.key))) return undefined;
  if (!isVerbObjectCue(verb, noun)) return undefined;
  const reading = verb.analyses.find((candidate) => candidate.pos === 'VERB');
  return reading && { reading, lemma: `${reading.lemma} ${noun.analyses[0]?.lemma ?? noun.folded}` };
}

/** Whether `word` can open a verb-object cue (`выразил`, `высказал`). */
export function opensVerbObjectCue(word: Word): boolean {
  return word.analyses.some((reading) => ANY_VERB_FORM.has(reading.pos) && objectsOf(reading.key) !== undefined);
}

/** A noun for whoever speaks for a body or a person (`представитель`, `пресс-служба`): the speaker is the one it speaks for. */
export function isSpokesNoun(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && SPOKES_NOUNS.has(reading.key));
}

/** A noun for a source the text keeps unnamed (`собеседник агентства`, `источник в правительстве`): never the last speaker. */
export function isUnnamedSource(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && UNNAMED_SOURCES.has(reading.key));
}

/** A preposition of time (`после`, `накануне`), matched as a word, folded: what it opens is the clause's adjunct. */
export function isTemporalPreposition(word: Word): boolean {
  return TEMPORAL_PREPOSITIONS.has(word.folded);
}

/** The state whose head's office a residence's name stands for (`Кремль` → `Россия`), if it is one. */
export const stateOfSeat = (name: string): string | undefined => SEATS_OF_POWER[name];

/** A day of the week (`пятница`, `среда`), by its lemma: after `в` it tells when a statement was made. */
export function isDayNoun(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && DAY_NOUNS.has(reading.key));
}

/** A noun for the occasion of a statement (`интервью`, `заседание`, `ход` in `в ходе`): after a preposition, the clause's adjunct. */
export function isOccasionNoun(word: Word): boolean {
  // A Latin name has no readings: as written (`в Telegram`).
  if (word.latin) return OCCASION_NOUNS.has(word.folded);
  return word.analyses.some((reading) => reading.pos === 'NOUN' && OCCASION_NOUNS.has(reading.key));
}

/** An adjective that may stand alone for the person named last (`последний`, `последняя`: the latter). */
export function isLatterAdjective(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'ADJF' && LATTER_ADJECTIVES.has(reading.key));
}

/** A noun for an office or public standing (`мэр`, `Глава`, `дипломат`), by which news goes on about the person it has just named. */
export function isOfficeNoun(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && OFFICE_NOUNS.has(reading.key));
}

/**
 * A noun that describes a person by sex, age, a sport or authorship (`Мужчина`, `пенсионерка`, `Фигуристка`, `автор`;
 * personDescriptions in cues.json), by which news goes on about the one person it has just named acting, as by an office noun.
 */
export function isPersonDescription(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && PERSON_DESCRIPTIONS.has(reading.key));
}

const RELATIVES = foldedSet(familyWords.relatives);

/** A noun for a person by kinship or marriage to another (`вдова`, `сын`; `relatives` in data/gazetteer/family-words.json). */
export function isRelativeNoun(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && RELATIVES.has(reading.key));
}

/** A performer's or a writer's calling (`актер`, `певица`; callingNouns in cues.json): an office noun that stands only for someone given no other post. */
export function isCallingNoun(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && CALLING_NOUNS.has(reading.key));
}


/**
 * A noun of a person's nationality (`серб`, `француженка`; data/gazetteer/demonyms.json), by which sports and foreign news go
 * on about the person just named (`Деян Станкович похвалил футболистов. «…», — сказал серб`).
 */
export function isNationalityNoun(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && NATIONALITY_NOUNS.has(reading.key));
}

/** The keys of a word's readings as a noun of nationality (`чешку` → `чешка`), none for any other word. */
export function nationalityKeys(word: Word): string[] {
  return word.analyses.flatMap((reading) => (reading.pos === 'NOUN' && NATIONALITY_NOUNS.has(reading.key) ? [reading.key] : []));
}

/** The kinds of organisation a general kind noun covers (folded: `издание` → `газета`, `журнал`, …; kindHypernyms in cues.json), or none. */
export function kindsCovered(key: string): readonly string[] {
  return KIND_HYPERNYMS.get(key) ?? [];
}

/** A noun for a kind of body (`ведомство`, `банк`), by which news goes on about the organisation it has just named. */
export function isBodyNoun(word: Word): boolean {
  return word.analyses.some((reading) => reading.pos === 'NOUN' && reading.number !== 'plur' && BODY_NOUNS.has(reading.key));
}

/** A folded body noun (`компания`, `концерн`, `банк`; bodyNouns in cues.json). */
export const isBodyNounKey = (key: string): boolean => BODY_NOUNS.has(key);

/** A folded noun for a kind of organisation or body (`компания`, `банк`, `ведомство`): a title's complement that points at an organisation in context. */
export function isOrganisationKindKey(key: string): boolean {
  return gazetteer().organisationDescriptors.has(key) || BODY_NOUNS.has(key);
}

/** A folded person's title or role (`посол`, `глава государства`, `дипломат`), with a title prefix too (`экс-нападающий`). */
export function isTitleKey(key: string): boolean {
  const listed = (title: string): boolean => gazetteer().titles.has(title) || ROLE_WORDS.has(title);
  const prefixed = titlePrefixOf(key);
  return listed(key) || (prefixed !== undefined && listed(prefixed.title));
}

let multiwordOpeners: ReadonlySet<string> | undefined;

/** Whether a folded word opens a title of several words (`глава` of `глава государства`, `министр` of `министр иностранных дел`). */
export function opensMultiwordTitle(key: string): boolean {
  multiwordOpeners ??= new Set([...gazetteer().titles, ...ROLE_WORDS].filter((title) => title.includes(' ')).map((title) => title.slice(0, title.indexOf(' '))));
  return multiwordOpeners.has(key);
}

/**
 * Titles that can stand for one another when a text names a person by role:
 * `дипломат` for the `посол` introduced earlier, `глава государства` for the `президент`.
 * Returns the folded lemmas of every title in `role`'s group, `role` included.
 */
export function roleGroup(role: string): readonly string[] {
  const key = fold(role);
  const group = ROLE_GROUPS.find((members) => members.has(key));
  if (group) return [...group];
  // A former holder's title stands for the former holder of any title of its group (`Экс-нападающий` for the `бывший
  // футболист` named before: the roles give him `экс-футболист`).
  const prefixed = titlePrefixOf(key);
  const unprefixed = prefixed === undefined ? undefined : ROLE_GROUPS.find((members) => members.has(prefixed.title));
  return unprefixed ? [key, ...[...unprefixed].map((member) => prefixed!.prefix + member)] : [key];
}

/** Whether a post exists at organisations of one kind, this one (`ректор` at a `вуз`; postKinds in cues.json). */
export function postImpliesKind(post: string, kind: string): boolean {
  return POST_KINDS.get(fold(post))?.has(kind) ?? false;
}

/**
 * The posts a general title or a periphrasis names one way only (`Американский дипломат` for the `госсекретарь США`,
 * `Глава российской дипломатии` for the `министр иностранных дел`; a `посол` is no minister), and whether the holder
 * must hold the post at the very place or body the phrase names (`Глава ООН` for the `генсек ООН`); undefined for none.
 */
export function roleCovers(role: string): { readonly titles: readonly string[]; readonly samePlace: boolean } | undefined {
  return ROLE_HYPERNYMS.get(fold(role));
}

/** The genders a common first name is listed with, by its folded form (`валентина` a woman's); empty for a name not listed. */
export function listedNameGenders(key: string): Set<'masc' | 'femn'> {
  return addListedGenders(new Set(), key);
}

function addListedGenders(genders: Set<'masc' | 'femn'>, key: string): Set<'masc' | 'femn'> {
  const firstNames = gazetteer().commonFirstNames;
  if (firstNames.masc.has(key)) genders.add('masc');
  if (firstNames.femn.has(key)) genders.add('femn');
  return genders;
}

/** A verb of citing (`цитирует`, `приводит` with `слова`), whose object, not its subject, is the speaker (`— цитирует министра ТАСС`). */
export const isCitingCue = (lemma: string): boolean => CITING_VERBS.has(fold(lemma)) || WORDS_CITING_VERBS.has(fold(lemma));

/** A verb that cites only with `слова` as its object (`приводит`), whose speaker is named after `слова`. */
export const isWordsCitingCue = (lemma: string): boolean => WORDS_CITING_VERBS.has(fold(lemma));

/** Tokens after a words-citing verb in which its `слова` may stand, past the medium (`приводит агентство «Интерфакс» слова`). */
const WORDS_CITING_WINDOW = 6;

/**
 * Rule `citedWords`: the finite reading of a verb that cites only with `слова` as its object, when `слова` follows within
 * a few words (`— приводит «Интерфакс» слова губернатора`); `приводит данные` or `привёл пример` report no one's words.
 */
export function wordsCitingReading(words: readonly Word[], i: number): WordAnalysis | undefined {
  const reading = words[i]!.analyses.find((candidate) => candidate.pos === 'VERB' && WORDS_CITING_VERBS.has(candidate.key));
  if (!reading) return undefined;
  for (let j = i + 1; j < Math.min(words.length, i + 1 + WORDS_CITING_WINDOW); j++) {
    const word = words[j]!;
    if (word.keys.includes('слово') && word.analyses.some((candidate) => candidate.pos === 'NOUN' && candidate.case === 'accs')) return reading;
    if (word.token.kind === 'word' && word.analyses[0]?.pos === 'VERB') return undefined;
  }
  return undefined;
}

/** A cue by which a medium passes on a statement (`как передала`, `пишет`), from its lemma (`как передать`): its last word. */
export function isPassOnCue(lemma: string): boolean {
  return PASS_ON_VERBS.has(fold(lemma.slice(lemma.lastIndexOf(' ') + 1)));
}

const PLACE_HEAD_TITLES: ReadonlyMap<string, string> = new Map(Object.entries(cues.placeHeadTitles as Record<string, string>).map(([kind, title]) => [fold(kind), fold(title)]));

/** The title the head (`глава`) of a listed place of this kind (folded: `город`) holds too (`мэр`; cues.json `placeHeadTitles`), if any. */
export const placeHeadTitle = (kind: string): string | undefined => PLACE_HEAD_TITLES.get(kind);
