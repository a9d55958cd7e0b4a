import { newDocument, publicDocument, type Stage } from './document.js';
import type { RechDocument } from './model.js';
import { describe, expectString } from './errors.js';
import { addParagraphs } from './segment/paragraphs.js';
import { addLanguages } from './language/identify.js';
import { addTokens } from './segment/tokenize.js';
import { addSentences } from './segment/sentenize.js';
import { addWords } from './words/layer.js';
import { addEntities } from './entities/extract.js';
import { addRoles } from './roles/extract.js';
import { addQuotes } from './quotes/extract.js';
import { refuseTooLong } from './heap.js';

export { HEAP_MARGIN, maxDocumentLength, PEAK_BYTES_PER_CHARACTER, useHeapStatistics } from './heap.js';

/**
 * The stages of the analysis, in order: each reads the layers before it and adds its own.
 * Exported for the benchmark, which times each (not part of the public API).
 */
export const STAGES: readonly Stage[] = [
  addParagraphs, //  paragraphs: the lines of the text, trimmed
  addLanguages, //   each paragraph's language, and the document's
  addTokens, //      tokens of the whole text
  addSentences, //   sentences within paragraphs, with their tokens
  addWords, //       readings of every word: Russian by OpenCorpora (az), English by compromise
  addEntities, //    people, places and organisations, their mentions linked
  addRoles, //       the posts people hold: title, person, and the place or organisation
  addQuotes, //      direct and reported speech, with cues and resolved speakers
];

/**
 * Options for {@link analyze}. None are required.
 *
 * @example
 * ```ts
 * import { analyze } from 'rech';
 * await analyze('Текст новости.', { language: 'rus' });
 * ```
 *
 * @group Analysis
 */
export interface AnalyzeOptions {
  /**
   * The language of the document when you know it (ISO 639-3, such as `rus`).
   * Paragraphs are still identified one by one, with this as the strong prior.
   */
  language?: string;
}

/**
 * Analyses a text: paragraphs with their languages, sentences and tokens,
 * lemmas and tags, named entities and quotes. Russian paragraphs go through
 * the Russian rules, English ones through compromise, and paragraphs in other
 * languages get tokens and sentences only; all in one document.
 *
 * @param text - The text to analyse, exactly as it is; it is never altered.
 * @param options - See {@link AnalyzeOptions}.
 * @returns The document. All offsets are UTF-16 offsets into `text`.
 * @throws TypeError when `text` is not a string or `options` is not an object of known options.
 * @throws RangeError, before any work, when `text` is longer than the heap can take (V8 would
 *   otherwise end the process with an error no one can catch). Analysis needs up to about 100
 *   bytes per character at its peak, so a text may have at most the free heap
 *   (`v8.getHeapStatistics()`: `heap_size_limit` less `used_heap_size`) divided by 150 characters:
 *   about 28 million where the heap limit is 4 GB (Node's default with 16 GB of memory or more).
 *   Split a longer text (at paragraphs, say) and analyse the parts, with `analyzeMany` for many of them, or give Node a larger heap
 *   (`--max-old-space-size`).
 * @throws RangeError during analysis when the heap fills past 85 % of its limit: a text of many distinct
 *   words the dictionary lacks keeps their guessed readings and takes several times the memory of news.
 *
 * @example
 * ```ts
 * import { analyze } from 'rech';
 * const doc = await analyze('Посол напомнил, что Казахстан не признавал отделения.\n\nЛента новостей');
 * doc.paragraphs.map((p) => [p.text, p.language]);
 * // [ [ 'Посол напомнил, что Казахстан не признавал отделения.', 'rus' ], [ 'Лента новостей', 'rus' ] ]
 * doc.tokens.length; // 11
 * ```
 *
 * @group Analysis
 */
export async function analyze(text: string, options: AnalyzeOptions = {}): Promise<RechDocument> {
  expectString(text, 'text');
  checkOptions(options);
  refuseTooLong(text);
  const document = newDocument(text, options.language);
  for (const stage of STAGES) await stage(document);
  return publicDocument(document);
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
