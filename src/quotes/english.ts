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
 * Reported speech, one report per sentence, and the clause of a speech
 * participle after it:
 * - `according to X, …`, `…, according to X.`, `…, according to X, …`;
 * - `As X said, …`, `…, as X told reporters.` — an attribution after `as`;
 * - `X said (that) …`, `X told Y (that) …`, `X said on Sunday that …`;
 *   `X reported, citing Y, that …` — Y is the speaker, X the channel;
 * - `…, which X announced on Monday.` — a relative attribution after the statement;
 * - `…, X said.`, `…, said X.` — a clause with its attribution after a comma;
 *   `…, X believes, so …` — the statement goes on after the attribution;
 * - `X, saying that …`, `…, X said, adding that …` — a speech participle's clause.
 */
import { AS_PHRASES, CHANNEL_VERBS, COUNTER_VERBS, OBJECT_VERBS, SOURCE_NOUNS, SPEECH_FORMS } from '../lexicon/english.js';
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
/** Tokens after a closing mark within which its attribution is looked for (`," Kremlin spokesman Dmitry Peskov told reporters on Tuesday.`). */
const TRAILING_WINDOW = 24;
/** Tokens a speaker phrase before its verb may have, where the patterns look for the verb (`Kremlin spokesman Dmitry Peskov said`). */
const MAX_SPEAKER = 10;
const { opening: OPENING_MARKS, closing: CLOSING_MARKS } = QUOTATION_MARKS.eng;
/** Words that may open a reported clause with no `that` (`He said Baku was ready`). */
const CLAUSE_OPENERS = ['Determiner', 'Pronoun', 'ProperNoun', 'Value'];
/** Tokens an attribution after `as` or `which` may have after its verb (`as the minister told reporters on Monday`). */
const ATTRIBUTION_TAIL = 8;
/** Tokens the phrase after `citing` may have (`citing a source familiar with the matter`). */
const MAX_CITED = 12;

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
      const pattern = before.speaker && isWordAt(tokens, before.speaker.first - 1, 'as') ? 'As X explained, "…"' : 'X said: "…"';
      drafts.push({ kind: 'direct', content, cue: before.cue, speaker: before.speaker, inherits: false, pattern });
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

/**
 * The reported speech of an English sentence: its report, if it has one, and the clause of a speech participle
 * (`…, adding that …`), which is a report of its own by the same speaker.
 */
export function reportedSpeech(view: DocumentView, s: number): Draft[] {
  const { tokens } = view;
  const sentence = view.sentenceTokens[s]!;
  const first = afterDateline(tokens, sentence.first, sentence.end);
  const participle = speechParticiple(view, first, sentence.end);
  // A participle's clause closing the sentence is no part of the report before it.
  const end = participle && !participle.subject ? participle.comma : sentence.end;
  const report = sentenceReport(view, sentence.first, first, end);
  const drafts = report ? [report] : [];
  if (participle) {
    const speaker = participle.subject ?? report?.speaker ?? sentenceSubject(tokens, first, participle.comma);
    const content = speaker ? piece(view, participle.start, participle.stop) : null;
    if (content) drafts.push({ kind: 'indirect', content: [content], cue: participle.cue, speaker, inherits: false, pattern: 'X, saying that …' });
  }
  return drafts;
}

