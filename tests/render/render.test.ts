import { describe, expect, it } from 'vitest';
import { FORMATS, render, renderBrat, renderConll, renderConllu, renderHtml, renderJson, renderJsonl, renderText, type Format } from '../../src/index.js';
import { ambassadorDocument } from './document.js';

describe('render', () => {
  it('lists the formats in order and dispatches to each renderer with its defaults', () => {
    expect(FORMATS).toEqual(['json', 'jsonl', 'html', 'brat', 'conll', 'conllu', 'text']);
    expect(Object.isFrozen(FORMATS)).toBe(true);
    const doc = ambassadorDocument();
    const renderers: Record<Format, (d: typeof doc) => string> = {
      json: renderJson,
      jsonl: renderJsonl,
      html: renderHtml,
      brat: renderBrat,
      conll: renderConll,
      conllu: renderConllu,
      text: renderText,
    };
    for (const format of FORMATS) expect(render(doc, format)).toBe(renderers[format](doc));
  });

  it('throws a TypeError naming `format` and listing the formats on an unknown one', () => {
    for (const format of ['xml', 'JSON', 'toString', '', undefined, 5]) {
      expect(() => render(ambassadorDocument(), format as Format)).toThrow(TypeError);
      expect(() => render(ambassadorDocument(), format as Format)).toThrow('`format` must be one of json, jsonl, html, brat, conll, conllu, text');
    }
  });

  it('throws a TypeError naming `document` on anything but a document, in every format', () => {
    const notDocuments = [null, undefined, 'Посол заявил.', [], {}, { text: 'x' }, { ...ambassadorDocument(), quotes: undefined }];
    for (const format of FORMATS) {
      for (const value of notDocuments) expect(() => render(value as never, format)).toThrow(/`document` must be a RechDocument/);
    }
    expect(() => render({ text: 'x' } as never, 'json')).toThrow('no array `paragraphs`, no array `sentences`, no array `tokens`, no array `entities`, no array `quotes`');
  });
});
