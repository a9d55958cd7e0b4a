import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';
import { buildAzForBrowser } from './scripts/az-for-browser.js';

/** Keys of the data files that explain them to their readers (`$comment`, `$familiarComment`): no code reads them. */
const COMMENT_KEY = /^\$\w*[cC]omment$/;

const withoutComments = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !COMMENT_KEY.test(key)).map(([key, item]) => [key, withoutComments(item)]));
};

/**
 * The data files as the code reads them, without their comments (written for whoever edits the data: bundled in both
 * builds they would take ≈ 84 KB of the package), and as one compact JSON text each, parsed when the module loads: as
 * object literals, printed one value a line, the data took twice the room, and V8 parses JSON faster than JavaScript.
 * The code imports each data file's default export only.
 */
const DATA_WITHOUT_COMMENTS: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'data-without-comments',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]data[\\/].*\.json$/ }, async (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(withoutComments(JSON.parse(await readFile(args.path, 'utf8')))))});`,
      loader: 'js',
    }));
  },
};

// Every entry of a format is built in one pass with code splitting, so that they share
// chunks: the pipeline exists once per format in dist/, not once per entry. No source maps:
// they would double the installed size (the package with its dependencies stays under 20 MB),
// and dist/ keeps every name of the source (only whitespace is left out: see UTF8 below).
const LIBRARY = {
  index: 'src/index.ts',
  // `rech/segment`: tokenize and sentenize without the dictionary or Node built-ins.
  segment: 'src/segment/index.ts',
  // analyzeMany's worker thread, beside the chunks that start it: worker.js for ESM, worker.cjs for CJS.
  worker: 'src/batch/worker.ts',
};

/**
 * Non-ASCII characters printed as they are: esbuild escapes each by default (`\u0430`, six bytes for a Cyrillic letter
 * that UTF-8 writes in two), which tripled the size of the Russian word lists and rules in dist/. Whitespace is left out
 * (a sixth of each format's main chunk, ≈ 330 KB of the installed package), in lines of at most 200 characters, and every
 * name is kept, so that a stack trace still names the function and its line stays short enough to read.
 */
const UTF8: Options['esbuildOptions'] = (options) => {
  options.charset = 'utf8';
  options.minifyWhitespace = true;
  options.lineLimit = 200;
};

export default defineConfig([
  {
    // The `rech` command (its hashbang is src/cli.ts's own) shares the ESM chunks, and so does the
    // browser entry (the exports' `browser` condition): the main entry without analyzeMany, whose
    // chunk alone imports Node.js built-ins.
    entry: { ...LIBRARY, cli: 'src/cli.ts', browser: 'src/browser.ts' },
    format: ['esm'],
    splitting: true,
    esbuildPlugins: [DATA_WITHOUT_COMMENTS],
    esbuildOptions: UTF8,
    dts: { entry: { index: LIBRARY.index, segment: LIBRARY.segment, browser: 'src/browser.ts' } },
    clean: true,
    target: 'node20',
    // dist/az.browser.js, once the folder is cleaned and built: az for a browser bundler (the
    // package's `browser` field maps `az` to it), which loads its dictionary files with fetch.
    onSuccess: () => buildAzForBrowser('dist/az.browser.js'),
  },
  {
    entry: LIBRARY,
    format: ['cjs'],
    splitting: true,
    esbuildPlugins: [DATA_WITHOUT_COMMENTS],
    esbuildOptions: UTF8,
    dts: { entry: { index: LIBRARY.index, segment: LIBRARY.segment } },
    target: 'node20',
    // analyzeMany finds its worker beside its own file through import.meta.url, which CJS needs shimmed.
    shims: true,
    // Rollup, not esbuild, splits the CJS build: it keeps `import()` of the ESM-only franc and compromise as
    // `import()`, where esbuild's CJS splitting would turn it into `require()`.
    treeshake: true,
  },
]);
