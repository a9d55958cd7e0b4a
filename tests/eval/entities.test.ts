/**
 * The named-entity evaluation (src/eval/entities.ts): gold spans derived from factRuEval objects
 * by the naeval protocol in docs/evaluation.md, and the token-level and strict-span scorer.
 * Every expected figure here is worked out by hand from the example.
 */
import { describe, expect, it } from 'vitest';
import { hasCorpora, readFactRu, type FactRuDocument, type FactRuSpan } from '../../src/eval/corpora.js';
import { goldEntitySpans, labelTokens, scoreEntities, type EntityCase, type TypedSpan } from '../../src/eval/entities.js';

/** Tokens: words (hyphenated words are one token) and single punctuation marks. */
function tokensOf(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)].map((m) => ({
    start: m.index, end: m.index + m[0].length, text: m[0],
  }));
}

/** The bounds of the first occurrence of `fragment` at or after `from`. */
function find(text: string, fragment: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(fragment, from);
  if (start < 0) throw new Error(`no ${fragment} in ${text}`);
  return { start, end: start + fragment.length };
}

/**
 * A hand-made factRuEval document, one sentence. `spans`: id → [type, fragment];
 * `objects`: [type, span ids] in file order.
 */
function document(text: string, spans: Record<string, [string, string]>, objects: [string, string[]][]): FactRuDocument {
  const byId: Record<string, FactRuSpan> = {};
  for (const [id, [type, fragment]] of Object.entries(spans)) byId[id] = { id, type, ...find(text, fragment) };
  return {
    id: 'test',
    text,
    sentences: [tokensOf(text)],
    spans: Object.values(byId),
    objects: objects.map(([type, ids], i) => ({ id: String(i), type, spans: ids.map((id) => byId[id]!) })),
    coref: [],
    facts: [],
  };
}

const shown = (doc: FactRuDocument, spans: TypedSpan[]): string[] =>
  spans.map((span) => `${span.type} ${doc.text.slice(span.start, span.end)}`);

describe('goldEntitySpans: gold PER/LOC/ORG spans from the objects', () => {
  it('keeps the ORG мид Грузии and drops the LOC Грузии inside it, whatever the object order', () => {
    const spans: Record<string, [string, string]> = { s1: ['org_name', 'мид Грузии'], s2: ['loc_name', 'Грузии'] };
    const doc = document('Посла вызвали в мид Грузии .', spans, [['Org', ['s1']], ['LocOrg', ['s2']]]);
    expect(shown(doc, goldEntitySpans(doc))).toEqual(['ORG мид Грузии']);
    const reversed = document('Посла вызвали в мид Грузии .', spans, [['LocOrg', ['s2']], ['Org', ['s1']]]);
    expect(shown(reversed, goldEntitySpans(reversed))).toEqual(['ORG мид Грузии']);
  });

  it('makes one PER span from the first to the last span of a Person, listed in any order', () => {
    const doc = document(
      'Президент Ильхам Гейдар оглы Алиев заявил .',
      { a: ['surname', 'Алиев'], b: ['patronymic', 'Гейдар оглы'], c: ['name', 'Ильхам'] },
      [['Person', ['a', 'b', 'c']]],
    );
    expect(shown(doc, goldEntitySpans(doc))).toEqual(['PER Ильхам Гейдар оглы Алиев']);
  });

  it('takes only org_name spans of an Org and loc_name spans of a Location or LocOrg', () => {
    const doc = document(
      'Министерство финансов Франции и площадь Тверская и Евросоюз',
      {
        d: ['org_descr', 'Министерство'], n: ['org_name', 'финансов'], f: ['loc_name', 'Франции'],
        ld: ['loc_descr', 'площадь'], t: ['loc_name', 'Тверская'], e: ['loc_name', 'Евросоюз'],
      },
      [['Org', ['d', 'n', 'f']], ['Location', ['ld', 't']], ['LocOrg', ['e']]],
    );
    expect(shown(doc, goldEntitySpans(doc))).toEqual(['ORG финансов', 'LOC Тверская', 'LOC Евросоюз']);
  });

  it('drops a span whose start or end is not on a token boundary', () => {
    // `Кремль-Москва` is one token: `Москва` starts inside it, `Кремль` ends inside it.
    const doc = document(
      'Маршрут Кремль-Москва через Тверь',
      { m: ['loc_name', 'Москва'], k: ['loc_name', 'Кремль'], t: ['loc_name', 'Тверь'] },
      [['Location', ['m']], ['Location', ['k']], ['Location', ['t']]],
    );
    expect(shown(doc, goldEntitySpans(doc))).toEqual(['LOC Тверь']);
  });
});

