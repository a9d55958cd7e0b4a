/**
 * analyzeMany (src/batch/): order, per-text errors, argument checks, early exit,
 * and the worker threads, run here from source through tsx.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeMany, sentenize, tokenize, type AnalyzeManyOptions, type BatchResult, type RechDocument } from '../../src/index.js';
import { packDocument, unpackDocument } from '../../src/batch/messages.js';

const TEXTS = [
  'Посол Азербайджана выступил с заявлением.',
  'Bizim partnyorlarımız',
  '',
  '«Мы не хотели войны», — заявил посол. Есть жертвы.',
  'В 2010 г. в г. Москве побывал А. С. Пушкин.',
];

async function collect(results: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const all: BatchResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

async function* slowly(texts: readonly unknown[]): AsyncGenerator<string> {
  for (const text of texts) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield text as string;
  }
}

describe('analyzeMany gives the documents analyze gives, in input order', () => {
  it.each([0, 1, 2])('with concurrency %i', async (concurrency) => {
    const results = await collect(analyzeMany(TEXTS, { concurrency }));
    const expected = await Promise.all(TEXTS.map((text) => analyze(text)));
    expect(results.map((result) => result.index)).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((result) => ('document' in result ? result.document : result.error))).toEqual(expected);
    // The same JSON, field order included, as the command line prints documents.
    expect(JSON.stringify(results.map((result) => ('document' in result ? result.document : null)))).toBe(JSON.stringify(expected));
  });

  it('reads an async iterable, and a generator, in order', async () => {
    const fromAsync = await collect(analyzeMany(slowly(TEXTS), { concurrency: 2 }));
    expect(fromAsync.map((result) => ('document' in result ? result.document.text : null))).toEqual(TEXTS);
    const fromGenerator = await collect(analyzeMany((function* () { yield* TEXTS; })(), { concurrency: 1 }));
    expect(fromGenerator.map((result) => result.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps order over more texts than the read-ahead window', async () => {
    const texts = Array.from({ length: 120 }, (_, i) => (i % 7 === 0 ? 'Длинный текст. '.repeat(200) : `Текст номер ${i}.`));
    const results = await collect(analyzeMany(texts, { concurrency: 2 }));
    expect(results.map((result) => result.index)).toEqual(texts.map((_, i) => i));
    expect(results.map((result) => ('document' in result ? result.document.text : null))).toEqual(texts);
  });

  it('passes analyze options through to every document', async () => {
    const results = await collect(analyzeMany(['Да.', 'Нет.'], { concurrency: 1, language: 'ukr' }));
    expect(results.map((result) => ('document' in result ? result.document.language : null))).toEqual(['ukr', 'ukr']);
  });
});

describe('analyzeMany reports a failing text and goes on', () => {
  it.each([0, 2])('a text that is not a string gives a TypeError naming its index (concurrency %i)', async (concurrency) => {
    const results = await collect(analyzeMany(['Да.', 42, null, 'Нет.'] as string[], { concurrency }));
    expect(results.map((result) => result.index)).toEqual([0, 1, 2, 3]);
    const [first, second, third, fourth] = results;
    expect(first).toHaveProperty('document.text', 'Да.');
    expect(second).toHaveProperty('error');
    expect((second as { error: Error }).error).toBeInstanceOf(TypeError);
    expect((second as { error: Error }).error.message).toMatch(/texts\[1\].*number 42/);
    expect((third as { error: Error }).error.message).toMatch(/texts\[2\].*null/);
    expect(fourth).toHaveProperty('document.text', 'Нет.');
  });

  it('ends with the error of an input iterable that throws', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield 'Да.';
      throw new Error('disk gone');
    }
    await expect(collect(analyzeMany(failing(), { concurrency: 1 }))).rejects.toThrow('disk gone');
  });

  it.each([0, 2])('gives the results of the texts read before the input fails, then its error (concurrency %i)', async (concurrency) => {
    function* failing(): Generator<string> {
      yield 'Да.';
      yield 'Нет.';
      yield 'Может быть.';
      throw new Error('disk gone');
    }
    const seen: number[] = [];
    const run = async (): Promise<void> => {
      for await (const result of analyzeMany(failing(), { concurrency })) seen.push(result.index);
    };
    await expect(run()).rejects.toThrow('disk gone');
    expect(seen).toEqual([0, 1, 2]);
  });

  it.each([0, 2])('takes a Promise item as it is, a TypeError for its index, and never leaves a rejection unhandled (concurrency %i)', async (concurrency) => {
    // Made as they are read, as a stream's items are: a rejected Promise made ahead of time is the caller's to handle.
    function* items(): Generator<unknown> {
      yield 'Да.';
      yield Promise.resolve('Нет.');
      yield Promise.reject(new Error('never read'));
      yield 'Ну.';
    }
    const results = await collect(analyzeMany(items() as Iterable<string>, { concurrency }));
    expect(results.map((result) => ('error' in result ? `${result.index} ${result.error.name}` : `${result.index} ok`))).toEqual([
      '0 ok',
      '1 TypeError',
      '2 TypeError',
      '3 ok',
    ]);
    expect((results[1] as { error: Error }).error.message).toMatch(/texts\[1\]` must be a string, got a Promise/);
    // An unhandled rejection would fail this test run; give it a turn of the event loop to surface.
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});

describe('analyzeMany when a worker dies', () => {
  const crashing = fileURLToPath(new URL('./workers/crashing.mjs', import.meta.url));
  const summary = (results: BatchResult[]): string[] =>
    results.map((result) => `${result.index} ${'error' in result ? result.error.message : 'document'}`);

  it('fails only the text the worker was on, whether its first or a later one, and its replacement reads the rest', async () => {
    const texts = ['crash', 'a', 'b', 'c', 'crash', 'd', 'e'];
    const results = await collect(analyzeMany(texts, { concurrency: 1, worker: crashing }));
    expect(summary(results)).toEqual([
      '0 rech: a worker thread of analyzeMany stopped with exit code 3',
      '1 read a',
      '2 read b',
      '3 read c',
      '4 rech: a worker thread of analyzeMany stopped with exit code 3',
      '5 read d',
      '6 read e',
    ]);
  });

  it('ends the batch when a worker cannot start', async () => {
    const unstartable = fileURLToPath(new URL('./workers/unstartable.mjs', import.meta.url));
    await expect(collect(analyzeMany(['Да.', 'Нет.'], { concurrency: 1, worker: unstartable }))).rejects.toThrow('cannot load');
  });
});

describe('analyzeMany stops early when the consumer does', () => {
  it('stops reading the input and closes it when the loop breaks', async () => {
    let read = 0;
    let closed = false;
    function* endless(): Generator<string> {
      try {
        for (;;) {
          read++;
          yield `Текст ${read}.`;
        }
      } finally {
        closed = true;
      }
    }
    let seen = 0;
    for await (const result of analyzeMany(endless(), { concurrency: 2 })) {
      expect(result.index).toBe(seen++);
      if (seen === 5) break;
    }
    expect(closed).toBe(true);
    // Read ahead by at most the window (8 texts per worker), not the whole endless input.
    expect(read).toBeLessThanOrEqual(5 + 16 + 1);
  });
});

describe('analyzeMany checks its arguments', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 3],
    ['a string', 'Посол заявил.'],
    ['a plain object', { 0: 'Текст.' }],
  ])('throws a TypeError naming `texts` when texts is %s', (_, texts) => {
    expect(() => analyzeMany(texts as unknown as string[])).toThrow(TypeError);
    expect(() => analyzeMany(texts as unknown as string[])).toThrow(/\btexts\b/);
  });

  it.each([
    ['a negative number', -1],
    ['a fraction', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('throws a RangeError naming `concurrency` when it is %s', (_, concurrency) => {
    expect(() => analyzeMany([], { concurrency })).toThrow(RangeError);
    expect(() => analyzeMany([], { concurrency })).toThrow(/\bconcurrency\b/);
  });

  it('throws a TypeError naming `concurrency` when it is not a number', () => {
    expect(() => analyzeMany([], { concurrency: '2' } as unknown as AnalyzeManyOptions)).toThrow(TypeError);
    expect(() => analyzeMany([], { concurrency: '2' } as unknown as AnalyzeManyOptions)).toThrow(/\bconcurrency\b/);
  });

  it.each([
    ['null', null],
    ['a string', 'rus'],
    ['an array', []],
  ])('throws a TypeError naming `options` when they are %s', (_, options) => {
    expect(() => analyzeMany([], options as AnalyzeManyOptions)).toThrow(TypeError);
    expect(() => analyzeMany([], options as AnalyzeManyOptions)).toThrow(/\boptions\b/);
  });

  it('throws a TypeError naming an unknown option, and one naming a bad language', () => {
    expect(() => analyzeMany([], { concurency: 2 } as AnalyzeManyOptions)).toThrow(/unknown option `concurency`; known options: concurrency, worker, language/);
    expect(() => analyzeMany([], { language: 'ru' })).toThrow(TypeError);
    expect(() => analyzeMany([], { language: 'ru' })).toThrow(/\blanguage\b/);
  });

  it('throws a TypeError naming `worker` when it is neither a string nor a URL', () => {
    expect(() => analyzeMany([], { worker: 42 } as unknown as AnalyzeManyOptions)).toThrow(TypeError);
    expect(() => analyzeMany([], { worker: 42 } as unknown as AnalyzeManyOptions)).toThrow(/`options\.worker` must be a URL or a string/);
  });

  it.each([
    ['a relative path', 'dist/worker.js'],
    ['a URL that is not file:', new URL('https://example.com/worker.js')],
    ['a string URL that is not file:', 'data:text/javascript,0'],
    ['a file that does not exist', '/nonexistent/worker.js'],
  ])('throws a RangeError naming `worker` when it is %s', (_, worker) => {
    expect(() => analyzeMany([], { worker })).toThrow(RangeError);
    expect(() => analyzeMany([], { worker })).toThrow(/`options\.worker`/);
  });

  it('starts the workers from `worker` when given, as a URL or as a path', async () => {
    const url = new URL('../../src/batch/worker-source.mjs', import.meta.url);
    for (const worker of [url, url.href, fileURLToPath(url)]) {
      const results = await collect(analyzeMany(['Да.', 'Нет.'], { concurrency: 2, worker }));
      expect(results.map((result) => ('document' in result ? result.document.text : result.error))).toEqual(['Да.', 'Нет.']);
    }
  });

  it('checks when called, before any text is read', () => {
    let read = false;
    const texts = { *[Symbol.iterator]() { read = true; yield 'Да.'; } };
    expect(() => analyzeMany(texts, { concurrency: -1 })).toThrow(RangeError);
    expect(read).toBe(false);
  });

  it('gives nothing for no texts', async () => {
    expect(await collect(analyzeMany([], { concurrency: 1 }))).toEqual([]);
  });
});

describe('documents cross the thread boundary unchanged (src/batch/messages.ts)', () => {
  it('packs and unpacks a document to an equal one with the same JSON', async () => {
    const text = 'Лента новостей\n\n«Мы не хотели войны», — заявил посол. sputnik.kz #Карабах';
    // Built from the segmenters, so that its spans have exactly the packed fields whatever stages analyze adds.
    const paragraphs = [
      { start: 0, end: 14, text: 'Лента новостей', language: 'rus' },
      { start: 16, end: text.length, text: text.slice(16), language: 'rus' },
    ];
    const document: RechDocument = { offsets: 'utf-16', text, language: 'rus', paragraphs, sentences: sentenize(text), tokens: tokenize(text), entities: [], quotes: [], roles: [] };
    const transfer: ArrayBuffer[] = [];
    const packed = packDocument(document, transfer);
    expect(transfer.length).toBe(6);
    expect(JSON.stringify(unpackDocument(text, packed))).toBe(JSON.stringify(document));
  });

  it('sends a layer as it is when its spans carry more fields (added by a later stage)', async () => {
    const text = 'Посол заявил.';
    const document = await analyze(text);
    const tokens = document.tokens.map((token) => ({ ...token, lemma: token.text.toLowerCase() }));
    const packed = packDocument({ ...document, tokens }, []);
    expect(packed.tokens).toBe(tokens);
    expect(unpackDocument(text, packed).tokens).toEqual(tokens);
  });
});
