/**
 * Whose name a speaker phrase stands for: an entity inside the phrase
 * (`Президент Ильхам Алиев`, `Минобороны Азербайджана`), a pronoun's person
 * (`он`), or the person who holds the post a title names (`Дипломат` → the
 * `посол` `Рашад Мамедов`, through the roles layer and the titles before names).
 * Candidates are people who agree with the cue verb in gender (`заявила` is not
 * a man's), taken by discourse: the one mentioned most recently before the quote.
 * When nothing fits, the name is null rather than a guess.
 */
import pronouns from '../data/quotes/pronouns.json';
import bodyDescriptionsData from '../data/gazetteer/body-descriptions.json';
import type { EntityMention, Span } from '../model.js';
import { phraseNominative } from '../words/nominative.js';
import { analyses, type WordAnalysis } from '../morphology/morphology.js';
import { fold, type Word } from '../words/word.js';
import { canonicalPlace, entriesOpenedBy, gazetteer, listedOrganisationForms, lookup, placeIdsByName, stateOfCapital } from '../lexicon/gazetteer.js';
import { bodyShapeKinds } from '../lexicon/body-shapes.js';
import { placeOfAdjective } from '../roles/rules.js';
import { listedPlaceKinds } from '../roles/extract.js';
import { placeHeadTitle, kindsCovered, isDocumentNoun, isColleagueNoun, isMinistryHead, isMinistryDeputy, isDeicticComplement, isBodyNoun, isNationalityNoun, nationalityKeys, isOfficeNoun, isCallingNoun, isOrganisationKind, isOrganisationKindKey, isPossessivePronoun, listedNameGenders, isSpokesNoun, isTitleKey, isUnnamedSource, isAdditiveParticle, speechReading, isRelativeNoun, isBodyNounKey, isPersonDescription, stateOfSeat, opensMultiwordTitle, postImpliesKind, roleCovers, roleGroup } from './lexicon.js';
import { isPunctuation, isWord } from '../tokens.js';
import { pluralSubject, possessesNext, standsForLatter, type TokenRange } from './phrases.js';
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
const PRONOUNS: Readonly<Record<string, Gender>> = Object.fromEntries(
  Object.entries(pronouns.speakers.russian).map(([word, gender]) => [fold(word), gender as Gender]),
);
/** Tokens before a name searched for its title (`Чрезвычайный и полномочный посол Азербайджана в Казахстане Рашад Мамедов`). */
const TITLE_WINDOW = 10;

/** Where a post is held: the entity of its place or body, or `@` and the listed name of a place the document names only inside a body's name (`МИД России`). */
type Where = number | string;
/** What a post is of: where it is held, the folded noun of a complement no entity names, or `undefined`. */
type Post = Where | undefined;
/** A place the document names as no entity of its own (`@Россия`). */
const isPlaceKey = (post: Post): boolean => typeof post === 'string' && post.startsWith('@');

/** A mention of a person or an organisation: where, whose, in which sentence, whether it can be a subject, and whether a verb follows it as its subject's. */
interface Named {
  readonly at: number;
  readonly entity: number;
  readonly sentence: number;
  readonly subject: boolean;
  readonly acts: boolean;
  /** An organisation's grammatical gender, which a pronoun for it takes (`Еврокомиссия` → `она`, `компания «Газпром»` → `она`). */
  readonly gender?: Gender;
}

/** A person's mention: where and whose. */
interface Placed {
  readonly at: number;
  readonly entity: number;
}

/** A gender a speaker must not contradict: the cue verb's (`заявила`), a pronoun's (`он`). */
export type Gender = 'masc' | 'femn';

export class SpeakerResolver {
  /**
   * People by the titles of the posts they hold (`посол`, `глава государства`), from the roles layer and the titles before names,
   * with what their posts are of: the place or body named (`undefined` for none), and the noun of a complement no entity names
   * (`финансы` for `министр финансов`).
   */
  private readonly holders = new Map<string, Map<number, Set<Post>>>();
  /** For each title, the mentions of the people who hold it, in text order: a bare title looks for its person here. */
  private readonly holderMentions = new Map<string, Placed[]>();
  /** Every person mention: where, whose, in which sentence, and whether it can be a subject. */
  private readonly people: Named[] = [];
  /** Every organisation mention, as people's. */
  private readonly bodies: Named[] = [];
  /** Each person's mentions in text order: who was talked about last. */
  private readonly mentions = new Map<number, Placed[]>();
  /** The genders each person's names allow, and those the verbs they are the subject of allow: their names decide, their verbs narrow. */
  private readonly byName = new Map<number, ReadonlySet<Gender>>();
  private readonly byVerb = new Map<number, ReadonlySet<Gender>>();
  /** People by the keys of their mentions' last word (`брод`, `брода`). */
  private readonly surnames = new Map<string, Placed[]>();
  /** The keys of the last word of each person's mention, in text order: the misspelt index is built from them when first needed. */
  private readonly lastNames: { keys: readonly string[]; placed: Placed }[] = [];
  /** People by their long surnames' keys with one letter but the first left open (`б*нер` for `Бенер`): a misspelt mention. */
  private misspeltIndex: Map<string, Placed[]> | undefined;

  /** The misspelt index, built on its first use: few documents misspell a name, and every document paid for building it. */
  private get misspelt(): Map<string, Placed[]> {
    if (this.misspeltIndex === undefined) {
      this.misspeltIndex = new Map();
      for (const { keys, placed } of this.lastNames) for (const variant of new Set(keys.flatMap(oneLetterOpen))) append(this.misspeltIndex, variant, placed);
    }
    return this.misspeltIndex;
  }
  /** The kind nouns of each organisation's listed names (listedKinds). */
  private readonly listedKindsOf = new Map<number, readonly string[]>();
  /** The person the last quote so resolved was said by (rule `personAfterBody`). */
  private lastPerson: Resolved | null = null;
  /** The content of the last speaker's quote, while a phrase is resolved (rule `reportedNotTopic`). */
  private lastContent: readonly Span[] | undefined;
  /** People who share a surname with another person of the text (rule `relativeSharesSurname`), built when a relative first speaks. */
  private kin: Set<number> | undefined;
  /** The document's places by the name they link to, the first of each (built when a capital first speaks). */
  private placesByName: ReadonlyMap<string, number> | undefined;
  /** Organisations by the kind noun the text names them with (`компания` for `компания «Газпром»`, `министерство` for `Министерство финансов`), in text order. */
  private readonly organisationsByKind = new Map<string, Placed[]>();
  /** The kind nouns the text names each organisation with, as organisationsByKind by entity. */
  private readonly namedKinds = new Map<number, Set<string>>();
  /** The field of each organisation asked about, if it is a ministry (ministryField). */
  private readonly fields = new Map<number, string | undefined>();
  /** The kind nouns of each organisation asked about (organisationKinds). */
  private readonly kindsOf = new Map<number, ReadonlySet<string>>();
  /** The place each state body's name ends with (stateBodyPlace). */
  private readonly bodyPlaces = new Map<number, Where | undefined>();
  /** People the text gives a post (`министр финансов Антон Силуанов`). */
  private readonly titled = new Set<number>();
  /** People by the nationality noun in apposition right before their name (`чешка` for `чешку Каролину Мухову`), in text order. */
  private readonly nationals = new Map<string, Placed[]>();

  constructor(private readonly view: DocumentView) {
    const { words, mentionAt } = view;
    const colleagues: { entity: number; of: number; where: Where | undefined }[] = [];
    let previous: EntityMention | undefined;
    for (let i = 0; i < words.length; i++) {
      const mention = mentionAt[i];
      if (!mention || mention === previous) continue;
      previous = mention;
      if (mention.type === 'ORG') {
        this.recordKinds(mention, i);
        // A body's name is in the case of its first word (`Министерство финансов`).
        const subject = canBeNominative(words, i, words[i]!.token.end) && !governedBefore(words, i);
        // Rule `bodyPlaceAfter`: past the place a body's name ends with when the entity stage names it apart (`Министерство
        // здравоохранения Татарстана сообщило`).
        let next = lastWordOf(words, i, mention.end) + 1;
        const place = view.mentionAt[next];
        if (place?.type === 'LOC' && words[next]!.token.start === place.start) next = lastWordOf(words, next, place.end) + 1;
        const acts = subject && verbAfter(view, next);
        this.bodies.push({ at: mention.start, entity: mention.entity, sentence: view.sentenceOf[i]!, subject, acts, gender: acts ? bodyGender(view, i, mention.end) : undefined });
      }
      if (mention.type !== 'PER') continue;
      const last = lastWordOf(words, i, mention.end);
      const subject = canBeNominative(words, i, mention.end, true) && !this.obliqueTitleBefore(i);
      this.people.push({ at: mention.start, entity: mention.entity, sentence: view.sentenceOf[i]!, subject, acts: subject && (verbAfter(view, last + 1) || invertedSubject(view, i, last)) });
      append(this.mentions, mention.entity, { at: mention.start, entity: mention.entity });
      for (const key of words[last]!.keys) append(this.surnames, key, { at: mention.start, entity: mention.entity });
      this.lastNames.push({ keys: words[last]!.keys, placed: { at: mention.start, entity: mention.entity } });
      // What the names of every mention of the person allow, and the verbs after them (`Бут рассказала`).
      const normalFirst = view.entities[mention.entity]?.parts?.first;
      narrow(this.byName, mention.entity, gendersOf(words, i, mention.end, normalFirst === undefined ? undefined : fold(normalFirst)));
      const verb = verbGenderAfter(view, last + 1);
      if (verb) narrow(this.byVerb, mention.entity, new Set([verb]));
      // Rule `nationalityApposition`: a noun of nationality right before a name (`обыграв чешку Каролину Мухову`) describes that
      // person, whom the bare noun later stands for (`Чешка отметила`), as a title does its holder.
      if (i > 0 && isWord(words[i - 1]!) && !mentionAt[i - 1]) for (const key of nationalityKeys(words[i - 1]!)) append(this.nationals, key, { at: mention.start, entity: mention.entity });
      const { keys, context, place, complement } = this.titlesBefore(i);
      for (const key of keys) {
        this.hold(key, mention.entity, context, complement);
        if (place !== undefined) this.hold(key, mention.entity, place, undefined);
      }
      const colleague = keys.length === 0 ? this.colleagueOf(i) : undefined;
      if (colleague) colleagues.push({ entity: mention.entity, ...colleague });
    }
    // Rule `normalFirstName`: a first name whose forms are a man's and a woman's (`Валентина`, the genitive of `Валентин` too)
    // is of the gender of the nominative the entity stage gave the person (`Валентина Матвиенко`), a common first name listed so.
    for (const entity of this.mentions.keys()) {
      const first = view.entities[entity]?.parts?.first;
      const genders = first === undefined ? undefined : listedNameGenders(fold(first));
      if (genders?.size === 1) narrow(this.byName, entity, genders);
    }
    for (const role of view.roles) {
      const title = this.titleIn(role.title.start, role.title.end);
      if (title === null || view.entities[role.person]?.type !== 'PER') continue;
      const end = tokenAtOrAfter(view, role.title.end);
      this.hold(title.key, role.person, role.of ?? undefined, this.complementAfter(title.at, end, title.key));
    }
    // Rule `colleague`: a person named as another's counterpart holds the other's posts, of the same field, at the place the
    // adjective before the noun names (`белорусским коллегой Виктором Хрениным` is the `Белорусский министр`).
    for (const { entity, of, where } of colleagues) {
      for (const holders of this.holders.values()) {
        const posts = holders.get(of);
        if (posts === undefined || holders.has(entity)) continue;
        const held = new Set<Post>([where]);
        for (const post of posts) if (typeof post === 'string' && !isPlaceKey(post)) held.add(post);
        holders.set(entity, held);
      }
    }
    for (const [key, holders] of this.holders) {
      for (const entity of holders.keys()) this.titled.add(entity);
      this.holderMentions.set(key, [...holders.keys()].flatMap((entity) => this.mentions.get(entity) ?? []).sort((a, b) => a.at - b.at));
    }
  }

  /**
   * The speaker phrase's name; `last` is the previous quote's speaker, which
   * pronouns and bare titles may continue; `cue` is the cue, whose verb's gender
   * a person must not contradict. In order: a group (`Эксперты`) is
   * unnamed unless it speaks for a body it names; a person the phrase names;
   * a pronoun's person; a title's person (`глава Минсвязи` is the person
   * who holds that post, not the ministry); the body a representative or a press
   * service speaks for (`пресс-служба губернатора`); an organisation or a place
   * the phrase names; a surname the entity stage left alone; the phrase's own
   * proper words; the last speaker for a bare title or person noun (`Чиновник`).
   */
  resolve(range: TokenRange, last: Resolved | null, cue: TokenRange | null = null, quoteStart?: number, lastContent?: readonly Span[]): Resolved {
    const resolved = this.resolveAgreeing(range, last, cue, quoteStart, lastContent);
    if (resolved.person && resolved.entity !== null) this.lastPerson = resolved;
    return resolved;
  }

