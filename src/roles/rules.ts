/**
 * The role rules: how a news text states that a person holds a post, as named
 * declarations over the words and the entity mentions of a sentence. A title
 * is a title word (`посол`, roles.json `titles`), the modifiers that belong to
 * the post's name before it (`первый`, `генеральный`), and its complements after
 * it: genitive words (`министр иностранных дел`), place or organisation
 * mentions (`Азербайджана`, `ОАО «Газпром»`), and prepositional phrases naming
 * one (`в Казахстане`, `по вопросам прав человека`).
 */
import placeAdjectivesData from '../data/gazetteer/place-adjectives.json';
import placeWordsData from '../data/gazetteer/place-words.json';
import rolesData from '../data/gazetteer/roles.json';
import { titlePrefixOf } from '../lexicon/gazetteer.js';
import type { EntityType } from '../model.js';
import { fold, foldedSet, perForm, type Word } from '../words/word.js';

/** A sentence as the role rules read it: its words and, for each, the entity mention it lies in. */
export interface RoleSentence {
  readonly words: readonly Word[];
  /** For each word, the mention covering it, or undefined. */
  readonly mentions: readonly (SentenceMention | undefined)[];
  /** The people the sentence names, in order: each person's mention once. */
  readonly people: readonly SentenceMention[];
}

/** An entity mention in a sentence, by word indices (`end` exclusive). */
export interface SentenceMention {
  readonly first: number;
  readonly end: number;
  readonly entity: number;
  readonly type: EntityType;
}

/** A title found in a sentence, by word indices, with the place or organisation mention inside it. */
export interface TitleMatch {
  readonly first: number;
  /** One past its last word. */
  readonly end: number;
  /** The index of the head word (`послом` in `послом Франции`). */
  readonly head: number;
  readonly of: SentenceMention | undefined;
  /** When no mention names where the post is held, a place adjective before the title (`российский президент`): its index and the place's listed name. */
  readonly place?: { readonly word: number; readonly name: string };
  /**
   * A plural title before several names (`Депутаты Госдумы Иван Иванов и Петр Сидоров`), each one's post in the singular;
   * `places`: where its places start when they pair off with the names in order (`министры иностранных дел | России и Франции`).
   */
  readonly plural?: { readonly places?: number };
  /** The post a verb of heading states (`возглавляет «Роснефть»` → `глава`): the title's normal, the verb its text. */
  readonly post?: string;
  /**
   * A bare kind noun that says where the post is held by referring back to the body or place the text named with it
   * (`руководил районом` → the district named before); a role with one is kept only where the kind refers to something.
   */
  readonly kind?: number;
}

/** A role found by a rule: the person's mention, the title, and the rule's name. */
export interface RoleMatch {
  readonly person: SentenceMention;
  readonly title: TitleMatch;
  readonly rule: string;
}

/** A named rule: finds the roles it knows the shape of in a sentence. */
export interface RoleRule {
  readonly name: string;
  readonly find: (sentence: RoleSentence) => RoleMatch[];
}

/** Titles of owning or founding something (`владелец`, `основатель`): no post, so no role. */
const OWNERSHIP_TITLES = foldedSet(rolesData.ownershipTitles);
/** One-word titles: the head of a title phrase (`министр` in `министр иностранных дел`). */
const TITLES = foldedSet([...rolesData.titles, ...rolesData.postTitles].filter((title) => !title.includes(' ')).filter((title) => !OWNERSHIP_TITLES.has(fold(title))));
/** Whether a lemma is a title, or a title after a prefix of deputy or former holder (`вице-консул`, `экс-мэр`), whatever the dictionary lists. */
const isTitle = (key: string): boolean => TITLES.has(key) || TITLES.has(titlePrefixOf(key)?.title ?? '');
const MODIFIERS = foldedSet(rolesData.titleModifiers);
/** The modifiers' stems (`перв-ый`): the dictionary gives an ordinal its cardinal for lemma (`первым` → `один`), so forms are matched by stem too. */
const MODIFIER_STEMS: ReadonlySet<string> = new Set(rolesData.titleModifiers.map((modifier) => fold(modifier).slice(0, -2)));
/** `врио`, `и. о.`, `исполняющий обязанности`: each as its tokens' folded texts or lemmas. */
const ACTING_PREFIXES = rolesData.actingPrefixes.map((prefix) => prefix.split(' ').map((part) => foldedSet([part])));
const PREPOSITIONS = foldedSet(rolesData.titlePrepositions);
const STATEMENT_VERBS = foldedSet(rolesData.statementVerbs);
const APPOINTING_VERBS = foldedSet(rolesData.appointingVerbs);
const POST_NOUNS = foldedSet(rolesData.postNouns);
const INSTRUMENTAL_TITLES = foldedSet(rolesData.instrumentalTitles);
/** The stems of the titles that are participles (`управляющ-ий`, `-его`, `-ему`): the dictionary reads them as forms of the verb. */
const PARTICIPLE_STEMS: ReadonlySet<string> = new Set(rolesData.instrumentalTitles.filter((title) => title.endsWith('ий')).map((title) => fold(title).slice(0, -2)));
/** The word is one of the stems with an adjective's ending of at most three letters (`управляющ-его`, `перв-ым`). */
function hasStemOf(word: Word, stems: ReadonlySet<string>): boolean {
  // The word's beginnings that leave an ending of at most three letters: four lookups instead of a pass over the stems.
  const folded = word.folded;
  for (let length = Math.max(0, folded.length - 3); length <= folded.length; length++) if (stems.has(folded.slice(0, length))) return true;
  return false;
}
/** A participle title (`управляющего`): its stem and a singular ending of at most three letters. */
const isParticipleTitle = perForm((word) => hasStemOf(word, PARTICIPLE_STEMS) && word.analyses.some((reading) => reading.pos === 'PRTF' && reading.tags.includes('sing')));
/** Place adjectives by lemma (`российский`) and the places they name (`Россия`). */
const PLACE_ADJECTIVES: ReadonlyMap<string, string> = new Map(Object.entries(placeAdjectivesData.adjectives).map(([lemma, place]) => [fold(lemma), place]));
/** Titles of state and regional posts: a place adjective before one names where it is held, not a nationality. */
const STATE_POSTS = foldedSet(rolesData.statePosts);
/** Words that name the kind of an organisation before its name (`ОАО «Газпром»`, `компании «Роснефть»`). */
const ORGANISATION_DESCRIPTORS = foldedSet(rolesData.organisationDescriptors);
/** Verbs of heading something (`возглавлять`) by lemma, and the post each states (`глава`). */
const KIN_NOUNS = foldedSet(rolesData.kinNouns);
/** Military and church ranks (roles.json `ranks`), which name no one else's post. */
const RANKS = foldedSet(rolesData.ranks);
const HEADING_VERBS: ReadonlyMap<string, string> = new Map(Object.entries(rolesData.headingVerbs).map(([verb, post]) => [fold(verb), post]));

const inList = (word: Word | undefined, list: ReadonlySet<string>): boolean => word !== undefined && word.keys.some((key) => list.has(key));
/**
 * {@link inList} of one list as a test of the form, answered once per form: for the lists a rule asks of every word of a
 * sentence (a verb of stating, a modifier before a title), most of which are in none.
 */
/** A test of a word's form alone, answered once per form; a word that is not there (before the first, after the last) fails it. */
const ofFormIfAny = (test: (word: Word) => boolean): ((word: Word | undefined) => boolean) => {
  const ofForm = perForm(test);
  return (word) => word !== undefined && ofForm(word);
};
const formInList = (list: ReadonlySet<string>): ((word: Word | undefined) => boolean) => ofFormIfAny((word) => inList(word, list));
const isListedModifier = formInList(MODIFIERS);
const isStatementVerb = formInList(STATEMENT_VERBS);
const isAppointingVerb = formInList(APPOINTING_VERBS);
const hasReading = (word: Word, test: (tags: readonly string[]) => boolean): boolean => word.analyses.some((reading) => test(reading.tags));
const isText = (word: Word | undefined, ...texts: string[]): boolean => word !== undefined && texts.includes(word.text);
/** Ends an apposition or description: the punctuation after `Х, ректор МГУ`. */
const CLOSING = [',', '.', ')', '—', '–', ';', ':', '!', '?'];
const QUOTES = ['«', '»', '"', '“', '”', '„'];
const OPENING_QUOTES = ['«', '„'];
/** How far a title may run, in words: long enough for `Государственный секретарь по вопросам прав человека американского министерства иностранных дел`. */
const MAX_TITLE = 14;

const mentionAt = (sentence: RoleSentence, i: number): SentenceMention | undefined => sentence.mentions[i];
const isPlace = (mention: SentenceMention | undefined): mention is SentenceMention => mention !== undefined && mention.type !== 'PER';
/** A person's mention that starts at word `i`. */
const personAt = (sentence: RoleSentence, i: number): SentenceMention | undefined => {
  const mention = mentionAt(sentence, i);
  return mention?.type === 'PER' && mention.first === i ? mention : undefined;
};

/**
 * A title word: a noun whose lemma is a title (`после` is a form of `посол` too, but a preposition first),
 * singular (a post is one person's: not `представители Госдумы`), not inside a name (`Администрации Президента`),
 * not in capitals, and not after `при` (`Совет при Президенте`: the post names the patron of a body, not anyone's post).
 */
function isHead(sentence: RoleSentence, i: number, number: 'sing' | 'plur' = 'sing', named = false): boolean {
  const word = sentence.words[i];
  if (word === undefined || word.shape === 'upper' || mentionAt(sentence, i) !== undefined) return false;
  // Rule `при and a name`: a title after `при` that a name follows is that person's post (`при губернаторе Приморья Олеге
  // Кожемяко`, `при министре финансов Алексее Кудрине`): the patron a body is attached to is named by post alone.
  if (!named && isText(sentence.words[i - 1], 'при', 'При')) return false;
  if (inStreetName(sentence, i)) return false;
  if (number === 'sing' && isParticipleTitle(word)) return true;
  const best = word.analyses[0];
  // A participle the dictionary also has as a title noun (`нападающий`) is read as the noun.
  const titleNoun = (reading: Word['analyses'][number]): boolean => reading.pos === 'NOUN' && isTitle(reading.key);
  // Rule `title noun as likely`: a form the dictionary reads as a title noun as often as its first reading is the title's
  // (`секретаря`: a gerund of `секретарить` and the genitive of `секретарь`, both scored alike).
  const asLikely = (reading: Word['analyses'][number]): boolean => titleNoun(reading) && best !== undefined && reading.score >= best.score;
  if (best !== undefined && best.pos !== 'NOUN' && best.pos !== 'ADJF' && !(best.pos === 'PRTF' && word.analyses.some(titleNoun)) && !word.analyses.some(asLikely)) return false;
  return word.analyses.some((reading) => isTitle(reading.key) && reading.tags.includes(number) && (reading.pos === 'NOUN' || reading.pos === 'ADJF'))
    || (number === 'sing' && word.analyses.length === 0 && isTitle(word.folded));
}

/** Nouns of a street (place-words.json `streets`: `улица`, `проспект`), and `имени`, after which a capitalised title is a name's word. */
const STREET_NOUNS = foldedSet([...placeWordsData.streets, 'имя']);

/**
 * Rule `title in a street's name`: a capitalised title word inside a sentence right after a street noun or `имени` (`улица
 * Адмирала Макарова`, `проспект Маршала Жукова`, `школа имени Героя Советского Союза`) opens the name of a place or body that
 * honours someone, not anyone's post: Russian writes a post in lower case inside a sentence, and a street's or a body's name
 * keeps the honoured one's title capitalised.
 */
function inStreetName(sentence: RoleSentence, i: number): boolean {
  const word = sentence.words[i]!;
  const before = sentence.words[i - 1];
  return word.shape === 'title' && !word.sentenceStart && before !== undefined && (before.shape === 'lower' || before.sentenceStart) && inList(before, STREET_NOUNS);
}

/** The number of words of an acting prefix (`врио`, `и. о.`, `исполняющий обязанности`) at `i`, or 0. */
function actingAt(sentence: RoleSentence, i: number): number {
  const prefix = ACTING_PREFIXES.find((parts) => parts.every((part, k) => inList(sentence.words[i + k], part)));
  return prefix?.length ?? 0;
}

/** Whether an acting prefix ends right before `head`: the title is then in the genitive (`врио губернатора`), whatever the case of the phrase. */
export function actingBefore(sentence: RoleSentence, head: number): boolean {
  // The post's own modifiers may stand between (rule `modifiers after an acting prefix`: `и. о. главного тренера`).
  let at = head;
  while (at > 0 && head - at < 3 && isModifier(sentence.words[at - 1])) at--;
  return ACTING_PREFIXES.some((parts) => at >= parts.length && actingAt(sentence, at - parts.length) === parts.length);
}

/**
 * Whether a title opens with a participle that governs the rest: a participle title (`заведующим кафедрой`) or an acting
 * prefix (`исполняющим обязанности губернатора`); its nominative is that participle's, the rest kept as written.
 */
export const opensWithParticiple = (sentence: RoleSentence, title: TitleMatch): boolean =>
  (title.head === title.first && isParticipleTitle(sentence.words[title.head]!)) || actingParticiple(sentence, title) !== undefined;

/**
 * The index of the participle of an acting prefix a title opens with (`исполняющим обязанности`, `временно исполняющим
 * обязанности`: after its adverb), or undefined.
 */
export function actingParticiple(sentence: RoleSentence, title: TitleMatch): number | undefined {
  if (actingAt(sentence, title.first) === 0) return undefined;
  for (const at of [title.first, title.first + 1]) {
    if (at < title.head && hasReading(sentence.words[at]!, (tags) => tags.includes('PRTF'))) return at;
  }
  return undefined;
}

/** The words a title can open with: a modifier, an acting prefix's first word, a title word. */
const TITLE_OPENERS: ReadonlySet<string> = new Set([...MODIFIERS, ...ACTING_PREFIXES.flatMap((parts) => [...parts[0]!]), ...TITLES]);
/** A modifier that belongs to the post (`первый`, `генеральный`), in any form: an adjective with its stem and an ending of at most three letters. */
const modifierForm = perForm((word) => inList(word, MODIFIERS) || (hasReading(word, (tags) => tags.includes('ADJF')) && hasStemOf(word, MODIFIER_STEMS)));
const isModifier = (word: Word | undefined): boolean => word !== undefined && modifierForm(word);

/** Whether a title may open at a word; most words are none, and need not be read further. */
const opensTitleForm = perForm((word) => inList(word, TITLE_OPENERS) || word.analyses.some((reading) => isTitle(reading.key)) || isParticipleTitle(word) || isModifier(word));
const mayOpenTitle = (word: Word | undefined): boolean => word !== undefined && opensTitleForm(word);

/** A title that is a participle or adjective by form (`управляющий`, `ведущий`), in the singular. */
const adjectivalTitle = (word: Word): boolean =>
  isParticipleTitle(word) || word.analyses.some((r) => (r.pos === 'ADJF' || r.pos === 'PRTF') && r.tags.includes('sing') && isTitle(r.key));

/** The head at or after `i` past the post's own modifiers (`первый заместитель`) and an acting prefix (`и. о. министра`), or -1. */
function headFrom(sentence: RoleSentence, i: number, number: 'sing' | 'plur' = 'sing', named = false): number {
  if (!mayOpenTitle(sentence.words[i])) return -1;
  let at = i;
  const modifier = (j: number): boolean => isModifier(sentence.words[j]) && mentionAt(sentence, j) === undefined;
  // `чрезвычайный и полномочный посол`: modifiers may be joined by `и`.
  while (at - i < 4 && (modifier(at) || (at > i && isText(sentence.words[at], 'и') && modifier(at + 1)))) at++;
  const acting = actingAt(sentence, at);
  at += acting;
  // Rule `modifiers after an acting prefix`: the prefix stands before the whole post, its own modifiers after it
  // (`исполняющий обязанности главного тренера`, `врио первого заместителя губернатора`).
  for (let k = 0; acting > 0 && k < 3 && modifier(at); k++) at++;
  // Rule `participle before a title`: `управляющий директор`, `ведущий аналитик`, `управляющий партнёр`: a title that is an
  // adjective or participle by form right before a title noun is the noun's modifier (on its own it would take a complement:
  // `управляющий банком`, `ведущий программы`).
  if (at === i && number === 'sing' && adjectivalTitle(sentence.words[at]!) && mentionAt(sentence, at) === undefined) {
    const next = at + 1;
    // Not a rank right before a name (`командующего генерала Александра Журавлева`): that is the name's (`rank before the name`).
    const rankOfName = inList(sentence.words[next], RANKS) && mentionAt(sentence, next + 1)?.type === 'PER';
    if (isHead(sentence, next, number, named) && !isParticipleTitle(sentence.words[next]!) && !rankOfName) return next;
  }
  return isHead(sentence, at, number, named) ? at : -1;
}

