/**
 * Every quote names the pattern that found it (`Quote.pattern`): the list in
 * src/quotes/patterns.ts, its examples, its documentation, and the names on
 * hand-written sentences, the fixtures and the dev corpus.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { hasCorpora, readFactRu } from '../../src/eval/corpora.js';
import { QUOTE_PATTERNS } from '../../src/quotes/patterns.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const NAMES = new Set<string>(QUOTE_PATTERNS.map((pattern) => pattern.name));

/** The quotes of a text as `pattern: content` lines. */
const patterns = async (text: string): Promise<string[]> =>
  (await analyze(text)).quotes.map((quote) => `${quote.pattern}: ${quote.content.map((piece) => piece.text).join(' | ')}`);

describe('the list of quote patterns', () => {
  it('names each pattern once', () => {
    expect(NAMES.size).toBe(QUOTE_PATTERNS.length);
  });

  it.each(QUOTE_PATTERNS.map((pattern) => [pattern.name, pattern]))('finds a %s quote of its kind in its own example', async (_, pattern) => {
    const doc = await analyze(pattern.example);
    expect(doc.quotes.map((quote) => [quote.pattern, quote.kind])).toContainEqual([pattern.name, pattern.kind]);
  });

  it('is documented: each name stands in docs/quotes.md, and each English one in docs/english.md', () => {
    const quotes = readFileSync(join(root, 'docs/quotes.md'), 'utf8');
    const english = readFileSync(join(root, 'docs/english.md'), 'utf8');
    for (const { name, language } of QUOTE_PATTERNS) {
      expect(quotes, name).toContain(`\`${name}\``);
      if (language === 'eng') expect(english, name).toContain(`\`${name}\``);
    }
  });
});

describe('the pattern of hand-written quotes', () => {
  it('names the Russian direct patterns', async () => {
    expect(await patterns('«Переговоры продолжатся», — сообщил министр.')).toEqual(['«…», — сказал X: Переговоры продолжатся']);
    expect(await patterns('Министр сказал: «Переговоры продолжатся».')).toEqual(['X сказал: «…»: Переговоры продолжатся']);
    expect(await patterns('«Переговоры, — сказал министр, — продолжатся».')).toEqual(['«…, — сказал X, — …»: Переговоры | продолжатся']);
  });

  it('names the Russian reported patterns', async () => {
    expect(await patterns('По словам министра, переговоры продолжатся.')).toEqual(['по словам X: переговоры продолжатся']);
    expect(await patterns('Министр заявил, что переговоры продолжатся.')).toEqual(['X заявил, что …: переговоры продолжатся']);
    expect(await patterns('Как сообщил министр, переговоры продолжатся.')).toEqual(['как сообщил X: переговоры продолжатся']);
  });

  it('names the attribution patterns inside, after and around the statement', async () => {
    expect(await patterns('Как пояснил прокурор, «обвинение будет поддержано».')).toEqual(['Как пояснил X, «…»: обвинение будет поддержано']);
    expect(await patterns('Переговоры продолжатся в среду, о чём сообщил посол.')).toEqual(['…, о чём сообщил X: Переговоры продолжатся в среду']);
    expect(await patterns('Посол заявил в среду «Интерфаксу», что мир возможен.')).toEqual(['X заявил, что …: мир возможен']);
    expect(await patterns('Против выступили депутаты, считающие, что закон нарушает права граждан.')).toEqual(['X, считающий, что …: закон нарушает права граждан']);
    expect(await patterns('Сделка будет закрыта до конца года, говорит собеседник агентства, знакомый с ходом переговоров.')).toEqual([
      '…, — считает X, знакомый с …: Сделка будет закрыта до конца года',
    ]);
    expect(await patterns('Эти планы нереалистичны, считает Иванов, поэтому их отложат.')).toEqual(['…, сообщает X, …: Эти планы нереалистичны | поэтому их отложат']);
  });

  it('reads a gerund with no clause after it as no quote (quotes.md: a speech act with no reported content)', async () => {
    expect(await patterns('Министр ушёл в отставку, заявив о своих планах на будущее.')).toEqual([]);
    expect(await patterns('Министр ушёл в отставку, заявив, что устал.')).toEqual(['X заявил, что …: устал']);
  });

  it('names the English patterns', async () => {
    expect(await patterns('"Talks will go on," the minister said.')).toEqual(['"…," X said: Talks will go on']);
    expect(await patterns('The minister said the talks would go on.')).toEqual(['X said (that) …: the talks would go on']);
    expect(await patterns('According to the minister, talks will go on.')).toEqual(['according to X: talks will go on']);
  });

  it('names the English attribution patterns before, inside and after the statement', async () => {
    expect(await patterns('As the minister explained, "talks will go on."')).toEqual(['As X explained, "…": talks will go on.']);
    expect(await patterns('Talks will go on, as the minister said.')).toEqual(['As X said, …: Talks will go on']);
    expect(await patterns('Talks will go on, which the minister confirmed.')).toEqual(['…, which X announced: Talks will go on']);
    expect(await patterns('Talks, the minister said, will go on.')).toEqual(['…, X said, …: Talks | will go on']);
    expect(await patterns('Talks will go on, the minister said, adding that they would be hard.')).toEqual([
      '…, X said: Talks will go on',
      'X, saying that …: they would be hard',
    ]);
    expect(await patterns('Reuters reported, citing a diplomat, that talks will go on.')).toEqual(['X reported, citing Y, that …: talks will go on']);
  });

  it('keeps the pattern of the first piece of a quote in several pieces', async () => {
    expect(await patterns('"This is not over," Peskov said. "We will respond."')).toEqual(['"…," X said: This is not over | We will respond.']);
  });
});

describe('every quote has a listed pattern', () => {
  const unnamed = async (text: string): Promise<string[]> =>
    (await analyze(text)).quotes.filter((quote) => !NAMES.has(quote.pattern)).map((quote) => `${quote.pattern}: ${quote.content[0]!.text}`);

  it('in the fixtures', async () => {
    const folder = join(root, 'fixtures');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
      expect(await unnamed(readFileSync(join(folder, file), 'utf8')), file).toEqual([]);
    }
  });

  it.skipIf(!hasCorpora())(
    'in the factRuEval dev documents',
    async () => {
      for (const doc of readFactRu()) expect(await unnamed(doc.text), doc.id).toEqual([]);
    },
    300_000,
  );
});
