/**
 * Whose name a speaker phrase stands for: an entity inside the phrase
 * (`Президент Ильхам Алиев`, `Минобороны Азербайджана`), a pronoun's nearest
 * fitting person (`он`), or the person a title was given to earlier in the
 * document (`Дипломат` → the `посол` `Рашад Мамедов`).
 */
import pronouns from '../data/quotes/pronouns.json';
import type { EntityMention } from '../model.js';
import { phraseNominative } from '../words/nominative.js';
import { fold, type Word } from '../words/word.js';
import { isTitleKey, roleGroup } from './lexicon.js';
import type { TokenRange } from './phrases.js';
import { tokenAtOrAfter, type DocumentView } from './view.js';
import { partitionPoint } from '../spans.js';

/** A speaker's resolved name and entity. */
export interface Resolved {
  readonly name: string | null;
  readonly entity: number | null;
  /** The speaker is a person (pronouns and titles later may refer to them). */
  readonly person: boolean;
}

/** No name: the phrase names no one the document knows. */
export const UNRESOLVED: Resolved = { name: null, entity: null, person: false };
const PRONOUNS: Readonly<Record<string, 'masc' | 'femn'>> = Object.fromEntries(
  Object.entries(pronouns.speakers.russian).map(([word, gender]) => [fold(word), gender as 'masc' | 'femn']),
);
/** Tokens before a name searched for its title (`Чрезвычайный и полномочный посол Азербайджана в Казахстане Рашад Мамедов`). */
const TITLE_WINDOW = 10;

/** A person's mention: where and whose. */
interface Placed {
  readonly at: number;
  readonly entity: number;
}

interface Role extends Placed {
  /** The place or organisation named with the title (`Японии` in `премьер-министр Японии Н. Кан`). */
  readonly context: number | undefined;
}

export class SpeakerResolver {
  /** People by the titles they were named with, in text order. */
  private readonly roles = new Map<string, Role[]>();
  /** Every person mention: where, whose, in which sentence, and whether it can be a subject. */
  private readonly people: { at: number; entity: number; sentence: number; subject: boolean }[] = [];
  private readonly genders = new Map<number, 'masc' | 'femn'>();
  /** People by the keys of their mentions' last word (`брод`, `брода`). */
  private readonly surnames = new Map<string, Placed[]>();

  constructor(private readonly view: DocumentView) {
    const { words, mentionAt } = view;
    let previous: EntityMention | undefined;
    for (let i = 0; i < words.length; i++) {
      const mention = mentionAt[i];
      if (!mention || mention === previous) continue;
      previous = mention;
      if (mention.type !== 'PER') continue;
      this.people.push({ at: mention.start, entity: mention.entity, sentence: view.sentenceOf[i]!, subject: canBeNominative(words, i, mention.end) });
      const last = lastWordOf(words, i, mention.end);
      for (const key of words[last]!.keys) append(this.surnames, key, { at: mention.start, entity: mention.entity });
      const gender = genderOf(words, i, mention.end);
      if (gender && !this.genders.has(mention.entity)) this.genders.set(mention.entity, gender);
      const { keys, context } = this.titlesBefore(i);
      for (const key of keys) append(this.roles, key, { at: mention.start, entity: mention.entity, context });
    }
  }

  /**
   * The speaker phrase's name; `last` is the previous quote's speaker, which
   * pronouns and bare titles may continue. In order: a group (`Эксперты`) is
   * unnamed unless it speaks for a body it names; a person the phrase names;
   * a pronoun's person; a title's person (`глава Минсвязи` is the person
   * introduced with that title, not the ministry); an organisation or a place
   * the phrase names; a surname the entity stage left alone; the phrase's own
   * proper words; the last speaker for a single unnamed person (`Чиновник`).
   */
  resolve(range: TokenRange, last: Resolved | null): Resolved {
    const { words, mentionAt } = this.view;
    const at = words[range.first]!.token.start;
    let organisation: EntityMention | undefined;
    let person: EntityMention | undefined;
    for (let i = range.first; i < range.end; i++) {
      const mention = mentionAt[i];
      if (mention?.type === 'PER') person = mention;
      else if (mention?.type === 'ORG') organisation ??= mention;
    }
    const head = this.headOf(range);
    const headWord = head === -1 ? undefined : words[head]!;
    // A group has no one name (`Врачи, прооперировавшие Гиффордс`, `Эксперты`), unless it speaks for a body (`Представители Microsoft`).
    const group = headWord !== undefined && !mentionAt[head] && headWord.analyses[0]?.number === 'plur' && headWord.analyses[0]?.pos === 'NOUN';
    if (group) return organisation ? this.named(organisation.entity, false) : UNRESOLVED;
    if (person) return this.named(person.entity, true);
    // `он`, or a possessive (`по её словам`) that the dictionary reads as an adjective.
    const pronounWord = headWord ?? words[range.first]!;
    const gender = PRONOUNS[fold(pronounWord.text)];
    if (gender) return this.pronoun(gender, at, last);
    const title = head === -1 ? null : this.titleAt(head);
    let context: number | undefined;
    for (let i = range.first; i < range.end && context === undefined; i++) context = this.contextAt(i);
    const role = title ? this.role(title, at, context) : null;
    if (role) return role;
    if (organisation) return this.named(organisation.entity, false);
    const place = mentionAt[range.first];
    if (place?.type === 'LOC' && place.start === at) return this.named(place.entity, false);
    const surname = this.surname(range, at);
    if (surname) return surname;
    const proper = this.properName(range);
    if (proper) return proper;
    if (!headWord) return UNRESOLVED;
    const animate = headWord.analyses[0]?.tags.includes('anim') ?? false;
    return (title || animate) && last?.person ? last : UNRESOLVED;
  }

