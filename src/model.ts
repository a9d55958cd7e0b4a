/**
 * The document model: plain, JSON-serialisable data.
 *
 * Invariants that hold for every value `rech` returns:
 * - every span's `start` and `end` are UTF-16 code-unit offsets into the
 *   analysed text, `end` exclusive, and `span.text === text.slice(start, end)`
 *   (the document says so in its `offsets` field; {@link toCodePoints} gives a
 *   copy in code points, for Python and other languages that index strings so);
 * - spans never begin or end with whitespace, and are never empty;
 * - each layer (`paragraphs`, `sentences`, `tokens`) is sorted by `start` and
 *   its spans do not overlap;
 * - every token lies inside exactly one sentence, and every sentence inside
 *   exactly one paragraph.
 *
 * @module
 */

/**
 * A piece of the analysed text.
 *
 * @example
 * ```ts
 * const text = 'Посол заявил.';
 * const span: Span = { start: 0, end: 5, text: 'Посол' };
 * text.slice(span.start, span.end) === span.text; // true
 * ```
 *
 * @group Model
 */
export interface Span {
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset just past the last UTF-16 code unit. */
  end: number;
  /** Always `text.slice(start, end)` of the analysed text. */
  text: string;
}

/**
 * What a token is made of.
 *
 * - `word`: letters, possibly joined by hyphens or apostrophes (`что-то`, `Нагорно-Карабахской`);
 * - `number`: digits, decimals, fractions, dates and times (`3,5`, `1/2`, `20.09.2023`, `08:50`),
 *   and numbers with a hyphenated ending (`25-го`);
 * - `punctuation`: punctuation marks and runs of them (`,`, `«`, `—`, `...`, `?!`);
 * - `symbol`: other signs (`№`, `%`, `$`, `+`, emoji);
 * - `url`, `email`, `hashtag`, `mention`: web addresses, e-mail addresses, `#tags` and `@handles`.
 *
 * @example
 * ```ts
 * import { tokenize } from 'rech';
 * tokenize('№5, 3,5 % см. sputnik.kz/news #Карабах').map((t) => t.kind);
 * // [ 'symbol', 'number', 'punctuation', 'number', 'symbol', 'word', 'punctuation',
 * //   'word', 'punctuation', 'word', 'punctuation', 'word', 'hashtag' ]
 * ```
 *
 * @group Model
 */
export type TokenKind =
  | 'word'
  | 'number'
  | 'punctuation'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention';

/**
 * A token: the smallest unit of the text. Tokens never contain whitespace.
 *
 * @example
 * ```ts
 * import { tokenize } from 'rech';
 * tokenize('что-то в 08:50');
 * // [ { start: 0, end: 6, text: 'что-то', kind: 'word' },
 * //   { start: 7, end: 8, text: 'в', kind: 'word' },
 * //   { start: 9, end: 14, text: '08:50', kind: 'number' } ]
 * ```
 *
 * @group Model
 */
export interface Token extends Span {
  /** What the token is made of. */
  kind: TokenKind;
  /**
   * The dictionary form of a word, lower case, set by {@link analyze} by the paragraph's language:
   * - Russian: of a Cyrillic word, from its most probable OpenCorpora reading (`заявил` → `заявить`);
   * - English: compromise's root, the infinitive of a verb and the singular of a noun (`said` → `say`,
   *   `officials` → `official`); an acronym as written (`u.s.`); a cut-off clitic what it stands for
   *   (the `'s` of `it's` → `be`, of `Blinken's` → `'s`);
   * - any other language: absent. {@link tokenize} never sets it.
   */
  lemma?: string;
  /**
   * The tags of that reading; absent where `lemma` is:
   * - Russian: the OpenCorpora grammemes, part of speech first (`['NOUN', 'anim', 'masc', 'Name', 'sing', 'gent']`);
   * - English: compromise's tags (`['Verb', 'PastTense']`, `['ProperNoun', 'Noun']`, `['Possessive']`).
   */
  tags?: readonly string[];
}

/**
 * A sentence, trimmed of surrounding whitespace.
 *
 * @example
 * ```ts
 * import { sentenize } from 'rech';
 * sentenize('«Мы не хотели войны», — заявил посол. Есть жертвы.').map((s) => s.text);
 * // [ '«Мы не хотели войны», — заявил посол.', 'Есть жертвы.' ]
 * ```
 *
 * @group Model
 */
export interface Sentence extends Span {}

/**
 * A language code: ISO 639-3 as returned by `franc` (`rus`, `eng`, `azj`, `ukr`, …),
 * or `und` when the language cannot be told.
 *
 * @example
 * ```ts
 * import { analyze } from 'rech';
 * const doc = await analyze('Посол выступил с заявлением.\nBizim partnyorlarımız');
 * doc.language; // 'rus'
 * doc.paragraphs.map((p) => p.language); // [ 'rus', 'azj' ]
 * ```
 *
 * @group Model
 */
export type LanguageCode = string;

