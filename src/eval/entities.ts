/**
 * Named-entity figures on factRuEval-2016, by the naeval protocol in docs/evaluation.md ("Named entities"):
 * gold PER/LOC/ORG spans derived from the `.objects`, scored per type over corpus tokens
 * (the published measure) and as strict spans.
 */
import type { FactRuDocument } from './corpora.js';
import { score, type Score } from './segmentation.js';
import { overlaps } from '../spans.js';

export type EntityType = 'PER' | 'LOC' | 'ORG';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

/** A typed span: gold or predicted, offsets in UTF-16 units, `end` exclusive. */
export interface TypedSpan {
  start: number;
  end: number;
  type: EntityType;
}

type Bounds = { start: number; end: number };

const sameBounds = (a: Bounds, b: Bounds): boolean => a.start === b.start && a.end === b.end;
const key = (span: TypedSpan): string => `${span.type}:${span.start}:${span.end}`;
/** Sort by start, the longer span first. */
const byStartLongerFirst = (a: Bounds, b: Bounds): number => a.start - b.start || b.end - a.end;

/**
 * The raw PER/LOC/ORG spans of the objects, before overlap resolution and the token-boundary check:
 * a `Person` is one PER span from its first to its last span (by offset, whatever the file order);
 * an `Org` gives each of its `org_name` spans as ORG; a `Location` or `LocOrg` each of its `loc_name`
 * spans as LOC. Other objects (`Project`) give nothing.
 */
export function objectSpans(doc: Pick<FactRuDocument, 'objects'>): TypedSpan[] {
  const spans: TypedSpan[] = [];
  for (const object of doc.objects) {
    if (object.type === 'Person') {
      if (object.spans.length === 0) continue;
      const start = Math.min(...object.spans.map((span) => span.start));
      const end = Math.max(...object.spans.map((span) => span.end));
      spans.push({ start, end, type: 'PER' });
    } else if (object.type === 'Org') {
      for (const span of object.spans) if (span.type === 'org_name') spans.push({ start: span.start, end: span.end, type: 'ORG' });
    } else if (object.type === 'Location' || object.type === 'LocOrg') {
      for (const span of object.spans) if (span.type === 'loc_name') spans.push({ start: span.start, end: span.end, type: 'LOC' });
    }
  }
  return spans;
}

/**
 * Sort by start, longer first, and keep a span only when it overlaps none already kept
 * (`мид Грузии` ORG is kept, `Грузии` LOC inside it dropped). Exact duplicates collapse to one.
 * At equal bounds and different types the first in input order wins (the sort is stable).
 */
export function resolveOverlaps(spans: readonly TypedSpan[]): TypedSpan[] {
  const kept: TypedSpan[] = [];
  for (const span of [...spans].sort(byStartLongerFirst)) {
    // Sorted by start, so only the last kept span can reach past this one's start.
    const last = kept[kept.length - 1];
    if (last === undefined || !overlaps(last, span)) kept.push(span);
  }
  return kept;
}

/** Keeps the spans whose start is some token's start and whose end is some token's end. */
export function onTokenBoundaries(spans: readonly TypedSpan[], tokens: readonly Bounds[]): TypedSpan[] {
  const starts = new Set(tokens.map((token) => token.start));
  const ends = new Set(tokens.map((token) => token.end));
  return spans.filter((span) => starts.has(span.start) && ends.has(span.end));
}

/**
 * The gold PER/LOC/ORG spans of a factRuEval document, in text order, exactly as the spec orders
 * the steps: spans from the objects, then overlap resolution, then the token-boundary drop.
 */
export function goldEntitySpans(doc: Pick<FactRuDocument, 'objects' | 'sentences'>): TypedSpan[] {
  return onTokenBoundaries(resolveOverlaps(objectSpans(doc)), doc.sentences.flat());
}

/**
 * Labels each token with the type of the span that covers it entirely, or `null`.
 * A predicted span that covers only part of a token does not label it (`Москв` does not make the
 * token `Москвы` a LOC): the measure is over corpus tokens, so a token counts only when all of it
 * is inside. When predicted spans overlap, the one that comes first by start, longer first, wins.
 */
