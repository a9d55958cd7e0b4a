/**
 * Every renderer on a document built by hand (or read from untrusted JSON) with markup, quotation
 * marks, line breaks, tabs and the separators of Python's `str.split()` (U+001C–U+001F, U+0085,
 * U+2028) in every string field: the output is as safe and as well formed as for a document from
 * `analyze`.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS, render, renderBrat, renderConll, renderConllu, renderHtml, renderJson, renderJsonl, renderText, type RechDocument } from '../../src/index.js';
import { htmlProblems } from './check.js';
import { ambassadorDocument } from './document.js';

const PAYLOAD = `<script>alert(1)</script>"'&\n\r\t\u0000\u001b[31m\u001c\u001d\u001e\u001f\u0085\u2028\u2029\u00a0 x|y=z`;

/** A copy of `value` with {@link PAYLOAD} appended to every string in it, but for the keys in `keep`. */
function poison<T>(value: T, keep: ReadonlySet<string>): T {
  if (typeof value === 'string') return `${value}${PAYLOAD}` as T;
  if (Array.isArray(value)) return value.map((item) => poison(item, keep)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, keep.has(key) ? field : poison(field, keep)])) as T;
}

/** The ambassador sentence with the payload in the text too, every token tagged and lemmatised, and every string field poisoned (the text itself and the offsets' unit kept). */
function hostileDocument(): RechDocument {
  const doc = ambassadorDocument(`Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны». ${PAYLOAD} Конец.`);
  for (const token of doc.tokens) {
    token.lemma = token.text.toLowerCase();
    token.tags = ['NOUN', 'anim'];
  }
  const poisoned = poison(doc, new Set(['offsets']));
  return { ...poisoned, text: doc.text };
}

/** Characters at which some reader breaks a line: Python's `str.splitlines()` breaks at all of these. */
const LINE_BREAKS = /[\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/;
/** Control characters other than the line feed and the tab. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
/** Python's `str.split()` with no argument: any run of Unicode whitespace, U+001C–U+001F and U+0085 included. */
const pythonSplit = (line: string): string[] => line.split(/[\s\u001c-\u001f\u0085]+/).filter((field) => field !== '');

describe('renderers on a hand-built document with markup and control characters in every string field', () => {
  const doc = hostileDocument();

  it('HTML: well formed, no markup of the document, only known class names', () => {
    for (const options of [{}, { fragment: true }, { layers: ['entities' as const] }, { fragment: true, title: PAYLOAD }]) {
      const html = renderHtml(doc, options);
      expect(htmlProblems(html)).toEqual([]);
      expect(html).not.toContain('<script>alert');
      expect(html.match(/<script>/g)?.length ?? 0).toBeLessThanOrEqual(1);
      const classes = [...html.matchAll(/class="([^"]*)"/g)].flatMap((match) => match[1]!.split(' '));
      expect(classes.length).toBeGreaterThan(0);
      for (const name of classes) expect(name).toMatch(/^(e-(PER|LOC|ORG|other)|[a-z]+(-[a-z]+)?)$/);
      // Every attribute is a known name with a quoted value: the payload's quotation marks added none.
      const attributes = [...html.matchAll(/<[a-z]+((?:\s+[a-z-]+="[^"]*")*)\s*>/g)].flatMap((match) => [...match[1]!.matchAll(/\s([a-z-]+)="[^"]*"/g)].map((m) => m[1]));
      for (const name of attributes) expect(['class', 'title', 'lang', 'data-q', 'data-n', 'data-type', 'name', 'content', 'charset']).toContain(name);
    }
    expect(renderHtml(doc)).toContain('class="e e-other"');
  });

  it('CoNLL: four columns on every line for Python`s str.split(), lines only at line feeds', () => {
    const conll = renderConll(doc);
    expect(conll).not.toMatch(LINE_BREAKS);
    expect(conll).not.toMatch(CONTROLS);
    const lines = conll.split('\n').filter((line) => line !== '');
    expect(lines.shift()).toBe('-DOCSTART- -X- -X- O');
    expect(lines).toHaveLength(doc.tokens.length);
    for (const line of lines) {
      const fields = pythonSplit(line);
      expect(fields, line).toHaveLength(4);
      expect(fields[2]).toMatch(/^(O|[BI]-[\p{L}\p{N}_-]+)$/u);
    }
  });

  it('CoNLL-U: ten tab-separated fields on every token line, MISC attributes intact, comments on one line', () => {
    const conllu = renderConllu(doc);
    expect(conllu).not.toMatch(LINE_BREAKS);
    expect(conllu).not.toMatch(CONTROLS);
    for (const line of conllu.split('\n')) {
      if (line === '' || line.startsWith('# ')) continue;
      const fields = line.split('\t');
      expect(fields, line).toHaveLength(10);
      for (const field of fields) expect(field).not.toBe('');
      expect(fields[0]).toMatch(/^\d+$/);
      if (fields[9] !== '_') for (const attribute of fields[9]!.split('|')) expect(attribute).toMatch(/^[A-Za-z]+=[^=|]+$/);
    }
  });

  it('CoNLL-U: refuses an id with a control character', () => {
    expect(() => renderConllu(doc, { id: 'a\u001cb' })).toThrow(RangeError);
    expect(() => renderConllu(doc, { id: 'a\u0085b' })).toThrow(RangeError);
  });

  it('brat: every line one annotation with its columns, no control character', () => {
    const ann = renderBrat(doc);
    expect(ann).not.toMatch(CONTROLS);
    const shapes = [
      /^T\d+\t[\p{L}\p{N}_-]+ \d+ \d+(;\d+ \d+)*\t[^\t]*$/u,
      /^#\d+\tAnnotatorNotes T\d+\t[^\t]*$/,
      /^A\d+\tKind T\d+ [\p{L}\p{N}_-]+$/u,
      /^R\d+\t(Speaker|Cue) Arg1:T\d+ Arg2:T\d+$/,
      /^\*\tEquiv( T\d+)+$/,
    ];
    const lines = ann.split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(shapes.some((shape) => shape.test(line)), line).toBe(true);
  });

  it('text: no control character but the tab on any line', () => {
    for (const width of [80, Infinity]) {
      for (const line of renderText(doc, { width }).split('\n')) expect(line).not.toMatch(CONTROLS);
    }
  });

  it('JSON and JSON Lines: the document back, JSON Lines on one line', () => {
    expect(JSON.parse(renderJson(doc))).toEqual(doc);
    const jsonl = renderJsonl(doc);
    expect(jsonl.indexOf('\n')).toBe(jsonl.length - 1);
    expect(jsonl).not.toMatch(LINE_BREAKS);
    expect(JSON.parse(jsonl)).toEqual(doc);
  });

  it('every format renders it, and a document read back from JSON alike', () => {
    const read = JSON.parse(renderJson(doc)) as RechDocument;
    for (const format of FORMATS) expect(render(read, format)).toBe(render(doc, format));
  });
});
