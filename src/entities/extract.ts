/**
 * The entity stage: reads each sentence of the Russian paragraphs with the
 * gazetteer and the grammars, gives every mention its normal form, adds the
 * mentions found in English paragraphs, then links mentions into entities.
 */
import type { WorkingDocument } from '../document.js';
import type { EntityMention } from '../model.js';
import { englishMentions } from './english.js';
import { addPlaceSenses } from './senses.js';
import { englishText } from '../words/english.js';
import { lookup } from '../lexicon/gazetteer.js';
import { grammar, matchAt, type Match, type Rule } from './grammar.js';
import { ACRONYM, acronymOf, linkMentions, type DraftMention } from './link.js';
import { manNominative, personName, predicateWord, verbGender } from './normalize.js';
import { listedNominative, phraseNominative, restoreSpelling } from '../words/nominative.js';
import { nominative } from '../morphology/morphology.js';
import {
  adjectiveOfQuotedName, ADJECTIVE_BODY_RULE, VENUE_RULE, venueNominative, UNIVERSITY_KIND_RULE, LOCAL_QUOTED_NAME_RULE, PRODUCT_AFTER_WORD_RULE, BODY_SHORT_FORM_RULE, NAMED_BANK_RULE, namedBankNominative, FACILITY_RULE, REGIONAL_UNIT_RULE, facilityNominative, FEDERAL_BODY_RULE, ELIDED_NAME_RULE, SHARED_NOUN_RULE, sharedNounNominative, REGION_BY_PREFIX_RULE, regionByPrefixNominative, LOCATION_RULES, bodyShortNominative, declinedBodyNoun, ORGANISATION_RULES, PERSON_RULES, elidedListedName, QUOTE_CLOSE, QUOTE_OPEN, outletCue, outletNameStart, memberCue, nounBefore, reportVerb, companyActionVerb, dealCue, stateAdjective, reportingVerb, sourceNameStart, sourceNoun, subjectAfterVerb, subjectNameStart, writtenNominative,
} from './rules.js';
import particles from '../data/gazetteer/name-particles.json';
import placeWords from '../data/gazetteer/place-words.json';
import { fold, joinedWord, nameStem, type Word } from '../words/word.js';

/** Languages whose paragraphs the Russian grammars read. */
const RUSSIAN = new Set(['rus']);

/** Rules in order of preference when two matches are equally long. */
const GRAMMAR = grammar([...PERSON_RULES, ...ORGANISATION_RULES, ...LOCATION_RULES]);

/** The rules that read the whole document once the grammars have read each sentence, by the name each mention carries. */
export const DOCUMENT_RULES = {
  /** A gazetteer name (`Нур-Султан`, `ООН`), longer than any grammar's match at its place. */
  listed: 'listed',
  /** A Latin name in brackets after a person's name is that name as spelled in the original (`Джошуа Вольфа (Joshua Wolf)`). */
  originalSpelling: 'original spelling',
  /** A surname alone in brackets after a person named by the given name alone is that person's (`митрополит Иларион (Алфеев)`). */
  surnameInBrackets: 'surname in brackets',
  /** A site's name with its domain (`Gzt.Ru`, `NEWSru.com`). */
  siteDomain: 'site domain',
  /** A site's address written as one word, whatever its case (`baltinfo.ru`, `Газета.Ru`, `0.facebook.com`). */
  siteAddress: 'site address',
  /** A surname alone, of a person the document names in full elsewhere (`Блинкену`). */
  introducedSurname: 'introduced surname',
  /** A person's first name and surname together, which no rule read, of a person the document names in full elsewhere (`Нарендра Моди` at a sentence's start). */
  introducedFullName: 'introduced full name',
  /** A word the dictionary reads as a place, which is the surname of a person the document names in full (`Кан` of `Оливер Кан`). */
  surnameNotPlace: 'surname, not a place',
  /** A capitalised word no rule took, which is a one-word organisation's name the document gives elsewhere (`центр «Кин-Топ»` … `из Кин-Топа`). */
  organisationAgain: 'organisation named again',
  /** A sentence's first words, an adjective and a body's noun, that the document names so inside a sentence (`Мариинский театр открыл` … `солист Мариинского театра`). */
  adjectiveNameAtStart: 'adjective name again at the start',
  /** The words before an acronym in brackets whose first letters spell it (`Силами быстрого реагирования (СБР)`). */
  nameBeforeAcronym: 'name before its acronym',
  /** A word in capitals no rule took, which spells the name of one organisation the document names (`Ассоциация региональных банков` … `в АРБ`). */
  acronymIntroduced: 'acronym introduced',
  /** A name in quotes alone, which the document names elsewhere in quotes as an organisation (`компания «Северсталь»` … `акции «Северстали»`). */
  quotedAgain: 'name in quotes again',
  /** A name in quotes after a word that cites an outlet (`в интервью «Свободной прессе»`, `в эфире «Эха Москвы»`). */
  outletCue: 'outlet cue «Name»',
  /** A name in quotes that says something or is a source (`«Тагилстрой» заявил`, `по данным «Тагилстроя»`). */
  speakingName: 'speaking «Name»',
  /** A name in quotes in the genitive after a noun of an organisation's post, people, parts or shares (`аналитик «Финама»`, `акции «Тагилстроя»`). */
  memberOf: 'member of «Name»',
  /** A name in quotes in the dative right after a verb of saying, whom it was said to (`рассказал «Новой Сибири»`). */
  toldName: 'told «Name»',
  /** A place's words in quotes that is told, cites or reports: an outlet named after its land (`рассказал «Новой Сибири»`). */
  outletPlace: 'outlet in quotes, not a place',
  /** A name in quotes alone before a verb of what a company does (`«Магнит» открыл 500 магазинов`). */
  actingName: 'acting «Name»',
  /** A name in quotes after `в` before a plural verb of saying with no subject (`В «Соллерсе» сообщили`). */
  insideName: 'in «Name» they said',
  /** A name in quotes after `с` and a word of a deal (`договорился с «Автотором»`, `контракт с «Техностроем»`). */
  dealParty: 'deal with «Name»',
  /** A name in quotes after a state's adjective, which describes it (`российский «Автотор»`). */
  stateDescribed: 'state adjective «Name»',
  /** A name in quotes in a list after an organisation's name in quotes (`компаний «Тагилстрой», «Уралсервис» и «Северснаб»`). */
  listedAfter: 'listed after «Name»',
} as const;

/** A gazetteer name found in a sentence. */
interface Listed {
  /** The name as listed (`Нур-Султан`). */
  readonly spelling: string;
  /** The name it links to (`Астана`). */
  readonly name: string;
  readonly length: number;
  readonly abbreviation: boolean;
  /** The listed name ends with its owner, which the text names apart (`Конгресса | США`): the name is the body alone. */
  readonly placeApart: boolean;
}

interface SentenceWords {
  readonly words: Word[];
  readonly covered: boolean[];
  /** Canonical gazetteer names by the index of their first word. */
  readonly canonical: Map<number, Listed>;
}

/** Adds the entities of the document, Russian and English mentions linked together. */
export function addEntities(document: WorkingDocument): void {
  const drafts = draftMentions(document);
  const english = document.paragraphs.some((paragraph) => paragraph.language === 'eng') ? englishMentions(englishText(document)) : [];
  document.entities = linkMentions(document.text, english.length > 0 ? [...drafts, ...english].sort((a, b) => a.start - b.start) : drafts).entities;
  document.mentionAt = mentionsByToken(document);
  addPlaceSenses(document);
}

/** The mention that covers each token, if any. */
function mentionsByToken({ tokens, entities }: WorkingDocument): (EntityMention | undefined)[] {
  const mentionAt: (EntityMention | undefined)[] = new Array(tokens.length).fill(undefined);
  const mentions = entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  let t = 0;
  for (const mention of mentions) {
    while (t < tokens.length && tokens[t]!.end <= mention.start) t++;
    for (let i = t; i < tokens.length && tokens[i]!.start < mention.end; i++) mentionAt[i] = mention;
  }
  return mentionAt;
}

/** The mentions of the Russian paragraphs before linking, each with the rule that found it. */
function draftMentions({ text, words, sentenceTokens, paragraphs }: WorkingDocument): DraftMention[] {
  const drafts: DraftMention[] = [];
  const leftovers: Leftover[] = [];
  const capitals: Word[] = [];
  const dictionaryPlaces = new Map<DraftMention, Word>();
  const organisations = new Map<string, DraftMention>();
  const quotes: Quoted[] = [];
  const sites: DraftMention[] = [];
  /** The Latin words a product's word introduced (`корабль Starship`): rule `product named again`. */
  const products = new Set<string>();
  /** Names of an adjective and a body's noun read inside a sentence, and sentences that open with an adjective no rule took. */
  const adjectiveNames: AdjectiveName[] = [];
  const adjectiveOpeners: SentenceWords[] = [];
  for (const { first, end, paragraph } of sentenceTokens) {
    if (!RUSSIAN.has(paragraphs[paragraph]!.language)) continue;
    const sentenceWords = readSentence(joinElisions(words.slice(first, end)));
    siteAddresses(text, sentenceWords.words, sites);
    const from = drafts.length;
    matchSentence(text, sentenceWords, drafts, dictionaryPlaces, organisations, products);
    recordAdjectiveNames(sentenceWords, drafts, from, adjectiveNames, adjectiveOpeners);
    namesBeforeAcronyms(text, sentenceWords, drafts);
    quotedNames(sentenceWords, quotes);
    // The capitalised words no rule took, for the surnames that the document introduces elsewhere.
    sentenceWords.words.forEach((word, i) => {
      if (!sentenceWords.covered[i] && word.shape === 'title' && word.token.kind === 'word') leftovers.push({ word, after: predicateWord(sentenceWords.words, i + 1) });
      if (!sentenceWords.covered[i] && word.shape === 'upper' && word.token.kind === 'word' && ACRONYM.test(word.text)) capitals.push(word);
    });
  }
  retypeTransliterations(text, drafts);
  if (products.size > 0) dropProductsNamedAgain(drafts, products);
  quotedAgain(text, drafts, quotes);
  const mentions = withSites(withDomains(text, drafts), sites);
  const surnames = introducedNames(mentions);
  for (const draft of introducedSurnames(leftovers, surnames, text)) mentions.push(draft);
  for (const draft of organisationsAgain(uncovered(leftovers, mentions), organisations)) mentions.push(draft);
  for (const draft of adjectiveNamesAtStart(text, adjectiveOpeners, adjectiveNames)) mentions.push(draft);
  for (const draft of acronymsIntroduced(capitals, mentions)) mentions.push(draft);
  retypeSurnames(mentions, dictionaryPlaces, surnames);
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Rule `product named again`: an organisation's mention in Latin letters whose every word the document introduces after a
 * product's word elsewhere (`корабль Starship` … `запустить Starship к Марсу`) is that product again, no organisation, as
 * a name in quotes is (see {@link quotedAgain}).
 */
function dropProductsNamedAgain(drafts: DraftMention[], products: ReadonlySet<string>): void {
  const kept = drafts.filter((draft) => draft.type !== 'ORG' || !draft.text.split(' ').every((word) => products.has(word)));
  if (kept.length < drafts.length) drafts.splice(0, drafts.length, ...kept);
}

const ELISIONS: ReadonlySet<string> = new Set(particles.elisions);
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);