/**
 * A word in the genitive: a complement of the title (`иностранных дел`, `министра`, `государства`), or a capitalised
 * word of a body's name the entity rules did not take (`Палаты представителей`, `Совета муфтиев`).
 */
const genitiveWord = (word: Word, grammaticalCase = 'gent'): boolean => {
  const genitive = (reading: Word['analyses'][number]): boolean =>
    reading.tags.includes(grammaticalCase) && (reading.pos === 'NOUN' || reading.pos === 'ADJF' || reading.pos === 'PRTF');
  // A function word first (`при` is also an old genitive of `пря`) is no complement.
  if (!word.analyses[0] || ['PREP', 'CONJ', 'PRCL', 'INTJ'].includes(word.analyses[0].pos)) return false;
  if (word.shape === 'lower') return word.analyses.some(genitive);
  // A capitalised word by its dictionary readings only, never a guess from its ending (`Виторио` is a first name).
  return word.shape === 'title' && !word.sentenceStart && word.analyses.some((reading) => reading.known && genitive(reading) && !reading.tags.some((tag) => tag === 'Name' || tag === 'Surn' || tag === 'Patr'));
};

/**
 * Whether `и` at `i` joins two genitive complements of one title (`промышленности и торговли`): a lower-case genitive noun
 * before it, and after it a lower-case genitive word that is no title of its own (`президента России и премьер-министра
 * Японии` are two posts) and no name.
 */
function coordinatedComplement(sentence: RoleSentence, i: number, head: number): boolean {
  const { words } = sentence;
  if (i < head + 2 || !isText(words[i], 'и')) return false;
  return lowerGenitiveAt(sentence, i - 1) && genitiveNoun(words[i - 1]!) && lowerGenitiveAt(sentence, i + 1) && headFrom(sentence, i + 1) < 0
    // An adjective before an ownership word opens the owner's phrase (`совета директоров и основной владелец`).
    && !isOwnershipWord(words[i + 2]);
}

/** A lower-case word in the genitive at `at` that no mention covers: a field a title may govern (`промышленности`). */
function lowerGenitiveAt(sentence: RoleSentence, at: number): boolean {
  const word = sentence.words[at];
  return word !== undefined && word.shape === 'lower' && mentionAt(sentence, at) === undefined && genitiveWord(word);
}

/** A word the dictionary may read as a noun in the genitive (`торговли`, `туризма`). */
const genitiveNoun = (word: Word): boolean => word.analyses.some((r) => r.pos === 'NOUN' && r.tags.includes('gent'));

/**
 * Rule `list of fields`: whether the comma at `i` joins genitive complements of one title in a list that `и` closes
 * (`министр спорта, туризма и молодёжной политики`, `министр строительства, архитектуры и ЖКХ`): a lower-case genitive
 * noun before it, a genitive word that opens no title after it, and within the next four words `и` before a joined complement
 * ({@link coordinatedComplement}), no other mark between. A title after the comma opens the person's next post.
 */
function listedComplement(sentence: RoleSentence, i: number, head: number): boolean {
  const { words } = sentence;
  if (i < head + 2 || !isText(words[i], ',')) return false;
  if (!lowerGenitiveAt(sentence, i - 1) || !genitiveNoun(words[i - 1]!) || !lowerGenitiveAt(sentence, i + 1) || headFrom(sentence, i + 1) >= 0) return false;
  for (let j = i + 2; j < Math.min(words.length, i + 6); j++) {
    if (isText(words[j], 'и')) return coordinatedComplement(sentence, j, head) || (words[j + 1]?.shape === 'upper' && mentionAt(sentence, j + 1) === undefined);
    if (words[j]!.kind !== 'word' || !genitiveWord(words[j]!)) return false;
  }
  return false;
}

/** `который` in any form. */
const isRelative = (word: Word | undefined): boolean => word !== undefined && word.analyses.some((r) => r.lemma === 'который');

/**
 * Whether the word at `i` follows a place's name right away. An organisation's name is left out: the entity stage may cut it
 * short (`Меджлиса | крымскотатарского народа`), and the title then runs on through the rest of it.
 */
const afterName = (sentence: RoleSentence, i: number): boolean => mentionAt(sentence, i - 1)?.type === 'LOC';

/** Titles written shortened (roles.json `abbreviatedTitles`: `зам`), the period after them part of the title. */
const ABBREVIATED_TITLES = foldedSet(rolesData.abbreviatedTitles);

/** Parts of speech of a verb's forms, which no title's complement contains. */
const VERB_POS: ReadonlySet<string> = new Set(['VERB', 'INFN', 'PRTS', 'GRND']);

/**
 * How far the complements of the head at `head` reach: the index after the last one, and the first
 * place or organisation mention among them. A prepositional phrase counts only when it names a place
 * or organisation (`в Казахстане`, `от штата Аризона`), or is `по` and lower-case words (`по вопросам прав человека`);
 * when `anchored` (the title must run up to a name, so it cannot overrun), any preposition and up to two lower-case
 * words (`при прокуратуре`, `в регионе`).
 */
function complements(sentence: RoleSentence, head: number, anchored: boolean): { end: number; of: SentenceMention | undefined } {
  const { words } = sentence;
  let end = head + 1;
  let of: SentenceMention | undefined;
  // `управляющий компанией`: the first complement of such a title is in the instrumental, the rest in the genitive.
  let complementCase = inList(words[head], INSTRUMENTAL_TITLES) || isParticipleTitle(words[head]!) ? 'ablt' : 'gent';
  // Rule `abbreviated title`: `Зам. министра финансов`: the period right after a shortened title is part of it.
  if (isText(words[end], '.') && inList(words[head], ABBREVIATED_TITLES) && words[head]!.token.end === words[end]!.token.start) end++;
  const place = (i: number): number => {
    const mention = mentionAt(sentence, i);
    if (!isPlace(mention) || mention.first !== i) return -1;
    of ??= mention;
    return mention.end;
  };
  while (end < words.length && end - head < MAX_TITLE) {
    const word = words[end]!;
    const mention = mentionAt(sentence, end);
    if (mention !== undefined) {
      const after = place(end);
      if (after < 0) break;
      end = after + bracketedAbbreviation(sentence, after);
    } else if (inList(word, ORGANISATION_DESCRIPTORS) && (isPlace(mentionAt(sentence, end + 1)) || isPlace(mentionAt(sentence, end + 2)))) {
      // `глава ОАО «Газпром»`: the kind of the organisation (in capitals, so no genitive) before its name.
      end++;
    } else if (isText(word, ...QUOTES) && isPlace(mentionAt(sentence, end + 1))) {
      end++;
    } else if (isText(word, ...QUOTES) && isPlace(mentionAt(sentence, end - 1))) {
      end++;
    } else if ((word.shape === 'upper' || word.shape === 'mixed') && end > head + 1 && isPlace(mentionAt(sentence, end - 1)) && mentionAt(sentence, end + 1)?.type === 'ORG') {
      // Rule `branch before its parent`: `Института цитологии и генетики СО РАН`, `Института экологии УрО РАН`: a branch's
      // abbreviation between a body's name and its parent's belongs to the body's name, as the parent after it does.
      end++;
    } else if (end > head + 1 && quotedNameLength(sentence, end) > 0) {
      // Rule part `quoted name after its kind`: `директор детского сада «Солнышко»`: a name in quotes the entity stage did not
      // find, after the kind of body it names, is part of the title, as a found one is.
      end += quotedNameLength(sentence, end);
    } else if (isText(word, '—', '–', '-') && titleInGenitive(sentence, end - 1) && titleInGenitive(sentence, headFrom(sentence, end + 1))) {
      // Rule part `genitive posts joined by a dash`: `заместитель президента — председателя правления ВТБ`: a dash between two
      // posts in the genitive names the one person whose deputy this is; the complement goes on after it.
      end++;
    } else if (isText(word, '№') && end > head + 1 && words[end + 1]?.token.kind === 'number') {
      // `главный врач больницы № 1`: an institution named by its number after its noun.
      end += 2;
    } else if (listedComplement(sentence, end, head)) {
      // `министр спорта, туризма и молодёжной политики`: a comma between the fields of a list that `и` closes.
      end++;
    } else if (coordinatedComplement(sentence, end, head)) {
      // `министр промышленности и торговли`, `отдела серверов и сетей HP`: two genitive nouns joined by `и` name one field.
      end++;
    } else if (isRelative(word)) {
      // `главой которого является …`: the relative pronoun stands for the body the post is held in, and opens a clause.
      break;
    } else if (word.shape === 'lower' && !inList(word, PREPOSITIONS) && afterName(sentence, end)) {
      // A place's name takes no complement of its own: a lower-case word after it opens the clause (`После назначения Х министром
      // обороны России акции выросли`).
      break;
    } else if (word.shape === 'lower' && inList(word, RANKS) && mentionAt(sentence, end + 1)?.type === 'PER') {
      // Rule part `rank before the name`: a rank right before a name is the name's own (`командующего генерала Александра
      // Журавлева`, `командира полка полковника Х`), not a genitive of the post: a rank names no body a post is held in.
      break;
    } else if (genitiveWord(word, complementCase) || genitiveWord(word)) {
      if (word.analyses[0]?.pos === 'NOUN') complementCase = 'gent';
      end++;
    } else if (word.shape === 'lower' && inList(word, PREPOSITIONS)) {
      // Up to two lower-case words (`штата`, `Южном`) before the named place; a field after `по`, up to four (`по связям с
      // общественностью`, `по вопросам внешней политики`): a name closes it, or the end of the description (rule `long field`:
      // `Х, вице-президент по связям с общественностью компании,`), and a verb, a title or a name stops it.
      const reach = word.folded === 'по' ? 5 : 3;
      let next = end + 1;
      // A title word begins the next title of a row (`в регионе помощник госсекретаря`), not a complement.
      // A verb ends the phrase (`Главой комитета по бюджету стал …`): a field is a noun's phrase.
      // After `по` a noun that is a field's in the dative as well is the field's (rule part `field over a title`: `по
      // социальной политике`, where `политике` may be `политик`'s), as a title there would be no object of `по`.
      const fieldNoun = (i: number): boolean => word.folded === 'по' && words[i]!.analyses.some((r) => r.pos === 'NOUN' && r.case === 'datv' && !isTitle(r.key));
      const inField = (i: number): boolean => words[i]?.shape === 'lower' && mentionAt(sentence, i) === undefined && (!isHead(sentence, i) || fieldNoun(i)) && !VERB_POS.has(words[i]!.analyses[0]?.pos ?? '');
      while (next < end + reach && inField(next)) next++;
      // `по экономике и финансам`: a field joined by `и` runs on to its second noun, not to the conjunction.
      if (isText(words[next - 1], 'и') && words[next]?.shape === 'lower' && mentionAt(sentence, next) === undefined && !isHead(sentence, next)) next++;
      // `в компании «Газпром»`: the name may open with a quotation mark.
      if (isText(words[next], ...OPENING_QUOTES) && isPlace(mentionAt(sentence, next + 1))) next++;
      const after = place(next);
      if (after >= 0) end = after;
      else if ((anchored || word.folded === 'по') && next > end + 1) end = next;
      else break;
    } else {
      break;
    }
  }
  // An opening quotation mark or a preposition never ends a title; nor does a straight quote that closes nothing.
  const unpaired = (i: number): boolean => isText(words[i], '"') && words.slice(head, i).filter((word) => word.text === '"').length % 2 === 0;
  while (end > head + 1 && (isText(words[end - 1], ...OPENING_QUOTES) || unpaired(end - 1) || inList(words[end - 1], PREPOSITIONS))) end--;
  if (of !== undefined && of.first >= end) of = undefined;
  return { end, of };
}

/** Whether the word at `at` is a title's head in the genitive singular (`президента`, `председателя`). */
const titleInGenitive = (sentence: RoleSentence, at: number): boolean =>
  at >= 0 && isHead(sentence, at) && hasReading(sentence.words[at]!, (tags) => tags.includes('gent') && tags.includes('sing'));

/**
 * The words of a name in quotes at `at` that no mention covers (an opening mark, one to four words, the first capitalised,
 * and the closing mark), after a lower-case noun in the genitive, its kind; 0 for none.
 */
function quotedNameLength(sentence: RoleSentence, at: number): number {
  const { words } = sentence;
  const kind = words[at - 1];
  if (!isText(words[at], ...OPENING_QUOTES) || kind === undefined || kind.shape !== 'lower' || !genitiveNoun(kind)) return 0;
  const first = words[at + 1];
  if (first === undefined || first.shape === 'lower' || first.kind !== 'word') return 0;
  for (let i = at + 1; i < Math.min(words.length, at + 6); i++) {
    if (mentionAt(sentence, i) !== undefined) return 0;
    if (isText(words[i], '»', '“')) return i + 1 - at;
    if (words[i]!.kind !== 'word' && words[i]!.kind !== 'number' && !isText(words[i], '-')) return 0;
  }
  return 0;
}

/**
 * Rule `bracketed abbreviation`: the words of a bracketed short name right after an organisation's or place's name (`Федеральной
 * службы исполнения наказаний (ФСИН)`, `Организации Объединённых Наций (ООН)`), or 0: news spells out a body's name once with
 * its abbreviation after it, and the title runs on through the brackets to the name that follows.
 */
function bracketedAbbreviation(sentence: RoleSentence, at: number): number {
  const { words } = sentence;
  if (!isText(words[at], '(')) return 0;
  const mention = mentionAt(sentence, at + 1);
  const close = mention !== undefined && mention.first === at + 1 ? mention.end : words[at + 1]?.shape === 'upper' ? at + 2 : -1;
  if (close < 0 || (mention !== undefined && mention.type === 'PER') || !isText(words[close], ')')) return 0;
  return close + 1 - at;
}

/**
 * The place a place adjective at `i` names, when it agrees in case with a state post at `head` (`российского президента`,
 * `подмосковный губернатор`), or undefined.
 */
function adjectivePlace(sentence: RoleSentence, i: number, head: number): string | undefined {
  const word = sentence.words[i];
  const headWord = sentence.words[head]!;
  if (word === undefined || mentionAt(sentence, i) !== undefined || (word.shape !== 'lower' && !(word.shape === 'title' && word.sentenceStart))) return undefined;
  if (!inList(headWord, STATE_POSTS)) return undefined;
  const cases = new Set(headWord.analyses.flatMap((reading) => reading.tags));
  const reading = word.analyses.find((r) => r.pos === 'ADJF' && PLACE_ADJECTIVES.has(r.key) && r.tags.some((tag) => CASES.includes(tag) && cases.has(tag)));
  return reading && PLACE_ADJECTIVES.get(reading.key);
}
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** The listed place a word names as a place adjective in any of its readings (`российского` → `Россия`), or undefined. */
export function placeOfAdjective(word: Word): string | undefined {
  const reading = word.analyses.find((r) => r.pos === 'ADJF' && PLACE_ADJECTIVES.has(r.key));
  return reading && PLACE_ADJECTIVES.get(reading.key);
}

/** Whether a word may be a place adjective (`российского`, `подмосковный`). */
const isPlaceAdjective = ofFormIfAny((word) => word.analyses.some((reading) => reading.pos === 'ADJF' && PLACE_ADJECTIVES.has(reading.key)));

/**
 * The title starting at `i` (its modifiers, head and complements), or undefined; a place adjective at `i` or right before
 * is not in the title but says where the post is held when no complement does (`российский президент`).
 */
function titleAt(sentence: RoleSentence, i: number, anchored = false, number: 'sing' | 'plur' = 'sing'): TitleMatch | undefined {
  let first = i;
  // An anchored title is read only where a name follows it, as the callers check: `при` before it then takes nothing away.
  let head = headFrom(sentence, first, number, anchored);
  if (head < 0) {
    // Only a place adjective may stand before a title's head (most words are none: the head after it is not looked for).
    if (!isPlaceAdjective(sentence.words[i])) return undefined;
    const next = headFrom(sentence, i + 1, number, anchored);
    if (next < 0 || adjectivePlace(sentence, i, next) === undefined) return undefined;
    first = i + 1;
    head = next;
  }
  const { end, of } = complements(sentence, head, anchored);
  const name = of === undefined ? adjectivePlace(sentence, first - 1, head) : undefined;
  return { first, end, head, of, ...(name === undefined ? {} : { place: { word: first - 1, name } }) };
}

/**
 * The titles of an apposition that ends at a person's name, from `i`: `посол Азербайджана в Казахстане Рашад Мамедов`,
 * and titles in a row before one name, with or without a comma (`лидер Меджлиса, народный депутат Украины Мустафа Джемилев`,
 * `наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш`: adjectives not of the post are skipped).
 */
