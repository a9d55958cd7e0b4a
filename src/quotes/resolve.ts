/**
 * Whose name a speaker phrase stands for: an entity inside the phrase
 * (`Президент Ильхам Алиев`, `Минобороны Азербайджана`), a pronoun's nearest
 * fitting person (`он`), or the person a title was given to earlier in the
 * document (`Дипломат` → the `посол` `Рашад Мамедов`).
 */
import type { EntityMention } from '../model.js';
import { fold, type Word } from '../entities/words.js';
import { isTitleKey, roleGroup } from './lexicon.js';
import type { TokenRange } from './phrases.js';
import type { DocumentView } from './view.js';

/** A speaker's resolved name and entity. */
export interface Resolved {
  readonly name: string | null;
  readonly entity: number | null;
  /** The speaker is a person (pronouns and titles later may refer to them). */
  readonly person: boolean;
}

const UNRESOLVED: Resolved = { name: null, entity: null, person: false };
const PRONOUNS: Readonly<Record<string, 'masc' | 'femn'>> = { он: 'masc', она: 'femn', его: 'masc', ее: 'femn' };
/** Tokens before a name searched for its title (`Чрезвычайный и полномочный посол Азербайджана в Казахстане Рашад Мамедов`). */
const TITLE_WINDOW = 10;

interface Role {
  readonly key: string;
  readonly at: number;
  readonly entity: number;
}

export class SpeakerResolver {
  private readonly roles: Role[] = [];
  private readonly people: { at: number; entity: number }[] = [];
  private readonly genders = new Map<number, 'masc' | 'femn'>();

  constructor(private readonly view: DocumentView) {
    const { words, mentionAt } = view;
    let previous: EntityMention | undefined;
    for (let i = 0; i < words.length; i++) {
      const mention = mentionAt[i];
      if (!mention || mention === previous) continue;
      previous = mention;
      if (mention.type !== 'PER') continue;
      this.people.push({ at: mention.start, entity: mention.entity });
      const gender = genderOf(words, i, mention.end);
      if (gender && !this.genders.has(mention.entity)) this.genders.set(mention.entity, gender);
      for (const key of this.titlesBefore(i)) this.roles.push({ key, at: mention.start, entity: mention.entity });
    }
  }

  /** The speaker phrase's name; `last` is the previous quote's speaker, which pronouns and bare titles may continue. */
  resolve(range: TokenRange, last: Resolved | null): Resolved {
    const { words, mentionAt, entities } = this.view;
    const at = words[range.first]!.token.start;
    let organisation: EntityMention | undefined;
    let person: EntityMention | undefined;
    for (let i = range.first; i < range.end; i++) {
      const mention = mentionAt[i];
      if (mention?.type === 'PER') person = mention;
      else if (mention?.type === 'ORG') organisation ??= mention;
    }
    const entityName = (entity: number, isPerson: boolean): Resolved => ({ name: entities[entity]!.name, entity, person: isPerson });
    if (person) return entityName(person.entity, true);
    if (organisation) return entityName(organisation.entity, false);
    const head = mentionAt[range.first];
    if (head?.type === 'LOC' && head.start === at) return entityName(head.entity, false);

    for (let i = range.first; i < range.end; i++) {
      const word = words[i]!;
      if (word.token.kind !== 'word') continue;
      const gender = PRONOUNS[fold(word.text)];
      if (gender) return this.pronoun(gender, at, last);
      const title = this.titleAt(i);
      if (title) return this.titled(title, at, last);
      if (word.analyses[0]?.pos === 'NOUN') break;
    }
    return UNRESOLVED;
  }

  private pronoun(gender: 'masc' | 'femn', at: number, last: Resolved | null): Resolved {
    if (last?.person && last.entity !== null && this.genders.get(last.entity) !== opposite(gender)) return last;
    for (let k = this.people.length - 1; k >= 0; k--) {
      const { at: mentionAt, entity } = this.people[k]!;
      if (mentionAt >= at) continue;
      if (this.genders.get(entity) === opposite(gender)) continue;
      return { name: this.view.entities[entity]!.name, entity, person: true };
    }
    return UNRESOLVED;
  }

  private titled(title: string, at: number, last: Resolved | null): Resolved {
    const group = new Set(roleGroup(title));
    let found: Role | undefined;
    for (const role of this.roles) {
      if (!group.has(role.key)) continue;
      if (role.at < at || !found) found = role;
      if (role.at >= at) break;
    }
    if (found) return { name: this.view.entities[found.entity]!.name, entity: found.entity, person: true };
    return last?.person ? last : UNRESOLVED;
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

  /** Titles in the run of words just before a name (`посол Азербайджана в Казахстане` before `Рашад Мамедов`). */
  private titlesBefore(i: number): string[] {
    const { words, sentenceOf, sentenceTokens } = this.view;
    const first = Math.max(sentenceTokens[sentenceOf[i]!]!.first, i - TITLE_WINDOW);
    const keys: string[] = [];
    for (let j = i - 1; j >= first; j--) {
      const word = words[j]!;
      if (word.token.kind !== 'word') break;
      const pos = word.analyses[0]?.pos;
      if (pos === 'VERB' || pos === 'CONJ' && fold(word.text) !== 'и') break;
      const title = this.titleAt(j);
      if (title) keys.push(title);
    }
    return keys;
  }
}

const opposite = (gender: 'masc' | 'femn'): 'masc' | 'femn' => (gender === 'masc' ? 'femn' : 'masc');

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
