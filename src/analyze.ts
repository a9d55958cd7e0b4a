import type { RechDocument } from './model.js';
import { describe, expectString } from './errors.js';
import { identifyLanguages } from './language/identify.js';
import { paragraphBounds } from './segment/paragraphs.js';
import { sentenceBounds } from './segment/sentenize.js';
import { tokenize } from './segment/tokenize.js';

/**
 * Options for {@link analyze}. None are required.
 *
 * @example
 * ```ts
 * import { analyze } from 'rech';
 * await analyze('Текст новости.', { language: 'rus' });
 * ```
 */
export interface AnalyzeOptions {
  /**
   * The language of the document when you know it (ISO 639-3, such as `rus`).
   * Paragraphs are still identified one by one, with this as the strong prior.
   */
  language?: string;
}

/**
 * Analyses a text: paragraphs with their languages, sentences and tokens;
 * later layers (entities, quotes) are added to the same document.
 *
 * @param text - The text to analyse, exactly as it is; it is never altered.
 * @param options - See {@link AnalyzeOptions}.
 * @returns The document. All offsets are UTF-16 offsets into `text`.
 * @throws TypeError when `text` is not a string or `options` is not an object of known options.
 *
 * @example
 * ```ts
 * import { analyze } from 'rech';
 * const doc = await analyze('Посол напомнил, что Казахстан не признавал отделения.\n\nЛента новостей');
 * doc.paragraphs.map((p) => [p.text, p.language]);
 * // [ [ 'Посол напомнил, что Казахстан не признавал отделения.', 'rus' ], [ 'Лента новостей', 'rus' ] ]
 * doc.tokens.length; // 11
 * ```
 */
export async function analyze(text: string, options: AnalyzeOptions = {}): Promise<RechDocument> {
  expectString(text, 'text');
  checkOptions(options);
  const paragraphs = paragraphBounds(text);
  const languages = await identifyLanguages(
    paragraphs.map(({ start, end }) => text.slice(start, end)),
    options.language,
  );
  const tokens = tokenize(text);
  const sentences = sentenceBounds(tokens, paragraphs);
  return {
    text,
    language: languages.document,
    paragraphs: paragraphs.map(({ start, end }, i) => ({ start, end, text: text.slice(start, end), language: languages.paragraphs[i]! })),
    sentences: sentences.map(({ start, end }) => ({ start, end, text: text.slice(start, end) })),
    tokens,
    entities: [],
    quotes: [],
  };
}

export const OPTION_NAMES = new Set(['language']);

export function checkOptions(options: unknown): asserts options is AnalyzeOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`rech: \`options\` must be an object, got ${describe(options)}`);
  }
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) throw new TypeError(`rech: unknown option \`${name}\`; known options: ${[...OPTION_NAMES].join(', ')}`);
  }
  const { language } = options as AnalyzeOptions;
  if (language !== undefined && (typeof language !== 'string' || !/^[a-z]{3}$/.test(language))) {
    throw new TypeError(`rech: \`options.language\` must be an ISO 639-3 code such as 'rus', got ${describe(language)}`);
  }
}