function appositionFrom(sentence: RoleSentence, i: number, depth = 0): { titles: TitleMatch[]; person: SentenceMention } | undefined {
  const title = titleAt(sentence, i, true);
  if (title === undefined) return depth < 2 && ownershipBefore(sentence, i) ? appositionFrom(sentence, i + 2, depth + 1) : undefined;
  const person = personAt(sentence, title.end);
  if (person !== undefined) return { titles: [title], person };
  // Rule `title whose name`: `Российский научный фонд, генеральный директор которого Александр Хлунов …`: a relative pronoun in
  // the genitive between the title and the name stands for where the post is held, the name before its comma.
  const relative = sentence.words[title.end];
  const holder = isRelative(relative) && hasReading(relative!, (tags) => tags.includes('gent')) ? personAt(sentence, title.end + 1) : undefined;
  if (holder !== undefined) return { titles: [title.of === undefined ? { ...title, of: antecedentOf(sentence, title.first, relative!) } : title], person: holder };
  if (depth >= 2) return undefined;
  const owned = ownershipAfter(sentence, title, true);
  const owner = owned && personAt(sentence, owned.end);
  if (owned !== undefined && owner !== undefined && !pluralPredicate(sentence, owner.end)) return { titles: [owned.title], person: owner };
  if (bareHead(title) && isText(sentence.words[title.end], 'и')) {
    const rest = appositionFrom(sentence, title.end + 1, depth + 1);
    return rest && { titles: [shareComplement(title, rest.titles[0]!), ...rest.titles], person: rest.person };
  }
  if (isText(sentence.words[title.end], 'и')) {
    // Rule `coordinated titles`: `бывший глава компании «Тройка Диалог» и совладелец банка «Авангард» Рубен Варданян`: two
    // posts in the nominative joined by `и` before one name are both that person's, unless the verb after the name is
    // plural (`Президент России и премьер Японии Синдзо Абэ обсудили …`: two people, the first unnamed).
    const rest = appositionFrom(sentence, title.end + 1, depth + 1);
    const nominative = (t: TitleMatch): boolean => hasReading(sentence.words[t.head]!, (tags) => tags.includes('nomn'));
    if (rest === undefined || !nominative(title) || !rest.titles.every(nominative) || pluralPredicate(sentence, rest.person.end)) return undefined;
    return { titles: [title, ...rest.titles], person: rest.person };
  }
  let next = title.end;
  // `заместитель председателя правительства — министр финансов`: a dash joins two posts held together as a comma does.
  const dash = isText(sentence.words[next], '—', '–');
  if (dash || isText(sentence.words[next], ',')) next++;
  // Adjectives that do not belong to the post (`португальский`, `известный`) may stand before the next title.
  for (let skipped = 0; skipped < 2 && headFrom(sentence, next) < 0 && isAdjective(sentence, next); skipped++) next++;
  const rest = appositionFrom(sentence, next, depth + 1);
  // Rule part `posts joined by a dash`: `Президент — председатель правления ВТБ`: a bare post before the dash is held where
  // the post after it is, as one joined by `и` is.
  return rest && { titles: [dash && bareHead(title) ? shareComplement(title, rest.titles[0]!) : title, ...rest.titles], person: rest.person };
}

/** A word of owning or founding (`основатель`, `совладелец`) in the singular: no post of its own (ownershipTitles). */
const isOwnershipWord = ofFormIfAny((word) =>
  word.shape === 'lower' && word.analyses.some((reading) => reading.pos === 'NOUN' && reading.tags.includes('sing') && OWNERSHIP_TITLES.has(reading.key)));

/**
 * Rule `post and ownership`: `основатель и глава компании «Мечел»`: an ownership word and `и` before a title at `i + 2`; the
 * title is read on from there, and the ownership word, no post, is left out.
 */
const ownershipBefore = (sentence: RoleSentence, i: number): boolean => isOwnershipWord(sentence.words[i]) && isText(sentence.words[i + 1], 'и');

/**
 * Rule `post after ownership`: where a title opens after an ownership word at `i` (`основатель и глава компании`, `владелец
 * «Нью-Джерси Нетс» и председатель партии «Правое дело»`): after its `и`, past the ownership word's own complements; else `i`.
 */
function pastOwnership(sentence: RoleSentence, i: number): number {
  if (!isOwnershipWord(sentence.words[i])) return i;
  if (isText(sentence.words[i + 1], 'и')) return i + 2;
  const { end } = complements(sentence, i, false);
  return end > i + 1 && isText(sentence.words[end], 'и') ? end + 1 : i;
}

/**
 * Rule `post and ownership`: `президент и основатель компании «Мечел»`, `бывший глава компании «Тройка Диалог» и совладелец
 * банка «Авангард»`: a title, `и`, and an ownership word with its own complements. The title keeps its place and holds its post
 * where the shared complement names when it names none itself; `end` is where the ownership phrase ends.
 */
function ownershipAfter(sentence: RoleSentence, title: TitleMatch, anchored: boolean): { title: TitleMatch; end: number } | undefined {
  if (!isText(sentence.words[title.end], 'и')) return undefined;
  // An adjective of the share may stand before the ownership word (`основной владелец`, `крупнейший акционер`).
  let owner = title.end + 1;
  if (!isOwnershipWord(sentence.words[owner]) && sentence.words[owner]?.shape === 'lower' && isAdjective(sentence, owner)) owner++;
  if (!isOwnershipWord(sentence.words[owner])) return undefined;
  const { end, of } = complements(sentence, owner, anchored);
  // Rule `board of the owned company`: the chair of a governing body (`председатель совета директоров`, `правления`) with no
  // place of its own chairs the board of the company the owner's complement names, as a bare title holds its post there.
  const shares = bareHead(title) || (title.end === title.head + 2 || title.end === title.head + 3) && inList(sentence.words[title.head + 1], GOVERNING_BODIES);
  return { title: shares && title.of === undefined ? { ...title, of } : title, end };
}

/** The nouns of an organisation's governing body (roles.json `governingBodies`: `совет`, `правление`). */
const GOVERNING_BODIES = foldedSet(rolesData.governingBodies);

/** Whether the first verb within three words from `at` is plural: the subject before it is more than one person. */
function pluralPredicate(sentence: RoleSentence, at: number): boolean {
  for (let i = at; i < Math.min(sentence.words.length, at + 3); i++) {
    const reading = sentence.words[i]!.analyses[0];
    if (reading?.pos === 'VERB') return reading.tags.includes('plur');
  }
  return false;
}

/** A title that is its head alone, with no complement: it may share the complement of a title joined to it by `и`. */
const bareHead = (title: TitleMatch): boolean => title.end === title.head + 1;

/** `министр и вице-премьер России`: heads joined by `и` share the complement of the last, and so where the post is held. */
const shareComplement = (title: TitleMatch, next: TitleMatch): TitleMatch => ({ ...title, of: next.of });

const isAdjective = (sentence: RoleSentence, i: number): boolean => {
  const word = sentence.words[i];
  return word !== undefined && word.shape === 'lower' && mentionAt(sentence, i) === undefined && hasReading(word, (tags) => tags.includes('ADJF'));
};

/** The start of a title at `i` that is not the continuation of one before it. */
const startsTitle = (sentence: RoleSentence, i: number): boolean => !isListedModifier(sentence.words[i - 1]) || mentionAt(sentence, i - 1) !== undefined;

/**
 * An organisation in brackets at `i`, right after a name (`депутат Иван Петров (КПРФ)`, `архиепископ Лонгин (РПЦ МП)`):
 * the body the person belongs to, and so where a title before the name that names none is held. The organisation opens
 * the brackets, and at most two words that are no other name and no punctuation may follow it before they close.
 */
function bracketedOrganisation(sentence: RoleSentence, i: number): SentenceMention | undefined {
  return bracketedOrganisationSpan(sentence, i)?.mention;
}

/**
 * The organisation in brackets at `i` (see {@link bracketedOrganisation}) and the index after its closing bracket; its name
 * may stand in quotes (`Михаил Делягин («Справедливая Россия»)`).
 */
function bracketedOrganisationSpan(sentence: RoleSentence, i: number): { mention: SentenceMention; end: number } | undefined {
  const { words } = sentence;
  const quoted = isText(words[i + 1], ...OPENING_QUOTES) ? 1 : 0;
  const mention = mentionAt(sentence, i + 1 + quoted);
  if (!isText(words[i], '(') || mention?.type !== 'ORG' || mention.first !== i + 1 + quoted) return undefined;
  const from = quoted > 0 && isText(words[mention.end], ...QUOTES) ? mention.end + 1 : mention.end;
  for (let close = from; close <= from + 2; close++) {
    if (isText(words[close], ')')) return { mention, end: close + 1 };
    const word = words[close];
    if (word === undefined || mentionAt(sentence, close) !== undefined || word.kind !== 'word') return undefined;
  }
  return undefined;
}

/** The cases the dictionary's readings of a word allow, or undefined when it gives none (an indeclinable or unknown word). */
function casesOf(word: Word, test: (reading: Word['analyses'][number]) => boolean): Set<string> | undefined {
  const cases = new Set(word.analyses.filter(test).flatMap((reading) => reading.tags.filter((tag) => CASES.includes(tag))));
  return cases.size > 0 ? cases : undefined;
}

const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr'];

/**
 * Whether a title before a name may be in apposition to it: an apposition is in the name's case (`послом Франции Жаком
 * Дюпоном`), so a title in a case no reading of the name allows is a complement of a word before it and another person's
 * post (`жена актера Анна Иванова`: `актера` is genitive, `Анна` nominative only). Only the dictionary's singular readings
 * of the name's parts count (one person: `Киран` is also a plural of `Кирана`); a part it does not know, an indeclinable
 * title (`замминистра`) or an acting prefix (`врио губернатора`: the prefix takes the name's case) says nothing.
 */
function agreesInCase(sentence: RoleSentence, title: TitleMatch, person: SentenceMention): boolean {
  if (actingBefore(sentence, title.head) || opensWithParticiple(sentence, title)) return true;
  const number = title.plural ? 'plur' : undefined;
  // Rule `title reading's case`: only the readings of the head as a title count (`премьеру` is a dative of `премьер`, and an
  // accusative of `премьера`, which is no title: `премьеру спектакля по роману Достоевского` is no apposition).
  const titleCases = casesOf(sentence.words[title.head]!, (reading) => (reading.pos === 'NOUN' || reading.pos === 'ADJF') && (number === undefined || reading.tags.includes(number))
    && (isTitle(reading.key) || title.post !== undefined || !sentence.words[title.head]!.analyses.some((r) => isTitle(r.key))));
  if (titleCases === undefined) return true;
  let genitive = false;
  const shown: Set<string>[] = [];
  for (let i = person.first; i < person.end; i++) {
    const nameCases = casesOf(sentence.words[i]!, (reading) => reading.known && reading.tags.includes('sing') && reading.tags.some((tag) => NAME_GRAMMEMES.includes(tag)));
    if (nameCases !== undefined) shown.push(nameCases);
  }
  // Rule `parts that disagree`: the parts of one name are in one case, so parts the dictionary shows in no common case have one
  // misread, a foreign name taken for a form of a Russian one (`Майя Санду`: `Санду` read as the accusative of `Санда`), and
  // the name's case says nothing.
  const common = shown.length > 1 && [...shown[0]!].some((each) => shown.every((cases) => cases.has(each)));
  if (shown.length > 1 && !common) return true;
  for (const nameCases of shown) {
    if (![...nameCases].some((nameCase) => titleCases.has(nameCase))) return false;
    genitive ||= nameCases.has('gent') && !nameCases.has('nomn');
  }
  // `жена президента Франции Брижит Макрон`: after a relative (`kinNouns`) the genitive title is the kin's, and a name the
  // dictionary does not show in the genitive alone (an indeclinable `Брижит` shows every case) is the relative's (`мать министра Сергея Шойгу` is the minister's).
  return genitive || !inList(sentence.words[title.first - 1], KIN_NOUNS);
}

/**
 * A title in the genitive inside the complements of another that runs up to the name (`помощник | президента России`
 * before `Владимира Путина`): the post of the name in the genitive, when the outer title is not in its case.
 */
function innerTitle(sentence: RoleSentence, outer: TitleMatch, person: SentenceMention): TitleMatch | undefined {
  for (let j = outer.head + 1; j < outer.end; j++) {
    if (mentionAt(sentence, j) !== undefined || !hasReading(sentence.words[j]!, (tags) => tags.includes('gent'))) continue;
    let first = j;
    while (first - 1 > outer.head && isModifier(sentence.words[first - 1])) first--;
    const inner = headFrom(sentence, first) < 0 ? undefined : titleAt(sentence, first, true);
    if (inner !== undefined && inner.end === outer.end && hasReading(sentence.words[inner.head]!, (tags) => tags.includes('gent')) && agreesInCase(sentence, inner, person)) return inner;
  }
  return undefined;
}

/**
 * Whether the name is the genitive complement of a body's noun right before it (`министр финансов в правительстве | Дмитрия
 * Медведева`, `в команде Ивана Петрова`): a body named by whom it belongs to, not an apposition to the title before it.
 */
function bodyOfName(sentence: RoleSentence, person: SentenceMention): boolean {
  const before = sentence.words[person.first - 1];
  if (before === undefined || before.shape !== 'lower' || mentionAt(sentence, person.first - 1) !== undefined || !inList(before, BODY_NOUNS)) return false;
  return before.analyses[0]?.pos === 'NOUN' && !isHead(sentence, person.first - 1)
    // A singular genitive: a plural one is another name's form (`Дмитрий`, `Алан` as plurals of `Дмитрия`, `Алана`); and
    // declined (rule `indeclinable name after a body`: `представитель министерства Мао Нин`: `Мао` is the same in every case).
    && hasReading(sentence.words[person.first]!, (tags) => tags.includes('gent') && tags.includes('sing') && !tags.includes('Fixd') && tags.some((tag) => NAME_GRAMMEMES.includes(tag)))
    // Rule `name more likely nominative`: a name the dictionary reads as a nominative of a name more often than as a genitive
    // (`Ульяна`: a woman's name, rarely the genitive of `Ульян`; not `Дмитрия`, a genitive as often) is no complement of the
    // noun: a title before the noun is in apposition to it (`Директор компании Ульяна Солопова`).
    && !moreLikelyNominative(sentence.words[person.first]!);
}

/** Whether the dictionary scores a word's nominative singular reading as a name above its genitive one. */
function moreLikelyNominative(word: Word): boolean {
  const best = (grammaticalCase: string): number => Math.max(0, ...word.analyses
    .filter((r) => r.known && r.tags.includes(grammaticalCase) && r.tags.includes('sing') && r.tags.some((tag) => NAME_GRAMMEMES.includes(tag)))
    .map((r) => r.score));
  return best('nomn') > best('gent');
}
/** Nouns of a body or a group that may be named by whom it belongs to (`правительство Медведева`, `команда Петрова`). */
const BODY_NOUNS = foldedSet([...rolesData.organisationDescriptors, ...rolesData.placeBodies]);

/** `посол Азербайджана в Казахстане Рашад Мамедов`, `глава Сбербанка Герман Греф`, `президент Ильхам Алиев`: the title right before the name. */
const titleBeforeName: RoleRule = {
  name: 'title before name',
  find(sentence) {
    const found: RoleMatch[] = [];
    let covered = 0;
    for (let i = 0; i < sentence.words.length; i++) {
      if (i < covered || !startsTitle(sentence, i)) continue;
      const apposition = appositionFrom(sentence, i);
      if (apposition === undefined) continue;
      if (bodyOfName(sentence, apposition.person)) {
        covered = apposition.person.first;
        continue;
      }
      const bracketed = bracketedOrganisation(sentence, apposition.person.end) ?? organisationFrom(sentence, apposition.person.end);
      // Rule `the one served`: `Адвокат Тихонова Олег Смирнов`, `пресс-секретарь Путина Дмитрий Песков`: two names in a row after
      // a title are no apposition of one person; the first, in the genitive, names whom the post serves, and the second holds it.
      const next = personAt(sentence, apposition.person.end);
      const served = next !== undefined && hasReading(sentence.words[apposition.person.end - 1]!, (tags) => tags.includes('gent') && tags.some((tag) => NAME_GRAMMEMES.includes(tag)));
      for (const outer of apposition.titles) {
        // `Помощник президента России Владимира Путина`: a name in another case than the title is the post's in its complement.
        const agrees = agreesInCase(sentence, outer, apposition.person);
        if (served && agrees) {
          if (agreesInCase(sentence, outer, next)) found.push({ person: next, title: outer, rule: this.name });
          continue;
        }
        const title = agrees ? outer : innerTitle(sentence, outer, apposition.person);
        // `Помощник президента России Владимира Путина Юрий Ушаков`: the name in the outer title's case right after is its holder.
        const holder = agrees ? undefined : personAt(sentence, apposition.person.end);
        if (holder !== undefined && title !== undefined && agreesInCase(sentence, outer, holder) && !agreesInCase(sentence, title, holder)) {
          found.push({ person: holder, title: outer, rule: this.name });
        }
        if (title === undefined) continue;
        const placed = title.of === undefined && title.place === undefined && bracketed !== undefined ? { ...title, of: bracketed } : title;
        found.push({ person: apposition.person, title: placed, rule: this.name });
      }
      covered = apposition.person.first;
    }
    return found;
  },
};

