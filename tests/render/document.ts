/**
 * Hand-built documents for the renderer tests: segmentation from `tokenize` and
 * `sentenize`, entities and quotes given as strings of the text (and which
 * occurrence), so a test reads as the text it annotates.
 */
import { sentenize, tokenize, type EntityType, type Quote, type RechDocument, type Span } from '../../src/index.js';
import { paragraphBounds } from '../../src/segment/paragraphs.js';

/** A string of the text, its first occurrence unless `occurrence` (from 1) says otherwise. */
export type Needle = string | { text: string; occurrence?: number };

export interface HandEntity {
  type: EntityType;
  name: string;
  /** The mentions; a mention's normal form is `normal` when given, else its text. */
  mentions: Array<Needle | { text: string; occurrence?: number; normal: string }>;
  /** The rule every mention is said to come from (`by hand` when not given). */
  rule?: string;
}

export interface HandQuote {
  kind: 'direct' | 'indirect';
  content: Needle[];
  cue?: { at: Needle; lemma: string };
  speaker?: { at: Needle; name: string | null; entity: number | null };
  /** The pattern the quote is said to come from (`by hand` when not given). */
  pattern?: string;
}

/** The span of a needle; throws when the text does not have it. */
export function spanOf(text: string, needle: Needle): Span {
  const { text: wanted, occurrence = 1 } = typeof needle === 'string' ? { text: needle } : needle;
  let start = -1;
  for (let i = 0; i < occurrence; i++) {
    start = text.indexOf(wanted, start + 1);
    if (start < 0) throw new Error(`${JSON.stringify(wanted)} occurrence ${occurrence} is not in the text`);
  }
  return { start, end: start + wanted.length, text: wanted };
}

/** A document over `text` with the given entities and quotes; every paragraph in `language`. */
export function handDocument(text: string, language: string, layers: { entities?: HandEntity[]; quotes?: HandQuote[] } = {}): RechDocument {
  const entities = (layers.entities ?? []).map((entity, id) => ({
    id,
    type: entity.type,
    name: entity.name,
    mentions: entity.mentions.map((needle) => ({
      ...spanOf(text, needle),
      type: entity.type,
      normal: typeof needle === 'object' && 'normal' in needle ? needle.normal : typeof needle === 'string' ? needle : needle.text,
      entity: id,
      rule: entity.rule ?? 'by hand',
    })),
  }));
  const quotes: Quote[] = (layers.quotes ?? []).map((quote) => ({
    kind: quote.kind,
    content: quote.content.map((needle) => spanOf(text, needle)),
    cue: quote.cue ? { ...spanOf(text, quote.cue.at), lemma: quote.cue.lemma } : null,
    speaker: quote.speaker ? { ...spanOf(text, quote.speaker.at), name: quote.speaker.name, entity: quote.speaker.entity } : null,
    pattern: quote.pattern ?? 'by hand',
  }));
  return {
    offsets: 'utf-16',
    text,
    language,
    paragraphs: paragraphBounds(text).map(({ start, end }) => ({ start, end, text: text.slice(start, end), language })),
    sentences: sentenize(text),
    tokens: tokenize(text),
    entities,
    quotes,
    roles: [],
  };
}

/** An English news paragraph with entities and quotes, as an English pipeline would give it. */
export function englishDocument(): RechDocument {
  const text =
    'Russia\'s Foreign Minister Sergei Lavrov said on Monday that Moscow was ready to host talks between Armenia and Azerbaijan. ' +
    '"We are ready to help," Lavrov told reporters in Moscow, adding that the OSCE Minsk Group should resume its work.';
  return handDocument(text, 'eng', {
    entities: [
      { type: 'LOC', name: 'Russia', mentions: ['Russia'] },
      { type: 'PER', name: 'Sergei Lavrov', mentions: ['Sergei Lavrov', { text: 'Lavrov', occurrence: 2 }] },
      { type: 'LOC', name: 'Moscow', mentions: ['Moscow', { text: 'Moscow', occurrence: 2 }] },
      { type: 'LOC', name: 'Armenia', mentions: ['Armenia'] },
      { type: 'LOC', name: 'Azerbaijan', mentions: ['Azerbaijan'] },
      { type: 'ORG', name: 'OSCE Minsk Group', mentions: ['OSCE Minsk Group'] },
    ],
    quotes: [
      {
        kind: 'indirect',
        content: ['Moscow was ready to host talks between Armenia and Azerbaijan'],
        cue: { at: 'said', lemma: 'say' },
        speaker: { at: "Russia's Foreign Minister Sergei Lavrov", name: 'Sergei Lavrov', entity: 1 },
      },
      {
        kind: 'direct',
        content: ['We are ready to help,'],
        cue: { at: 'told', lemma: 'tell' },
        speaker: { at: { text: 'Lavrov', occurrence: 2 }, name: 'Sergei Lavrov', entity: 1 },
      },
      {
        kind: 'indirect',
        content: ['the OSCE Minsk Group should resume its work'],
        cue: { at: 'adding', lemma: 'add' },
        speaker: { at: { text: 'Lavrov', occurrence: 2 }, name: 'Sergei Lavrov', entity: 1 },
      },
    ],
  });
}

/** The sentence most tests annotate: a speaker holding two entities, a cue and a direct quote. */
export const AMBASSADOR = 'Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».';

/** {@link AMBASSADOR} annotated as `analyze` annotates it. */
export function ambassadorDocument(text = AMBASSADOR): RechDocument {
  return handDocument(text, 'rus', {
    entities: [
      { type: 'LOC', name: 'Азербайджан', mentions: [{ text: 'Азербайджана', normal: 'Азербайджан' }], rule: 'listed' },
      { type: 'PER', name: 'Рашад Мамедов', mentions: ['Рашад Мамедов'], rule: 'first middle? last' },
    ],
    quotes: [
      {
        kind: 'direct',
        content: ['Мы не хотели войны'],
        cue: { at: 'заявил', lemma: 'заявить' },
        speaker: { at: 'Посол Азербайджана Рашад Мамедов', name: 'Рашад Мамедов', entity: 1 },
        pattern: 'X сказал: «…»',
      },
    ],
  });
}