  private resolveAgreeing(range: TokenRange, last: Resolved | null, cue: TokenRange | null, quoteStart?: number, lastContent?: readonly Span[]): Resolved {
    this.lastContent = lastContent;
    const gender = (cue === null ? undefined : cueGender(this.view, cue)) ?? this.womanNoun(range);
    const pluralCue = cue !== null && isPluralCue(this.view, cue, range.end);
    const resolved = this.resolveIn(range, last, gender, true, quoteStart, pluralCue);
    if (resolved.name !== null || gender !== 'masc') return resolved;
    // A masculine verb agrees with a masculine title or person noun (`добавил дипломат`, said of a woman too), not
    // necessarily with whom it names: a man first, else anyone.
    const head = this.headOf(range);
    const word = head === -1 ? undefined : this.view.words[head]!;
    const nounAgreement = word !== undefined && !this.view.mentionAt[head] && isPersonNoun(word) && word.analyses[0]?.gender === 'masc';
    if (!nounAgreement) return resolved;
    const anyone = this.resolveIn(range, last, undefined, true, quoteStart);
    // Rule `masculineActing`: a woman found so is passed over for a man just named acting (`Чуланов призвал … «…», — сказал
    // врач` after a woman spoke): the verb agrees with him as well as with the noun, with her only through the noun.
    if (anyone.entity === null || !anyone.person || this.fitsGender(anyone.entity, 'masc')) return anyone;
    const at = this.view.words[range.first]!.token.start;
    return this.subjectBefore(quoteStart === undefined ? at : Math.min(at, quoteStart), (entity) => this.fitsGender(entity, 'masc'), false) ?? anyone;
  }

  /**
   * Rule `womanNoun`: a listed noun for a person that is a woman's only (`женщина`, `пенсионерка`, `актриса`; not `глава` or
   * `судья`, of either sex), when no verb tells the gender (`По словам женщины`), names no man.
   */
  private womanNoun(range: TokenRange): Gender | undefined {
    const head = this.headOf(range);
    if (head === -1 || this.view.mentionAt[head]) return undefined;
    const word = this.view.words[head]!;
    if (!isPersonDescription(word) && !isOfficeNoun(word) && !isCallingNoun(word)) return undefined;
    const readings = word.analyses.filter((reading) => reading.pos === 'NOUN' && reading.tags.includes('anim'));
    return readings.length > 0 && readings.every((reading) => reading.gender === 'femn' && !reading.tags.includes('Ms-f')) ? 'femn' : undefined;
  }

  /** `quoteStart`: where the quote's words start, when before the speaker phrase: people named inside them are not the ones talked about before. */
  private resolveIn(range: TokenRange, last: Resolved | null, verbGender: Gender | undefined, spokesman: boolean, quoteStart?: number, pluralCue = false): Resolved {
    const { words, mentionAt } = this.view;
    const at = words[range.first]!.token.start;
    const before = quoteStart === undefined ? at : Math.min(at, quoteStart);
    let organisation: EntityMention | undefined;
    let person: EntityMention | undefined;
    /** The body named before any comma: in the head's complement, not in a clause after it (`Демократы, потерявшие места в Конгрессе`). */
    let complement: EntityMention | undefined;
    let comma = false;
    const head = this.headOf(range);
    const headWord = head === -1 ? undefined : words[head]!;
    /** Rule `firstConjunct`: past `и` after the speaker's name, another speaker is named (`Ильхам Алиев и премьер-министр Армении Никол Пашинян`); the phrase names the first. */
    let joined = false;
    for (let i = range.first; i < range.end; i++) {
      const mention = mentionAt[i];
      if (words[i]!.text === ',') comma = true;
      if (person && !mention && words[i]!.folded === 'и') joined = true;
      // Rule `complementAfterHead`: the body a group speaks for is its head's complement, after it; one before it is in a
      // modifier (`Опрошенные «Интерфаксом» аналитики`: the outlet that asked them, not their employer).
      if (mention?.type === 'ORG' && !comma && (head === -1 || i > head)) complement ??= mention;
      // A person named in the head's case is the speaker (`президент Виктор Янукович`); one in another is a dependent (`конкурент Марка Цукерберга`).
      if (joined) continue;
      if (mention?.type === 'PER' && mention !== person && (!headWord || mentionAt[head] || sharesCase(this.view, headWord, i, mentionEndToken(this.view, i)))) person = mention;
      else if (mention?.type === 'ORG') organisation ??= mention;
    }
    // A group has no one name (`Врачи, прооперировавшие Гиффордс`, `Эксперты`), unless it speaks for a body (`Представители Microsoft`);
    // a head that may be singular with a person in its case is that person (`директора института Евгения Минченко`).
    // Rule `pluralCueGroup`: not with a plural cue, which a singular head cannot take (`Коллеги Громова рассказали`: `коллеги`
    // is also the genitive singular, in the case of the person after it).
    const group = headWord !== undefined && !mentionAt[head] && isPluralNoun(headWord, pluralCue) && !(person && maySingular(headWord) && !pluralCue);
    if (group) {
      if (complement) return this.named(complement.entity, false);
      // `Эксперты компании`: the body a bare kind noun after the head refers to.
      const body = head + 1 < range.end ? this.organisationOfKind(words[head + 1]!, at) : undefined;
      if (body !== undefined) return this.named(body, false);
      // Rule `groupOfBody`: a group of a body named by a kind noun alone (`Аналитики банка считают` after `Сбербанк повысил
      // ставки`) speaks for the one organisation just named acting, as a bare body noun stands for it.
      if (head + 2 === range.end && isBodyNoun(words[head + 1]!) && !mentionAt[head + 1]) {
        const acting = this.actingBefore(this.bodies, before, () => true, false);
        if (acting) return { ...acting, person: false };
      }
      return UNRESOLVED;
    }
    if (person) {
      const entity = verbGender ? this.kinOfGender(person, verbGender) : person.entity;
      // The cue agrees with the person it names (`рассказала Алла Бут`): what pronouns after it may refer to.
      if (verbGender) this.learnGender(entity, verbGender);
      return this.named(entity, true);
    }
    const fits = (entity: number): boolean => verbGender === undefined || this.fitsGender(entity, verbGender);
    // `по словам которого`: the person the relative clause is about, named last before it in its sentence.
    // A plural one (`министры, которые заявили`) stands for a group, which no one name is.
    if (range.end - range.first === 1 && words[range.first]!.analyses[0]?.lemma === 'который') {
      return words[range.first]!.analyses[0]!.number === 'plur' ? UNRESOLVED : this.antecedent(at);
    }
    // `По словам последнего`: the latter, the person of the adjective's gender named last before the phrase.
    if (range.end - range.first === 1 && standsForLatter(this.view, range.first)) return this.latter(words[range.first]!, at, fits);
    // `он`, or a possessive (`по её словам`) that the dictionary reads as an adjective.
    const pronounWord = headWord ?? words[range.first]!;
    const gender = PRONOUNS[fold(pronounWord.text)];
    if (gender) return this.pronoun(gender, at, last);
    if (range.end - range.first === 1 && isPluralPronoun(pronounWord)) return this.pluralAntecedent(at);
    // Rule `possessedPerson`: a possessive before the head (`его адвокат`) points at someone the head is related to, so the head
    // is another person; only a spokesperson or a press service named no further speaks for the possessor (`его пресс-секретарь`).
    const possessed = head > range.first && isPossessivePronoun(words[range.first]!);
    const possessor = possessed ? PRONOUNS[fold(words[range.first]!.text)] : undefined;
    if (possessed && headWord && isSpokesNoun(headWord) && head + 1 === range.end) return possessor ? this.pronoun(possessor, at, last) : UNRESOLVED;
    // `пресс-служба губернатора`, `представитель Microsoft`: whoever the phrase after the head names.
    // Rule `documentOfBody`: so do a body's document or page heading the phrase (`официальный сайт клуба`, `сообщение компании`),
    // which speak for the body after them as its press service does.
    if (spokesman && headWord && (isSpokesNoun(headWord) || (isDocumentNoun(headWord) && !mentionAt[head])) && head + 1 < range.end) {
      // A spokesperson's post the text gives someone (`Пресс-секретарь президента Дмитрий Песков`) is that person's
      // (`пресс-секретарь Кремля` later); a press service is no one's post and stays its body's.
      const spokesTitle = isPersonNoun(headWord) ? this.titleAt(head) : null;
      if (spokesTitle) {
        let context: Where | undefined;
        for (let i = head + 1; i < range.end && context === undefined; i++) context = this.contextAt(i);
        // Rule `seatOfPower`: a spokesperson of a residence (`пресс-секретарь Кремля`) whom the text gave no post there holds
        // the post in the state whose head's office it is (`пресс-секретарь президента России`).
        const seat = typeof context === 'number' ? stateOfSeat(this.view.entities[context]!.name) : undefined;
        const holder = this.role(spokesTitle, at, context, undefined, fits) ?? (seat === undefined ? null : this.role(spokesTitle, at, this.placeWhere(seat), undefined, fits));
        if (holder) return holder;
      }
      // `Пресс-служба правительства Москвы`: the body a body noun and its place name (rule `placeBody`).
      const placeBody = mentionAt[head + 1] ? null : this.placeBodyName(head + 1, range.end);
      if (placeBody) return placeBody;
      const phrase = { first: head + 1, end: range.end };
      // Rule `serviceContinues`: the last speaker goes along, so that a bare body noun there continues it as it does alone
      // (`В ГИБДД рассказали … Представитель ведомства уточнил` → the ГИБДД).
      let body = this.resolveIn(phrase, last, undefined, false);
      // Rule `serviceOfStatement`: else the body is looked for in the statement reported, as for a bare body noun (rule
      // `bodyInStatement`: `«Аэрофлот» по итогам года увеличил прибыль. Об этом сообщила пресс-служба компании`).
      if (body.entity === null && quoteStart !== undefined) body = this.resolveIn(phrase, last, undefined, false, quoteStart);
      return body.entity === null ? UNRESOLVED : { ...body, person: false };
    }
    // Rule `adjectiveTitle`: a title that opens with its adjective (`Генеральный секретарь`, `главный тренер`) is that whole title,
    // not its noun alone (`секретарь`), so that it stands for the `генсек` the text named.
    const opened = head > range.first && words[head - 1]!.analyses[0]?.pos === 'ADJF' ? this.titleAt(head - 1) : null;
    const title = head === -1 ? null : opened?.includes(' ') ? opened : this.titleAt(head);
    let context: Where | undefined;
    for (let i = range.first; i < range.end && context === undefined; i++) context = this.contextAt(i);
    if (title && context === undefined) context = this.adjectivePlace(range.first, head + title.split(' ').length + 2);
    const postOf = title ? this.complementAfter(head, range.end, title) : undefined;
    // Rule `ministryDescription`: the head of a ministry named by its description (`глава военного ведомства`) is the
    // minister of the field the ministry is of (`Минобороны` → `министр обороны`), not any minister.
    const described = title !== null && isMinistryHead(title.split(' ')[0]!) ? describedField(this.view.words, head + 1, range.end) : undefined;
    // The description itself may be linked as a body of its own (`военное ведомство`): only a place says where the minister is.
    const placeOnly = typeof context === 'number' && this.view.entities[context]?.type === 'ORG' ? undefined : context;
    const role = !title ? null : described !== undefined ? this.ministerOf(described, at, placeOnly, fits) : this.role(title, at, context, postOf, fits) ?? this.ministryHead(title, context, range, at, fits);
    if (role) return role;
    // Rule `headOfSeat`: the head of a residence (`Глава Белого дома`, `глава Кремля`) is the president of the state whose
    // head's office it is (seatsOfPower), as news names the president by the seat.
    const seat = title !== null && typeof context === 'number' && isMinistryHead(title) ? stateOfSeat(this.view.entities[context]!.name) : undefined;
    const seatHead = seat === undefined ? null : this.role('президент', at, this.placeWhere(seat), undefined, fits);
    if (seatHead) return seatHead;
    // Of no minister of that field, only someone just named acting who holds no post: not the `министр финансов` before.
    if (described !== undefined) return this.subjectBefore(before, fits, true) ?? UNRESOLVED;
    // A post with a body or a field named (`Глава Роспотребнадзора`, `Министр обороны`) right after one person who has been given no
    // post is that person's (`Анна Попова выступила на брифинге. Глава Роспотребнадзора заявила`): news names a person, then the post.
    // Not at a place named (`Американский президент` after `Владимир Путин провёл встречу` is someone else).
    const office = headWord !== undefined && !mentionAt[head] && (isOfficeNoun(headWord) || isPersonDescription(headWord)) && !(context !== undefined && (typeof context === 'string' || this.view.entities[context]?.type !== 'ORG'));
    const postHolder = (): Resolved => (office ? (this.subjectBefore(before, fits, true) ?? UNRESOLVED) : UNRESOLVED);
    // Rule `unnamedSource`: a source the text keeps unnamed is no body in its complement, the outlet it spoke to (`источник
    // РБК в правительстве`, `собеседник «Ведомостей»`) or the place it works at: no one the document names.
    if (organisation && headWord && !mentionAt[head] && isUnnamedSource(headWord)) return UNRESOLVED;
    // A person noun with a body in its complement (`создатель Facebook`, `глава Минсвязи`) is someone the post names, not the body.
    if (organisation && headWord && !mentionAt[head] && (title || isPersonNoun(headWord))) return postHolder();
    // Rule `descriptionEntity`: a body's description that the entity stage took for a name of its own (`в надзорном ведомстве`,
    // lower case as no name is) stands for the body it describes, as the bare noun does: the last one named with its kind, else
    // the one just named acting.
    if (organisation && headWord && isBodyNoun(headWord) && /^[а-яё]/.test(this.view.entities[organisation.entity]!.name)) {
      const own = organisation.entity;
      const kind = this.organisationOfKind(headWord, at);
      if (kind !== undefined && kind !== own) return this.named(kind, false);
      const acting = this.actingBefore(this.bodies, before, (entity) => entity !== own, false);
      if (acting) return { ...acting, person: false };
    }
    if (organisation) return this.named(organisation.entity, false);
    // Rule `placeBody`: a place's institution named by a body noun and the place (`правительства Москвы`, `в мэрии
    // Новосибирска`, `администрации Краснодара`), which the entity stage leaves a place alone, is that body, not the place.
    const placeBody = headWord !== undefined && !mentionAt[head] ? this.placeBodyName(head, range.end) : null;
    if (placeBody) return placeBody;
    // A place opening the phrase, or its head (`Официальный Минск`); a capital that speaks is its state (`Минск считает`).
    const opening = mentionAt[range.first];
    const place = opening?.type === 'LOC' && opening.start === at ? opening : headWord && mentionAt[head]?.type === 'LOC' ? mentionAt[head] : undefined;
    if (place) return this.stateOf(place.entity) ?? this.named(place.entity, false);
    // Rule `statementHeadBody`: a kind noun after the statement it reports is the body acting at the statement's head, named
    // there with that kind or none, whose news it is (`«Норильский никель» завершил покупку компании «Полюс». Об этом говорится
    // в сообщении компании`), before one named with the kind further in, which is what the news is about.
    if (headWord && !mentionAt[head] && quoteStart !== undefined && quoteStart < at && this.describedOnly(range, head) && (isBodyNoun(headWord) || isOrganisationKind(headWord))) {
      const opening = this.bodies[firstAtOrAfter(this.bodies, quoteStart)];
      const kinds = opening === undefined ? undefined : this.namedKinds.get(opening.entity);
      const atHead = opening !== undefined && opening.at < at && opening.acts && tokenAtOrAfter(this.view, opening.at) - tokenAtOrAfter(this.view, quoteStart) <= STATEMENT_HEAD;
      if (atHead && this.view.entities[opening.entity]?.type === 'ORG' && (!kinds || headWord.keys.some((key) => kinds.has(key)))) return this.named(opening.entity, false);
    }
    // `В компании отметили`, `концерн сообщил`: the organisation of that kind the text named last.
    const kindOf = headWord && !mentionAt[head] ? this.organisationOfKind(headWord, at) : undefined;
    // Rule `speakerOfKindContinues`: the last speaker goes on when it is an organisation that may be of that kind (named with
    // it, or with none) and spoke after the one named with the kind (`сказал гендиректор компании «Молочный край» … В пресс-службе
    // X5 Group заявили … добавили в компании`): news goes on about the body it just quoted.
    if (kindOf !== undefined && kindOf !== last?.entity && this.describedOnly(range, head) && this.continuesOfKind(headWord!, last, kindOf, at)) return last!;
    if (kindOf !== undefined) return this.named(kindOf, false);
    // Else a body noun is the one organisation just named acting (`Роскомнадзор заблокировал сайт. В ведомстве уточнили`).
    if (headWord && !mentionAt[head] && this.describedOnly(range, head) && isBodyNoun(headWord)) {
      const body = this.actingBefore(this.bodies, before, () => true, false);
      if (body) return { ...body, person: false };
      // Rule `generalBodyContinues`: a general kind noun (`ведомство`, `издание`) continues the last speaker, when that was an
      // organisation named with no kind or with one it covers (`…, сообщили в управлении МЧС. По данным ведомства, …`).
      const covered = headWord.keys.flatMap(kindsCovered);
      const kinds = last?.entity != null ? this.namedKinds.get(last.entity) : undefined;
      if (covered.length > 0 && last && !last.person && last.entity !== null && this.view.entities[last.entity]?.type === 'ORG' && (!kinds || covered.some((kind) => kinds.has(kind)))) return last;
      // Rule `kindlessOrganisation`: else the organisation named last, in its sentence or the two before, that the text named
      // with no kind at all, which may be of any (`«Яндекс» представил …, говорится в пресс-релизе компании`).
      const kindless = this.kindlessBefore(at);
      if (kindless !== undefined) return this.named(kindless, false);
      // Rule `bodyInStatement`: a body noun after the statement it reports (`Нападающий «Зенита» пропустит три недели, о чем
      // сообщил клуб`) is the one organisation the statement names with that kind or none, as news reports a body's own news.
      const inStatement = quoteStart !== undefined && quoteStart < at ? this.bodyInStatement(headWord, quoteStart, at) : undefined;
      if (inStatement !== undefined) return this.named(inStatement, false);
    }
    if (headWord && !mentionAt[head] && !possessed && isRelativeNoun(headWord)) {
      const relative = this.relative(headWord, fits);
      if (relative) return relative;
    }
    const surname = this.surname(range, at, fits, head);
    if (surname) return surname;
    const listed = this.listedAtStart(range);
    if (listed) return listed;
    const proper = this.properName(range);
    if (proper) return proper;
    if (!headWord) return UNRESOLVED;
    // A title or a person noun (`Чиновник`, `маэстро`, `российский лидер`) continues the last speaker when that one agrees;
    // an unnamed source (`собеседник агентства`) is someone the text does not name.
    const animate = headWord.analyses[0]?.tags.includes('anim') ?? false;
    if (isUnnamedSource(headWord)) return UNRESOLVED;
    // A post somewhere the document names no holder for (`Президент компании` after `президент Путин`) is someone else.
    if (postOf !== undefined) return postHolder();
    if ((!title && !animate) || possessed) return UNRESOLVED;
    // A title of somewhere (`Китайский президент`, `Президент России`) is not someone the text gave posts only elsewhere
    // (`президент Франции Эммануэль Макрон`): that one holds no post there, or the role search above would have found them.
    // Rule `placeBoundPost`: a post of the place in context (`Мэр города`, `президент страны`) is held by whoever the text gave that
    // post, whom the role search above would have found; one it gave another post (`Глава Минтранса`) is not its holder. Not a
    // body in context (`Глава организации`), nor a general title (`глава`), which heads anything.
    const key = title ? this.complementKey(head, range.end, title) : undefined;
    const placeBound = key !== undefined && isDeicticComplement(key) && !isOrganisationKindKey(key) && roleCovers(title!) === undefined;
    const fitsHere = (entity: number): boolean =>
      fits(entity) && (context === undefined || !this.postedOnlyElsewhere(entity, context)) && !(placeBound && this.titled.has(entity));
    const nationality = !mentionAt[head] && range.end - range.first === 1 && isNationalityNoun(headWord);
    if (nationality) {
      const described = closest(nationalityKeys(headWord).map((key) => this.nationals.get(key) ?? []), at, (placed) => placed.at < at && fitsHere(placed.entity));
      if (described) return this.named(described.entity, true);
    }
    // Rule `newActor`: an office noun, a description or a nationality stands for the one person named acting after the last
    // speaker's words (`Премьер добавил, что … Лидер КПРФ Геннадий Зюганов назвал планы нереалистичными. Коммунист
    // заявил, что …`): news names a new person acting, then goes on about them by what they are.
    const acting = (office || nationality) && last?.person && last.entity !== null ? this.subjectBefore(before, fitsHere, office && headWord !== undefined && isCallingNoun(headWord)) : null;
    if (acting && acting.entity !== last!.entity && this.namedSinceLastWords(acting.entity!, before)) return acting;
    if (title && last?.person && last.entity !== null && this.unnamedHolderSince(title, head, last.entity, before)) return UNRESOLVED;
    if (last?.person && last.entity !== null && fitsHere(last.entity)) return last;
    // Rule `personAfterBody`: after a body's words (`В пресс-службе вуза уточнили, …`), a title or a person noun goes on about
    // the person who spoke before the body (`«…», — добавил ученый`): a body is no person the noun could stand for.
    // One named acting since the body spoke is meant first, as after a person (rule `newActor`).
    const calling = office && headWord !== undefined && isCallingNoun(headWord);
    const spokeBefore = this.lastPerson;
    if (last && !last.person && spokeBefore?.entity != null && fitsHere(spokeBefore.entity)) {
      const actingSince = office || nationality ? this.subjectBefore(before, fitsHere, calling) : null;
      return actingSince && this.namedSinceLastWords(actingSince.entity!, before) ? actingSince : spokeBefore;
    }
    // No speaker before: an office noun is the one person just named acting (`Сергей Собянин посетил больницу. Мэр пообещал`);
    // so is a nationality noun alone (rule `nationalityContinues`: `Деян Станкович похвалил футболистов. «…», — сказал серб`).
    // A performer's calling stands for no one the text gave another post or calling (`Режиссер Андрей Кончаловский представил
    // фильм. «…», — признался актер`: someone in the film), as one it gave that calling the role search above has found.
    return office || nationality ? (this.subjectBefore(before, fitsHere, calling) ?? UNRESOLVED) : UNRESOLVED;
  }

