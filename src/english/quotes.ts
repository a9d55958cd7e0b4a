/**
 * The quote stage for English paragraphs: the patterns of speech.ts, one
 * quote per act of speech, then every speaker resolved in text order, in the
 * same `Quote` shape as the Russian quotes (see docs/quotes.md).
 */
import type { Entity, EntityMention, Quote, Span } from '../model.js';
import { Coverage, type Piece } from '../quotes/draft.js';
import { pairQuotationMarks } from '../quotes/marks.js';
import { EnglishSpeakers, type Resolved } from './speakers.js';
import { directQuotes, reportedSpeech, speechView, tokenAt, type EnglishDraft, type SpeechView } from './speech.js';
import type { EnglishText } from '../words/english.js';

/** Paragraphs an unattributed quotation may look back for the speaker it continues. */
const CONTINUATION_PARAGRAPHS = 2;

/** The quotes of the English paragraphs, in text order of their first piece. */
export function englishQuotes(english: EnglishText, entities: readonly Entity[]): Quote[] {
  const { text, tokens, sentences, paragraphs } = english;
  if (sentences.length === 0) return [];
  const view = speechView(tokens, sentences);
  const spans = pairQuotationMarks(text, paragraphs.filter((paragraph) => paragraph.language === 'eng'));
  const direct = directQuotes(view, spans);
  const reported: EnglishDraft[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const draft = reportedSpeech(view, s);
    if (draft) reported.push(draft);
  }
  const speakers = new EnglishSpeakers(tokens, entities, mentionsByToken(view, entities), sentences);
  return attribute(english, view, speakers, settle(english, direct, reported));
}

/** The mention that covers each token of the English sentences. */
function mentionsByToken(view: SpeechView, entities: readonly Entity[]): Map<number, EntityMention> {
  const { tokens, sentenceOf } = view;
  const byToken = new Map<number, EntityMention>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const first = tokenAt(tokens, mention.start);
      if (first >= tokens.length || sentenceOf[first]! < 0) continue;
      for (let i = first; i < tokens.length && tokens[i]!.end <= mention.end; i++) byToken.set(i, mention);
    }
  }
  return byToken;
}

/**
 * One quote per act of speech: a quotation that opens inside reported speech (`X said that "…"`) is part of it,
 * and reported speech that overlaps a direct quote gives way to it.
 */
function settle(english: EnglishText, direct: EnglishDraft[], reported: EnglishDraft[]): EnglishDraft[] {
  const { tokens } = english;
  const first = (draft: EnglishDraft): number => draft.content[0]![0];
  // Reported clauses after their cue, by start: a quotation opening inside one belongs to it.
  const clauses = reported
    .flatMap((draft) => draft.content.filter((piece) => draft.cue !== null && piece[0] > tokens[draft.cue.first]!.start))
    .sort((a, b) => a[0] - b[0]);
  const kept: EnglishDraft[] = [];
  let next = 0;
  let furthest = -1;
  for (const draft of direct.sort((a, b) => first(a) - first(b))) {
    while (next < clauses.length && clauses[next]![0] < first(draft)) furthest = Math.max(furthest, clauses[next++]![1]);
    if (furthest <= first(draft)) kept.push(draft);
  }
  const taken = new Coverage();
  for (const draft of kept) taken.add(draft);
  const free = reported.filter((draft) => !taken.overlaps(draft));
  return [...kept, ...free].sort((a, b) => first(a) - first(b));
}

interface Attributed {
  readonly resolved: Resolved;
  readonly speaker: Quote['speaker'];
  readonly paragraph: number;
  readonly quote: Quote;
}

/** Resolves speakers in text order; an unattributed quotation continues the speaker before it. */
function attribute(english: EnglishText, view: SpeechView, speakers: EnglishSpeakers, drafts: readonly EnglishDraft[]): Quote[] {
  const { text, tokens } = english;
  const span = ([start, end]: Piece): Span => ({ start, end, text: text.slice(start, end) });
  const rangeSpan = (first: number, end: number): Span => span([tokens[first]!.start, tokens[end - 1]!.end]);
  const quotes: Quote[] = [];
  let last = null as Attributed | null;
  for (const draft of drafts) {
    const paragraph = view.sentences[view.sentenceOf[tokenAt(tokens, draft.content[0]![0])]!]!.paragraph;
    const recent: Attributed | null = last !== null && paragraph - last.paragraph <= CONTINUATION_PARAGRAPHS ? last : null;
    if (draft.inherits && recent?.quote.kind === 'direct' && recent.paragraph === paragraph) {
      // `"P1," X said. "P2."`: one quote in several pieces.
      recent.quote.content.push(...draft.content.map(span));
      continue;
    }
    let speaker: Quote['speaker'] = null;
    let resolved: Resolved | null = null;
    if (draft.speaker) {
      resolved = speakers.resolve(draft.speaker, recent?.resolved ?? null);
      speaker = { ...rangeSpan(draft.speaker.first, draft.speaker.end), name: resolved.name, entity: resolved.entity };
    } else if (draft.inherits && recent) {
      speaker = recent.speaker;
      resolved = recent.resolved;
    }
    const cue = draft.cue ? { ...rangeSpan(draft.cue.first, draft.cue.end), lemma: draft.cue.lemma } : null;
    const quote: Quote = { kind: draft.kind, content: draft.content.map(span), cue, speaker, pattern: draft.pattern };
    quotes.push(quote);
    if (resolved?.name) last = { resolved, speaker, paragraph, quote };
  }
  return quotes;
}
