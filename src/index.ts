/**
 * rech: Russian news text to a typed document.
 *
 * @example
 * ```ts
 * import { analyze, sentenize, tokenize } from 'rech';
 * const doc = await analyze('Посол заявил, что Казахстан не должен вовлекаться в конфликт.');
 * doc.sentences[0].text; // 'Посол заявил, что Казахстан не должен вовлекаться в конфликт.'
 * ```
 *
 * @document ../docs/getting-started.md
 * @document ../docs/document-model.md
 * @document ../docs/segmentation.md
 * @document ../docs/entities.md
 * @document ../docs/quotes.md
 * @document ../docs/english.md
 * @document ../docs/browser.md
 * @document ../docs/evaluation.md
 * @document ../CHANGELOG.md
 * @packageDocumentation
 */
export type * from './model.js';
export { analyze, type AnalyzeOptions } from './analyze.js';
export { loadDictionaries } from './dictionaries.js';
export { tokenize, explainTokens, type TokenBoundary } from './segment/tokenize.js';
export { sentenize } from './segment/sentenize.js';
export { within } from './spans.js';
export { toCodePoints, type CodePointDocument } from './offsets.js';
export { analyzeMany, type AnalyzeManyOptions, type BatchResult } from './batch/analyze-many.js';
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
