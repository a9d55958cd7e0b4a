/**
 * Tests over a single token that every stage asks: is it a word, is it a
 * given punctuation mark. They read only `kind` and `text`, so a Token and a
 * Word (which carries its token's kind and text) both pass.
 */
import type { Token, TokenKind } from './model.js';

/** What the tests read of a token or a word. */
export interface TokenLike {
  readonly kind: TokenKind;
  readonly text: string;
}

/** A word token (not punctuation, a number, an address…). */
export const isWord = (token: TokenLike | undefined): boolean => token?.kind === 'word';

/** A punctuation token made only of `marks` (`?!` and `...` count as final marks). */
export const isPunctuation = (token: TokenLike | undefined, marks: string): boolean =>
  token?.kind === 'punctuation' && [...token.text].every((ch) => marks.includes(ch));

const CAPITALISED = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/** A word that starts with a capital letter. */
export const isCapitalised = (token: TokenLike | undefined): boolean => token?.kind === 'word' && CAPITALISED.test(token.text);

/** `BAKU`, `NATO`: a word in capitals of at least two letters. */
export const isUpper = (token: TokenLike | undefined): boolean =>
  token?.kind === 'word' && token.text.length >= 2 && !HAS_LOWER.test(token.text) && token.text !== token.text.toLowerCase();

/** A token that carries `tag` among its tags (compromise's, on English words; OpenCorpora grammemes, on Russian ones). */
export const hasTag = (token: Token | undefined, tag: string): boolean => token?.tags?.includes(tag) ?? false;