export function labelTokens(tokens: readonly Bounds[], spans: readonly TypedSpan[]): (EntityType | null)[] {
  const labels: (EntityType | null)[] = tokens.map(() => null);
  for (const span of [...spans].sort(byStartLongerFirst)) {
    tokens.forEach((token, i) => {
      if (labels[i] === null && span.start <= token.start && token.end <= span.end) labels[i] = span.type;
    });
  }
  return labels;
}

/** One document to score: its text, corpus tokens, gold spans and predicted spans. */
export interface EntityCase {
  id: string;
  text: string;
  tokens: readonly Bounds[];
  gold: readonly TypedSpan[];
  predicted: readonly TypedSpan[];
}

export type FalsePositiveKind = 'wrong-type' | 'boundary' | 'spurious';
export type MissKind = 'wrong-type' | 'boundary' | 'missed';

/** A predicted span with no exact gold match, or a gold span not predicted exactly. */
export interface EntityError {
  doc: string;
  /** `false-positive`: a predicted span; `miss`: a gold span. */
  side: 'false-positive' | 'miss';
  /**
   * For a false positive: `wrong-type` when a gold span of another type has the same bounds or overlaps it
   * (and no gold span of its type does), `boundary` when a gold span of its type overlaps it with other bounds,
   * `spurious` when no gold span overlaps it. For a miss, the same with the predicted spans, `missed` for none.
   */
  kind: FalsePositiveKind | MissKind;
  /** The span's type: predicted for a false positive, gold for a miss. */
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** The gold (for a false positive) or predicted (for a miss) span that explains the kind, `LOC «Грузии»`; `null` for `spurious` and `missed`. */
  alternative: string | null;
  /** ±40 characters around the span, the span in [brackets], newlines shown as ⏎. */
  context: string;
}

export interface TypeScores {
  /** Token-level: the published measure. */
  tokens: Score;
  /** Strict spans: type, start and end equal. */
  spans: Score;
}

export interface EntityResult {
  byType: Record<EntityType, TypeScores>;
  /** Micro average over the three types. */
  micro: TypeScores;
  errors: EntityError[];
}

const CONTEXT = 40;

function context(text: string, span: Bounds): string {
  const before = text.slice(Math.max(0, span.start - CONTEXT), span.start);
  const after = text.slice(span.end, span.end + CONTEXT);
  return `${before}[${text.slice(span.start, span.end)}]${after}`.replace(/\r?\n/g, '⏎').replace(/[\t\r]/g, ' ');
}

/**
 * Classifies a span of one side against the spans of the other side: an exact match of another type,
 * else an overlapping span of the same type (other bounds), else an overlapping one of another type.
 */
function explain(span: TypedSpan, others: readonly TypedSpan[]): { kind: 'wrong-type' | 'boundary' | null; other: TypedSpan | null } {
  const exact = others.find((other) => sameBounds(other, span) && other.type !== span.type);
  if (exact) return { kind: 'wrong-type', other: exact };
  const sameType = others.find((other) => overlaps(other, span) && other.type === span.type);
  if (sameType) return { kind: 'boundary', other: sameType };
  const otherType = others.find((other) => overlaps(other, span));
  if (otherType) return { kind: 'wrong-type', other: otherType };
  return { kind: null, other: null };
}

type Counts = { tp: number; predicted: number; gold: number };
const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

