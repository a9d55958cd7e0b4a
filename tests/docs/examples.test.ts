/**
 * The API reference reads as a manual: every export of the package carries a
 * doc comment with an example (typedoc itself only checks that a comment exists).
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** Each export of the entry point, by name, with the `@example` blocks of its declarations. */
function exportsWithExamples(): Map<string, number> {
  const program = ts.createProgram([ENTRY], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(ENTRY)!)!;
  const found = new Map<string, number>();
  for (const exported of checker.getExportsOfModule(entry)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const examples = (symbol.declarations ?? []).flatMap((declaration) => ts.getJSDocTags(declaration)).filter((tag) => tag.tagName.text === 'example');
    found.set(exported.name, examples.length);
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

  it('gives every export an @example', () => {
    const without = [...exports].filter(([, examples]) => examples === 0).map(([name]) => name);
    expect(without).toEqual([]);
  });
});
