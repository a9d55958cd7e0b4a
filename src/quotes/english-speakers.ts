/**
 * Whose name an English speaker phrase stands for: a person it names
 * (`Kremlin spokesman Dmitry Peskov`), a pronoun's person (`He` → the last
 * person who spoke, or the last one named), a bare title's person
 * (`the minister` → the person introduced as `Foreign Minister …`), or the
 * organisation or place it names (`The Kremlin`). Groups (`diplomats`) stay
 * unnamed. People are indexed in text order, so every lookup is a bounded walk.
 */
import type { EntityMention, Token } from '../model.js';
import { DEMONYMS, POSTMODIFIERS, PRONOUNS, SENTENCE_STARTERS, titleAt } from '../lexicon/english.js';
import { titleBefore } from '../lexicon/english-names.js';
import { hasTag, isCapitalised } from '../tokens.js';
import { isGroup } from './english-phrases.js';
import type { TokenRange } from './phrases.js';
import { UNRESOLVED, type Resolved } from './resolve.js';
import type { DocumentView } from './view.js';
import { partitionPoint } from '../spans.js';

/** People tried, latest first, for a pronoun of a gender: enough for any article, and the walk stays bounded. */
const CANDIDATES = 32;
const GENDER_TITLES: Readonly<Record<string, 'masc' | 'femn'>> = { mr: 'masc', mrs: 'femn', ms: 'femn', miss: 'femn', sir: 'masc', dame: 'femn', king: 'masc', queen: 'femn' };

interface Placed {
  /** Token index of the mention. */
  readonly at: number;
  readonly entity: number;
}

export class EnglishSpeakers {
  /** Person mentions, in text order. */
  private readonly people: Placed[] = [];
  /** People by the head of the title they were introduced with (`minister`, `spokesman`), in text order. */
  private readonly roles = new Map<string, Placed[]>();
  private readonly genders = new Map<number, 'masc' | 'femn'>();

  private readonly tokens: readonly Token[];

  constructor(private readonly view: DocumentView) {
    const { tokens, mentionAt } = view;
    this.tokens = tokens;
    for (let s = 0; s < view.sentenceTokens.length; s++) {
      if (view.language[s] !== 'eng') continue;
      const { first, end } = view.sentenceTokens[s]!;
      let previous: EntityMention | undefined;
      for (let i = first; i < end; i++) {
        const mention = mentionAt[i];
        if (!mention || mention === previous) continue;
        previous = mention;
        if (mention.type !== 'PER') continue;
        this.people.push({ at: i, entity: mention.entity });
        const title = titleBefore(tokens, i, first);
        if (title) {
          const head = title.head.replace(/\.$/, '');
          const list = this.roles.get(head) ?? [];
          list.push({ at: i, entity: mention.entity });
          this.roles.set(head, list);
        }
        if (!this.genders.has(mention.entity)) {
          const gender = hasTag(tokens[i], 'MaleName') ? 'masc' : hasTag(tokens[i], 'FemaleName') ? 'femn' : title ? GENDER_TITLES[tokens[title.first]!.text.toLowerCase()] : undefined;
          if (gender) this.genders.set(mention.entity, gender);
        }
      }
    }
  }

  /**
   * The phrase's name; `last` is the previous quote's speaker, which a pronoun may continue. The phrase before an
   * apposition names the speaker (`Critics, including the CCIA`, `Sen. Chuck Schumer, D-N.Y.`); the apposition only
   * when that names no one.
   */
  resolve(phrase: TokenRange, last: Resolved | null): Resolved {
    for (let i = phrase.first + 1; i < phrase.end; i++) {
      if (this.tokens[i]!.text !== ',') continue;
      const main = this.resolveRange(head(this.tokens, { first: phrase.first, end: i }), last);
      return main.name !== null || isGroup(this.tokens, { first: phrase.first, end: i }) ? main : this.resolveRange(head(this.tokens, { first: i + 1, end: phrase.end }), last);
    }
    return this.resolveRange(head(this.tokens, phrase), last);
  }