  /** A name the entity stage did not take (`Тифензее`, `zyalt`, `Roem.ru`): the phrase's last run of proper words, in the nominative. */
  private properName(range: TokenRange): Resolved | null {
    const { words, text } = this.view;
    let end = range.end;
    while (end > range.first && !isProper(words[end - 1]!)) end--;
    let first = end;
    while (first > range.first && (isProper(words[first - 1]!) || (words[first - 1]!.text === '.' && first - 1 > range.first && isProper(words[first - 2]!)))) first--;
    if (first === end) return null;
    const run = words.slice(first, end);
    const name = run.every((word) => word.latin || word.token.kind !== 'word') ? text.slice(run[0]!.token.start, run.at(-1)!.token.end) : phraseNominative(run.filter((word) => word.token.kind === 'word'));
    return { name, entity: null, person: false };
  }

  private named(entity: number, person: boolean): Resolved {
    return { name: this.view.entities[entity]!.name, entity, person };
  }

  /** The phrase's first noun or pronoun that no preposition governs. */
  private headOf(range: TokenRange): number {
    for (let i = range.first; i < range.end; i++) {
      const pos = this.view.words[i]!.analyses[0]?.pos;
      if (pos === 'PREP') return -1;
      if (pos === 'NOUN' || pos === 'NPRO') return i;
    }
    return -1;
  }

  /** A person the entity stage knows by a surname written in the phrase (`Брода` for `Александр Брод`). */
  private surname(range: TokenRange, at: number): Resolved | null {
    const lists: (readonly Placed[])[] = [];
    for (let i = range.first; i < range.end; i++) {
      const word = this.view.words[i]!;
      if (word.shape !== 'title') continue;
      for (const key of word.keys) lists.push(this.surnames.get(key) ?? []);
    }
    const found = closest(lists, at, () => true);
    return found ? this.named(found.entity, true) : null;
  }


  /**
   * A pronoun's person: a person named as a subject in this sentence or the one
   * before (`Владимир Беспалов опроверг эту информацию. Он заявил …`), else the
   * last speaker, else the nearest person named before.
   */
  private pronoun(gender: 'masc' | 'femn', at: number, last: Resolved | null): Resolved {
    const fits = (entity: number): boolean => this.genders.get(entity) !== opposite(gender);
    const sentence = this.view.sentenceOf[tokenAtOrAfter(this.view, at)]!;
    let nearest: number | undefined;
    const before = firstAtOrAfter(this.people, at);
    for (let k = before - 1; k >= Math.max(0, before - LOOKAROUND); k--) {
      const person = this.people[k]!;
      if (!fits(person.entity)) continue;
      nearest ??= person.entity;
      if (person.sentence < sentence - 1) break;
      if (person.subject) return this.named(person.entity, true);
    }
    if (last?.person && last.entity !== null && fits(last.entity)) return last;
    return nearest === undefined ? UNRESOLVED : this.named(nearest, true);
  }


  /** The person a title was given to (with the same place or body, when both name one): the latest before `at`, else the first after. */
  private role(title: string, at: number, context: number | undefined): Resolved | null {
    const lists = roleGroup(title).map((key) => this.roles.get(key) ?? []);
    // `Премьер-министр Израиля` is not the `премьер-министр Великобритании` named before.
    const found = closest(lists, at, (role) => context === undefined || role.context === undefined || role.context === context);
    return found ? this.named(found.entity, true) : null;
  }


