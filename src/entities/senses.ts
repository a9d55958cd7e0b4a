/**
 * Place senses: whether a place mention names a territory (`в России`) or a state, region or city standing for its
 * government or people, a body that acts, holds posts or is a party (`Россия заявила`, `посол России`, `переговоры с
 * Россией`) — factRuEval's LocOrg, ACE's geopolitical entity as an organisation. News names a state both ways in one
 * sentence (`В России считают, что Россия должна…`), so the sense belongs to the mention, read from the words that
 * govern it.
 */
import type { WorkingDocument } from '../document.js';
import type { EntityMention, PlaceSense, Span } from '../model.js';
import { listedPlaceGroup } from '../lexicon/gazetteer.js';
import placeWords from '../data/gazetteer/place-words.json';
import { phraseNominative } from '../words/nominative.js';
import { fold, foldedSet, type Word } from '../words/word.js';

/** The lists of places that have a government of their own (locations.json). */
const GOVERNED_GROUPS: ReadonlySet<string> = new Set(['countries', 'regions', 'cities']);
/** Nouns of a governed unit, which make an unlisted place's name a governed one (`Ханты-Мансийский автономный округ`). */
const GOVERNED_UNITS: ReadonlySet<string> = foldedSet(placeWords.ownerPlaces);
const SPATIAL_PREPOSITIONS: ReadonlySet<string> = foldedSet(placeWords.spatialPrepositions);
const TERRITORY_NOUNS: ReadonlySet<string> = foldedSet(placeWords.territoryNouns);
const BODY_NOUNS: ReadonlySet<string> = foldedSet(placeWords.bodyNouns);
const DIPLOMATIC_NOUNS: ReadonlySet<string> = foldedSet(placeWords.diplomaticNouns);
const IN: ReadonlySet<string> = new Set(['в', 'во']);
/** Words that join a place to a place before it: a list (`Ливерпуле, Манчестере и Бристоле`) or a bracket (`в Детройте (США)`). */
const JOINERS: ReadonlySet<string> = new Set([',', 'и', 'или', '(', 'and', 'or']);
/** How many modifiers (`всей`, `самом`, `соседней`) may stand between a place and the word that governs it. */
const MODIFIERS = 3;

/** Gives every place mention of the document its sense (see {@link PlaceSense}). */
export function addPlaceSenses({ text, words, mentionAt }: WorkingDocument): void {
  for (let i = 0; i < words.length; i++) {
    const mention = mentionAt[i];
    if (mention === undefined || mention.type !== 'LOC' || mentionAt[i - 1] === mention) continue;
    mention.sense = senseOf(mention, words, mentionAt, i);
    const body = mention.sense === 'polity' ? bodyOf(text, words, mentionAt, i) : undefined;
    if (body !== undefined) mention.body = body;
  }
}

/**
 * Rule `body of a place`: a state's, region's or city's own body named by a common noun right before the place in the
 * genitive (`правительства США`, `сборной России`, `мэрии Москвы`; place-words.json `bodyNouns`): the noun and the place,
 * and their nominative (`правительство США`).
 */
function bodyOf(text: string, words: readonly Word[], mentionAt: readonly (EntityMention | undefined)[], first: number): (Span & { normal: string }) | undefined {
  const noun = words[first - 1];
  if (noun === undefined || noun.shape === 'upper' || !noun.keys.some((key) => BODY_NOUNS.has(key))) return undefined;
  let end = first + 1;
  while (mentionAt[end] === mentionAt[first]) end++;
  const [start, last] = [noun.token.start, words[end - 1]!.token.end];
  return { start, end: last, text: text.slice(start, last), normal: phraseNominative(words.slice(first - 1, end), 0) };
}

/**
 * The sense of a place mention, by the first rule that applies:
 * - ungoverned place: a place with no government of its own (a part of the world, a sea, a street) is a territory;
 * - dateline: a place in capitals opening a sentence before a comma is where the report was filed (`МОСКВА, 5 марта`);
 * - host state: a state after `в` that a diplomatic post or mission is in is the host, a party (`посол Японии в России`);
 * - spatial preposition: a place governed by one is where something is (`в России`, `по всей Чечне`, `из Москвы`);
 * - territory noun: a place in the genitive after a noun of territory is one (`на территории Гагаузии`, `улицы Лондона`);
 * - coordinated place: a place joined by a comma or `и` to a place before it shares that place's governing word
 *   (`в Ливерпуле, Манчестере и Бристоле`), and a place in brackets after a place is where that place is (`в Детройте (США)`);
 * - polity: any other state, region or city stands for its state, government or people (`Россия заявила`, `посол России`).
 */
function senseOf(mention: EntityMention, words: readonly Word[], mentionAt: readonly (EntityMention | undefined)[], first: number): PlaceSense {
  if (!governed(mention) || dateline(words, first)) return 'territory';
  const at = governingIndex(words, first);
  const governor = words[at];
  if (governor === undefined) return 'polity';
  if (IN.has(governor.folded) && diplomaticPost(words, mentionAt, at - 1)) return 'polity';
  if (SPATIAL_PREPOSITIONS.has(governor.folded) || governor.keys.some((key) => TERRITORY_NOUNS.has(key))) return 'territory';
  const before = mentionAt[at - 1];
  if (JOINERS.has(governor.folded) && before?.type === 'LOC' && before.sense !== undefined) return before.sense;
  return 'polity';
}

/** Whether a diplomatic post or mission ends at `last`, with the state that keeps it after it or not (`посол | Японии`, `посольство`). */
function diplomaticPost(words: readonly Word[], mentionAt: readonly (EntityMention | undefined)[], last: number): boolean {
  let i = last;
  const sender = mentionAt[i];
  if (sender?.type === 'LOC') while (i >= 0 && mentionAt[i] === sender) i--;
  return words[i]?.keys.some((key) => DIPLOMATIC_NOUNS.has(key)) ?? false;
}

/** Whether the place has a government of its own: a listed state, region or city, or a name whose noun is a governed unit. */
function governed(mention: EntityMention): boolean {
  const group = listedPlaceGroup(mention.normal);
  if (group !== undefined) return GOVERNED_GROUPS.has(group);
  return mention.normal.split(' ').some((part) => GOVERNED_UNITS.has(fold(part)));
}

/** Whether the words from `first` open a dateline: a sentence's first word in capitals, then a comma. */
function dateline(words: readonly Word[], first: number): boolean {
  let end = first;
  while (words[end]?.shape === 'upper') end++;
  return words[first]!.sentenceStart && end > first && words[end]?.text === ',';
}

/** The index of the word before a place, past the lower-case adjectives that modify it (`по всей Чечне` → `по`); -1 at the start. */
function governingIndex(words: readonly Word[], first: number): number {
  let i = first - 1;
  for (let skipped = 0; skipped < MODIFIERS && i >= 0 && modifier(words[i]!); skipped++) i--;
  return i;
}

const modifier = (word: Word): boolean => word.shape === 'lower' && (word.grammemes.has('ADJF') || word.grammemes.has('PRTF'));
