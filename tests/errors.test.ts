/**
 * Argument checking of the public API (src/errors.ts and its callers) and the
 * empty document.
 */
import { describe, expect, it } from 'vitest';
import { analyze, explainTokens, sentenize, tokenize, within, type AnalyzeOptions, type Span } from '../src/index.js';

const notStrings: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['an object', {}],
  ['an array', []],
  ['a Buffer', Buffer.from('Посол заявил.')],
  ['a String object', new String('Посол заявил.')],
];

/** The message names the `text` argument. */
const NAMES_TEXT = /\btext\b/;

describe('synchronous functions reject a text that is not a string', () => {
  it.each(notStrings)('tokenize throws a TypeError naming `text` for %s', (_, value) => {
    expect(() => tokenize(value as string)).toThrow(TypeError);
    expect(() => tokenize(value as string)).toThrow(NAMES_TEXT);
  });

  it.each(notStrings)('sentenize throws a TypeError naming `text` for %s', (_, value) => {
    expect(() => sentenize(value as string)).toThrow(TypeError);
    expect(() => sentenize(value as string)).toThrow(NAMES_TEXT);
  });

  it.each(notStrings)('explainTokens throws a TypeError naming `text` for %s', (_, value) => {
    expect(() => explainTokens(value as string)).toThrow(TypeError);
    expect(() => explainTokens(value as string)).toThrow(NAMES_TEXT);
  });

  it('says what it got instead of a string', () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(/number/);
    expect(() => sentenize(null as unknown as string)).toThrow(/null/);
    expect(() => tokenize(Symbol('x') as unknown as string)).toThrow(/symbol/);
    expect(() => tokenize(10n as unknown as string)).toThrow(/bigint 10/);
    // Not the function's source code, which may be long.
    expect(() => tokenize((() => 'некий текст') as unknown as string)).toThrow(/got a function$/);
  });
});

describe('analyze rejects a text that is not a string', () => {
  it.each(notStrings)('rejects with a TypeError naming `text` for %s', async (_, value) => {
    await expect(analyze(value as string)).rejects.toThrow(TypeError);
    await expect(analyze(value as string)).rejects.toThrow(NAMES_TEXT);
  });
});

describe('analyze rejects bad options', () => {
  it.each([
    ['a string', 'rus'],
    ['null', null],
    ['a number', 1],
    ['an array', ['rus']],
  ])('rejects options that are %s with a TypeError naming `options`', async (_, options) => {
    await expect(analyze('Текст.', options as AnalyzeOptions)).rejects.toThrow(TypeError);
    await expect(analyze('Текст.', options as AnalyzeOptions)).rejects.toThrow(/\boptions\b/);
  });

  it('rejects an unknown option with a TypeError naming it', async () => {
    await expect(analyze('Текст.', { lang: 'rus' } as AnalyzeOptions)).rejects.toThrow(TypeError);
    await expect(analyze('Текст.', { lang: 'rus' } as AnalyzeOptions)).rejects.toThrow(/\blang\b/);
  });

  it.each([
    ['a two-letter code', 'ru'],
    ['an upper-case code', 'RUS'],
    ['a language name', 'russian'],
    ['a number', 7],
    ['null', null],
  ])('rejects a `language` that is %s with a TypeError naming `language`', async (_, language) => {
    await expect(analyze('Текст.', { language } as AnalyzeOptions)).rejects.toThrow(TypeError);
    await expect(analyze('Текст.', { language } as AnalyzeOptions)).rejects.toThrow(/\blanguage\b/);
  });

  it('accepts no options, empty options and a valid language code', async () => {
    await expect(analyze('Текст.')).resolves.toMatchObject({ text: 'Текст.' });
    await expect(analyze('Текст.', {})).resolves.toMatchObject({ text: 'Текст.' });
    await expect(analyze('Текст.', { language: 'rus' })).resolves.toMatchObject({ text: 'Текст.' });
  });
});

describe('empty input', () => {
  it.each(['', ' ', '\n\n\n', ' \t\r\n\u00a0\u2028 '])('analyze(%j) gives a document with every layer empty', async (text) => {
    const doc = await analyze(text);
    expect(doc.text).toBe(text);
    expect(doc.paragraphs).toEqual([]);
    expect(doc.sentences).toEqual([]);
    expect(doc.tokens).toEqual([]);
    expect(doc.entities).toEqual([]);
    expect(doc.quotes).toEqual([]);
    expect(doc.language).toBe('und');
  });
});

describe('within rejects what is not a layer or a span', () => {
  const span = { start: 0, end: 5, text: 'Посол' };
  it.each([
    ['a string', 'tokens'],
    ['null', null],
    ['an object', { 0: span }],
  ])('throws a TypeError naming `spans` when they are %s', (_, spans) => {
    expect(() => within(spans as unknown as Span[], span)).toThrow(TypeError);
    expect(() => within(spans as unknown as Span[], span)).toThrow(/\bspans\b/);
  });

  it.each([
    ['null', null],
    ['a number', 3],
    ['a span without end', { start: 0 }],
    ['a span with string offsets', { start: '0', end: '5' }],
  ])('throws a TypeError naming `container` when it is %s', (_, container) => {
    expect(() => within([span], container as unknown as Span)).toThrow(TypeError);
    expect(() => within([span], container as unknown as Span)).toThrow(/\bcontainer\b/);
  });

  it.each([
    ['NaN offsets', { start: Number.NaN, end: 5 }],
    ['an infinite end', { start: 0, end: Number.POSITIVE_INFINITY }],
    ['start after end', { start: 5, end: 0 }],
  ])('throws a RangeError naming `container` for %s', (_, container) => {
    expect(() => within([span], container as Span)).toThrow(RangeError);
    expect(() => within([span], container as Span)).toThrow(/\bcontainer\b/);
  });
});

describe('whitespace-only input gives empty results from every function', () => {
  it.each(['', ' ', '\n', '\r\n\t \u00a0\u2028\u0085\ufeff'])('%j', (text) => {
    expect(tokenize(text)).toEqual([]);
    expect(sentenize(text)).toEqual([]);
    expect(explainTokens(text)).toEqual([]);
    expect(within([], { start: 0, end: text.length, text })).toEqual([]);
  });
});