  /**
   * Rule `describedBody`: the phrase is its head alone, or the head after adjectives only (`Европейский регулятор`,
   * `Антимонопольное ведомство`): a description, which stands for a body as the bare noun does, the adjectives no name.
   */
  private describedOnly(range: TokenRange, head: number): boolean {
    if (head !== range.end - 1) return false;
    for (let i = range.first; i < head; i++) {
      if (this.view.mentionAt[i] || !this.view.words[i]!.analyses.some((reading) => reading.pos === 'ADJF')) return false;
    }
    return true;
  }

  /**
   * Rule `relativeSharesSurname`: a relative named by kinship (`Супруга «оружейного барона»`, `Вдова бизнесмена`) is the one
   * person of the noun's sex whose surname another person of the text bears, as relatives share one (`Алла Бут`, the wife of
   * `Виктор Бут`), of several the one the text gives no post; null for none or several.
   */
  private relative(noun: Word, fits: (entity: number) => boolean): Resolved | null {
    const reading = noun.analyses.find((candidate) => candidate.pos === 'NOUN');
    if (!reading || reading.tags.includes('Ms-f') || (reading.gender !== 'masc' && reading.gender !== 'femn')) return null;
    const gender = reading.gender as Gender;
    if (this.kin === undefined) {
      this.kin = new Set();
      for (const placed of this.surnames.values()) {
        const entities = new Set(placed.map((entry) => entry.entity));
        if (entities.size > 1) for (const entity of entities) this.kin.add(entity);
      }
    }
    const candidates = [...this.kin].filter((entity) => this.byName.get(entity)?.size === 1 && this.fitsGender(entity, gender) && fits(entity));
    // Of several, the one the text gives no post: the relative is named by kinship to one who holds it (`Сын бывшего губернатора`).
    const untitled = candidates.length > 1 ? candidates.filter((entity) => !this.titled.has(entity)) : candidates;
    return untitled.length === 1 ? this.named(untitled[0]!, true) : null;
  }

  /**
   * Rule `introducedSpeaker`: a quote with no attribution and no speaker before it, right after a sentence whose one subject,
   * a person, acts by a verb of speech (`Директор школы Ирина Козлова рассказала о новом учебном годе. «…»`), is that
   * person's, as news introduces whom it quotes; the mention is the speaker phrase. Null for none or several.
   */
  introduced(at: number): { resolved: Resolved; start: number; end: number } | null {
    const { view } = this;
    const sentence = view.sentenceOf[tokenAtOrAfter(view, at)]!;
    let found: Named | undefined;
    const end = firstAtOrAfter(this.people, at);
    for (let k = end - 1; k >= Math.max(0, end - LOOKAROUND); k--) {
      const person = this.people[k]!;
      if (person.sentence < sentence - 1) break;
      if (person.sentence !== sentence - 1 || !person.subject) continue;
      if (found && found.entity !== person.entity) return null;
      found = person;
    }
    if (!found?.acts) return null;
    const first = tokenAtOrAfter(view, found.at);
    const mention = view.mentionAt[first]!;
    if (!speechVerbAfter(view, lastWordOf(view.words, first, mention.end) + 1)) return null;
    return { resolved: this.named(found.entity, true), start: mention.start, end: mention.end };
  }

  /** Whether the text gives the person posts at places or bodies it names, none of them at `place`. */
  private postedOnlyElsewhere(entity: number, place: Where): boolean {
    let elsewhere = false;
    for (const holders of this.holders.values()) {
      for (const post of holders.get(entity) ?? []) {
        if (post === place) return false;
        if (typeof post === 'number' || isPlaceKey(post)) elsewhere = true;
      }
    }
    return elsewhere;
  }

  /**
   * The one person named in the sentence before `at` or earlier in its own as the subject of a verb (`Сергей Собянин посетил`),
   * of a gender that fits: an office noun refers back to them. Two people who may be subjects (`Макрон и Меркель провели
   * встречу`) leave it open; with `untitled`, a person the text gives a post already holds no other.
   */
  private subjectBefore(at: number, fits: (entity: number) => boolean, untitled: boolean): Resolved | null {
    return this.actingBefore(this.people, at, fits, untitled);
  }

  /** Of `named` (people, or organisations), the one named in the sentence before `at` or earlier in its own as the subject of a verb, as subjectBefore. */
  private actingBefore(named: readonly Named[], at: number, fits: (entity: number) => boolean, untitled: boolean): Resolved | null {
    const sentence = this.view.sentenceOf[tokenAtOrAfter(this.view, at)]!;
    let found: number | undefined;
    const subjects = new Set<number>();
    const end = firstAtOrAfter(named, at);
    for (let k = end - 1; k >= Math.max(0, end - LOOKAROUND); k--) {
      const person = named[k]!;
      if (person.sentence < sentence - 1) break;
      if (!person.subject || !fits(person.entity)) continue;
      subjects.add(person.entity);
      if (person.acts) found = person.entity;
    }
    // Another person who may be a subject (`Иван Петров и Пётр Сидоров провели`) leaves it open.
    if (found === undefined || subjects.size > 1 || (untitled && this.titled.has(found))) return null;
    return this.named(found, named === this.people);
  }

