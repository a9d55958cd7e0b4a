/**
 * The document as the quote rules read it: the tokens and their words, the
 * sentence, paragraph and language of each, and the entity mention that
 * covers each word. The Russian patterns read the Russian sentences, the
 * English patterns the English ones.
 */
import type { SentenceTokens, WorkingDocument } from '../document.js';
import type { Entity, EntityMention, LanguageCode, Paragraph, Role, Sentence, Token } from '../model.js';
import { partitionPoint } from '../spans.js';
import { isWord } from '../tokens.js';
import type { Word } from '../words/word.js';

export interface DocumentView {
  readonly text: string;
  /** The tokens, with compromise's lemma and tags in English sentences (which the English patterns read). */
  readonly tokens: readonly Token[];
  /** The word of each token (readings, shape), which the Russian patterns read. */
  readonly words: readonly Word[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly entities: readonly Entity[];
  /** Who holds which post (the roles stage), which role nouns among the speakers resolve through. */
  readonly roles: readonly Role[];
  /** Index of the first token of each sentence, one past its last, and its paragraph. */
  readonly sentenceTokens: readonly SentenceTokens[];
  /** The sentence of each token. */
  readonly sentenceOf: Int32Array;
  /** The language of each sentence: its paragraph's. */
  readonly language: readonly LanguageCode[];
  /** The entity mention that covers each token, if any. */
  readonly mentionAt: readonly (EntityMention | undefined)[];
}

export function documentView({ text, tokens, words, sentences, sentenceTokens, sentenceOf, paragraphs, entities, roles, mentionAt }: WorkingDocument): DocumentView {
  const language = sentenceTokens.map(({ paragraph }) => paragraphs[paragraph]?.language ?? 'und');
  return { text, tokens, words, sentences, paragraphs, entities, roles, sentenceTokens, sentenceOf, language, mentionAt };
}

/** The language of the sentence of token `i`. */
export const languageAt = (view: DocumentView, i: number): LanguageCode | undefined => view.language[view.sentenceOf[i]!];

/** Index of the first token that starts at or after `offset`, searched from token `from` on. */
export function tokenAtOrAfter(view: DocumentView, offset: number, from = 0): number {
  return partitionPoint(view.tokens, (token) => token.start < offset, from);
}

/** The first word token in `[first, end)`, or -1. */
export function firstWord(view: DocumentView, first: number, end: number): number {
  for (let i = first; i < end; i++) if (isWord(view.tokens[i])) return i;
  return -1;
}
