/**
 * compromise, the English tagger, loaded on first need: only a document with
 * an English paragraph pays for it (≈ 0.2–0.5 s to load), and a Russian-only
 * analysis never imports it. A dynamic `import()` works from the CommonJS
 * build as well, where it resolves to compromise's own CommonJS build.
 */
import type nlpFunction from 'compromise';

/** compromise's `nlp` function (the full `three` build, with `.people()`, `.places()`, `.organizations()`). */
export type Nlp = typeof nlpFunction;

let loading: Promise<Nlp> | undefined;

/** compromise's `nlp`, imported once and shared by every later call. */
export function loadCompromise(): Promise<Nlp> {
  loading ??= import('compromise').then((module) => {
    const namespace = module as unknown as { default: Nlp | { default: Nlp } };
    // The CommonJS build wraps the function once more.
    return typeof namespace.default === 'function' ? namespace.default : namespace.default.default;
  });
  return loading;
}
