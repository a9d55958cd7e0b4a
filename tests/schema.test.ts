/** schema.json, the JSON Schema of RechDocument (`rech/schema.json`): up to date, and the seeds' documents validate against it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaText } from '../scripts/build-schema.js';
import { analyze, toCodePoints } from '../src/index.js';
import { FIXTURES } from './support/fixtures.js';
import { schemaProblems } from './support/json-schema.js';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const seeds = ['000_4a3131ec37a1ee70.txt', '001_78ac929fa1834338.txt', 'english-wire.txt'];

describe('schema.json', () => {
  it('is what scripts/build-schema.ts writes from src/model.ts now (run `npm run schema` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  it.each(seeds)('validates the document of the seed %s, which has no property the schema lacks', async (seed) => {
    const doc = await analyze(readFileSync(join(FIXTURES, seed), 'utf8'));
    expect(doc.entities.length + doc.quotes.length).toBeGreaterThan(0);
    // Through JSON, as a consumer reads it.
    expect(schemaProblems(schema, JSON.parse(JSON.stringify(doc)), { strict: true })).toEqual([]);
  });

  it('rejects a document that breaks it, with the path of each problem', async () => {
    const doc = JSON.parse(JSON.stringify(await analyze('Посол Рашад Мамедов заявил: «Мы не хотели войны».')));
    doc.offsets = 'code-points';
    doc.tokens[0].start = '0';
    doc.entities[0].type = 'PERSON';
    delete doc.quotes[0].cue;
    doc.quotes[0].speaker.entity = 'x';
    doc.extra = 1;
    expect(schemaProblems(schema, doc, { strict: true })).toEqual([
      '$.offsets: expected "utf-16", got "code-points"',
      '$.tokens[0].start: expected number, got string',
      '$.entities[0].type: expected one of PER, LOC, ORG, got "PERSON"',
      '$.quotes[0]: no cue',
      '$.quotes[0].speaker: matches none of anyOf ($.entity: expected number or null, got string; $: expected null, got object)',
      '$.extra: not in the schema',
    ]);
  });

  it('says a document in code points is not a RechDocument (only its offsets field differs)', async () => {
    const doc = toCodePoints(await analyze('👍 Посол заявил.'));
    expect(schemaProblems(schema, doc)).toEqual(['$.offsets: expected "utf-16", got "code-points"']);
  });
});
