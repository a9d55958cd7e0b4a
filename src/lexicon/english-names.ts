/**
 * What an English name looks like in rech's tokens: capitalised words,
 * initials (`F.`, `J.K.`) and surname particles (`von der`), and the parts of
 * a person's name they make. Shared by the entity and quote stages.
 */
import type { PersonName, Token } from '../model.js';
import { isCapitalised } from '../tokens.js';
import { DEMONYMS, NAME_PARTICLES, NOT_NAMES, titleAt } from './english.js';

/** Words a name may have: enough for `Martin Luther King` or `Ursula von der Leyen`. */
const MAX_NAME_WORDS = 5;
/** Tokens a title may have (`deputy secretary of state`, `Lt. Gen.`). */
const MAX_TITLE_TOKENS = 6;

const HAS_LOWER = /\p{Ll}/u;
const DOTTED = /^(?:\p{Lu}\.)+$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;


/** A capitalised word that may be part of a person's name: not a demonym, a weekday or month, or a cut-off clitic. */
export function isNameWord(token: Token | undefined): boolean {
  if (!isCapitalised(token) || DEMONYMS.has(token!.text) || NOT_NAMES.has(token!.text)) return false;
  return HAS_LOWER.test(token!.text) || DOTTED.test(token!.text);
}

/** `F.` in `John F. Kennedy`: a capital letter and the stop glued to it; returns the tokens it takes (0 or 2). */
function initialAt(tokens: readonly Token[], i: number, end: number): number {
  const letter = tokens[i];
  const stop = tokens[i + 1];
  return i + 1 < end && letter!.kind === 'word' && SINGLE_CAPITAL.test(letter!.text) && stop!.text === '.' && stop!.start === letter!.end ? 2 : 0;
}

/**
 * The end of the person's name that starts at token `i` (before `end`), or `i` when none does:
 * name words, initials, and particles between them.
 */
export function nameRunEnd(tokens: readonly Token[], i: number, end: number): number {
  let j = i;
  let last = i;
  let words = 0;
  while (j < end && words < MAX_NAME_WORDS) {
    const initial = initialAt(tokens, j, end);
    if (initial > 0 && j + initial < end && isNameWord(tokens[j + initial])) {
      j += initial;
    } else if (isNameWord(tokens[j])) {
      j++;
      last = j;
    } else if (words > 0 && NAME_PARTICLES.has(tokens[j]!.text)) {
      // `von der Leyen`: particles count only before the name word they lead to.
      let k = j + 1;
      while (k < end && k - j < 3 && NAME_PARTICLES.has(tokens[k]!.text)) k++;
      if (k >= end || !isNameWord(tokens[k])) break;
      j = k;
      continue;
    } else break;
    words++;
  }
  return last;
}

/** The words of a name's tokens, an initial with its stop (`F.`). */
function nameWords(tokens: readonly Token[], first: number, end: number): string[] {
  const words: string[] = [];
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    if (token.text === '.' && words.length > 0) words[words.length - 1] += '.';
    else words.push(token.text);
  }
  return words;
}

/** A person's name written as the text writes it, and its parts: one word is a surname; particles belong to the surname. */
export function personName(tokens: readonly Token[], first: number, end: number): { normal: string; parts: PersonName } {
  const words = nameWords(tokens, first, end);
  const normal = words.join(' ');
  if (words.length === 1) return { normal, parts: { last: words[0]! } };
  let surname = words.length - 1;
  while (surname > 1 && NAME_PARTICLES.has(words[surname - 1]!)) surname--;
  const parts: PersonName = { first: words[0]!, last: words.slice(surname).join(' ') };
  if (surname > 1) parts.middle = words.slice(1, surname).join(' ');
  return { normal, parts };
}

/** Where the title that ends right before token `i` starts (`Secretary of State` before `Antony`), with its head; null when none does. */
export function titleBefore(tokens: readonly Token[], i: number, from: number): { first: number; head: string } | null {
  for (let k = Math.max(from, i - MAX_TITLE_TOKENS); k < i; k++) {
    const title = titleAt(tokens, k, i);
    if (title && k + title.length === i) return { first: k, head: title.value };
  }
  return null;
}
