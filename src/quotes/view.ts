/**
 * The document as the quote rules read it: every token as a word with its
 * readings, the sentence and paragraph it belongs to, and the entity mention
 * that covers it.
 */
import type { Entity, EntityMention, Paragraph, Sentence, Token } from '../model.js';
import { partitionPoint, within } from '../spans.js';
import { toWords, type Word } from '../entities/words.js';

export interface DocumentView {
  readonly text: string;
  readonly words: readonly Word[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly entities: readonly Entity[];
  /** Index of the first token of each sentence, and one past its last. */
  readonly sentenceTokens: readonly { readonly first: number; readonly end: number; readonly paragraph: number }[];
  /** The sentence of each token. */
  readonly sentenceOf: Int32Array;
  /** The entity mention that covers each token, if any. */
  readonly mentionAt: readonly (EntityMention | undefined)[];
  /** Whether each sentence lies in a Russian paragraph (the only ones the rules read). */
  readonly russian: readonly boolean[];
}

export function documentView(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  paragraphs: readonly Paragraph[],
  entities: readonly Entity[],
): DocumentView {
  const words: Word[] = [];
  const sentenceTokens: { first: number; end: number; paragraph: number }[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  const russian: boolean[] = [];
  let paragraph = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    while (paragraph < paragraphs.length - 1 && paragraphs[paragraph]!.end <= sentence.start) paragraph++;
    const first = words.length;
    for (const word of toWords(within(tokens, sentence))) {
      sentenceOf[words.length] = s;
      words.push(word);
    }
    sentenceTokens.push({ first, end: words.length, paragraph });
    russian.push(paragraphs[paragraph]?.language === 'rus');
  }
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
