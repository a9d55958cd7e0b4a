/**
 * Peer tokenizers measured on the same texts in the same run. Both are loaded
 * through `require` because neither ships usable types for these entry points.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface AzModule {
  Tokens(text: string): { done(): unknown[] };
}

interface NaturalTokenizer {
  tokenize(text: string): string[];
}

export interface Peer {
  name: string;
  /** What exactly is called, for the table. */
  call: string;
  tokenize(text: string): number;
}

export function loadPeers(): Peer[] {
  const Az = require('az') as AzModule;
  // The tokenizer module alone: `require('natural')` loads the whole toolkit
  // (≈0.7 s and ≈110 MB of RSS), which would distort the RSS figure.
  const AggressiveTokenizerRu = require('natural/lib/natural/tokenizers/aggressive_tokenizer_ru.js') as new () => NaturalTokenizer;
  const natural = new AggressiveTokenizerRu();
  return [
    { name: 'az', call: 'Az.Tokens(text).done()', tokenize: (text) => Az.Tokens(text).done().length },
    { name: 'natural', call: 'AggressiveTokenizerRu#tokenize', tokenize: (text) => natural.tokenize(text).length },
  ];
}
