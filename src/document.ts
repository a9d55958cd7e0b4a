/**
 * The working document that {@link analyze} passes from stage to stage: the
 * text and every layer built so far. Each stage reads the layers it needs and
 * adds its own, in the order `analyze` lists them; no stage redoes an earlier
 * one. The public {@link RechDocument} is taken from it at the end, as plain data.
 */
import type { Entity, EntityMention, LanguageCode, Paragraph, Quote, RechDocument, Role, Sentence, Token } from './model.js';
import type { NamedRange } from './words/english.js';
import type { Word } from './words/word.js';

/** A sentence as indices into the tokens, with the index of its paragraph. */
export interface SentenceTokens {
  /** Index of its first token. */
  readonly first: number;
  /** One past its last token. */
  readonly end: number;
  /** Index of its paragraph. */
  readonly paragraph: number;
}

/** The layers of a document under analysis; a layer not built yet is empty. */
export interface WorkingDocument {
  /** The text, exactly as given. */
  readonly text: string;
  /** The language the caller says the document is in, if any. */
  readonly languageHint: LanguageCode | undefined;
  /** The language of most of the text. */
  language: LanguageCode;
  paragraphs: Paragraph[];
  tokens: Token[];
  sentences: Sentence[];
  /** The tokens and paragraph of each sentence, parallel to `sentences`. */
  sentenceTokens: SentenceTokens[];
  /** The index of the sentence of each token. */
  sentenceOf: Int32Array;
  /** The word layer: one per token, in order, with its readings and shape. */
  words: Word[];
  /** compromise's people, places and organisations in the English sentences, in text order. */
  englishNames: NamedRange[];
  entities: Entity[];
  /** The entity mention that covers each token, if any: the entity layer by token, for the stages after it. */
  mentionAt: (EntityMention | undefined)[];
  /** The posts people hold (the roles stage, after the entities). */
  roles: Role[];
  quotes: Quote[];
}

/** A stage of the analysis: reads the layers before it and adds its own. */
export type Stage = (document: WorkingDocument) => void | Promise<void>;

/** A document with no layer built yet. */
export function newDocument(text: string, languageHint: LanguageCode | undefined): WorkingDocument {
  return {
    text,
    languageHint,
    language: 'und',
    paragraphs: [],
    tokens: [],
    sentences: [],
    sentenceTokens: [],
    sentenceOf: new Int32Array(0),
    words: [],
    englishNames: [],
    mentionAt: [],
    entities: [],
    roles: [],
    quotes: [],
  };
}

/** The public layers of a working document. */
export function publicDocument({ text, language, paragraphs, sentences, tokens, entities, quotes, roles }: WorkingDocument): RechDocument {
  return { offsets: 'utf-16', text, language, paragraphs, sentences, tokens, entities, quotes, roles };
}
