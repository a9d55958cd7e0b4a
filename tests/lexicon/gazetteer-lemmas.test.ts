import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_LEMMAS_FILE, gazetteerLemmas } from '../../scripts/build-gazetteer-lemmas.js';

describe('the gazetteer lemmas (src/data/gazetteer/lemmas.json)', () => {
  it('are what scripts/build-gazetteer-lemmas.ts writes now from the az dictionary (run `npm run gazetteer-lemmas` when this fails)', async () => {
    expect(readFileSync(GAZETTEER_LEMMAS_FILE, 'utf8')).toBe(await gazetteerLemmas());
  });
});
