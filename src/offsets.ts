/**
 * Offsets in code points, for the languages that index strings so (Python, Rust's `chars`, Go's runes).
 *
 * @module
 */
import type { RechDocument } from './model.js';
import { describe } from './errors.js';
import { codePointOffsets, expectDocument } from './render/marked-spans.js';

/**
 * A {@link RechDocument} whose offsets count Unicode code points, as {@link toCodePoints} gives it:
 * `offsets` is `'code-points'`, and every span's `text` is `[...doc.text].slice(start, end).join('')`
 * (in Python, `doc['text'][start:end]`). The renderers take UTF-16 documents only.
 *
 * @example
 * ```ts
 * import { analyze, toCodePoints, type CodePointDocument } from 'rech';
 * const doc: CodePointDocument = toCodePoints(await analyze('Посол заявил.'));
 * doc.offsets; // 'code-points'
 * ```
 *
 * @group Model
 */
export type CodePointDocument = Omit<RechDocument, 'offsets'> & {
  /** The unit of every offset in the document: Unicode code points. */
  offsets: 'code-points';
};

/** A span anywhere in the document: an object with numeric `start` and `end` and a string `text`. */
const isSpan = (value: object): value is { start: number; end: number; text: string } =>
  typeof (value as { start?: unknown }).start === 'number' &&
  typeof (value as { end?: unknown }).end === 'number' &&
  typeof (value as { text?: unknown }).text === 'string';

/**
 * A copy of a document with every offset in Unicode code points instead of UTF-16 code units:
 * the `start` and `end` of every span of every layer, wherever it sits (paragraphs, sentences,
 * tokens, entity mentions, quote content pieces, cues and speakers, and any layer a later version
 * adds), and `offsets: 'code-points'`. Everything else is copied as it is. Use it before handing a
 * document to Python, where `text[start:end]` counts code points: the two units differ after every
 * character outside the Basic Multilingual Plane, such as an emoji (two UTF-16 units, one code point).
 *
 * @param document - A document from {@link analyze} (its `offsets` is `'utf-16'`).
 * @returns A new document; the one given is not changed.
 * @throws TypeError when `document` is not a document.
 * @throws RangeError when `document.offsets` is not `'utf-16'` (such as a document already converted),
 * or an offset is not a whole number from 0 to the text's length.
 *
 * @example
 * ```ts
 * import { analyze, toCodePoints } from 'rech';
 * const doc = await analyze('👍 Посол заявил.');
 * doc.tokens.map((t) => [t.start, t.end, t.text]);
 * // [ [ 0, 2, '👍' ], [ 3, 8, 'Посол' ], [ 9, 15, 'заявил' ], [ 15, 16, '.' ] ]
 * toCodePoints(doc).tokens.map((t) => [t.start, t.end, t.text]);
 * // [ [ 0, 1, '👍' ], [ 2, 7, 'Посол' ], [ 8, 14, 'заявил' ], [ 14, 15, '.' ] ]
 * // In Python: doc['text'][2:7] == 'Посол'
 * ```
 *
 * @group Model
 */
export function toCodePoints(document: RechDocument): CodePointDocument {
  expectDocument(document);
  // A document read from JSON written before the field existed has no `offsets`: its offsets are UTF-16.
  if (document.offsets !== undefined && document.offsets !== 'utf-16') {
    throw new RangeError(`rech: \`document.offsets\` must be 'utf-16' (as \`analyze\` gives), got ${describe(document.offsets)}`);
  }
  const { text } = document;
  const points = codePointOffsets(text);
  const path: Array<string | number> = ['document'];
  const where = (): string => path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
  const point = (offset: number): number => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
      throw new RangeError(`rech: \`${where()}\` must be a whole number from 0 to the text's length ${text.length}, got ${offset}`);
    }
    return points[offset]!;
  };
  const convert = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      return value.map((item: unknown, i) => {
        path.push(i);
        const converted = convert(item);
        path.pop();
        return converted;
      });
    }
    const span = isSpan(value);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      copy[key] = span && (key === 'start' || key === 'end') ? point(item as number) : convert(item);
      path.pop();
    }
    return copy;
  };
  return { ...(convert(document) as RechDocument), offsets: 'code-points' };
}
