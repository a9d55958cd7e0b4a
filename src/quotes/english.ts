/**
 * The quote patterns of English news, as drafts: content pieces, the cue and
 * the speaker phrase as token ranges, before speakers are resolved.
 *
 * Direct speech, from the pairs of quotation marks (curly or straight):
 * - `"…," X said.`, `"…," said X.`, `"…?" X asked.` — an attribution right
 *   after the closing mark, when the quotation does not end its sentence with
 *   a full stop; `"…," X said, "…"` continues into a second piece;
 * - `X said: "…"`, `X told reporters "…"` — a speech verb just before the
 *   opening mark (`X said that "…"` is reported speech with a quotation in it);
 * - a quoted sentence standing alone with a few words, which continues the
 *   speaker before it.
 *
 * Reported speech, one per sentence:
 * - `according to X, …`, `…, according to X.`, `…, according to X, …`;
 * - `X said (that) …`, `X told Y (that) …`, `X said on Sunday that …`;
 * - `…, X said.`, `…, said X.` — a clause with its attribution after a comma.
 */
import { OBJECT_VERBS, SOURCE_NOUNS, SPEECH_FORMS } from '../lexicon/english.js';
import type { Token } from '../model.js';
import { hasTag, isCapitalised, isPunctuation, isWord } from '../tokens.js';
import { attributionFrom, introductionTo, type AttributionGrammar, type CueAndSpeaker } from './attribution.js';
import { contentPieces, endsSentence, MIN_FREE_WORDS, piece, QUOTATION_MARKS, SPEECH_FINAL, startsClause, wordCount, wordCue, type Draft, type DraftCue, type Piece } from './draft.js';
import { listenerAfter, phraseAfter, phraseBefore, subjectBefore } from './english-phrases.js';
import type { QuotedSpan } from './quotation-marks.js';
import type { TokenRange } from './phrases.js';
import { firstWord, tokenAtOrAfter, type DocumentView } from './view.js';

/** Words `according to` must report (`Prices rose, according to X`): fewer is a label (`Gold, according to X`). */
const MIN_SOURCE_WORDS = 2;
/** Tokens between a speech verb and its `that` (`said late on Sunday that`). */
const THAT_WINDOW = 8;
/**
 * Tokens from the end of a sentence within which its attribution's comma is looked for
 * (`, Kremlin spokesman Dmitry Peskov told reporters on Tuesday.`, `, the government said, as exports fell.`).
 */
const TRAILING_WINDOW = 24;
/** Tokens a speaker phrase before its verb may have, where the patterns look for the verb (`Kremlin spokesman Dmitry Peskov said`). */
const MAX_SPEAKER = 10;
const { opening: OPENING_MARKS, closing: CLOSING_MARKS } = QUOTATION_MARKS.eng;
/** Words that may open a reported clause with no `that` (`He said Baku was ready`). */
const CLAUSE_OPENERS = ['Determiner', 'Pronoun', 'ProperNoun', 'Value'];

/** The lemma of a speech verb at token `i` (`said` → `say`), when compromise reads it as a verb. */
function speechLemma(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i];
  if (!token || token.kind !== 'word' || !hasTag(token, 'Verb')) return undefined;
  return SPEECH_FORMS.get(token.text.toLowerCase());
}

/** The English attribution grammar: a speech verb, and the noun phrase after or before it. */
const ENGLISH: AttributionGrammar<DraftCue> = {
  cueAt(view, i) {
    const lemma = speechLemma(view.tokens, i);
    return lemma ? wordCue(i, lemma) : null;
  },
  speakerAfter: (view, cue, end) => phraseAfter(view.tokens, cue.first, end),
  speakerBefore: (view, cue, first) => phraseBefore(view.tokens, cue.first, first),
};

// ---------------------------------------------------------------------------
// Direct speech

/**
 * The direct quotes of the quotation marks of English paragraphs. A quotation that continues after its
 * attribution (`"…," X said, "…"`) takes the next pair as its second piece.
 */