  /** Whether the person is named between the end of the last speaker's words and `at` (rule `newActor`). */
  /**
   * Rule `unnamedHolder`: a title of the phrase's group stood alone as a subject since the last speaker's words (`Задержанный
   * вину признал частично. По словам подозреваемого, …`): the text goes on about that unnamed person, not the last speaker.
   * Reads the words from the last speaker's words to the phrase's head, which the next phrase reads no more.
   */
  private unnamedHolderSince(title: string, head: number, last: number, at: number): boolean {
    const words = this.lastContent;
    if (words === undefined || words.length === 0) return false;
    const group = new Set(roleGroup(title));
    // Only when the last speaker was described otherwise right before their name (`Пострадавший таксист Алексей Громов`): one
    // named bare may be the very one the title then stands for (`Иван Петров заявил … Чиновник также поручил …`).
    const mentions = this.mentions.get(last) ?? [];
    const named = mentions[Math.max(0, firstAtOrAfter(mentions, at) - 1)];
    const k = named === undefined ? -1 : tokenAtOrAfter(this.view, named.at) - 1;
    const described = k >= 0 && isWord(this.view.words[k]!) && !this.view.mentionAt[k] && ['NOUN', 'ADJF', 'PRTF'].includes(this.view.words[k]!.analyses[0]?.pos ?? '');
    if (!described || this.view.words[k]!.keys.some((key) => group.has(key))) return false;
    for (let i = tokenAtOrAfter(this.view, words[words.length - 1]!.end); i < head; i++) {
      const word = this.view.words[i]!;
      if (!isWord(word) || this.view.mentionAt[i] || this.view.mentionAt[i + 1]?.type === 'PER' || !word.keys.some((key) => group.has(key))) continue;
      if (!word.analyses.some((reading) => reading.case === 'nomn')) continue;
      // Its verb within a few words, past an object or an adverb (`Задержанный вину признал`), before any mark or name.
      for (let j = i + 1; j < Math.min(head, i + 4) && isWord(this.view.words[j]!) && !this.view.mentionAt[j]; j++) {
        if (this.view.words[j]!.analyses[0]?.pos === 'VERB') return true;
      }
    }
    return false;
  }

  private namedSinceLastWords(entity: number, at: number): boolean {
    const words = this.lastContent;
    if (words === undefined || words.length === 0) return false;
    const since = words[words.length - 1]!.end;
    return (this.mentions.get(entity) ?? []).some((placed) => placed.at >= since && placed.at < at);
  }

  /**
   * The person named last before `at` of a gender `word` (`последний`, `последняя`, `тот`) may take, and that `fits`
   * too; a plural stands for a group, which no one name is.
   */
  private latter(word: Word, at: number, fits: (entity: number) => boolean): Resolved {
    const readings = word.analyses.filter((reading) => reading.pos === 'ADJF');
    if (readings.some((reading) => reading.number === 'plur')) return UNRESOLVED;
    // A neuter form that is no masculine one too (`то`) stands for no person.
    const genders = new Set<Gender>(readings.flatMap((reading) => (reading.gender === 'femn' || reading.gender === 'masc' ? [reading.gender] : [])));
    const k = firstAtOrAfter(this.people, at) - 1;
    for (let j = k; j >= Math.max(0, k - LOOKAROUND); j--) {
      const entity = this.people[j]!.entity;
      if ([...genders].some((gender) => this.fitsGender(entity, gender)) && fits(entity)) return this.named(entity, true);
    }
    return UNRESOLVED;
  }

  /**
   * Rule `pluralPronoun`: `они`, `их` stand for the plural subject before them, in their sentence or the one before, and name
   * whom that phrase names (`Представители Роскосмоса не подтвердили … Они лишь сказали, что …` → Роскосмос; `Эксперты …`:
   * no one). A pronoun subject there refers further back, which is not followed.
   */
  private pluralAntecedent(at: number): Resolved {
    const { view } = this;
    const token = tokenAtOrAfter(view, at);
    const s = view.sentenceOf[token]!;
    for (const sentence of [s, s - 1]) {
      if (sentence < 0) continue;
      const { first, end } = view.sentenceTokens[sentence]!;
      const subject = pluralSubject(view, first, sentence === s ? token : end);
      if (!subject || (subject.end - subject.first === 1 && isPluralPronoun(view.words[subject.first]!))) continue;
      // Rule `pluralOfPeople`: people joined by `и` (`Решетников и Набиуллина выступили … Они заявили`) are a group, which no one name is.
      const people = new Set<number>();
      for (let i = subject.first; i < subject.end; i++) if (view.mentionAt[i]?.type === 'PER') people.add(view.mentionAt[i]!.entity);
      if (people.size > 1) return UNRESOLVED;
      return this.resolveIn(subject, null, undefined, true);
    }
    return UNRESOLVED;
  }

  /** The person named last before `at` in its sentence: a relative pronoun's antecedent. */
  private antecedent(at: number): Resolved {
    const sentence = this.view.sentenceOf[tokenAtOrAfter(this.view, at)]!;
    const k = firstAtOrAfter(this.people, at) - 1;
    const person = k >= 0 ? this.people[k]! : undefined;
    return person && person.sentence === sentence ? this.named(person.entity, true) : UNRESOLVED;
  }

  /**
   * A name the entity stage did not take (`Тифензее`, `zyalt`, `Roem.ru`): the phrase's last run of proper words, in the nominative.
   * A place or body the entity stage knows is not such a name (`Президент Казахстана` is not Kazakhstan).
   */
  private properName(range: TokenRange): Resolved | null {
    const { words, text, mentionAt } = this.view;
    // A capitalised word right after an opening quotation mark is a name as news writes a body's (`«Аэрофлот» сообщил`), at a sentence's start too.
    const quoted = (i: number): boolean => words[i]!.shape === 'title' && i > 0 && isPunctuation(words[i - 1]!, '«"„“');
    const proper = (i: number): boolean => (isProper(words[i]!) || quoted(i)) && !mentionAt[i];
    let end = range.end;
    while (end > range.first && !proper(end - 1)) end--;
    let first = end;
    while (first > range.first && (proper(first - 1) || (words[first - 1]!.text === '.' && first - 1 > range.first && proper(first - 2)))) first--;
    if (first === end) return null;
    const run = words.slice(first, end);
    const name = run.every((word) => word.latin || word.token.kind !== 'word') ? text.slice(run[0]!.token.start, run.at(-1)!.token.end) : phraseNominative(run.filter((word) => word.token.kind === 'word'));
    return { name, entity: null, person: false };
  }

  /**
   * Rule `listedAtStart`: a speaker of one capitalised word at a sentence's start that the entity stage left to the common
   * noun it may also be (`Кремль сообщил`, read as a kremlin) is the name the gazetteer lists for that word, as a thing
   * named by a common noun does not speak: a speech verb's subject is a person or a body.
   */
  private listedAtStart(range: TokenRange): Resolved | null {
    const word = this.view.words[range.first]!;
    if (range.end - range.first !== 1 || !word.sentenceStart || word.shape !== 'title' || this.view.mentionAt[range.first]) return null;
    const entry = entriesOpenedBy(word).find((listed) => listed.words.length === 1 && !listed.abbreviation);
    return entry ? { name: entry.canonical, entity: null, person: false } : null;
  }

  private named(entity: number, person: boolean): Resolved {
    return { name: this.view.entities[entity]!.name, entity, person };
  }

  /** Records the kind nouns an organisation's mention at token `i` is named with: the word before it (and its quotation marks), and its own first word. */
  private recordKinds(mention: EntityMention, i: number): void {
    const { words } = this.view;
    let before = i - 1;
    while (before >= 0 && isPunctuation(words[before]!, '«"„“')) before--;
    // Rule `nameHeadKind`: also the noun that heads the name after its adjectives (`Мещанский районный суд Москвы` is a `суд`).
    let head = i;
    // An adjective whose first reading is a surname is still one before the kind noun (`Тверской суд`, `Басманный суд`).
    while (head < words.length && words[head]!.token.start < mention.end && !isOrganisationKind(words[head]!) && words[head]!.analyses.some((reading) => reading.pos === 'ADJF')) head++;
    const named = head > i && head < words.length && words[head]!.token.start < mention.end ? words[head] : undefined;
    // Rule `listedKind`: also the kind nouns of the body's listed full names (`министерство` of `МИД России`, the `Министерство
    // иностранных дел России`), as a text goes on about a body named by its abbreviation by its kind (`В министерстве заявили`).
    for (const key of this.listedKinds(mention.entity)) append(this.organisationsByKind, key, { at: mention.start, entity: mention.entity });
    for (const word of [words[before], words[i], named]) {
      if (!word || !isOrganisationKind(word)) continue;
      for (const key of word.keys) {
        append(this.organisationsByKind, key, { at: mention.start, entity: mention.entity });
        let kinds = this.namedKinds.get(mention.entity);
        if (!kinds) this.namedKinds.set(mention.entity, (kinds = new Set()));
        kinds.add(key);
      }
    }
  }

  /** The folded kind nouns of an organisation's listed names (rule `listedKind`), none for one the gazetteer does not list. Remembered per entity. */
  private listedKinds(entity: number): readonly string[] {
    let kinds = this.listedKindsOf.get(entity);
    if (kinds) return kinds;
    const found = new Set<string>();
    const name = this.view.entities[entity]?.name;
    for (const form of name === undefined ? [] : listedOrganisationForms(name)) {
      for (const word of form.split(' ')) if (isOrganisationKindKey(fold(word))) found.add(fold(word));
    }
    // Rule `shapeKind`: a body named by its short name is referred back to by the kind its shape gives (`Мосгорсуд` … `суда`).
    for (const kind of name === undefined ? [] : bodyShapeKinds(fold(name))) found.add(fold(kind));
    this.listedKindsOf.set(entity, (kinds = [...found]));
    return kinds;
  }

  /**
   * The organisation a bare, singular kind noun refers to (`компании`, `концерн`): the last one named with that
   * kind before `at`, or undefined.
   */
  private organisationOfKind(word: Word, at: number): number | undefined {
    const reading = word.analyses[0];
    if (!reading || reading.pos !== 'NOUN' || reading.number === 'plur') return undefined;
    let found: Placed | undefined;
    // Rule `kindHypernym`: a general kind noun stands for an organisation named with a kind it covers (`издание`: a `газета`).
    for (const key of [...word.keys, ...word.keys.flatMap(kindsCovered)]) {
      const list = this.organisationsByKind.get(key);
      if (!list) continue;
      const low = firstAtOrAfter(list, at);
      if (low > 0 && (!found || list[low - 1]!.at > found.at)) found = list[low - 1];
    }
    return found?.entity;
  }

  /**
   * Whether the last speaker, an organisation of no kind or of `noun`'s, spoke later than the mention of `other` nearest before
   * `at`, the organisation named with the kind (rule `speakerOfKindContinues`).
   */
  private continuesOfKind(noun: Word, last: Resolved | null, other: number, at: number): boolean {
    const spoke = this.lastContent?.[0]?.start;
    if (!last || last.person || last.entity === null || spoke === undefined || this.view.entities[last.entity]?.type !== 'ORG') return false;
    const kinds = this.organisationKinds(last.entity);
    if (kinds.size > 0 && !noun.keys.some((key) => kinds.has(key))) return false;
    const end = firstAtOrAfter(this.bodies, at);
    for (let k = end - 1; k >= Math.max(0, end - LOOKAROUND); k--) if (this.bodies[k]!.entity === other) return this.bodies[k]!.at < spoke;
    return false;
  }

  /**
   * The organisation named last before `at` as the subject of a verb (`«Яндекс» представил`), in its sentence or the two
   * before, if the text names it with no kind noun anywhere; a body named otherwise there (`по МСФО`) is passed over.
   */
  private kindlessBefore(at: number): number | undefined {
    const sentence = this.view.sentenceOf[tokenAtOrAfter(this.view, at)]!;
    const end = firstAtOrAfter(this.bodies, at);
    for (let k = end - 1; k >= Math.max(0, end - LOOKAROUND); k--) {
      const body = this.bodies[k]!;
      if (body.sentence < sentence - 2) return undefined;
      if (!body.acts || this.view.entities[body.entity]?.type !== 'ORG') continue;
      return this.namedKinds.has(body.entity) ? undefined : body.entity;
    }
    return undefined;
  }

  /** The one organisation named in `[from, at)` with no kind or with `noun`'s (bodyInStatement); undefined for none or several. */
  private bodyInStatement(noun: Word, from: number, at: number): number | undefined {
    let found: number | undefined;
    const start = tokenAtOrAfter(this.view, from);
    for (let k = firstAtOrAfter(this.bodies, from); k < this.bodies.length && this.bodies[k]!.at < at; k++) {
      const { entity } = this.bodies[k]!;
      if (entity === found || this.view.entities[entity]?.type !== 'ORG') continue;
      const kinds = this.namedKinds.get(entity);
      if (kinds && !noun.keys.some((key) => kinds.has(key))) continue;
      // One named with no kind counts only at the statement's head (`«Северсталь» сократила …`, `Нападающий «Зенита» пропустит
      // …`), as news puts the body whose news it is first; one further on is what the news is about (`Кредит на 5 млрд рублей
      // получил «Уралмаш», сообщил банк`: the borrower, not the bank).
      if (!kinds && tokenAtOrAfter(this.view, this.bodies[k]!.at) - start > STATEMENT_HEAD) continue;
      if (found !== undefined) return undefined;
      found = entity;
    }
    return found;
  }

  /**
   * The name of the body a singular body noun at `head` and the place right after it name, before `end` (`мэрии Москвы` →
   * `Мэрия Москвы`; placeBodies in the gazetteer), the place kept as written; null for any other phrase.
   */
  private placeBodyName(head: number, end: number): Resolved | null {
    const { words, mentionAt, text } = this.view;
    const word = words[head]!;
    const place = mentionAt[head + 1];
    if (place?.type !== 'LOC' || words[head + 1]!.token.start !== place.start || tokenAtOrAfter(this.view, place.end) > end) return null;
    const singular = word.analyses.some((reading) => reading.pos === 'NOUN' && reading.number !== 'plur' && gazetteer().placeBodies.has(reading.key));
    if (!singular) return null;
    const body = phraseNominative([word], 0);
    return { name: `${body.charAt(0).toUpperCase()}${body.slice(1)} ${text.slice(place.start, place.end)}`, entity: null, person: false };
  }

