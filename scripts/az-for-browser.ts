/**
 * az in a browser bundle. az's one file is a UMD module that, under a CommonJS wrapper (which
 * every bundler gives it), calls `require('fs')` and reads its dictionary files from disk; a
 * bundler for the browser cannot resolve `fs`, and an empty stand-in would still be taken for
 * it. This esbuild plugin gives the bundle az without that line, so az loads its files over
 * HTTP, and with a loader on `fetch` that reports a failed request (az's own XMLHttpRequest
 * loader never calls back on an HTTP error or a network failure, so a wrong URL would leave
 * `loadDictionaries` pending for ever).
 *
 * Used for dist/az.browser.js (`buildAzForBrowser`, run by tsup.config.ts; the package's `browser` field maps `az` to it),
 * for the demo page (scripts/build-demo.ts) and by the tests that bundle src/ for a browser.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { build, type Plugin } from 'esbuild';

/** az's file, as `import 'az'` finds it. */
export const AZ_FILE = createRequire(import.meta.url).resolve('az');

/** The lines of az that take `fs` in Node.js (so that it reads its dictionary from disk). */
const NODE_ONLY = "if (typeof require != 'undefined' && typeof exports === 'object' && typeof module !== 'undefined') {\n    var fs = require('fs');";

/** Appended to az's file, where `module.exports` is the `Az` object that az's loaders call. */
const FETCH_LOADER = `
// rech (scripts/az-for-browser.ts): az's files over fetch, a failure reported with its URL.
module.exports.load = function (url, responseType, callback) {
  fetch(url)
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status + ' ' + response.statusText);
      return responseType === 'json' ? response.json() : response.arrayBuffer();
    })
    .then(function (data) { callback(null, data); })
    .catch(function (error) { callback(new Error(url + ': ' + ((error && error.message) || error))); });
};
`;

/** az's source, made for a browser. Throws when az's file no longer holds the line it replaces. */
export async function azSourceForBrowser(): Promise<string> {
  const source = await readFile(AZ_FILE, 'utf8');
  if (!source.includes(NODE_ONLY)) throw new Error(`${AZ_FILE} no longer takes fs as it did: update scripts/az-for-browser.ts`);
  return source.replace(NODE_ONLY, 'if (false) {\n    var fs;') + FETCH_LOADER;
}

/** The esbuild plugin: `import 'az'`, and az's file itself as an entry, give az made for a browser. */
export const azForBrowser: Plugin = {
  name: 'az-for-browser',
  setup(build) {
    build.onResolve({ filter: /^az$/ }, () => ({ path: AZ_FILE }));
    build.onLoad({ filter: /[\\/]az[\\/]dist[\\/]az\.js$/ }, async () => ({
      contents: await azSourceForBrowser(),
      loader: 'js',
      resolveDir: dirname(AZ_FILE),
    }));
  },
};

/** Writes az made for a browser to `outfile`, as an ES module whose default export is `Az`. */
export async function buildAzForBrowser(outfile: string): Promise<void> {
  await build({ entryPoints: [AZ_FILE], outfile, bundle: true, format: 'esm', platform: 'browser', target: 'es2020', plugins: [azForBrowser], logLevel: 'warning' });
}