/** The names of a list from `i`: `Иван Иванов и Петр Сидоров`, `А, Б и В`. */
function nameList(sentence: RoleSentence, i: number): SentenceMention[] {
  const persons: SentenceMention[] = [];
  for (let at = i; ; ) {
    const person = personAt(sentence, at);
    if (person === undefined) return [];
    persons.push(person);
    // Each name may have its party or organisation in brackets after it (`Сергей Леонов (ЛДПР) и Анатолий Выборный`).
    const end = bracketedOrganisationSpan(sentence, person.end)?.end ?? person.end;
    if (isText(sentence.words[end], 'и')) {
      const last = personAt(sentence, end + 1);
      return last === undefined ? persons : [...persons, last];
    }
    if (!isText(sentence.words[end], ',') || personAt(sentence, end + 1) === undefined) return persons;
    at = end + 1;
  }
}

/** Whether a sentence names two people, as a list of names needs: most name fewer, and their titles need not be read again. */
const namesTwoPeople = (sentence: RoleSentence): boolean => sentence.people.length >= 2;

/**
 * `Депутаты Госдумы Иван Иванов и Петр Сидоров`, `министры иностранных дел России и Франции Сергей Лавров и Жан-Марк Эро`:
 * a plural title right before a list of names is each one's post, as a singular title before one name is; places joined
 * by `и` as many as the names pair off with them in order (a news wire's `respectively`), and the title is in the names' case.
 */
const pluralTitleBeforeNames: RoleRule = {
  name: 'plural title before names',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    if (!namesTwoPeople(sentence)) return found;
    for (let i = 0; i < words.length; i++) {
      if (!startsTitle(sentence, i)) continue;
      const title = titleAt(sentence, i, false, 'plur');
      if (title === undefined) continue;
      // Places joined to the last complement: `России и Франции`, `Чечни, Ингушетии и Дагестана`.
      const places = title.of !== undefined && title.of.end === title.end ? [title.of] : [];
      let end = title.end;
      for (let next = mentionAt(sentence, end + 1); places.length > 0 && isText(words[end], 'и', ',') && isPlace(next) && next.first === end + 1; next = mentionAt(sentence, end + 1)) {
        places.push(next);
        end = next.end;
      }
      const persons = nameList(sentence, end);
      if (persons.length < 2) continue;
      // Places that pair off are of one kind (`России и Франции`), not a body and a place (`МИД России и Японии`).
      const respective = places.length > 1 && places.length === persons.length && places.every((place) => place.type === places[0]!.type);
      if (places.length > 1 && !respective) continue;
      persons.forEach((person, k) => {
        // A title that names no place is held in the organisation in brackets after the name (`депутаты Сергей Леонов (ЛДПР)`).
        const of = respective ? places[k] : title.of ?? (title.place === undefined ? bracketedOrganisation(sentence, person.end) : undefined);
        const each: TitleMatch = { ...title, end, of, plural: respective ? { places: places[0]!.first } : {} };
        if (agreesInCase(sentence, each, person)) found.push({ person, title: each, rule: this.name });
      });
      i = end;
    }
    return found;
  },
};

/**
 * What may set a description off after a name, and what must close it: `Х, ректор МГУ,`, `Х (министр финансов)`, `Х — глава
 * компании`, `Х - глава компании` (a hyphen between spaces is a dash typed on a keyboard: a hyphen in a word is part of the word's token).
 * A typed hyphen closes only a description it opened (`Х - глава компании - заявил`): elsewhere it also joins a range or
 * the two sides of a match (`Москва - Петербург`, `«Зенит» - «Спартак»`).
 */
const DESCRIPTION_CLOSERS: Readonly<Record<string, readonly string[]>> = { ',': CLOSING, '(': [')'], '—': CLOSING, '–': CLOSING, '-': [...CLOSING, '-'] };

/**
 * Rule `remark in brackets`: `Иван Петров (на фото), глава компании`, `(слева)`, `(в центре)`: up to three lower-case words in
 * brackets after a name are the writer's remark on a picture, which stands aside from the description after it (a party or a
 * body in brackets is capitalised: `(ЛДПР)`). Its length with the brackets, or 0.
 */
function remarkLength(sentence: RoleSentence, at: number): number {
  const { words } = sentence;
  if (!isText(words[at], '(')) return 0;
  for (let i = at + 1; i <= at + 4; i++) {
    if (isText(words[i], ')')) return i > at + 1 ? i - at + 1 : 0;
    // A title in brackets is the description itself (`Иван Петров (министр финансов)`).
    if (words[i] === undefined || words[i]!.kind !== 'word' || words[i]!.shape !== 'lower' || mayOpenTitle(words[i])) return 0;
  }
  return 0;
}

/**
 * `Валерий Зорькин, председатель Конституционного суда, высказал …`, `Иван Петров (министр финансов) …`, `Иван Петров — глава
 * компании`: a title in the nominative set off after the name by a comma, a bracket or a dash; or in the name's own oblique
 * case (`по словам Сергея Собянина, мэра Москвы,`, `с Сергеем Собяниным, мэром Москвы,`): a description repeats the case of
 * the name it describes, which the dictionary must show on the name.
 */
const nameCommaTitle: RoleRule = {
  name: 'name, title',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (const person of sentence.people) {
      // Rule `bracket aside`: a party or body in brackets (`Х (ЛДПР), депутат Госдумы,`) or an age (`Х (48 лет), директор
      // школы,`) stands between the name and its description, as a remark on a picture does.
      let after = person.end + (remarkLength(sentence, person.end) || bracketAsideLength(sentence, person.end));
      // Rule `age aside`: `Х, 45 лет, директор школы,`: the age set off by commas stands before the description.
      if (isText(words[after], ',') && ageAt(words, after + 1) && isText(words[after + 3], ',')) after += 3;
      const closers = DESCRIPTION_CLOSERS[words[after]?.text ?? ''];
      if (closers === undefined) continue;
      const nominative = (title: TitleMatch | undefined): title is TitleMatch =>
        title !== undefined && (hasReading(words[title.head]!, (tags) => tags.includes('nomn')) || actingBefore(sentence, title.head) || inNameCase(sentence, title, person)
          || (title.first < title.head && oneOfAt(words, title.first)));
      const titleFrom = (at: number): TitleMatch | undefined => {
        const start = descriptionStart(sentence, at);
        return titleAt(sentence, pastOwnership(sentence, start));
      };
      let title = titleFrom(after + 1);
      // Rule `honour before the post`: `Х, народный артист России, художественный руководитель театра,`, `Х, доктор
      // экономических наук, директор института,`: a description that is no post (an honour, a degree) may come first, and the
      // post after its comma describes the same person.
      if (!nominative(title) && words[after]?.text === ',') {
        const aside = asideDescriptionEnd(sentence, after + 1);
        if (aside !== undefined) title = titleFrom(aside);
      }
      title ??= oneOfTitle(sentence, after + 1);
      if (!nominative(title)) continue;
      // `Х, министр и вице-премьер России,`: a second title joined by `и`, the first sharing its complement when it has none;
      // `Х — депутат Госдумы и член комитета по бюджету`: two posts of the one described.
      // `Х, президент — председатель правления ВТБ,`: two posts joined by a dash inside a description opened by a comma.
      const joined = isText(words[title.end], 'и') || (isText(words[after], ',') && isText(words[title.end], '—', '–'));
      const second = joined ? titleAt(sentence, title.end + 1) : undefined;
      const owned = ownershipAfter(sentence, title, false);
      const titles = nominative(second) ? [bareHead(title) ? shareComplement(title, second) : title, second] : [owned?.title ?? title];
      let end = owned?.end ?? titles[titles.length - 1]!.end;
      // The description ends the apposition: its closing punctuation, or the end of the sentence, after at most a short
      // phrase the title did not take (`министр финансов | в правительстве Дмитрия Медведева,`).
      if (end < words.length && !isText(words[end], ...closers) && !phraseBeforeCloser(sentence, end, closers) && !unclosedBeforeVerb(sentence, person, titles[0]!, after, end)) continue;
      // `Х, аналитик из «Финама»,`: a title that names no place is held at the organisation after `из`.
      const from = titles.length === 1 && titles[0]!.of === undefined && titles[0]!.place === undefined ? organisationFrom(sentence, end) : undefined;
      for (const t of titles) found.push({ person, title: from === undefined ? t : { ...t, of: from }, rule: this.name });
      // Rule `descriptions in a row`: `Х, председатель совета директоров «Вектора», член правления «Сбербанка»,`, `Х, бывший
      // министр, а ныне советник губернатора,`: a further title in the nominative after the closing comma, closed in turn, is
      // another post of the one described (a name after it would make it another person's).
      for (let k = 0; k < 2 && isText(words[end], ','); k++) {
        const next = isText(words[end + 1], 'а', 'и') ? end + 2 : end + 1;
        const more = titleAt(sentence, descriptionStart(sentence, next));
        // Rule `heading after a description`: `Х, бывший президент, возглавляющий Партию социалистов,`: a participle of heading
        // after the description's comma describes the same person, as it would right after the name.
        const post = more === undefined ? headingPost(words[next], (tags) => tags.includes('PRTF') && tags.includes('actv') && tags.includes('nomn')) : undefined;
        const headed = post === undefined ? undefined : headedAfter(sentence, next);
        if (post !== undefined && headed !== undefined) found.push({ person, title: { first: next, end: next + 1, head: next, of: headed, post }, rule: this.name });
        if (!nominative(more) || (more.end < words.length && !isText(words[more.end], ...CLOSING))) break;
        found.push({ person, title: more, rule: this.name });
        end = more.end;
      }
    }
    return found;
  },
};

/** `один из`, `одна из` at `at`: one of several holders of a post (rule `one of the holders`). */
/** `один`, `одна` in each case, by their nominative: `одному из руководителей` describes a name in the dative as `один из` one in the nominative. */
const ONE_FORMS: Readonly<Record<string, string>> = { один: 'один', одного: 'один', одному: 'один', одним: 'один', одном: 'один', одна: 'одна', одной: 'одна', одну: 'одна' };
const oneOfAt = (words: readonly Word[], at: number): boolean => words[at] !== undefined && ONE_FORMS[words[at]!.folded] !== undefined && isText(words[at + 1], 'из');

/**
 * Rule `one of the holders`: `Х, один из руководителей клуба,`, `Х, одна из основательниц…` is no post, but `один из
 * заместителей министра` is: `один из` or `одна из` and a plural title in the genitive describe one holder of a post that
 * several hold. The title runs from `один`, its normal as written; undefined for none.
 */
/** A word's nominative written with its first letter's case (`Одному` → `Один`). */
const restoreCase = (text: string, nominative: string): string => (text[0] === text[0]!.toUpperCase() ? nominative[0]!.toUpperCase() + nominative.slice(1) : nominative);

function oneOfTitle(sentence: RoleSentence, at: number): TitleMatch | undefined {
  const { words } = sentence;
  if (!oneOfAt(words, at)) return undefined;
  const title = titleAt(sentence, at + 2, false, 'plur');
  if (title === undefined || !hasReading(words[title.head]!, (tags) => tags.includes('gent') && tags.includes('plur'))) return undefined;
  // Rule part `one of in any case`: the first word in the nominative (`одному из руководителей` → `один из руководителей`).
  const written = words.slice(at, title.end).map((word, k) => (k > 0 && word.token.start > words[at + k - 1]!.token.end ? ' ' : '') + (k === 0 ? restoreCase(word.text, ONE_FORMS[word.folded]!) : word.text)).join('');
  return { ...title, first: at, post: written.toLowerCase() === written ? written : written[0]!.toLowerCase() + written.slice(1) };
}

/**
 * Where a description after a name's comma that names no post ends (`народный артист России,`, `доктор экономических наук,`):
 * the index after its comma, or undefined. It opens with a lower-case noun or adjective in the nominative and runs at most
 * six words, places among them, to a comma, with no verb's form and no other name in it.
 */
function asideDescriptionEnd(sentence: RoleSentence, at: number): number | undefined {
  const { words } = sentence;
  const first = words[at];
  if (first === undefined || first.shape !== 'lower' || mentionAt(sentence, at) !== undefined) return undefined;
  if (!first.analyses.some((r) => (r.pos === 'NOUN' || r.pos === 'ADJF') && r.tags.includes('nomn'))) return undefined;
  for (let i = at + 1; i < Math.min(words.length, at + 7); i++) {
    const word = words[i]!;
    if (isText(word, ',')) return i + 1;
    const mention = mentionAt(sentence, i);
    if (mention !== undefined) {
      if (mention.type === 'PER') return undefined;
      continue;
    }
    if (word.kind !== 'word' || VERB_POS.has(word.analyses[0]?.pos ?? '') || word.analyses[0]?.pos === 'PRTF') return undefined;
  }
  return undefined;
}

/** The length, brackets included, of a bracketed organisation (`(ЛДПР)`) or age (`(48 лет)`) at `at` before a comma, or 0. */
function bracketAsideLength(sentence: RoleSentence, at: number): number {
  const { words } = sentence;
  if (!isText(words[at], '(')) return 0;
  const organisation = bracketedOrganisationSpan(sentence, at);
  const end = organisation?.end
    ?? (ageAt(words, at + 1) && isText(words[at + 3], ')') ? at + 4 : undefined);
  return end !== undefined && isText(words[end], ',') ? end - at : 0;
}

/**
 * Rule `organisation after из`: `аналитик Алексей Коренев из «Финама»`, `профессор Джон Смит из Гарвардского университета`,
 * `Х, эксперт из компании «Вектор»`: an organisation after `из` (its kind in lower case and a quotation mark may open it)
 * names where a person given a title with no place of its own works; a place after `из` is where one comes from, not
 * one's workplace (`журналист из Новосибирска`). Undefined for none.
 */
function organisationFrom(sentence: RoleSentence, at: number): SentenceMention | undefined {
  const { words } = sentence;
  if (!isText(words[at], 'из')) return undefined;
  // `специалист из отдела кадров компании «Вектор»`: a unit of the organisation first (rule `unit of the headed body`).
  const unit = headedUnit(sentence, at + 1);
  if (unit !== undefined) return unit;
  let first = at + 1;
  if (words[first]?.shape === 'lower' && inList(words[first], ORGANISATION_DESCRIPTORS) && mentionAt(sentence, first) === undefined) first++;
  if (isText(words[first], ...OPENING_QUOTES)) first++;
  const mention = mentionAt(sentence, first);
  return mention?.type === 'ORG' && mention.first === first ? mention : undefined;
}

/**
 * Where the title of a description after a name starts: past a word of the post's time (`ныне`, `теперь`, `в прошлом`)
 * and adjectives that are not the post's (`45-летний`, `известный`), which stand before the title and are no part of it.
 */
function descriptionStart(sentence: RoleSentence, at: number): number {
  const { words } = sentence;
  if (isText(words[at], 'в') && inList(words[at + 1], PAST_NOUNS)) at += 2;
  else if (timePhraseLength(sentence, at) > 0) at += timePhraseLength(sentence, at);
  else if (words[at]?.shape === 'lower' && words[at]!.analyses[0]?.pos === 'ADVB' && !mayOpenTitle(words[at])) {
    // `теперь уже бывший директор`: two adverbs of time may stand together.
    at++;
    if (words[at]?.shape === 'lower' && words[at]!.analyses[0]?.pos === 'ADVB' && !mayOpenTitle(words[at])) at++;
  }
  for (let skipped = 0; skipped < 2 && titleAt(sentence, at) === undefined && (isAdjective(sentence, at) || isAgeAdjective(words[at])); skipped++) at++;
  return at;
}
/** `в прошлом`: a past tenure, as `бывший` says. */
const PAST_NOUNS = foldedSet(['прошлое']);
/** Phrases of the time a post was held (`до недавнего времени`, `в то время`), each as its tokens' folded texts. */
const TIME_PHRASES = rolesData.tenurePhrases.map((phrase) => phrase.split(' ').map(fold));

/**
 * Rule `tenure before description`: the number of words of a phrase of time before a description's title (`Х, с 2012 года
 * директор музея,`, `Х, до недавнего времени глава района,`): a date (`с 2012 года`, `в мае`) or a listed phrase; 0 for none.
 * It says when the post was held, and is no part of the title.
 */
