/**
 * The peer tokenizer measured in this process on the same texts in the same
 * run: az's, loaded through `require` as it ships no types for this entry
 * point. (razdel, the Python peer, runs in a child process: scripts/bench/razdel-run.py.)
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface AzModule {
  Tokens(text: string): { done(): unknown[] };
}

export interface Peer {
  name: string;
  /** What exactly is called, for the table. */
  call: string;
  tokenize(text: string): number;
}

export function loadPeers(): Peer[] {
  const Az = require('az') as AzModule;
  return [{ name: 'az', call: 'Az.Tokens(text).done()', tokenize: (text) => Az.Tokens(text).done().length }];
}
