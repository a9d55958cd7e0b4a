/**
 * rech in a browser: what `rech` exports, but `analyzeMany` (worker threads are
 * Node.js's). Bundlers pick this file through the `browser` condition of the package's
 * exports; nothing on its path imports a Node.js built-in. The dictionaries come from a
 * URL: call `loadDictionaries(url)` before the first `analyze`. compromise, the English
 * tagger, is imported only when a document has an English paragraph.
 *
 * @example
 * ```ts
 * import { analyze, loadDictionaries, renderHtml } from 'rech';
 * await loadDictionaries('/static/dicts'); // the files of node_modules/az/dicts
 * const doc = await analyze(text);
 * element.innerHTML = renderHtml(doc, { fragment: true });
 * ```
 *
 * @packageDocumentation
 */
export type * from './model.js';
export { analyze, type AnalyzeOptions } from './analyze.js';
export { loadDictionaries } from './dictionaries.js';
export { tokenize, explainTokens, type TokenBoundary } from './segment/tokenize.js';
export { sentenize } from './segment/sentenize.js';
export { within } from './spans.js';
export { toCodePoints, type CodePointDocument } from './offsets.js';
export {
  render,
  FORMATS,
  type Format,
  renderJson,
  renderJsonl,
  renderHtml,
  renderBrat,
  renderConll,
  renderConllu,
  renderText,
  BRAT_CONFIG,
  type RenderJsonOptions,
  type RenderConlluOptions,
  type HtmlLayer,
  type RenderHtmlOptions,
  type RenderTextOptions,
} from './render/index.js';