function timePhraseLength(sentence: RoleSentence, at: number): number {
  const date = dateLength(sentence, at);
  if (date > 0) return date;
  // Rule part `time of a statement`: `до нынешнего назначения`, `после отставки`, `перед избранием`: a preposition of time
  // and a noun of taking or leaving a post (statementNouns), an adjective between or not, say when as a date does.
  const { words } = sentence;
  if (isText(words[at], 'до', 'после', 'перед', 'До', 'После', 'Перед')) {
    const noun = words[at + 1]?.analyses[0]?.pos === 'ADJF' ? at + 2 : at + 1;
    if (words[noun]?.shape === 'lower' && inList(words[noun], STATEMENT_NOUNS)) return noun + 1 - at;
  }
  const phrase = TIME_PHRASES.find((parts) => parts.every((part, k) => sentence.words[at + k]?.folded === part));
  return phrase?.length ?? 0;
}
/** `45-летний`: an age, written with its number. */
const isAgeAdjective = (word: Word | undefined): boolean => word !== undefined && /^\d+-летн/u.test(word.folded);

/**
 * Whether a prepositional phrase of at most five words, none a verb's form, runs from `at` to a closing mark: the rest of a
 * description, not the start of a clause (`Х, глава района, где …`, `Х, министр финансов заявил`).
 */
/**
 * Rule part `unclosed description`: a description opened by a comma or a dash after a name in the nominative and left unclosed before
 * a finite verb in the singular (`Иван Петров, директор школы рассказал`) is still the name's: news often drops the closing
 * comma, and a nominative title right before the name's own verb can be no clause of its own. Not after a name in another
 * case (`встретили Ивана Петрова, директор школы рассказал`: the title is the next clause's subject).
 */
function unclosedBeforeVerb(sentence: RoleSentence, person: SentenceMention, title: TitleMatch, opening: number, at: number): boolean {
  const { words } = sentence;
  const verb = words[at];
  if (!isText(words[opening], ',', '—', '–', '-') || verb === undefined || verb.shape !== 'lower' || verb.analyses[0]?.pos !== 'VERB' || !hasReading(verb, (tags) => tags.includes('sing'))) return false;
  // The name's parts by their readings as names (`Ивана` is a name only in the genitive or accusative); a part the dictionary
  // has no name's reading of says nothing.
  const nameReadings = (word: Word): Word['analyses'] => word.analyses.filter((r) => r.tags.some((tag) => NAME_GRAMMEMES.includes(tag)));
  const nominativeName = (word: Word): boolean => word.kind !== 'word' || nameReadings(word).length === 0 || nameReadings(word).some((r) => r.tags.includes('nomn'));
  return hasReading(words[title.head]!, (tags) => tags.includes('nomn')) && words.slice(person.first, person.end).every(nominativeName);
}

function phraseBeforeCloser(sentence: RoleSentence, at: number, closers: readonly string[]): boolean {
  const { words } = sentence;
  if (!(words[at]?.shape === 'lower' && words[at]!.analyses[0]?.pos === 'PREP')) return false;
  for (let i = at + 1; i < Math.min(words.length, at + 9); i++) {
    const word = words[i]!;
    if (isText(word, ...closers)) return true;
    // A number, or the quotation marks of a name (`из компании «Вектор»,`).
    if (word.kind === 'number' || isText(word, ...QUOTES)) continue;
    if (word.kind !== 'word' || word.analyses.some((r) => ['VERB', 'INFN', 'PRTF', 'PRTS', 'GRND'].includes(r.pos) && r.score >= 0.5)) return false;
  }
  return false;
}

/**
 * `Иван Петров и Анна Сидорова, депутаты Госдумы, внесли …`: a plural title in the nominative set off by a comma after a
 * list of names is each one's post in the singular, as a plural title before the list is.
 */
const namesCommaPluralTitle: RoleRule = {
  name: 'names, plural title',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    if (!namesTwoPeople(sentence)) return found;
    for (let i = 0; i < words.length; i++) {
      const persons = personAt(sentence, i) === undefined ? [] : nameList(sentence, i);
      if (persons.length < 2) continue;
      const end = persons[persons.length - 1]!.end;
      i = end - 1;
      if (!isText(words[end], ',')) continue;
      const title = titleAt(sentence, end + 1, false, 'plur');
      if (title === undefined || !hasReading(words[title.head]!, (tags) => tags.includes('plur') && tags.includes('nomn'))) continue;
      if (title.end < words.length && !isText(words[title.end], ...CLOSING)) continue;
      for (const person of persons) found.push({ person, title: { ...title, plural: {} }, rule: this.name });
    }
    return found;
  },
};

/** Whether a title's head shares an oblique case with a name whose case the dictionary shows (`Сергея Собянина, мэра`). */
function inNameCase(sentence: RoleSentence, title: TitleMatch, person: SentenceMention): boolean {
  const nameCases = (i: number) => casesOf(sentence.words[i]!, (reading) => reading.known && reading.tags.includes('sing') && reading.tags.some((tag) => NAME_GRAMMEMES.includes(tag)));
  const shown: Set<string>[] = [];
  for (let i = person.first; i < person.end; i++) {
    const cases = nameCases(i);
    if (cases !== undefined) shown.push(cases);
  }
  if (shown.length === 0) return false;
  const titleCases = casesOf(sentence.words[title.head]!, (reading) => reading.pos === 'NOUN' && reading.tags.includes('sing'));
  return titleCases !== undefined && [...titleCases].some((each) => each !== 'nomn' && shown.every((cases) => cases.has(each)));
}

/** Prepositions between a statement verb and its post noun: `вступил в должность`, `назначен на пост`, `ушёл с поста`, `приступил к обязанностям`. */
const POST_PREPOSITIONS = ['в', 'на', 'с', 'со', 'от', 'к'];

/** A word that may stand between a name and its statement verb: `был` (назначен), an adverb (`вновь`, `ранее`). */
const betweenNameAndVerb = (word: Word | undefined): boolean =>
  word !== undefined && word.shape === 'lower' && (inList(word, AUXILIARIES) || inList(word, PREDICATE_PARTICLES) || word.analyses[0]?.pos === 'ADVB');
const AUXILIARIES = foldedSet(['быть']);
/** `также`, `тоже`: words the dictionary reads first as conjunctions that stand in a predicate as an adverb does (`Х, который также занимает пост`). */
const PREDICATE_PARTICLES = foldedSet(rolesData.predicateParticles);
/** `отказался стать министром`: the post is not taken. */
const REFUSAL_VERBS = foldedSet(rolesData.refusalVerbs);

/**
 * A verb, or a short adjective or predicative (`готов`, `намерен`, `может`), right before a statement verb in the infinitive:
 * the person agrees, means or is able to take the post (`согласился занять пост`, `может стать министром`), or goes on
 * heading (`продолжит руководить министерством`).
 */
const governsInfinitive = (word: Word | undefined, next: Word | undefined): boolean =>
  word !== undefined && next !== undefined && word.shape === 'lower' && ['VERB', 'ADJS', 'PRED'].includes(word.analyses[0]?.pos ?? '') && !inList(word, REFUSAL_VERBS)
  && (inList(next, STATEMENT_VERBS) || next.analyses.some((reading) => HEADING_VERBS.has(reading.key))) && next.analyses[0]?.pos === 'INFN';

/**
 * The title that a statement verb at `verb` states, read after it: the title in the instrumental (`назначен министром`),
 * or a post noun, after a preposition or not, and the title in the genitive (`занимает пост главы`, `ушёл с поста министра`).
 */
function statedTitle(sentence: RoleSentence, verb: number): TitleMatch | undefined {
  // Rule `time after the verb`: `назначен в 2016 году врио губернатора`, `занимавший до 2019 года пост`: when stands between
  // the verb and the title it states.
  const from = verb + 1 + timePhraseLength(sentence, verb + 1);
  // Rule `adverb after the verb`: `работавший ранее послом`, `назначен временно главой`: an adverb of time or manner stands
  // between the verb and its title.
  const adverb = sentence.words[from];
  // `занимающий также пост вице-премьера`: `также`, `тоже` (predicateParticles) stand there as an adverb does.
  const past = adverb !== undefined && adverb.shape === 'lower' && (adverb.analyses[0]?.pos === 'ADVB' || inList(adverb, PREDICATE_PARTICLES)) && !mayOpenTitle(adverb) ? from + 1 : from;
  const title = titleStatedFrom(sentence, from) ?? titleAfterWorkplace(sentence, from) ?? (past > from ? titleStatedFrom(sentence, past) : undefined);
  if (title !== undefined || !inList(sentence.words[verb], SUCCESSION_VERBS)) return title;
  // `сменил Игоря Руденю на посту губернатора`: the one succeeded stands between, and the subject takes the post.
  const predecessor = personAt(sentence, verb + 1);
  return predecessor && isText(sentence.words[predecessor.end], 'на', 'в') ? titleStatedFrom(sentence, predecessor.end) : undefined;
}
/**
 * `работает в компании «Вектор» финансовым директором`, `назначен в «Газпром» заместителем`: the place or organisation of the
 * post after `в` or `на` (its kind and a quotation mark may open it) between the verb and the title in the instrumental; the
 * title holds the post there when it names no place of its own.
 */
function titleAfterWorkplace(sentence: RoleSentence, from: number): TitleMatch | undefined {
  const { words } = sentence;
  if (!isText(words[from], 'в', 'во', 'на')) return undefined;
  let at = from + 1;
  if (inList(words[at], ORGANISATION_DESCRIPTORS) && words[at]!.shape === 'lower') at++;
  if (isText(words[at], ...OPENING_QUOTES)) at++;
  const mention = mentionAt(sentence, at);
  if (!isPlace(mention) || mention.first !== at) return undefined;
  let after = mention.end;
  if (isText(words[after], ...QUOTES)) after++;
  // Only the title in the instrumental: a post noun after the place (`в Москве на посту мэра`) is read from the verb already.
  const title = isText(words[after], ...POST_PREPOSITIONS) || inList(words[after], POST_NOUNS) ? undefined : titleStatedFrom(sentence, after);
  return title && { ...title, of: title.of ?? mention };
}

/** Verbs by which a person takes another's post (`сменил Х на посту мэра`). */
const SUCCESSION_VERBS = foldedSet(rolesData.successionVerbs);

/** The title a statement gives from `from`: in the instrumental, or in the genitive after a post noun. */
function titleStatedFrom(sentence: RoleSentence, from: number): TitleMatch | undefined {
  const { words } = sentence;
  let at = from;
  // `ушёл в отставку с поста министра`: a phrase of how the post is left may come before the post noun's.
  if (isText(words[at], ...POST_PREPOSITIONS) && words[at + 1]?.shape === 'lower' && !inList(words[at + 1], POST_NOUNS)
    && isText(words[at + 2], ...POST_PREPOSITIONS) && inList(words[at + 3], POST_NOUNS)) at += 2;
  if (isText(words[at], ...POST_PREPOSITIONS)) at++;
  const postNoun = inList(words[at], POST_NOUNS);
  if (postNoun) at++;
  else if (at > from) return undefined;
  // An adjective that does not belong to the post may stand before a title in the instrumental (`стал новым главой`,
  // `избран очередным президентом`), left out of the title as before a name.
  else if (isAdjective(sentence, at) && hasReading(words[at]!, (tags) => tags.includes('ablt')) && headFrom(sentence, at) < 0) at++;
  const title = titleAt(sentence, at);
  if (title === undefined) return undefined;
  const headCase = postNoun ? 'gent' : 'ablt';
  return hasReading(words[title.head]!, (tags) => tags.includes(headCase)) || actingBefore(sentence, title.head) ? title : undefined;
}

/**
 * The name's verb from `at` that `read` gives something for (a post, a title), with what it gave: at `at`, or past up to two
 * auxiliaries and adverbs (`был назначен`, `вновь стал`) or a verb that governs it in the infinitive (`согласился занять`).
 */
function predicateVerb<T>(sentence: RoleSentence, at: number, read: (verb: number) => T | undefined): { verb: number; value: T } | undefined {
  const { words } = sentence;
  for (let verb = at, steps = 0; steps <= 2; verb++, steps++) {
    const value = read(verb);
    if (value !== undefined) return { verb, value };
    // `который с 2008 года является`, `которая последние пять лет руководила`: a date or a duration stands aside from the predicate.
    // `Х до этого занимал пост`, `Х много лет возглавлял`: a listed phrase of tenure stands aside too.
    const date = timePhraseLength(sentence, verb) || durationLength(sentence, verb);
    if (date > 0) verb += date - 1;
    else if (!(betweenNameAndVerb(words[verb]) || governsInfinitive(words[verb], words[verb + 1]))) return undefined;
  }
  return undefined;
}

/** The words of a date at `i` (`с 2008 года`, `в 2010 году`, `в марте`), or 0: a preposition, then a number and `год`, or a month. */
function dateLength(sentence: RoleSentence, i: number): number {
  const { words } = sentence;
  if (!isText(words[i], 'с', 'в', 'во', 'до', 'после', 'со')) return 0;
  if (words[i + 1]?.token.kind === 'number') return inList(words[i + 2], YEAR_WORDS) ? 3 : 2;
  // Rule `relative date`: `до прошлого года`, `с этого месяца`, `в текущем году`: a date named relative to the text's.
  if (inList(words[i + 1], RELATIVE_TIME_ADJECTIVES) && inList(words[i + 2], TIME_UNITS)) return 3;
  // Rule `weekday as a date`: `в понедельник`, `во вторник`: news says on which day a post was taken, as it says the month.
  if (isText(words[i], 'в', 'во') && inList(words[i + 1], WEEKDAYS)) return 2;
  return inList(words[i + 1], MONTHS) ? 2 : 0;
}
/** The days of the week (roles.json `weekdays`). */
const WEEKDAYS = foldedSet(rolesData.weekdays);
/** Adjectives of a date relative to the text's (roles.json `relativeTimeAdjectives`: `прошлый`, `этот`). */
const RELATIVE_TIME_ADJECTIVES = foldedSet(rolesData.relativeTimeAdjectives);
const YEAR_WORDS = foldedSet(['год']);
/** An age at `at`: a number and a year's word (`45 лет`), which a name's description sets aside by commas or brackets. */
const ageAt = (words: readonly Word[], at: number): boolean => words[at]?.token.kind === 'number' && inList(words[at + 1], YEAR_WORDS);

/**
 * Rule `duration before the predicate`: the words of how long a post has been held at `i` (`последние пять лет`, `первые
 * 10 месяцев`), or 0: `последний` or `первый`, a number in figures or words, and a unit of time; it says when, as a date does.
 */
function durationLength(sentence: RoleSentence, i: number): number {
  const { words } = sentence;
  const isAmount = (word: Word | undefined): boolean => word !== undefined && (word.token.kind === 'number' || (word.shape === 'lower' && word.analyses[0]?.pos === 'NUMR'));
  // Rule part `bare duration`: an amount and a unit of time in the genitive with no opener (`пять лет тренировал`, `3 года
  // возглавлял`) says how long as well; a unit in the nominative or accusative would be the clause's subject or object.
  if (isAmount(words[i]) && inList(words[i + 1], TIME_UNITS) && hasReading(words[i + 1]!, (tags) => tags.includes('gent'))) return 2;
  if (!inList(words[i], DURATION_OPENERS) || words[i]!.shape !== 'lower') return 0;
  const amount = words[i + 1];
  if (!isAmount(amount) && amount?.analyses[0]?.pos !== 'NUMR') return 0;
  return inList(words[i + 2], TIME_UNITS) ? 3 : 0;
}
const DURATION_OPENERS = foldedSet(rolesData.durationOpeners);
const TIME_UNITS = foldedSet(rolesData.timeUnits);
/** The months, as lemmas (place-words.json `months`, which the datelines read too). */
const MONTHS = foldedSet(placeWordsData.months);

/**
 * Where the predicate of a name starts: right after it, or after a comma that opens a participle (`Х, занимающий`, `Х, ранее
 * работавший`) or a relative clause whose subject is the name (`Х, который занимает`, `Х, которая возглавляет`).
 */