  /**
   * Only what follows a possessive counts (`Mr. Smith's wife` is not Smith; `Azerbaijan's Foreign Ministry` is one
   * name). In order: a group is unnamed unless it speaks for an organisation it names; a person the phrase names;
   * a pronoun's person; an organisation or place the phrase names; a title's person; the phrase's own proper words.
   */
  private resolveRange(range: TokenRange, last: Resolved | null): Resolved {
    let person: EntityMention | undefined;
    let body: EntityMention | undefined;
    for (let i = range.first; i < range.end; i++) {
      const mention = this.view.mentionAt[i];
      if (mention?.type === 'PER') person = mention;
      else if (mention && !body) body = mention;
    }
    if (isGroup(this.tokens, range)) return body?.type === 'ORG' ? this.named(body.entity) : UNRESOLVED;
    if (person) return this.named(person.entity);
    const pronoun = range.end - range.first === 1 ? PRONOUNS[this.tokens[range.first]!.text.toLowerCase()] : undefined;
    if (pronoun === 'plural') return last ?? UNRESOLVED;
    if (pronoun) return this.pronoun(range.first, pronoun, last);
    if (body) return this.named(body.entity);
    const role = this.role(range);
    if (role !== null) return this.named(role);
    return this.properWords(range);
  }

  private named(entity: number): Resolved {
    const { name, type } = this.view.entities[entity]!;
    return { name, entity, person: type === 'PER' };
  }

  /**
   * `he`, `she`: the last speaker if a person of that gender, else the latest person named before known to be of it,
   * else the latest whose gender is unknown (`Mary Smith met Premier Li Qiang. She said …` is Mary Smith).
   */
  private pronoun(at: number, gender: 'masc' | 'femn', last: Resolved | null): Resolved {
    const fits = (entity: number): boolean => (this.genders.get(entity) ?? gender) === gender;
    if (last?.person && last.entity !== null && fits(last.entity)) return last;
    const k = lastBefore(this.people, at);
    let unknown = -1;
    for (let j = k; j >= 0 && j > k - CANDIDATES; j--) {
      const { entity } = this.people[j]!;
      if (this.genders.get(entity) === gender) return this.named(entity);
      if (unknown === -1 && !this.genders.has(entity)) unknown = entity;
    }
    return unknown === -1 ? UNRESOLVED : this.named(unknown);
  }

  /** `the minister`, `the spokesman`: the person introduced with a title of that head, latest before, else first after. */
  private role(range: TokenRange): number | null {
    const title = titleAt(this.tokens, range.end - 1, range.end);
    if (!title) return null;
    const list = this.roles.get(title.value.replace(/\.$/, ''));
    if (!list) return null;
    const k = lastBefore(list, range.first);
    return (list[k] ?? list[0]!).entity;
  }

  /** Capitalised words the entity stage did not take (`Newsweek`): a name with no entity. */
  private properWords(range: TokenRange): Resolved {
    const words: string[] = [];
    for (let i = range.first; i < range.end; i++) {
      const token = this.tokens[i]!;
      if (!isCapitalised(token) || DEMONYMS.has(token.text) || SENTENCE_STARTERS.has(token.text) || titleAt(this.tokens, i, i + 1)) continue;
      words.push(token.text);
    }
    return words.length > 0 ? { name: words.join(' '), entity: null, person: false } : UNRESOLVED;
  }
}

/** The part of a phrase after its last possessive: `Mr. Smith's wife` is the wife, not Smith. */
function head(tokens: readonly Token[], phrase: TokenRange): TokenRange {
  for (let i = phrase.end - 2; i >= phrase.first; i--) if (tokens[i]!.lemma === "'s") return { first: i + 1, end: phrase.end };
  // What a postmodifier says about the noun (`People close to the talks`) names no one: the noun before it is the head.
  for (let i = phrase.first + 1; i + 1 < phrase.end; i++) {
    if (POSTMODIFIERS.get(tokens[i + 1]!.text)?.has(tokens[i]!.text.toLowerCase())) return { first: phrase.first, end: i };
  }
  return phrase;
}

/** Index of the last entry placed before token `at`, or -1. */
function lastBefore(list: readonly Placed[], at: number): number {
  return partitionPoint(list, (placed) => placed.at < at) - 1;
}