/**
 * The sentence's words with a transcribed name's one-letter elision, its apostrophe and the capitalised part after them
 * read as one word (`О’Рейли`, `Д’Алема`; data/gazetteer/name-particles.json), as the Latin `O'Brien` is one token.
 */
function joinElisions(words: Word[]): Word[] {
  if (!words.some((word) => APOSTROPHES.has(word.text))) return words;
  const joined: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const [elision, apostrophe, name] = [words[i]!, words[i + 1], words[i + 2]];
    const touching = apostrophe !== undefined && name !== undefined && elision.token.end === apostrophe.token.start && apostrophe.token.end === name.token.start;
    if (touching && ELISIONS.has(elision.text) && APOSTROPHES.has(apostrophe.text) && name.kind === 'word' && name.shape === 'title' && !name.latin) {
      joined.push(joinedWord([elision, apostrophe, name]));
      i += 2;
    } else joined.push(elision);
  }
  return joined;
}

function readSentence(words: Word[]): SentenceWords {
  const canonical = new Map<number, Listed>();
  for (let i = 0; i < words.length; ) {
    const found = lookup(words, i);
    if (!found) {
      i++;
      continue;
    }
    // `Конгресса США`: the body is the listed name, its place is read again as a name of its own.
    const { entry } = found;
    const length = entry.placeApart ? found.length - 1 : found.length;
    const spelling = entry.placeApart ? entry.name.slice(0, entry.name.lastIndexOf(' ')) : entry.name;
    canonical.set(i, { spelling, name: entry.canonical, length, abbreviation: entry.abbreviation, placeApart: entry.placeApart });
    for (let j = i; j < i + length; j++) words[j]!.listed = entry.type;
    i += length;
  }
  return { words, covered: words.map(() => false), canonical };
}

/**
 * Adds the sentence's mentions to `drafts` (no spread: a sentence may hold a hundred thousand), and to `dictionaryPlaces`
 * the one-word places only the dictionary knows (no gazetteer's), with their word.
 */
function matchSentence(
  source: string, { words, covered, canonical }: SentenceWords, drafts: DraftMention[], dictionaryPlaces: Map<DraftMention, Word>, organisations: Map<string, DraftMention>,
  products: Set<string>,
): void {
  const from = drafts.length;
  for (let i = 0; i < words.length; ) {
    const listed = canonical.get(i);
    const found = matchAt(GRAMMAR, words, i);
    const grammatical = found && !cutsListedName(canonical, i, takenLength(found)) ? found : null;
    const match = listed && (!grammatical || takenLength(grammatical) <= listed.length) ? listedMatch(words, i, listed) : grammatical;
    if (!match) {
      i++;
      continue;
    }
    const taken = takenLength(match);
    // A person's name that fills a pair of quotes is the name of something else (`аналитик «Фридом Финанс»`, a company's;
    // a film's, a ship's): no person is found, and its words are left to the names in quotes read after the grammar
    // (`компания «Гелиос Софт»` an organisation). Named `person name in quotes`.
    if (match === grammatical && match.rule.type === 'PER' && quotedWhole(words, i, taken)) {
      i += taken;
      continue;
    }
    // A place's adjective that opens a name in quotes is that name's (`«Волжская коммуна»`), left to the names in quotes.
    if (match.rule.type === 'LOC' && adjectiveOfQuotedName(words, i, taken)) {
      i += taken;
      continue;
    }
    let owner = match === grammatical ? match.words.slice(taken) : listedOwner(words, i, listed!, grammatical);
    owner = wholePlace(words, i + taken, owner, canonical);
    // The place read after a body is no owner when a person's name opens there (`Apple | Тим Кук`: `Тим` is also a town).
    if (owner.length > 0 && matchAt(GRAMMAR, words, i + taken)?.rule.type === 'PER') owner = [];
    const draft = toDraft(source, match, listed, words, i, owner, canonical);
    if (match.rule.name === PRODUCT_AFTER_WORD_RULE) for (const word of match.words) if (word.latin && word.shape !== 'lower') products.add(word.text);
    if (draft) {
      drafts.push(draft);
      if (match.rule.name === PLACE_NAME_RULE && match.words.length === 1 && !words[i]!.listed) dictionaryPlaces.set(draft, words[i]!);
      // A listed one-word place the dictionary knows as a surname too, where no preposition puts it as a place (`Остин провел`, not `в Остине`)
      else if (match !== grammatical && draft.type === 'LOC' && match.words.length === 1 && surnameNotAfterPreposition(words, i)) dictionaryPlaces.set(draft, words[i]!);
      else if (match.rule.name === KIND_NAME_RULE && draft.type === 'ORG') dictionaryPlaces.set(draft, words[i + match.words.length - 1]!);
      // The match's own words only: a sentence may hold a hundred thousand (a list of companies).
      if (draft.type === 'ORG') recordOneWordName(words.slice(i, i + match.words.length), draft, organisations);
    }
    // A rule that finds no name (a product's) takes its words too.
    for (let j = i; j < i + taken; j++) covered[j] = true;
    i += taken;
  }
  if (drafts.length > from) surnamesInLists(source, words, covered, drafts, from);
}

/** The rule that reads a surname beside a person's in a list (see {@link surnamesInLists}). */
const LIST_SURNAME_RULE: Rule = { name: 'person in a list of people', type: 'PER', elements: [] };
const LIST_JOINERS: ReadonlySet<string> = new Set([',', ';', 'и']);

/**
 * Rule `person in a list of people`: a capitalised word no rule took, joined by a comma, a semicolon or `и` to a person
 * named by a surname alone or in full, is a surname too (`Кержаков, Дуглас, Ракицкий, Вендел, Малком`; `Клаудиньо и Андрей
 * Мостовой`): the members of a list are of
 * one kind, and news lists players, candidates and defendants so. The word stands alone between the list's marks; it is
 * no sentence's first word, no listed name, place or body, and no common noun the dictionary knows in the nominative
 * singular (`Медведев и Правительство`). Read both ways along the list from each surname, so a surname found so introduces
 * the next.
 */
function surnamesInLists(source: string, words: readonly Word[], covered: boolean[], drafts: DraftMention[], from: number): void {
  /** The surnames alone by their word's index, and whether each is written in its nominative. */
  const surnameAt = new Map<number, boolean>();
  let at = 0;
  for (let d = from; d < drafts.length; d++) {
    const { type, parts, start, end, text, normal } = drafts[d]!;
    if (type !== 'PER' || parts?.last === undefined) continue;
    // The drafts are in text order: the search for each one's words goes on from the last.
    const range = draftWords(words, at, drafts[d]!);
    at = range.first;
    const last = range.end - 1;
    if (range.end === range.first || words[at]!.token.start !== start || words[last]!.token.end !== end) continue;
    // A full name is a list's member too (`забили Клаудиньо и Андрей Мостовой`): its first and last words are where the
    // list goes on from, each only outwards, as the words between are the name's.
    surnameAt.set(at, text === normal);
    surnameAt.set(last, text === normal);
  }
  if (surnameAt.size === 0) return;
  const candidate = (i: number): boolean => {
    const word = words[i];
    if (!word || covered[i] || word.sentenceStart || word.kind !== 'word' || word.shape !== 'title' || word.latin || word.listed) return false;
    if ([words[i - 1], words[i + 1]].some((next) => next?.kind === 'word' && next.shape !== 'lower')) return false;
    return !word.analyses.some((r) => r.known && (['Geox', 'Orgn', 'Name', 'Patr'].some((g) => r.tags.includes(g)) || (r.pos === 'NOUN' && !r.tags.includes('Surn') && r.case === 'nomn' && r.number === 'sing')));
  };
  const found: DraftMention[] = [];
  // From each surname to the word beyond the list's mark on either side, and on from each surname found so.
  const queue = [...surnameAt.keys()];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const step of [1, -1]) {
      const i = next + 2 * step;
      if (!LIST_JOINERS.has(words[next + step]?.text ?? '') || !candidate(i)) continue;
      const read = toDraft(source, { rule: LIST_SURNAME_RULE, words: [words[i]!], roles: ['last'] }, undefined, words, i, []);
      if (!read) continue;
      // The members of a list share their case: beside a surname in its nominative the word is one too (`Дзюба, Кержаков`).
      const nominative = surnameAt.get(next)!;
      const draft: DraftMention = nominative ? { start: read.start, end: read.end, text: read.text, type: 'PER', rule: read.rule, normal: read.text, parts: { last: read.text } } : read;
      found.push(draft);
      covered[i] = true;
      surnameAt.set(i, nominative || draft.text === draft.normal);
      queue.push(i);
    }
  }
  // In text order, as the drafts of the sentences before.
  if (found.length > 0) drafts.push(...drafts.splice(from).concat(found).sort((a, b) => a.start - b.start));
}

