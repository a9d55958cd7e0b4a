import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAR_CLASSES_FILE, charClassesModule } from '../../scripts/build-char-classes.js';

describe('the generated character classes (src/segment/char-classes.ts)', () => {
  it('are what scripts/build-char-classes.ts writes now (run `npm run char-classes` when this fails)', () => {
    expect(readFileSync(CHAR_CLASSES_FILE, 'utf8')).toBe(charClassesModule());
  });
});
