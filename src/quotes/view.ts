/**
 * The document as the quote rules read it: the word layer, the sentence and
 * paragraph of each word, and the entity mention that covers it.
 */
import type { SentenceTokens, WorkingDocument } from '../document.js';
import type { Entity, EntityMention, Paragraph, Sentence } from '../model.js';
import { partitionPoint } from '../spans.js';
import type { Word } from '../words/word.js';

export interface DocumentView {
  readonly text: string;
  readonly words: readonly Word[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly entities: readonly Entity[];
  /** Index of the first token of each sentence, one past its last, and its paragraph. */
  readonly sentenceTokens: readonly SentenceTokens[];
  /** The sentence of each token. */
  readonly sentenceOf: Int32Array;
  /** The entity mention that covers each token, if any. */
  readonly mentionAt: readonly (EntityMention | undefined)[];
  /** Whether each sentence lies in a Russian paragraph (the only ones the rules read). */
  readonly russian: readonly boolean[];
}

export function documentView({ text, words, sentences, sentenceTokens, sentenceOf, paragraphs, entities }: WorkingDocument): DocumentView {
  const russian = sentenceTokens.map(({ paragraph }) => paragraphs[paragraph]?.language === 'rus');
  const mentionAt: (EntityMention | undefined)[] = new Array(words.length).fill(undefined);
  const mentions = entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  let t = 0;
  for (const mention of mentions) {
    while (t < words.length && words[t]!.token.end <= mention.start) t++;
    for (let i = t; i < words.length && words[i]!.token.start < mention.end; i++) mentionAt[i] = mention;
  }
  return { text, words, sentences, paragraphs, entities, sentenceTokens, sentenceOf, mentionAt, russian };
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAtOrAfter(view: DocumentView, offset: number): number {
  return partitionPoint(view.words, (word) => word.token.start < offset);
}
