/**
 * Renderers: each a pure function of a document to a string, in one of the {@link FORMATS}.
 *
 * @module
 */
import type { RechDocument } from '../model.js';
import { describe } from '../errors.js';
import { renderBrat } from './brat.js';
import { renderConll } from './conll.js';
import { renderConllu } from './conllu.js';
import { renderHtml } from './html.js';
import { renderJson, renderJsonl } from './json.js';
import { expectDocument } from './marked-spans.js';
import { renderText } from './text.js';

export { BRAT_CONFIG, renderBrat } from './brat.js';
export { renderConll } from './conll.js';
export { renderConllu, type RenderConlluOptions } from './conllu.js';
export { renderHtml, type HtmlLayer, type RenderHtmlOptions } from './html.js';
export { renderJson, renderJsonl, type RenderJsonOptions } from './json.js';
export { renderText, type RenderTextOptions } from './text.js';

/**
 * An output format of {@link render}:
 * `json` ({@link renderJson}), `jsonl` ({@link renderJsonl}), `html` ({@link renderHtml}),
 * `brat` ({@link renderBrat}), `conll` ({@link renderConll}), `conllu` ({@link renderConllu}) and `text` ({@link renderText}).
 *
 * @example
 * ```ts
 * import type { Format } from 'rech';
 * const format: Format = 'conll';
 * ```
 *
 * @group Rendering
 */
export type Format = 'json' | 'jsonl' | 'html' | 'brat' | 'conll' | 'conllu' | 'text';

/**
 * Every {@link Format}, in this order: `json`, `jsonl`, `html`, `brat`, `conll`, `conllu`, `text`.
 *
 * @example
 * ```ts
 * import { FORMATS } from 'rech';
 * FORMATS.includes('html'); // true
 * ```
 *
 * @group Rendering
 */
export const FORMATS: readonly Format[] = Object.freeze(['json', 'jsonl', 'html', 'brat', 'conll', 'conllu', 'text'] as const);

const RENDERERS: Record<Format, (document: RechDocument) => string> = {
  json: renderJson,
  jsonl: renderJsonl,
  html: renderHtml,
  brat: renderBrat,
  conll: renderConll,
  conllu: renderConllu,
  text: renderText,
};

/**
 * Renders a document in a format, with that format's default options: a pure
 * function of the document, which never throws on a document `analyze` gave.
 *
 * @param document - A document from {@link analyze}.
 * @param format - One of {@link FORMATS}.
 * @returns The rendered document, ending with `'\n'` (but an empty `brat` file, or an empty document's `text` or `conllu`, which are empty).
 * @throws TypeError when `document` is not a document or `format` is not one of {@link FORMATS}.
 *
 * @example
 * ```ts
 * import { analyze, render } from 'rech';
 * const doc = await analyze('Посол Рашад Мамедов заявил: «Мы не хотели войны».');
 * render(doc, 'brat').split('\n')[0]; // 'T1\tPER 6 19\tРашад Мамедов'
 * ```
 *
 * @group Rendering
 */
export function render(document: RechDocument, format: Format): string {
  if (typeof format !== 'string' || !Object.hasOwn(RENDERERS, format)) {
    throw new TypeError(`rech: \`format\` must be one of ${FORMATS.join(', ')}, got ${describe(format)}`);
  }
  expectDocument(document);
  return RENDERERS[format](document);
}