/** The one report of the sentence `[first, end)` (`from` is where it starts, before a dateline), tried in the order of patterns.ts. */
function sentenceReport(view: DocumentView, from: number, first: number, end: number): Draft | null {
  const { tokens } = view;
  const according = accordingTo(tokens, first, end);
  if (according && according.first === Math.max(first, firstWord(view, from, end))) return accordingDraft(view, according, first, end);
  const as = asReport(view, first, end);
  if (as) return as;
  for (let v = first; v < end; v++) {
    const lemma = speechLemma(tokens, v);
    if (!lemma || hasTag(tokens[v], 'Gerund')) continue;
    const draft = verbReport(view, v, lemma, first, end, according);
    if (draft) return draft;
  }
  return whichReport(view, first, end) ?? trailingReport(view, first, end) ?? (according ? accordingDraft(view, according, first, end) : null);
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

/**
 * `X said (that) …`, `X told Y (that) …`: a speech verb with its subject before it and a clause after it.
 * `X reported, citing Y, that …`: a channel passes on what Y said; Y is the speaker.
 */
function verbReport(view: DocumentView, v: number, lemma: string, first: number, end: number, according: TokenRange | null): Draft | null {
  const { tokens } = view;
  const speaker = subjectBefore(tokens, v, first);
  if (!speaker) return null;
  let i = v + 1;
  if (OBJECT_VERBS.has(lemma)) i = listenerAfter(tokens, v, end)?.end ?? i;
  const citing = citingAfter(tokens, i, end);
  const source = citing && CHANNEL_VERBS.has(lemma) ? citedSpeaker(tokens, citing.cited) : null;
  if (citing) i = citing.next;
  const start = clauseAfter(tokens, i, end);
  if (start < 0) return null;
  // The content ends at the sentence's end, or where a source phrase or a second attribution is added (`, according to X`).
  let stop = end;
  if (according && according.first > start) stop = according.first;
  const content = quotedClause(view, start, stop) ?? piece(view, start, stop);
  if (!content || !hasVerb(tokens, start, stop)) return null;
  const pattern = source ? 'X reported, citing Y, that …' : 'X said (that) …';
  return { kind: 'indirect', content: [content], cue: wordCue(v, lemma), speaker: source ?? speaker, inherits: false, pattern };
}

/**
 * Where the reported clause starts from token `i`, right after a speech verb (and its listener): after a `that`
 * within a few words (`said on Sunday that`), or at a clause opening right after the verb or a date
 * (`said Baku was ready`, `said on Sunday his forces`); -1 when no clause follows.
 */
function clauseAfter(tokens: readonly Token[], i: number, end: number): number {
  for (let j = i; j < end && j - i < THAT_WINDOW; j++) {
    if (tokens[j]!.text.toLowerCase() === 'that' && !hasTag(tokens[j + 1], 'Verb')) return j + 1;
    // A verb form after an article modifies a noun (`in a televised interview`); any other ends the search.
    if (isPunctuation(tokens[j], ',;:.!?…"“”') || (hasTag(tokens[j], 'Verb') && j > i && !hasTag(tokens[j - 1], 'Determiner'))) break;
  }
  let j = i;
  while (j < end && j - i < 4 && (hasTag(tokens[j], 'Date') || (DATE_LEADS.has(tokens[j]!.text) && hasTag(tokens[j + 1], 'Date')))) j++;
  return j < end && (opensClause(tokens[j]!) || bareNounSubject(tokens, j, end)) ? j : -1;
}

/**
 * Rule `bareNounSubject`: a plural noun with no determiner right before a modal, an auxiliary or a past verb opens a
 * clause (`said rates would fall`, `said prices rose`), as the subject of its own predicate; so does a word in `-s`
 * compromise tags a present verb there (`rates`, `prices`), as two finite verbs do not follow one another.
 */
function bareNounSubject(tokens: readonly Token[], j: number, end: number): boolean {
  const word = tokens[j]!;
  const next = tokens[j + 1];
  if (j + 1 >= end || !isWord(word) || isCapitalised(word)) return false;
  const plural = (hasTag(word, 'Plural') && !hasTag(word, 'Verb')) || (hasTag(word, 'PresentTense') && word.text.endsWith('s'));
  return plural && (hasTag(next, 'Modal') || hasTag(next, 'Auxiliary') || hasTag(next, 'PastTense'));
}

/** `, citing a source familiar with the matter,` from token `i`: the phrase cited, and the token after it and its comma. */
function citingAfter(tokens: readonly Token[], i: number, end: number): { cited: TokenRange; next: number } | null {
  const at = isPunctuation(tokens[i], ',') ? i + 1 : i;
  if (!isWordAt(tokens, at, 'citing')) return null;
  let k = at + 1;
  while (k < end && k - at <= MAX_CITED && !isPunctuation(tokens[k], ',;:.!?…')) k++;
  if (k === at + 1) return null;
  return { cited: { first: at + 1, end: k }, next: isPunctuation(tokens[k], ',') ? k + 1 : k };
}

/**
 * Who a cited phrase names as the source, as its minimal noun phrase (`a source familiar with the matter` → `a source`;
 * `a statement by the ministry` → `the ministry`); null when it names none (`citing a statement`).
 */
function citedSpeaker(tokens: readonly Token[], cited: TokenRange): TokenRange | null {
  const source = sourceSpeaker(tokens, cited.first, cited.end);
  const phrase = source ? phraseAfter(tokens, source.first - 1, source.end) : null;
  if (!phrase) return null;
  // The phrase ends at its last noun: what follows it modifies it (`familiar`, `close to …`).
  let last = phrase.end;
  while (last > phrase.first + 1 && !hasTag(tokens[last - 1], 'Noun')) last--;
  return { first: phrase.first, end: last };
}

/** Words that lead into a date after a speech verb (`said on Sunday`, `said late Monday`). */
const DATE_LEADS = new Set(['on', 'late', 'early', 'last', 'this']);

/** `said that "nothing will change."`: a clause wholly in quotation marks is the words inside them (`keepFinal`: with their final stop, as direct speech). */
function quotedClause(view: DocumentView, start: number, stop: number, keepFinal = false): Piece | null {
  const { tokens } = view;
  let close = stop - 1;
  while (close > start && isPunctuation(tokens[close], SPEECH_FINAL)) close--;
  if (!isPunctuation(tokens[start], OPENING_MARKS) || !isPunctuation(tokens[close], CLOSING_MARKS) || close - start < 2) return null;
  for (let i = start + 1; i < close; i++) if (isPunctuation(tokens[i], OPENING_MARKS + CLOSING_MARKS)) return null;
  return piece(view, start + 1, close, keepFinal);
}

const opensClause = (token: Token): boolean => isWord(token) && (CLAUSE_OPENERS.some((tag) => hasTag(token, tag)) || isCapitalised(token)) && !hasTag(token, 'Preposition');

/**
 * `…, X said.`, `…, said X, an economist.`: a clause, then its attribution after one of the sentence's commas.
 * `…, X believes, so …`, `The economy, X said, will grow`: the statement goes on after the attribution, a second piece.
 */
function trailingReport(view: DocumentView, first: number, end: number): Draft | null {
  const { tokens } = view;
  // `…, X told reporters:` introduces what follows, not what went before.
  if (isPunctuation(tokens[end - 1], ':')) return null;
  let last = end - 1;
  while (last > first && tokens[last]!.kind === 'punctuation') last--;
  for (let comma = last; comma > first; comma--) {
    if (!isPunctuation(tokens[comma], ',')) continue;
    const attribution = attributionAt(view, comma + 1, last + 1);
    if (!attribution) continue;
    // What follows the attribution is a short tail with no verb of its own (`on Tuesday`, `, an economist at Citi`),
    // a clause that explains it (`, as exports weighed on growth`, `, citing …`), or the rest of the statement.
    const tail = Math.max(attribution.cue.end, attribution.speaker.end);
    const goesOn = hasVerb(tokens, tail, last + 1) && !explains(tokens, tail, last + 1);
    const rest = goesOn ? continuation(tokens, tail, last + 1) : -1;
    if (goesOn && rest < 0) return null;
    const before = piece(view, first, comma);
    if (!before || !(hasVerb(tokens, first, comma) || (rest > 0 && hasVerb(tokens, rest, end)))) return null;
    const after = rest > 0 ? piece(view, rest, end) : null;
    // `…, Reuters reported, citing a source.`: the source is the speaker.
    const citing = CHANNEL_VERBS.has(attribution.cue.lemma) ? citingAfter(tokens, tail, last + 1) : null;
    const speaker = (citing && citedSpeaker(tokens, citing.cited)) ?? attribution.speaker;
    const content = after ? [before, after] : [before];
    return { kind: 'indirect', content, cue: attribution.cue, speaker, inherits: false, pattern: after ? '…, X said, …' : '…, X said' };
  }
  return null;
}

/**
 * The first token of the statement going on after its attribution (`, so they will be …`): after a comma within a
 * few words of the attribution's end, a word that explains nothing; -1 when there is none.
 */
function continuation(tokens: readonly Token[], first: number, end: number): number {
  for (let i = first; i < end && i - first < 4; i++) {
    if (isPunctuation(tokens[i], ',')) return isWord(tokens[i + 1]) && !EXPLAINING.has(tokens[i + 1]!.text.toLowerCase()) ? i + 1 : -1;
  }
  return -1;
}

/** Words that open a clause explaining a report after its attribution (`, the government said, as …`). */
const EXPLAINING = new Set(['as', 'while', 'after', 'because', 'although', 'since', 'but', 'and', 'adding', 'citing', 'saying', 'noting']);

/** The tail opens with a comma (after a short adverbial) and an explaining word. */
function explains(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end && i - first < 4; i++) if (isPunctuation(tokens[i], ',')) return EXPLAINING.has(tokens[i + 1]?.text.toLowerCase() ?? '');
  return false;
}