export function directQuotes(view: DocumentView, outer: readonly QuotedSpan[]): Draft[] {
  const { tokens } = view;
  const drafts: Draft[] = [];
  for (let k = 0; k < outer.length; k++) {
    const span = outer[k]!;
    const open = tokenAtOrAfter(view, span.open);
    const close = tokenAtOrAfter(view, span.close, open);
    if (tokens[open]?.start !== span.open || tokens[close]?.start !== span.close) continue;
    const content = contentPieces(view, span, open, close);
    if (content.length === 0) continue;
    const opensClause = startsClause(view, open);
    const after = opensClause ? saidAfter(view, close) : null;
    const before = after ? null : saidBefore(view, open);
    if (after) {
      // `"…," X said, "…"`: the next quotation right after the attribution is the same speech.
      const next = outer[k + 1];
      if (next && after.continues && tokenAtOrAfter(view, next.open, close) === after.end) {
        const nextClose = tokenAtOrAfter(view, next.close, after.end);
        if (tokens[nextClose]?.start === next.close) {
          content.push(...contentPieces(view, next, after.end, nextClose));
          k++;
        }
      }
      drafts.push({ kind: 'direct', content, cue: after.cue, speaker: after.speaker, inherits: false, pattern: '"…," X said' });
    } else if (before) {
      drafts.push({ kind: 'direct', content, cue: before.cue, speaker: before.speaker, inherits: false, pattern: 'X said: "…"' });
    } else if (opensClause && endsSentence(view, close) && wordCount(view, open + 1, close) >= MIN_FREE_WORDS) {
      drafts.push({ kind: 'direct', content, cue: null, speaker: null, inherits: true, pattern: '"…" (unattributed)' });
    }
  }
  return drafts;
}

interface Attribution extends CueAndSpeaker<DraftCue> {
  /** The first token after the attribution and its comma. */
  readonly end: number;
  /** The attribution ends with a comma, so the speech may go on. */
  readonly continues: boolean;
}

/** `"…," X said`, `"…," said X`, `"…?" X asked`: an attribution right after the closing mark. */
function saidAfter(view: DocumentView, close: number): Attribution | null {
  const { tokens } = view;
  // A full stop inside the marks ends the sentence: what follows is a sentence of its own.
  if (isPunctuation(tokens[close - 1], '.…')) return null;
  let i = close + 1;
  if (isPunctuation(tokens[i], ',')) i++;
  if (i >= tokens.length) return null;
  const sentence = view.sentenceTokens[view.sentenceOf[i]!]!;
  if (sentence.paragraph !== view.sentenceTokens[view.sentenceOf[close]!]!.paragraph) return null;
  const limit = Math.min(sentence.end, i + TRAILING_WINDOW);
  const found = attributionFrom(view, i, Math.min(limit, i + MAX_SPEAKER + 1), limit, ENGLISH);
  // `"…," X said`: a speaker before the verb starts right after the mark.
  if (!found || (found.cue.first > i && found.speaker?.first !== i)) return null;
  const { cue, speaker } = found;
  let end = Math.max(cue.end, speaker?.end ?? 0);
  if (OBJECT_VERBS.has(cue.lemma) && speaker && speaker.first < cue.first) end = listenerAfter(tokens, cue.first, limit)?.end ?? end;
  const continues = isPunctuation(tokens[end], ',') && isPunctuation(tokens[end + 1], OPENING_MARKS);
  return { cue, speaker, end: continues ? end + 1 : end, continues };
}

/** `X said: "…"`, `X told reporters "…"`: a speech verb just before the opening mark. */
function saidBefore(view: DocumentView, open: number): CueAndSpeaker<DraftCue> | null {
  const { tokens } = view;
  const sentence = view.sentenceTokens[view.sentenceOf[open]!]!;
  let i = open - 1;
  if (isPunctuation(tokens[i], ':,')) i--;
  // `X said that "…"` is reported speech with a quotation in it.
  if (tokens[i]?.text.toLowerCase() === 'that') return null;
  // The colon may end the sentence before (`X said:` ‖ `"We…"`); look into that sentence of the same paragraph.
  const previous = i >= 0 ? view.sentenceTokens[view.sentenceOf[i]!]! : sentence;
  const from = previous.paragraph === sentence.paragraph ? previous.first : sentence.first;
  const found = introductionTo(view, i, from, ENGLISH);
  // Only the verb's listener stands between it and the mark (`X told reporters "…"`).
  if (!found || (found.cue.first < i && listenerAfter(tokens, found.cue.first, i + 1)?.end !== i + 1)) return null;
  return found;
}

// ---------------------------------------------------------------------------
// Reported speech

