/**
 * Every entity mention says which rule found it (`EntityMention.rule`): a grammar of
 * src/entities/rules.ts, a gazetteer name, one of the document rules, or an English rule.
 * Expected rule names are written by hand from the rules each sentence exercises.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { hasCorpora, readFactRu } from '../../src/eval/corpora.js';

/** Every mention as `text: rule`, in text order. */
async function rules(text: string): Promise<string[]> {
  const doc = await analyze(text);
  return doc.entities
    .flatMap((entity) => entity.mentions)
    .sort((a, b) => a.start - b.start)
    .map((mention) => `${mention.text}: ${mention.rule}`);
}

describe('the rule behind each mention', () => {
  it('names the grammar of a full name and the gazetteer for a listed place', async () => {
    expect(await rules('Посол Азербайджана Рашад Мамедов выступил с заявлением.')).toEqual([
      'Азербайджана: listed',
      'Рашад Мамедов: first middle? last',
    ]);
  });

  it('names the document rules: a surname introduced elsewhere, a site with its domain, a name in its original spelling', async () => {
    expect(await rules('Блинкену позвонили. Госсекретарь Энтони Блинкен сказал это NEWSru.com.')).toEqual([
      'Блинкену: introduced surname',
      'Энтони Блинкен: first middle? last',
      'NEWSru.com: site domain',
    ]);
    expect(await rules('С ним говорил Майкл Макфол (Michael McFaul).')).toEqual(['Майкл Макфол: first middle? last', 'Michael McFaul: original spelling']);
  });

  it('names the English rules: a titled name, and a surname next to a speech verb', async () => {
    expect(await rules('Secretary of State Antony Blinken arrived. "We are ready," Blinken said.')).toEqual([
      'Antony Blinken: titled',
      'Blinken: speaker',
    ]);
  });
});

describe.skipIf(!hasCorpora())('every mention on the dev corpus and the fixtures', () => {
  it('has a non-empty rule', async () => {
    const fixtures = join(import.meta.dirname, '../../fixtures');
    const texts = [
      ...readFactRu().map((doc) => doc.text),
      ...readdirSync(fixtures)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(join(fixtures, name), 'utf8')),
    ];
    let mentions = 0;
    for (const text of texts) {
      for (const entity of (await analyze(text)).entities) {
        for (const mention of entity.mentions) {
          expect(mention.rule, mention.text).toMatch(/\S/);
          mentions++;
        }
      }
    }
    expect(mentions).toBeGreaterThan(2000);
  }, 120_000);
});
