import type { RechDocument } from '../model.js';
import { describe } from '../errors.js';
import { expectDocument, expectOptions } from './marked-spans.js';

/**
 * Options for {@link renderJson}.
 *
 * @example
 * ```ts
 * import { analyze, renderJson } from 'rech';
 * renderJson(await analyze('Посол заявил.'), { compact: true }); // one line
 * ```
 *
 * @group Rendering
 */
export interface RenderJsonOptions {
  /** One line with no indentation (default `false`: indented by 2 spaces). */
  compact?: boolean;
}

/**
 * `JSON.stringify` leaves U+0085, U+2028 and U+2029 raw inside strings; line
 * readers that split on them (Python's `splitlines`) would cut a JSON Lines
 * record in two, so they are written as escapes. They occur only inside
 * strings, so the JSON means the same.
 */
const serialize = (document: RechDocument, indent?: number): string =>
  JSON.stringify(document, null, indent).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';

/**
 * The document as JSON, as `JSON.stringify` writes it; `JSON.parse` gives it back.
 *
 * @param document - A document from {@link analyze}.
 * @param options - See {@link RenderJsonOptions}.
 * @returns The JSON text, indented by 2 (or on one line with `compact`), ending with `'\n'`.
 * @throws TypeError when `document` is not a document, or `options` has an unknown key or a `compact` that is not a boolean.
 *
 * @example
 * ```ts
 * import { analyze, renderJson } from 'rech';
 * const json = renderJson(await analyze('Посол заявил.'));
 * JSON.parse(json).sentences[0].text; // 'Посол заявил.'
 * ```
 *
 * @group Rendering
 */
export function renderJson(document: RechDocument, options: RenderJsonOptions = {}): string {
  expectDocument(document);
  expectOptions(options, ['compact']);
  const { compact } = options;
  if (compact !== undefined && typeof compact !== 'boolean') {
    throw new TypeError(`rech: \`options.compact\` must be a boolean, got ${describe(compact)}`);
  }
  return serialize(document, compact ? undefined : 2);
}

/**
 * The document as one line of JSON Lines: compact JSON and `'\n'`, so that
 * documents rendered one after another make a `.jsonl` file.
 *
 * @param document - A document from {@link analyze}.
 * @returns One line of JSON ending with `'\n'`.
 * @throws TypeError when `document` is not a document.
 *
 * @example
 * ```ts
 * import { analyze, renderJsonl } from 'rech';
 * const docs = [await analyze('Посол заявил.'), await analyze('Есть жертвы.')];
 * const jsonl = docs.map(renderJsonl).join('');
 * jsonl.split('\n').length; // 3: two lines and the empty string after the last '\n'
 * ```
 *
 * @group Rendering
 */
export function renderJsonl(document: RechDocument): string {
  expectDocument(document);
  return serialize(document);
}