/** The `taken` words at `start` are all the words between a pair of quotes. */
function quotedWhole(words: readonly Word[], start: number, taken: number): boolean {
  const [before, after] = [words[start - 1], words[start + taken]];
  return before !== undefined && after !== undefined && QUOTE_OPEN(before) && QUOTE_CLOSE(after);
}

/** The keys of a word to find the same name in another case: its keys, and for a word the dictionary does not know, its stem too. */
function nameKeys(word: Word): readonly string[] {
  return word.analyses.some((reading) => reading.known) ? word.keys : [...word.keys, nameStem(word.folded)];
}

/**
 * Records an organisation's mention of one capitalised Cyrillic word by the word's keys, the first mention of each key kept;
 * `words` are the words of the match that found it.
 */
function recordOneWordName(words: readonly Word[], draft: DraftMention, organisations: Map<string, DraftMention>): void {
  const name = words.filter((word) => word.token.start >= draft.start && word.token.end <= draft.end);
  if (name.length !== 1 || name[0]!.shape !== 'title' || name[0]!.latin) return;
  for (const key of nameKeys(name[0]!)) if (!organisations.has(key)) organisations.set(key, draft);
}

/**
 * A one-word organisation's name again, with or without quotes (`центр «Кин-Топ»` … `детвора из Кин-Топа`): a capitalised
 * word no rule took that shares a key with it, inside a sentence, or at its start when the dictionary does not know it
 * (there a common word's capital says nothing: `Открытие` may open a sentence as the noun).
 */
function organisationsAgain(leftovers: readonly Leftover[], organisations: ReadonlyMap<string, DraftMention>): DraftMention[] {
  if (organisations.size === 0) return [];
  const found: DraftMention[] = [];
  for (const { word } of leftovers) {
    if (word.latin || (word.sentenceStart && word.analyses.some((reading) => reading.known))) continue;
    const named = nameKeys(word).map((key) => organisations.get(key)).find(Boolean);
    if (!named) continue;
    const { start, end, text } = word.token;
    found.push({ start, end, text, type: 'ORG', normal: named.normal, ...(named.key ? { key: named.key } : {}), rule: DOCUMENT_RULES.organisationAgain });
  }
  return found;
}

/** Words a name's acronym leaves out (`Комитет по делам молодёжи (КДМ)`). */
const ACRONYM_SKIPPED: ReadonlySet<string> = new Set(['и', 'по', 'в', 'во', 'о', 'об', 'за', 'для', 'на', 'при', 'с', 'со']);
/** The most words a name written before its acronym may have. */
const NAME_BEFORE_ACRONYM_WORDS = 10;

/**
 * Rule `name before its acronym`: the words right before an acronym in brackets whose first letters spell it, the
 * prepositions and conjunctions left out and each part of a hyphenated word counted (`Силами быстрого реагирования
 * (СБР)`, `Народно-республиканская партия (НРП)`), are the organisation's name that the acronym introduces, as news
 * writes a name in full once with its acronym after it. Its first word is capitalised, and no rule took any of them.
 */
function namesBeforeAcronyms(source: string, { words, covered }: SentenceWords, drafts: DraftMention[]): void {
  for (let i = 1; i + 2 < words.length; i++) {
    const acronym = words[i + 1]!;
    if (words[i]!.text !== '(' || words[i + 2]!.text !== ')' || !ACRONYM.test(acronym.text) || acronym.latin) continue;
    const letters = fold(acronym.text);
    let spelled = '';
    let start = -1;
    for (let j = i - 1; j >= 0 && i - j <= NAME_BEFORE_ACRONYM_WORDS && spelled.length < letters.length; j--) {
      const word = words[j]!;
      if (word.kind !== 'word' || covered[j]) break;
      if (ACRONYM_SKIPPED.has(word.folded) && spelled.length > 0) continue;
      spelled = word.folded.split('-').map((part) => part[0] ?? '').join('') + spelled;
      if (!letters.endsWith(spelled)) break;
      if (spelled === letters) start = j;
    }
    if (start < 0 || words[start]!.shape !== 'title') continue;
    const name = words.slice(start, i);
    const [from, to] = [name[0]!.token.start, name[name.length - 1]!.token.end];
    drafts.push({ start: from, end: to, text: source.slice(from, to), type: 'ORG', normal: phraseNominative(name), rule: DOCUMENT_RULES.nameBeforeAcronym });
    for (let j = start; j < i; j++) covered[j] = true;
  }
}

/**
 * The words `[first, end)` a draft spans, searched from `at` on: the first that does not start before it, and on while they
 * end within it. Drafts come in text order, so a caller goes on from the last draft's `first` and reads a sentence once.
 */
function draftWords(words: readonly Word[], at: number, draft: DraftMention): { first: number; end: number } {
  let first = at;
  while (first < words.length && words[first]!.token.start < draft.start) first++;
  let end = first;
  while (end < words.length && words[end]!.token.end <= draft.end) end++;
  return { first, end };
}

/** An organisation an `Adjective body` match found, with its words (`Мариинского театра`). */
interface AdjectiveName {
  readonly words: readonly Word[];
  readonly draft: DraftMention;
}

/**
 * Records the organisations an `Adjective body` match found in the sentence from draft `from` on, and the sentence when its
 * first word is a capitalised adjective no rule took (`Мариинский театр открыл`).
 */
function recordAdjectiveNames(sentence: SentenceWords, drafts: readonly DraftMention[], from: number, names: AdjectiveName[], openers: SentenceWords[]): void {
  const { words, covered } = sentence;
  // The drafts are in text order: the search for each one's words goes on from the last (a sentence may hold thousands).
  let at = 0;
  for (let d = from; d < drafts.length; d++) {
    const draft = drafts[d]!;
    if (draft.type !== 'ORG' || draft.rule !== ADJECTIVE_BODY_RULE) continue;
    const range = draftWords(words, at, draft);
    at = range.first;
    names.push({ words: words.slice(range.first, range.end), draft });
  }
  const opener = words[0];
  if (opener !== undefined && !covered[0] && opener.shape === 'title' && opener.analyses.some((reading) => reading.pos === 'ADJF')) openers.push(sentence);
}

/** The most names compared under one key of their length, first and last word: the search stays linear in the text. */
const NAMES_PER_KEY = 8;

/**
 * Rule `adjective name again at the start`: a sentence's first words that no rule took, a capitalised adjective and the
 * lower-case words after it, are an organisation the document names with the same words inside a sentence (`Мариинский
 * театр открыл сезон` … `солист Мариинского театра`): at a sentence's start the capital says nothing, and the `Adjective
 * body` rule leaves such words alone, but the document has shown they make a name.
 */
function adjectiveNamesAtStart(source: string, openers: readonly SentenceWords[], names: readonly AdjectiveName[]): DraftMention[] {
  if (names.length === 0 || openers.length === 0) return [];
  const keyOf = (length: number, first: string, last: string): string => `${length} ${first} ${last}`;
  const byKey = new Map<string, AdjectiveName[]>();
  for (const name of names) {
    for (const first of name.words[0]!.keys) {
      for (const last of name.words[name.words.length - 1]!.keys) {
        const key = keyOf(name.words.length, first, last);
        const list = byKey.get(key);
        if (list === undefined) byKey.set(key, [name]);
        else if (list.length < NAMES_PER_KEY) list.push(name);
      }
    }
  }
  const sameWord = (a: Word, b: Word): boolean => a.keys.some((key) => b.keys.includes(key));
  const found: DraftMention[] = [];
  for (const { words, covered } of openers) {
    const matches = (name: AdjectiveName): boolean => name.words.every((word, k) => !covered[k] && words[k]!.shape === word.shape && sameWord(words[k]!, word));
    let name: AdjectiveName | undefined;
    for (let length = Math.min(words.length, 4); length >= 2 && name === undefined; length--) {
      const candidates = words[0]!.keys.flatMap((first) => words[length - 1]!.keys.flatMap((last) => byKey.get(keyOf(length, first, last)) ?? []));
      name = candidates.find(matches);
    }
    if (name === undefined) continue;
    const [start, end] = [words[0]!.token.start, words[name.words.length - 1]!.token.end];
    const { normal, key } = name.draft;
    found.push({ start, end, text: source.slice(start, end), type: 'ORG', normal, ...(key ? { key } : {}), rule: DOCUMENT_RULES.adjectiveNameAtStart });
  }
  return found;
}

/**
 * Rule `acronym introduced`: a word in capitals no rule took that spells the name of one organisation the document names,
 * anywhere in it, is that organisation's acronym, even where the dictionary reads it as a common word in capitals (`АРБ`, not
 * `арб` of `арба`): news introduces an acronym once and uses it after. Linking joins it to the name (`acronym of a name`);
 * none when two names spell it. One pass over the mentions and one over the words.
 */
