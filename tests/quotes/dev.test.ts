/**
 * A floor on the quote gold for the factRuEval dev documents (protocol in
 * docs/evaluation.md, scored by src/eval/quotes.ts), set a little under
 * the current figures (quote F1 0.909, content token F1 0.922, cue 0.876,
 * speaker 0.783, speaker name right 80.3 %) to catch regressions.
 * Skipped when the shared corpora are absent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { hasCorpora, readFactRu } from '../../src/eval/corpora.js';
import { readQuoteGold, scoreQuotes, type QuoteCase, type QuoteFigures } from '../../src/eval/quotes.js';

describe.skipIf(!hasCorpora())('quotes on the factRuEval dev documents', () => {
  let figures: QuoteFigures;

  beforeAll(async () => {
    const gold = readQuoteGold();
    const cases: QuoteCase[] = [];
    for (const doc of readFactRu().filter((d) => gold.has(d.id))) {
      const analysed = await analyze(doc.text);
      cases.push({ id: doc.id, text: doc.text, gold: gold.get(doc.id)!, predicted: analysed.quotes, sentences: analysed.sentences, tokens: analysed.tokens });
    }
    figures = scoreQuotes(cases);
  }, 300_000);

  it('finds quotes with F1 0.88 or more', () => {
    expect(figures.quotes.all.f1).toBeGreaterThanOrEqual(0.88);
  });

  it('covers content, cue and speaker tokens with F1 0.90, 0.85 and 0.75 or more', () => {
    expect(figures.tokens.content.f1).toBeGreaterThanOrEqual(0.9);
    expect(figures.tokens.cue.f1).toBeGreaterThanOrEqual(0.85);
    expect(figures.tokens.speaker.f1).toBeGreaterThanOrEqual(0.75);
  });

  it('names the speaker right for 79 % of found quotes or more', () => {
    expect(figures.attribution.speakerName.share).toBeGreaterThanOrEqual(0.79);
  });
});
