/**
 * compromise, the English tagger, loaded on first need: only a document with
 * an English paragraph pays for it (≈ 0.2–0.4 s to load), and a Russian-only
 * analysis never loads it. In Node it is required (its one-file CommonJS
 * build); elsewhere imported.
 */
import type nlpFunction from 'compromise';

/** compromise's `nlp` function (the full `three` build, with `.people()`, `.places()`, `.organizations()`). */
export type Nlp = typeof nlpFunction;

let loading: Promise<Nlp> | undefined;

type ModuleBuiltin = { createRequire(from: string): (name: string) => unknown };

/**
 * compromise required through Node's `require` from here, as the one file of
 * its CommonJS build (builds/three/compromise-three.cjs: the same version,
 * built from the same sources) instead of the hundreds of modules of its ESM
 * sources that the package's `exports` give to `import()`: ≈ 0.22 s to load
 * instead of ≈ 0.33 s. Undefined where that cannot be done (a browser, a
 * bundle without `import.meta.url` or without compromise beside it), and the
 * caller imports it instead.
 */
function requireCompromise(): unknown {
  const here = import.meta.url as string | undefined;
  const process = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }).process;
  const module = process?.getBuiltinModule?.('node:module') as ModuleBuiltin | undefined;
  if (typeof here !== 'string' || !module) return undefined;
  try {
    return module.createRequire(here)('compromise');
  } catch {
    return undefined;
  }
}

/** compromise's `nlp`, loaded once and shared by every later call. */
export function loadCompromise(): Promise<Nlp> {
  loading ??= new Promise<unknown>((resolve) => resolve(requireCompromise() ?? import('compromise'))).then(unwrap);
  return loading;
}

/** The `nlp` function from what the import gave (the CommonJS build wraps it once more when imported). */
function unwrap(module: unknown): Nlp {
  if (typeof module === 'function') return module as Nlp;
  const namespace = module as { default: Nlp | { default: Nlp } };
  return typeof namespace.default === 'function' ? namespace.default : namespace.default.default;
}