/**
 * A paragraph: a block of text between line breaks, trimmed of surrounding whitespace.
 *
 * @example
 * ```ts
 * const text = 'Bizim partnyorlarımız\nПосол заявил.';
 * const paragraph: Paragraph = { start: 0, end: 21, text: 'Bizim partnyorlarımız', language: 'azj' };
 * ```
 *
 * @group Model
 */
export interface Paragraph extends Span {
  /** The paragraph's own language. */
  language: LanguageCode;
}

/**
 * The type of a named entity: person, location or organisation.
 *
 * @example
 * ```ts
 * const type: EntityType = 'LOC'; // Казахстан, Нагорный Карабах
 * ```
 *
 * @group Model
 */
export type EntityType = 'PER' | 'LOC' | 'ORG';

/**
 * One mention of a named entity in the text.
 *
 * @example
 * ```ts
 * const text = 'Заявление Рашада Мамедова о конфликте.';
 * const mention: EntityMention = { start: 10, end: 25, text: 'Рашада Мамедова', type: 'PER', normal: 'Рашад Мамедов', entity: 0, rule: 'first middle? last' };
 * ```
 *
 * @group Model
 */
export interface EntityMention extends Span {
  /** The entity's type. */
  type: EntityType;
  /** The mention in the nominative singular (`Нагорном Карабахе` → `Нагорный Карабах`). */
  normal: string;
  /** Index of the entity in {@link RechDocument.entities} that this mention refers to. */
  entity: number;
  /** For a person, the parts of the name the mention gives, each in the nominative. */
  parts?: PersonName;
  /** For a place, whether it is named as a territory or as a body (see {@link PlaceSense}); absent on people and organisations. */
  sense?: PlaceSense;
  /**
   * For a place that stands for one of its bodies, named by a common noun before it (`правительства США`, `сборной
   * России`, `мэрии Москвы`): the noun and the place, and their nominative (`правительство США`). Such a body has no name
   * of its own, so it is no organisation's mention: the place is the mention.
   */
  body?: Span & {
    /** The noun and the place with the noun in the nominative (`правительство США`). */
    normal: string;
  };
  /**
   * The name of the rule that found the mention, to ask why it is there: a Russian grammar
   * (`first middle? last`, `Body of place`), a gazetteer name (`listed`), or an English rule
   * (`titled`, `dateline`); the rules are listed in `docs/entities.md` and `docs/english.md`.
   */
  rule: string;
}

/**
 * How a place mention names its place: `'territory'` where something is or happens (`в России`, `на улицах Лондона`,
 * `по всей Сибири`), `'polity'` where a state, region or city stands for its government or people, a body that acts,
 * holds posts or is a party (`Россия заявила`, `посол России`, `переговоры с Россией`): factRuEval's LocOrg. Only a
 * place with a government of its own (a state, region or city) is ever a polity; a part of the world, a sea or a
 * street is always a territory.
 *
 * @example
 * ```ts
 * const doc = await analyze('Россия ответила на санкции. В России выросли цены.');
 * doc.entities[0]!.mentions.map((mention) => mention.sense); // ['polity', 'territory']
 * ```
 *
 * @group Model
 */
export type PlaceSense = 'territory' | 'polity';

/**
 * The parts of a person's name, each in the nominative; a part the text does not give is absent.
 *
 * @example
 * ```ts
 * const name: PersonName = { first: 'Рашад', last: 'Мамедов' };
 * const initials: PersonName = { first: 'А.', middle: 'С.', last: 'Пушкин' };
 * ```
 *
 * @group Model
 */
export interface PersonName {
  /** The first name, or its initial with a dot. */
  first?: string;
  /** The patronymic (or middle name), or its initial with a dot. */
  middle?: string;
  /** The surname. */
  last?: string;
}

/**
 * A named entity: a person, place or organisation, with every mention of it in the document.
 *
 * @example
 * ```ts
 * const entity: Entity = { id: 0, type: 'PER', name: 'Ильхам Алиев', mentions: [] };
 * ```
 *
 * @group Model
 */
export interface Entity {
  /** The entity's index in {@link RechDocument.entities}. */
  id: number;
  /** The entity's type. */
  type: EntityType;
  /** The canonical name, in the nominative: the fullest name the document gives. */
  name: string;
  /** For a person, the parts of the canonical name. */
  parts?: PersonName;
  /** Every mention of the entity, in text order. */
  mentions: EntityMention[];
}

/**
 * The word or fixed phrase that marks a report (`заявил`, `по словам`), with its lemma.
 *
 * @example
 * ```ts
 * const text = 'Дипломат заявил, что Казахстан не должен вовлекаться в конфликт.';
 * const cue: QuoteCue = { start: 9, end: 15, text: 'заявил', lemma: 'заявить' };
 * ```
 *
 * @group Model
 */
export interface QuoteCue extends Span {
  /** The dictionary form of the cue (`заявить`, `по словам`). */
  lemma: string;
}

/**
 * Who said a quote, as the text names them (`посол`, `Глава государства`), with the name it resolves to.
 *
 * @example
 * ```ts
 * const text = 'Дипломат заявил, что Казахстан не должен вовлекаться в конфликт.';
 * const speaker: QuoteSpeaker = { start: 0, end: 8, text: 'Дипломат', name: 'Рашад Мамедов', entity: 0 };
 * ```
 *
 * @group Model
 */
