/** compromise is loaded only for a document with an English paragraph (src/words/compromise.ts). */
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/words/compromise.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/words/compromise.js')>();
  return {
    loadCompromise: () => {
      calls.count++;
      return actual.loadCompromise();
    },
  };
});

const { analyze } = await import('../../src/index.js');

describe('loading compromise', () => {
  it('does not load it for Russian and Azerbaijani text', async () => {
    await analyze('Посол заявил, что всё хорошо.\nBizim partnyorlarımız Qarabağ münaqişəsinin sülh yolu ilə həllini dəstəkləyirlər.');
    expect(calls.count).toBe(0);
  });

  it('loads it for a document with an English paragraph, once, and reuses it', async () => {
    const { loadCompromise } = await vi.importActual<typeof import('../../src/words/compromise.js')>('../../src/words/compromise.js');
    expect(loadCompromise()).toBe(loadCompromise());
    await analyze('Посол заявил, что всё хорошо.\nThe envoy said all was well.');
    expect(calls.count).toBe(1);
  });
});
