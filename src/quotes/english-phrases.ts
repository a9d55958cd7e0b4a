/**
 * Noun phrases around a speech verb, read off compromise's tags: the speaker
 * before the verb (`Kremlin spokesman Dmitry Peskov said`), after it
 * (`said Ukrainian President Volodymyr Zelenskyy,`), and the listener after
 * `told` (`told reporters`, `told the BBC`). Every walk has a fixed bound.
 */
import type { Token } from '../model.js';
import { DEMONYMS, GROUPS, POSTMODIFIERS, PRONOUNS, TITLE_ABBREVIATIONS, titleAt } from '../lexicon/english.js';
import type { TokenRange } from './phrases.js';
import { hasTag, isCapitalised, isWord } from '../tokens.js';


/** Tokens a speaker phrase may have (`the U.S. Secretary of State Antony Blinken`). */
const MAX_PHRASE = 10;
/** Tokens allowed between a speaker and the verb: `also`, `has`, `later`. */
const MAX_BETWEEN = 2;

const NOUNISH = ['Noun', 'Adjective', 'Determiner', 'ProperNoun', 'Value', 'Acronym', 'Honorific', 'Possessive'];
const LINKS = new Set(['of', 'for', 'at', 'from']);
const SINGLE_CAPITAL = /^\p{Lu}$/u;

const isPronoun = (token: Token | undefined): boolean => token?.kind === 'word' && token.text.toLowerCase() in PRONOUNS && !hasTag(token, 'Possessive');

/** A word that may stand in a noun phrase: a name, a noun, an adjective, a determiner, a number, `'s`. */
function isPhraseWord(token: Token): boolean {
  if (!isWord(token) || hasTag(token, 'Pronoun') || hasTag(token, 'Conjunction') || hasTag(token, 'Preposition')) return false;
  // A capitalised word is a name even where compromise, short of context, reads a verb (`Blinken asked`).
  if (isCapitalised(token)) return true;
  return !(hasTag(token, 'Verb') && !hasTag(token, 'Noun')) && (NOUNISH.some((tag) => hasTag(token, tag)) || token.tags === undefined);
}

/** The stop of an abbreviation or initial inside a phrase (`Mr.`, `F.`). */
const isAbbreviatingStop = (tokens: readonly Token[], i: number): boolean => {
  const word = tokens[i - 1];
  return tokens[i]!.text === '.' && word !== undefined && word.end === tokens[i]!.start && (SINGLE_CAPITAL.test(word.text) || TITLE_ABBREVIATIONS.has(word.text.toLowerCase()));
};

/** A proper name after a common noun starts a phrase of its own (`a charge Baku denied`), unless the noun is a title or demonym. */
function startsOwnPhrase(tokens: readonly Token[], name: number, before: number): boolean {
  const noun = tokens[before]!;
  return isCapitalised(tokens[name]) && isWord(noun) && !isCapitalised(noun) && !titleAt(tokens, before, name) && !DEMONYMS.has(noun.text) && hasTag(noun, 'Noun');
}

/** The noun phrase that ends right before `verb` (a few adverbs or auxiliaries between), not before `from`; null when none does. */
export function phraseBefore(tokens: readonly Token[], verb: number, from: number): TokenRange | null {
  let end = verb;
  for (let k = 0; k < MAX_BETWEEN && end > from && isBetween(tokens[end - 1]!); k++) end--;
  if (end <= from) return null;
  if (isPronoun(tokens[end - 1])) return { first: end - 1, end };
  let first = end;
  while (first > from && end - first < MAX_PHRASE) {
    const i = first - 1;
    const token = tokens[i]!;
    if (isPhraseWord(token) || isAbbreviatingStop(tokens, i)) {
      if (first < end && startsOwnPhrase(tokens, first, i)) break;
      first = i;
    } else if (LINKS.has(token.text) && first < end && i > from && isPhraseWord(tokens[i - 1]!) && hasTag(tokens[i - 1], 'Noun')) {
      first = i;
    } else if (first < end && i - 1 > from && POSTMODIFIERS.get(token.text)?.has(tokens[i - 1]!.text.toLowerCase()) && isPhraseWord(tokens[i - 2]!)) {
      // Rule `postmodifiedSpeaker`: `A source familiar with the matter said`: the adjective and its preposition describe the noun before them.
      first = i - 1;
    } else break;
  }
  return trimmed(tokens, first, end);
}

