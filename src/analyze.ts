import type { Paragraph, RechDocument, Token } from './model.js';
import { describe, expectString } from './errors.js';
import { identifyLanguages } from './language/identify.js';
import { paragraphBounds } from './segment/paragraphs.js';
import { sentenceBounds } from './segment/sentenize.js';
import { tokenize } from './segment/tokenize.js';
import { extractEntities } from './entities/extract.js';
import { extractQuotes } from './quotes/extract.js';
import { analyses, loadMorphology } from './morphology/morphology.js';
import { loadCompromise } from './english/load.js';
import { tagEnglish } from './english/tag.js';
import { englishMentions } from './english/entities.js';
import { englishQuotes } from './english/quotes.js';
import { within } from './spans.js';

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
 * Analyses a text: paragraphs with their languages, sentences and tokens,
 * lemmas and tags, named entities and quotes. Russian paragraphs go through
 * the Russian rules, English ones through compromise, and paragraphs in other
 * languages get tokens and sentences only; all in one document.
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
  const sentences = sentenceBounds(tokens, paragraphs).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
  const documentParagraphs = paragraphs.map(({ start, end }, i) => ({ start, end, text: text.slice(start, end), language: languages.paragraphs[i]! }));
  // English paragraphs are read by compromise, loaded only for a document that has one.
  const english = documentParagraphs.some((p) => p.language === 'eng') ? tagEnglish(await loadCompromise(), text, tokens, sentences, documentParagraphs) : null;
  await loadMorphology();
  addLemmas(tokens, documentParagraphs);
  const { entities } = extractEntities(text, tokens, sentences, documentParagraphs, english ? englishMentions(english) : []);
  const quotes = extractQuotes(text, tokens, sentences, documentParagraphs, entities);
  if (english) {
    for (const quote of englishQuotes(english, entities)) quotes.push(quote); // no spread: a long text has more quotes than a call takes arguments
    quotes.sort((a, b) => a.content[0]!.start - b.content[0]!.start);
  }
  return {
    text,
    language: languages.document,
    paragraphs: documentParagraphs,
    sentences,
    tokens,
    entities,
    quotes,
  };
}

/** Gives the words of Russian paragraphs the lemma and grammemes of their most probable reading. */
function addLemmas(tokens: Token[], paragraphs: readonly Paragraph[]): void {
  for (const paragraph of paragraphs) {
    if (paragraph.language !== 'rus') continue;
    for (const token of within(tokens, paragraph)) {
      if (token.kind !== 'word') continue;
      const reading = analyses(token.text)[0];
      if (!reading) continue;
      token.lemma = reading.lemma;
      token.tags = reading.tags;
    }
  }
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