/** `said X` or `X said` starting at token `i`, with its speaker; a participle (`, adding that …`) is none. */
function attributionAt(view: DocumentView, i: number, end: number): { cue: DraftCue; speaker: TokenRange } | null {
  const found = attributionFrom(view, i, Math.min(end, i + MAX_SPEAKER + 1), end, ENGLISH);
  if (!found?.speaker || (found.cue.first > i && found.speaker.first !== i) || hasTag(view.tokens[found.cue.first], 'Gerund')) return null;
  return { cue: found.cue, speaker: found.speaker };
}

// ---------------------------------------------------------------------------
// Attributions after `as` and `which`, and speech participles

/**
 * `As X said, …`, `…, as X told reporters.`, `…, as X put it, …`: an attribution after `as`, opening the sentence
 * or after a comma; the rest of the sentence is the content. `As X explained, "…"` when it is all in quotation marks.
 */
function asReport(view: DocumentView, first: number, end: number): Draft | null {
  const { tokens } = view;
  for (let a = first; a < end; a++) {
    if (!isWordAt(tokens, a, 'as') || (a > first && !isPunctuation(tokens[a - 1], ','))) continue;
    const attribution = relativeAttribution(tokens, a, end, true);
    if (!attribution) continue;
    const { cue, speaker, next } = attribution;
    const goesOn = isPunctuation(tokens[next], ',');
    const quoted = a === first && goesOn ? quotedClause(view, next + 1, end, true) : null;
    if (quoted) return { kind: 'direct', content: [quoted], cue, speaker, inherits: false, pattern: 'As X explained, "…"' };
    const content = [a > first ? piece(view, first, a - 1) : null, goesOn ? piece(view, next + 1, end) : null].filter((p) => p !== null);
    if (content.length === 0 || (!hasVerb(tokens, first, a) && !(goesOn && hasVerb(tokens, next, end)))) return null;
    return { kind: 'indirect', content, cue, speaker, inherits: false, pattern: 'As X said, …' };
  }
  return null;
}