function predicateAfter(sentence: RoleSentence, person: SentenceMention): number {
  const { words } = sentence;
  let at = person.end;
  // Rule `age aside`: `Х, 39 лет, занимал пост`: the age set off by commas stands aside from the predicate.
  if (isText(words[at], ',') && ageAt(words, at + 1) && isText(words[at + 3], ',')) at += 4;
  if (!isText(words[at], ',')) return at;
  // Rule `time before the participle`: `Х, с 2022 года занимающий`, `Х, много лет возглавлявший`: when the post was held
  // stands before the participle, as before a description's title.
  const from = at + 1 + timePhraseLength(sentence, at + 1);
  const next = words[from];
  const participle = (word: Word | undefined): boolean => word !== undefined && hasReading(word, (tags) => tags.includes('PRTF'));
  // `Х, также занимающий пост`: `также`, `тоже` (predicateParticles) stand before the participle as an adverb does.
  const aside = next !== undefined && next.shape === 'lower' && (next.analyses[0]?.pos === 'ADVB' || inList(next, PREDICATE_PARTICLES));
  if (participle(next) || (aside && participle(words[from + 1]))) return from;
  if (next !== undefined && next.shape === 'lower' && next.analyses.some((reading) => reading.lemma === 'который' && reading.case === 'nomn')) return at + 2;
  return at;
}

/** The place or organisation a verb of heading at `verb` takes as its object: right after it, after a quote, or after the kind of the organisation (`компанию «Северсталь»`). */
function headedAfter(sentence: RoleSentence, verb: number): SentenceMention | undefined {
  const { words } = sentence;
  // Rule `time after the heading verb`: `возглавлявший до этого администрацию города`, `руководила с 2019 года «Вектором»`:
  // when stands between the verb and its object, as between a verb and the title it states.
  let at = verb + 1 + timePhraseLength(sentence, verb + 1);
  // `возглавляющий также Михайловский театр`: `также`, `тоже` stand between the verb and its object as an adverb does.
  if (inList(words[at], PREDICATE_PARTICLES) && words[at]!.shape === 'lower') at++;
  // Rule `kind inside the headed name`: a name that opens with its kind in lower case (`комитет Госдумы по международным
  // делам`) is the object itself, not a kind before a name.
  const opening = mentionAt(sentence, at);
  if (isPlace(opening) && opening.first === at) return opening;
  // Rule part `adjective before the headed body`: one lower-case adjective before the object's kind or name says which or
  // whose it is (`возглавляет французский «ПСЖ»`, `тренирует молодежную команду «Белые медведи»`), no body of its own.
  if (words[at]?.shape === 'lower' && mentionAt(sentence, at) === undefined && words[at]!.analyses[0]?.pos === 'ADJF' && !mayOpenTitle(words[at])) at++;
  const unit = headedUnit(sentence, at);
  if (unit !== undefined) return unit;
  const descriptor = inList(words[at], ORGANISATION_DESCRIPTORS) && words[at]!.shape === 'lower';
  if (descriptor) at++;
  if (isText(words[at], ...OPENING_QUOTES)) at++;
  const mention = mentionAt(sentence, at);
  // After the kind of a body, a place names the body's place, not what is headed (`возглавил сборную России`); rule `a place's
  // own body`: but the body that governs a place (`возглавлял администрацию Каменска-Уральского`, `возглавил правительство
  // Карелии`) is headed where the place is, as `глава администрации Сочи` holds the post in Сочи; a team is a body of its own.
  const governing = descriptor && inList(words[at - 1], GOVERNING_PLACE_BODIES);
  // Rule `a country's team coached`: a coach heads nothing but a team, so the place after a team's word (`тренировал сборную
  // Бельгии`) is the team's country, where the post is held, as `главный тренер сборной России` holds it in Россия.
  const coached = descriptor && inList(words[at - 1], TEAM_WORDS) && COACHING_VERBS.has(words[verb]!.analyses[0]?.key ?? '');
  return isPlace(mention) && mention.first === at && (!descriptor || mention.type === 'ORG' || governing || coached) ? mention : undefined;
}
/** Units within an organisation (roles.json `unitNouns`: `отдел`, `кафедра`, `труппа`, `подразделение`). */
const UNIT_NOUNS = foldedSet(rolesData.unitNouns);

/**
 * Rule `unit of the headed body`: the organisation whose unit a verb of heading takes as its object (`руководит балетной
 * труппой Пермского театра`, `возглавляла российское подразделение Microsoft`, `руководит отделом продаж компании «Вектор»`):
 * the head of a unit works at the organisation that owns it. The unit noun (`unitNouns`), up to two lower-case genitive
 * words of its field, then the organisation (its kind and a quotation mark may open it); a place there is the unit's
 * place, not its owner (`подразделение в Москве`), so only an organisation. Undefined for none.
 */
function headedUnit(sentence: RoleSentence, at: number): SentenceMention | undefined {
  const { words } = sentence;
  const unit = words[at];
  if (unit === undefined || unit.shape !== 'lower' || !inList(unit, UNIT_NOUNS)) return undefined;
  let next = at + 1;
  // The unit's field: lower-case genitive words, or the place it deals with (`отдел России`, `департамент Азии`).
  const field = mentionAt(sentence, next);
  if (field?.type === 'LOC' && field.first === next) next = field.end;
  else for (let k = 0; k < 2 && words[next]?.shape === 'lower' && mentionAt(sentence, next) === undefined && genitiveNoun(words[next]!) && !inList(words[next], ORGANISATION_DESCRIPTORS); k++) next++;
  // `отдел России в японском МИДе`, `отдел продаж в компании «Вектор»`: the owner after `в` or `на`, a place's adjective before it or not.
  if (isText(words[next], 'в', 'во', 'на')) {
    next++;
    if (words[next]?.shape === 'lower' && mentionAt(sentence, next) === undefined && isPlaceAdjective(words[next])) next++;
  }
  if (inList(words[next], ORGANISATION_DESCRIPTORS) && words[next]!.shape === 'lower') next++;
  if (isText(words[next], ...OPENING_QUOTES)) next++;
  const mention = mentionAt(sentence, next);
  return mention?.type === 'ORG' && mention.first === next ? mention : undefined;
}

/** A team's words (roles.json `teamWords`: `сборная`, `команда`). */
const TEAM_WORDS = foldedSet(rolesData.teamWords);
/** The verbs of heading whose post is a coach's (roles.json `headingVerbs`: `тренировать`), by folded lemma. */
const COACHING_VERBS: ReadonlySet<string> = new Set([...HEADING_VERBS].filter(([, post]) => post === 'тренер').map(([verb]) => verb));
/** The bodies a place is governed by (roles.json `placeBodies`), not its teams (`teamWords`: `сборная`, `команда`). */
const GOVERNING_PLACE_BODIES: ReadonlySet<string> = new Set([...foldedSet(rolesData.placeBodies)].filter((body) => !foldedSet(rolesData.teamWords).has(body)));

/** A lower-case noun in the accusative or instrumental singular, no name's word, as the object of a verb of heading (`районом`, `перевозчика`). */
function bareKindObject(sentence: RoleSentence, at: number): boolean {
  const word = sentence.words[at];
  // A noun's reading as likely as the first counts (`округ`, an adverb too by the dictionary, every reading scored alike).
  const best = word?.analyses[0]?.score ?? 0;
  return word !== undefined && word.shape === 'lower' && mentionAt(sentence, at) === undefined
    && word.analyses.some((r) => r.pos === 'NOUN' && r.score >= best)
    && hasReading(word, (tags) => tags.includes('NOUN') && tags.includes('sing') && (tags.includes('accs') || tags.includes('ablt')));
}

/** The post a form of a verb of heading states, by a reading the test accepts (`возглавляющий` → `глава`), or undefined. */
function headingPost(word: Word | undefined, test: (tags: readonly string[]) => boolean): string | undefined {
  if (word === undefined || word.shape !== 'lower') return undefined;
  const reading = word.analyses.find((r) => HEADING_VERBS.has(r.key) && test(r.tags));
  return reading && HEADING_VERBS.get(reading.key);
}

/** A verb of heading's form that the person heads something by: finite, infinitive or an active participle. */
const activeHeading = (tags: readonly string[]): boolean => tags.includes('VERB') || tags.includes('INFN') || (tags.includes('PRTF') && tags.includes('actv'));

/**
 * `Игорь Сечин, возглавляющий «Роснефть»,`, `Х, который возглавляет «Газпром»`, `Юрий Сёмин вновь возглавил «Локомотив»`:
 * a verb of heading (`headingVerbs`) as the name's predicate, its object a place or organisation: the person is its head.
 * The title is the verb, its normal the post it states (`глава`).
 */
const nameHeadsOrganisation: RoleRule = {
  name: 'name heads organisation',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (const person of sentence.people) {
      const heading = predicateVerb(sentence, predicateAfter(sentence, person), (verb) => headingPost(words[verb], activeHeading));
      if (heading === undefined) continue;
      const of = headedAfter(sentence, heading.verb);
      const title: TitleMatch = { first: heading.verb, end: heading.verb + 1, head: heading.verb, of, post: heading.value };
      if (of !== undefined) found.push({ person, title, rule: this.name });
      const second = of === undefined ? undefined : secondHeading(sentence, heading.verb, of);
      if (second !== undefined) found.push({ person, title: second, rule: this.name });
      // Rule `heading a kind`: `Х руководил районом`, `Х, возглавляющий перевозчика`: the object a bare kind noun, which says
      // where the post is held when it refers back to a body or place the text named with that kind (else no role:
      // `возглавил рейтинг` heads nothing).
      else if (bareKindObject(sentence, heading.verb + 1)) found.push({ person, title: { ...title, kind: heading.verb + 1 }, rule: this.name });
    }
    return found;
  },
};

/**
 * Rule `second heading predicate`: `Х тренировал сборную России, а до этого возглавлял «Легию»`, `Х руководил «Вектором» и
 * возглавлял «Альфу»`: a finite verb of heading joined by `а` or `и` (a comma before or not) right after the first one's
 * object has the same subject, and its own object is another post; a time phrase or an adverb (`затем`, `теперь`) may stand
 * before it. The title of that post, or undefined.
 */
function secondHeading(sentence: RoleSentence, verb: number, object: SentenceMention): TitleMatch | undefined {
  const { words } = sentence;
  if (!hasReading(words[verb]!, (tags) => tags.includes('VERB'))) return undefined;
  let at = isText(words[object.end], ...QUOTES) ? object.end + 1 : object.end;
  if (isText(words[at], ',')) at++;
  if (!isText(words[at], 'а', 'и')) return undefined;
  at++;
  at += timePhraseLength(sentence, at);
  if (words[at]?.shape === 'lower' && (words[at]!.analyses[0]?.pos === 'ADVB' || inList(words[at], PREDICATE_PARTICLES))) at++;
  const post = headingPost(words[at], (tags) => tags.includes('VERB'));
  const of = post === undefined ? undefined : headedAfter(sentence, at);
  return of === undefined ? undefined : { first: at, end: at + 1, head: at, of, post };
}

/** `Народная партия, возглавляемая Беназир Бхутто`: an organisation, then the passive participle of a verb of heading and the name of its head. */
const organisationHeadedByName: RoleRule = {
  name: 'organisation headed by name',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (let i = 0; i < words.length; i++) {
      const of = mentionAt(sentence, i);
      // An organisation, not a place: `сборная России, возглавляемая …` heads the team, not the country.
      if (of?.type !== 'ORG' || of.first !== i) continue;
      let verb = of.end;
      if (isText(words[verb], ...QUOTES)) verb++;
      if (isText(words[verb], ',')) verb++;
      const post = headingPost(words[verb], (tags) => tags.includes('PRTF') && tags.includes('pssv'));
      const person = post === undefined ? undefined : personAt(sentence, verb + 1);
      if (person !== undefined) found.push({ person, title: { first: verb, end: verb + 1, head: verb, of, post }, rule: this.name });
      i = of.end - 1;
    }
    return found;
  },
};

/**
 * Rule `being title, name`: `Будучи губернатором Московской области, Борис Громов построил …`, `В бытность министром финансов
 * Алексей Кудрин …`: the gerund of `быть` (or `в бытность`) with a title in the instrumental opens a clause whose subject,
 * the name in the nominative after it (a comma between or not), held that post then.
 */
const beingTitleName: RoleRule = {
  name: 'being title, name',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const gerund = word.analyses.some((r) => r.pos === 'GRND' && r.lemma === 'быть');
      const tenure = isText(word, 'в', 'В') && words[i + 1]?.folded === 'бытность';
      if (!gerund && !tenure) continue;
      const title = titleStatedFrom(sentence, tenure ? i + 2 : i + 1);
      if (title === undefined) continue;
      const person = personAt(sentence, isText(words[title.end], ',') ? title.end + 1 : title.end);
      if (person !== undefined && hasReading(words[person.first]!, (tags) => tags.includes('nomn'))) found.push({ person, title, rule: this.name });
    }
    return found;
  },
};

/** Verbs of working at an organisation (`работать`) by lemma, and the post each states (`сотрудник`). */
const WORKING_VERBS: ReadonlyMap<string, string> = new Map(Object.entries(rolesData.workingVerbs).map(([verb, post]) => [fold(verb), post]));

/**
 * Rule `name works at organisation`: `Х работает в «Газпроме»`, `Х, ранее работавший в компании «Вектор»,`, `Х с 2005 года
 * работал на заводе «Уралмаш»`: a verb of working (`workingVerbs`) as the name's predicate, then `в` or `на` and an organisation
 * (a kind noun before it or not): the person works there, a post with no title (factRuEval's Occupation with no Position). A
 * place is no workplace (`работает в Москве`), and a title the verb states after the organisation is read by `name appointed title`.
 */
const nameWorksAtOrganisation: RoleRule = {
  name: 'name works at organisation',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (const person of sentence.people) {
      const working = predicateVerb(sentence, predicateAfter(sentence, person), (verb) => {
        const word = words[verb];
        if (word === undefined || word.shape !== 'lower') return undefined;
        const reading = word.analyses.find((r) => WORKING_VERBS.has(r.key) && (r.tags.includes('VERB') || (r.tags.includes('PRTF') && r.tags.includes('actv'))));
        return reading && WORKING_VERBS.get(reading.key);
      });
      if (working === undefined) continue;
      let at = working.verb + 1;
      at += timePhraseLength(sentence, at);
      if (!isText(words[at], 'в', 'на')) continue;
      at++;
      if (words[at]?.shape === 'lower' && inList(words[at], ORGANISATION_DESCRIPTORS) && mentionAt(sentence, at) === undefined) at++;
      if (isText(words[at], ...OPENING_QUOTES)) at++;
      const of = mentionAt(sentence, at);
      if (of?.type !== 'ORG' || of.first !== at) continue;
      const after = isText(words[of.end], ...QUOTES) ? of.end + 1 : of.end;
      if (titleStatedFrom(sentence, after) !== undefined) continue;
      found.push({ person, title: { first: working.verb, end: working.verb + 1, head: working.verb, of, post: working.value }, rule: this.name });
    }
    return found;
  },
};

/**
 * Rule `organisation, then its head`: `Компанию «Северсталь» возглавил Александр Шевелев`, `«Локомотив» вновь возглавил Юрий
 * Сёмин`, `компании «Вектор», которую возглавляет Иван Петров`: an organisation as the object of a finite verb of heading put
 * first (or a relative pronoun standing for it), then the verb, then the name as its subject: Russian puts the new head last,
 * where the news is. The organisation opens its phrase (a kind noun in the accusative or instrumental may stand before it, and
 * no noun or preposition that would govern it: `Список Forbes возглавил …` heads a list, not Forbes), or it is the antecedent
 * of `который` in the accusative or instrumental; the verb is singular, the name right after it in the nominative.
 */
