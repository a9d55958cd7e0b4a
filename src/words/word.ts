/**
 * A word: a token as the entity and quote rules read it, with its readings,
 * shape and lookup keys.
 */
import { analyses, type WordAnalysis } from '../morphology/morphology.js';
import type { EntityType, Token, TokenKind } from '../model.js';

/** Letter case of a token's text. */
export type Shape = 'lower' | 'title' | 'upper' | 'mixed' | 'none';

/** A token as the rules see it. */
export interface Word {
  /** A number no other word has (consecutive within a {@link toWords} call and between consecutive calls), for the grammar's remembered answers. */
  readonly serial: number;
  readonly token: Token;
  readonly text: string;
  /** The token's kind, so that a word passes wherever a token does (`isPunctuation(word, ',')`). */
  readonly kind: TokenKind;
  /** Readings, most probable first; empty for non-Cyrillic tokens. */
  readonly analyses: readonly WordAnalysis[];
  /** Lower-case keys with ё folded to е: the text itself and every lemma. */
  readonly keys: readonly string[];
  readonly shape: Shape;
  readonly latin: boolean;
  /** The first word of its sentence (its capital letter says little). */
  readonly sentenceStart: boolean;
  /** The dictionary knows the word as a common word too (`Дипломат`, `Есть`, `путина`). */
  readonly common: boolean;
  /** Every grammeme of any reading (part of speech included), for quick tests. */
  readonly grammemes: ReadonlySet<string>;
  /** Every grammeme of any dictionary reading. */
  readonly knownGrammemes: ReadonlySet<string>;
  /** The type of the gazetteer name this word is part of, once the gazetteer has been read over the sentence. */
  listed: EntityType | undefined;
}

/** Lower case with ё folded to е: the form gazetteers and word lists are compared in. */
export function fold(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е');
}

const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn'];
const LATIN = /^[A-Za-z][A-Za-z'’&.-]*$/;

/** What a word form always has, whatever its place: computed once per form. */
interface Form {
  readonly analyses: readonly WordAnalysis[];
  readonly keys: readonly string[];
  readonly shape: Shape;
  readonly latin: boolean;
  readonly common: boolean;
  readonly grammemes: ReadonlySet<string>;
  readonly knownGrammemes: ReadonlySet<string>;
}

const FORM_CACHE_LIMIT = 200_000;
const forms = new Map<string, Form>();

function formOf(token: Token): Form {
  const cached = token.kind === 'word' ? forms.get(token.text) : undefined;
  if (cached) return cached;
  const readings = token.kind === 'word' ? analyses(token.text) : [];
  const folded = fold(token.text);
  const keys = [folded];
  // A guessed lemma must keep the word's beginning: az's prefix guesser turns `Уэббера` into `бер`.
  for (const reading of readings) {
    if (!reading.known && !reading.lemma.startsWith(folded.slice(0, 3))) continue;
    const key = fold(reading.lemma);
    if (!keys.includes(key)) keys.push(key);
  }
  const form: Form = {
    analyses: readings,
    keys,
    shape: shapeOf(token.text),
    latin: token.kind === 'word' && LATIN.test(token.text),
    common: readings.some((reading) => reading.known && !PROPER.some((grammeme) => reading.tags.includes(grammeme))),
    grammemes: new Set(readings.flatMap((reading) => reading.tags)),
    knownGrammemes: new Set(readings.flatMap((reading) => (reading.known ? reading.tags : []))),
  };
  if (token.kind === 'word') {
    if (forms.size >= FORM_CACHE_LIMIT) forms.clear();
    forms.set(token.text, form);
  }
  return form;
}

let serials = 0;

/** The words of one sentence's tokens, in order. */
export function toWords(tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  let sentenceStart = true;
  for (const token of tokens) {
    const form = formOf(token);
    words.push({ serial: serials++, token, text: token.text, kind: token.kind, ...form, sentenceStart: sentenceStart && token.kind === 'word', listed: undefined });
    // Punctuation before the first word (a dash, an opening quote) keeps it sentence-initial.
    if (token.kind === 'word' || token.kind === 'number') sentenceStart = false;
  }
  return words;
}

function shapeOf(text: string): Shape {
  const first = text[0]!;
  const upperFirst = first !== first.toLowerCase();
  const lowerFirst = first !== first.toUpperCase();
  if (!upperFirst && !lowerFirst) return 'none';
  const rest = text.slice(1);
  if (lowerFirst) return rest === rest.toLowerCase() ? 'lower' : 'mixed';
  if (rest === rest.toLowerCase()) return 'title';
  if (rest === rest.toUpperCase()) return 'upper';
  // `Нагорно-Карабахской`, `Нью-Йорк`: each hyphenated part starts with its only capital.
  return text.split('-').every((part) => part.slice(1) === part.slice(1).toLowerCase()) ? 'title' : 'mixed';
}
