/**
 * Named entities of the English sentences, as mentions for the shared linking
 * stage (src/entities/link.ts). compromise's people, places and organisations
 * are the base; small rules add what it plainly misses in news and take
 * precedence over it, each claiming its tokens so mentions never overlap:
 *
 * 0. `body`: a state body after its country's possessive, one organisation
 *    (`Armenia's Foreign Ministry`);
 * 1. `listed`: names in gazetteer/english-names.json (`Reuters`, `State Department`,
 *    `Kremlin`, `U.S.` → `United States`), as written;
 * 2. `dateline`: a place in capitals opening a paragraph (`BAKU, Oct 5`);
 * 3. `titled`: a name after a title (`Secretary of State Antony Blinken`,
 *    `Mr. Blinken`); the title stays out of the span;
 * 4. `compromise`: its matches, without a leading `the`, title or demonym and
 *    a trailing `'s` or lower-case word (`Nagorno-Karabakh region`);
 * 5. `speaker`: a capitalised name next to a speech verb
 *    (`Blinken told`, `said Smith`) that compromise took for nothing else;
 * 6. `surname`: after all sentences, a capitalised word that is the surname
 *    of a person found elsewhere in the document (`Blinken`).
 */
import type { EntityType, Token } from '../model.js';
import type { DraftMention } from './link.js';
import { BODIES, COMPANY_SUFFIXES, DEMONYMS, listedAt, NOT_NAMES, OBJECT_VERBS, SENTENCE_STARTERS, SPEECH_FORMS, titleAt } from '../lexicon/english.js';
import { isNameWord, nameRunEnd, personName } from '../lexicon/english-names.js';
import { hasTag, isCapitalised, isUpper, isWord } from '../tokens.js';
import type { EnglishSentence, EnglishText } from '../words/english.js';

const ARTICLES = new Set(['the', 'a', 'an']);
/** compromise tags that keep a capitalised word next to a speech verb from being taken for a person. */
const NOT_PERSON = ['Place', 'Organization', 'Pronoun', 'Demonym', 'Date', 'Plural', 'Acronym', 'Determiner'];

/** The English mentions of a document, in text order. */
export function englishMentions(english: EnglishText): DraftMention[] {
  const { tokens } = english;
  const claimed = new Uint8Array(tokens.length);
  const drafts: DraftMention[] = [];
  const claim = (first: number, end: number): boolean => {
    for (let i = first; i < end; i++) if (claimed[i]) return false;
    claimed.fill(1, first, end);
    return true;
  };
  const add: Add = (type, first, end, rule, naming = {}) => {
    if (end <= first || !claim(first, end)) return;
    drafts.push(mention(english, type, first, end, rule, naming));
  };
  let named = 0;
  let previousParagraph = -1;
  for (const sentence of english.sentences) {
    const { first, end } = sentence;
    bodies(tokens, first, end, add);
    listed(tokens, first, end, add);
    if (sentence.paragraph !== previousParagraph) dateline(tokens, first, end, add);
    previousParagraph = sentence.paragraph;
    titled(tokens, first, end, add, claimed);
    while (named < english.named.length && english.named[named]!.first < first) named++;
    for (; named < english.named.length && english.named[named]!.first < end; named++) {
      const range = english.named[named]!;
      const cleaned = clean(tokens, range.type, range.first, Math.min(range.end, end), end);
      if (cleaned) add(range.type, cleaned[0], cleaned[1], 'compromise');
    }
    nextToSpeech(tokens, sentence, add);
  }
  for (const draft of surnames(english, drafts, claimed)) drafts.push(draft);
  return drafts.sort((a, b) => a.start - b.start);
}

/** How a place's or organisation's mention is named: the key it links by, and whether its capitals are news's shouting (`BAKU`). */
interface Naming {
  readonly key?: string;
  readonly titleCase?: boolean;
}

type Add = (type: EntityType, first: number, end: number, rule: string, naming?: Naming) => void;

