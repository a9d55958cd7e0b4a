/**
 * Quote figures on the factRuEval development documents, by the protocol in
 * docs/evaluation.md ("Quotes"; the convention is docs/quotes.md): quotes found and right by half their
 * characters, token-level content/cue/speaker coverage, sentence-level coverage, and attribution
 * (speaker name, speaker span, cue, kind) among the gold quotes found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../index.js';
import { corporaFolder } from './corpora.js';
import { score, type Score } from './segmentation.js';
import { overlaps } from '../spans.js';
import { commonStart } from './names.js';

type Bounds = { start: number; end: number };
export type QuoteKind = 'direct' | 'indirect';
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'indirect'];

/** A gold quote, offsets in UTF-16 units, `end` exclusive (the gold line's `[s, e]` pairs as bounds). */
export interface GoldQuote {
  kind: QuoteKind;
  content: Bounds[];
  cue: Bounds | null;
  speaker: Bounds | null;
  /** The canonical name of the speaker, `null` when the document never names them. */
  speakerName: string | null;
}

/** What the library returns; only kind, content bounds, cue bounds and speaker bounds and name are read. */
export type PredictedQuote = Quote;

/** One document to score. `sentences` and `tokens` are the library's, so the measures count its units. */
export interface QuoteCase {
  id: string;
  text: string;
  gold: readonly GoldQuote[];
  predicted: readonly PredictedQuote[];
  sentences: readonly Bounds[];
  tokens: readonly Bounds[];
}

/**
 * Precision and recall counted on different sides: a predicted quote is right, a gold quote found,
 * each by its own half-the-characters test, so `right` and `found` differ (a gold quote split in two
 * predicted pieces is one found and two right).
 */
export interface MatchScore {
  precision: number;
  recall: number;
  f1: number;
  right: number;
  predicted: number;
  found: number;
  gold: number;
}

/** A share of the matched gold quotes: `agreed` of `total` (`share` 0 when `total` is 0). */
export interface Share {
  agreed: number;
  total: number;
  share: number;
}

/** A quote as shown in an error: texts from the document, content pieces joined by ` … ` and truncated. */
export interface QuoteView {
  kind: QuoteKind;
  /** Start of the first content piece, to find it in the document. */
  start: number;
  text: string;
  cue: string | null;
  speaker: string | null;
  /** The gold `speakerName` or the predicted `speaker.name`. */
  name: string | null;
}

/**
 * An error for reading. `missed`: a gold quote not found; `spurious`: a predicted quote not right;
 * `speaker-name`: a found gold quote whose best predicted quote names another speaker;
 * `cue`: a found gold quote with a cue that the best predicted quote's cue does not overlap.
 */
export interface QuoteError {
  doc: string;
  group: 'missed' | 'spurious' | 'speaker-name' | 'cue';
  gold: QuoteView | null;
  predicted: QuoteView | null;
}

export interface QuoteFigures {
  quotes: Record<QuoteKind | 'all', MatchScore>;
  /** Token-level coverage (punctuation-only tokens skipped): the thesis measure of content, cue and source. */
  tokens: { content: Score; cue: Score; speaker: Score };
  /** A sentence is positive when it overlaps any content piece. */
  sentences: Score;
  /** Among the gold quotes found, each compared with the predicted quote that overlaps its content most. */
  attribution: {
    matched: number;
    /** Over all matched quotes. */
    speakerName: Share;
    /** Over the matched quotes with a gold speaker span. */
    speakerSpan: Share;
    /** Over the matched quotes with a gold cue. */
    cue: Share;
    /** Over all matched quotes. */
    kind: Share;
  };
  errors: QuoteError[];
}

const pair = (value: unknown, where: string): Bounds => {
  if (!Array.isArray(value) || value.length !== 2 || !value.every(Number.isInteger) || value[0] >= value[1]) {
    throw new Error(`${where}: expected [start, end] with start < end, got ${JSON.stringify(value)}`);
  }
  return { start: value[0], end: value[1] };
};

/**
 * The gold quotes of `quotes-dev.jsonl`, by document, in file order. Every document listed in
 * `quotes-dev.ids` has an entry, empty when it has no quote (its predictions still count); a line
 * for an unlisted document or a malformed line throws, so a broken gold file is never scored.
 */
export function readQuoteGold(corpora = corporaFolder()): Map<string, GoldQuote[]> {
  const read = (name: string): string[] => {
    const path = join(corpora, name);
    if (!existsSync(path)) throw new Error(`no ${path}`);
    return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
  };
  const gold = new Map<string, GoldQuote[]>(read('quotes-dev.ids').map((id) => [id.trim(), []]));
  read('quotes-dev.jsonl').forEach((line, i) => {
    const where = `quotes-dev.jsonl line ${i + 1}`;
    const raw = JSON.parse(line) as Record<string, unknown>;
    const quotes = gold.get(String(raw.doc));
    if (!quotes) throw new Error(`${where}: document ${String(raw.doc)} is not in quotes-dev.ids`);
    if (raw.kind !== 'direct' && raw.kind !== 'indirect') throw new Error(`${where}: kind must be direct or indirect`);
    if (!Array.isArray(raw.content) || raw.content.length === 0) throw new Error(`${where}: content must be a non-empty list`);
    if (raw.speakerName !== null && typeof raw.speakerName !== 'string') throw new Error(`${where}: speakerName must be a string or null`);
    quotes.push({
      kind: raw.kind,
      content: raw.content.map((piece) => pair(piece, where)),
      cue: raw.cue == null ? null : pair(raw.cue, where),
      speaker: raw.speaker == null ? null : pair(raw.speaker, where),
      speakerName: raw.speakerName,
    });
  });
  return gold;
}


