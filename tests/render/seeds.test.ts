/**
 * Every renderer on the seed articles, an English paragraph, hostile text and
 * an empty document: well-formed output that keeps the whole text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, FORMATS, render, renderBrat, renderConll, renderHtml, renderText, type RechDocument } from '../../src/index.js';
import { FIXTURES, golds } from '../support/fixtures.js';
import { codePointSlice, htmlProblems, paragraphTexts } from './check.js';
import { englishDocument } from './document.js';

const HOSTILE = '<script>alert(1)</script> 😀😀 «Мы\tне хотели войны», — заявил посол Рашад Мамедов.\r\n\r\n\u2028«Это наша земля» & 𝔸 \ud800 Казахстан\fМосква';
const ENGLISH = '"There is no military solution to this conflict," Secretary of State Antony Blinken told reporters in Washington on Friday.';

const documents: Array<[string, RechDocument]> = [];
beforeAll(async () => {
  for (const gold of golds) {
    const name = gold.replace('.expected.json', '.txt');
    documents.push([name, await analyze(readFileSync(join(FIXTURES, name), 'utf8'))]);
  }
  documents.push(['English (hand-built)', englishDocument()]);
  documents.push(['English (analyze)', await analyze(ENGLISH)]);
  documents.push(['hostile', await analyze(HOSTILE)]);
  documents.push(['empty', await analyze('')]);
});

/** Runs a check on every document, naming the document when it fails. */
const eachDocument = (check: (doc: RechDocument) => void) => () => {
  expect(documents.length).toBeGreaterThanOrEqual(6);
  for (const [name, doc] of documents) {
    try {
      check(doc);
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`);
    }
  }
};

describe('renderers on the seeds, English, hostile and empty documents', () => {
  it(
    'html: balanced tags, and each paragraph as it is in the text',
    eachDocument((doc) => {
      const html = renderHtml(doc);
      expect(htmlProblems(html)).toEqual([]);
      expect(paragraphTexts(html)).toEqual(doc.paragraphs.map((p) => p.text.replace(/\0/g, '\ufffd')));
    }),
  );

  it(
    'brat: every fragment slices, in code points, to its text; ids referred to exist; one annotation a mention and a quote',
    eachDocument((doc) => {
      const lines = renderBrat(doc).split('\n').slice(0, -1);
      const ids = new Set<string>();
      let mentions = 0;
      let quotes = 0;
      for (const line of lines) {
        const columns = line.split('\t');
        if (!line.startsWith('T')) continue;
        expect(columns).toHaveLength(3);
        ids.add(columns[0]!);
        const [type, ...rest] = columns[1]!.split(' ');
        const fragments = rest.join(' ').split(';').map((pair) => pair.split(' ').map(Number) as [number, number]);
        expect(fragments.map(([start, end]) => codePointSlice(doc.text, start, end)).join(' ')).toBe(columns[2]);
        for (const [start, end] of fragments) expect(codePointSlice(doc.text, start, end)).not.toMatch(/[\n\r\t\u2028\u2029\v\f\u0085]/);
        if (['PER', 'LOC', 'ORG'].includes(type!)) mentions++;
        if (type === 'Quote') quotes++;
      }
      expect(mentions).toBe(doc.entities.reduce((sum, entity) => sum + entity.mentions.length, 0));
      expect(quotes).toBe(doc.quotes.length);
      for (const line of lines) {
        if (line.startsWith('T')) continue;
        expect(line).toMatch(/^(#\d+\tAnnotatorNotes T\d+\t\S.*|A\d+\tKind T\d+ (direct|indirect)|R\d+\t(Speaker|Cue) Arg1:T\d+ Arg2:T\d+|\*\tEquiv( T\d+)+)$/);
        for (const id of line.split('\t').slice(0, 2).join(' ').match(/T\d+/g) ?? []) expect(ids).toContain(id);
      }
    }),
  );

  it(
    'conll: one line a token with four valid columns, one block a sentence',
    eachDocument((doc) => {
      const conll = renderConll(doc);
      const [first, ...rest] = conll.slice(0, -1).split('\n');
      expect(first).toBe('-DOCSTART- -X- -X- O');
      const tokens = rest.filter((line) => line !== '');
      expect(tokens).toHaveLength(doc.tokens.length);
      tokens.forEach((line, i) => {
        const columns = line.split(' ');
        expect(columns[0]).toBe(doc.tokens[i]!.text);
        expect(columns).toHaveLength(4);
        expect(columns[2]).toMatch(/^(O|[BI]-(PER|LOC|ORG))$/);
        expect(columns[3]).toMatch(/^(O|[BI]-(QUOTE|CUE|SPEAKER))$/);
      });
      const blocks = rest.join('\n').split('\n\n').filter((block) => block.trim() !== '');
      expect(blocks).toHaveLength(doc.sentences.length);
    }),
  );

  it(
    'text: the lines of text give back every word of the text in order; the rows between them are ASCII marks',
    eachDocument((doc) => {
      for (const width of [80, 30]) {
        const lines = renderText(doc, { width }).split('\n');
        const words = doc.paragraphs.flatMap((p) => p.text.split(/[\s\ufeff]+/).filter(Boolean));
        let next = 0;
        let i = 0;
        for (; i < lines.length && next < words.length; i++) {
          const line = lines[i]!;
          const lineWords = line.split(/[\s\ufeff]+/).filter(Boolean);
          if (lineWords.length > 0 && lineWords.every((word, k) => words[next + k] === word)) next += lineWords.length;
          else expect(line).toMatch(/^[A-Z0-9,~"^=\- \t-]*$/);
        }
        expect(next).toBe(words.length);
      }
    }),
  );

  it(
    'every format: the same output after a JSON round trip (a shared speaker becomes equal copies)',
    eachDocument((doc) => {
      const copy = JSON.parse(JSON.stringify(doc)) as RechDocument;
      for (const format of FORMATS) expect(render(copy, format)).toBe(render(doc, format));
    }),
  );
});