function acronymsIntroduced(capitals: readonly Word[], mentions: readonly DraftMention[]): DraftMention[] {
  if (capitals.length === 0) return [];
  const spelled = new Map<string, string | null>();
  for (const mention of mentions) {
    if (mention.type !== 'ORG') continue;
    const acronym = acronymOf(mention.normal);
    if (acronym === undefined) continue;
    const named = spelled.get(acronym);
    spelled.set(acronym, named === undefined || named === fold(mention.normal) ? fold(mention.normal) : null);
  }
  if (spelled.size === 0) return [];
  const found: DraftMention[] = [];
  for (const leftover of uncovered(capitals.map((word) => ({ word, after: undefined })), mentions)) {
    const { word } = leftover;
    if (!spelled.get(word.folded)) continue;
    const { start, end, text } = word.token;
    found.push({ start, end, text, type: 'ORG', normal: text, rule: DOCUMENT_RULES.acronymIntroduced });
  }
  return found;
}

/** The leftovers (in text order) that no mention covers, one pass over both. */
function uncovered(leftovers: readonly Leftover[], mentions: readonly DraftMention[]): Leftover[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const kept: Leftover[] = [];
  let m = 0;
  let coveredTo = -1;
  for (const leftover of leftovers) {
    const { start } = leftover.word.token;
    while (m < sorted.length && sorted[m]!.start <= start) coveredTo = Math.max(coveredTo, sorted[m++]!.end);
    if (coveredTo <= start) kept.push(leftover);
  }
  return kept;
}

/** Whether the words `[start, start + taken)` end inside a gazetteer name that starts after `start` (`Ведущий Первого | канала`): a grammar never cuts one. */
function cutsListedName(canonical: ReadonlyMap<number, Listed>, start: number, taken: number): boolean {
  for (let p = start + 1; p < start + taken; p++) {
    const listed = canonical.get(p);
    if (listed && p + listed.length > start + taken) return true;
  }
  return false;
}

/** The words a match takes: all but the trailing words of role `next`, which the next match reads again (`Конгресса | США`). */
function takenLength(match: Match): number {
  let taken = match.words.length;
  while (taken > 1 && match.roles[taken - 1] === 'next') taken--;
  return taken;
}

/**
 * The owner's words after a listed body, named apart: the rest of a listed name that ends with it
 * (`Конгресса | США`), or the place a grammar read after the same body (`МИДа | Франции`).
 */
function listedOwner(words: readonly Word[], start: number, listed: Listed, grammatical: Match | null): readonly Word[] {
  if (listed.placeApart) return words.slice(start + listed.length, start + listed.length + 1);
  return grammatical && takenLength(grammatical) === listed.length ? grammatical.words.slice(listed.length) : [];
}

/**
 * The owner as the whole place the gazetteer lists from its first word: a rule that reads a place's adjective after a body
 * as its owner (`Министерство культуры | Нижегородской`) has read the first word of the place's name (`Нижегородской
 * области`), whose normal form the owner must be.
 */
function wholePlace(words: readonly Word[], at: number, owner: readonly Word[], canonical: ReadonlyMap<number, Listed>): readonly Word[] {
  const place = owner.length > 0 ? canonical.get(at) : undefined;
  return place !== undefined && words[at]!.listed === 'LOC' && place.length > owner.length ? words.slice(at, at + place.length) : owner;
}

/** A gazetteer name as a match, so that it takes the same path as the grammars' matches. */
function listedMatch(words: readonly Word[], start: number, listed: Listed): Match {
  const rule: Rule = { name: DOCUMENT_RULES.listed, type: words[start]!.listed!, elements: [] };
  return { rule, words: words.slice(start, start + listed.length), roles: new Array(listed.length).fill(undefined) };
}

/** The rule that takes a word the dictionary knows as a place (rules.ts). */
const PLACE_NAME_RULE = 'place name';

/** How many words before a match its normal form may read (a title and its complement before a name). */
const CONTEXT_WORDS = 8;

/** The rules that read a surname alone as the subject of the verb after it, in the nominative (src/entities/rules.ts). */
const NOMINATIVE_SUBJECT_RULES: ReadonlySet<string> = new Set([
  'Surname at the start, then its verb', 'Surname at the start, then its speech verb', 'Unknown surname at the start, then its speech verb', 'Unknown surname after an adverb, then its speech verb',
]);

/**
 * The match as a mention: its `text` is the source's (a tab or two spaces between its words stay), its normal form
 * single-spaced; the sentence's words around the match at `at` tell a name's case.
 */
function toDraft(
  source: string, match: Match, listed: Listed | undefined, sentence: readonly Word[], at: number, ownerWords: readonly Word[],
  canonical?: ReadonlyMap<number, Listed>,
): DraftMention | null {
  const first = match.roles.findIndex((role) => role !== 'context' && role !== 'next');
  let last = match.roles.length - 1;
  while (last > first && (match.roles[last] === 'context' || match.roles[last] === 'next')) last--;
  if (first < 0) return null;
  const words = match.words.slice(first, last + 1);
  const roles = match.roles.slice(first, last + 1);
  const start = words[0]!.token.start;
  const end = words.at(-1)!.token.end;
  const text = source.slice(start, end);
  const { type, name: rule } = match.rule;
  if (type === 'PER') {
    const before = sentence.slice(Math.max(0, at - CONTEXT_WORDS), at + first);
    const context = { before, after: predicateWord(sentence, at + last + 1) };
    const name = personName(words, roles, context);
    // A surname alone that a rule reads as the subject of the verb after it is in the nominative: it shows its nominative
    // and no other (`Нетаньяху ответил`), and settles a surname read from an oblique form (rule `surname settled by a later form`).
    const subject = NOMINATIVE_SUBJECT_RULES.has(rule) && name.parts.first === undefined && name.parts.last !== undefined;
    return { start, end, text, type, rule, ...name, ...(subject ? { lastShown: true } : {}) };
  }
  const spelled = joined(words);
  const latin = words.every((word) => word.latin);
  // A name after a descriptor (`в городе Маунтин-Вью`, `клуб «Ростов»`) is written in its own case; one after a preposition
  // alone (`в Вольфсбурге`) or in quotation marks alone (`уступили «Краснодару»`) in the case the sentence gives it, and is
  // put in the nominative like any other; so is one after `и` that joins it to a list (`в Уссурийске и Арсеньеве`).
  const apposition = match.words.slice(0, first).some((word) => word.token.kind === 'word' && word.analyses[0]?.pos !== 'PREP' && word.text !== 'и');
  const literal = apposition || words.every((word) => word.latin || word.shape === 'upper') || (words.length === 1 && writtenNominative(words[0]!));
  // A listed organisation's name whole after its descriptor is that name in whatever case the sentence gives it, the
  // owner's genitive too (`совет директоров «Аэрофлота»` → `Аэрофлот`: *listed name after a descriptor*).
  const inner = first > 0 && sentence[at + first]?.listed === 'ORG' ? canonical?.get(at + first) : undefined;
  const listedWhole = listed && first === 0 && listed.length === words.length ? listed : inner && inner.length === words.length && !inner.abbreviation ? inner : undefined;
  // A name in capitals (`НУР-СУЛТАН`) takes the listed spelling; an abbreviation keeps its own.
  // A listed name is written in the nominative: it is the normal form of any case of it (`Росстатом` → `Росстат`, `Киев` is no plural of `кий`).
  const head = roles.indexOf('head');
  // `Мосгоризбиркома` → `Мосгоризбирком`: a short body name the dictionary does not know drops its case ending
  const shortBody = rule === BODY_SHORT_FORM_RULE && words.length === 1 ? bodyShortNominative(words[0]!) : rule === REGION_BY_PREFIX_RULE ? regionByPrefixNominative(words[0]!)
    : rule === NAMED_BANK_RULE ? namedBankNominative(words[0]!)
    : rule === VENUE_RULE ? venueNominative(words)
    : rule === UNIVERSITY_KIND_RULE ? spelled
    : rule === FACILITY_RULE || rule === REGIONAL_UNIT_RULE ? facilityNominative(words)
    // `Минпромторга России` → `Минпромторг России`: the short name in the nominative, listed or by its shape, and the state as written
    : rule === FEDERAL_BODY_RULE ? `${listed?.length === 1 && !listed.abbreviation ? listed.spelling : bodyShortNominative(words[0]!) ?? (listed?.length === 1 ? listed.spelling : words[0]!.text)} ${words[1]!.text}` : undefined;
  let normal = listedWhole && !listedWhole.abbreviation
    ? listedNominative(words, listedWhole.spelling)
    : shortBody ?? (literal ? spelled : phraseNominative(words, head >= 0 ? head : undefined, type === 'LOC' ? 'Geox' : undefined, type === 'LOC' ? placeWords.streets : undefined));
  // `Петербургского горизбиркома` → `Петербургский горизбирком`: a short body noun the dictionary does not know drops its case ending
  const lastWord = words.at(-1)!;
  if (!listedWhole && !literal && type === 'ORG' && words.length > 1 && declinedBodyNoun(lastWord) && normal.endsWith(lastWord.text)) {
    normal = normal.slice(0, normal.length - lastWord.text.length) + bodyShortNominative(lastWord)!;
  }
  // `худрук Большого`: an adjective that names a listed body, its noun left out, is that body (`Большой театр`)
  const elided = rule === ELIDED_NAME_RULE ? elidedListedName(words[0]!) : undefined;
  if (elided) return { start, end, text, type, rule, normal: elided.name, key: elided.canonical };
  // `Тверской и Ярославской областных дум` → `Тверская областная дума`: a body named by its adjective before a shared noun is that body
  const shared = rule === SHARED_NOUN_RULE ? sharedNounNominative(match.words.slice(first)) : undefined;
  if (shared) return { start, end, text, type, rule, normal: shared };
  // `Омский «Авангард»`, `казанского «Рубина»`: the name in quotes names the club, which its city's adjective only places, so
  // the mention links to the club named without it (*club of its city*).
  const key = listedWhole?.name ?? (rule === LOCAL_QUOTED_NAME_RULE ? quotedNameKey(match.words.slice(first), at + first, canonical) : undefined);
  if (type !== 'ORG' || ownerWords.length === 0) return { start, end, text, type, rule, normal, ...(latin ? { latin } : {}), ...(key ? { key } : {}) };
  // The owner tells one body from another of the same name (`МИД | России`, `МИД | Франции`); a listed name that ends with it has it in its key.
  const owner = joined(ownerWords);
  return { start, end, text, type, rule, normal, owner, key: listedWhole?.placeApart ? key : `${key ?? normal} ${owner}` };
}

