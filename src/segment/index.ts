/**
 * `rech/segment`: tokens and sentences only. Synchronous, with no dictionary and
 * no Node.js built-in, so it also runs in a browser or a worker of any kind; the
 * same functions as the main entry's, bundled small.
 *
 * @example
 * ```ts
 * import { sentenize, tokenize } from 'rech/segment';
 * tokenize('что-то в 08:50').map((t) => t.text); // [ 'что-то', 'в', '08:50' ]
 * sentenize('Есть жертвы. Посол заявил.').length; // 2
 * ```
 *
 * @packageDocumentation
 */
export type { Sentence, Span, Token, TokenKind } from '../model.js';
export { tokenize, explainTokens, type TokenBoundary } from './tokenize.js';
export { sentenize } from './sentenize.js';
