/**
 * Named rules of the sentence splitter. A candidate boundary follows a token of
 * final punctuation (`.`, `?!`, `…`) and any closing quotes or brackets glued to
 * it, follows a colon, or precedes a list bullet; the rules are asked in order,
 * the first answer decides, and with no answer the sentence ends there. Line
 * breaks always end a sentence, before any rule.
 */
import type { Token } from '../model.js';
import abbreviations from '../data/segment/abbreviations.json';
import english from '../data/segment/english.json';
import dottedNames from '../data/segment/dotted-names.json';
import englishCues from '../data/quotes/english-cues.json';

export type Decision = 'join' | 'split' | undefined;

/** The tokens around one candidate boundary, all inside one paragraph. */
export interface SentenceBoundary {
  tokens: readonly Token[];
  /** Index of the final mark or colon (before any closing quotes glued to it), or of the token before a bullet. */
  end: number;
  /** Index of the first token after the boundary. */
  next: number;
  /** Index of the first token of the sentence being built. */
  sentenceStart: number;
  /** How many `«` are open at the boundary, counted from the paragraph start. */
  quoteDepth: number;
}

export interface SentenceRule {
  name: string;
  decide(boundary: SentenceBoundary): Decision;
}

// Russian and English abbreviations are told apart by their letters, so one set of each kind serves both.
const INNER = new Set([...abbreviations.inner.russian, ...abbreviations.inner.english]);
const UNIT = new Set(abbreviations.unit.russian);
const FINAL = new Set([...abbreviations.final.russian, ...abbreviations.final.english]);
const COMPANY = new Set(abbreviations.company.english);
const BEFORE_NUMBER = new Set(abbreviations.beforeNumber.english);
const SENTENCE_STARTERS = new Set(english.sentenceStarters);
const SPEECH_FORMS = new Set(Object.values(englishCues.speechVerbs).flat());
/** Capitalised words a name before a speech verb may have (`"Why?" Kremlin spokesman Dmitry Peskov asked`): any more is a sentence. */
const ATTRIBUTION_NAME = 4;

const LOWER = /^\p{Ll}/u;
const LATIN_WORD = /^[A-Za-z]/;
const UPPER = /^\p{Lu}/u;
const OPENING_QUOTE = /^[«“„"]$/;
export const BULLET = /^[•●▪■◦‣►▶]$/;
const UPPER_LETTER = /^\p{Lu}$/u;
const DASH = /^[‑–—−-]+$/;
const CONTINUING = /^[,;:)\]}]/;
const ROMAN = /^[IVXLCDM]+$/;

const isNumber = (token: Token | undefined): boolean =>
  token !== undefined && (token.kind === 'number' || (token.kind === 'word' && ROMAN.test(token.text)));

/** A capital letter with a stop glued to it: `А.` in `А. С. Иванов`. */
function isInitial(tokens: readonly Token[], index: number): boolean {
  const letter = tokens[index];
  const stop = tokens[index + 1];
  return letter !== undefined && stop !== undefined && UPPER_LETTER.test(letter.text) && stop.text === '.' && stop.start === letter.end;
}

const RUSSIAN_WORD_END = /[а-яё]{2}$/;
const RUSSIAN_CAPITALISED = /^[А-ЯЁ][а-яё]/;

/** Companies whose services are named `Яндекс.Деньги` (data/segment/dotted-names.json): their dot is inside a name. */
const DOTTED_OWNERS: ReadonlySet<string> = new Set(dottedNames.owners);

/** `Армении.Есть`: a Russian word, one stop, and a capitalised Russian word, with no spaces; not a service's name (`Яндекс.Деньги`). */
function isGluedSentence(b: SentenceBoundary): boolean {
  const word = b.tokens[b.end - 1];
  return (
    b.next === b.end + 1 &&
    !DOTTED_OWNERS.has(word?.text ?? '') &&
    b.tokens[b.end]!.text === '.' &&
    word !== undefined &&
    word.end === b.tokens[b.end]!.start &&
    RUSSIAN_WORD_END.test(word.text) &&
    RUSSIAN_CAPITALISED.test(b.tokens[b.next]!.text)
  );
}

/** The word before a full stop, and the word before that one when they form `т. д.`. */
function abbreviationKeys(b: SentenceBoundary): { last: string; pair: string | undefined } | undefined {
  const stop = b.tokens[b.end]!;
  const word = b.tokens[b.end - 1];
  if (stop.text !== '.' || !word || word.kind !== 'word' || b.end - 1 < b.sentenceStart) return undefined;
  if (word.end !== stop.start) return undefined;
  const last = word.text.toLowerCase();
  const dot = b.tokens[b.end - 2];
  const first = b.tokens[b.end - 3];
  const pair = dot?.text === '.' && first?.kind === 'word' && first.end === dot.start ? `${first.text.toLowerCase()}.${last}` : undefined;
  return { last, pair };
}

/** A word that opens an English sentence (`The`, `He`), or a quotation mark. */
const opensSentence = (token: Token): boolean => SENTENCE_STARTERS.has(token.text) || OPENING_QUOTE.test(token.text);