/** The key of the name in quotes after a place's adjective (`words`: the adjective, the quotes and the name): the listed name, else its nominative. */
function quotedNameKey(words: readonly Word[], at: number, canonical: ReadonlyMap<number, Listed> | undefined): string {
  const name = words.slice(2, -1);
  const listed = canonical?.get(at + 2);
  return listed && listed.length === name.length ? listed.name : phraseNominative(name);
}

function joined(words: readonly Word[]): string {
  let text = '';
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && words[i]!.token.start > words[i - 1]!.token.end) text += ' ';
    text += words[i]!.text;
  }
  return text;
}

const OPENING_BRACKET = /^\s*\(\s*$/;

/** The top-level domains that end a site's name or address (`.ru`, `.com`, `.рф`), as alternatives of a pattern. */
const TOP_LEVEL_DOMAINS = 'com|net|org|info|ru|su|ua|by|kz|uz|az|am|ge|md|uk|de|fr|it|us|io|tv|рф|ру';
/** A top-level domain after a dot, standing apart from the letters after it (`.ru`, not `.rus`). */
const DOMAIN_SOURCE = String.raw`\.(?:${TOP_LEVEL_DOMAINS})(?![\p{L}\p{N}])`;
/** A site's domain written after its name belongs to it (`NEWSru.com`, `Gzt.Ru`, `baltinfo.ru`). */
const DOMAIN = new RegExp(DOMAIN_SOURCE, 'iuy');

/**
 * A site's address: labels of letters, digits and hyphens joined by dots, the last one of TOP_LEVEL_DOMAINS, written
 * together and standing apart from the words around (not after `@`, `/` or a dot, nor before `/`: no mail address or link); each
 * label bounded, so a start does bounded work.
 */
const SITE_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}.@/_-])[\p{L}\p{N}][\p{L}\p{N}-]{0,40}(?:\.[\p{L}\p{N}][\p{L}\p{N}-]{0,40}){0,3}\.(?:${TOP_LEVEL_DOMAINS})(?![\p{L}\p{N}/]|\.[\p{L}\p{N}])`,
  'giu',
);
/** A top-level domain after a dot, which every site address holds: a sentence without one is not searched for addresses. */
const SOME_DOMAIN = new RegExp(DOMAIN_SOURCE, 'iu');

/**
 * Rule `site address`: the site addresses of a sentence that name an organisation (`Редакция Газета.Ru`, `сообщает
 * baltinfo.ru`), as written: one capitalised as a brand's name is, or one in lower case that a verb of saying right
 * before or after it, or a source's noun before it (`по данным`), makes a speaker; a lower-case address otherwise is a
 * thing, where to go (`на сайте kremlin.ru`, `короткий адрес fb.com`).
 */
function siteAddresses(text: string, words: readonly Word[], sites: DraftMention[]): void {
  if (words.length === 0) return;
  const start = words[0]!.token.start;
  const sentence = text.slice(start, words.at(-1)!.token.end);
  if (!SOME_DOMAIN.test(sentence)) return;
  let next = 0;
  for (const found of sentence.matchAll(SITE_ADDRESS)) {
    const [at, end] = [start + found.index, start + found.index + found[0].length];
    // the words around it, by a pointer that only moves forward (addresses come in text order)
    while (next < words.length && words[next]!.token.start < end) next++;
    let before = next - 1;
    while (before >= 0 && words[before]!.token.end > at) before--;
    const [previous, following] = [words[before], words[next]];
    const speaker = (previous !== undefined && (reportVerb(previous) || sourceNoun(previous))) || (following !== undefined && reportVerb(following));
    if (!/^\p{Lu}/u.test(found[0]) && !speaker) continue;
    sites.push({ start: at, end, text: found[0], type: 'ORG', normal: found[0], rule: DOCUMENT_RULES.siteAddress });
  }
}

/**
 * The mentions with each site address in place of the mentions inside it (`Ru` of `Газета.Ru`), unless a mention is
 * that site already (`Gzt.Ru`: rule `site domain`) or runs over its edge, which leaves the site out.
 */
function withSites(mentions: readonly DraftMention[], sites: readonly DraftMention[]): DraftMention[] {
  if (sites.length === 0) return [...mentions];
  // One sweep over both in text order (the mentions do not overlap one another): each mention is looked at for the sites
  // it may touch only, so many sites and mentions cost no more than their number.
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const dropped = new Set<DraftMention>();
  const kept: DraftMention[] = [];
  let first = 0;
  for (const site of sites) {
    while (first < sorted.length && sorted[first]!.end <= site.start) first++;
    const inside: DraftMention[] = [];
    let apart = true;
    for (let k = first; k < sorted.length && sorted[k]!.start < site.end; k++) {
      const mention = sorted[k]!;
      if (mention.start < site.start || mention.end > site.end || (mention.start === site.start && mention.end === site.end)) apart = false;
      else inside.push(mention);
    }
    if (!apart) continue;
    for (const mention of inside) dropped.add(mention);
    kept.push(site);
  }
  return [...sorted.filter((mention) => !dropped.has(mention)), ...kept].sort((a, b) => a.start - b.start);
}

/**
 * The mentions (in text order) with each site's name run on over its domain; a mention the domain
 * takes in (the `Ru` of `Gzt.Ru`, found as a name of its own) is part of the site, not a mention.
 */
function withDomains(text: string, drafts: readonly DraftMention[]): DraftMention[] {
  const kept: DraftMention[] = [];
  let siteEnd = -1;
  for (const draft of drafts) {
    if (draft.start < siteEnd) continue;
    DOMAIN.lastIndex = draft.end;
    const domain = draft.type === 'PER' ? null : DOMAIN.exec(text);
    if (!domain) {
      kept.push(draft);
      continue;
    }
    siteEnd = draft.end + domain[0].length;
    kept.push({ ...draft, end: siteEnd, text: text.slice(draft.start, siteEnd), type: 'ORG', normal: draft.normal + domain[0], key: undefined, rule: DOCUMENT_RULES.siteDomain });
  }
  return kept;
}

/**
 * A Latin name in brackets restates the phrase right before it in the original spelling, so it is what that phrase is:
 * after a person's name, that person (`Джошуа Вольфа (Joshua Wolf)`), linked to them; after a name in quotes that no
 * rule took for a mention (a product's, a work's: `автомобили «Шкода Октавия» (Skoda Octavia)`), no mention either.
 */
function retypeTransliterations(text: string, drafts: DraftMention[]): void {
  let dropped = false;
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    if (draft.type === 'PER' && surnameInBrackets(text, drafts[i - 1], draft)) drafts[i] = { ...draft, rule: DOCUMENT_RULES.surnameInBrackets, restates: true };
    if (!draft.latin || draft.type === 'PER') continue;
    const bracket = bracketBefore(text, draft.start);
    if (bracket < 0) continue;
    const previous = drafts[i - 1];
    if (previous?.type === 'PER' && OPENING_BRACKET.test(text.slice(previous.end, draft.start))) {
      const names = draft.text.split(/\s+/);
      const parts = names.length > 1 ? { first: names[0]!, last: names.at(-1)! } : { last: names[0]! };
      drafts[i] = { ...draft, type: 'PER', normal: draft.text, parts, rule: DOCUMENT_RULES.originalSpelling, restates: true };
    } else if (unnamedQuote(text, bracket, previous)) {
      drafts[i] = undefined as unknown as DraftMention;
      dropped = true;
    }
  }
  if (dropped) drafts.splice(0, drafts.length, ...drafts.filter(Boolean));
}

/**
 * The `(` right before `at`, with only white space between, or -1. Read back from `at`, never further than that white
 * space: a search for the last `(` before each Latin name would read a text without one back to its start, once per name.
 */
function bracketBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && WHITE_SPACE.test(text[i]!)) i--;
  return text[i] === '(' ? i : -1;
}
const WHITE_SPACE = /\s/;

/**
 * Rule `surname in brackets`: a surname alone in brackets right after a person named by the given name alone is that
 * person's, as news gives a cleric's or a monarch's secular surname (`митрополит Иларион (Алфеев)`, `архимандрита Тихона
 * (Шевкунова)`): it joins that person, whose name stays the given name the title goes with.
 */
function surnameInBrackets(text: string, previous: DraftMention | undefined, draft: DraftMention): boolean {
  if (previous?.type !== 'PER' || previous.parts?.first === undefined || previous.parts.last !== undefined) return false;
  if (draft.parts?.first !== undefined || draft.parts?.last === undefined) return false;
  return OPENING_BRACKET.test(text.slice(previous.end, draft.start)) && /^\s*\)/.test(text.slice(draft.end, draft.end + 4));
}

const CLOSING_QUOTE_BEFORE = /[»"“”]\s*$/;

/** The text before `bracket` ends with a capitalised name in quotes (of one line) in which no mention starts, the last mention before it being `previous`. */
function unnamedQuote(text: string, bracket: number, previous: DraftMention | undefined): boolean {
  const before = text.slice(Math.max(0, bracket - 100), bracket);
  const close = CLOSING_QUOTE_BEFORE.exec(before);
  if (!close) return false;
  const open = Math.max(before.lastIndexOf('«', close.index), before.lastIndexOf('"', close.index - 1), before.lastIndexOf('„', close.index));
  const quoted = before.slice(open + 1, close.index);
  // A name: it starts with a capital (not a word quoted as a word: `слово «book» (Teachbook)`).
  if (open < 0 || quoted.includes('\n') || !/^\p{Lu}/u.test(quoted)) return false;
  return !previous || previous.end <= bracket - before.length + open;
}

/** A capitalised name in quotes (`«Жилищная солидарность»`), its words, and whether a rule took any of them. */
interface Quoted {
  readonly words: readonly Word[];
  readonly covered: boolean;
  /** The two words before the opening quote (the nearer first), and the two after the closing one. */
  readonly before: Word | undefined;
  readonly beforePrevious: Word | undefined;
  readonly after: Word | undefined;
  readonly afterNext: Word | undefined;
  /** Where the opening quote starts and the closing quote ends. */
  readonly open: number;
  readonly close: number;
}

/** The most words a name in quotes that names an organisation again may have. */
const QUOTED_WORDS = 4;
/** What joins two names of a list: a comma, `и`, `или`, `а также`. */
const LIST_JOINER = /^\s*(?:,|,?\s*(?:и|или|а также))\s*$/;

/** Adds to `quotes` the sentence's names in quotes: one to four words, the first capitalised, none a punctuation mark. */
function quotedNames({ words, covered }: SentenceWords, quotes: Quoted[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!QUOTE_OPEN(words[i]!)) continue;
    const first = words[i + 1];
    if (!first || first.token.kind !== 'word' || first.shape === 'lower' || first.shape === 'none') continue;
    let j = i + 1;
    while (j < words.length && j - i <= QUOTED_WORDS && words[j]!.token.kind !== 'punctuation') j++;
    if (j === i + 1 || j - i > QUOTED_WORDS || !(words[j] && QUOTE_CLOSE(words[j]!))) continue;
    const open = words[i]!.token.start;
    const close = words[j]!.token.end;
    const quote = { words: words.slice(i + 1, j), covered: covered.slice(i + 1, j).some(Boolean), before: words[i - 1], beforePrevious: words[i - 2], after: words[j + 1], afterNext: words[j + 2] };
    quotes.push({ ...quote, open, close });
    i = j;
  }
}

/**
 * The nominative of a name in quotes that its cue puts in the genitive (`по данным «Финама»`, `аналитик «Финама»` → `Финам`):
 * one word the dictionary does not know by a guess of a common noun in the genitive singular, as the cue tells its case
 * (named `guessed genitive in quotes`); any other as a phrase.
 */
function genitiveNominative(words: readonly Word[]): string {
  const word = words[0]!;
  if (words.length > 1 || word.analyses.some((reading) => reading.known)) return phraseNominative(words);
  const reading = word.analyses.find((r) => r.pos === 'NOUN' && r.case === 'gent' && r.number === 'sing' && !r.tags.includes('Name') && !r.tags.includes('Surn'));
  const form = reading ? nominative(reading) : null;
  return form === null ? phraseNominative(words) : restoreSpelling(word.text, form);
}

/** A capitalised word inside the sentence right before a cue, which makes the cue the last word of a name (`в статье Частного корреспондента «…»`: the outlet's, no post's). */
function nameBeforeCue(previous: Word | undefined): boolean {
  return previous !== undefined && previous.shape === 'title' && !previous.sentenceStart && previous.token.kind === 'word';
}

/** A mark that closes a clause after a name in quotes (`сообщил «Тагилстрой».`, `…, сообщил «Тагилстрой», …`). */
const CLAUSE_CLOSE: ReadonlySet<string> = new Set(['.', ',', ';', '!', '?', ')', '—', '–']);

/**
 * Rule `speaker after the verb`: a name in quotes right after a verb of reporting (roles.json reportingVerbs), in the
 * nominative, that closes its clause is the verb's subject (`Об этом сообщил «Тагилстрой».`), a body, as works and products
 * do not report; after a verb of saying it may be the words said (`сказал «Спасибо»`), and a name that runs on is no
 * subject (`сообщил «Тагилстрою» о …`).
 */
function speakerAfterVerb(words: readonly Word[], before: Word | undefined, after: Word | undefined): boolean {
  if (!before || !reportingVerb(before) || !(after === undefined || CLAUSE_CLOSE.has(after.text))) return false;
  const first = words[0]!;
  return first.shape !== 'lower' && first.kind === 'word' && subjectNameStart(first) && !first.analyses.some((reading) => reading.pos === 'NPRO' || reading.pos === 'VERB');
}

/** A word with a reading in the case, or one the dictionary does not know (an unknown name's case is not read). */
function inCaseOrUnknown(word: Word, grammaticalCase: string): boolean {
  return word.analyses.some((reading) => reading.case === grammaticalCase) || !word.analyses.some((reading) => reading.known);
}

/**
 * Rule `acting «Name»`: a name in quotes alone in the nominative right before a verb of what a company does (roles.json
 * companyActionVerbs) is that verb's subject, an organisation (`«Соллерс» завершил выкуп`, `«Магнит» открыл`), as works
 * and products open, buy and cut nothing; not after a noun in the nominative whose apposition it is (`фильм «Брат»`), nor
 * after a preposition, which governs it, nor opening with a given name, a hero's whose work it names (`«Гамлет»`).
 */
function actingSubject(words: readonly Word[], before: Word | undefined, after: Word | undefined): boolean {
  if (!after || !companyActionVerb(after)) return false;
  const plural = after.analyses.some((reading) => reading.pos === 'VERB' && reading.tags.includes('plur'));
  // the noun before is the subject when it is a nominative of the verb's number (`Фильм «Брат» открыл`, not `После проверки «…» подал`)
  const subjectNoun = (reading: Word['analyses'][number]): boolean => reading.pos === 'NOUN' && reading.case === 'nomn' && reading.tags.includes('plur') === plural;
  if (before && before.analyses.some((reading) => reading.pos === 'PREP' || subjectNoun(reading))) return false;
  const first = words[0]!;
  // a person's given name opening the quotes names a work or a craft after its hero (`«Гамлет» открыл сезон`), rarely a company
  return subjectNameStart(first) && !first.analyses.some((reading) => reading.known && (reading.pos === 'NPRO' || reading.pos === 'VERB' || reading.tags.includes('Name')));
}

/**
 * Rule `told «Name»`: a name in quotes in the dative, in no nominative, right after a verb of saying is whom it was said
 * to, an outlet or a body (`рассказал «Новой Сибири»`, `сообщил «Интерфаксу»`), as news tells nothing to a work or a product.
 */
function toldName(words: readonly Word[], before: Word | undefined): boolean {
  const first = words[0]!;
  return before !== undefined && reportVerb(before) && first.analyses.some((reading) => reading.case === 'datv') &&
    !first.analyses.some((reading) => reading.case === 'nomn' || reading.pos === 'VERB');
}

/**
 * Rule `state adjective «Name»`: a name in quotes after a state's adjective is a company's or a club's (`российский
 * «Автотор»`, `немецкая «Сименс»`) when its first word is capitalised and unknown to the dictionary, after a singular adjective:
 * a common word or a given name there is a craft's, a weapon's or a prize's (`немецкий «Леопард»`, `российский «Союз»`,
 * `американский «Оскар»`), and after a plural adjective a weapon's kind (`американские «Абрамсы»`).
 */
function stateDescribedName(words: readonly Word[], adjective: Word): boolean {
  const first = words[0]!;
  return first.shape === 'title' && !first.analyses.some((reading) => reading.known) &&
    adjective.analyses.some((reading) => reading.pos === 'ADJF' && reading.tags.includes('sing'));
}

/** The prepositions of being inside a body (`в «Соллерсе»`), and of dealing with a party (`с «Автотором»`). */
const INSIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['в', 'во']);
const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['с', 'со']);

/**
 * Rule `in «Name» they said`: a name in quotes in the locative after `в`, before a verb of saying in the plural with no
 * subject, is a body whose people said it (`В «Соллерсе» сообщили`, `в «Магните» уточнили`): news names the speaking body
 * so, and a work or a place in quotes says nothing.
 */
function insideSaid(words: readonly Word[], before: Word | undefined, after: Word | undefined): boolean {
  return before !== undefined && INSIDE_PREPOSITIONS.has(before.text.toLowerCase()) && after !== undefined && reportVerb(after) &&
    after.analyses.some((reading) => reading.pos === 'VERB' && reading.tags.includes('plur')) &&
    (words[0]!.analyses.some((reading) => reading.case === 'loct' || reading.case === 'loc2') || !words[0]!.analyses.some((reading) => reading.known));
}

/**
 * Names in quotes across the document, which the grammars read one sentence at a time:
 * - after a word that cites an outlet, an outlet (`в интервью «Свободной прессе»`), in the nominative;
 * - before a speech verb that has no subject after it, after a noun for what a source says, or right after a verb of
 *   reporting as its subject that closes the clause, a body (`«Тагилстрой» заявил`, `по данным «Тагилстроя»`, `сообщил «Тагилстрой».`):
 *   works and products say nothing;
 * - in a list after an organisation's name in quotes, an organisation too (`компаний «Тагилстрой», «Уралсервис» и «Северснаб»`);
 * - the same words (in any case) as an organisation's name in quotes elsewhere, that organisation (`движение «Жилищная
 *   солидарность»` … `«Жилищная солидарность» требует`): news introduces a company, a party or a band by its kind once and
 *   then by its name in quotes alone;
 * - the same words as a name a rule took for a product's (`автомобиль «Славута»`), that product, no organisation;
 * - else, in the genitive after a noun of a post, people, parts or shares of an organisation (`аналитик «Финама»`, `акции
 *   «Тагилстроя»`; roles.json memberCues), an organisation (rule `member of «Name»`).
 */
function quotedAgain(text: string, drafts: DraftMention[], quotes: Quoted[]): void {
  if (quotes.length === 0) return;
  // The mention over each name in quotes, found in one pass (drafts and quotes are both in text order).
  const mentionOf: (DraftMention | undefined)[] = [];
  let d = 0;
  for (const { words } of quotes) {
    const [start, end] = spanOf(words);
    while (d < drafts.length && drafts[d]!.end <= start) d++;
    const draft = drafts[d];
    mentionOf.push(draft && draft.start < end ? draft : undefined);
  }
  const added: DraftMention[] = [];
  /** The names in quotes after a cue of an organisation's post, people, parts or shares (rule `member of «Name»`). */
  const members: number[] = [];
  const add = (i: number, draft: DraftMention): void => {
    added.push(draft);
    mentionOf[i] = draft;
    quotes[i] = { ...quotes[i]!, covered: true };
  };
  const organisation = (i: number): boolean => {
    const mention = mentionOf[i];
    const [start, end] = spanOf(quotes[i]!.words);
    return mention !== undefined && mention.type === 'ORG' && mention.start <= start && mention.end >= end;
  };
  /** The places that a name in quotes naming an outlet replaces (rule `outlet in quotes, not a place`). */
  const outletPlaces = new Set<DraftMention>();
  quotes.forEach(({ words, covered, before, beforePrevious, after, afterNext, open }, i) => {
    const [start, end] = spanOf(words);
    /** The name in quotes as an organisation, by `rule`, in its normal form. */
    const addOrganisation = (normal: string, rule: string): void => add(i, { start, end, text: text.slice(start, end), type: 'ORG', normal, rule });
    if (covered) {
      // Rule `outlet in quotes, not a place`: a place's words in quotes that is told something, cites or reports is an outlet
      // named after its land (`рассказал «Новой Сибири»`, `Как пишет «Южный Урал»,`, `в интервью «Северной Осетии»`), as news
      // puts no town or region in quotes and a place neither reports nor is told
      const inside = mentionOf[i];
      if (inside?.type !== 'LOC' || inside.start !== start || inside.end !== end) return;
      if (!(toldName(words, before) || speakerAfterVerb(words, before, after) || (before && outletCue(before) && outletNameStart(words[0]!)))) return;
      outletPlaces.add(inside);
      addOrganisation(phraseNominative(words), DOCUMENT_RULES.outletPlace);
      return;
    }
    if (before && outletCue(before) && outletNameStart(words[0]!)) {
      addOrganisation(phraseNominative(words), DOCUMENT_RULES.outletCue);
    } else if (
      (after && reportVerb(after) && !(afterNext && subjectAfterVerb(afterNext)) && !(before && nounBefore(before)) && subjectNameStart(words[0]!)) ||
      (before && sourceNoun(before) && sourceNameStart(words[0]!)) ||
      speakerAfterVerb(words, before, after)
    ) {
      // `«Тагилстрой» заявил`, `по данным «Тагилстроя»`, `сообщил «Тагилстрой».`: a name in quotes that speaks or is cited is a
      // body (works and products do not speak)
      const normal = (after && reportVerb(after)) || (before && reportingVerb(before)) ? joined(words) : genitiveNominative(words);
      addOrganisation(normal, DOCUMENT_RULES.speakingName);
    } else if (toldName(words, before)) {
      addOrganisation(phraseNominative(words), DOCUMENT_RULES.toldName);
    } else if (actingSubject(words, before, after)) {
      addOrganisation(joined(words), DOCUMENT_RULES.actingName);
    } else if (insideSaid(words, before, after)) {
      addOrganisation(phraseNominative(words), DOCUMENT_RULES.insideName);
    } else if (before && PARTY_PREPOSITIONS.has(before.text.toLowerCase()) && beforePrevious && dealCue(beforePrevious) && inCaseOrUnknown(words[0]!, 'ablt')) {
      addOrganisation(phraseNominative(words), DOCUMENT_RULES.dealParty);
    } else if (before && stateAdjective(before) && stateDescribedName(words, before)) {
      // A one-word name the dictionary lacks is in the adjective's case, which its nominative drops (`польскую «Легию»` → `Легия`).
      const oblique = before.analyses.find((reading) => reading.pos === 'ADJF' && reading.case !== 'nomn');
      const agreeing = words.length === 1 && oblique?.case !== undefined ? manNominative(words[0]!.text, oblique.case) : undefined;
      const normal = inCaseOrUnknown(before, 'nomn') ? joined(words) : (agreeing ?? phraseNominative(words));
      addOrganisation(normal, DOCUMENT_RULES.stateDescribed);
    } else if (i > 0 && organisation(i - 1) && LIST_JOINER.test(text.slice(quotes[i - 1]!.close, open))) {
      addOrganisation(joined(words), DOCUMENT_RULES.listedAfter);
    } else if (before && memberCue(before) && !nameBeforeCue(beforePrevious) && sourceNameStart(words[0]!)) {
      // `аналитик «Финама»`, `акции «Тагилстроя»`: taken after the names again, which know the name's normal form when the
      // document named it before (`компания «Будущее»` … `акционер «Будущего»`)
      members.push(i);
    }
  });
  // The names an organisation's mention took, and those a rule took for no name, by their first word's keys.
  const named = new Map<string, { words: readonly Word[]; mention: DraftMention }[]>();
  const products = new Map<string, (readonly Word[])[]>();
  const index = <T>(map: Map<string, T[]>, words: readonly Word[], item: T): void => {
    for (const key of words[0]!.keys) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  };
  quotes.forEach(({ words, covered }, i) => {
    if (!covered) return;
    if (!mentionOf[i]) index(products, words, words);
    else if (organisation(i)) index(named, words, { words, mention: mentionOf[i]! });
  });
  const same = (a: readonly Word[], b: readonly Word[]): boolean =>
    a.length === b.length && a.every((word, i) => word.keys.some((key) => b[i]!.keys.includes(key)));
  const product = (words: readonly Word[]): boolean => words[0]!.keys.some((key) => products.get(key)?.some((name) => same(name, words)));
  let kept = drafts;
  if (products.size > 0) {
    const productSpans = new Set(quotes.filter((quote) => product(quote.words)).map((quote) => spanOf(quote.words).join(':')));
    kept = drafts.filter((draft) => draft.type !== 'ORG' || !productSpans.has(`${draft.start}:${draft.end}`));
  }
  /** The drafts a name in quotes again replaces (rule `name in quotes again, not a place`). */
  const replaced = new Set<DraftMention>();
  if (named.size > 0) {
    quotes.forEach(({ words, covered }, i) => {
      if (product(words)) return;
      const [start, end] = spanOf(words);
      const inside = covered ? mentionOf[i] : undefined;
      // Rule `name in quotes again, not a place`: a name in quotes that a place's rule read, in whole or in part (`Рабочие
      // «Красного металлиста»`: `Красное`; `«Открытой линии»`: a street), is the organisation the document names by the same
      // words in quotes elsewhere (`завод «Красный металлист»`): news puts an organisation's name in quotes, not a place's.
      // One a rule kept as written after a word it took for a descriptor (`группа «Звезды»`) takes the form the organisation
      // was introduced by (`телеканал «Звезда»`), as the same words in quotes name one organisation in one article.
      const place = inside?.type === 'LOC' && inside.start >= start && inside.end <= end;
      const asWritten = inside?.type === 'ORG' && inside.start === start && inside.end === end && inside.normal === inside.text && !inside.key && !inside.owner;
      if (covered && !place && !asWritten) return;
      // The earliest other name in quotes of the same words.
      const name = words[0]!.keys
        .flatMap((key) => named.get(key) ?? [])
        .filter((candidate) => candidate.mention !== inside && !product(candidate.words) && same(candidate.words, words))
        .reduce<{ words: readonly Word[]; mention: DraftMention } | undefined>((earliest, candidate) => (earliest && earliest.mention.start <= candidate.mention.start ? earliest : candidate), undefined);
      if (!name) return;
      if (covered) {
        if (name.mention.start > start || (asWritten && name.mention.normal === inside!.normal)) return;
        for (const draft of drafts) if (draft.start >= start && draft.end <= end && (draft === inside || draft.type === 'LOC')) replaced.add(draft);
      }
      const { normal, key, owner } = name.mention;
      added.push({ start, end, text: text.slice(start, end), type: 'ORG', normal, ...(key ? { key } : {}), ...(owner ? { owner } : {}), rule: DOCUMENT_RULES.quotedAgain });
    });
  }
  for (const draft of outletPlaces) replaced.add(draft);
  if (replaced.size > 0) kept = kept.filter((draft) => !replaced.has(draft));
  if (members.length > 0) {
    const taken = new Set(added.map((draft) => draft.start));
    for (const i of members) {
      const { words } = quotes[i]!;
      const [start, end] = spanOf(words);
      if (taken.has(start) || product(words)) continue;
      added.push({ start, end, text: text.slice(start, end), type: 'ORG', normal: genitiveNominative(words), rule: DOCUMENT_RULES.memberOf });
    }
  }
  if (added.length === 0 && kept === drafts) return;
  drafts.splice(0, drafts.length, ...[...kept, ...added].sort((a, b) => a.start - b.start));
}