/** The union of spans as sorted disjoint spans, so characters are never counted twice. */
function union(spans: readonly Bounds[]): Bounds[] {
  const merged: Bounds[] = [];
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

const size = (spans: readonly Bounds[]): number => spans.reduce((n, s) => n + s.end - s.start, 0);

/** Characters shared by two unions (each disjoint within itself). */
function shared(a: readonly Bounds[], b: readonly Bounds[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** At least half of the characters of `spans` lie in `within` (an empty quote never passes). */
const halfInside = (spans: readonly Bounds[], within: readonly Bounds[]): boolean =>
  size(spans) > 0 && 2 * shared(spans, within) >= size(spans);

const normalName = (name: string | null): string[] =>
  name === null ? [] : name.toLowerCase().replace(/ё/g, 'е').split(/\s+/).filter((word) => word !== '');

/**
 * Whether two speaker names agree: case-insensitive, `ё` = `е`, whitespace normalised; equal, or the
 * shorter's words stand as consecutive words in the longer (`Медведев` and `Дмитрий Медведев`).
 * Both `null` agree; a name and `null` do not (an empty name counts as `null`).
 */
export function namesAgree(a: string | null, b: string | null): boolean {
  const x = normalName(a);
  const y = normalName(b);
  if (x.length === 0 || y.length === 0) return x.length === y.length;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  for (let i = 0; i + shorter.length <= longer.length; i++) {
    if (shorter.every((word, j) => longer[i + j] === word)) return true;
  }
  return false;
}

/**
 * The kind of a wrong speaker name, told apart without reading the text, so that a held-back half can be counted by kind:
 * `no speaker` (the predicted quote names none), `phrase, no name` (a speaker phrase resolved to no one), `named, gold none`
 * (the gold has no speaker), `form differs` (a word of one name starts as one of the other's: the same person, another
 * form), `another name`.
 */
export function speakerNameErrorKind(error: QuoteError): string {
  const gold = normalName(error.gold?.name ?? null);
  const predicted = normalName(error.predicted?.name ?? null);
  if (gold.length === 0) return 'named, gold none';
  if (!error.predicted?.speaker) return 'no speaker';
  if (predicted.length === 0) return 'phrase, no name';
  const sameStem = (a: string, b: string): boolean => commonStart(a, b) >= Math.max(3, Math.min(a.length, b.length) - 2);
  return gold.some((g) => predicted.some((p) => sameStem(g, p))) ? 'form differs' : 'another name';
}

const TRUNCATE = 120;

function excerpt(text: string, spans: readonly Bounds[]): string {
  const joined = spans.map((s) => text.slice(s.start, s.end)).join(' … ').replace(/\s+/g, ' ').trim();
  return joined.length > TRUNCATE ? `${joined.slice(0, TRUNCATE - 1)}…` : joined;
}

const slice = (text: string, span: Bounds | null): string | null => (span ? text.slice(span.start, span.end) : null);

function goldView(text: string, quote: GoldQuote): QuoteView {
  return {
    kind: quote.kind, start: quote.content[0]?.start ?? 0, text: excerpt(text, quote.content),
    cue: slice(text, quote.cue), speaker: slice(text, quote.speaker), name: quote.speakerName,
  };
}

function predictedView(text: string, quote: PredictedQuote): QuoteView {
  return {
    kind: quote.kind, start: quote.content[0]?.start ?? 0, text: excerpt(text, quote.content),
    cue: slice(text, quote.cue), speaker: slice(text, quote.speaker), name: quote.speaker?.name ?? null,
  };
}

/** Token-level counts: a token is positive on a side when it overlaps one of that side's spans. */
function countUnits(units: readonly Bounds[], gold: readonly Bounds[], predicted: readonly Bounds[], counts: Counts): void {
  for (const unit of units) {
    const g = gold.some((span) => overlaps(span, unit));
    const p = predicted.some((span) => overlaps(span, unit));
    if (g) counts.gold++;
    if (p) counts.predicted++;
    if (g && p) counts.tp++;
  }
}

type Counts = { tp: number; predicted: number; gold: number };
const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });
const toScore = (c: Counts): Score => score(c.tp, c.predicted, c.gold);

function matchScore(right: number, predicted: number, found: number, gold: number): MatchScore {
  const precision = predicted ? right / predicted : 0;
  const recall = gold ? found / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, right, predicted, found, gold };
}