const organisationThenHead: RoleRule = {
  name: 'organisation then head',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    const objectCase = (word: Word | undefined): boolean => word !== undefined && hasReading(word, (tags) => tags.includes('accs') || tags.includes('ablt'));
    // Rule `kind, then its head`: `Команду возглавил Ги Буше`, `Клубом руководит Иван Петров`: a bare kind noun that opens the
    // sentence as the verb's object stands for the body the text named with that kind, where the post is held (else no role).
    const kind = words[0] !== undefined && mentionAt(sentence, 0) === undefined && words[0].analyses[0]?.pos === 'NOUN'
      && hasReading(words[0], (tags) => tags.includes('sing') && (tags.includes('accs') || tags.includes('ablt'))) ? 0 : -1;
    const kindVerb = kind === 0 && words[1]?.analyses[0]?.pos === 'ADVB' && words[1].shape === 'lower' ? 2 : 1;
    const kindPost = kind === 0 ? headingPost(words[kindVerb], (tags) => tags.includes('VERB') && !tags.includes('plur')) : undefined;
    const kindHolder = kindPost === undefined ? undefined : personAt(sentence, kindVerb + 1);
    // The name in the nominative, or a first word the dictionary does not know, which shows no case (`Ги Буше`).
    const subject = kindHolder !== undefined && (words[kindHolder.first]!.analyses.length === 0 || hasReading(words[kindHolder.first]!, (tags) => tags.includes('nomn')));
    if (kindPost !== undefined && kindHolder !== undefined && subject) {
      found.push({ person: kindHolder, title: { first: kindVerb, end: kindVerb + 1, head: kindVerb, of: undefined, post: kindPost, kind: 0 }, rule: this.name });
    }
    for (let i = 0; i < words.length; i++) {
      const of = mentionAt(sentence, i);
      if (of?.type !== 'ORG' || of.first !== i) continue;
      i = of.end - 1;
      let verb = isText(words[of.end], ...QUOTES) ? of.end + 1 : of.end;
      let opens: boolean;
      if (isText(words[verb], ',') && isRelative(words[verb + 1]) && objectCase(words[verb + 1])) {
        verb += 2;
        opens = true;
      } else {
        let before = isText(words[of.first - 1], ...OPENING_QUOTES) ? of.first - 2 : of.first - 1;
        const kind = words[before] !== undefined && words[before]!.shape !== 'upper' && inList(words[before], ORGANISATION_DESCRIPTORS) ? words[before] : undefined;
        if (kind !== undefined) before--;
        const governor = words[before]?.analyses[0]?.pos;
        opens = (kind === undefined ? words.slice(of.first, of.end).some((word) => objectCase(word) || word.analyses.length === 0) : objectCase(kind))
          && !(governor === 'NOUN' || governor === 'ADJF' || governor === 'PREP' || governor === 'PRTF' || governor === 'NUMR');
      }
      if (!opens) continue;
      // Rule `time before heading`: `Компанию «Вектор» с 2010 года возглавляет Х`, `… в настоящее время возглавляет Х`: the
      // time of the post may stand between the object and the verb, as an adverb does.
      verb += timePhraseLength(sentence, verb) || durationLength(sentence, verb);
      if (words[verb]?.analyses[0]?.pos === 'ADVB' && words[verb]!.shape === 'lower') verb++;
      const post = headingPost(words[verb], (tags) => tags.includes('VERB') && !tags.includes('plur'));
      const person = post === undefined ? undefined : personAt(sentence, verb + 1);
      if (person === undefined || !hasReading(words[person.first]!, (tags) => tags.includes('nomn'))) continue;
      found.push({ person, title: { first: verb, end: verb + 1, head: verb, of, post }, rule: this.name });
    }
    return found;
  },
};

/**
 * Rule `post after heading`: where a first predicate of heading (`руководил «Уралхимом» с 2017 года`, `возглавлял вуз`)
 * ends, its object (a place or organisation, or one lower-case noun) and a date after it included, so that a second
 * predicate joined to it states a post of the same subject (`Х, который руководил «Уралхимом» с 2017 года и теперь станет
 * председателем совета директоров`); undefined when no such predicate starts at `at`.
 */
function headingPredicateEnd(sentence: RoleSentence, at: number): number | undefined {
  const { words } = sentence;
  const heading = predicateVerb(sentence, at, (verb) => headingPost(words[verb], activeHeading));
  if (heading === undefined) return undefined;
  const object = headedAfter(sentence, heading.verb);
  let end: number;
  if (object !== undefined) end = isText(words[object.end], ...QUOTES) ? object.end + 1 : object.end;
  else if (words[heading.verb + 1]?.shape === 'lower' && words[heading.verb + 1]!.analyses[0]?.pos === 'NOUN') end = heading.verb + 2;
  else return undefined;
  end += dateLength(sentence, end);
  return isText(words[end], ',') ? end + 1 : end;
}

/** Conjunctions that join a second predicate of the same subject (`ушёл с поста мэра, но остался советником`). */
const JOINING_CONJUNCTIONS = ['и', 'но', 'а', 'затем'];

/**
 * `Х назначен министром …`, `Х был избран председателем …`, `Х, занимающий пост главы …`: a verb of holding, taking or
 * leaving a post after the name (an auxiliary or adverb between, or a comma before a participle), then the title it states.
 */
/**
 * Rule `acting verb`: `Х исполняет обязанности губернатора`, `Х временно исполнял обязанности мэра Омска`: the finite verb of an
 * acting prefix (actingPrefixes, by lemma) as the name's predicate states the acting post as its participle would; the title is
 * the verb with its complement, its normal the participle's phrase (`исполняющий обязанности мэра Омска`).
 */
function actingVerbTitle(sentence: RoleSentence, verb: number): TitleMatch | undefined {
  const word = sentence.words[verb];
  if (word === undefined || word.shape !== 'lower' || word.analyses[0]?.pos !== 'VERB' || actingAt(sentence, verb) === 0) return undefined;
  const title = titleAt(sentence, verb);
  if (title === undefined) return undefined;
  const rest = sentence.words.slice(verb + 1, title.end);
  const written = rest.map((w, k) => (k > 0 && w.token.start > rest[k - 1]!.token.end ? ' ' : '') + w.text).join('');
  return { ...title, post: `${ACTING_PARTICIPLE} ${written}` };
}
/** The participle a finite acting verb's post is named by. */
const ACTING_PARTICIPLE = 'исполняющий';

const nameStatesTitle: RoleRule = {
  name: 'name appointed title',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (const person of sentence.people) {
      const at = predicateAfter(sentence, person);
      // `Х в должности мэра …`, `Х на посту главы …`: a post noun after `в` or `на` states the post with no verb.
      const held = isText(words[at], 'в', 'на') && inList(words[at + 1], POST_NOUNS) ? titleStatedFrom(sentence, at) : undefined;
      if (held !== undefined) {
        found.push({ person, title: held, rule: this.name });
        continue;
      }
      const subject = hasReading(words[person.first]!, (tags) => tags.includes('nomn'));
      const state = (from: number) => predicateVerb(sentence, from, (verb) => (inList(words[verb], STATEMENT_VERBS) && !(subject && dismissesAnother(words[verb]!)) ? statedTitle(sentence, verb) : actingVerbTitle(sentence, verb)));
      const headed = headingPredicateEnd(sentence, at);
      // `Х ушёл с поста мэра, но остался советником`: a predicate joined to the first by a conjunction has the same subject.
      let first = state(at);
      if (first === undefined && headed !== undefined && isText(words[headed], ...JOINING_CONJUNCTIONS)) first = state(headed + 1);
      // Rule `predicate after the clause`: `Х, занимавший до 2016 года пост министра, был назначен врио губернатора`, `Х, который
      // приехал из Москвы, стал министром`: a participle or relative clause set off by commas after the name, and the name's own
      // predicate after its closing comma.
      // Not a name that a noun before it takes as its complement (`Жена Ивана Петрова, который …, стала депутатом`: the
      // predicate is the wife's), only one that may be the predicate's subject; a title before it stands in apposition.
      // Rule `predicate after a description`: `Х, в прошлом министр экономики, стал сенатором`: a description set off by commas
      // after the name stands aside as a participle does, and the predicate after it is the name's.
      const aside = (at > person.end || describedAfter(sentence, person)) && !complementOfNoun(sentence, person);
      if (first === undefined && aside) {
        const close = clauseEnd(sentence, isText(words[at], ',') ? at + 1 : at);
        if (close !== undefined) first = state(close + 1);
      }
      for (let stated = first, k = 0; stated !== undefined && k < 3; k++) {
        found.push({ person, title: stated.value, rule: this.name });
        let next = stated.value.end;
        const comma = isText(words[next], ',');
        if (comma) next++;
        const shared = comma ? undefined : coordinatedStatedTitle(sentence, next);
        stated = isText(words[next], ...JOINING_CONJUNCTIONS) ? state(next + 1) ?? (shared && { verb: stated.verb, value: shared }) : aside && comma && k === 0 ? state(next) : undefined;
      }
    }
    return found;
  },
};

/** Whether a title in the nominative, set off by a comma, describes the name in the nominative (`Х, глава района,`, `Х, ранее глава района,`). */
function describedAfter(sentence: RoleSentence, person: SentenceMention): boolean {
  const { words } = sentence;
  if (!isText(words[person.end], ',') || !hasReading(words[person.first]!, (tags) => tags.includes('nomn'))) return false;
  const title = titleAt(sentence, descriptionStart(sentence, person.end + 1));
  return title !== undefined && hasReading(words[title.head]!, (tags) => tags.includes('nomn'));
}

/** A noun right before the name that is no title and no name's word, whose genitive complement the name is (`Жена Ивана Петрова`). */
function complementOfNoun(sentence: RoleSentence, person: SentenceMention): boolean {
  const before = sentence.words[person.first - 1];
  return before !== undefined && mentionAt(sentence, person.first - 1) === undefined && before.analyses[0]?.pos === 'NOUN' && !before.keys.some(isTitle);
}

/** Verbs by which one makes another leave a post (roles.json `dismissingVerbs`: `уволить`, `отстранить`). */
const DISMISSING_VERBS = foldedSet(rolesData.dismissingVerbs);

/**
 * Rule `dismissing another`: an active form of a verb of dismissing (`Мэр Сергей Иванов отстранил от должности начальника
 * управления`) states the post of its object, not of its subject, who dismisses: only a passive one (`уволен с должности`,
 * `отстранен`) states the post of the name before it.
 */
function dismissesAnother(word: Word): boolean {
  return inList(word, DISMISSING_VERBS) && !hasReading(word, (tags) => tags.includes('PRTS') || (tags.includes('PRTF') && tags.includes('pssv')));
}

/** How far a clause set off by a comma after a name may run, in words, to its closing comma. */
const MAX_CLAUSE = 12;

/** The index of the comma that closes a clause starting at `at`, within {@link MAX_CLAUSE} words and before any other name or dash; undefined for none. */
function clauseEnd(sentence: RoleSentence, at: number): number | undefined {
  const { words } = sentence;
  for (let i = at; i < Math.min(words.length, at + MAX_CLAUSE); i++) {
    if (isText(words[i], ',')) return i;
    // Rule `quoted name in the clause`: quotation marks around an organisation's name (`возглавлявший «Ростелеком»,`) are the
    // name's, not a quotation's.
    if (isText(words[i], ...QUOTES) && (isPlace(mentionAt(sentence, i + 1)) || isPlace(mentionAt(sentence, i - 1)))) continue;
    if (personAt(sentence, i) !== undefined || isText(words[i], '—', '–', '(', ')', ':', ';', ...QUOTES)) return undefined;
  }
  return undefined;
}

/**
 * The subject right after a verb: a person's name, or one lower-case noun in the nominative and then the name, a word for
 * the person's party or calling in apposition (`занял республиканец Джон Бенер`).
 */
function subjectAfter(sentence: RoleSentence, i: number): SentenceMention | undefined {
  const person = personAt(sentence, i);
  if (person !== undefined) return person;
  const word = sentence.words[i];
  const noun = word !== undefined && word.shape === 'lower' && mentionAt(sentence, i) === undefined && word.analyses[0]?.pos === 'NOUN'
    && hasReading(word, (tags) => tags.includes('nomn') && tags.includes('sing'));
  if (noun) return personAt(sentence, i + 1);
  // Rule `subject with its title`: `назначен первый заместитель мэра Алексей Бубнов`: the subject named with a post of its
  // own in the nominative before the name, as news introduces a person.
  // Rule part 'former post': past a word of its tenure (`Им стала бывший заместитель министра Ольга Кузнецова`), the
  // person's earlier or present post, which names them and is not the post stated.
  const at = word !== undefined && inTenure(word) ? i + 1 : i;
  const title = sentence.words[at]?.shape === 'lower' ? titleAt(sentence, at, true) : undefined;
  return title !== undefined && hasReading(sentence.words[title.head]!, (tags) => tags.includes('nomn')) ? personAt(sentence, title.end) : undefined;
}

const TENURE_WORDS = foldedSet(rolesData.tenureAdjectives);
/**
 * A word of a post's tenure (roles.json `tenureAdjectives`: `бывший`, `новый`, `нынешний`): it may stand before a subject's
 * title, and it tells no two posts apart, as a kind's adjective does.
 */
export const inTenure = (word: Word): boolean => inList(word, TENURE_WORDS);

/**
 * `Министром назначен Иван Петров`, `капитаном стал Михаель Баллак`: the title in the instrumental, the verb, then the name;
 * or a post noun and the title in the genitive (`Место спикера Палаты представителей занял Джон Бенер`, `Пост министра занял …`).
 */
const titleStatedOfName: RoleRule = {
  name: 'title appointed name',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (let verb = 1; verb < words.length; verb++) {
      if (!isStatementVerb(words[verb])) continue;
      const person = subjectAfter(sentence, verb + 1);
      if (person === undefined) continue;
      // The title that ends right before the verb, or before an auxiliary or adverb before it (`губернатором края был
      // назначен`), from its first word.
      let before = verb;
      while (before > 1 && verb - before < 2 && betweenNameAndVerb(words[before - 1])) before--;
      // `«Газпром», главой которого является Алексей Миллер`: the title is held in the body the relative pronoun stands for.
      const relative = isRelative(words[before - 1]) && hasReading(words[before - 1]!, (tags) => tags.includes('gent')) ? words[before - 1] : undefined;
      if (relative !== undefined) before--;
      // Rule part `the one served before the verb`: `Ассистентом Девятова назначен …`: the person a post serves, in the genitive
      // after the title, stands between it and the verb (a name is no title's complement).
      const served = relative === undefined ? mentionAt(sentence, before - 1) : undefined;
      if (served?.type === 'PER' && served.end === before && hasReading(words[served.first]!, (tags) => tags.includes('gent'))) before = served.first;
      for (let first = Math.max(0, before - MAX_TITLE); first < before; first++) {
        const title = startsTitle(sentence, first) ? titleAt(sentence, first) : undefined;
        if (title === undefined || title.end !== before) continue;
        const headCase = inList(words[title.first - 1], POST_NOUNS) ? 'gent' : 'ablt';
        // Rule `acting title stated`: after an acting prefix the participle shows the case (`Исполняющим обязанности
        // губернатора назначен …`), the head staying in the genitive.
        const acting = actingParticiple(sentence, title);
        const shown = acting !== undefined && headCase === 'ablt' ? words[acting]! : words[title.head]!;
        // An indeclinable acting prefix (`Врио главы Хакасии назначен …`) shows no case, and the head after it is in the genitive.
        const indeclinable = acting === undefined && headCase === 'ablt' && actingBefore(sentence, title.head);
        if (!indeclinable && !hasReading(shown, (tags) => tags.includes(headCase))) continue;
        const of = relative && title.of === undefined ? antecedentOf(sentence, title.first, relative) : undefined;
        found.push({ person, title: of === undefined ? title : { ...title, of }, rule: this.name });
        break;
      }
    }
    return found;
  },
};

/**
 * The place or organisation a relative pronoun after a title opening a clause at `first` stands for: the name right before its
 * comma (after a closing quotation mark or not), when it or the kind before it agrees with the pronoun in gender and number
 * (`компании «Вектор», директором которой` → Вектор; `представительства в Германии, главой которого`: none).
 */
function antecedentOf(sentence: RoleSentence, first: number, relative: Word): SentenceMention | undefined {
  const { words } = sentence;
  if (!isText(words[first - 1], ',')) return undefined;
  const last = isText(words[first - 2], ...QUOTES) ? first - 3 : first - 2;
  const mention = mentionAt(sentence, last);
  if (!isPlace(mention) || mention.end !== last + 1) return undefined;
  let from = mention.first;
  if (isText(words[from - 1], ...OPENING_QUOTES)) from--;
  if (inList(words[from - 1], ORGANISATION_DESCRIPTORS)) from--;
  const forms = relative.analyses.filter((r) => r.lemma === 'который' && r.case === 'gent');
  // `которого` is masculine or neuter alike.
  const sameGender = (a: string | undefined, b: string | undefined): boolean => a === b || (a !== 'femn' && b !== 'femn' && a !== undefined && b !== undefined);
  // A name by its readings as a place or organisation where it has them (`Германии`, not `германий`).
  const readings = (noun: Word): Word['analyses'] => {
    const proper = noun.analyses.filter((n) => n.tags.includes('Geox') || n.tags.includes('Orgn'));
    return proper.length > 0 ? proper : noun.analyses;
  };
  const agrees = (noun: Word): boolean => readings(noun).some((n) => n.pos === 'NOUN'
    && forms.some((r) => r.number === n.number && (r.number === 'plur' || sameGender(r.gender, n.gender))));
  return words.slice(from, mention.end).some(agrees) ? mention : undefined;
}


/**
 * Rule `rank before the object`: the person an appointing verb takes as its object after the rank or post the person holds
 * (`назначил генерал-лейтенанта Сергея Кузовлева командующим`, `назначил епископа Сергиево-Посадского Фому управляющим
 * делами`): a lower-case rank in the accusative, maybe with one capitalised adjective of a see or a place after it,
 * then the name; undefined for none. Only a rank (`ranks`), as a post may be another's (`назначил заместителя Ивана
 * Петрова`: the deputy is appointed).
 */
