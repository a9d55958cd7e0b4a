/**
 * compromise, the English tagger, loaded on first need: only a document with
 * an English paragraph pays for it (≈ 0.2–0.4 s to load), and a Russian-only
 * analysis never loads it. In Node it is required (its one-file CommonJS
 * build); elsewhere imported.
 */
import type nlpFunction from 'compromise';
import { nodeRequire } from '../node-require.js';

/** compromise's `nlp` function (the full `three` build, with `.people()`, `.places()`, `.organizations()`). */
export type Nlp = typeof nlpFunction;

let loading: Promise<Nlp> | undefined;

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
  try {
    return nodeRequire()?.('compromise');
  } catch {
    return undefined;
  }
}

/** compromise's `nlp`, loaded once and shared by every later call. */
export function loadCompromise(): Promise<Nlp> {
  loading ??= new Promise<unknown>((resolve) => resolve(requireCompromise() ?? import('compromise')))
    .then(unwrap)
    .then(withBatchHooks);
  return loading;
}

/** The parts of compromise's sweep (the matcher behind its tagger) that {@link withBatchHooks} reads. */
interface Sweep {
  readonly methods: {
    readonly one: {
      bulkMatch?: (docs: unknown, net: Net, methods: Sweep['methods'], options: unknown) => unknown;
      readonly cacheDoc?: (docs: unknown) => Iterable<Iterable<string>>;
    };
  };
}

/** A compiled list of match patterns: `hooks` lists, by a word or `#Tag`, the patterns that need it. */
interface Net {
  readonly hooks?: Record<string, unknown>;
}

/**
 * compromise with its sweep handed only the hooks that occur in the batch of sentences it matches.
 * compromise looks up every key its 570 tagging patterns hook on (about 700 words and tags) in each
 * comma-separated chunk of each sentence, which on short English sentences is about a fifth of its
 * time; a key that no chunk of the batch holds can match in none, so leaving it out changes nothing
 * it returns. When compromise is not built as this expects, it is left as it is.
 */
function withBatchHooks(nlp: Nlp): Nlp {
  const { methods } = nlp.world() as unknown as Sweep;
  const { bulkMatch, cacheDoc } = methods.one;
  if (typeof bulkMatch !== 'function' || typeof cacheDoc !== 'function') return nlp;
  methods.one.bulkMatch = function (docs, net, ...rest) {
    if (net === null || typeof net !== 'object' || net.hooks === null || typeof net.hooks !== 'object') return bulkMatch.call(this, docs, net, ...rest);
    const present = new Set<string>();
    for (const chunk of cacheDoc(docs)) for (const key of chunk) present.add(key);
    const hooks: Record<string, unknown> = {};
    // In the net's own key order, which decides the order the patterns run in.
    for (const key of Object.keys(net.hooks)) if (present.has(key)) hooks[key] = net.hooks[key];
    return bulkMatch.call(this, docs, { ...net, hooks }, ...rest);
  };
  return nlp;
}

/** The `nlp` function from what the import gave (the CommonJS build wraps it once more when imported). */
function unwrap(module: unknown): Nlp {
  if (typeof module === 'function') return module as Nlp;
  const namespace = module as { default: Nlp | { default: Nlp } };
  return typeof namespace.default === 'function' ? namespace.default : namespace.default.default;
}