/** The rules, in the order they are asked. */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  {
    // `• Россия`: a list bullet opens a sentence.
    name: 'bullet',
    decide: (b) => (BULLET.test(b.tokens[b.next]!.text) ? 'split' : undefined),
  },
  {
    // `Он заявил: «Мы не боимся».` A colon ends a sentence only before a quotation
    // that starts with a capital, as the factRuEval annotation does.
    name: 'colon-quote',
    decide: (b) => {
      if (b.tokens[b.end]!.text !== ':') return undefined;
      if (b.quoteDepth > 0) return 'join'; // `«…говорят: “Нам надоело…”»` stays inside its quote
      const after = b.tokens[b.next + 1];
      return OPENING_QUOTE.test(b.tokens[b.next]!.text) && after !== undefined && UPPER.test(after.text) ? 'split' : 'join';
    },
  },
  {
    // `sputnik.kz`, `т.е.`: no space after the mark, no boundary, except between
    // two Russian sentences glued by scraping (`в Армении.Есть жертвы`), which
    // the later rules decide as if the space were there.
    name: 'glued',
    decide: (b) => {
      const next = b.tokens[b.next]!;
      if (next.start !== b.tokens[b.next - 1]!.end) return undefined;
      return isGluedSentence(b) ? undefined : 'join';
    },
  },
  {
    // A lower-case word goes on with the same sentence: `и т. д. и т. п.`, `«Кто?» — спросил он`.
    name: 'lower',
    decide: (b) => (LOWER.test(b.tokens[b.next]!.text) ? 'join' : undefined),
  },
  {
    // `«П?», — а.` · `(см. выше)` · `Да… ;`
    name: 'continuing-punctuation',
    decide: (b) => (CONTINUING.test(b.tokens[b.next]!.text) ? 'join' : undefined),
  },
  {
    // `«Кто там?» — спросил он.`: a dash and a lower-case word attribute the quote before.
    name: 'attribution-dash',
    decide: (b) => {
      const after = b.tokens[b.next + 1];
      return DASH.test(b.tokens[b.next]!.text) && after !== undefined && LOWER.test(after.text) ? 'join' : undefined;
    },
  },
  {
    name: 'abbreviation',
    decide: (b) => {
      const keys = abbreviationKeys(b);
      if (!keys) return undefined;
      const next = b.tokens[b.next]!;
      if ((keys.pair && FINAL.has(keys.pair)) || FINAL.has(keys.last)) return isNumber(next) ? 'join' : 'split';
      // `Tesla Inc. Chief Executive Elon Musk`, but `Microsoft Corp. The company`, as after a dotted abbreviation;
      // before a word of another script, as before: the sentence ends.
      if (COMPANY.has(keys.last)) return isNumber(next) || (LATIN_WORD.test(next.text) && !opensSentence(next)) ? 'join' : 'split';
      if (keys.pair && INNER.has(keys.pair)) return 'join';
      if (BEFORE_NUMBER.has(keys.last)) return isNumber(next) ? 'join' : undefined;
      if (UNIT.has(keys.last)) return isNumber(b.tokens[b.end - 2]) && !isNumber(next) && !isInitial(b.tokens, b.next) ? 'split' : 'join';
      if (INNER.has(keys.last)) return 'join';
      return undefined;
    },
  },
  {
    // `"Why now?" Blinken asked.`: a name and an English speech verb after a quoted question or exclamation attribute it.
    name: 'attribution-name',
    decide: (b) => {
      if (b.next === b.end + 1 || (b.tokens[b.end]!.text !== '?' && b.tokens[b.end]!.text !== '!')) return undefined;
      let i = b.next;
      while (i < b.tokens.length && i - b.next < ATTRIBUTION_NAME && b.tokens[i]!.kind === 'word' && UPPER.test(b.tokens[i]!.text)) i++;
      return i > b.next && SPEECH_FORMS.has(b.tokens[i]?.text ?? '') ? 'join' : undefined;
    },
  },
  {
    // `the U.S. State Department`, `at 10 a.m. Monday`: a dotted abbreviation (one token with its stops)
    // ends a sentence only before a word that opens one (`in the U.S. The talks`) or a quotation.
    name: 'dotted-abbreviation',
    decide: (b) => {
      const last = b.tokens[b.end]!;
      if (last.kind !== 'word') return undefined;
      return opensSentence(b.tokens[b.next]!) ? 'split' : 'join';
    },
  },
  {
    // `А. С. Пушкин`, `Дж. Буш`: a capital letter and a stop are an initial.
    name: 'initial',
    decide: (b) => {
      const stop = b.tokens[b.end]!;
      const letter = b.tokens[b.end - 1];
      if (stop.text !== '.' || !letter || letter.end !== stop.start || b.end - 1 < b.sentenceStart) return undefined;
      if (isNumber(b.tokens[b.end - 2])) return undefined; // `до 10 G. Из-за` is a unit
      return UPPER_LETTER.test(letter.text) || letter.text === 'Дж' ? 'join' : undefined;
    },
  },
  {
    // `1. Первый пункт`: a number opening a line is a list item, not a sentence.
    name: 'list-item',
    decide: (b) => (b.tokens[b.end]!.text === '.' && b.end - 1 === b.sentenceStart && isNumber(b.tokens[b.end - 1]) ? 'join' : undefined),
  },
];