/** `…, which X announced on Monday.`: a relative attribution closing the sentence that points back at the statement before it. */
function whichReport(view: DocumentView, first: number, end: number): Draft | null {
  const { tokens } = view;
  for (let w = first + 1; w < end; w++) {
    if (!isWordAt(tokens, w, 'which') || !isPunctuation(tokens[w - 1], ',')) continue;
    const attribution = relativeAttribution(tokens, w, end, false);
    if (!attribution || !onlyPunctuation(tokens, attribution.next, end)) continue;
    const content = piece(view, first, w - 1);
    if (!content || !hasVerb(tokens, first, w - 1)) return null;
    return { kind: 'indirect', content: [content], cue: attribution.cue, speaker: attribution.speaker, inherits: false, pattern: '…, which X announced' };
  }
  return null;
}

/**
 * The attribution after `as` or `which` at token `at`: a speaker phrase, a speech verb that does not answer a
 * statement (or, after `as`, a phrase like `put it`), its listener, and a short tail with no clause of its own
 * (`on Monday`; `as Smith said he would` is none); with the token that ends it, a comma or the sentence's end.
 */
function relativeAttribution(tokens: readonly Token[], at: number, end: number, afterAs: boolean): { cue: DraftCue; speaker: TokenRange; next: number } | null {
  for (let j = at + 2; j < end && j - at <= MAX_SPEAKER + 1; j++) {
    const cue = afterAs ? (asPhraseAt(tokens, j) ?? relativeCue(tokens, j)) : relativeCue(tokens, j);
    if (!cue) {
      if (hasTag(tokens[j], 'Verb') && !isCapitalised(tokens[j]) && !hasTag(tokens[j], 'Auxiliary') && !hasTag(tokens[j], 'Adverb')) return null;
      continue;
    }
    const speaker = phraseBefore(tokens, j, at + 1);
    if (speaker?.first !== at + 1) return null;
    let next = cue.end;
    if (OBJECT_VERBS.has(cue.lemma)) next = listenerAfter(tokens, cue.first, end)?.end ?? next;
    for (const limit = Math.min(end, next + ATTRIBUTION_TAIL); next < limit && !isPunctuation(tokens[next], ',;:.!?…'); next++) {
      const token = tokens[next]!;
      if ((hasTag(token, 'Verb') && !hasTag(token, 'Date')) || (hasTag(token, 'Pronoun') && !hasTag(token, 'Possessive')) || isWordAt(tokens, next, 'that')) return null;
    }
    return next < end && !isPunctuation(tokens[next], ',.!?…') ? null : { cue, speaker, next };
  }
  return null;
}