function mention(english: EnglishText, type: EntityType, first: number, end: number, rule: string, { key, titleCase: shouted }: Naming): DraftMention {
  const { text, tokens } = english;
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  const written = text.slice(start, stop);
  if (type === 'PER') return { start, end: stop, text: written, type, rule, ...personName(tokens, first, end) };
  // A place in capitals (`BAKU`, `NEW YORK`) is named as news writes it elsewhere; an acronym keeps its capitals.
  const normal = shouted ? titleCase(written) : written;
  return { start, end: stop, text: written, type, rule, normal, ...(key ? { key } : {}) };
}

const titleCase = (text: string): string => text.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** Capitalised words a body's own name may have after the possessive (`Ministry of Foreign Affairs` is one). */
const MAX_BODY_WORDS = 4;

/** `Armenia's Foreign Ministry`, `Russia's Central Bank`: a listed place, `'s`, and capitalised words ending in a body. */
function bodies(tokens: readonly Token[], first: number, end: number, add: Add): void {
  for (let i = first; i < end; i++) {
    const place = listedAt(tokens, i, end);
    if (place?.value.type !== 'LOC') continue;
    const clitic = i + place.length;
    if (tokens[clitic]?.lemma !== "'s") continue;
    let last = clitic + 1;
    let body = -1;
    while (last < end && last - clitic <= MAX_BODY_WORDS && isCapitalised(tokens[last])) if (BODIES.has(tokens[last++]!.text)) body = last;
    if (body > 0) add('ORG', i, body, 'body');
  }
}

function listed(tokens: readonly Token[], first: number, end: number, add: Add): void {
  for (let i = first; i < end; ) {
    const found = listedAt(tokens, i, end);
    if (!found) {
      i++;
      continue;
    }
    let stop = i + found.length;
    // `Microsoft Corp.`: a company's suffix, with its stop, is part of its name.
    if (found.value.type === 'ORG' && stop < end && COMPANY_SUFFIXES.has(tokens[stop]!.text.toLowerCase())) {
      stop++;
      if (stop < end && tokens[stop]!.text === '.' && tokens[stop]!.start === tokens[stop - 1]!.end) stop++;
    }
    add(found.value.type, i, stop, 'listed', { key: found.value.key });
    i = stop;
  }
}

/** `BAKU, Oct 5 (Reuters) -`, `KYIV, Ukraine (AP) —`, `NEW YORK (AP) —`: words in capitals opening a paragraph, then a date, a bracket or a dash. */
function dateline(tokens: readonly Token[], first: number, end: number, add: Add): void {
  let i = first;
  while (i < end && i - first < 4 && isUpper(tokens[i])) i++;
  if (i === first || i >= end) return;
  // After the comma, a date (`Oct 5`) or a country before the agency (`KYIV, Ukraine (AP)`): an acronym
  // opening a sentence (`IAEA, the agency, said`) is no dateline.
  const after = tokens[i]!.text;
  let dated = false;
  if (after === ',') {
    let j = i + 1;
    while (j < end && j - i <= 3 && isCapitalised(tokens[j])) j++;
    dated = NOT_NAMES.has(tokens[i + 1]?.text ?? '') || (j > i + 1 && tokens[j]?.text === '(');
  }
  if (dated || after === '(' || after === '—' || after === '–' || after === '-') add('LOC', first, i, 'dateline', { titleCase: true });
}

/** `Secretary of State Antony Blinken`, `Mr. Blinken`, `Kremlin spokesman Dmitry Peskov`: the name after a title, the title claimed with it. */
function titled(tokens: readonly Token[], first: number, end: number, add: Add, claimed: Uint8Array): void {
  for (let i = first; i < end; i++) {
    const title = titleAt(tokens, i, end);
    if (!title) continue;
    let name = i + title.length;
    const nameEnd = nameRunEnd(tokens, name, end);
    // The rest of a title the list lacks (`Chief Financial Officer Luca Maestri`): the name starts at its first name.
    for (let k = name + 1; k < nameEnd - 1; k++) {
      if (hasTag(tokens[k], 'FirstName') && !hasTag(tokens[name], 'FirstName')) {
        name = k;
        break;
      }
    }
    if (nameEnd === name || tokens.slice(name, nameEnd).some((token) => hasTag(token, 'Country') || hasTag(token, 'City'))) continue;
    if (claimed.subarray(i, nameEnd).some(Boolean)) continue;
    add('PER', name, nameEnd, 'titled');
    // The title is no entity of its own (`State` of `Secretary of State` is no place).
    claimed.fill(1, i, name);
    i = nameEnd - 1;
  }
}