const spanOf = (words: readonly Word[]): [number, number] => [words[0]!.token.start, words.at(-1)!.token.end];

/** The surnames of the people the document names, by their folded forms (as written and in the nominative). */
function introducedNames(drafts: readonly DraftMention[]): Map<string, IntroducedName> {
  const surnames = new Map<string, IntroducedName>();
  for (const draft of drafts) {
    const last = draft.parts?.last;
    if (!last || last.endsWith('.')) continue;
    const key = fold(last);
    const first = draft.parts?.first;
    const existing = surnames.get(key);
    // The first name of the person the surname was first given with, once known (`Нарендрой Моди`: Нарендра).
    if (existing && existing.first === undefined && first !== undefined && !first.endsWith('.') && existing.last === last) existing.first = first;
    if (!surnames.has(key)) surnames.set(key, first !== undefined && !first.endsWith('.') ? { last, first } : { last });
    const surface = fold(draft.text.split(/\s+/).at(-1)!);
    if (!surnames.has(surface)) surnames.set(surface, surnames.get(key)!);
    // A woman's surname that declines as an adjective, in its oblique forms (`Ушацкая`: `Ушацкой`, `Ушацкую`), which no
    // lemma of the dictionary's gives (its adjective's is the man's `ушацкий`).
    const adjective = /^(.{3,})(ая|яя)$/.exec(key);
    if (adjective) for (const ending of adjective[2] === 'ая' ? ['ой', 'ую'] : ['ей', 'юю']) if (!surnames.has(adjective[1] + ending)) surnames.set(adjective[1] + ending, surnames.get(key)!);
    for (const form of [...nounSurnameForms(key), ...adjectiveSurnameForms(key)]) if (!surnames.has(form)) surnames.set(form, surnames.get(key)!);
    // Rule `surname settled by a later form`: a full name given in a form that allows other nominatives (`Рональду Ламоле`:
    // `Ламола` beside the `Ламоле` taken) is named again by the forms only a noun in `-а`, `-я` has (`Ламолы`, `Ламолой`),
    // which show that nominative and no other.
    for (const alternative of draft.lastAlternatives ?? []) {
      if (first === undefined || first.endsWith('.')) continue;
      for (const form of nounSurnameForms(fold(alternative)).filter((each) => SHOWN_NOUN_ENDING.test(each))) {
        if (!surnames.has(form)) surnames.set(form, { last: alternative, first, shown: true });
      }
    }
  }
  return surnames;
}

