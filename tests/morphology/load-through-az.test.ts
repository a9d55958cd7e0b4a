import Az from 'az';
import { describe, expect, it, vi } from 'vitest';

// As in a bundle or an older Node.js where Node's `require` cannot be made from the library's own URL.
vi.mock('../../src/node-require.js', () => ({ nodeRequire: () => undefined }));

describe("loading the dictionary where az's folder cannot be found", () => {
  it('starts az, which finds its own folder, and reads the same readings from the files it loads', async () => {
    const init = vi.spyOn(Az.Morph, 'init');
    const { analyses, loadMorphology } = await import('../../src/morphology/morphology.js');
    await loadMorphology();
    expect(init).toHaveBeenCalledTimes(1);
    // `выборах`: the locative plural of `выборы` and of `выбор`, from the dictionary.
    expect(analyses('выборах').map((reading) => reading.lemma).sort()).toEqual(['выбор', 'выборы']);
  });
});
