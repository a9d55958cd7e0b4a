/**
 * Quotes of the seed articles against their hand-written gold
 * (`fixtures/*.expected.json`: `quotes`, `notQuotes`; convention in docs/quotes.md).
 *
 * Gold spans are given as `text` + `occurrence` (the 1-based index among the
 * occurrences of that exact string in the file, as for entities) and resolved to
 * offsets here; a gold span whose occurrence does not exist fails the suite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Quote, type RechDocument, type Span } from '../../src/index.js';
import { FIXTURES, golds, occurrences } from '../support/fixtures.js';

interface ExpectedSpan {
  text: string;
  occurrence: number;
}

interface ExpectedQuote {
  kind: 'direct' | 'indirect';
  content: ExpectedSpan[];
  cue: (ExpectedSpan & { lemma: string }) | null;
  speaker: ExpectedSpan | null;
  speakerName: string | null;
}

interface Expected {
  source: string;
  quotes: ExpectedQuote[];
  notQuotes: string[];
}

/** A quote reduced to what the gold says about it, with offsets. */
interface Flat {
  kind: string;
  content: Span[];
  cue: (Span & { lemma: string }) | null;
  speaker: Span | null;
  name: string | null;
}


/** The offsets of a gold span; throws, naming the span, when its occurrence does not exist. */
function resolve(text: string, span: ExpectedSpan, where: string): Span {
  const starts = occurrences(text, span.text);
  const start = starts[span.occurrence - 1];
  if (span.text === '' || !Number.isInteger(span.occurrence) || start === undefined) {
    throw new Error(`${where}: ${JSON.stringify(span.text)} occurrence ${span.occurrence} does not exist (the text has ${starts.length})`);
  }
  return { start, end: start + span.text.length, text: span.text };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const encloses = (outer: { start: number; end: number }, inner: { start: number; end: number }): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** `«Казахстан не должен вовлекаться… собственной территории»[412,560)`: enough to see both boundaries. */
function showPiece(span: Span): string {
  const text = span.text.length <= 60 ? span.text : `${span.text.slice(0, 36)}…${span.text.slice(-20)}`;
  return `«${text}»[${span.start},${span.end})`;
}

/** `indirect «content…»[a,b) cue=заявил(заявить)[c,d) speaker=посол[e,f) → Рашад Мамедов` */
function show(quote: Flat): string {
  const cue = quote.cue ? `${quote.cue.text}(${quote.cue.lemma})[${quote.cue.start},${quote.cue.end})` : 'null';
  const speaker = quote.speaker ? `${quote.speaker.text}[${quote.speaker.start},${quote.speaker.end})` : 'null';
  return `${quote.kind} ${quote.content.map(showPiece).join(' + ')} cue=${cue} speaker=${speaker} → ${quote.name ?? 'null'}`;
}

const flatten = (quote: Quote): Flat => ({
  kind: quote.kind,
  content: quote.content,
  cue: quote.cue,
  speaker: quote.speaker,
  name: quote.speaker?.name ?? null,
});

describe.each(golds)('quotes of seed %s', (goldName) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, goldName), 'utf8')) as Expected;
  const text = readFileSync(join(FIXTURES, expected.source), 'utf8');
  if (!Array.isArray(expected.quotes) || !Array.isArray(expected.notQuotes)) throw new Error(`${goldName}: no "quotes" or "notQuotes" array`);
  const gold: Flat[] = expected.quotes.map((q, i) => {
    const where = `${goldName} quotes[${i}]`;
    return {
      kind: q.kind,
      content: q.content.map((piece, j) => resolve(text, piece, `${where}.content[${j}]`)),
      cue: q.cue ? { ...resolve(text, q.cue, `${where}.cue`), lemma: q.cue.lemma } : null,
      speaker: q.speaker ? resolve(text, q.speaker, `${where}.speaker`) : null,
      name: q.speakerName,
    };
  });
  const goldPieces = gold.flatMap((q) => q.content);
  const forbidden = expected.notQuotes.map((phrase, i) => {
    const starts = occurrences(text, phrase);
    if (phrase === '' || starts.length === 0) throw new Error(`${goldName} notQuotes[${i}]: ${JSON.stringify(phrase)} does not occur in the text`);
    return starts.map((start) => ({ start, end: start + phrase.length, text: phrase }));
  }).flat();
  let doc: RechDocument;
  let predicted: Flat[];

  beforeAll(async () => {
    doc = await analyze(text);
    predicted = doc.quotes.map(flatten);
  });

  it('has gold that is itself consistent', () => {
    const problems: string[] = [];
    for (const [i, q] of gold.entries()) {
      if (q.content.length === 0) problems.push(`quotes[${i}] has no content`);
      for (const piece of q.content) if (/^\s|\s$/u.test(piece.text)) problems.push(`quotes[${i}] content ${showPiece(piece)} begins or ends with whitespace`);
      for (let j = 1; j < q.content.length; j++) if (q.content[j]!.start < q.content[j - 1]!.end) problems.push(`quotes[${i}] content pieces out of order`);
      if (q.speaker === null && q.name !== null) problems.push(`quotes[${i}] has a speakerName but no speaker`);
      if (i > 0 && q.content[0]!.start < gold[i - 1]!.content[0]!.start) problems.push(`quotes[${i}] is out of text order`);
    }
    // A notQuotes occurrence either lies wholly inside gold content (scare quotes in a report) or apart from it.
    for (const span of forbidden) {
      if (goldPieces.some((piece) => overlaps(piece, span) && !encloses(piece, span))) problems.push(`notQuotes ${showPiece(span)} straddles gold content`);
    }
    expect(problems).toEqual([]);
  });

  it('finds every expected quote with its kind, content pieces, cue and speaker', () => {
    const found = new Set(predicted.map(show));
    const missing = gold
      .filter((q) => !found.has(show(q)))
      .map((q) => ({
        expected: show(q),
        got: predicted.filter((p) => p.content.some((piece) => q.content.some((g) => overlaps(piece, g)))).map(show),
      }));
    expect(missing).toEqual([]);
  });

  it('finds no quote beyond the expected ones', () => {
    const wanted = new Set(gold.map(show));
    expect(predicted.map(show).filter((q) => !wanted.has(q))).toEqual([]);
  });

  it('quotes nothing listed in notQuotes (no title, scare quote, content-less speech act or page furniture)', () => {
    const hits: string[] = [];
    for (const span of forbidden) {
      // Inside gold content only a piece strictly larger than the phrase (the enclosing report) may cover it.
      const insideGold = goldPieces.some((piece) => encloses(piece, span));
      for (const quote of predicted) {
        for (const piece of quote.content) {
          if (!overlaps(piece, span)) continue;
          if (insideGold && encloses(piece, span) && piece.end - piece.start > span.end - span.start) continue;
          hits.push(`${showPiece(span)} is quoted by ${show(quote)}`);
        }
      }
    }
    expect(hits).toEqual([]);
  });

  it('keeps the quote invariants: spans are slices of the text, pieces ordered, quotes sorted by first content start', () => {
    const problems: string[] = [];
    const sliceOk = (span: Span, what: string, i: number): void => {
      if (text.slice(span.start, span.end) !== span.text) problems.push(`quotes[${i}] ${what} ${JSON.stringify(span.text)} [${span.start},${span.end}) is not text.slice(start, end) = ${JSON.stringify(text.slice(span.start, span.end))}`);
      if (span.end <= span.start) problems.push(`quotes[${i}] ${what} [${span.start},${span.end}) is empty`);
    };
    doc.quotes.forEach((quote, i) => {
      if (quote.kind !== 'direct' && quote.kind !== 'indirect') problems.push(`quotes[${i}] has kind ${JSON.stringify(quote.kind)}`);
      if (quote.content.length === 0) problems.push(`quotes[${i}] has no content`);
      quote.content.forEach((piece, j) => {
        sliceOk(piece, `content[${j}]`, i);
        if (j > 0 && piece.start < quote.content[j - 1]!.end) problems.push(`quotes[${i}] content[${j}] starts before content[${j - 1}] ends`);
      });
      if (quote.cue) sliceOk(quote.cue, 'cue', i);
      if (quote.speaker) {
        sliceOk(quote.speaker, 'speaker', i);
        const { entity } = quote.speaker;
        if (entity !== null && doc.entities[entity] === undefined) problems.push(`quotes[${i}] speaker points at entity ${entity}, which does not exist`);
      }
      const previous = doc.quotes[i - 1];
      if (previous?.content[0] && quote.content[0] && quote.content[0].start < previous.content[0].start) {
        problems.push(`quotes[${i}] starts at ${quote.content[0].start}, before quotes[${i - 1}] at ${previous.content[0].start}`);
      }
    });
    expect(problems).toEqual([]);
  });
});