  /** The state whose capital the place is (`Минск` → `Белоруссия`): the document's entity of it, else its listed name; null for any other place. */
  private stateOf(place: number): Resolved | null {
    const state = stateOfCapital(this.view.entities[place]!.name);
    if (state === undefined) return null;
    // Indexed once: a document of a thousand places quoting capitals stays linear.
    this.placesByName ??= placeIdsByName(this.view.entities);
    const entity = this.placesByName.get(state);
    return entity === undefined ? { name: state, entity: null, person: false } : this.named(entity, false);
  }

  /**
   * The place a place adjective in `[first, end)` names (`Французский президент`, `глава российского государства`): the
   * document's entity of it, or its key (`@Россия`) when the document names it only inside a body's name; undefined for none.
   * A title's holder must hold the post there, as with a place the phrase names (`Президент Франции`).
   */
  private adjectivePlace(first: number, end: number): Where | undefined {
    const { words, mentionAt } = this.view;
    for (let i = first; i < Math.min(end, words.length); i++) {
      const word = words[i]!;
      if (!isWord(word) || mentionAt[i] || (word.shape !== 'lower' && !(word.shape === 'title' && word.sentenceStart))) continue;
      const place = placeOfAdjective(word);
      if (place === undefined) continue;
      return this.placeWhere(place);
    }
    return undefined;
  }

  /** Where a listed place is: the document's entity of it, else its key (`@Россия`). */
  private placeWhere(place: string): Where {
    this.placesByName ??= placeIdsByName(this.view.entities);
    const name = canonicalPlace(place);
    return this.placesByName.get(name) ?? `@${name}`;
  }

  /**
   * Rule `stateBodyPlace`: the place a state body's name ends with (`МИД России`, `Минобороны Азербайджана`, `правительство
   * Франции`), where a post at that body is held too (`Российский министр` is the `глава МИД России`); undefined for another
   * body (`Банк России`'s president is not Russia's). Remembered per entity.
   */
  private stateBodyPlace(entity: number): Where | undefined {
    if (this.bodyPlaces.has(entity)) return this.bodyPlaces.get(entity);
    let found: Where | undefined;
    const mention = this.view.entities[entity]?.mentions[0];
    if (mention?.type === 'ORG') {
      const { words } = this.view;
      const first = tokenAtOrAfter(this.view, mention.start);
      const { ministries, placeBodies } = gazetteer();
      if (words[first]!.keys.some((key) => ministries.has(key) || placeBodies.has(key))) {
        for (let i = first + 1; i < words.length && words[i]!.token.start < mention.end && found === undefined; i++) {
          const listed = lookup(words, i);
          if (listed?.entry.type === 'LOC') found = this.placeWhere(listed.entry.canonical);
        }
      }
    }
    this.bodyPlaces.set(entity, found);
    return found;
  }

  /** The phrase's first noun or pronoun that no preposition governs, past a possessive (`его адвокат`). */
  private headOf(range: TokenRange): number {
    // Rule `participleHead`: a phrase opening with a participle (`Опрошенные «Интерфаксом» аналитики`) is headed by the noun the
    // participle agrees with; the nouns between are its complement or agent, which name no speaker.
    const opening = this.view.words[range.first]!.analyses[0];
    const participle = opening?.pos === 'PRTF' ? this.view.words[range.first]!.analyses.filter((reading) => reading.pos === 'PRTF') : undefined;
    for (let i = range.first; i < range.end; i++) {
      const pos = this.view.words[i]!.analyses[0]?.pos;
      if (pos === 'PREP' && !participle) return -1;
      if (possessesNext(this.view, i, range.end)) continue;
      if (participle && i > range.first && (this.view.words[i - 1]!.analyses[0]?.pos === 'PREP' || !this.view.words[i]!.analyses.some((noun) => participle.some((p) => p.case === noun.case && p.number === noun.number && (p.number === 'plur' || p.gender === noun.gender))))) continue;
      // A title that is a participle or adjective by origin is the head too (`Нападающий`, `Управляющий`).
      if (pos === 'NOUN' || pos === 'NPRO' || this.view.words[i]!.keys.some(isTitleKey)) return i;
    }
    return -1;
  }

  /** A person the entity stage knows by a surname written in the phrase (`Брода` for `Александр Брод`), of the cue's gender. */
  private surname(range: TokenRange, at: number, fits: (entity: number) => boolean, head: number): Resolved | null {
    const lists: (readonly Placed[])[] = [];
    const headWord = head === -1 ? undefined : this.view.words[head]!;
    for (let i = range.first; i < range.end; i++) {
      const word = this.view.words[i]!;
      // In the head's case only, as a person named in the phrase.
      if (word.shape !== 'title' || (headWord && i !== head && !sharesCase(this.view, headWord, i, i + 1))) continue;
      for (const key of word.keys) lists.push(this.surnames.get(key) ?? []);
    }
    const found = closest(lists, at, (placed) => fits(placed.entity));
    return found ? this.named(found.entity, true) : this.misspeltSurname(range, fits);
  }

  /**
   * A long surname the text misspells once (`Бонера` for `Маркус Бенер`): one letter but the first differs from one known
   * person's surname, and from no other's. A letter added or dropped is no typo (`Иванов`, `Иванова` are a man and a woman).
   */
  private misspeltSurname(range: TokenRange, fits: (entity: number) => boolean): Resolved | null {
    const { words, mentionAt } = this.view;
    let found: number | undefined;
    for (let i = range.first; i < range.end; i++) {
      const word = words[i]!;
      if (word.shape !== 'title' || mentionAt[i] || word.folded.length < MISSPELT_LENGTH || !isProper(word)) continue;
      for (const variant of word.keys.flatMap(oneLetterOpen)) {
        for (const placed of (this.misspelt.get(variant) ?? []).slice(0, LOOKAROUND)) {
          if (!fits(placed.entity)) continue;
          if (found !== undefined && found !== placed.entity) return null;
          found = placed.entity;
        }
      }
    }
    return found === undefined ? null : this.named(found, true);
  }

  /**
   * The person a surname alone names when the cue's gender rules out the one it was linked to: relatives share a
   * surname (`Бут рассказала` is Алла Бут, not her husband Виктор Бут named just before), so the nearest person of that
   * surname who agrees with the cue. Any other mention names whom it was linked to.
   */
  private kinOfGender(mention: EntityMention, gender: Gender): number {
    const parts = mention.parts;
    const alone = parts?.last !== undefined && (!parts.first || parts.first.endsWith('.')) && !parts.middle;
    if (!alone || this.fitsGender(mention.entity, gender)) return mention.entity;
    const { words } = this.view;
    const first = tokenAtOrAfter(this.view, mention.start);
    const last = lastWordOf(words, first, mention.end);
    const lists = words[last]!.keys.map((key) => this.surnames.get(key) ?? []);
    const found = closest(lists, mention.start, (placed) => placed.entity !== mention.entity && this.fitsGender(placed.entity, gender));
    return found ? found.entity : mention.entity;
  }

  /**
   * A pronoun's person, of its gender: a person named as a subject in this sentence or the one
   * before (`Владимир Беспалов опроверг эту информацию. Он заявил …`), else the
   * last speaker, else the nearest person named before.
   */
  private pronoun(gender: Gender, at: number, last: Resolved | null): Resolved {
    const fits = (entity: number): boolean => this.fitsGender(entity, gender);
    const sentence = this.view.sentenceOf[tokenAtOrAfter(this.view, at)]!;
    let nearest: number | undefined;
    const before = firstAtOrAfter(this.people, at);
    // Rule `reportedNotTopic`: a person named inside the last speaker's words (`Лавров заявил, что Керри предложил план`) is what
    // the speaker spoke of, not whom the text goes on about: a pronoun after them continues the speaker (`По его словам`).
    const continues = last?.person === true && last.entity !== null && fits(last.entity);
    const reported = (at: number): boolean => continues && (this.lastContent ?? []).some((piece) => piece.start <= at && at < piece.end);
    for (let k = before - 1; k >= Math.max(0, before - LOOKAROUND); k--) {
      const person = this.people[k]!;
      if (!fits(person.entity) || reported(person.at)) continue;
      nearest ??= person.entity;
      if (person.sentence < sentence - 1) break;
      if (person.subject) return this.named(person.entity, true);
    }
    // Rule `organisationPronoun`: with no person of its gender the subject here or just before, a pronoun stands for the
    // organisation of its grammatical gender that acted just before (`Еврокомиссия одобрила сделку. Она заявила, что …`).
    const body = this.bodyActingBefore(gender, at, sentence);
    if (body !== undefined) return this.named(body, false);
    if (last?.person && last.entity !== null && fits(last.entity)) return last;
    return nearest === undefined ? UNRESOLVED : this.named(nearest, true);
  }

  /** The latest organisation before `at`, in its sentence or the one before, that is the subject of a verb, of grammatical `gender`. */
  private bodyActingBefore(gender: Gender, at: number, sentence: number): number | undefined {
    const end = firstAtOrAfter(this.bodies, at);
    for (let k = end - 1; k >= Math.max(0, end - LOOKAROUND); k--) {
      const body = this.bodies[k]!;
      if (body.sentence < sentence - 1) return undefined;
      if (body.acts) return body.gender === gender ? body.entity : undefined;
    }
    return undefined;
  }

  /**
   * The person who holds a post of the title's group (with the same place or body, when both name one; of a gender
   * the cue allows): of several, the one mentioned last before `at`, else the first mentioned after it.
   */
  private role(title: string, at: number, context: Where | undefined, complement: string | undefined, fits: (entity: number) => boolean): Resolved | null {
    const group = roleGroup(title);
    // A general title or a periphrasis names posts one way (`дипломат` the `госсекретарь`), some only at the place it names (`Глава ООН`).
    const covers = roleCovers(title);
    const covered = covers ? covers.titles.filter((key) => !group.includes(key)) : [];
    // A kind of organisation as the complement (`основатель компании`, `глава банка`) points at an organisation in context, as
    // `страны` points at a place (rule `organisationComplement`): a holder of the post at an organisation the text named.
    const atOrganisation = complement !== undefined && isOrganisationKindKey(complement);
    if (covers?.samePlace && context === undefined && !atOrganisation) covered.length = 0;
    const keys = [...group, ...covered];
    const ofOrganisation = (posts: ReadonlySet<Post>): boolean => {
      for (const post of posts) if (typeof post === 'number' && this.view.entities[post]?.type === 'ORG') return true;
      return false;
    };
    const holds = (entity: number): boolean =>
      keys.some((key, k) => {
        const posts = this.holders.get(key)?.get(entity);
        if (posts === undefined) return false;
        // Rule `headOfKind`: `Глава агентства` heads the agency the text named, by the kind it was named with or listed under
        // (`МАГАТЭ`, the `Международное агентство по атомной энергии`), not any body at all.
        // Rule `postKind`: a post held at one kind of organisation only heads one of that kind (`Ректор ТПУ` is the `глава вуза`).
        // Rule `ministryField`: the `Глава Минздрава` is the `министр здравоохранения` named before.
        if (k >= group.length && covers!.samePlace) return context === undefined ? this.atKind(posts, complement!) || postImpliesKind(key, complement!) : posts.has(context) || this.fieldPost(posts, context) || this.kindPost(posts, context);
        // `Премьер-министр Израиля` is not the `премьер-министр Великобритании` named before,
        // nor `Министр образования` the `министр финансов`.
        return (context === undefined || posts.has(undefined) || posts.has(context)) && (complement === undefined || posts.has(complement) || (atOrganisation && ofOrganisation(posts)));
      });
    // The holders' mentions nearest `at`, a few each way (as for surnames), so a document naming thousands of ministers stays linear.
    const found = closest(keys.map((key) => this.holderMentions.get(key) ?? []), at, (placed) => holds(placed.entity) && fits(placed.entity));
    return found ? this.named(found.entity, true) : null;
  }

  /**
   * Rule `ministryHeadPlace`: the head of a ministry the text names (`глава МИД Венгрии`, `глава венгерского МИД`) is the
   * minister of its field at the ministry's place, by its name or an adjective in the phrase (`министр иностранных дел
   * Венгрии`), or anywhere when the phrase names no place; null when the phrase is no head of a named ministry.
   */
  private ministryHead(title: string, context: Where | undefined, range: TokenRange, at: number, fits: (entity: number) => boolean): Resolved | null {
    const deputy = isMinistryDeputy(title);
    if (!(deputy || isMinistryHead(title.split(' ')[0]!))) return null;
    const body = typeof context === 'number' && this.view.entities[context]?.type === 'ORG' ? context : undefined;
    // The ministry by its whole name, else by the word of its name that is one (`МИД` of `венгерский МИД`, `МИД Венгрии`).
    // Rule `ministryInLowerCase`: else a ministry's short name in lower case in the phrase, which regional news writes so and
    // the entity stage leaves unnamed (`глава минздрава`), names it as its capitalised form does.
    const name = body === undefined ? undefined : this.view.entities[body]!.name;
    const ministry = name === undefined ? this.lowerCaseMinistry(range) : [name, ...name.split(' ')].find((form) => fieldOfMinistry(form) !== undefined);
    if (ministry === undefined) return null;
    const field = fieldOfMinistry(ministry)!;
    // Its place: in its name (`МИД Венгрии`), a place named in the phrase, or a place adjective, in its name too (`венгерского МИД`).
    let place = body === undefined ? undefined : this.stateBodyPlace(body);
    for (let i = range.first; i < range.end && place === undefined; i++) {
      const mention = this.view.mentionAt[i];
      const word = this.view.words[i]!;
      if (mention?.type === 'LOC') place = mention.entity;
      else if (isWord(word) && word.shape === 'lower') {
        const adjective = placeOfAdjective(word);
        if (adjective !== undefined) place = this.placeWhere(adjective);
      }
    }
    // Rule `ministryDeputy`, the other way: the deputy head of a named ministry is the deputy minister of its field.
    if (deputy) return this.role('замминистра', at, place, field, fits);
    return this.ministerOf({ field, title: ministerTitle(ministry) }, at, place, fits);
  }