  /** The title at token `i` (`посол`, or the two words of `глава государства`), folded. */
  private titleAt(i: number): string | null {
    const word = this.view.words[i]!;
    const next = this.view.words[i + 1];
    if (next?.token.kind === 'word') {
      const pair = word.keys.map((key) => `${key} ${fold(next.text)}`).find(isTitleKey);
      if (pair) return pair;
    }
    return word.keys.find(isTitleKey) ?? null;
  }

  /** Titles in the run of words just before a name (`посол Азербайджана в Казахстане` before `Рашад Мамедов`), and the place or body named with them. */
  private titlesBefore(i: number): { keys: string[]; context: number | undefined } {
    const { words, sentenceOf, sentenceTokens } = this.view;
    const first = Math.max(sentenceTokens[sentenceOf[i]!]!.first, i - TITLE_WINDOW);
    const keys: string[] = [];
    let context: number | undefined;
    for (let j = i - 1; j >= first; j--) {
      const word = words[j]!;
      if (word.token.kind !== 'word') break;
      const pos = word.analyses[0]?.pos;
      if (pos === 'VERB' || (pos === 'CONJ' && fold(word.text) !== 'и')) break;
      const title = this.titleAt(j);
      if (title) keys.push(title);
      else if (keys.length === 0) context = this.contextAt(j) ?? context;
    }
    return { keys, context };
  }

  /** The place or organisation mentioned at token `i`, if any. */
  private contextAt(i: number): number | undefined {
    const mention = this.view.mentionAt[i];
    return mention && mention.type !== 'PER' ? mention.entity : undefined;
  }
}

/** Entries looked at on either side of an offset: enough for any article, and lookups stay cheap on any input. */
const LOOKAROUND = 32;

/** Adds `entry` to the list `index` keeps under `key`. */
function append<T>(index: Map<string, T[]>, key: string, entry: T): void {
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

/** Index of the first entry at or after `at` in a list in text order. */
function firstAtOrAfter(list: readonly Placed[], at: number): number {
  return partitionPoint(list, (placed) => placed.at < at);
}

/**
 * Of several lists in text order, the accepted entry latest before `at`, else the
 * first after it; each list is searched in halves, then a few entries each way.
 */
function closest<T extends Placed>(lists: readonly (readonly T[])[], at: number, accept: (entry: T) => boolean): T | undefined {
  let before: T | undefined;
  let after: T | undefined;
  for (const list of lists) {
    const low = firstAtOrAfter(list, at);
    for (let k = low - 1; k >= Math.max(0, low - LOOKAROUND); k--) {
      if (!accept(list[k]!)) continue;
      if (!before || list[k]!.at > before.at) before = list[k];
      break;
    }
    for (let k = low; k < Math.min(list.length, low + LOOKAROUND); k++) {
      if (!accept(list[k]!)) continue;
      if (!after || list[k]!.at < after.at) after = list[k];
      break;
    }
  }
  return before ?? after;
}

/** A word that can only be a name: capitalised and unknown to the dictionary as a common word, or Latin. */
function isProper(word: Word): boolean {
  if (word.token.kind !== 'word') return false;
  if (word.latin) return true;
  // At a sentence's start only a word the dictionary does not know at all (`Проди говорит`).
  return word.shape === 'title' && !word.common && (!word.sentenceStart || !word.analyses.some((reading) => reading.known));
}

const opposite = (gender: 'masc' | 'femn'): 'masc' | 'femn' => (gender === 'masc' ? 'femn' : 'masc');

/** Every word of the name can be nominative (`Владимир Беспалов`, not `Владимира Беспалова`). */
function canBeNominative(words: readonly Word[], first: number, end: number): boolean {
  for (let i = first; i < words.length && words[i]!.token.start < end; i++) {
    const word = words[i]!;
    if (word.token.kind !== 'word' || word.analyses.length === 0) continue;
    if (!word.analyses.some((reading) => reading.case === 'nomn' || reading.tags.includes('Fixd'))) return false;
  }
  return true;
}

function lastWordOf(words: readonly Word[], first: number, end: number): number {
  let last = first;
  for (let i = first; i < words.length && words[i]!.token.start < end; i++) if (words[i]!.token.kind === 'word') last = i;
  return last;
}

/** A person's gender from the readings of their name's words (`Ильхам Алиев` is masculine). */
function genderOf(words: readonly Word[], first: number, end: number): 'masc' | 'femn' | undefined {
  for (let i = first; i < words.length && words[i]!.token.start < end; i++) {
    for (const reading of words[i]!.analyses) {
      if (!reading.tags.includes('Name') && !reading.tags.includes('Surn')) continue;
      if (reading.gender === 'masc' || reading.gender === 'femn') return reading.gender;
    }
  }
  return undefined;
}
