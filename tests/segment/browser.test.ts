/**
 * `rech/segment` (src/segment/index.ts) bundles for a browser: no dictionary, no Node built-in,
 * small, and the bundle works. scripts/check-package.sh checks the same of the packed package.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { explainTokens, sentenize, tokenize } from '../../src/segment/index.js';

/** The budget for `rech/segment`, minified. */
const LIMIT = 50_000;

describe('rech/segment bundles for a browser', () => {
  it(`to under ${LIMIT / 1000} KB minified, with no Node built-in, and gives what the main entry gives`, async () => {
    const result = await build({
      stdin: {
        contents: "export { tokenize, sentenize, explainTokens } from './src/segment/index.ts';",
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.startsWith('node:') || input.includes('node_modules'))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code.length).toBeLessThan(LIMIT);
    // Nothing that only Node has: a bundler would have to polyfill it.
    expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|__dirname/);
    const bundled = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as typeof import('../../src/segment/index.js');
    const text = 'В 2010 г. в г. Москве побывал А. С. Пушкин. «Зачем?» — спросил он. что-то в 08:50';
    expect(bundled.tokenize(text)).toEqual(tokenize(text));
    expect(bundled.sentenize(text)).toEqual(sentenize(text));
    expect(bundled.explainTokens(text)).toEqual(explainTokens(text));
  });
});