export interface QuoteSpeaker extends Span {
  /** The canonical name of the person or organisation in the nominative, or `null` when the document never names them. */
  name: string | null;
  /** Index of the linked entity in {@link RechDocument.entities}, or `null`. */
  entity: number | null;
}

/**
 * One act of reported speech, writing or stated opinion (see the quote convention in `docs/`).
 *
 * @example
 * ```ts
 * const text = 'Дипломат заявил, что Казахстан не должен вовлекаться в конфликт.';
 * const quote: Quote = {
 *   kind: 'indirect',
 *   content: [{ start: 21, end: 40, text: 'Казахстан не должен' }],
 *   cue: { start: 9, end: 15, text: 'заявил', lemma: 'заявить' },
 *   speaker: { start: 0, end: 8, text: 'Дипломат', name: 'Рашад Мамедов', entity: 0 },
 *   pattern: 'X заявил, что …',
 * };
 * ```
 *
 * @group Model
 */
export interface Quote {
  /** `direct` for the speaker's own words set off typographically, `indirect` for retold speech. */
  kind: 'direct' | 'indirect';
  /** The words reported, in one or more pieces. */
  content: Span[];
  /** The word or fixed phrase that marks the report, with its lemma; `null` when there is none. */
  cue: QuoteCue | null;
  /** Who said it, as the text names them; `null` when the text does not say. */
  speaker: QuoteSpeaker | null;
  /**
   * The name of the pattern that found the quote, to ask why it is there
   * (`«…», — сказал X`, `по словам X`, `"…," X said`); the patterns are listed in `docs/quotes.md`.
   */
  pattern: string;
}

/**
 * A post a person holds, as the text states it: factRuEval's Occupation fact (who, position, where).
 *
 * @example
 * ```ts
 * import { analyze } from 'rech';
 * const doc = await analyze('Посол Азербайджана в Казахстане Рашад Мамедов заявил, что всё хорошо.');
 * const [role] = doc.roles;
 * doc.entities[role.person].name; // 'Рашад Мамедов'
 * role.title; // { start: 0, end: 31, text: 'Посол Азербайджана в Казахстане', normal: 'Посол Азербайджана в Казахстане' }
 * doc.entities[role.of!].name; // 'Азербайджан'
 * role.rule; // 'title before name'
 * ```
 *
 * @group Model
 */
export interface Role {
  /** Index of the person (a `PER` entity) in {@link RechDocument.entities}. */
  person: number;
  /**
   * The words of the post where the text first states it, with the place or organisation that
   * follows them (`послом Франции в Италии`); `normal` is the phrase with its head in the nominative
   * (`посол Франции в Италии`).
   */
  title: Span & {
    /** The title with its head in the nominative (`послом Франции в Италии` → `посол Франции в Италии`). */
    normal: string;
  };
  /** Index of the organisation or place (an `ORG` or `LOC` entity) where the post is held (`Франция`), or `null` when the text names none. */
  of: number | null;
  /**
   * Where the post is held when only a place adjective before the title says so and no entity of the document
   * is that place (`португальский парламентарий`): the adjective, and the place's name (`Португалия`).
   */
  place?: Span & {
    /** The place's name, as the gazetteer lists it (`Португалия`, `Подмосковье`). */
    name: string;
  };
  /**
   * The name of the rule that found the role, to ask why it is there (`title before name`,
   * `name, title`, `name appointed title`); the rules are listed in `docs/entities.md`.
   */
  rule: string;
}

/**
 * The analysed document: the text and every layer `rech` has built over it.
 * Named `RechDocument` so as not to clash with the DOM's global `Document`.
 *
 * @example
 * ```ts
 * import { analyze } from 'rech';
 * const doc = await analyze('Лента новостей\n\nПосол заявил, что всё хорошо.');
 * doc.offsets; // 'utf-16'
 * doc.paragraphs.map((p) => p.language); // [ 'rus', 'rus' ]
 * doc.sentences.length; // 2
 * ```
 *
 * @group Model
 */
export interface RechDocument {
  /**
   * The unit of every offset in the document: always `'utf-16'`, UTF-16 code units, the unit of
   * JavaScript's `String.prototype.slice` (and of Java and C#). Python, Rust and others count code
   * points, which differ after a character outside the Basic Multilingual Plane (an emoji):
   * {@link toCodePoints} converts.
   */
  offsets: 'utf-16';
  /** The analysed text, exactly as given. */
  text: string;
  /** The language of most of the text (see {@link LanguageCode}). */
  language: LanguageCode;
  /** Paragraphs, in text order. */
  paragraphs: Paragraph[];
  /** Sentences, in text order; each lies inside one paragraph. */
  sentences: Sentence[];
  /** Tokens, in text order; each lies inside one sentence. */
  tokens: Token[];
  /** Named entities, each listed once with all its mentions. */
  entities: Entity[];
  /** Quotes, in text order of their first content piece. */
  quotes: Quote[];
  /** The posts people hold, as the text states them, in text order of their titles. */
  roles: Role[];
}