/** A speech verb's finite form at token `i` that reports a statement, not one that answers it (`denied`). */
function relativeCue(tokens: readonly Token[], i: number): DraftCue | null {
  const lemma = speechLemma(tokens, i);
  return lemma && !hasTag(tokens[i], 'Gerund') && !COUNTER_VERBS.has(lemma) ? wordCue(i, lemma) : null;
}

/** A phrase that reports speech after `as` (`put it`) at token `i`. */
function asPhraseAt(tokens: readonly Token[], i: number): DraftCue | null {
  const phrase = AS_PHRASES.find((words) => words.every((word, k) => isWordAt(tokens, i + k, word)));
  return phrase ? { first: i, end: i + phrase.length, lemma: phrase.join(' ') } : null;
}

/** A speech participle after a comma and the reported clause after it. */
interface Participle {
  /** The comma before the participle. */
  readonly comma: number;
  readonly cue: DraftCue;
  /** The clause: its first token and the token after it. */
  readonly start: number;
  readonly stop: number;
  /** The phrase the participle is set off after when the sentence goes on after its clause (`The opposition leader, saying …, left`), else null. */
  readonly subject: TokenRange | null;
}

/**
 * `…, saying that …`, `…, X said, adding that …`, `X, saying that …, left`: the first -ing form of a speech verb
 * after a comma with a reported clause after it. Only the first is read: its clause runs to the sentence's end,
 * so reading on for another would be quadratic.
 */
function speechParticiple(view: DocumentView, first: number, end: number): Participle | null {
  const { tokens } = view;
  for (let p = first + 1; p < end; p++) {
    const lemma = isPunctuation(tokens[p - 1], ',') ? participleLemma(tokens[p]!) : undefined;
    if (!lemma) continue;
    const listener = OBJECT_VERBS.has(lemma) ? listenerAfter(tokens, p, end) : null;
    const start = clauseAfter(tokens, listener?.end ?? p + 1, end);
    if (start < 0) continue;
    // `X, saying …, left the hall`: when the sentence's verb comes back after the clause, the participle is set off
    // after the phrase before it, which is its speaker, and the clause ends there.
    const comeback = predicateComma(tokens, start, end);
    const subject = comeback < end ? phraseBefore(tokens, p - 1, first) : null;
    const stop = subject ? comeback : end;
    return hasVerb(tokens, start, stop) ? { comma: p - 1, cue: wordCue(p, lemma), start, stop, subject } : null;
  }
  return null;
}

/** The lemma of a speech verb's -ing form (`adding` → `add`), whatever compromise reads it as (`telling` as an adjective). */
function participleLemma(token: Token): string | undefined {
  const form = token.text.toLowerCase();
  return isWord(token) && form.endsWith('ing') ? SPEECH_FORMS.get(form) : undefined;
}

/** The first comma in `[first, end)` followed by a finite verb (`, left the hall`), else `end`. */
function predicateComma(tokens: readonly Token[], first: number, end: number): number {
  for (let i = first; i + 1 < end; i++) if (isPunctuation(tokens[i], ',') && isFinite(tokens[i + 1]!)) return i;
  return end;
}

/**
 * The subject of the sentence `[first, end)`: the phrase before its first finite verb outside quotation marks
 * (`The opposition criticized …`; `"We will win," Smith said` → `Smith`).
 */
function sentenceSubject(tokens: readonly Token[], first: number, end: number): TokenRange | null {
  let quoted = false;
  for (let v = first; v < end; v++) {
    if (isPunctuation(tokens[v], OPENING_MARKS + CLOSING_MARKS)) quoted = !quoted;
    else if (!quoted && isFinite(tokens[v]!) && !isCapitalised(tokens[v])) return subjectBefore(tokens, v, first);
  }
  return null;
}

const isFinite = (token: Token): boolean => hasTag(token, 'Verb') && !hasTag(token, 'Gerund') && !hasTag(token, 'Participle');

const isWordAt = (tokens: readonly Token[], i: number, word: string): boolean => isWord(tokens[i]) && tokens[i]!.text.toLowerCase() === word;

const onlyPunctuation = (tokens: readonly Token[], first: number, end: number): boolean => {
  for (let i = first; i < end; i++) if (tokens[i]!.kind !== 'punctuation') return false;
  return true;
};