/** The reported speech of an English sentence, if it has one. */
export function reportedSpeech(view: DocumentView, s: number): Draft | null {
  const { tokens } = view;
  const { end } = view.sentenceTokens[s]!;
  const first = afterDateline(tokens, view.sentenceTokens[s]!.first, end);
  const according = accordingTo(tokens, first, end);
  if (according && according.first === Math.max(first, firstWord(view, view.sentenceTokens[s]!.first, end))) return accordingDraft(view, according, first, end);
  for (let v = first; v < end; v++) {
    const lemma = speechLemma(tokens, v);
    if (!lemma || hasTag(tokens[v], 'Gerund')) continue;
    const draft = verbReport(view, v, lemma, first, end, according);
    if (draft) return draft;
  }
  return trailingReport(view, first, end) ?? (according ? accordingDraft(view, according, first, end) : null);
}

/** Tokens a dateline may have (`NEW YORK, Jan 12 (Reuters) -`). */
const DATELINE = 12;
const CAPITALS = /^[\p{Lu}.-]+$/u;

/** The first token after a dateline opening the sentence (`BAKU, Oct 5 (Reuters) - …`), else `first`. */
function afterDateline(tokens: readonly Token[], first: number, end: number): number {
  if (!isWord(tokens[first]) || !CAPITALS.test(tokens[first]!.text) || tokens[first]!.text.length < 2) return first;
  for (let i = first + 1; i < end && i - first < DATELINE; i++) {
    if (isPunctuation(tokens[i], '-—–') && isPunctuation(tokens[i - 1], ')')) return i + 1;
  }
  return first;
}

/** Where `according to` stands in the sentence, if it does. */
function accordingTo(tokens: readonly Token[], first: number, end: number): TokenRange | null {
  for (let i = first; i + 1 < end; i++) {
    if (tokens[i]!.text.toLowerCase() === 'according' && tokens[i + 1]!.text.toLowerCase() === 'to') return { first: i, end: i + 2 };
  }
  return null;
}

/** `According to X, …`, `…, according to X.`, `…, according to X, …`: the rest of the sentence is the content. */
function accordingDraft(view: DocumentView, cue: TokenRange, first: number, end: number): Draft | null {
  const { tokens } = view;
  // The source runs to the next comma or the end of the sentence.
  let sourceEnd = cue.end;
  while (sourceEnd < end && !isPunctuation(tokens[sourceEnd], ',;:.!?…')) sourceEnd++;
  const content = [piece(view, first, cue.first), piece(view, sourceEnd, end)].filter((p) => p !== null);
  // The phrase marks a report whatever it reports, a clause or not (`200 dead, according to officials`).
  if (wordCount(view, first, cue.first) + wordCount(view, sourceEnd, end) < MIN_SOURCE_WORDS) return null;
  return { kind: 'indirect', content, cue: { ...cue, lemma: 'according to' }, speaker: sourceSpeaker(tokens, cue.end, sourceEnd), inherits: false, pattern: 'according to X' };
}

/** Who `according to` names: the source itself, or who made the statement it names (`a statement by the ministry`); null for a bare statement. */
function sourceSpeaker(tokens: readonly Token[], first: number, end: number): TokenRange | null {
  if (first >= end) return null;
  let head = first;
  while (head < end && !SOURCE_NOUNS.has(tokens[head]!.text.toLowerCase())) head++;
  if (head === end) return { first, end };
  // `a statement by X`, `a report from X`; `X's statement`.
  for (let i = head + 1; i < end; i++) if (['by', 'from', 'of'].includes(tokens[i]!.text)) return i + 1 < end ? { first: i + 1, end } : null;
  for (let i = first; i < head; i++) if (tokens[i]!.lemma === "'s" && i > first) return { first: firstOfOwner(tokens, first, i), end: i };
  return null;
}

const firstOfOwner = (tokens: readonly Token[], first: number, clitic: number): number => {
  let i = clitic;
  while (i > first && isWord(tokens[i - 1]) && !hasTag(tokens[i - 1], 'Determiner')) i--;
  return i;
};

function hasVerb(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (hasTag(tokens[i], 'Verb') && !hasTag(tokens[i], 'Gerund')) return true;
  return false;
}

