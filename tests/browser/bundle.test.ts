/**
 * `analyze` for a browser (src/browser.ts): the entry bundles with esbuild for the browser platform
 * (no Node.js built-in on its path, az taking its files with fetch), exports what the main entry
 * does but analyzeMany, and the bundle, run here with the dictionaries served over HTTP, gives the
 * documents Node.js gives. The demo page in Chromium is tests/browser/demo.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as main from '../../src/index.js';
import { analyze } from '../../src/index.js';
import { AZ_FILE, azForBrowser } from '../../scripts/az-for-browser.js';
import { serveFolder } from '../../scripts/static-server.js';

const ROOT = join(import.meta.dirname, '../..');
const SEED = readFileSync(join(ROOT, 'fixtures/000_4a3131ec37a1ee70.txt'), 'utf8');

type Browser = typeof import('../../src/browser.js');

/** src/browser.ts bundled for a browser, in one file (the lazy imports inlined), and esbuild's list of its inputs. */
async function bundleForBrowser(): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/browser.ts')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    plugins: [azForBrowser],
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

/** A fresh instance of the bundle (its own az, not yet loaded): each `tag` imports the code anew. */
const load = (code: string, tag: string): Promise<Browser> =>
  import(`data:text/javascript;base64,${Buffer.from(`${code}\n// ${tag}`).toString('base64')}`) as Promise<Browser>;

let bundle: { code: string; inputs: string[] };
let server: Server;
let url: string;

beforeAll(async () => {
  bundle = await bundleForBrowser();
  // az's folder: dicts/ holds the dictionary files.
  ({ server, url } = await serveFolder(join(dirname(AZ_FILE), '..')));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('rech for a browser (src/browser.ts)', () => {
  it('bundles for the browser platform with no Node.js built-in and az without fs', () => {
    expect(bundle.inputs.filter((input) => input.startsWith('node:') || /^(fs|path|url|os|worker_threads)$/.test(input))).toEqual([]);
    expect(bundle.code).not.toMatch(/require\(["']fs["']\)|worker_threads|availableParallelism/);
    // franc and compromise are bundled but imported lazily.
    expect(bundle.inputs.some((input) => input.includes('node_modules/compromise/'))).toBe(true);
  });

  it('exports what the main entry exports, but analyzeMany', async () => {
    const browser = await import('../../src/browser.js');
    expect(Object.keys(browser).sort()).toEqual(Object.keys(main).filter((name) => name !== 'analyzeMany').sort());
  });

  it('loads the dictionaries from a URL and analyses a seed article as Node.js does', async () => {
    const rech = await load(bundle.code, 'seed');
    await rech.loadDictionaries(`${url}dicts/`);
    const document = await rech.analyze(SEED);
    expect(document.entities.find((entity) => entity.type === 'PER' && entity.name === 'Рашад Мамедов')).toBeDefined();
    expect(JSON.parse(JSON.stringify(document))).toEqual(JSON.parse(JSON.stringify(await analyze(SEED))));
  });

  it('analyses an English paragraph, with compromise imported on need', async () => {
    const rech = await load(bundle.code, 'english');
    await rech.loadDictionaries(new URL('dicts', url));
    const text = '"We will not give up," Ukrainian President Volodymyr Zelensky said.';
    const document = await rech.analyze(text);
    expect(document.quotes[0]?.speaker?.name).toBe('Volodymyr Zelensky');
    expect(JSON.parse(JSON.stringify(document))).toEqual(JSON.parse(JSON.stringify(await analyze(text))));
  });

  it('rejects a folder without the dictionaries, naming the file it could not fetch, and then takes the right one', async () => {
    const rech = await load(bundle.code, 'missing');
    await expect(rech.loadDictionaries(`${url}nowhere`)).rejects.toThrow(`rech: could not load the az dictionary: ${url}nowhere/`);
    await expect(rech.loadDictionaries(`${url}nowhere`)).rejects.toThrow(/HTTP 404 Not Found/);
    await rech.loadDictionaries(`${url}dicts`);
    expect((await rech.analyze('Посол Рашад Мамедов заявил.')).entities.map((entity) => entity.name)).toEqual(['Рашад Мамедов']);
    // Once loaded, another folder is refused; the same one is fine.
    await expect(rech.loadDictionaries(`${url}other`)).rejects.toThrow(/already loaded/);
    await rech.loadDictionaries(`${url}dicts/`);
  });

  it('says what was wrong with the argument', async () => {
    const rech = await load(bundle.code, 'arguments');
    expect(() => rech.loadDictionaries(42 as unknown as string)).toThrow(new TypeError('rech: `url` must be a string or a URL (the folder of the dictionary files), got number 42'));
    expect(() => rech.loadDictionaries(undefined as unknown as string)).toThrow(TypeError);
    expect(() => rech.loadDictionaries('')).toThrow(RangeError);
    expect(() => rech.loadDictionaries('')).toThrow(/`url`/);
  });
});