/** Scores documents whose gold and predicted spans are already known (the pure core of {@link evaluateEntities}). */
export function scoreEntities(cases: readonly EntityCase[]): EntityResult {
  const tokenCounts = { PER: zero(), LOC: zero(), ORG: zero() };
  const spanCounts = { PER: zero(), LOC: zero(), ORG: zero() };
  const errors: EntityError[] = [];
  for (const { id, text, tokens, gold, predicted: raw } of cases) {
    // The same predicted mention twice (same type and bounds) counts once.
    const predicted = [...new Map(raw.map((span) => [key(span), span])).values()];

    const goldLabels = labelTokens(tokens, gold);
    const predictedLabels = labelTokens(tokens, predicted);
    tokens.forEach((_, i) => {
      const g = goldLabels[i]!;
      const p = predictedLabels[i]!;
      if (g) tokenCounts[g].gold++;
      if (p) tokenCounts[p].predicted++;
      if (g && g === p) tokenCounts[g].tp++;
    });

    const goldKeys = new Set(gold.map(key));
    const predictedKeys = new Set(predicted.map(key));
    const describe = (span: TypedSpan): string => `${span.type} «${text.slice(span.start, span.end)}»`;
    for (const span of gold) {
      spanCounts[span.type].gold++;
      if (predictedKeys.has(key(span))) continue;
      const { kind, other } = explain(span, predicted);
      errors.push({
        doc: id, side: 'miss', kind: kind ?? 'missed', type: span.type, start: span.start, end: span.end,
        text: text.slice(span.start, span.end), alternative: other && describe(other), context: context(text, span),
      });
    }
    for (const span of predicted) {
      spanCounts[span.type].predicted++;
      if (goldKeys.has(key(span))) {
        spanCounts[span.type].tp++;
        continue;
      }
      const { kind, other } = explain(span, gold);
      errors.push({
        doc: id, side: 'false-positive', kind: kind ?? 'spurious', type: span.type, start: span.start, end: span.end,
        text: text.slice(span.start, span.end), alternative: other && describe(other), context: context(text, span),
      });
    }
  }
  const toScore = (c: Counts): Score => score(c.tp, c.predicted, c.gold);
  const sum = (counts: Record<EntityType, Counts>): Counts =>
    ENTITY_TYPES.reduce((total, type) => ({
      tp: total.tp + counts[type].tp, predicted: total.predicted + counts[type].predicted, gold: total.gold + counts[type].gold,
    }), zero());
  const byType = Object.fromEntries(
    ENTITY_TYPES.map((type) => [type, { tokens: toScore(tokenCounts[type]), spans: toScore(spanCounts[type]) }]),
  ) as Record<EntityType, TypeScores>;
  return { byType, micro: { tokens: toScore(sum(tokenCounts)), spans: toScore(sum(spanCounts)) }, errors };
}

/** What a predictor returns for a document: its mentions (anything with start, end and type). */
export type EntityPredictor = (doc: FactRuDocument) => Promise<readonly TypedSpan[]> | readonly TypedSpan[];

/** Gold from the documents' objects, predictions from `predict`, scored by {@link scoreEntities}. */
export async function evaluateEntities(docs: readonly FactRuDocument[], predict: EntityPredictor): Promise<EntityResult> {
  const cases: EntityCase[] = [];
  for (const doc of docs) {
    const predicted = (await predict(doc)).map(({ start, end, type }) => ({ start, end, type }));
    cases.push({ id: doc.id, text: doc.text, tokens: doc.sentences.flat(), gold: goldEntitySpans(doc), predicted });
  }
  return scoreEntities(cases);
}

/**
 * Published token-level F1 on factRuEval from the spec (naeval table), for comparison.
 * `null` where a system reports no figure.
 */
export const PUBLISHED_TOKEN_F1: readonly { system: string; PER: number; LOC: number | null; ORG: number | null }[] = [
  { system: 'slovnet_bert', PER: 0.973, LOC: 0.928, ORG: 0.831 },
  { system: 'slovnet', PER: 0.959, LOC: 0.915, ORG: 0.825 },
  { system: 'deeppavlov_bert', PER: 0.971, LOC: 0.928, ORG: 0.825 },
  { system: 'pullenti', PER: 0.905, LOC: 0.814, ORG: 0.686 },
  { system: 'stanza', PER: 0.943, LOC: 0.865, ORG: 0.687 },
  { system: 'spacy', PER: 0.901, LOC: 0.886, ORG: 0.765 },
  { system: 'tomita', PER: 0.929, LOC: null, ORG: null },
];
