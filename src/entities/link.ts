/**
 * Within-document linking: mentions of one entity share an id
 * (`Ильхам Алиев` … `Алиев` … `Алиеву`; `Организации Договора о коллективной
 * безопасности (ОДКБ)` … `ОДКБ`).
 */
import type { Entity, EntityMention, EntityType, PersonName } from '../model.js';
import acronymsData from '../data/gazetteer/acronyms.json';
import bodyDescriptionsData from '../data/gazetteer/body-descriptions.json';
import placeAdjectivesData from '../data/gazetteer/place-adjectives.json';
import placeWordsData from '../data/gazetteer/place-words.json';
import nameParticlesData from '../data/gazetteer/name-particles.json';
import { isCommonFirstName } from '../lexicon/gazetteer.js';
import { fold } from '../words/word.js';

/** A mention before linking: `key` links places and organisations (a gazetteer's canonical name). */
export interface DraftMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  readonly normal: string;
  readonly parts?: PersonName;
  /**
   * The surname's other possible nominatives, for linking the mention to the person it names: a surname alone (or after an
   * initial) in its other gender's (`Волкову`: `Волкова` beside `Волков`), or a full name's in the name's case (`Ирины
   * Яровой`: `Яровая` beside `Ярова`; `Андрею Сикиле`: `Сикиля` beside the `Сикиле` taken).
   */
  readonly lastAlternatives?: readonly string[];
  /**
   * The surname's form shows its nominative and no other (`Ламолы` → `Ламола`), though the mention is a surname alone: it
   * settles the surname of a person named in a form that allows others (`Рональду Ламоле`).
   */
  readonly lastShown?: boolean;
  /** The person's gender, when the mention shows it (`Алла Бут`; `Бут рассказала`): no one of the other gender is meant. */
  readonly gender?: 'masc' | 'femn';
  /**
   * The name read in the other gender, where only the likelier gender chose the one taken (`Вчера Валерия Савиных`:
   * Валерий's genitive, or Валерия): another mention of the person that shows the other gender settles it.
   */
  readonly otherGender?: { readonly normal: string; readonly parts: PersonName; readonly gender: 'masc' | 'femn' };
  readonly key?: string;
  /** The place or body an organisation belongs to, written after it and named apart (`России` after `МИД`): its entity's name adds it. */
  readonly owner?: string;
  /** The name of the rule that found it (see {@link EntityMention.rule}). */
  readonly rule: string;
  /** A sovereign's regnal number after the name (`XIV` of `Людовик XIV`): no part of the name, but in the person's name. */
  readonly regnal?: string;
  /** The name writes its family name first (`Си Цзиньпин`: Цзиньпин · – · Си): the person's name keeps that order. */
  readonly familyFirst?: boolean;
  /** Every word of it is in Latin letters. */
  readonly latin?: boolean;
  /**
   * It names again the person of the mention right before it (`Билл Герстенмайер (Bill Gerstenmaier)`): it joins
   * that person and leaves their name as the document's own script gives it.
   */
  readonly restates?: boolean;
}

interface Cluster {
  readonly type: EntityType;
  readonly drafts: DraftMention[];
  parts: PersonName;
  /** The person's gender, from the first mention that shows it. */
  gender?: 'masc' | 'femn';
  /** The parts the first mention took by the likelier gender alone, and its reading in the other (see {@link DraftMention.otherGender}). */
  guess?: { readonly parts: PersonName; readonly other: NonNullable<DraftMention['otherGender']> };
  /** The surname comes from mentions whose form of it may be wrong: of it alone (`Волков` for `Волкову`), or with other nominatives (`Сикиле`). */
  lastUnsure?: boolean;
}

/**
 * Groups mentions (in text order) into entities. People: a surname joins the
 * latest person with that surname and a compatible first name; a first name
 * alone joins the latest person with that first name; a name that restates the
 * person before it (in the original spelling) joins that person. Places and
 * organisations: the same key, or an abbreviation in brackets right after a
 * name (`… безопасности (ОДКБ)`).
 */