const share = (agreed: number, total: number): Share => ({ agreed, total, share: total ? agreed / total : 0 });

/** A punctuation-only token (`,`, `«`, `—`, `...`) says nothing about coverage, so the token measures skip it. */
const isPunctuation = (text: string, token: Bounds): boolean => /^\p{P}+$/u.test(text.slice(token.start, token.end));

/** Scores documents whose gold and predicted quotes are known, by the protocol in quotes.md. */
export function scoreQuotes(docs: readonly QuoteCase[]): QuoteFigures {
  const kinds = { direct: { right: 0, predicted: 0, found: 0, gold: 0 }, indirect: { right: 0, predicted: 0, found: 0, gold: 0 } };
  const tokens = { content: zero(), cue: zero(), speaker: zero() };
  const sentences = zero();
  const attribution = { matched: 0, name: 0, span: 0, spanTotal: 0, cue: 0, cueTotal: 0, kind: 0 };
  const errors: QuoteError[] = [];

  for (const doc of docs) {
    const { id, text, gold, predicted } = doc;
    const goldContent = union(gold.flatMap((q) => q.content));
    const predictedContent = union(predicted.flatMap((q) => q.content));

    for (const quote of predicted) {
      kinds[quote.kind].predicted++;
      if (halfInside(union(quote.content), goldContent)) kinds[quote.kind].right++;
      else errors.push({ doc: id, group: 'spurious', gold: null, predicted: predictedView(text, quote) });
    }

    for (const quote of gold) {
      kinds[quote.kind].gold++;
      const content = union(quote.content);
      if (!halfInside(content, predictedContent)) {
        errors.push({ doc: id, group: 'missed', gold: goldView(text, quote), predicted: null });
        continue;
      }
      kinds[quote.kind].found++;
      // Found, so some predicted piece overlaps it. The quote that overlaps most stands for it; on a tie the
      // one with fewer characters outside it, so a quote nested in a larger one is matched to its own twin.
      let best = predicted[0]!;
      let bestShared = -1;
      let bestOutside = Infinity;
      for (const candidate of predicted) {
        const pieces = union(candidate.content);
        const n = shared(content, pieces);
        const outside = size(pieces) - n;
        if (n > bestShared || (n === bestShared && outside < bestOutside)) [best, bestShared, bestOutside] = [candidate, n, outside];
      }
      attribution.matched++;
      const name = best.speaker?.name ?? null;
      if (namesAgree(quote.speakerName, name)) attribution.name++;
      else errors.push({ doc: id, group: 'speaker-name', gold: goldView(text, quote), predicted: predictedView(text, best) });
      if (quote.speaker) {
        attribution.spanTotal++;
        if (best.speaker && overlaps(quote.speaker, best.speaker)) attribution.span++;
      }
      if (quote.cue) {
        attribution.cueTotal++;
        if (best.cue && overlaps(quote.cue, best.cue)) attribution.cue++;
        else errors.push({ doc: id, group: 'cue', gold: goldView(text, quote), predicted: predictedView(text, best) });
      }
      if (best.kind === quote.kind) attribution.kind++;
    }

    const words = doc.tokens.filter((token) => !isPunctuation(text, token));
    const spans = <T>(quotes: readonly T[], part: (quote: T) => Bounds | null): Bounds[] =>
      quotes.flatMap((quote) => part(quote) ?? []);
    countUnits(words, goldContent, predictedContent, tokens.content);
    countUnits(words, spans(gold, (q) => q.cue), spans(predicted, (q) => q.cue), tokens.cue);
    countUnits(words, spans(gold, (q) => q.speaker), spans(predicted, (q) => q.speaker), tokens.speaker);
    countUnits(doc.sentences, goldContent, predictedContent, sentences);
  }

  const byKind = (kind: QuoteKind): MatchScore => {
    const k = kinds[kind];
    return matchScore(k.right, k.predicted, k.found, k.gold);
  };
  const { direct: d, indirect: i } = kinds;
  return {
    quotes: {
      direct: byKind('direct'),
      indirect: byKind('indirect'),
      all: matchScore(d.right + i.right, d.predicted + i.predicted, d.found + i.found, d.gold + i.gold),
    },
    tokens: { content: toScore(tokens.content), cue: toScore(tokens.cue), speaker: toScore(tokens.speaker) },
    sentences: toScore(sentences),
    attribution: {
      matched: attribution.matched,
      speakerName: share(attribution.name, attribution.matched),
      speakerSpan: share(attribution.span, attribution.spanTotal),
      cue: share(attribution.cue, attribution.cueTotal),
      kind: share(attribution.kind, attribution.matched),
    },
    errors,
  };
}

/**
 * The bars the quote extractor is held to: token F1 of content, cue and speaker and sentence-level F1
 * (the thesis measures), quote F1 over all kinds, and the share of matched quotes with the right speaker name.
 */
export const QUOTE_BARS = {
  content: 0.85,
  cue: 0.85,
  speaker: 0.65,
  sentences: 0.94,
  quotes: 0.85,
  speakerName: 0.8,
} as const;
