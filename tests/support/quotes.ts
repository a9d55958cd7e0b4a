/** The quotes of a text as the held-out quote probes read them (tests/quotes/held-out*.test.ts). */
import { analyze, type Quote } from '../../src/index.js';

const content = (q: Quote): string => q.content.map((c) => c.text).join(' | ');
const speaker = (q: Quote): string => `speaker=${q.speaker?.text ?? '—'} → ${q.speaker?.name ?? '—'}`;

/** Each quote as `kind «piece | piece» speaker=… → name`, in text order. */
export async function quotes(text: string): Promise<string[]> {
  return (await analyze(text)).quotes.map((q) => `${q.kind} «${content(q)}» ${speaker(q)}`);
}

/** Each quote as `kind «piece | piece» cue=… speaker=… → name`, in text order. */
export async function quotesWithCues(text: string): Promise<string[]> {
  return (await analyze(text)).quotes.map((q) => `${q.kind} «${content(q)}» cue=${q.cue?.text ?? '—'} ${speaker(q)}`);
}

/** Each quote as {@link quotesWithCues} gives it, with where its content pieces stand (for the article probe). */
export async function quotesWithPieces(text: string): Promise<Array<{ line: string; pieces: Array<[number, number]> }>> {
  return (await analyze(text)).quotes.map((q) => ({
    line: `${q.kind} «${content(q)}» cue=${q.cue?.text ?? '—'} ${speaker(q)}`,
    pieces: q.content.map((c) => [c.start, c.end] as [number, number]),
  }));
}