export function linkMentions(text: string, drafts: readonly DraftMention[]): { entities: Entity[]; mentions: EntityMention[] } {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const people = new PersonIndex();
  const clusterOf = new Map<DraftMention, Cluster>();
  /** Abbreviations introduced in brackets after a name, by key, with the name's cluster. */
  const introduced = new Map<string, Cluster>();
  let previous: DraftMention | undefined;
  let beforePrevious: DraftMention | undefined;
  for (const written of drafts) {
    const restated = restatedCluster(previous, written, clusterOf);
    if (restated) {
      restated.drafts.push(written);
      clusterOf.set(written, restated);
      beforePrevious = previous;
      previous = written;
      continue;
    }
    const person = written.type === 'PER' ? people.findWithAlternatives(written) : undefined;
    let draft = person?.draft ?? written;
    // An abbreviation in brackets after a name is that name, even where the abbreviation was used before.
    const bracketed = previous && previous.type !== 'PER' && previous.type === draft.type && isBracketedAbbreviation(text, previous, draft) ? clusterOf.get(previous)
      : bracketedAfterPlace(text, beforePrevious, previous, draft) ? clusterOf.get(beforePrevious!) : undefined;
    if (bracketed && byKey.get(keyOf(draft)) !== bracketed) introduced.set(keyOf(draft), bracketed);
    let cluster = draft.type === 'PER' ? person?.cluster : (bracketed ?? byKey.get(keyOf(draft)));
    if (!cluster) {
      cluster = { type: draft.type, drafts: [], parts: {} };
      if (draft.otherGender && draft.parts) cluster.guess = { parts: draft.parts, other: draft.otherGender };
      clusters.push(cluster);
    } else if (draft.type === 'PER') settleGender(cluster, draft);
    if (draft.type === 'PER') draft = settleSurname(cluster, draft);
    cluster.drafts.push(draft);
    if (draft.type === 'PER') {
      cluster.parts = mergeParts(cluster.parts, draft.parts ?? {});
      cluster.gender ??= draft.gender;
      people.add(cluster, draft.lastAlternatives);
    } else byKey.set(keyOf(draft), cluster);
    clusterOf.set(draft, cluster);
    beforePrevious = previous;
    previous = draft;
  }

  settleGenderByPronoun(text, clusters);
  const mentions: EntityMention[] = [];
  const entities = joinOrganisationForms(clusters, introduced, ownerPlaces(text, drafts)).map((cluster, id): Entity => {
    const own = cluster.drafts.map(({ start, end, text: mentionText, type, normal, parts, rule }) => {
      const mention: EntityMention = { start, end, text: mentionText, type, normal, entity: id, rule };
      if (parts) mention.parts = parts;
      return mention;
    });
    for (const mention of own) mentions.push(mention);
    const entity: Entity = { id, type: cluster.type, name: canonicalName(cluster), mentions: own };
    if (cluster.type === 'PER') entity.parts = cluster.parts;
    return entity;
  });
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** How far after a person's mention a pronoun is taken to be theirs (rule `gender shown by a pronoun`): about a sentence. */
const PRONOUN_REACH = 160;
const THIRD_PERSON = /(?<![\p{L}\p{N}-])(он|она)(?![\p{L}\p{N}-])/iu;

/**
 * Rule `gender shown by a pronoun`: a person whose gender only the likelier reading gave (`Вчера Валерия Савиных`) is of
 * the gender of the first `он` or `она` after a mention of them, before the next person's mention and within about a
 * sentence (`… Валерии тренер сказал, что она еще вернется`), as news refers so to the person it has just named.
 */
function settleGenderByPronoun(text: string, clusters: readonly Cluster[]): void {
  const people = clusters.filter((cluster) => cluster.type === 'PER');
  if (!people.some((cluster) => cluster.guess)) return;
  const mentions = people.flatMap((cluster) => cluster.drafts.map((draft) => ({ draft, cluster }))).sort((a, b) => a.draft.start - b.draft.start);
  mentions.forEach(({ draft, cluster }, i) => {
    const guess = cluster.guess;
    if (!guess) return;
    const end = Math.min(mentions[i + 1]?.draft.start ?? text.length, draft.end + PRONOUN_REACH);
    const pronoun = THIRD_PERSON.exec(text.slice(draft.end, end))?.[1]?.toLowerCase();
    const gender = pronoun === 'она' ? 'femn' : pronoun === 'он' ? 'masc' : undefined;
    if (gender === undefined) return;
    if (gender === guess.other.gender) takeOtherGender(cluster, gender);
    else cluster.guess = undefined;
  });
}

/** The person's cluster a mention restates: that of the person mentioned right before it, when it {@link DraftMention.restates} one. */
function restatedCluster(previous: DraftMention | undefined, draft: DraftMention, clusterOf: ReadonlyMap<DraftMention, Cluster>): Cluster | undefined {
  if (!draft.restates || previous?.type !== 'PER' || draft.type !== 'PER') return undefined;
  return clusterOf.get(previous);
}

/**
 * Joins the forms of one place or organisation that the first pass kept apart: an abbreviation used before
 * the document introduces it in brackets (`ОДКБ … Организация Договора о коллективной безопасности (ОДКБ)`),
 * mentions that share a normal form or a text (see {@link formsOf}), and a short form with the one full form that adds a place to it (`МИД` ↔ `МИД Франции`, `Минздрав` ↔
 * `Минздрав России`); a short form that two full forms share (`МИД России`, `МИД Франции`) joins neither.
 */
function joinOrganisationForms(clusters: readonly Cluster[], introduced: ReadonlyMap<string, Cluster>, owners: ReadonlyMap<DraftMention, string>): Cluster[] {
  const into = new Map<Cluster, Cluster>();
  const root = (cluster: Cluster): Cluster => {
    const seen = new Set<Cluster>();
    while (into.has(cluster) && !seen.has(cluster)) {
      seen.add(cluster);
      cluster = into.get(cluster)!;
    }
    return cluster;
  };
  /** Joins a cluster into the one cluster the candidates lead to; into none when they lead to several. */
  const joinIntoOne = (cluster: Cluster, candidates: Iterable<Cluster>): void => {
    const from = root(cluster);
    const targets = new Set([...candidates].map(root));
    targets.delete(from);
    if (targets.size === 1) into.set(from, [...targets][0]!);
  };
  for (const cluster of clusters) {
    if (cluster.type === 'PER') continue;
    const target = cluster.drafts.map((draft) => introduced.get(keyOf(draft))).find((found) => found && found !== cluster);
    if (target) into.set(cluster, target);
  }
  const byForm = new Map<string, Cluster>();
  for (const cluster of clusters) {
    if (cluster.type === 'PER') continue;
    for (const draft of cluster.drafts) {
      for (const form of formsOf(draft)) {
        const found = byForm.get(form);
        if (!found) byForm.set(form, cluster);
        else if (root(found) !== root(cluster)) into.set(root(cluster), root(found));
      }
    }
  }
  joinPlacesNamedByAdjective(clusters, into, root);
  const fullForms = new Map<string, Cluster[]>();
  const addFullForm = (short: string, cluster: Cluster): void => {
    const list: Cluster[] = fullForms.get(short) ?? [];
    if (!list.includes(cluster)) list.push(cluster);
    fullForms.set(short, list);
  };
  /** The places the full forms of a cluster name as its owner, by the place's folded name. */
  const placesOf = new Map<Cluster, Set<string>>();
  for (const cluster of clusters) {
    if (cluster.type !== 'ORG') continue;
    const places = new Set<string>();
    placesOf.set(cluster, places);
    for (const draft of cluster.drafts) {
      // A body with its owner read apart (`Законодательного собрания | Приморского края`) is a full form of the body alone.
      const owner = owners.get(draft);
      if (draft.owner) addFullForm(`${draft.type}:${fold(draft.normal)}`, cluster);
      if (owner) places.add(owner);
      // A place adjective before a body (`российский Минсельхоз`, `японский МИД`) names its owner as well.
      const adjective = placeAdjectiveBody(draft.normal);
      if (adjective && !draft.owner) {
        addFullForm(`${draft.type}:${fold(adjective.body)}`, cluster);
        places.add(adjective.place);
      }
      const words = ownedName(draft).split(' ');
      // The head and one to three capitalised words after it: the place or body it belongs to.
      for (let cut = 1; cut < words.length && words.length - cut <= 3; cut++) {
        if (!words.slice(cut).every((word) => /^\p{Lu}/u.test(word))) continue;
        addFullForm(`${cluster.type}:${fold(words.slice(0, cut).join(' '))}`, cluster);
      }
      // Rule `first part of a Latin double name`: a company named by two names joined by a hyphen, in Latin letters
      // (`Mercedes-Benz`, `Harley-Davidson`), is named by the first alone as well (`Mercedes`), as news shortens it so.
      const double = LATIN_DOUBLE_NAME.exec(draft.normal);
      if (double) addFullForm(`${cluster.type}:${fold(double[1]!)}`, cluster);
    }
  }
  for (const cluster of clusters) {
    if (cluster.type !== 'ORG' || into.has(cluster)) continue;
    const first = cluster.drafts[0]!;
    const { adjective, described, place } = bodyByPlace(first, owners);
    let full: Cluster[] | undefined;
    if (place !== undefined && (adjective || described)) {
      // The body with a place adjective joins the one full form of the body that names the same place (`Минсельхоз РФ`).
      full = fullForms.get(`${first.type}:${fold(described ?? adjective!.body)}`)?.filter((found) => found !== cluster && placesOf.get(found)?.has(place));
    } else {
      full = (fullForms.get(`${first.type}:${fold(ownedName(first))}`) ?? fullForms.get(keyOf(first)))?.filter((found) => found !== cluster);
    }
    joinIntoOne(cluster, full ?? []);
  }
  joinAcronyms(clusters, joinIntoOne, (cluster) => into.has(cluster));
  joinContractions(clusters, joinIntoOne, placesOf, owners);
  joinAcronymsOfHeads(clusters, joinIntoOne);
  for (const [cluster] of into) {
    const target = root(cluster);
    if (target === cluster) continue;
    target.drafts.push(...cluster.drafts);
    target.drafts.sort((a, b) => a.start - b.start);
  }
  const kept = clusters.filter((cluster) => root(cluster) === cluster);
  for (const cluster of kept) if (cluster.type !== 'PER') settleForms(cluster);
  return kept;
}

/** A name of two capitalised Latin names joined by a hyphen (`Mercedes-Benz`), the first taken. */
const LATIN_DOUBLE_NAME = /^(\p{Lu}[a-z]{2,})-\p{Lu}[a-z]+$/u;

/** Words that take no letter in an acronym (data/gazetteer/acronyms.json). */
const ACRONYM_SKIPPED: ReadonlySet<string> = new Set(acronymsData.skippedWords);
/** An acronym as written: two to six capitals (`HP`, `ФАС`, `ОБСЕ`). */
export const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * The acronym a name makes: the first letters of its words and hyphenated parts, folded, those of prepositions,
 * conjunctions and articles left out (`Hewlett-Packard` → `hp`, `Организация по безопасности и сотрудничеству в
 * Европе` → `обсе`); undefined for a name of one part, or one already in capitals.
 */
export function acronymOf(name: string): string | undefined {
  if (ACRONYM.test(name)) return undefined;
  const parts = name.split(/[\s\-«»"]+/u).filter((part) => /\p{L}/u.test(part) && !ACRONYM_SKIPPED.has(fold(part)));
  if (parts.length < 2 || parts.length > 6) return undefined;
  return fold(parts.map((part) => [...part][0]!).join(''));
}

/**
 * Rule `acronym of a name`: an organisation named only by an acronym (`HP`, `ФАС`) is the organisation of the same
 * document whose name's first letters spell it (`Hewlett-Packard`, `Федеральная антимонопольная служба`), wherever
 * either comes, when one organisation's name does. News introduces an acronym once and then uses either form.
 */
function joinAcronyms(
  clusters: readonly Cluster[],
  joinIntoOne: (cluster: Cluster, candidates: Iterable<Cluster>) => void,
  joined: (cluster: Cluster) => boolean,
): void {
  const byAcronym = new Map<string, Set<Cluster>>();
  for (const cluster of clusters) {
    if (cluster.type !== 'ORG') continue;
    for (const draft of cluster.drafts) {
      const acronym = acronymOf(draft.normal);
      if (acronym === undefined) continue;
      const found = byAcronym.get(acronym) ?? new Set();
      found.add(cluster);
      byAcronym.set(acronym, found);
    }
  }
  if (byAcronym.size === 0) return;
  for (const cluster of clusters) {
    if (cluster.type !== 'ORG' || !cluster.drafts.every((draft) => ACRONYM.test(draft.text))) continue;
    // Rule `acronym of another owner's body`: an acronym with its owner (`МИД | Франции`), or one that already joined
    // its full form with an owner (`МИД` ↔ `МИД Франции`), is that owner's body, not another state's spelled out
    // (`Министерство иностранных дел | Ирана`): two states' ministries share a name.
    if (joined(cluster) || cluster.drafts.some((draft) => draft.owner !== undefined)) continue;
    const named = byAcronym.get(fold(cluster.drafts[0]!.text));
    if (named) joinIntoOne(cluster, named);
  }
}

/**
 * A name contracted into one word from the roots of a longer name's words (`Минприроды`, `Госдума`, `Генштаб`, `Мосгордума`,
 * `Центризбирком`): a capital and five small letters or more.
 */
const CONTRACTED = /^\p{Lu}\p{Ll}{5,}$/u;
/** The fewest letters a root of a contraction keeps of its word (`юст` of `юстиции`, `мин` of `министерство`). */
const CONTRACTED_ROOT = 3;
/** The most letters a contraction's last root may carry past its word's shared beginning, its own ending (`природ-ы`, `энерг-о`). */
const CONTRACTED_ENDING = 2;
/** The fewest words a contraction takes roots of: one root alone is a word of the name, or another name (`Ростов`). */
const CONTRACTED_ROOTS = 2;

/**
 * Whether a contracted name (folded: `минсельхоз`) is made of the beginnings of a full name's words, in order, from its first
 * (`министерство сельского хозяйства продовольствия`, `и` and prepositions left out): each root the first three letters or more
 * of the next word, two words at least, the last root perhaps with an ending of its own (`природы` of `природных`), the name's
 * later words free (`и экологии`).
 */
export function contractionOf(contracted: string, words: readonly string[]): boolean {
  const from = (at: number, word: number): boolean => {
    if (word >= words.length) return false;
    const rest = contracted.slice(at);
    const next = words[word]!;
    let shared = 0;
    while (shared < rest.length && shared < next.length && rest[shared] === next[shared]) shared++;
    if (shared < CONTRACTED_ROOT) return false;
    if (word + 1 >= CONTRACTED_ROOTS && rest.length - shared <= CONTRACTED_ENDING && (shared === rest.length || shared < next.length)) return true;
    for (let cut = shared; cut >= CONTRACTED_ROOT; cut--) if (from(at + cut, word + 1)) return true;
    return false;
  };
  return from(0, 0);
}

/**
 * Rule `contracted name`: an organisation named by a contraction (`Минприроды`, `Минтруд`, `Госдепартамент`, `Генштаб`) is the
 * one organisation of the document whose longer name its roots begin (`Министерство природных ресурсов`, `Министерство труда`,
 * `Государственный департамент`, `Генеральный штаб`), however the longer name is worded, as Russian contracts a body's name
 * from the roots of its words; with its state after it, a body of that state or of none named; a ministry's description
 * with its state (`финское военное ведомство`) so too, by the contraction it stands for (`Минобороны`). None when two fit.
 * Longer names are looked up by their first three letters, so that the rule stays near linear in a long list of names.
 */
function joinContractions(
  clusters: readonly Cluster[],
  joinIntoOne: (cluster: Cluster, candidates: Iterable<Cluster>) => void,
  placesOf: ReadonlyMap<Cluster, ReadonlySet<string>>,
  owners: ReadonlyMap<DraftMention, string>,
): void {
  const full = new Map<string, { cluster: Cluster; words: string[] }[]>();
  for (const cluster of clusters) {
    if (cluster.type !== 'ORG') continue;
    for (const draft of cluster.drafts) {
      const words = draft.normal.split(/\s+/u).map(fold).filter((word) => !ACRONYM_SKIPPED.has(word));
      if (words.length < CONTRACTED_ROOTS) continue;
      const head = words[0]!.slice(0, CONTRACTED_ROOT);
      const list = full.get(head);
      if (list) list.push({ cluster, words });
      else full.set(head, [{ cluster, words }]);
    }
  }
  if (full.size === 0) return;
  const fitting = (cluster: Cluster, contracted: string, fits: (other: Cluster) => boolean): Cluster[] =>
    (full.get(contracted.slice(0, CONTRACTED_ROOT)) ?? []).filter(({ cluster: other, words }) => other !== cluster && fits(other) && contractionOf(contracted, words)).map(({ cluster: other }) => other);
  for (const cluster of clusters) {
    if (cluster.type !== 'ORG') continue;
    const draft = cluster.drafts.find((each) => CONTRACTED.test(each.normal));
    if (draft) {
      const place = owners.get(draft);
      joinIntoOne(cluster, fitting(cluster, fold(draft.normal), (other) => place === undefined || !placesOf.get(other)?.size || placesOf.get(other)!.has(place)));
      continue;
    }
    // A ministry's description with its state (`финское военное ведомство`: `Минобороны`) is that state's ministry named in full
    // (`Министерство обороны Финляндии`).
    const { described, place } = bodyByPlace(cluster.drafts[0]!, owners);
    if (described === undefined || place === undefined || !CONTRACTED.test(described)) continue;
    joinIntoOne(cluster, fitting(cluster, fold(described), (other) => placesOf.get(other)?.has(place) ?? false));
  }
}

/**
 * What a body's first mention says of it by a place: a place adjective before it and the body after it (`японский МИД`), the
 * body a ministry's description names (`внешнеполитическое ведомство` → `МИД`), and its state, by the adjective or the owner
 * read after it.
 */
function bodyByPlace(first: DraftMention, owners: ReadonlyMap<DraftMention, string>): {
  adjective: { body: string; place: string } | undefined; described: string | undefined; place: string | undefined;
} {
  const adjective = first.owner ? undefined : placeAdjectiveBody(first.normal);
  const described = first.owner || adjective ? BODY_DESCRIPTIONS.get(fold(adjective?.body ?? first.normal)) : undefined;
  return { adjective, described, place: adjective?.place ?? owners.get(first) };
}

/**
 * Rule `acronym of a name's head`: an organisation named by an acronym and the rest of a name (`ГУ МВД по Москве`, `СК
 * России`) is the one organisation of the document named by the words the acronym spells and the same rest (`Главное
 * управление МВД по Москве`, `Следственный комитет России`), as news shortens a long name's head and keeps its complement.
 * None when two names fit.
 */
function joinAcronymsOfHeads(clusters: readonly Cluster[], joinIntoOne: (cluster: Cluster, candidates: Iterable<Cluster>) => void): void {
  const spelled = new Map<string, Set<Cluster>>();
  const shortened: { cluster: Cluster; key: string }[] = [];
  for (const cluster of clusters) {
    if (cluster.type !== 'ORG') continue;
    for (const draft of cluster.drafts) {
      const words = ownedName(draft).split(' ');
      if (words.length < 2) continue;
      if (ACRONYM.test(words[0]!)) {
        shortened.push({ cluster, key: `${fold(words[0]!)}|${fold(words.slice(1).join(' '))}` });
        continue;
      }
      // Each head of two words or more before a rest of one word or more (`Главное управление | МВД по Москве`).
      for (let cut = 2; cut < words.length; cut++) {
        const acronym = acronymOf(words.slice(0, cut).join(' '));
        if (acronym === undefined) continue;
        const key = `${acronym}|${fold(words.slice(cut).join(' '))}`;
        const found = spelled.get(key) ?? new Set();
        found.add(cluster);
        spelled.set(key, found);
      }
    }
  }
  for (const { cluster, key } of shortened) {
    const named = spelled.get(key);
    if (named && !named.has(cluster)) joinIntoOne(cluster, named);
  }
}

/**
 * The forms by which a place or organisation named without an owner links to another mention of it: its normal form
 * (`Фольксваген` written out and the listed `Volkswagen` → `Фольксваген`) and its text as written (a name written the
 * same way twice in one article names one thing, whichever rule read it: `Бристоле` as a place and `в Бристоле`).
 * A body with its owner (`МИД | России`) links by its key alone, as its short form may be another state's body.
 */
function formsOf(draft: DraftMention): string[] {
  if (draft.owner !== undefined) return [];
  return [`${draft.type}:${fold(draft.normal)}`, `${draft.type}=${fold(draft.text)}`];
}

/**
 * Mentions of one entity written alike take one normal form: the one a rule put in the nominative (`Бристоле` →
 * `Бристоль`) over the text kept as written by another (`в Бристоле`).
 */
function settleForms(cluster: Cluster): void {
  const normalised = new Map<string, string>();
  for (const draft of cluster.drafts) if (draft.normal !== draft.text && !draft.owner) normalised.set(fold(draft.text), draft.normal);
  if (normalised.size === 0) return;
  cluster.drafts.forEach((draft, i) => {
    const normal = draft.normal === draft.text && !draft.owner ? normalised.get(fold(draft.text)) : undefined;
    if (normal !== undefined) cluster.drafts[i] = { ...draft, normal };
  });
}

/** Nouns that after a place's adjective name that place (`Молдавская республика`), folded. */
const SAME_AS_PLACE: ReadonlySet<string> = new Set(placeWordsData.sameAsPlace.map(fold));

/** A capitalised adjective made from a place's name (`Гагаузская`), its ending of `-ский` in any gender or case cut: `гагауз`. */
const PLACE_ADJECTIVE_STEM = /^(\p{Lu}[\p{L}-]{2,})(?:ск|цк)(?:ий|ая|ое|ой|ей|ую|ом|им|ого|ому)$/u;

/**
 * Joins a place named by the adjective of a place's name and a word for that same place (`Гагаузская автономия`,
 * `Молдавская республика`; data/gazetteer/place-words.json `sameAsPlace`) to the one place of the document whose
 * one-word name is made from that stem (`Гагаузия`, `Молдова`, whose listed name is `Молдавия`), or that the
 * adjective names (place-adjectives.json).
 */
function joinPlacesNamedByAdjective(clusters: readonly Cluster[], into: Map<Cluster, Cluster>, root: (cluster: Cluster) => Cluster): void {
  const places = new Map<string, Cluster>();
  for (const cluster of clusters) {
    if (cluster.type !== 'LOC') continue;
    for (const draft of cluster.drafts) for (const name of [draft.key, draft.normal]) if (name && !name.includes(' ')) places.set(fold(name), cluster);
  }
  for (const cluster of clusters) {
    if (cluster.type !== 'LOC') continue;
    const words = cluster.drafts[0]!.normal.split(' ');
    if (words.length !== 2 || !SAME_AS_PLACE.has(fold(words[1]!))) continue;
    const stem = PLACE_ADJECTIVE_STEM.exec(words[0]!)?.[1];
    if (stem === undefined) continue;
    const named = PLACE_ADJECTIVES.get(`${fold(stem)}ский`) ?? PLACE_ADJECTIVES.get(`${fold(stem)}цкий`);
    const found = new Set<Cluster>();
    if (named !== undefined && places.has(named)) found.add(root(places.get(named)!));
    for (const [name, place] of places) if (name.startsWith(fold(stem)) && name.length - stem.length <= 2) found.add(root(place));
    found.delete(root(cluster));
    if (found.size === 1) into.set(root(cluster), [...found][0]!);
  }
}

/** Descriptions of a state's ministry, folded, and its short name (`внешнеполитическое ведомство` → `МИД`). */
const BODY_DESCRIPTIONS: ReadonlyMap<string, string> = new Map(Object.entries(bodyDescriptionsData.descriptions).map(([description, body]) => [fold(description), body]));

/** A mention that describes a ministry rather than names it (`японское дипломатическое ведомство`). */
const isDescription = (draft: DraftMention): boolean => BODY_DESCRIPTIONS.has(fold(placeAdjectiveBody(draft.normal)?.body ?? draft.normal));

/** Place adjectives by lemma (`российский`), folded, and the places they name (`россия`), folded. */
const PLACE_ADJECTIVES: ReadonlyMap<string, string> = new Map(Object.entries(placeAdjectivesData.adjectives).map(([lemma, place]) => [fold(lemma), fold(place)]));

/** The lemma forms an adjective in the nominative may have (`российское`, `российская` → `российский`; `японского` is no nominative). */
const ADJECTIVE_ENDING = /(?:ий|ый|ой|ая|яя|ое|ее)$/u;

/**
 * A body's normal form that opens with a place adjective written in lower case (`российский Минсельхоз`, `японский МИД`,
 * `российское министерство финансов`): the body without it, and the place it names (`россия`).
 */
function placeAdjectiveBody(normal: string): { body: string; place: string } | undefined {
  const space = normal.indexOf(' ');
  if (space < 0) return undefined;
  const word = normal.slice(0, space);
  if (word !== word.toLowerCase() || !ADJECTIVE_ENDING.test(word)) return undefined;
  const stem = fold(word).slice(0, -2);
  const place = ['ий', 'ый', 'ой'].map((ending) => PLACE_ADJECTIVES.get(stem + ending)).find(Boolean);
  return place === undefined ? undefined : { body: normal.slice(space + 1), place };
}

/**
 * The place each organisation's owner names, folded (`РФ` → `россия`): the owner is read again as a place of its
 * own right after the body (`Минсельхоз | РФ`), whose key is the listed place it stands for.
 */
function ownerPlaces(text: string, drafts: readonly DraftMention[]): Map<DraftMention, string> {
  const places = new Map<DraftMention, string>();
  drafts.forEach((draft, i) => {
    if (draft.type !== 'ORG' || !draft.owner) return;
    const next = drafts[i + 1];
    if (next?.type === 'LOC' && next.start >= draft.end && text.slice(draft.end, next.start).trim() === '') places.set(draft, fold(next.key ?? next.normal));
  });
  return places;
}

function keyOf(draft: DraftMention): string {
  return `${draft.type}:${fold(draft.key ?? draft.normal)}`;
}

/** How many of the latest people sharing a name are tried: enough for any article, and linking stays linear. */
const CANDIDATES = 32;
/** The vowels a transliteration may render one foreign vowel by, and the shortest surname compared by them (a short one may be another's). */
const VOWELS = 'аеиоуыэюя';
const VARIANT_LENGTH = 5;

/** People by surname and by first name, latest last. */
class PersonIndex {
  private readonly byLast = new Map<string, Cluster[]>();
  private readonly byFirst = new Map<string, Cluster[]>();

  /** The latest person these parts can refer to, of the mention's gender when it shows one. */
  find(parts: PersonName, gender?: 'masc' | 'femn'): Cluster | undefined {
    // A person whose gender only the likelier reading gave is of the other too, under that reading's parts.
    const otherReading = (cluster: Cluster): boolean => gender !== undefined && cluster.gender !== gender && cluster.guess?.other.gender === gender;
    const fits = (cluster: Cluster): boolean => !gender || !cluster.gender || cluster.gender === gender || otherReading(cluster);
    if (parts.last) {
      const candidates = this.byLast.get(fold(parts.last)) ?? [];
      const alone = !parts.first;
      /** The first names of the people of this surname a surname alone may mean. */
      const firstNames = new Set<string>();
      let latest: Cluster | undefined;
      for (let i = candidates.length - 1; i >= Math.max(0, candidates.length - CANDIDATES); i--) {
        const known = otherReading(candidates[i]!) ? candidates[i]!.guess!.other.parts : candidates[i]!.parts;
        if (!(!parts.first || !known.first || sameFirstName(parts.first, known.first)) || !fits(candidates[i]!)) continue;
        if (!alone) return candidates[i];
        latest ??= candidates[i];
        if (known.first && !known.first.endsWith('.')) firstNames.add(fold(known.first));
      }
      // A surname alone where the document names two people of it (`Иса Ямадаев`, `Сулим Ямадаев`) may be either:
      // it is forced onto neither.
      return firstNames.size > 1 ? undefined : latest;
    }
    if (!parts.first || parts.first.endsWith('.')) return undefined;
    const named = this.byFirst.get(fold(parts.first)) ?? [];
    for (let i = named.length - 1; i >= Math.max(0, named.length - CANDIDATES); i--) if (fits(named[i]!)) return named[i];
    return undefined;
  }

  /**
   * The person a mention refers to, trying a surname alone in its other gender too (`Волкову` after
   * `Дарья Волкова` is her, and then reads `Волкова`), and a name alone that no one has as a first name
   * as a surname (`Гор` after `Альберт Гор`). Returns the mention as it links.
   */
  findWithAlternatives(draft: DraftMention): { cluster: Cluster; draft: DraftMention } | undefined {
    const parts = draft.parts ?? {};
    const cluster = this.find(parts, draft.gender);
    if (cluster) return { cluster, draft };
    // Rule `gender settled by the person`: a mention read in the likelier gender is, in the other, a person named before
    // whose gender shows (`Евгения Медведева вернулась` … `Евгения выступит`: her, not Евгений's genitive).
    const other = draft.otherGender && this.find(draft.otherGender.parts, draft.otherGender.gender);
    if (other && !other.guess && other.gender === draft.otherGender!.gender) return { cluster: other, draft: inOtherGender(draft) };
    const earlier = this.surnameReadAsName(parts, draft.gender);
    if (earlier) return { cluster: earlier, draft };
    const addressed = this.addressedByPatronymic(draft);
    if (addressed) return addressed;
    for (const last of draft.lastAlternatives ?? []) {
      const other = this.find({ ...parts, last }, draft.gender);
      if (other) return { cluster: other, draft: withSurname(draft, last) };
    }
    if (isNameAlone(parts)) {
      const asSurname = { ...draft, parts: { last: parts.first! } };
      const other = this.find(asSurname.parts, draft.gender);
      if (other) return { cluster: other, draft: asSurname };
      // Rule `name alone as a written surname`: a word read as a first name in an oblique case may be, as written, the
      // surname of a person named in full (`Санду` after `Майя Санду`: not Санда's accusative).
      const surface = draft.text.trim();
      if (!surface.includes(' ') && fold(surface) !== fold(parts.first!)) {
        const written = { ...draft, normal: surface, parts: { last: surface } };
        const person = this.find(written.parts, draft.gender);
        if (person) return { cluster: person, draft: written };
      }
    }
    // A word alone read as a surname (a name alone is one unless a common first name) may be the first name of a
    // person named before (`Ильхам` after `Ильхам Алиев`), as no one has a surname for a first name.
    if (isSurnameAlone(parts)) {
      const other = this.find({ first: parts.last! }, draft.gender);
      if (other) return { cluster: other, draft: { ...draft, parts: { first: parts.last! } } };
    }
    return this.findOblique(draft) ?? this.findVowelVariant(draft);
  }

  /**
   * Rule `first name and patronymic after the full name`: a first name and a word in `-ович`, `-евич` read as a
   * surname (rule `surname in -ович`) that no one has, after a man named in full by that first name and another surname,
   * are his first name and patronymic (`Владимир Жириновский` … `Владимир Вольфович`), as news addresses a person it has
   * introduced so. Undefined when no such person is indexed.
   */
  private addressedByPatronymic(draft: DraftMention): { cluster: Cluster; draft: DraftMention } | undefined {
    const { first, middle, last } = draft.parts ?? {};
    if (!first || first.endsWith('.') || middle || !last || !PATRONYMIC_ENDING.test(fold(last)) || draft.gender === 'femn') return undefined;
    const person = this.find({ first }, 'masc');
    if (!person?.parts.last || fold(person.parts.last) === fold(last) || (person.parts.middle && fold(person.parts.middle) !== fold(last))) return undefined;
    return { cluster: person, draft: { ...draft, parts: { first, middle: last } } };
  }

  /**
   * Rule `name alone before the full name`: a word alone read as a first name (`Гарсиа забил гол`) that a full name after it
   * gives as its surname (`Эрик Гарсиа`) was that person's surname, as news names a person by surname far more often than by
   * first name: the earlier person becomes the surname's, and the full name joins it. Undefined when no such person is indexed.
   */
  private surnameReadAsName(parts: PersonName, gender?: 'masc' | 'femn'): Cluster | undefined {
    if (!parts.first || parts.first.endsWith('.') || !parts.last || parts.middle) return undefined;
    const named = this.byFirst.get(fold(parts.last)) ?? [];
    for (let i = named.length - 1; i >= Math.max(0, named.length - CANDIDATES); i--) {
      const earlier = named[i]!;
      if (!isNameAlone(earlier.parts) || fold(earlier.parts.first!) !== fold(parts.last) || (gender && earlier.gender && earlier.gender !== gender)) continue;
      // A common first name alone was one (`Анна выступила`), whoever has it as a surname later.
      if (isCommonFirstName(fold(parts.last))) return undefined;
      const last = parts.last;
      earlier.parts = { last };
      earlier.drafts.forEach((mention, at) => {
        earlier.drafts[at] = { ...mention, normal: last, parts: { last } };
      });
      push(this.byLast, fold(last), earlier);
      return earlier;
    }
    return undefined;
  }

  /**
   * Rule `surname spelled with another vowel`: a surname alone of five letters or more that no one has is the one person named
   * in full whose surname differs from it by one vowel (`Бонер` after `Джон Бенер`), as a foreign name is transliterated two
   * ways in one text; no one when two people fit.
   */
  private findVowelVariant(draft: DraftMention): { cluster: Cluster; draft: DraftMention } | undefined {
    const parts = draft.parts ?? {};
    if (!isSurnameAlone(parts) || parts.last!.length < VARIANT_LENGTH) return undefined;
    const last = fold(parts.last!);
    let found: Cluster | undefined;
    for (let i = 0; i < last.length; i++) {
      if (!VOWELS.includes(last[i]!)) continue;
      for (const vowel of VOWELS) {
        if (vowel === last[i]) continue;
        for (const cluster of this.byLast.get(last.slice(0, i) + vowel + last.slice(i + 1)) ?? []) {
          if (!cluster.parts.first || cluster.parts.first.endsWith('.') || (draft.gender && cluster.gender && cluster.gender !== draft.gender)) continue;
          if (found !== undefined && found !== cluster) return undefined;
          found = cluster;
        }
      }
    }
    return found && { cluster: found, draft: withSurname(draft, found.parts.last!) };
  }

  /**
   * A surname alone in an oblique case that the dictionary could not undo (`По словам Данна` after `Питер Данн`):
   * the person whose surname is the word without a masculine case ending. Only a known person's surname is tried,
   * so no common word links.
   */
  private findOblique(draft: DraftMention): { cluster: Cluster; draft: DraftMention } | undefined {
    const parts = draft.parts ?? {};
    const surface = draft.text.split(/\s+/).at(-1)!;
    // With a first name too, where the surname stays as written (`Василия Небензи` after `Василий Небензя`): the first name
    // must then be the person's as well.
    const asWritten = parts.last !== undefined && parts.first !== undefined && !parts.middle && fold(parts.last) === fold(surface);
    const alone = isNameAlone(parts) || asWritten || (parts.last !== undefined && !parts.middle && (!parts.first || parts.first.endsWith('.')));
    if (!alone) return undefined;
    // Rule `particle kept on an oblique surname`: a surname alone with its particle (`Соратники Ле Пена` after `Жан-Мари Ле
    // Пен`) declines in its last word only, so the particle stays before each nominative tried.
    const words = parts.last?.split(' ') ?? [];
    const particle = isSurnameAlone(parts) && words.length > 1 && fold(words.at(-1)!) === fold(surface) ? `${words.slice(0, -1).join(' ')} ` : '';
    for (const nominative of obliqueNominatives(surface)) {
      const last = particle + nominative;
      const cluster = this.find({ ...(isNameAlone(parts) ? {} : parts), last }, draft.gender);
      if (cluster) return { cluster, draft: isNameAlone(parts) ? { ...draft, normal: last, parts: { last } } : withSurname(draft, last) };
    }
    return undefined;
  }

  /** Records a person under its current surname and first name (again after it learns more), and under the other forms of a surname alone. */
  add(cluster: Cluster, alternatives: readonly string[] = []): void {
    const { first, last } = cluster.parts;
    if (last) push(this.byLast, fold(last), cluster);
    const tail = last && particleTail(last);
    if (tail) push(this.byLast, fold(tail), cluster);
    if (cluster.lastUnsure) for (const other of alternatives) push(this.byLast, fold(other), cluster);
    if (first && !first.endsWith('.')) push(this.byFirst, fold(first), cluster);
    // A person whose gender is a guess is found under the other reading's names too (rule `gender settled by another mention`).
    const other = cluster.guess?.other.parts;
    if (other?.last && other.last !== last) push(this.byLast, fold(other.last), cluster);
    if (other?.first && other.first !== first && !other.first.endsWith('.')) push(this.byFirst, fold(other.first), cluster);
  }
}

/**
 * A man's surname ending in a consonant, `ь` or `й` takes these endings in the oblique cases (`Данн-а`, `Данн-у`,
 * `Данн-ом`, `Данн-е`; `Гогол-я`, `Гогол-ем`; `Шульц-ем`), and a surname in `-а`, `-я` those of a noun (`Бубк-и`,
 * `Небенз-ей`, `Небенз-е`): the nominatives a word may be an oblique form of.
 */
const OBLIQUE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ом', ['']],
  ['ем', ['', 'ь', 'й']],
  ['ой', ['а']],
  ['ей', ['я']],
  ['а', ['']],
  ['у', ['', 'а']],
  ['е', ['', 'ь', 'й', 'а', 'я']],
  ['я', ['ь', 'й']],
  ['ю', ['ь', 'й', 'я']],
  ['и', ['я', 'а']],
  ['ы', ['а']],
];

/** A man's patronymic's ending (`Вольфович`, `Сергеевич`), not the bare `-ич` of Serbian and Croatian surnames (`Радонич`). */
const PATRONYMIC_ENDING = /(?:ов|ев)ич$/;

/** The shortest stem a surname is taken to have: shorter words are too often something else. */
const MIN_STEM = 3;

function obliqueNominatives(word: string): string[] {
  const found: string[] = [];
  for (const [ending, nominatives] of OBLIQUE_ENDINGS) {
    if (!fold(word).endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
    const stem = word.slice(0, word.length - ending.length);
    // A hard ending follows a consonant (`Данн-а`), and so does a noun's (`Бубк-и`); after a vowel it belongs to the name
    // (`Гарсиа`, `Пиау`).
    for (const nominative of nominatives) if (/^[ьй]$/.test(nominative) || /[бвгджзклмнпрстфхцчшщ]$/iu.test(stem)) found.push(stem + nominative);
  }
  return found;
}

/** Lower-case particles inside a name (name-particles.json `russian`), which open the last surname of a double one. */
const LOWER_PARTICLES: ReadonlySet<string> = new Set(nameParticlesData.russian.filter((particle) => particle === particle.toLowerCase() && particle !== 'да'));

/**
 * Rule `second surname with its particle`: a double surname's last part with its particle (`де Киршнер` of `Фернандес де
 * Киршнер`) is how news names that person again, as Spanish and French double names are shortened; the tail a surname
 * alone may be, or undefined.
 */
function particleTail(last: string): string | undefined {
  const words = last.split(' ');
  for (let i = 1; i < words.length - 1; i++) if (LOWER_PARTICLES.has(words[i]!)) return words.slice(i).join(' ');
  return undefined;
}

/** A mention with its surname read in another form (the normal form ends with the surname). */
function withSurname(draft: DraftMention, last: string): DraftMention {
  const old = draft.parts?.last ?? '';
  const normal = draft.normal.endsWith(old) ? draft.normal.slice(0, draft.normal.length - old.length) + last : draft.normal;
  return { ...draft, normal, parts: { ...draft.parts, last } };
}

const isSurnameAlone = (parts: PersonName): boolean => parts.last !== undefined && !parts.first && !parts.middle;
const isNameAlone = (parts: PersonName): boolean => parts.first !== undefined && !parts.first.endsWith('.') && !parts.middle && !parts.last;

function push(index: Map<string, Cluster[]>, key: string, cluster: Cluster): void {
  const list = index.get(key);
  if (!list) index.set(key, [cluster]);
  else if (list.at(-1) !== cluster) {
    const at = list.indexOf(cluster, Math.max(0, list.length - CANDIDATES));
    if (at >= 0) list.splice(at, 1);
    list.push(cluster);
  }
}

/** `А.` is compatible with `Анна`, `Дж.` with `Джордж` (not `Дмитрий`); two full names must be equal. */
function sameFirstName(a: string, b: string): boolean {
  const lead = (name: string): string => fold(name.endsWith('.') ? name.slice(0, name.indexOf('.')) : name);
  if (a.endsWith('.') || b.endsWith('.')) return lead(a).startsWith(lead(b)) || lead(b).startsWith(lead(a));
  return fold(a) === fold(b);
}

/**
 * A surname given with a first name in a form that allows no other nominative is the person's surname in its true form:
 * it replaces one read from mentions whose form of it may be wrong, in them too: of the surname alone (`Волков` from
 * `Волкову` in the headline, `Дарья Волкова` in the lead), or a full name's with other nominatives (`Андрею Сикиле` …
 * `Андрей Сикиля`; rule `surname settled by another form`). A mention whose form may be wrong takes the person's form
 * where it is one of its nominatives. Returns the mention as it joins.
 */
function settleSurname(cluster: Cluster, draft: DraftMention): DraftMention {
  const last = draft.parts?.last;
  if (!last) return draft;
  const first = draft.parts?.first;
  const sure = (first !== undefined && !first.endsWith('.') && !(draft.lastAlternatives?.length)) || draft.lastShown === true;
  const known = cluster.parts.last;
  if (known === undefined) {
    cluster.lastUnsure = !sure;
    return draft;
  }
  if (known === last) {
    if (sure) cluster.lastUnsure = false;
    return draft;
  }
  if (cluster.lastUnsure && sure) {
    cluster.parts = { ...cluster.parts, last };
    cluster.drafts.forEach((mention, i) => {
      if (mention.parts?.last === known) cluster.drafts[i] = withSurname(mention, last);
    });
    cluster.lastUnsure = false;
    return draft;
  }
  return !sure && draft.lastAlternatives?.includes(known) ? withSurname(draft, known) : draft;
}

/** A mention read in its other gender (see {@link DraftMention.otherGender}). */
function inOtherGender(draft: DraftMention): DraftMention {
  const other = draft.otherGender!;
  const { otherGender: _, gender, ...rest } = draft;
  return { ...rest, normal: other.normal, parts: other.parts, ...(gender !== undefined ? { gender: other.gender } : {}) };
}

/**
 * Rule `gender settled by another mention`: a person whose first mention took one gender only as the likelier (`Вчера
 * Валерия Савиных`: Валерий's genitive) is of the other when a later mention shows that one (`Савиных заявила`, `Валерии
 * Савиных` is no man's) — a name's form or a verb's agreement, not another guess: the person's parts and every mention of
 * it read so take that reading. A mention showing the gender taken confirms it.
 */
function settleGender(cluster: Cluster, draft: DraftMention): void {
  const guess = cluster.guess;
  if (!guess || draft.otherGender !== undefined) return;
  // A surname alone in a form of the other reading's surname that is no form of the one taken (`Медведевой` after `Евгения
  // Медведева` read as Евгений Медведев's genitive) shows that gender as well.
  const { first, last } = draft.parts ?? {};
  const otherLast = guess.other.parts.last;
  const bySurname = !first && last !== undefined && otherLast !== undefined && guess.parts.last !== undefined && fold(last) === fold(otherLast) &&
    fold(otherLast) !== fold(guess.parts.last) && !(draft.lastAlternatives ?? []).some((other) => fold(other) === fold(guess.parts.last!));
  const gender = bySurname ? guess.other.gender : draft.gender;
  if (gender === undefined) return;
  if (gender === cluster.gender) {
    cluster.guess = undefined;
    return;
  }
  if (gender === guess.other.gender) takeOtherGender(cluster, gender);
}

/** The person read in the other gender its first mention left open (rule `gender settled by another mention`). */
function takeOtherGender(cluster: Cluster, gender: 'masc' | 'femn'): void {
  const guess = cluster.guess!;
  const parts: PersonName = { ...cluster.parts };
  for (const part of ['first', 'middle', 'last'] as const) {
    const value = guess.other.parts[part];
    if (value !== undefined && parts[part] === guess.parts[part]) parts[part] = value;
  }
  cluster.parts = parts;
  cluster.drafts.forEach((mention, i) => {
    if (mention.otherGender?.gender === gender) cluster.drafts[i] = inOtherGender(mention);
  });
  cluster.gender = gender;
  cluster.guess = undefined;
}

/** Adds the parts a person's cluster lacks; a full name replaces an initial, never the reverse. */
function mergeParts(known: PersonName, parts: PersonName): PersonName {
  const merged: PersonName = { ...known };
  for (const part of ['first', 'middle', 'last'] as const) {
    const value = parts[part];
    const old = merged[part];
    if (value !== undefined && (old === undefined || (old.endsWith('.') && !value.endsWith('.')))) merged[part] = value;
  }
  return merged;
}

const BRACKETED = /^\s*\(\s*$/;

/**
 * Rule `acronym in brackets after a body and its place`: an organisation's acronym in brackets right after an organisation
 * and the place written after it (`Ассоциация туроператоров | России (АТОР)`, `Союз журналистов | Карелии (СЖК)`) is that
 * organisation, whose place was read as a mention of its own: news introduces the acronym of a body's whole name, place included.
 */
function bracketedAfterPlace(text: string, body: DraftMention | undefined, place: DraftMention | undefined, abbreviation: DraftMention): boolean {
  if (body?.type !== 'ORG' || place?.type !== 'LOC' || abbreviation.type !== 'ORG' || place.start < body.end) return false;
  return text.slice(body.end, place.start).trim() === '' && isBracketedAbbreviation(text, place, abbreviation);
}

function isBracketedAbbreviation(text: string, name: DraftMention, abbreviation: DraftMention): boolean {
  return (
    abbreviation.text === abbreviation.text.toUpperCase() &&
    BRACKETED.test(text.slice(name.end, abbreviation.start)) &&
    text.slice(abbreviation.end, abbreviation.end + 1) === ')'
  );
}

function canonicalName(cluster: Cluster): string {
  if (cluster.type === 'PER') {
    const { first, middle, last } = cluster.parts;
    const regnal = cluster.drafts.find((draft) => draft.regnal !== undefined)?.regnal;
    const familyFirst = cluster.drafts.some((draft) => draft.familyFirst);
    const full = (familyFirst ? [last, first, middle, regnal] : [first, middle, last, regnal]).filter(Boolean).join(' ');
    return full || cluster.drafts[0]!.normal;
  }
  // The longest name, so that a full name wins over its abbreviation; a name proper, which opens with a capital,
  // over a description that opens with a common adjective (`Минсельхоз РФ`, not `российский Минсельхоз`).
  // A description of a body (`японское дипломатическое ведомство`) names it only where nothing else does.
  const named = cluster.drafts.filter((draft) => !isDescription(draft));
  const names = (named.length > 0 ? named : cluster.drafts).map(ownedName);
  const proper = names.filter((name) => /^[^\p{Ll}]/u.test(name));
  return (proper.length > 0 ? proper : names).reduce((longest, name) => (name.length > longest.length ? name : longest));
}

/** The organisation's name with its owner (`МИД России`), or the mention's normal form. */
function ownedName(draft: DraftMention): string {
  return draft.owner ? `${draft.normal} ${draft.owner}` : draft.normal;
}