/** The case endings of a noun in `-а`, `-я` that no surname has as written (`Ламол-ы`, `Ламол-ой`; not `-е`, `-у`, `-ю`: `Гёте`, `Баррозу`). */
const SHOWN_NOUN_ENDING = /(?:[ыи]|[ое]й|[ое]ю)$/;

/**
 * Rule `introduced surname in -а, -я`: a surname in `-а` or `-я` that is no woman's form of a Russian surname declines as a noun
 * (`Небензя`: `Небензи`, `Небензе`, `Небензю`, `Небензей`; `Бубка`: `Бубки`), the forms a surname alone takes later in the
 * document, which the dictionary lacks or reads as other words. None for `-ова`, `-ина`, `-ская`, which decline as adjectives.
 */
function nounSurnameForms(key: string): string[] {
  const match = /^(.{3,})([ая])$/.exec(key);
  if (!match || RUSSIAN_WOMAN_SURNAME.test(key)) return [];
  const [, stem, vowel] = match as unknown as [string, string, string];
  // Russian writes и, not ы, after a velar or a hushing consonant (`Бубк-и`), and е, not о, after a hushing one unstressed.
  const soft = vowel === 'я' || /[гкхжшчщ]$/.test(stem);
  const endings = vowel === 'я' ? ['и', 'е', 'ю', 'ей', 'ею'] : [soft ? 'и' : 'ы', 'е', 'у', 'ой', 'ою', ...(/[жшчщц]$/.test(stem) ? ['ей'] : [])];
  return endings.map((ending) => stem + ending);
}