  /** The lemma of a lower-case word in `range` that is a ministry's short name (`минздрава` → `минздрав`), or undefined. */
  private lowerCaseMinistry(range: TokenRange): string | undefined {
    for (let i = range.first; i < range.end; i++) {
      const word = this.view.words[i]!;
      if (!isWord(word) || word.shape !== 'lower' || this.view.mentionAt[i] !== undefined) continue;
      const lemma = word.analyses.find((reading) => reading.pos === 'NOUN')?.lemma;
      if (lemma !== undefined && fieldOfMinistry(lemma) !== undefined) return lemma;
    }
    return undefined;
  }

  /**
   * The minister of a ministry's field (`оборона`, `дело` of `иностранных дел`): the holder of the post whose three-word title
   * names it (`министр иностранных дел`), else of `министр` with that field as its complement.
   */
  private ministerOf(field: { field: string; title: string | undefined }, at: number, context: Where | undefined, fits: (entity: number) => boolean): Resolved | null {
    return field.title !== undefined ? this.role(field.title, at, context, undefined, fits) : this.role('министр', at, context, field.field, fits);
  }

  /**
   * Rule `kindPost`: whether one of the posts is at a kind of organisation no entity names (`Генеральный директор
   * авиакомпании`) that the organisation `context` is of: named or listed so, or named with no kind at all when the text names
   * no organisation with that kind (`«Аэрофлот»` … `глава «Аэрофлота»`): news names the company once, then by its kind.
   */
  private kindPost(posts: ReadonlySet<Post>, context: Where): boolean {
    if (typeof context !== 'number' || this.view.entities[context]?.type !== 'ORG') return false;
    const kinds = this.organisationKinds(context);
    for (const post of posts) {
      if (typeof post !== 'string' || isPlaceKey(post) || !isOrganisationKindKey(post)) continue;
      if (kinds.has(post) || (kinds.size === 0 && !this.organisationsByKind.has(post))) return true;
    }
    return false;
  }

  /** Whether the posts hold the field of the ministry `context` is (`здравоохранение` of `Минздрав`). */
  private fieldPost(posts: ReadonlySet<Post>, context: Where): boolean {
    const field = typeof context === 'number' ? this.ministryField(context) : undefined;
    return field !== undefined && posts.has(field);
  }

  /**
   * The field of a ministry (folded lemma): the genitive noun after `министерство` in its name or its listed full name
   * (`Минздрав`, `Министерство здравоохранения` → `здравоохранение`); undefined for any other body. Remembered per entity.
   */
  private ministryField(entity: number): string | undefined {
    if (this.fields.has(entity)) return this.fields.get(entity);
    const found = this.view.entities[entity]?.type === 'ORG' ? fieldOfMinistry(this.view.entities[entity]!.name) : undefined;
    this.fields.set(entity, found);
    return found;
  }

  /** Whether one of the posts is at an organisation of the kind `kind` (folded): named so in the text, or listed so in the gazetteer. */
  private atKind(posts: ReadonlySet<Post>, kind: string): boolean {
    for (const post of posts) if (typeof post === 'number' && this.organisationKinds(post).has(kind)) return true;
    // Rule `kindlessBodyHead`: a body noun (`Глава концерна`) also heads an organisation of no kind the text or the gazetteer
    // knows (`Генеральный директор «Газпрома»`), which may be of any.
    if (!isBodyNounKey(kind)) return false;
    for (const post of posts) if (typeof post === 'number' && this.view.entities[post]?.type === 'ORG' && this.organisationKinds(post).size === 0) return true;
    return false;
  }

  /**
   * The kind nouns of an organisation (folded): those the text names it with (`компания «Газпром»`), and the kind words of
   * its listed names (`агентство` of `Международное агентство по атомной энергии` for `МАГАТЭ`, `альянс` of
   * `Североатлантический альянс` for `НАТО`). Remembered per entity.
   */
  private organisationKinds(entity: number): ReadonlySet<string> {
    let kinds = this.kindsOf.get(entity);
    if (kinds) return kinds;
    const found = new Set<string>([...(this.namedKinds.get(entity) ?? []), ...this.listedKinds(entity)]);
    this.kindsOf.set(entity, (kinds = found));
    return kinds;
  }

  /**
   * Whether a person may be of `gender`: their names allow it (`Виктор` is a man), and, when the names allow both,
   * the verbs agreeing with them do; evidence that contradicts itself (a name linked to the wrong person) rules nothing out.
   */
  private fitsGender(entity: number, gender: Gender): boolean {
    const byName = this.byName.get(entity);
    if (byName && byName.size === 1) return byName.has(gender);
    const byVerb = this.byVerb.get(entity);
    return !byVerb || byVerb.size !== 1 || byVerb.has(gender);
  }

  /** Records that a verb of `gender` agrees with the person (`рассказала Алла Бут`). */
  private learnGender(entity: number, gender: Gender): void {
    narrow(this.byVerb, entity, new Set([gender]));
  }

  /** Records that `entity` holds a post of title `key`, held at `of`, of the `complement` noun if one is named. */
  private hold(key: string, entity: number, of: number | undefined, complement: string | undefined): void {
    let holders = this.holders.get(key);
    if (!holders) this.holders.set(key, (holders = new Map()));
    let posts = holders.get(entity);
    if (!posts) holders.set(entity, (posts = new Set()));
    posts.add(of);
    if (typeof of === 'number') {
      const place = this.stateBodyPlace(of);
      if (place !== undefined) posts.add(place);
    }
    if (complement !== undefined) posts.add(complement);
    // Rule `ministryField`: the head of a ministry is its minister, of its field (`глава Минздрава` → `министр здравоохранения`).
    const field = typeof of === 'number' && isMinistryHead(key) ? this.ministryField(of) : undefined;
    if (field !== undefined) this.hold('министр', entity, of, field);
    // Rule `ministryDeputy`: a deputy head of a ministry is its deputy minister, of its field (`замглавы Минздрава` →
    // `замминистра здравоохранения`).
    const deputyField = typeof of === 'number' && isMinistryDeputy(key) ? this.ministryField(of) : undefined;
    if (deputyField !== undefined) this.hold('замминистра', entity, of, deputyField);
    // Rule `titleOfShortName`: a post at a ministry named by its short name (`МИД КНР`), whatever the text called the body with
    // it (`Официальный представитель ведомства Го Цзякунь`), is also the title of that name (`официальный представитель МИД`),
    // which the general titles cover (`дипломат`).
    const short = typeof of === 'number' && this.view.entities[of]?.type === 'ORG' ? fold(this.view.entities[of]!.name.split(' ')[0]!) : undefined;
    const shortTitle = short !== undefined && gazetteer().ministries.has(short) && !key.endsWith(` ${short}`) ? `${key} ${short}` : undefined;
    if (shortTitle !== undefined && isTitleKey(shortTitle)) this.hold(shortTitle, entity, of, complement);
    // Rule `headOfPlace`: the head of a listed city is its mayor, of a listed region its governor, whatever the charter calls
    // the post (`Глава Екатеринбурга Алексей Орлов` … `Мэр города пообещал`), as news names the one post by either title.
    const placeHead = key === 'глава' && typeof of === 'number' && this.view.entities[of]?.type === 'LOC' ? listedPlaceKinds(this.view.entities[of]!.name).map(placeHeadTitle).find((title) => title !== undefined) : undefined;
    if (placeHead !== undefined) this.hold(placeHead, entity, of, complement);
  }

  /** The first title in the words between two offsets (`посол` in `Чрезвычайный и полномочный посол Азербайджана`), and its token. */
  private titleIn(start: number, end: number): { key: string; at: number } | null {
    for (let i = tokenAtOrAfter(this.view, start); i < this.view.words.length && this.view.words[i]!.token.start < end; i++) {
      const key = this.titleAt(i);
      if (key) return { key, at: i };
    }
    return null;
  }

  /**
   * The noun of the complement after the title at token `head`, before `end`, when no entity names it
   * (`министр финансов` → `финансы`, `президент компании` → `компания`): the folded lemma of the first genitive
   * noun after the title's own words and adjectives. Undefined for none, for a place or body the entity stage
   * named (the post's place, compared as such), and for a noun that points at the place in context (`президент страны`).
   */
  private complementAfter(head: number, end: number, title: string): string | undefined {
    const key = this.complementKey(head, end, title);
    return key === undefined || isDeicticComplement(key) ? undefined : key;
  }

  /** The folded lemma of the complement after the title at token `head`, as complementAfter, a deictic one (`города`, `страны`) included. */
  private complementKey(head: number, end: number, title: string): string | undefined {
    const { words, mentionAt } = this.view;
    const own = title.split(' ');
    for (let i = head + 1; i < end; i++) {
      const word = words[i]!;
      if (!isWord(word) || mentionAt[i]) return undefined;
      if (own.includes(word.folded)) continue;
      const reading = word.analyses[0];
      if (reading?.pos === 'ADJF') continue;
      if (reading?.pos !== 'NOUN' || reading.case !== 'gent') return undefined;
      return reading.key;
    }
    return undefined;
  }

  /** The title at token `i` (`посол`, or the two words of `глава государства`, also with adjectives between: `глава российского государства`), folded. */
  private titleAt(i: number): string | null {
    const { words } = this.view;
    const word = words[i]!;
    // Most words open no title of several words, and no pair or triple of keys need be put together for them.
    const opens = word.keys.some(opensMultiwordTitle);
    for (let j = i + 1; opens && j < Math.min(words.length, i + 4) && words[j]!.token.kind === 'word'; j++) {
      const next = words[j]!;
      // A title of three words, its complement as written (`министра иностранных дел`), before one of two.
      const after = words[j + 1];
      const triple = after?.token.kind === 'word' ? word.keys.map((key) => `${key} ${fold(next.text)} ${after.folded}`).find(isTitleKey) : undefined;
      if (triple) return triple;
      // Rule `placeAdjectiveInTitle`: a place's adjective before the body of a title of three words stands for the place after it
      // (`Официальный представитель китайского МИД` is the `официальный представитель МИД` of China), and the title is the same.
      const body = after !== undefined && isWord(after) && after.shape === 'lower' && placeOfAdjective(after) !== undefined ? words[j + 2] : undefined;
      const spanned = body?.token.kind === 'word' ? word.keys.map((key) => `${key} ${fold(next.text)} ${body.folded}`).find(isTitleKey) : undefined;
      if (spanned) return spanned;
      const pair = word.keys.map((key) => `${key} ${fold(next.text)}`).find(isTitleKey);
      if (pair) return pair;
      if (!next.analyses.some((reading) => reading.pos === 'ADJF')) break;
    }
    return word.keys.find(isTitleKey) ?? null;
  }

  /**
   * Titles in the run of words just before a name (`посол Азербайджана в Казахстане` before `Рашад Мамедов`), the place or
   * body named with them, and the complement noun of the title nearest the name (`финансы` in `министр финансов Антон Силуанов`).
   */
  private titlesBefore(i: number): { keys: string[]; context: number | undefined; place: number | undefined; complement: string | undefined } {
    const { words, sentenceOf, sentenceTokens, mentionAt, entities } = this.view;
    const first = Math.max(sentenceTokens[sentenceOf[i]!]!.first, i - TITLE_WINDOW);
    const keys: string[] = [];
    let context: number | undefined;
    /** The place right after a body (`МИД | Венгрии`): the body is that place's, so the post is held there too (`Венгерский министр`). */
    let place: number | undefined;
    let complement: string | undefined;
    const complementName = mentionAt[i - 1];
    for (let j = i - 1; j >= first; j--) {
      const word = words[j]!;
      // Rule `quotedComplement`: the quotation marks of a body's name are in the title's complement (`Основатель сети пекарен
      // «Хлебница» Артем Горелов`), as the name is.
      if (isPunctuation(word, '«»"„“') && (mentionAt[j - 1]?.type === 'ORG' || mentionAt[j + 1]?.type === 'ORG')) continue;
      if (word.token.kind !== 'word') break;
      const pos = word.analyses[0]?.pos;
      if (pos === 'VERB' || (pos === 'CONJ' && word.folded !== 'и')) break;
      // `Михаил Мишустин и глава Минфина Антон Силуанов`: the titles before another person's name and `и` are that person's.
      if (word.folded === 'и' && j > first && mentionAt[j - 1]?.type === 'PER') break;
      // Rule `titleOfOtherName`: a title before another person's name is that person's (`Глава МИД Сергей Лавров на встрече
      // с коллегой Дэвидом Лэмми`: `Глава МИД` is not Лэмми's), as an apposition stands next to the name it describes; a
      // name right before this one is a title's complement (`Защитник Ситникова Артем Ларин`).
      if (mentionAt[j]?.type === 'PER' && mentionAt[j] !== complementName) break;
      const title = this.titleAt(j);
      if (title && !otherWordThanTitle(word, title)) {
        if (keys.length === 0) complement = this.complementAfter(j, i, title);
        keys.push(title);
        // Rule `formerTitle`: `бывший президент` is the `экс-президент` later, as news writes either.
        const former = `экс-${title}`;
        if (j > first && words[j - 1]!.analyses[0]?.lemma === 'бывший' && isTitleKey(former)) keys.push(former);
      } else if (keys.length === 0) {
        const here = this.contextAt(j);
        const next = mentionAt[j + 1];
        if (here !== undefined && entities[here]?.type === 'ORG' && next && next !== mentionAt[j] && next.type === 'LOC') place = next.entity;
        context = here ?? context;
      }
    }
    return { keys, context, place, complement };
  }