function personAfterRank(sentence: RoleSentence, at: number): SentenceMention | undefined {
  const { words } = sentence;
  const rank = words[at];
  if (rank === undefined || rank.shape !== 'lower' || !inList(rank, RANKS) || mentionAt(sentence, at) !== undefined) return undefined;
  if (!rank.analyses.some((r) => r.pos === 'NOUN' && r.case === 'accs')) return undefined;
  const see = words[at + 1];
  const afterSee = see !== undefined && see.shape !== 'lower' && mentionAt(sentence, at + 1) === undefined && see.analyses[0]?.pos === 'ADJF';
  return personAt(sentence, afterSee ? at + 2 : at + 1);
}

/**
/**
 * `Президент назначил Михаила Мишустина председателем правительства`, `избрали Ивана Петрова мэром`: a verb by which someone
 * makes a person hold a post (its finite form or infinitive, not its participle), the person as its object, then the title
 * in the instrumental (or a post noun and the title in the genitive).
 */
const verbNameTitle: RoleRule = {
  name: 'appointed name title',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (let verb = 0; verb < words.length; verb++) {
      if (!isAppointingVerb(words[verb]) || !hasReading(words[verb]!, (tags) => tags.includes('VERB') || tags.includes('INFN'))) continue;
      const person = personAt(sentence, verb + 1) ?? personAfterRank(sentence, verb + 1);
      if (person === undefined) {
        // Rule `title before the object`: `назначил министром обороны Андрея Белоусова`, `избрали председателем горсовета
        // Владимира Корбута`: the title the verb states may come first, the person in the accusative right after it.
        const title = titleStatedFrom(sentence, verb + 1);
        const object = title && personAt(sentence, title.end);
        if (title !== undefined && object !== undefined && nameInCase(sentence, object, 'accs')) found.push({ person: object, title, rule: APPOINTED_TITLE_FIRST });
        continue;
      }
      const title = titleStatedFrom(sentence, person.end);
      if (title === undefined) continue;
      found.push({ person, title, rule: this.name });
      const second = coordinatedStatedTitle(sentence, title.end);
      if (second !== undefined) found.push({ person, title: second, rule: this.name });
    }
    return found;
  },
};

/**
 * Rule `coordinated stated titles`: `назначен директором и главным инженером завода`, `переизбрал Х президентом и председателем
 * правления`: a second title in the instrumental joined by `и` right after the first is stated by the same verb.
 */
function coordinatedStatedTitle(sentence: RoleSentence, end: number): TitleMatch | undefined {
  return isText(sentence.words[end], 'и') ? titleStatedFrom(sentence, end + 1) : undefined;
}
/** The name of the roles `appointed name title` finds with the title before the person (`назначил министром Х`). */
export const APPOINTED_TITLE_FIRST = 'appointed title, name';

/**
 * `Министр финансов Германии, Вольфганг Шойбле, выступил …`, `Бывший спикер палаты, Нэнси Пелоси, …`: a title in the
 * nominative, then the name set off by a comma or dash on both sides (or the sentence's end): the name is an apposition
 * to the title, the news writer's way of naming who holds it.
 */
const titleCommaName: RoleRule = {
  name: 'title, name',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (let i = 0; i < words.length; i++) {
      if (!startsTitle(sentence, i)) continue;
      const title = titleAt(sentence, i);
      const closers = title && DESCRIPTION_CLOSERS[words[title.end]?.text ?? ''];
      if (title === undefined || closers === undefined || words[title.end]!.text === '(') continue;
      const person = personAt(sentence, title.end + 1);
      if (person === undefined || (person.end < words.length && !isText(words[person.end], ...closers))) continue;
      const nominative = hasReading(words[title.head]!, (tags) => tags.includes('nomn')) || actingBefore(sentence, title.head);
      if (nominative && agreesInCase(sentence, title, person)) found.push({ person, title, rule: this.name });
      i = person.end - 1;
    }
    return found;
  },
};

/**
 * `Назначенный министром обороны Армении Сурен Папикян …`, `избранный мэром Томска Иван Петров`: the passive participle of
 * a verb of appointing, the title it states in the instrumental, then the name the participle describes.
 */
const appointedTitleName: RoleRule = {
  name: 'appointed title name',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (let at = 0; at < words.length; at++) {
      if (!isAppointedParticiple(words[at]!)) continue;
      // An adverb or a date may stand between (`назначенный недавно министром`, `назначенный в мае министром`).
      const from = words[at + 1]?.analyses[0]?.pos === 'ADVB' ? at + 2 : at + 1 + dateLength(sentence, at + 1);
      const title = titleStatedFrom(sentence, from);
      const person = title && personAt(sentence, title.end);
      if (title && person) found.push({ person, title, rule: this.name });
    }
    return found;
  },
};

/** The passive participle of a verb of appointing (`назначенный`, `избранного`), tested once per form. */
const isAppointedParticiple = perForm((word) => word.kind === 'word' && word.analyses.some((r) => r.pos === 'PRTF' && r.tags.includes('pssv') && APPOINTING_VERBS.has(r.key)));

/**
 * `В качестве первого заместителя губернатора в администрацию вошел Андрей Белов`: `в качестве` and a title in the genitive
 * open the clause, and the subject after its verb holds that post.
 */
const inCapacityOfTitle: RoleRule = {
  name: 'in capacity of title',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (let i = 0; i + 1 < words.length; i++) {
      if (!isText(words[i], 'в', 'В') || !inList(words[i + 1], CAPACITY_NOUNS)) continue;
      const title = titleStatedFrom(sentence, i + 1);
      if (title === undefined) continue;
      // The clause's verb within a few words and no punctuation (`в администрацию вошел`), then its subject.
      // The phrase may be set off by commas (`в его команду, в качестве первого заместителя, входит …`).
      const from = isText(words[title.end], ',') ? title.end + 1 : title.end;
      for (let verb = from; verb < Math.min(words.length, from + 5) && words[verb]!.kind === 'word'; verb++) {
        if (words[verb]!.shape !== 'lower' || words[verb]!.analyses[0]?.pos !== 'VERB') continue;
        const person = subjectAfter(sentence, verb + 1);
        if (person !== undefined) found.push({ person, title, rule: this.name });
        break;
      }
    }
    return found;
  },
};
/** `в качестве`: the post noun that states a capacity, not a place (`в должности` after a name is read by `name appointed title`). */
const CAPACITY_NOUNS = foldedSet(['качество']);

/** The title in `case` that ends right before `end`, from its first word (the first that opens one), or undefined. */
function titleEndingAt(sentence: RoleSentence, end: number, grammaticalCase: string): TitleMatch | undefined {
  for (let first = Math.max(0, end - MAX_TITLE); first < end; first++) {
    const title = startsTitle(sentence, first) ? titleAt(sentence, first) : undefined;
    if (title === undefined || title.end !== end) continue;
    return hasReading(sentence.words[title.head]!, (tags) => tags.includes(grammaticalCase)) ? title : undefined;
  }
  return undefined;
}

/**
 * `Министром финансов Татарстана Радик Гайзатуллин стал в 2010 году`, `Президентом Иван Петров был избран`: the title in
 * the instrumental put first for emphasis, then the name, then its verb of holding or taking a post with no title after it.
 */
const titleNameStatement: RoleRule = {
  name: 'title name appointed',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (const person of sentence.people) {
      // A name that opens the sentence has no title before it.
      if (person.first === 0) continue;
      const verb = predicateVerb(sentence, person.end, (at) => (inList(words[at], STATEMENT_VERBS) && words[at]!.shape === 'lower' ? true : undefined));
      // A verb with its subject after it (`Ассистентом Девятова назначен Андрей Николишин`) is that subject's: the name before
      // it is no subject.
      if (verb === undefined || statedTitle(sentence, verb.verb) !== undefined || subjectAfter(sentence, verb.verb + 1) !== undefined) continue;
      const title = titleEndingAt(sentence, person.first, 'ablt');
      // After a preposition the instrumental is its object (`С губернатором Иван Петров был знаком`), not a predicate.
      const before = title && sentence.words[title.first - 1];
      if (title !== undefined && !(before !== undefined && before.analyses[0]?.pos === 'PREP')) found.push({ person, title, rule: this.name });
    }
    return found;
  },
};

/**
 * `Иван Петров, которого в прошлом году назначили министром финансов, …`: a relative clause whose object is the name, a
 * verb of appointing in it within a few words, and the title it states.
 */
const nameWhomAppointed: RoleRule = {
  name: 'name, whom appointed title',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (const person of sentence.people) {
      if (!isText(words[person.end], ',')) continue;
      const relative = words[person.end + 1];
      if (relative === undefined || !relative.analyses.some((r) => r.lemma === 'который' && r.case === 'accs')) continue;
      for (let verb = person.end + 2; verb < Math.min(words.length, person.end + 7) && words[verb]!.kind === 'word'; verb++) {
        if (!isAppointingVerb(words[verb]) || !hasReading(words[verb]!, (tags) => tags.includes('VERB'))) continue;
        const title = titleStatedFrom(sentence, verb + 1);
        if (title !== undefined) found.push({ person, title, rule: this.name });
        break;
      }
    }
    return found;
  },
};


/** Verbs by which a person becomes what a pronoun in the instrumental before them stands for (`Им стал …`). */
const BECOMING_VERBS = foldedSet([...rolesData.becomingVerbs, ...rolesData.appointingVerbs]);

/** `Им`, `Ею`: a third-person pronoun in the instrumental singular, the predicate of a verb of becoming put first. */
const isInstrumentalPronoun = (word: Word | undefined): boolean =>
  word !== undefined && word.analyses.some((r) => (r.lemma === 'он' || r.lemma === 'она') && r.case === 'ablt' && r.tags.includes('sing'));

/**
 * Rule `pronoun stated title`: `Правительство выбрало нового руководителя Росстата. Им стал Павел Малков.` A sentence that opens
 * with `им` or `ею`, a verb of becoming or appointing (an auxiliary or adverb between) and a name: the pronoun stands for the
 * post the sentence before named last with no name after it, and the name holds that post. The title's indices are in `previous`.
 */
export function pronounStatedTitle(previous: RoleSentence, sentence: RoleSentence): RoleMatch | undefined {
  const { words } = sentence;
  if (!isInstrumentalPronoun(words[0])) return undefined;
  let verb = 1;
  while (verb < 3 && betweenNameAndVerb(words[verb])) verb++;
  if (!inList(words[verb], BECOMING_VERBS) || !hasReading(words[verb]!, (tags) => tags.includes('VERB') || tags.includes('PRTS'))) return undefined;
  // `Им стал серб Рашид Рахимов`: a word for the person's nation or party may stand before the name.
  const person = subjectAfter(sentence, verb + 1);
  if (person === undefined) return undefined;
  let last: TitleMatch | undefined;
  for (let i = 0; i < previous.words.length; i++) {
    const title = startsTitle(previous, i) ? titleAt(previous, i) : undefined;
    if (title === undefined) continue;
    // A title with its holder named after it is that person's, not the pronoun's.
    last = personAt(previous, title.end) === undefined ? title : undefined;
    i = title.end - 1;
  }
  return last && { person, title: last, rule: 'pronoun stated title' };
}

/**
 * Rule `name line, title line`: a line that is only a person's name (a comma after it or not) and the next line only a title in
 * the nominative (`Иван Петров` ¶ `Генеральный директор компании «Вектор»`): a byline or a caption states the person's post so.
 * The caller checks that a line break parts the two.
 */
export function titleOnNextLine(previous: RoleSentence, sentence: RoleSentence): RoleMatch | undefined {
  const person = previous.people[0];
  const rest = previous.words.slice(person?.end ?? 0);
  if (person === undefined || person.first !== 0 || !rest.every((word) => isText(word, ',', '.'))) return undefined;
  const title = titleAt(sentence, 0);
  if (title === undefined || !hasReading(sentence.words[title.head]!, (tags) => tags.includes('nomn'))) return undefined;
  if (!sentence.words.slice(title.end).every((word) => isText(word, '.', ','))) return undefined;
  return { person, title, rule: 'name line, title line' };
}

/** Nouns of taking, holding or leaving a post (`назначение`, `отставка`, `уход`), stating it as a verb of statementVerbs does. */
const STATEMENT_NOUNS = foldedSet(rolesData.statementNouns);
/** Prepositions of time before a statement noun after a name (`Путин после ухода с поста президента`). */
const TIME_PREPOSITIONS = ['после', 'до', 'перед'];

/**
 * `назначение Андрея Белоусова министром обороны`, `отставка Юрия Лужкова с поста мэра`, `Путин после ухода с поста
 * президента`: a noun of taking or leaving a post (`statementNouns`) with the person in the genitive right after it, or
 * after the person and `после`, `до`, `перед` (`своего` may stand before the noun), then the title as a verb would state it:
 * in the instrumental, or a post noun and the title in the genitive.
 */
const statementNounTitle: RoleRule = {
  name: 'statement noun title',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (const person of sentence.people) {
      const before = words[person.first - 1];
      if (inList(before, STATEMENT_NOUNS) && before!.shape !== 'upper' && hasReading(words[person.first]!, (tags) => tags.includes('gent'))) {
        const title = titleStatedFrom(sentence, person.end);
        if (title !== undefined) found.push({ person, title, rule: this.name });
      } else if (isText(words[person.end], ...TIME_PREPOSITIONS)) {
        let noun = person.end + 1;
        if (words[noun]?.analyses.some((r) => r.lemma === 'свой')) noun++;
        const title = inList(words[noun], STATEMENT_NOUNS) ? titleStatedFrom(sentence, noun + 1) : undefined;
        if (title !== undefined) found.push({ person, title, rule: this.name });
      }
    }
    return found;
  },
};

/**
 * Rule `post phrase, name`: `На посту губернатора Иван Петров провел реформу`, `В должности министра культуры Ольга Любимова
 * работает с 2020 года`, `В качестве министра Сергей Лавров посетил Пекин`: `на посту`, `в должности`, `в качестве` and the
 * title in the genitive open the clause, and its subject, the name in the nominative right after (a comma between or not),
 * holds that post. The post noun in the locative: `на пост губернатора Иван Петров выдвинут` names a post sought, not held.
 */
const postPhraseName: RoleRule = {
  name: 'post phrase, name',
  find(sentence) {
    const found: RoleMatch[] = [];
    const { words } = sentence;
    for (let i = 0; i + 2 < words.length; i++) {
      if (!isText(words[i], 'в', 'В', 'на', 'На') || !inList(words[i + 1], POST_NOUNS)) continue;
      if (!hasReading(words[i + 1]!, (tags) => tags.includes('loct') || tags.includes('loc2'))) continue;
      // The phrase opens its clause: the sentence's start, or after a comma.
      if (i > 0 && !isText(words[i - 1], ',')) continue;
      // From the post noun: the preposition is known, and may be capitalised.
      const title = titleStatedFrom(sentence, i + 1);
      if (title === undefined) continue;
      const person = personAt(sentence, isText(words[title.end], ',') ? title.end + 1 : title.end);
      if (person === undefined) continue;
      if (nameInCase(sentence, person, 'nomn')) found.push({ person, title, rule: this.name });
      // `На посту мэра Х сменил Y`: the one succeeded as the object, then a verb of succession and its subject, who takes the post.
      else if (inList(words[person.end], SUCCESSION_VERBS) && hasReading(words[person.end]!, (tags) => tags.includes('VERB'))) {
        const successor = subjectAfter(sentence, person.end + 1);
        if (successor !== undefined) found.push({ person: successor, title, rule: this.name });
      }
    }
    return found;
  },
};

/**
 * Whether a name's first word may be in a case: by its readings as a name where the dictionary has them (`Сергея` is also
 * the nominative of a common noun `сергея`, never of the given name), else by any reading.
 */
function nameInCase(sentence: RoleSentence, person: SentenceMention, grammaticalCase: string): boolean {
  const word = sentence.words[person.first]!;
  const cases = casesOf(word, (reading) => reading.known && reading.tags.includes('sing') && reading.tags.some((tag) => NAME_GRAMMEMES.includes(tag)));
  return cases !== undefined ? cases.has(grammaticalCase) : hasReading(word, (tags) => tags.includes(grammaticalCase));
}

/** The role rules, in the order their roles are preferred when two state the same post. */
export const ROLE_RULES: readonly RoleRule[] = [
  titleBeforeName, pluralTitleBeforeNames, nameCommaTitle, namesCommaPluralTitle, titleCommaName, nameStatesTitle, titleStatedOfName, verbNameTitle,
  appointedTitleName, inCapacityOfTitle, titleNameStatement, nameWhomAppointed, nameHeadsOrganisation, organisationHeadedByName, organisationThenHead, statementNounTitle, nameWorksAtOrganisation, beingTitleName, postPhraseName,
];
