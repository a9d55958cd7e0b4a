/**
 * Checks of the document model's invariants (src/model.ts), shared by the tests.
 * Each returns a list of human-readable violations, empty when all hold, so a
 * failing test prints what broke rather than `false !== true`.
 */
import type { RechDocument, Span } from '../../src/index.js';

const show = (span: Span): string => `${JSON.stringify(span.text)} [${span.start}, ${span.end})`;

/** `text.slice(start, end) === span.text`, non-empty, no surrounding whitespace. */
export function spanViolations(text: string, spans: readonly Span[], layer: string): string[] {
  const problems: string[] = [];
  for (const span of spans) {
    if (text.slice(span.start, span.end) !== span.text) problems.push(`${layer}: ${show(span)} is not text.slice(start, end) = ${JSON.stringify(text.slice(span.start, span.end))}`);
    if (span.end <= span.start) problems.push(`${layer}: ${show(span)} is empty`);
    if (/^\s|\s$/u.test(span.text)) problems.push(`${layer}: ${show(span)} begins or ends with whitespace`);
  }
  return problems;
}

/** Sorted by start and not overlapping. */
export function orderViolations(spans: readonly Span[], layer: string): string[] {
  const problems: string[] = [];
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]!;
    const current = spans[i]!;
    if (current.start < previous.end) problems.push(`${layer}: ${show(current)} starts before ${show(previous)} ends`);
  }
  return problems;
}

/** The outer span that starts last at or before `span.start`, if it contains `span`. */
function containing(outer: readonly Span[], span: Span): Span[] {
  let low = 0;
  let high = outer.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (outer[middle]!.start <= span.start) low = middle + 1;
    else high = middle;
  }
  const candidate = outer[low - 1];
  return candidate && span.end <= candidate.end ? [candidate] : [];
}

/** Every inner span lies inside exactly one outer span. */
export function nestingViolations(inner: readonly Span[], outer: readonly Span[], innerLayer: string, outerLayer: string): string[] {
  const problems: string[] = [];
  // Over a sorted, non-overlapping outer layer a binary search finds the one candidate, so that
  // documents with a million tokens are checked in linear time; otherwise every outer span is tried.
  const sorted = orderViolations(outer, outerLayer).length === 0;
  for (const span of inner) {
    const containers = sorted ? containing(outer, span) : outer.filter((o) => o.start <= span.start && span.end <= o.end);
    if (containers.length !== 1) problems.push(`${innerLayer}: ${show(span)} lies inside ${containers.length} ${outerLayer}, not exactly one`);
  }
  return problems;
}

/** Entities: `entities[i].id === i`, each mention points back to its entity and has its type. */
export function entityViolations(doc: RechDocument): string[] {
  const problems: string[] = [];
  doc.entities.forEach((entity, i) => {
    if (entity.id !== i) problems.push(`entity ${i} has id ${entity.id}`);
    if (entity.mentions.length === 0) problems.push(`entity ${i} (${entity.name}) has no mention`);
    for (const mention of entity.mentions) {
      if (mention.entity !== i || mention.type !== entity.type) problems.push(`mention ${show(mention)} of entity ${i} says entity ${mention.entity}, type ${mention.type}`);
      if (mention.normal.trim() === '') problems.push(`mention ${show(mention)} has an empty normal form`);
    }
  });
  return problems;
}

/**
 * Quotes: every content piece, cue and speaker is a slice of the text; a quote has
 * content, its pieces are in order and do not overlap; quotes are sorted by their
 * first piece and no two share content.
 */
export function quoteViolations(doc: RechDocument): string[] {
  const problems: string[] = [];
  const pieces = doc.quotes.flatMap((quote) => quote.content).sort((a, b) => a.start - b.start);
  doc.quotes.forEach((quote, i) => {
    if (quote.content.length === 0) problems.push(`quote ${i} has no content`);
    if (!quote.pattern) problems.push(`quote ${i} names no pattern`);
    problems.push(...spanViolations(doc.text, quote.content, `quote ${i} content`), ...orderViolations(quote.content, `quote ${i} content`));
    problems.push(...spanViolations(doc.text, [quote.cue, quote.speaker].filter((span) => span !== null), `quote ${i} cue/speaker`));
    const previous = doc.quotes[i - 1];
    if (previous && previous.content[0] && quote.content[0] && quote.content[0].start < previous.content[0].start) problems.push(`quote ${i} is out of order`);
  });
  return [...problems, ...orderViolations(pieces, 'quote content')];
}

/** Every invariant of the document model: paragraphs, sentences, tokens, entity mentions and quotes. */
export function documentViolations(doc: RechDocument): string[] {
  const mentions = doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  return [
    ...spanViolations(doc.text, mentions, 'mention'),
    ...orderViolations(mentions, 'mention'),
    ...nestingViolations(mentions, doc.sentences, 'mention', 'sentences'),
    ...entityViolations(doc),
    ...quoteViolations(doc),
    ...spanViolations(doc.text, doc.paragraphs, 'paragraph'),
    ...spanViolations(doc.text, doc.sentences, 'sentence'),
    ...spanViolations(doc.text, doc.tokens, 'token'),
    ...orderViolations(doc.paragraphs, 'paragraph'),
    ...orderViolations(doc.sentences, 'sentence'),
    ...orderViolations(doc.tokens, 'token'),
    ...nestingViolations(doc.tokens, doc.sentences, 'token', 'sentences'),
    ...nestingViolations(doc.sentences, doc.paragraphs, 'sentence', 'paragraphs'),
  ];
}
