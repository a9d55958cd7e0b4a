import Az from 'az';
import { describe, expect, it, vi } from 'vitest';
import { analyses, loadMorphology } from '../../src/morphology/morphology.js';

describe('loading the dictionary in Node.js', () => {
  it("reads az's files from the installed az's folder without starting az, and answers from them", async () => {
    const init = vi.spyOn(Az.Morph, 'init');
    await loadMorphology();
    expect(init).not.toHaveBeenCalled();
    // A form the dictionary holds, and one it lacks (`Кривошеиной`, guessed from its ending as a woman's surname).
    expect(analyses('выборах').map((reading) => reading.lemma).sort()).toEqual(['выбор', 'выборы']);
    expect(analyses('Кривошеиной').some((reading) => reading.lemma === 'кривошеина' && !reading.known)).toBe(true);
  });

  it('rejects a folder without the files, naming the file, and can then load from the right one', async () => {
    // A fresh module: the first load decides the folder.
    vi.resetModules();
    const fresh = await import('../../src/morphology/morphology.js');
    await expect(fresh.loadMorphology('/nonexistent-folder')).rejects.toThrow(/could not load the az dictionary: .*\/nonexistent-folder\//);
    await fresh.loadMorphology();
    expect(fresh.analyses('выборах').length).toBe(2);
  });
});
