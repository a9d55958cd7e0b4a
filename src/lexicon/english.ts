/**
 * The English word lists as the English stages read them: speech verbs by
 * form, and titles and listed names as token sequences found at a position by
 * one map lookup and a bounded comparison. The lists are in src/data: names and
 * titles in gazetteer/english-*.json, speech cues in quotes/english-cues.json,
 * and, shared with Russian, abbreviations, name particles and pronouns.
 */
import englishNames from '../data/gazetteer/english-names.json';
import englishRoles from '../data/gazetteer/english-roles.json';
import particles from '../data/gazetteer/name-particles.json';
import englishCues from '../data/quotes/english-cues.json';
import pronouns from '../data/quotes/pronouns.json';
import abbreviations from '../data/segment/abbreviations.json';
import segmentation from '../data/segment/english.json';
import type { EntityType, Token } from '../model.js';
import { tokenize } from '../segment/tokenize.js';

/** A phrase of the lists as rech tokenizes it, compared token by token. */
interface Phrase<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/** Phrases by their first token, longest first; `fold` says how a token is compared (titles ignore case, names do not). */
class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  constructor(private readonly fold: (text: string) => string) {}

  add(phrase: string, value: T): void {
    const words = tokenize(phrase).map((token) => this.fold(token.text));
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  /** The longest phrase that starts at token `i` and ends before `end`, with its length in tokens. */
  at(tokens: readonly Token[], i: number, end: number): { length: number; value: T } | null {
    const list = this.byFirst.get(this.fold(tokens[i]!.text));
    if (!list) return null;
    for (const { words, value } of list) {
      if (i + words.length > end) continue;
      let k = 1;
      while (k < words.length && this.fold(tokens[i + k]!.text) === words[k] && tokens[i + k]!.start - tokens[i + k - 1]!.end <= 1) k++;
      if (k === words.length) return { length: k, value };
    }
    return null;
  }
}

/** A listed organisation or place. */
export interface ListedName {
  readonly type: EntityType;
  /** The name its aliases link to (`United States` for `U.S.`). */
  readonly key: string;
}

type ListItem = string | { name: string; aliases?: string[] };

const lower = (text: string): string => text.toLowerCase();
const same = (text: string): string => text;

function buildNames(): PhraseIndex<ListedName> {
  const index = new PhraseIndex<ListedName>(same);
  const add = (type: EntityType, items: readonly ListItem[]): void => {
    for (const item of items) {
      const { name, aliases = [] } = typeof item === 'string' ? { name: item } : item;
      for (const spelling of [name, ...aliases]) index.add(spelling, { type, key: name });
    }
  };
  add('ORG', englishNames.organisations);
  add('LOC', englishNames.places);
  return index;
}

function buildTitles(): PhraseIndex<string> {
  const index = new PhraseIndex<string>(lower);
  for (const title of englishRoles.titles) {
    const words = title.split(' ');
    // The head is the last word: `minister` for `foreign minister`, `gen.` for `lt. gen.`.
    index.add(title, words.at(-1)!);
  }
  return index;
}

let names: PhraseIndex<ListedName> | undefined;
let titles: PhraseIndex<string> | undefined;

/** The listed organisation or place whose name starts at token `i`, as written (case counts). */
export function listedAt(tokens: readonly Token[], i: number, end: number): { length: number; value: ListedName } | null {
  names ??= buildNames();
  return names.at(tokens, i, end);
}

/** The longest title at token `i` (case does not count), with its head word (`minister`). */
export function titleAt(tokens: readonly Token[], i: number, end: number): { length: number; value: string } | null {
  titles ??= buildTitles();
  return titles.at(tokens, i, end);
}

/** Speech verbs: every listed form, lower case, to its lemma. */
export const SPEECH_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries(englishCues.speechVerbs).flatMap(([lemma, forms]) => forms.map((form) => [form, lemma] as const)),
);
/** Speech verbs whose listener follows them (`told reporters`). */
export const OBJECT_VERBS: ReadonlySet<string> = new Set(englishCues.objectVerbs);
/** Abbreviations that lead into a name (`Mr.`, `Sen.`, `Gen.`), lower case. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviations.inner.english);
export const BODIES: ReadonlySet<string> = new Set(englishRoles.bodies);
/** A company's suffixes (`Corp.`, `Inc.`), lower case. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(abbreviations.company.english);
export const DEMONYMS: ReadonlySet<string> = new Set(englishNames.demonyms);
export const NOT_NAMES: ReadonlySet<string> = new Set(englishNames.notNames);
export const NAME_PARTICLES: ReadonlySet<string> = new Set(particles.english);
export const GROUPS: ReadonlySet<string> = new Set(englishCues.groups);
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(englishCues.sourceNouns);
/** Phrases that report speech only after `as X` (`put it`), as word lists in lower case. */
export const AS_PHRASES: readonly (readonly string[])[] = englishCues.asPhrases.map((phrase) => phrase.split(' '));
/** Speech verbs whose subject passes a statement on (`reported, citing a source`), by lemma. */
export const CHANNEL_VERBS: ReadonlySet<string> = new Set(englishCues.channelVerbs);
/** Speech verbs that answer a statement (`denied`), never pointing back at it after `as` or `which`, by lemma. */
export const COUNTER_VERBS: ReadonlySet<string> = new Set(englishCues.counterVerbs);
/** Postmodifiers of a speaker noun, by their preposition: `with` → `familiar` (`a source familiar with the matter`). */
export const POSTMODIFIERS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const byPreposition = new Map<string, Set<string>>();
  for (const phrase of englishCues.postmodifiers) {
    const [word, preposition] = phrase.split(' ') as [string, string];
    if (!byPreposition.has(preposition)) byPreposition.set(preposition, new Set());
    byPreposition.get(preposition)!.add(word);
  }
  return byPreposition;
})();
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(segmentation.sentenceStarters);
/** Speaker pronouns and the antecedent they take. */
export const PRONOUNS: Readonly<Record<string, 'masc' | 'femn' | 'plural'>> = pronouns.speakers.english as Record<string, 'masc' | 'femn' | 'plural'>;