  /**
   * Rule `colleague`: when the name at token `i` follows a colleague noun (`коллегой`, past the adjectives before the name),
   * the person named last before it in its sentence, whose counterpart it is, and the place an adjective before the noun
   * names (`белорусским`); undefined for any other name.
   */
  private colleagueOf(i: number): { of: number; where: Where | undefined } | undefined {
    const { words, mentionAt, sentenceOf, sentenceTokens } = this.view;
    const first = sentenceTokens[sentenceOf[i]!]!.first;
    const noun = i - 1;
    if (noun <= first || !isWord(words[noun]!) || mentionAt[noun] || !isColleagueNoun(words[noun]!)) return undefined;
    let where: Where | undefined;
    for (let j = noun - 1; j >= Math.max(first, noun - 3) && isWord(words[j]!) && words[j]!.analyses[0]?.pos === 'ADJF'; j--) {
      const adjective = placeOfAdjective(words[j]!);
      if (adjective !== undefined) where = this.placeWhere(adjective);
    }
    for (let j = noun - 1; j >= first; j--) {
      const other = mentionAt[j];
      if (other?.type === 'PER') return { of: other.entity, where };
    }
    return undefined;
  }

  /**
   * Whether the title nearest before the name at token `i`, in the run of words before it, is in an oblique case only
   * (rule `titleCase`: `встретился с министром обороны Китая Дун Цзюнем`): a name in apposition to a title is in the
   * title's case, so it is no subject, whatever the dictionary guesses for a name it does not know.
   */
  private obliqueTitleBefore(i: number): boolean {
    const { words, sentenceOf, sentenceTokens } = this.view;
    const first = Math.max(sentenceTokens[sentenceOf[i]!]!.first, i - TITLE_WINDOW);
    for (let j = i - 1; j >= first; j--) {
      const word = words[j]!;
      if (word.token.kind !== 'word' || word.analyses[0]?.pos === 'VERB') return false;
      if (!this.titleAt(j)) continue;
      const known = word.analyses.some((reading) => reading.known);
      const oblique = !word.analyses.some((reading) => (!known || reading.known) && reading.pos === 'NOUN' && (reading.case === 'nomn' || reading.tags.includes('Fixd')));
      // Rule `titleOfHead`: a title in the genitive after a noun that may be nominative depends on that noun, which the name is
      // in apposition to (`Вдова музыканта Наталья Ветлицкая`, `Помощник министра Иван Петров`), not on a preposition.
      return oblique && !(j > first && words[j]!.analyses.some((reading) => reading.case === 'gent') && nominativeNoun(words[j - 1]!));
    }
    return false;
  }

  /** The place or organisation mentioned at token `i`, if any. */
  private contextAt(i: number): number | undefined {
    const mention = this.view.mentionAt[i];
    return mention && mention.type !== 'PER' ? mention.entity : undefined;
  }
}

/**
 * The grammatical gender of an organisation's mention at token `first`: of the kind noun right before it (`компания
 * «Газпром»`), else of its first noun (`Еврокомиссия`, `Европейская комиссия`, `МИД России`); undefined when unknown.
 */
function bodyGender(view: DocumentView, first: number, end: number): Gender | undefined {
  const { words } = view;
  let before = first - 1;
  while (before >= 0 && isPunctuation(words[before]!, '«"„“')) before--;
  const nounGender = (word: Word): Gender | undefined => {
    const reading = word.analyses.find((r) => r.pos === 'NOUN' && r.known);
    return reading?.gender === 'masc' || reading?.gender === 'femn' ? reading.gender : undefined;
  };
  if (before >= 0 && isOrganisationKind(words[before]!)) return nounGender(words[before]!);
  for (let i = first; i < words.length && words[i]!.token.start < end; i++) {
    if (isWord(words[i]!) && words[i]!.analyses[0]?.pos === 'NOUN') return nounGender(words[i]!);
  }
  return undefined;
}

/** `они` or the possessive `их`, a plural personal pronoun. */
const isPluralPronoun = (word: Word): boolean => word.analyses.some((reading) => reading.pos === 'NPRO' && reading.lemma === 'они');

/** A surname long enough that one letter wrong is a typo, not another name. */
const MISSPELT_LENGTH = 5;

/** A key with each letter but the first left open in turn (`бенер` → `б*нер`, `бе*ер`, …), for a long surname; none for a short one. */
function oneLetterOpen(key: string): string[] {
  if (key.length < MISSPELT_LENGTH) return [];
  const variants: string[] = [];
  for (let k = 1; k < key.length; k++) variants.push(`${key.slice(0, k)}*${key.slice(k + 1)}`);
  return variants;
}

/** Entries looked at on either side of an offset: enough for any article, and lookups stay cheap on any input. */
const LOOKAROUND = 32;

/** Adds `entry` to the list `index` keeps under `key`. */
function append<K, T>(index: Map<K, T[]>, key: K, entry: T): void {
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

/** Whether the words `[first, end)` may stand in a case `head` may take: an apposition (`президент Виктор Янукович`), not a dependent (`конкурент Марка Цукерберга`). */
function sharesCase(view: DocumentView, head: Word, first: number, end: number): boolean {
  const cases = new Set(head.analyses.map((reading) => reading.case).filter((c) => c !== undefined));
  if (cases.size === 0 || head.analyses.some((reading) => reading.tags.includes('Fixd'))) return true;
  if (end - first > 1 && view.mentionAt[first]?.type === 'PER') return personSharesCase(view, cases, first, end);
  for (let i = first; i < end; i++) {
    const word = view.words[i]!;
    if (!isWord(word) || word.latin || !word.analyses.some((reading) => reading.case)) continue;
    const nouns = word.analyses.filter((reading) => reading.pos === 'NOUN' && reading.case !== undefined);
    if (nouns.length > 0 && !nouns.some((reading) => reading.tags.includes('Fixd') || cases.has(reading.case!))) return false;
  }
  return true;
}

/**
 * Rule `nameReadings`: a person's name of several words is in the head's case when one of its words is, each read by its
 * name readings when it has some (`Антон Долин`: `Долин` is also the genitive plural of `долина`, `Антон` is nominative).
 */
function personSharesCase(view: DocumentView, cases: ReadonlySet<string | undefined>, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const word = view.words[i]!;
    if (!isWord(word) || word.latin) continue;
    const nouns = word.analyses.filter((reading) => reading.pos === 'NOUN' && reading.case !== undefined);
    const names = nouns.filter((reading) => reading.tags.includes('Name') || reading.tags.includes('Surn') || reading.tags.includes('Patr'));
    if ((names.length > 0 ? names : nouns).some((reading) => reading.tags.includes('Fixd') || cases.has(reading.case!))) return true;
  }
  return false;
}

/** The words after `министерство` in each name of a ministry: the name itself and its listed full names; none for any other body. */
function* ministryNameTails(name: string): Generator<readonly string[]> {
  for (const form of [name, ...listedOrganisationForms(name)]) {
    const words = form.split(' ');
    if (words.length >= 2 && fold(words[0]!) === 'министерство') yield words.slice(1);
  }
}

/**
 * The field of a ministry by one of its names (folded lemma): the genitive noun after `министерство` in the name or its
 * listed full name (`Минздрав`, `Министерство здравоохранения` → `здравоохранение`), or the dative one after its `по`
 * (`МЧС` → `ситуация`); undefined for any other body.
 */
function fieldOfMinistry(name: string): string | undefined {
  for (const tail of ministryNameTails(name)) {
    // Rule `fieldAfterPo`: a ministry named for its field after по (`Министерство по чрезвычайным ситуациям`, `по развитию
    // Дальнего Востока`) has that field in the dative, as another has it in the genitive (`Министерство здравоохранения`).
    const after = fold(tail[0] ?? '') === 'по' ? 1 : 0;
    for (const word of tail.slice(after)) {
      const reading = analyses(word.toLowerCase())[0];
      if (reading?.pos === 'ADJF') continue;
      if (reading?.pos === 'NOUN' && reading.case === (after ? 'datv' : 'gent')) return reading.key;
      break;
    }
  }
  return undefined;
}

/**
 * The title of a ministry's minister when it is a title of its own (`министр иностранных дел` for the `Министерство иностранных
 * дел`). Rule `ministryNamePlace`: the longest such title its name opens with, as a place may end the name (`Министерство
 * иностранных дел России`, a listed name of `МИД России`) and is no part of the title.
 */
function ministerTitle(name: string): string | undefined {
  for (const tail of ministryNameTails(name)) {
    for (let end = tail.length; end > 0; end--) {
      const title = ['министр', ...tail.slice(0, end).map(fold)].join(' ');
      if (isTitleKey(title)) return title;
    }
  }
  return undefined;
}

let describedBodies: ReadonlyMap<string, string> | undefined;

/**
 * The field of the ministry a description names in `[first, end)` (`военного ведомства` → `оборона`, by
 * body-descriptions.json: `военное ведомство` is `Минобороны`): adjectives and their noun compared by lemma; undefined for none.
 */
function describedField(words: readonly Word[], first: number, end: number): { field: string; title: string | undefined } | undefined {
  describedBodies ??= new Map(
    Object.entries(bodyDescriptionsData.descriptions).map(([description, body]) => [description.split(' ').map((part) => analyses(part)[0]?.key ?? fold(part)).join(' '), body]),
  );
  const keys: string[] = [];
  for (let i = first; i < end && keys.length < 3; i++) {
    // An adjective the dictionary also has as a noun (`военного`, the soldier's) is read as the adjective here.
    const reading = words[i]!.analyses.find((candidate) => candidate.pos === 'ADJF') ?? words[i]!.analyses[0];
    if (reading?.pos !== 'ADJF' && reading?.pos !== 'NOUN') return undefined;
    keys.push(reading.key);
    if (reading.pos === 'NOUN') {
      const body = describedBodies.get(keys.join(' '));
      const field = body === undefined ? undefined : fieldOfMinistry(body);
      return field === undefined ? undefined : { field, title: ministerTitle(body!) };
    }
  }
  return undefined;
}

/** The head may be singular (`директора`: a genitive singular as well as a nominative plural). */
const maySingular = (word: Word): boolean => word.analyses.some((reading) => reading.pos === 'NOUN' && reading.number === 'sing');

/** A noun for a person (`создатель`, `руководитель`), not for a body (`руководство`, `делегация`). */
const isPersonNoun = (word: Word): boolean => word.analyses[0]?.pos === 'NOUN' && word.analyses[0].tags.includes('anim');

/**
 * A plural noun: its likeliest reading, or, as the subject of a plural cue, a noun for people whose only nominative
 * readings are plural (`Аналитики банка считают`: read first as the genitive of `аналитика`, the field, but the
 * subject of `считают` only as the analysts; not `По словам главы региона`, no subject).
 */
const isPluralNoun = (word: Word, pluralCue: boolean): boolean => {
  const best = word.analyses[0];
  if (best?.pos === 'NOUN' && best.number === 'plur') return true;
  // Rule `pluralSubstantive`: a title that is an adjective by origin, in the plural (`Ученые`, `Управляющие`), is a group as a
  // plural noun is.
  if ((best?.pos === 'ADJF' || best?.pos === 'PRTF') && best.number === 'plur' && word.keys.some(isTitleKey)) return true;
  if (!pluralCue) return false;
  const nominatives = word.analyses.filter((reading) => reading.pos === 'NOUN' && reading.case === 'nomn');
  return nominatives.some((reading) => reading.number === 'plur' && reading.tags.includes('anim')) && nominatives.every((reading) => reading.number === 'plur');
};

/**
 * A cue whose verb is plural (`считают`, `заявили`), or its short adjective (`уверены`, `убеждены`): its subject is a group.
 * Rule `gerundSubjectNumber`: a gerund has no number of its own (`не согласились с критикой, заявив`); its subject is the one
 * of the finite verb right after the speaker phrase (which ends at `speakerEnd`), whose number it takes.
 */
function isPluralCue(view: DocumentView, cue: TokenRange, speakerEnd: number): boolean {
  for (let i = cue.first; i < cue.end; i++) {
    const readings = view.words[i]!.analyses;
    const verbs = readings.filter((reading) => reading.pos === 'VERB' || reading.pos === 'PRTS' || reading.pos === 'ADJS');
    if (verbs.length > 0) return verbs.every((reading) => reading.number === 'plur');
    if (readings[0]?.pos === 'GRND') return speakerEnd <= cue.first && pluralVerbAfter(view, speakerEnd);
  }
  return false;
}

/** The finite verb right after token `from` (particles and adverbs skipped: `не согласились`) is plural. */
function pluralVerbAfter(view: DocumentView, from: number): boolean {
  for (let i = from; i < Math.min(view.words.length, from + 3); i++) {
    const word = view.words[i]!;
    if (!isWord(word)) return false;
    const pos = word.analyses[0]?.pos;
    if (pos === 'ADVB' || pos === 'PRCL') continue;
    return pos === 'VERB' && word.analyses.filter((reading) => reading.pos === 'VERB').every((reading) => reading.number === 'plur');
  }
  return false;
}

/** One past the last token of the mention at token `i`. */
function mentionEndToken(view: DocumentView, i: number): number {
  const mention = view.mentionAt[i]!;
  let j = i;
  while (j < view.words.length && view.words[j]!.token.start < mention.end) j++;
  return j;
}

