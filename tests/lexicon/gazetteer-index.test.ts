import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_INDEX_FILE, gazetteerIndex } from '../../scripts/build-gazetteer-index.js';

describe('the gazetteer index data (src/data/gazetteer/index.json)', () => {
  it('are what scripts/build-gazetteer-index.ts writes now with the tokenizer and the az dictionary (run `npm run gazetteer-index` when this fails)', async () => {
    expect(readFileSync(GAZETTEER_INDEX_FILE, 'utf8')).toBe(await gazetteerIndex());
  });
});
