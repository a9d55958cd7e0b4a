/**
 * The API reference reads as a manual: every export of the package carries a
 * doc comment with an example (typedoc itself only checks that a comment exists).
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** Each export of the entry point, by name, with the number of `@example` blocks of its declarations and its `@group`s. */
function exportsWithExamples(): Map<string, number> {
  return new Map([...exportedTags()].map(([name, tags]) => [name, tags.filter((tag) => tag.tagName.text === 'example').length]));
}

/** The typedoc groups of the API site, by task (typedoc.json's groupOrder). */
const GROUPS = ['Analysis', 'Segmentation', 'Batches', 'Rendering', 'Model'];

/** Each export of the entry point, by name, with the doc-comment tags of its declarations. */
function exportedTags(): Map<string, readonly ts.JSDocTag[]> {
  const program = ts.createProgram([ENTRY], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(ENTRY)!)!;
  const found = new Map<string, readonly ts.JSDocTag[]>();
  for (const exported of checker.getExportsOfModule(entry)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    found.set(exported.name, (symbol.declarations ?? []).flatMap((declaration) => ts.getJSDocTags(declaration)));
  }
  return found;
}

describe('the public API documentation', () => {
  const exports = exportsWithExamples();

  it('finds the exports of src/index.ts', () => {
    for (const name of ['analyze', 'tokenize', 'sentenize', 'render', 'renderHtml', 'RechDocument', 'Quote', 'FORMATS']) {
      expect(exports.has(name), name).toBe(true);
    }
  });

  it('puts every export in one of the groups by task the API site lists (@group)', () => {
    const groups = [...exportedTags()].map(([name, tags]) => [name, tags.filter((tag) => tag.tagName.text === 'group').map((tag) => String(tag.comment ?? '').trim())] as const);
    expect(groups.filter(([, found]) => found.length !== 1 || !GROUPS.includes(found[0]!)).map(([name, found]) => `${name}: ${found.join(', ') || 'no @group'}`)).toEqual([]);
    const typedoc = JSON.parse(readFileSync(fileURLToPath(new URL('../../typedoc.json', import.meta.url)), 'utf8')) as { groupOrder: string[] };
    expect(typedoc.groupOrder.slice(0, GROUPS.length)).toEqual(GROUPS);
  });

  it('gives every export an @example', () => {
    const without = [...exports].filter(([, examples]) => examples === 0).map(([name]) => name);
    expect(without).toEqual([]);
  });
});