/**
 * Rule `introduced surname of the adjective kind`: a man's surname in `-ий`, `-ый`, `-ой` declines as an adjective (`Зеленский`:
 * `Зеленского`, `Зеленскому`, `Зеленским`, `Зеленском`), the forms a surname alone takes later, which the dictionary may
 * lack (`Зеленскому задали вопрос`). A soft `-ий` other than after a velar or hushing consonant (`Крайний`) is left out.
 */
function adjectiveSurnameForms(key: string): string[] {
  const match = /^(.{3,})(ий|ый|ой)$/.exec(key);
  if (!match) return [];
  const [, stem, ending] = match as unknown as [string, string, string];
  const velar = /[гкхжшчщ]$/.test(stem);
  if (ending === 'ий' && !velar) return [];
  // Russian writes и, not ы, after a velar or a hushing consonant (`Зеленск-им`), and е, not о, after a hushing one unstressed.
  const hushing = /[жшчщ]$/.test(stem) && ending !== 'ой';
  return [hushing ? 'его' : 'ого', hushing ? 'ему' : 'ому', velar ? 'им' : 'ым', hushing ? 'ем' : 'ом'].map((each) => stem + each);
}

/** A woman's form of a Russian surname, which declines as an adjective (`Иванова`, `Ракитина`, `Ушацкая`). */
const RUSSIAN_WOMAN_SURNAME = /(?:[оеё]в|[иы]н)а$|[ая]я$/;

/** A person the document names, by a form of the surname: the surname in the nominative, and the first name given with it. */
interface IntroducedName {
  readonly last: string;
  first?: string;
  /** The form shows this nominative of the surname and no other (rule `surname settled by a later form`). */
  readonly shown?: boolean;
}

/** A capitalised word no rule took, with the word after it, which may show the gender of the person it names (`Бут рассказала`). */
interface Leftover {
  readonly word: Word;
  readonly after: Word | undefined;
}

/**
 * Surnames alone, once the document names the person in full: a capitalised
 * word no rule took that equals the surname of a person found elsewhere (`Блинкену`).
 */
function introducedSurnames(leftovers: readonly Leftover[], surnames: ReadonlyMap<string, IntroducedName>, source: string): DraftMention[] {
  if (surnames.size === 0) return [];
  const found: DraftMention[] = [];
  leftovers.forEach(({ word, after }, i) => {
    // Anywhere in the document: a headline names the person before the lead introduces them.
    const known = word.keys.map((key) => surnames.get(key)).find(Boolean) ?? declinedSurname(word, surnames);
    if (!known) return;
    const { end, text } = word.token;
    // Only a subject agrees with the verb after it: the surname as the nominative is written (`Бут рассказала`, not `пресс-служба Кадырова заявила`).
    const gender = fold(text) === fold(known.last) ? verbGender(after) : undefined;
    // Rule `introduced full name`: the person's first name right before, which no rule took with the surname, is theirs
    // (`Нарендра Моди заявил` at a sentence's start after `с Нарендрой Моди`, where no rule reads an unknown word pair there).
    const previous = leftovers[i - 1];
    const first = known.first !== undefined && previous !== undefined && previous.after === word && previous.word.keys.includes(fold(known.first)) ? previous.word : undefined;
    const start = first?.token.start ?? word.token.start;
    const parts = first ? { first: known.first!, last: known.last } : { last: known.last };
    const rule = first ? DOCUMENT_RULES.introducedFullName : DOCUMENT_RULES.introducedSurname;
    found.push({
      start, end, text: source.slice(start, end), type: 'PER', normal: first ? `${known.first} ${known.last}` : known.last, parts, rule,
      ...(gender ? { gender } : {}), ...(known.shown ? { lastShown: true } : {}),
    });
  });
  return found;
}

/** The oblique cases a man's surname shows by an ending the text adds to it (`Маск-а`, `Маск-у`, `Маск-ом`, `Маск-е`). */
const MAN_OBLIQUE_CASES = ['gent', 'datv', 'ablt', 'loct'];

/**
 * Rule `introduced surname declined`: a capitalised word that is a man's surname the document introduces with a case
 * ending (`Решение Маска` after `Илон Маск`), which the dictionary may read as another word's form (`маска`).
 */
function declinedSurname(word: Word, surnames: ReadonlyMap<string, IntroducedName>): IntroducedName | undefined {
  for (const wordCase of MAN_OBLIQUE_CASES) {
    const stem = manNominative(word.text, wordCase);
    const known = stem === undefined ? undefined : surnames.get(fold(stem));
    if (known) return known;
  }
  return undefined;
}

/** The word the dictionary knows as a surname too, with no preposition right before it that makes it a place (`в Остине`, `из Остина`). */
function surnameNotAfterPreposition(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (before !== undefined && before.analyses.some((reading) => reading.pos === 'PREP')) return false;
  return words[i]!.analyses.some((reading) => reading.known && reading.tags.includes('Surn'));
}

/**
 * Rule `kind Name` (src/entities/rules.ts): a one-word name after a kind of organisation; one that is the surname of a person
 * the document names in full is that person's, the kind's owner (`партия Зумы`: rule part *surname, not a kind's name*).
 */
const KIND_NAME_RULE = 'kind Name';

/**
 * A one-word place only the dictionary knows (`Кан`: Cannes), or a listed one the dictionary knows as a surname too and no
 * preposition makes a place (`Остин провел`: *surname, not a place*), is the person, when the document names someone
 * with that surname in full (`Наото Кан`, `Оливер Кан`): a person named once is named again by the surname.
 */
function retypeSurnames(mentions: DraftMention[], dictionaryPlaces: ReadonlyMap<DraftMention, Word>, surnames: ReadonlyMap<string, { last: string }>): void {
  if (surnames.size === 0 || dictionaryPlaces.size === 0) return;
  mentions.forEach((draft, i) => {
    const word = dictionaryPlaces.get(draft);
    const known = word && word.keys.map((key) => surnames.get(key)).find(Boolean);
    if (!known) return;
    mentions[i] = { start: draft.start, end: draft.end, text: draft.text, type: 'PER', normal: known.last, parts: { last: known.last }, rule: DOCUMENT_RULES.surnameNotPlace };
  });
}