/**
 * compromise's match without what is not the name: `the`, a title or demonym before it, `'s` and lower-case
 * words after it; a person's name runs on to the end of its name words (before `limit`).
 */
function clean(tokens: readonly Token[], type: EntityType, first: number, end: number, limit: number): [number, number] | null {
  let a = first;
  let b = end;
  for (;;) {
    if (a >= b) return null;
    const token = tokens[a]!;
    const title = type === 'PER' ? titleAt(tokens, a, b) : null;
    if (title) a += title.length;
    else if (!isWord(token) || ARTICLES.has(token.text.toLowerCase()) || (type !== 'ORG' && DEMONYMS.has(token.text))) a++;
    else break;
  }
  while (b > a && (!isCapitalised(tokens[b - 1]) || NOT_NAMES.has(tokens[b - 1]!.text))) b--;
  if (b <= a) return null;
  if (type === 'PER') {
    // A name compromise cut short runs on over the name words after it (`Ursula` of `Ursula von der Leyen`).
    const run = nameRunEnd(tokens, a, limit);
    if (run < b) return null;
    b = run;
  } else if (b - a === 1 && (DEMONYMS.has(tokens[a]!.text) || NOT_NAMES.has(tokens[a]!.text) || titleAt(tokens, a, b))) {
    return null;
  }
  return [a, b];
}

/** The speech verbs next to which a capitalised word is taken for a person: others have other senses (`the Nasdaq Composite added 1%`). */
const NAMING_VERBS = new Set(['say', 'tell']);

/** `Blinken told`, `said Smith`: a name right before `say` or `tell`, or right after `say`. */
function nextToSpeech(tokens: readonly Token[], sentence: EnglishSentence, add: Add): void {
  const { first, end } = sentence;
  for (let v = first; v < end; v++) {
    const lemma = SPEECH_FORMS.get(tokens[v]!.text);
    if (!lemma || !NAMING_VERBS.has(lemma) || !hasTag(tokens[v], 'Verb')) continue;
    // Before: the longest name run that ends right at the verb.
    let start = v;
    while (start > first && v - start < 5 && (isNameWord(tokens[start - 1]) || tokens[start - 1]!.text === '.')) start--;
    while (start < v && !(nameRunEnd(tokens, start, v) === v && maybePerson(tokens, start, v))) start++;
    if (start < v && !(start === first && v - start === 1 && SENTENCE_STARTERS.has(tokens[start]!.text))) add('PER', start, v, 'speaker');
    // After: `said Smith,` but not `told Newsweek` (a listener).
    if (OBJECT_VERBS.has(lemma)) continue;
    const after = nameRunEnd(tokens, v + 1, end);
    if (after > v + 1 && maybePerson(tokens, v + 1, after)) add('PER', v + 1, after, 'speaker');
  }
}

/** Every word is a name compromise did not take for a place, body, pronoun, date or plural. */
function maybePerson(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    if (isWord(token) && NOT_PERSON.some((tag) => hasTag(token, tag))) return false;
  }
  return true;
}

/** A capitalised word no rule took that is the surname of a person found elsewhere in the document. */
function surnames(english: EnglishText, drafts: readonly DraftMention[], claimed: Uint8Array): DraftMention[] {
  const known = new Set<string>();
  for (const draft of drafts) if (draft.type === 'PER' && draft.parts?.last && draft.parts.first) known.add(draft.parts.last);
  if (known.size === 0) return [];
  const { tokens } = english;
  const found: DraftMention[] = [];
  for (const { first, end } of english.sentences) {
    for (let i = first; i < end; i++) {
      if (claimed[i] || !isCapitalised(tokens[i]) || !known.has(tokens[i]!.text)) continue;
      claimed[i] = 1;
      found.push(mention(english, 'PER', i, i + 1, 'surname', {}));
    }
  }
  return found;
}