/** Keeps of a person's genders those `allowed` too (an empty set when the evidence contradicts itself). */
function narrow(genders: Map<number, ReadonlySet<Gender>>, entity: number, allowed: ReadonlySet<Gender>): void {
  const known = genders.get(entity);
  genders.set(entity, known ? new Set([...known].filter((gender) => allowed.has(gender))) : allowed);
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
  // A title is a common noun for a person, whatever the dictionary knows of it (`Экс-президент`).
  if (word.keys.some(isTitleKey)) return false;
  if (word.latin) return true;
  // At a sentence's start only a word the dictionary does not know at all (`Проди говорит`); rule `compoundCommon`: nor a
  // compound read by its last part as a common noun (`Топ-менеджер добавил`).
  if (word.sentenceStart && word.text.includes('-') && word.analyses.some((reading) => reading.pos === 'NOUN' && !reading.tags.includes('Name') && !reading.tags.includes('Surn') && fold(reading.lemma) === fold(word.text.slice(word.text.lastIndexOf('-') + 1)))) return false;
  return word.shape === 'title' && !word.common && (!word.sentenceStart || !word.analyses.some((reading) => reading.known));
}


/** A word the dictionary reads as a noun in the nominative, by its known readings when it has some. */
function nominativeNoun(word: Word): boolean {
  if (!isWord(word)) return false;
  const known = word.analyses.some((reading) => reading.known);
  return word.analyses.some((reading) => (!known || reading.known) && reading.pos === 'NOUN' && reading.case === 'nomn');
}

/** The gender a singular past-tense or short-form cue gives its subject (`заявила`, `уверен`), if it gives one. */
function cueGender(view: DocumentView, cue: TokenRange): Gender | undefined {
  for (let i = cue.first; i < cue.end; i++) {
    const gender = verbGender(view.words[i]!);
    if (gender) return gender;
  }
  return undefined;
}

/** The gender every verb reading of `word` gives its subject: `сказала` femn, `сказал` masc, `говорит` none. */
function verbGender(word: Word): Gender | undefined {
  let found: Gender | undefined;
  for (const reading of word.analyses) {
    if (reading.pos !== 'VERB' && reading.pos !== 'PRTS' && reading.pos !== 'ADJS') continue;
    if (reading.number === 'plur' || (reading.gender !== 'masc' && reading.gender !== 'femn')) return undefined;
    if (found && found !== reading.gender) return undefined;
    found = reading.gender;
  }
  return found;
}

/** A finite verb follows a name, adverbs and the closing mark of a name in quotes skipped: the name is its subject (`Сергей Собянин посетил`, `«Газпром» увеличил`). */
/**
 * Rule `invertedSubject`: a name that closes its sentence after a finite verb, past the words of its title (`Его слова
 * раскритиковала лидер «Национального объединения» Марин Ле Пен.`), is the verb's subject, as news puts the actor last.
 */
function invertedSubject(view: DocumentView, first: number, last: number): boolean {
  const { words } = view;
  const next = words[last + 1];
  if (!next || !isPunctuation(next, '.!?…') || view.sentenceOf[last + 1] !== view.sentenceOf[first]) return false;
  for (let k = first - 1; k >= Math.max(0, first - TITLE_WINDOW) && view.sentenceOf[k] === view.sentenceOf[first]; k--) {
    const word = words[k]!;
    if (isPunctuation(word, '«»"„“')) continue;
    if (!isWord(word) || view.mentionAt[k]?.type === 'PER') return false;
    const reading = word.analyses[0];
    if (reading?.pos === 'VERB') return true;
    if (reading?.pos === 'PREP' || reading?.pos === 'CONJ') return false;
  }
  return false;
}

function verbAfter(view: DocumentView, from: number): boolean {
  // Rule `participleInCommas`: past a participle's phrase set off by commas (`Раймонд Паулс, написавший для нее десятки песен,
  // присутствовал`), a dozen words at most, as news describes the subject there.
  const comma = view.words[from];
  if (comma && isPunctuation(comma, ',') && view.words[from + 1]?.analyses[0]?.pos === 'PRTF') {
    for (let k = from + 2; k < Math.min(view.words.length, from + 14); k++) {
      if (!isPunctuation(view.words[k]!, ',')) continue;
      from = k + 1;
      break;
    }
  } else if (comma && isPunctuation(comma, ',')) {
    // Rule `parentheticalInCommas`: past a parenthetical of a few words set off by commas, with no verb or name in it
    // (`Костин, в свою очередь, предложил`, `Министр, однако, отметил`), which news puts between a subject and its verb.
    for (let k = from + 1; k < Math.min(view.words.length, from + 5); k++) {
      const word = view.words[k]!;
      if (isPunctuation(word, ',') && k > from + 1) {
        from = k + 1;
        break;
      }
      if (!isWord(word) || view.mentionAt[k] || word.analyses[0]?.pos === 'VERB') break;
    }
  }
  // Rule `adjunctBeforeVerb`: past one short adjunct of time or occasion, a preposition and its noun (`Деян Станкович после
  // игры похвалил`, `Анна Попова на брифинге заявила`), as news puts one between the subject and its verb.
  let adjunct = false;
  let limit = Math.min(view.words.length, from + 3);
  for (let i = from; i < limit; i++) {
    const word = view.words[i]!;
    if (i === from && isPunctuation(word, '»"“”')) continue;
    if (!isWord(word) || view.mentionAt[i]) return false;
    const pos = word.analyses[0]?.pos;
    if (pos === 'ADVB' || pos === 'PRCL' || isAdditiveParticle(word)) continue;
    if (pos === 'PREP' && !adjunct && i + 2 < view.words.length) {
      const noun = view.words[i + 1]!;
      if (!isWord(noun) || view.mentionAt[i + 1] || noun.analyses[0]?.pos !== 'NOUN') return false;
      adjunct = true;
      limit = Math.min(view.words.length, i + 4);
      i++;
      continue;
    }
    return pos === 'VERB' || pastVerbAfterName(word);
  }
  return false;
}

/**
 * Rule `pastVerbReading`: a word read first as a noun but also as a singular past-tense verb (`начала`, the genitive of
 * `начало` too) is that verb right after a name, as a name is followed by its predicate (`Еврокомиссия начала
 * расследование`), not by a noun's genitive.
 */
const pastVerbAfterName = (word: Word): boolean =>
  word.shape === 'lower' && word.analyses.some((reading) => reading.pos === 'VERB' && reading.tags.includes('past') && reading.number === 'sing');

/**
 * Rule `prepositionObject`: a name right after a preposition, or after a common noun right after one (`против Microsoft`,
 * `в стартап Anthropic`), is in the preposition's case, so no subject, whatever a name the dictionary cannot decline reads as.
 */
/**
 * Rule `pluralOtherWord`: a word that is a title only in the plural and another word in the singular is that other word
 * before a name (`внешней политики администрации Барака Обамы`: the policy's, not `политики`, politicians); a plural title
 * alone stays one (`Сенаторы Джон Маккейн и Линдси Грэм`).
 */
function otherWordThanTitle(word: Word, title: string): boolean {
  const head = title.split(' ')[0]!;
  const asTitle = word.analyses.filter((reading) => reading.key === head);
  return asTitle.length > 0 && asTitle.every((reading) => reading.number === 'plur') && word.analyses.some((reading) => reading.key !== head && reading.number === 'sing');
}

function governedBefore(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isPunctuation(words[j]!, '«"„“')) j--;
  if (j < 0 || !isWord(words[j]!)) return false;
  if (words[j]!.analyses[0]?.pos === 'PREP') return true;
  // Rule `personsBody`: a body's name that may be a genitive right after a person noun is that person's complement
  // (`Корреспондент «Голоса Америки» встретился`, `представитель «Газпрома»`), not the subject; a kind noun before a name is
  // its apposition (`Оператор «МегаФон»`).
  const person = words[j]!.analyses[0];
  if (person?.pos === 'NOUN' && person.tags.includes('anim') && !isOrganisationKind(words[j]!) && words[i]!.analyses.some((reading) => reading.case === 'gent')) return true;
  return words[j]!.shape === 'lower' && words[j]!.analyses[0]?.pos === 'NOUN' && j > 0 && words[j - 1]!.analyses[0]?.pos === 'PREP';
}

/** A speech verb right after a name, adverbs skipped (`Ирина Козлова рассказала`, `Петров подробно объяснил`). */
function speechVerbAfter(view: DocumentView, from: number): boolean {
  for (let i = from; i < Math.min(view.words.length, from + 3); i++) {
    const word = view.words[i]!;
    if (!isWord(word) || view.mentionAt[i]) return false;
    const pos = word.analyses[0]?.pos;
    if (pos === 'ADVB' || pos === 'PRCL' || isAdditiveParticle(word)) continue;
    return speechReading(word) !== undefined;
  }
  return false;
}

/** How many tokens into a statement a body named with no kind may start and still be its head (rule `bodyInStatement`). */
const STATEMENT_HEAD = 3;

/** The gender of the past-tense verb right after a person's name (`Алла Бут рассказала`), skipping adverbs. */
function verbGenderAfter(view: DocumentView, from: number): Gender | undefined {
  for (let i = from; i < Math.min(view.words.length, from + 3); i++) {
    const word = view.words[i]!;
    if (!isWord(word) || view.mentionAt[i]) return undefined;
    const pos = word.analyses[0]?.pos;
    if (pos === 'ADVB' || pos === 'PRCL') continue;
    return pos === 'VERB' || pastVerbAfterName(word) ? verbGender(word) : undefined;
  }
  return undefined;
}

/**
 * Every word of the name can be nominative (`Владимир Беспалов`, not `Владимира Беспалова`). A word the dictionary knows
 * is read by its known readings only: a guess is no evidence (`Александром`, guessed also as a nominative noun).
 * Rule `singularPerson`: a person's name (`person`) is singular, so its words are read by their singular readings when they
 * have some: a surname in -ов, -ев, -ин that the dictionary knows only as the genitive plural of a first name (`Мусаев` of
 * `Мусай`, `Гусейнов` of `Гусейн`) is a nominative surname as guessed, not a plural; one read only as a plural
 * (`Чуланов`, of `чулан`) tells nothing.
 */
function canBeNominative(words: readonly Word[], first: number, end: number, person = false): boolean {
  for (let i = first; i < words.length && words[i]!.token.start < end; i++) {
    const word = words[i]!;
    if (word.token.kind !== 'word' || word.analyses.length === 0) continue;
    const singular = person ? word.analyses.filter((reading) => reading.number !== 'plur') : [];
    // A word read only as a plural (`Чуланов`, of `чулан`) is no evidence of the name's case.
    if (person && singular.length === 0) continue;
    const readings = person ? singular : word.analyses;
    const known = readings.some((reading) => reading.known);
    if (!readings.some((reading) => (!known || reading.known) && (reading.case === 'nomn' || reading.tags.includes('Fixd')))) return false;
  }
  return true;
}

function lastWordOf(words: readonly Word[], first: number, end: number): number {
  let last = first;
  for (let i = first; i < words.length && words[i]!.token.start < end; i++) if (words[i]!.token.kind === 'word') last = i;
  return last;
}

/** The suffixes of a Russian woman's surname (`Иванова`, `Набиуллина`, `Вяземская`): a woman's whether known or guessed. */
const FEMININE_SURNAME = /(?:ов|ев|ёв|ин|ын|ск|цк)а$|[сц]кая$/;

/** A name's word's keys as a person's: its text and the lemmas of its readings but the plural ones (rule `singularPerson`). */
function singularKeys(word: Word): Set<string> {
  const keys = new Set([word.folded]);
  for (const reading of word.analyses) if (reading.number !== 'plur') keys.add(reading.key);
  return keys;
}

/**
 * The genders a person's mention allows: those that every word of the name with a
 * name's readings allows (`Дмитрия Медведева` may be a man's genitive or a woman's
 * nominative; `Алла Бут` is a woman's), a common first name by the gender it is listed with.
 */
function gendersOf(words: readonly Word[], first: number, end: number, normalFirst?: string): ReadonlySet<Gender> {
  let allowed = new Set<Gender>(['masc', 'femn']);
  for (let i = first; i < words.length && words[i]!.token.start < end; i++) {
    // A common first name is of the gender it is listed with, whatever else the dictionary reads it as (`Эммануэль`); by
    // rule `singularPerson`, not by the lemma of a plural reading (`Джорджей` is no genitive plural of `Джордж`).
    const listed = new Set<Gender>();
    for (const key of singularKeys(words[i]!)) for (const gender of listedNameGenders(key)) listed.add(gender);
    if (listed.size > 0) {
      allowed = new Set([...allowed].filter((gender) => listed.has(gender)));
      continue;
    }
    // Rule `normalFirstReading`: a first name is read as the one the entity stage gave the person (`Кая Каллас`: not the
    // genitive of the man's name `Кай`); a reading of another first name is no evidence.
    const otherFirst = (reading: WordAnalysis): boolean => normalFirst !== undefined && reading.tags.includes('Name') && fold(reading.lemma) !== normalFirst;
    const readings = words[i]!.analyses.filter((reading) => (reading.tags.includes('Name') || reading.tags.includes('Surn') || reading.tags.includes('Patr')) && !otherFirst(reading));
    if (readings.length === 0) continue;
    const genders = new Set<Gender>();
    for (const reading of readings) {
      // Rule `guessedDeclension`: a name the dictionary only guesses, declined in `-а`, `-я` or not declined at all, is a
      // man's as often as a woman's (`Нарендрой Моди`, `Ёсихидэ Суга`), unless it is a Russian woman's surname by its suffix (`Набиуллиной`).
      const guessedEither = !reading.known && (reading.tags.includes('Fixd') || (reading.gender === 'femn' && /[ая]$/.test(reading.lemma)));
      if (guessedEither && !FEMININE_SURNAME.test(reading.lemma)) genders.add('masc').add('femn');
      else if (reading.gender === 'masc' || reading.gender === 'femn') genders.add(reading.gender);
      else if (reading.gender === 'ms-f' || reading.tags.includes('Ms-f')) genders.add('masc').add('femn');
    }
    if (genders.size > 0) allowed = new Set([...allowed].filter((gender) => genders.has(gender)));
  }
  return allowed;
}