/** `X said (that) …`, `X told Y (that) …`: a speech verb with its subject before it and a clause after it. */
function verbReport(view: DocumentView, v: number, lemma: string, first: number, end: number, according: TokenRange | null): Draft | null {
  const { tokens } = view;
  const speaker = subjectBefore(tokens, v, first);
  if (!speaker) return null;
  let i = v + 1;
  if (OBJECT_VERBS.has(lemma)) i = listenerAfter(tokens, v, end)?.end ?? i;
  let start = -1;
  for (let j = i; j < end && j - i < THAT_WINDOW; j++) {
    if (tokens[j]!.text.toLowerCase() === 'that' && !hasTag(tokens[j + 1], 'Verb')) {
      start = j + 1;
      break;
    }
    if (isPunctuation(tokens[j], ',;:.!?…"“”') || (hasTag(tokens[j], 'Verb') && j > i)) break;
  }
  if (start < 0) {
    // `said Baku was ready`, `said on Sunday his forces`: a clause right after the verb or a date.
    let j = i;
    while (j < end && j - i < 4 && (hasTag(tokens[j], 'Date') || (DATE_LEADS.has(tokens[j]!.text) && hasTag(tokens[j + 1], 'Date')))) j++;
    if (j < end && opensClause(tokens[j]!)) start = j;
  }
  if (start < 0) return null;
  // The content ends at the sentence's end, or where a source phrase or a second attribution is added (`, according to X`).
  let stop = end;
  if (according && according.first > start) stop = according.first;
  const content = quotedClause(view, start, stop) ?? piece(view, start, stop);
  if (!content || !hasVerb(tokens, start, stop)) return null;
  return { kind: 'indirect', content: [content], cue: wordCue(v, lemma), speaker, inherits: false, pattern: 'X said (that) …' };
}

/** Words that lead into a date after a speech verb (`said on Sunday`, `said late Monday`). */
const DATE_LEADS = new Set(['on', 'late', 'early', 'last', 'this']);

/** `said that "nothing will change."`: a clause wholly in quotation marks is the words inside them. */
function quotedClause(view: DocumentView, start: number, stop: number): Piece | null {
  const { tokens } = view;
  let close = stop - 1;
  while (close > start && isPunctuation(tokens[close], SPEECH_FINAL)) close--;
  if (!isPunctuation(tokens[start], OPENING_MARKS) || !isPunctuation(tokens[close], CLOSING_MARKS) || close - start < 2) return null;
  for (let i = start + 1; i < close; i++) if (isPunctuation(tokens[i], OPENING_MARKS + CLOSING_MARKS)) return null;
  return piece(view, start + 1, close);
}

const opensClause = (token: Token): boolean => isWord(token) && (CLAUSE_OPENERS.some((tag) => hasTag(token, tag)) || isCapitalised(token)) && !hasTag(token, 'Preposition');

/** `…, X said.`, `…, said X, an economist.`: a clause, then its attribution after one of the sentence's last commas. */
function trailingReport(view: DocumentView, first: number, end: number): Draft | null {
  const { tokens } = view;
  // `…, X told reporters:` introduces what follows, not what went before.
  if (isPunctuation(tokens[end - 1], ':')) return null;
  let last = end - 1;
  while (last > first && tokens[last]!.kind === 'punctuation') last--;
  for (let comma = last; comma > first && last - comma < TRAILING_WINDOW; comma--) {
    if (!isPunctuation(tokens[comma], ',')) continue;
    const attribution = attributionAt(view, comma + 1, last + 1);
    if (!attribution) continue;
    // What follows the attribution is a short tail with no verb of its own (`on Tuesday`, `, an economist at Citi`),
    // or a clause that explains it (`, as exports weighed on growth`, `, adding that …`).
    const tail = Math.max(attribution.cue.end, attribution.speaker.end);
    if (hasVerb(tokens, tail, last + 1) && !explains(tokens, tail, last + 1)) return null;
    const content = piece(view, first, comma);
    if (!content || !hasVerb(tokens, first, comma)) return null;
    return { kind: 'indirect', content: [content], cue: attribution.cue, speaker: attribution.speaker, inherits: false, pattern: '…, X said' };
  }
  return null;
}

/** Words that open a clause explaining a report after its attribution (`, the government said, as …`). */
const EXPLAINING = new Set(['as', 'while', 'after', 'because', 'although', 'since', 'but', 'and', 'adding', 'citing', 'saying', 'noting']);

/** The tail opens with a comma (after a short adverbial) and an explaining word. */
function explains(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end && i - first < 4; i++) if (isPunctuation(tokens[i], ',')) return EXPLAINING.has(tokens[i + 1]?.text.toLowerCase() ?? '');
  return false;
}

/** `said X` or `X said` starting at token `i`, with its speaker. */
function attributionAt(view: DocumentView, i: number, end: number): { cue: DraftCue; speaker: TokenRange } | null {
  const found = attributionFrom(view, i, Math.min(end, i + MAX_SPEAKER + 1), end, ENGLISH);
  if (!found?.speaker || (found.cue.first > i && found.speaker.first !== i)) return null;
  return { cue: found.cue, speaker: found.speaker };
}
