/**
 * The quote evaluation (src/eval/quotes.ts): the scorer of docs/evaluation.md ("Quotes") and the gold
 * reader. Every expected figure here is worked out by hand from the example.
 */
import { describe, expect, it } from 'vitest';
import { hasCorpora, readFactRu } from '../../src/eval/corpora.js';
import { namesAgree, readQuoteGold, scoreQuotes, speakerNameErrorKind, type GoldQuote, type PredictedQuote, type QuoteCase } from '../../src/eval/quotes.js';

type Bounds = { start: number; end: number };

/** The bounds of the first occurrence of `fragment` at or after `from`. */
function find(text: string, fragment: string, from = 0): Bounds {
  const start = text.indexOf(fragment, from);
  if (start < 0) throw new Error(`no ${fragment} in ${text}`);
  return { start, end: start + fragment.length };
}

/** Tokens: words and single punctuation marks (the punctuation ones are skipped by the token measures). */
const tokensOf = (text: string): Bounds[] =>
  [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** Sentences: runs up to `.`, `!` or `?` and the closing marks after it. */
const sentencesOf = (text: string): Bounds[] =>
  [...text.matchAll(/[^\s.!?][^.!?]*[.!?]+[»"]?\.?/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** A quote by fragments of the text: content pieces, cue, speaker. */
interface Fragments {
  kind: 'direct' | 'indirect';
  content: string[];
  cue?: string;
  speaker?: string;
  name?: string | null;
}

function gold(text: string, q: Fragments): GoldQuote {
  return {
    kind: q.kind,
    content: q.content.map((piece) => find(text, piece)),
    cue: q.cue === undefined ? null : find(text, q.cue),
    speaker: q.speaker === undefined ? null : find(text, q.speaker),
    speakerName: q.name ?? null,
  };
}

function predicted(text: string, q: Fragments): PredictedQuote {
  const span = (fragment: string) => ({ ...find(text, fragment), text: fragment });
  return {
    kind: q.kind,
    content: q.content.map(span),
    cue: q.cue === undefined ? null : { ...span(q.cue), lemma: q.cue.toLowerCase() },
    speaker: q.speaker === undefined ? null : { ...span(q.speaker), name: q.name ?? null, entity: null },
    pattern: 'by hand',
  };
}

function quoteCase(text: string, goldQuotes: Fragments[], predictedQuotes: Fragments[]): QuoteCase {
  return {
    id: 'test', text, sentences: sentencesOf(text), tokens: tokensOf(text),
    gold: goldQuotes.map((q) => gold(text, q)), predicted: predictedQuotes.map((q) => predicted(text, q)),
  };
}

describe('scoreQuotes: all the figures on one document', () => {
  // Sentences: S1 `Медведев заявил: «Мы готовы к переговорам».`, S2 `Погода хорошая.`, S3 `По словам Алёны, завтра будет дождь.`
  // Words:     Медведев(0) заявил(1) Мы(2) готовы(3) к(4) переговорам(5) Погода(6) хорошая(7)
  //            По(8) словам(9) Алёны(10) завтра(11) будет(12) дождь(13)
  const text = 'Медведев заявил: «Мы готовы к переговорам». Погода хорошая. По словам Алёны, завтра будет дождь.';
  const result = scoreQuotes([
    quoteCase(
      text,
      [
        { kind: 'direct', content: ['Мы готовы к переговорам'], cue: 'заявил', speaker: 'Медведев', name: 'Дмитрий Медведев' },
        { kind: 'indirect', content: ['завтра будет дождь'], cue: 'По словам', speaker: 'Алёны', name: 'Алёна' },
      ],
      [
        // 20 of the 23 gold characters, all inside gold: found and right; the speaker name agrees.
        { kind: 'direct', content: ['готовы к переговорам'], cue: 'заявил', speaker: 'Медведев', name: 'Медведев' },
        // Nothing inside gold: spurious.
        { kind: 'direct', content: ['Погода хорошая'] },
        // 18 of its 25 characters inside gold: right; covers all of the gold quote: found. No cue, no speaker, wrong kind.
        { kind: 'direct', content: ['Алёны, завтра будет дождь'] },
      ],
    ),
  ]);

  it('counts quotes right by predicted kind and found by gold kind', () => {
    // direct: 2 of 3 predicted right, 1 of 1 gold found → F1 2·(2/3)·1 / (5/3) = 0.8.
    expect(result.quotes.direct).toMatchObject({ right: 2, predicted: 3, found: 1, gold: 1, recall: 1 });
    expect(result.quotes.direct.precision).toBeCloseTo(2 / 3, 10);
    expect(result.quotes.direct.f1).toBeCloseTo(0.8, 10);
    // indirect: nothing predicted (P 0), 1 of 1 found → F1 0.
    expect(result.quotes.indirect).toMatchObject({ right: 0, predicted: 0, found: 1, gold: 1, precision: 0, recall: 1, f1: 0 });
    expect(result.quotes.all).toMatchObject({ right: 2, predicted: 3, found: 2, gold: 2, recall: 1 });
    expect(result.quotes.all.f1).toBeCloseTo(0.8, 10);
  });

  it('counts content, cue and speaker words, skipping punctuation', () => {
    // Content: gold 2 3 4 5 11 12 13; predicted 3 4 5 6 7 10 11 12 13 → 6 of 9 predicted, 7 gold, F1 12/16.
    expect(result.tokens.content).toMatchObject({ truePositives: 6, predicted: 9, gold: 7 });
    expect(result.tokens.content.f1).toBeCloseTo(0.75, 10);
    // Cue: gold 1 8 9; predicted 1 → P 1, R 1/3, F1 0.5.
    expect(result.tokens.cue).toMatchObject({ truePositives: 1, predicted: 1, gold: 3, precision: 1, f1: 0.5 });
    // Speaker: gold 0 10; predicted 0 → P 1, R 1/2, F1 2/3.
    expect(result.tokens.speaker).toMatchObject({ truePositives: 1, predicted: 1, gold: 2, precision: 1, recall: 0.5 });
    expect(result.tokens.speaker.f1).toBeCloseTo(2 / 3, 10);
  });

  it('counts sentences that overlap content', () => {
    // Gold S1 S3; predicted S1 S2 S3 → P 2/3, R 1, F1 0.8.
    expect(result.sentences).toMatchObject({ truePositives: 2, predicted: 3, gold: 2, recall: 1 });
    expect(result.sentences.f1).toBeCloseTo(0.8, 10);
  });

  it('measures attribution among the found gold quotes', () => {
    // Медведев agrees with Дмитрий Медведев; null does not agree with Алёна. Each other share is 1 of 2 too.
    expect(result.attribution).toEqual({
      matched: 2,
      speakerName: { agreed: 1, total: 2, share: 0.5 },
      speakerSpan: { agreed: 1, total: 2, share: 0.5 },
      cue: { agreed: 1, total: 2, share: 0.5 },
      kind: { agreed: 1, total: 2, share: 0.5 },
    });
  });

  it('lists the errors with their texts', () => {
    expect(result.errors.map((e) => [e.group, e.gold?.text ?? null, e.predicted?.text ?? null])).toEqual([
      ['spurious', null, 'Погода хорошая'],
      ['speaker-name', 'завтра будет дождь', 'Алёны, завтра будет дождь'],
      ['cue', 'завтра будет дождь', 'Алёны, завтра будет дождь'],
    ]);
    const [, name, cue] = result.errors;
    expect([name!.gold!.name, name!.predicted!.name, name!.gold!.speaker, name!.gold!.kind]).toEqual(['Алёна', null, 'Алёны', 'indirect']);
    expect([cue!.gold!.cue, cue!.predicted!.cue, cue!.predicted!.kind]).toEqual(['По словам', null, 'direct']);
  });

  it('lists a missed gold quote, its pieces joined and long text truncated to 120 characters', () => {
    const long = `${'очень '.repeat(30)}долго`;
    const t = `Он сказал: «${long}». Она ответила: «Нет», — и ушла: «Никогда».`;
    const { errors } = scoreQuotes([quoteCase(t, [
      { kind: 'direct', content: [long], cue: 'сказал', speaker: 'Он' },
      { kind: 'direct', content: ['Нет', 'Никогда'], cue: 'ответила', speaker: 'Она' },
    ], [])]);
    expect(errors.map((e) => [e.group, e.gold!.text.length, e.gold!.cue, e.gold!.speaker])).toEqual([
      ['missed', 120, 'сказал', 'Он'],
      ['missed', 'Нет … Никогда'.length, 'ответила', 'Она'],
    ]);
    expect(errors[0]!.gold!.text.endsWith('…')).toBe(true);
    expect(errors[1]!.gold!.text).toBe('Нет … Никогда');
  });
});

describe('scoreQuotes: found and right by half the characters', () => {
  const text = 'Посол заявил: «Мы не хотели войны и не хотим её сейчас». Министр добавил: «Переговоры идут».';

  it('counts a gold quote split into two predicted pieces once, and matches it to the piece that overlaps most', () => {
    const { quotes, attribution } = scoreQuotes([quoteCase(
      text,
      [{ kind: 'direct', content: ['Мы не хотели войны и не хотим её сейчас'], cue: 'заявил', speaker: 'Посол', name: 'Рашад Мамедов' }],
      [
        // 12 characters, with the speaker and its name.
        { kind: 'direct', content: ['Мы не хотели'], cue: 'заявил', speaker: 'Посол', name: 'Рашад Мамедов' },
        // 26 characters, with neither: the one that stands for the gold quote.
        { kind: 'direct', content: ['войны и не хотим её сейчас'] },
      ],
    )]);
    expect(quotes.all).toMatchObject({ right: 2, predicted: 2, found: 1, gold: 1, precision: 1, recall: 1, f1: 1 });
    expect(attribution.matched).toBe(1);
    expect(attribution.speakerName).toEqual({ agreed: 0, total: 1, share: 0 });
    expect(attribution.cue).toEqual({ agreed: 0, total: 1, share: 0 });
  });

  it('on a tie in overlap, matches the predicted quote with fewer characters outside the gold quote', () => {
    // Both cover all 15 characters of `Переговоры идут`; the second also takes 18 more, so the first stands for it.
    const { attribution } = scoreQuotes([quoteCase(
      text,
      [{ kind: 'direct', content: ['Переговоры идут'], speaker: 'Министр', name: 'Министр' }],
      [
        { kind: 'direct', content: ['Переговоры идут'], speaker: 'Министр', name: 'Министр' },
        { kind: 'indirect', content: ['Министр добавил: «Переговоры идут'] },
      ],
    )]);
    expect(attribution.speakerName.agreed).toBe(1);
    expect(attribution.kind.agreed).toBe(1);
  });

  it('finds two gold quotes joined into one predicted quote, which is right once', () => {
    const { quotes } = scoreQuotes([quoteCase(
      text,
      [{ kind: 'direct', content: ['Мы не хотели войны'] }, { kind: 'direct', content: ['и не хотим её сейчас'] }],
      [{ kind: 'direct', content: ['Мы не хотели войны и не хотим её сейчас'] }],
    )]);
    expect(quotes.all).toMatchObject({ right: 1, predicted: 1, found: 2, gold: 2 });
  });

  it('calls a predicted quote right with exactly half its characters inside gold, and not with fewer', () => {
    const g = [{ kind: 'direct' as const, content: ['Переговоры'] }];
    // `добавил: «Переговоры` is 20 characters, the 10 of `Переговоры` inside gold: right.
    const half = scoreQuotes([quoteCase(text, g, [{ kind: 'direct', content: ['добавил: «Переговоры'] }])]);
    expect(half.quotes.all).toMatchObject({ right: 1, found: 1 });
    // `Министр добавил: «Переговоры` is 28 characters, 10 inside: not right; the gold quote is still found.
    const less = scoreQuotes([quoteCase(text, g, [{ kind: 'direct', content: ['Министр добавил: «Переговоры'] }])]);
    expect(less.quotes.all).toMatchObject({ right: 0, found: 1 });
    expect(less.errors.map((e) => e.group)).toEqual(['spurious']);
  });

  it('finds a gold quote covered by exactly half, not by less', () => {
    // Gold `Мы не хотели войны` (18); predicted `не хотели` (9) finds it, `хотели` (6) does not.
    const g = [{ kind: 'direct' as const, content: ['Мы не хотели войны'] }];
    expect(scoreQuotes([quoteCase(text, g, [{ kind: 'direct', content: ['не хотели'] }])]).quotes.all).toMatchObject({ right: 1, found: 1 });
    expect(scoreQuotes([quoteCase(text, g, [{ kind: 'direct', content: ['хотели'] }])]).quotes.all).toMatchObject({ right: 1, found: 0 });
  });

  it('counts the speaker span and cue only where gold has them', () => {
    const { attribution } = scoreQuotes([quoteCase(
      text,
      [
        { kind: 'direct', content: ['Мы не хотели войны и не хотим её сейчас'], cue: 'заявил', speaker: 'Посол' },
        { kind: 'direct', content: ['Переговоры идут'] },
      ],
      [
        { kind: 'direct', content: ['Мы не хотели войны и не хотим её сейчас'], cue: 'заявил', speaker: 'Посол' },
        { kind: 'indirect', content: ['Переговоры идут'], cue: 'добавил', speaker: 'Министр' },
      ],
    )]);
    expect(attribution.speakerSpan).toEqual({ agreed: 1, total: 1, share: 1 });
    expect(attribution.cue).toEqual({ agreed: 1, total: 1, share: 1 });
    // Both names null: they agree. The second quote's kind is wrong.
    expect(attribution.speakerName).toEqual({ agreed: 2, total: 2, share: 1 });
    expect(attribution.kind).toEqual({ agreed: 1, total: 2, share: 0.5 });
  });

  it('gives zeros, not NaN, when there is nothing to count', () => {
    const result = scoreQuotes([quoteCase('Тишина.', [], [])]);
    expect(result.quotes.all).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(result.sentences.f1).toBe(0);
    expect(result.attribution.speakerName).toEqual({ agreed: 0, total: 0, share: 0 });
  });
});

describe('namesAgree: the speaker name comparison', () => {
  it.each([
    ['Медведев', 'Дмитрий Медведев'],
    ['Дмитрий Медведев', 'Медведев'],
    ['Алёна', 'алена'],
    ['Дмитрий  Анатольевич\nМедведев', 'дмитрий анатольевич медведев'],
    ['Анатольевич Медведев', 'Дмитрий Анатольевич Медведев'],
    ['Минобороны Азербайджана', 'минобороны азербайджана'],
    [null, null],
  ])('%s agrees with %s', (a, b) => expect(namesAgree(a, b)).toBe(true));

  it.each([
    [null, 'X'],
    ['X', null],
    ['Медведев', 'Медведева'],
    ['Медведев', 'Дмитрий Анатольевич'],
    // The shorter's words must stand together in the longer.
    ['Дмитрий Медведев', 'Дмитрий Анатольевич Медведев'],
  ])('%s does not agree with %s', (a, b) => expect(namesAgree(a, b)).toBe(false));
});

describe.skipIf(!hasCorpora())('readQuoteGold on the development set', () => {
  const goldByDoc = hasCorpora() ? readQuoteGold() : new Map<string, GoldQuote[]>();

  it('has an entry for each of the 122 listed documents and 390 quotes', () => {
    expect(goldByDoc.size).toBe(122);
    const all = [...goldByDoc.values()].flat();
    expect(all).toHaveLength(390);
    expect(all.filter((q) => q.kind === 'direct')).toHaveLength(106);
  });

  it('reads book_100 with its pairs as bounds, inside the document text', () => {
    expect(goldByDoc.get('book_100')![0]).toEqual({
      kind: 'direct',
      content: [{ start: 280, end: 364 }, { start: 368, end: 483 }, { start: 487, end: 537 }, { start: 541, end: 572 }],
      cue: { start: 245, end: 256 },
      speaker: { start: 257, end: 277 },
      speakerName: null,
    });
    const texts = new Map(readFactRu().map((doc) => [doc.id, doc.text]));
    for (const [id, quotes] of goldByDoc) {
      const length = texts.get(id)!.length;
      for (const q of quotes) for (const span of [...q.content, q.cue, q.speaker]) if (span) expect(span.end).toBeLessThanOrEqual(length);
    }
  });
});

describe('speakerNameErrorKind: what is wrong with a speaker name, without the text', () => {
  const view = (name: string | null, speaker: string | null) => ({ kind: 'indirect' as const, start: 0, text: 'текст', cue: 'заявил', speaker, name });
  const error = (gold: string | null, predicted: string | null, speaker: string | null = 'министр') =>
    ({ doc: 'book_1', group: 'speaker-name' as const, gold: view(gold, 'министр'), predicted: view(predicted, speaker) });
  it('tells a missing speaker from a phrase that names no one', () => {
    expect(speakerNameErrorKind(error('Антон Силуанов', null, null))).toBe('no speaker');
    expect(speakerNameErrorKind(error('Антон Силуанов', null))).toBe('phrase, no name');
  });
  it('tells another person from the same person in another form', () => {
    expect(speakerNameErrorKind(error('Антон Силуанов', 'Максим Орешкин'))).toBe('another name');
    expect(speakerNameErrorKind(error('Антон Силуанов', 'Антона Силуанова'))).toBe('form differs');
  });
  it('a name where the gold has none', () => {
    expect(speakerNameErrorKind(error(null, 'Антон Силуанов'))).toBe('named, gold none');
  });
});
