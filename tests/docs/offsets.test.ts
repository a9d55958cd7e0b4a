/**
 * Every example that shows offsets tells the truth about them: for each object literal with `start`,
 * `end` and `text` in an `@example` of the sources or a code block of the README and the guides,
 * `text.length === end - start` (UTF-16, as every offset), and where the example names its source
 * text (the string given to `tokenize`, `sentenize`, `explainTokens` or `analyze`, or `const text = …`),
 * `source.slice(start, end) === text` for one of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

/** A JavaScript string literal's value ('…' or "…", with the escapes examples use). */
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };
const unquote = (literal: string): string =>
  literal.slice(1, -1).replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)/g, (_, escape: string) =>
    escape.startsWith('u') && escape.length > 1 ? String.fromCodePoint(parseInt(escape.replace(/[u{}]/g, ''), 16)) : (ESCAPES[escape] ?? escape),
  );
const STRING = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;

/** The example blocks: the code of every `@example` in src/, and every fenced code block of the README and docs/. */
function examples(): Array<{ where: string; code: string }> {
  const found: Array<{ where: string; code: string }> = [];
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
  for (const file of sources(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
      const lines = comment.split('\n').map((line) => line.replace(/^\s*\*( |$)/, ''));
      for (const [, code] of lines.join('\n').matchAll(/@example\s*```\w*\n([\s\S]*?)```/g)) found.push({ where: relative(ROOT, file), code: code! });
    }
  }
  for (const file of ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join('docs', name))]) {
    for (const [, code] of readFileSync(join(ROOT, file), 'utf8').matchAll(/```\w*\n([\s\S]*?)```/g)) found.push({ where: file, code: code! });
  }
  return found;
}

/** The source texts an example names: the first argument of the segmenters and analyze (concatenations joined), and `const text = …`. */
function namedSources(code: string): string[] {
  const joined = String.raw`((?:${STRING})(?:\s*\+\s*(?:${STRING}))*)`;
  const pattern = new RegExp(String.raw`(?:\b(?:tokenize|sentenize|explainTokens|analyze)\(\s*|\bconst text = )${joined}`, 'g');
  return [...code.matchAll(pattern)].map((match) => (match[1]!.match(new RegExp(STRING, 'g')) ?? []).map(unquote).join(''));
}

/** The `{ start, end, text }` object literals of an example. */
function spans(code: string): Array<{ start: number; end: number; text: string }> {
  const pattern = new RegExp(String.raw`\{\s*start:\s*(\d+),\s*end:\s*(\d+),\s*text:\s*(${STRING})`, 'g');
  return [...code.matchAll(pattern)].map((match) => ({ start: Number(match[1]), end: Number(match[2]), text: unquote(match[3]!) }));
}

describe('the offsets in the examples', () => {
  const all = examples();
  const shown = all.flatMap(({ where, code }) => spans(code).map((span) => ({ where, span, sources: namedSources(code) })));

  it('finds the examples that show offsets, in the sources and the guides', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(shown.length).toBeGreaterThan(15);
    expect(shown.filter((example) => example.sources.length > 0).length).toBeGreaterThan(8);
    expect(new Set(shown.map((example) => example.where)).size).toBeGreaterThanOrEqual(3);
  });

  it('gives every span as many UTF-16 units of text as its end minus its start', () => {
    const wrong = shown.filter(({ span }) => span.text.length !== span.end - span.start);
    expect(wrong.map(({ where, span }) => `${where}: ${JSON.stringify(span)} (${span.text.length} units)`)).toEqual([]);
  });

  it('gives every span the text its offsets cut from the source the example names', () => {
    const wrong = shown.filter(({ span, sources }) => sources.length > 0 && !sources.some((source) => source.slice(span.start, span.end) === span.text));
    expect(wrong.map(({ where, span, sources }) => `${where}: ${JSON.stringify(span)} is not in ${JSON.stringify(sources)}`)).toEqual([]);
  });
});