/** A scoring case on a text, spans given as [type, fragment]. */
function scoringCase(text: string, gold: [TypedSpan['type'], string][], predicted: [TypedSpan['type'], string][]): EntityCase {
  const spans = (list: [TypedSpan['type'], string][]): TypedSpan[] => list.map(([type, fragment]) => ({ type, ...find(text, fragment) }));
  return { id: 'test', text, tokens: tokensOf(text), gold: spans(gold), predicted: spans(predicted) };
}

describe('scoreEntities: token-level and strict-span figures', () => {
  // Tokens: Посол Италии Виторио Сандали встретился в мид Грузии .
  //         0     1      2       3       4          5 6   7      8
  // gold:   LOC 1; PER 2–3; ORG 6–7.   predicted: PER 0 (Посол); LOC 1; PER 3 (Сандали); LOC 7 (Грузии).
  const result = scoreEntities([
    scoringCase(
      'Посол Италии Виторио Сандали встретился в мид Грузии .',
      [['LOC', 'Италии'], ['PER', 'Виторио Сандали'], ['ORG', 'мид Грузии']],
      [['PER', 'Посол'], ['LOC', 'Италии'], ['PER', 'Сандали'], ['LOC', 'Грузии']],
    ),
  ]);

  it('counts tokens per type', () => {
    // PER: gold tokens 2, 3; predicted 0, 3; both 3 → P 1/2, R 1/2.
    expect(result.byType.PER.tokens).toMatchObject({ truePositives: 1, predicted: 2, gold: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    // LOC: gold 1; predicted 1, 7 → P 1/2, R 1, F1 2/3.
    expect(result.byType.LOC.tokens).toMatchObject({ truePositives: 1, predicted: 2, gold: 1, precision: 0.5, recall: 1 });
    expect(result.byType.LOC.tokens.f1).toBeCloseTo(2 / 3, 10);
    // ORG: gold 6, 7; none predicted (token 7 is predicted LOC).
    expect(result.byType.ORG.tokens).toMatchObject({ truePositives: 0, predicted: 0, gold: 2, f1: 0 });
    // Micro: 2 of 4 predicted, 5 gold → P 0.5, R 0.4, F1 4/9.
    expect(result.micro.tokens).toMatchObject({ truePositives: 2, predicted: 4, gold: 5, precision: 0.5, recall: 0.4 });
    expect(result.micro.tokens.f1).toBeCloseTo(4 / 9, 10);
  });

  it('counts strict spans per type', () => {
    expect(result.byType.PER.spans).toMatchObject({ truePositives: 0, predicted: 2, gold: 1, f1: 0 });
    expect(result.byType.LOC.spans).toMatchObject({ truePositives: 1, predicted: 2, gold: 1, precision: 0.5, recall: 1 });
    expect(result.byType.ORG.spans).toMatchObject({ truePositives: 0, predicted: 0, gold: 1 });
    // Micro: 1 of 4 predicted, 3 gold → P 1/4, R 1/3, F1 2/7.
    expect(result.micro.spans).toMatchObject({ truePositives: 1, predicted: 4, gold: 3, precision: 0.25 });
    expect(result.micro.spans.f1).toBeCloseTo(2 / 7, 10);
  });

  it('classifies false positives and misses', () => {
    const errors = result.errors.map((e) => [e.side, e.kind, e.type, e.text, e.alternative]);
    expect(errors).toEqual(expect.arrayContaining([
      ['false-positive', 'spurious', 'PER', 'Посол', null],
      ['false-positive', 'boundary', 'PER', 'Сандали', 'PER «Виторио Сандали»'],
      ['false-positive', 'wrong-type', 'LOC', 'Грузии', 'ORG «мид Грузии»'],
      ['miss', 'boundary', 'PER', 'Виторио Сандали', 'PER «Сандали»'],
      ['miss', 'wrong-type', 'ORG', 'мид Грузии', 'LOC «Грузии»'],
    ]));
    expect(errors).toHaveLength(5);
  });

  it('calls a span with the same bounds and another type wrong-type, and one overlapping nothing missed', () => {
    const { errors } = scoreEntities([scoringCase('Москва и Тверь', [['LOC', 'Москва'], ['LOC', 'Тверь']], [['ORG', 'Москва']])]);
    expect(errors.map((e) => [e.side, e.kind, e.text, e.alternative])).toEqual([
      ['miss', 'wrong-type', 'Москва', 'ORG «Москва»'],
      ['miss', 'missed', 'Тверь', null],
      ['false-positive', 'wrong-type', 'Москва', 'LOC «Москва»'],
    ]);
  });

  it('counts a token only when a predicted span covers all of it', () => {
    const text = 'Посол Италии прибыл';
    const tokens = tokensOf(text);
    expect(labelTokens(tokens, [{ type: 'LOC', start: 6, end: 10 }])).toEqual([null, null, null]); // `Итал`
    expect(labelTokens(tokens, [{ type: 'LOC', start: 5, end: 12 }])).toEqual([null, 'LOC', null]); // ` Италии`
    const { byType } = scoreEntities([{ id: 'test', text, tokens, gold: [{ type: 'LOC', start: 6, end: 12 }], predicted: [{ type: 'LOC', start: 5, end: 12 }] }]);
    expect(byType.LOC.tokens).toMatchObject({ truePositives: 1, predicted: 1, gold: 1 });
    expect(byType.LOC.spans).toMatchObject({ truePositives: 0, predicted: 1, gold: 1 });
  });

  it('counts the same predicted mention twice as one', () => {
    const { byType } = scoreEntities([scoringCase('Москва', [['LOC', 'Москва']], [['LOC', 'Москва'], ['LOC', 'Москва']])]);
    expect(byType.LOC.spans).toMatchObject({ truePositives: 1, predicted: 1, gold: 1 });
  });

  it('shows ±40 characters of context with the span in brackets and newlines as ⏎', () => {
    const { errors } = scoreEntities([scoringCase('Заголовок\nВ Москве тепло', [['LOC', 'Москве']], [])]);
    expect(errors[0]!.context).toBe('Заголовок⏎В [Москве] тепло');
  });
});

describe.skipIf(!hasCorpora())('gold spans on the factRuEval development set', () => {
  const docs = hasCorpora() ? readFactRu() : [];
  const gold = (id: string): string[] => {
    const doc = docs.find((d) => d.id === id)!;
    return goldEntitySpans(doc).map((span) => `${span.type} ${span.start}–${span.end} ${doc.text.slice(span.start, span.end)}`);
  };

  it('book_58: the Org object миде Грузии gives ORG миде only (its org_name span); Грузии stays a LOC', () => {
    // From book_58.spans/.objects: LocOrg Италии (17 6), Org миде Грузии (org_name 26 4, loc_name 31 6),
    // LocOrg Грузии (31 6), Person Виторио Сандали (122 7 + 130 7), Person Александром Налбандовым (196 11 + 208 11).
    expect(gold('book_58')).toEqual([
      'LOC 17–23 Италии',
      'ORG 26–30 миде',
      'LOC 31–37 Грузии',
      'LOC 106–112 Италии',
      'LOC 115–121 Грузии',
      'PER 122–137 Виторио Сандали',
      'LOC 189–195 Грузии',
      'PER 196–219 Александром Налбандовым',
    ]);
  });

  it('book_100: the ORG Движение в защиту Химкинского леса wins over the LOC Химкинского леса; a Location without loc_name gives nothing', () => {
    const spans = gold('book_100');
    expect(spans).toContain('ORG 1790–1824 Движение в защиту Химкинского леса');
    expect(spans.some((span) => span.endsWith(' Химкинского леса') && span.startsWith('LOC'))).toBe(false);
    // Location 10443 (Юрию Долгорукому памятника) has no loc_name span; Person 10444 is the PER.
    expect(spans.filter((span) => span.includes('Долгорук'))).toEqual(['PER 968–984 Юрию Долгорукому']);
  });

  it('has 733 PER, 1008 LOC and 610 ORG spans, none overlapping, all on token boundaries', () => {
    const counts = { PER: 0, LOC: 0, ORG: 0 };
    for (const doc of docs) {
      const spans = goldEntitySpans(doc);
      for (const span of spans) counts[span.type]++;
      spans.forEach((span, i) => expect(i === 0 || spans[i - 1]!.end <= span.start).toBe(true));
      const tokens = doc.sentences.flat();
      for (const span of spans) {
        expect(tokens.some((t) => t.start === span.start)).toBe(true);
        expect(tokens.some((t) => t.end === span.end)).toBe(true);
      }
    }
    expect(counts).toEqual({ PER: 733, LOC: 1008, ORG: 610 });
  });
});
