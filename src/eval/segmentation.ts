/** Token and sentence figures, as docs/evaluation.md ("Tokens and sentences") reports them. */
import { sentenize, tokenize } from '../index.js';
import type { FactRuDocument, GoldToken, TokenCase } from './corpora.js';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  gold: number;
}

export function score(truePositives: number, predicted: number, gold: number): Score {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, truePositives, predicted, gold };
}

export interface TokenCaseResult {
  passed: number;
  total: number;
  failures: { text: string; expected: string[]; got: string[] }[];
}

export function evaluateTokenCases(cases: TokenCase[]): TokenCaseResult {
  const failures: TokenCaseResult['failures'] = [];
  for (const { text, tokens } of cases) {
    const got = tokenize(text).map((token) => token.text);
    if (got.length !== tokens.length || got.some((token, i) => token !== tokens[i])) {
      failures.push({ text, expected: tokens, got });
    }
  }
  return { passed: cases.length - failures.length, total: cases.length, failures };
}

type Bounds = { start: number; end: number };
const key = (span: Bounds): string => `${span.start}:${span.end}`;

/** Gold sentence bounds; with `mergeAttributions`, `‖— заявил он.` joins the sentence before it. */
export function goldSentences(doc: FactRuDocument, mergeAttributions: boolean): Bounds[] {
  const bounds: Bounds[] = [];
  for (const sentence of doc.sentences) {
    const first = sentence[0]!;
    const last = sentence[sentence.length - 1]!;
    const second = sentence[1];
    const isAttribution = /^[-–—]$/.test(first.text) && second !== undefined && /^\p{Ll}/u.test(second.text);
    if (mergeAttributions && isAttribution && bounds.length > 0) bounds[bounds.length - 1]!.end = last.end;
    else bounds.push({ start: first.start, end: last.end });
  }
  return bounds;
}

export interface SegmentationResult {
  sentences: Score;
  sentencesMerged: Score;
  tokens: Score;
  sentenceErrors: { doc: string; kind: 'missed' | 'extra'; text: string }[];
  tokenErrors: { doc: string; kind: 'missed' | 'extra'; text: string; context: string }[];
}

export function evaluateSegmentation(docs: FactRuDocument[]): SegmentationResult {
  let sentenceTp = 0, sentenceMergedTp = 0, sentencePredicted = 0, sentenceGold = 0, sentenceMergedGold = 0;
  let tokenTp = 0, tokenPredicted = 0, tokenGold = 0;
  const sentenceErrors: SegmentationResult['sentenceErrors'] = [];
  const tokenErrors: SegmentationResult['tokenErrors'] = [];
  for (const doc of docs) {
    const predicted = sentenize(doc.text);
    const predictedKeys = new Set(predicted.map(key));
    sentencePredicted += predicted.length;
    const gold = goldSentences(doc, false);
    const merged = goldSentences(doc, true);
    sentenceGold += gold.length;
    sentenceMergedGold += merged.length;
    sentenceTp += gold.filter((s) => predictedKeys.has(key(s))).length;
    const mergedKeys = new Set(merged.map(key));
    sentenceMergedTp += merged.filter((s) => predictedKeys.has(key(s))).length;
    for (const s of merged) if (!predictedKeys.has(key(s))) sentenceErrors.push({ doc: doc.id, kind: 'missed', text: doc.text.slice(s.start, s.end) });
    for (const s of predicted) if (!mergedKeys.has(key(s))) sentenceErrors.push({ doc: doc.id, kind: 'extra', text: s.text });

    const tokens = tokenize(doc.text);
    const goldTokens: GoldToken[] = doc.sentences.flat();
    const goldKeys = new Set(goldTokens.map(key));
    const tokenKeys = new Set(tokens.map(key));
    tokenPredicted += tokens.length;
    tokenGold += goldTokens.length;
    const context = (t: Bounds): string => doc.text.slice(Math.max(0, t.start - 15), t.end + 15).replace(/\s+/g, ' ');
    for (const t of tokens) {
      if (goldKeys.has(key(t))) tokenTp++;
      else tokenErrors.push({ doc: doc.id, kind: 'extra', text: t.text, context: context(t) });
    }
    for (const t of goldTokens) if (!tokenKeys.has(key(t))) tokenErrors.push({ doc: doc.id, kind: 'missed', text: t.text, context: context(t) });
  }
  return {
    sentences: score(sentenceTp, sentencePredicted, sentenceGold),
    sentencesMerged: score(sentenceMergedTp, sentencePredicted, sentenceMergedGold),
    tokens: score(tokenTp, tokenPredicted, tokenGold),
    sentenceErrors,
    tokenErrors,
  };
}
