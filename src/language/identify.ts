/**
 * Language identification of paragraphs (placeholder until the franc-based
 * identifier lands): every paragraph is taken to be Russian.
 */
import type { LanguageCode } from '../model.js';

export interface DocumentLanguages {
  document: LanguageCode;
  paragraphs: LanguageCode[];
}

export function identifyLanguages(paragraphs: readonly string[], _hint?: LanguageCode): DocumentLanguages {
  return { document: paragraphs.length ? 'rus' : 'und', paragraphs: paragraphs.map(() => 'rus') };
}
