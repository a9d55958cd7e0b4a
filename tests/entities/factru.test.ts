/**
 * A floor on the factRuEval dev corpus (naeval protocol, src/eval/entities.ts):
 * token-level F1 per type must not fall below the floors, set a little under the
 * current figures (PER 0.933, LOC 0.879, ORG 0.748) to catch regressions.
 * Skipped when the shared corpora are absent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { hasCorpora, readFactRu } from '../../src/eval/corpora.js';
import { evaluateEntities, type EntityResult } from '../../src/eval/entities.js';

describe.skipIf(!hasCorpora())('entities on the factRuEval dev corpus', () => {
  let result: EntityResult;

  beforeAll(async () => {
    const docs = readFactRu();
    result = await evaluateEntities(docs, async (doc) => (await analyze(doc.text)).entities.flatMap((entity) => entity.mentions));
  }, 300_000);

  it('keeps token-level F1 for people at 0.92 or more', () => {
    expect(result.byType.PER.tokens.f1).toBeGreaterThanOrEqual(0.92);
  });

  it('keeps token-level F1 for places at 0.86 or more', () => {
    expect(result.byType.LOC.tokens.f1).toBeGreaterThanOrEqual(0.86);
  });

  it('keeps token-level F1 for organisations at 0.73 or more', () => {
    expect(result.byType.ORG.tokens.f1).toBeGreaterThanOrEqual(0.73);
  });
});
