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
// Everything a browser gets too (src/browser.ts), and the worker threads of Node.js.
export * from './browser.js';
export { analyzeMany, type AnalyzeManyOptions, type BatchResult } from './batch/analyze-many.js';