/** A verb that makes a clause (`who said`), not a participle inside an apposition (`including`, `based`). */
const isFiniteVerb = (token: Token): boolean => hasTag(token, 'Verb') && !hasTag(token, 'Noun') && !hasTag(token, 'Gerund') && !hasTag(token, 'Participle');

/** Tokens an apposition may have between its commas (`Sen. Chuck Schumer, D-N.Y., said`, `Peskov, the Kremlin's spokesman, said`). */
const MAX_APPOSITION = 8;

/**
 * The subject of a speech verb: the phrase right before it, or a phrase and its apposition set off by commas
 * (`Sen. Chuck Schumer, D-N.Y., said` → `Sen. Chuck Schumer, D-N.Y.`).
 */
export function subjectBefore(tokens: readonly Token[], verb: number, from: number): TokenRange | null {
  const comma = verb - 1;
  if (comma <= from || tokens[comma]!.text !== ',') return phraseBefore(tokens, verb, from);
  let open = comma - 1;
  while (open > from && comma - open <= MAX_APPOSITION && tokens[open]!.text !== ',' && !isFiniteVerb(tokens[open]!)) open--;
  if (open <= from || tokens[open]!.text !== ',' || open === comma - 1) return null;
  const phrase = phraseBefore(tokens, open, from);
  if (!phrase || phrase.end !== open) return null;
  // `Analysts at Morgan Stanley, however, warned`: a lone adverb between the commas is no apposition.
  if (open === comma - 2 && !isPhraseWord(tokens[comma - 1]!)) return phrase;
  return isCapitalised(tokens[phrase.end - 1]) ? { first: phrase.first, end: comma } : null;
}

const isBetween = (token: Token): boolean =>
  isWord(token) && !isCapitalised(token) && (hasTag(token, 'Adverb') || hasTag(token, 'Auxiliary') || hasTag(token, 'Modal')) && !hasTag(token, 'Negative');

/** The noun phrase that starts right after `verb` (`said the minister,`), before `end`; null when none does. */
export function phraseAfter(tokens: readonly Token[], verb: number, end: number): TokenRange | null {
  const first = verb + 1;
  if (first >= end) return null;
  if (isPronoun(tokens[first])) return { first, end: first + 1 };
  let last = first;
  while (last < end && last - first < MAX_PHRASE) {
    const token = tokens[last]!;
    if (isPhraseWord(token) || isAbbreviatingStop(tokens, last)) last++;
    else if (LINKS.has(token.text) && last > first && last + 1 < end && isPhraseWord(tokens[last + 1]!)) last++;
    else break;
  }
  return trimmed(tokens, first, last);
}

/** The listener after `told`: a pronoun (`told him`), or a short phrase up to `that` or a clause (`told reporters`, `told the BBC`). */
export function listenerAfter(tokens: readonly Token[], verb: number, end: number): TokenRange | null {
  const first = verb + 1;
  // `warned that …`: no listener, the clause follows.
  if (first >= end || !isWord(tokens[first]) || tokens[first]!.text.toLowerCase() === 'that') return null;
  if (hasTag(tokens[first], 'Pronoun')) return { first, end: first + 1 }; // told him, told us
  let last = first;
  // At most a determiner, a few words and the head: the clause that follows opens with its own determiner or pronoun.
  while (last < end && last - first < 4 && isPhraseWord(tokens[last]!) && !(last > first && (hasTag(tokens[last], 'Determiner') || isPronoun(tokens[last])))) {
    last++;
    if (hasTag(tokens[last - 1], 'Noun') && !isCapitalised(tokens[last - 1]) && !isCapitalised(tokens[last])) break;
  }
  return trimmed(tokens, first, last);
}

/** The phrase without punctuation or links at its edges; null when no word is left. */
function trimmed(tokens: readonly Token[], first: number, end: number): TokenRange | null {
  let a = first;
  let b = end;
  while (a < b && (!isWord(tokens[a]) || LINKS.has(tokens[a]!.text))) a++;
  while (b > a && !isWord(tokens[b - 1]) && !isAbbreviatingStop(tokens, b - 1)) b--;
  while (b > a && LINKS.has(tokens[b - 1]!.text)) b--;
  return b > a ? { first: a, end: b } : null;
}

/** The phrase names an unnamed group (`diplomats`, `Armenian officials`): its last word is a listed plural. */
export const isGroup = (tokens: readonly Token[], phrase: TokenRange): boolean => GROUPS.has(tokens[phrase.end - 1]!.text.toLowerCase());
