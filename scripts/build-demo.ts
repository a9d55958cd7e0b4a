/**
 * Builds the demo page (demo/) into a folder, demo/dist/ by default, ready to be served as it is:
 *
 *   npm run demo                  # build demo/dist/
 *   npm run demo -- --serve       # build, then serve it on http://127.0.0.1:8080/
 *   npm run demo -- --out DIR     # build into DIR
 *
 * The folder holds index.html, main.js with the chunks it imports on need (compromise, franc) and
 * a copy of az's dictionary files in dicts/, which the page loads by URL (`loadDictionaries('dicts')`).
 * Served over HTTP: a browser fetches neither modules nor files from a file:// page.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { AZ_FILE, azForBrowser } from './az-for-browser.js';
import { serveFolder } from './static-server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEMO_OUT = join(ROOT, 'demo/dist');
const DICTIONARIES = join(dirname(AZ_FILE), '../dicts');

/** Builds the demo into `outdir` (emptied first); returns esbuild's account of the scripts. */
export async function buildDemo(outdir: string = DEMO_OUT): Promise<Metafile> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const { metafile } = await build({
    entryPoints: [join(ROOT, 'demo/main.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [azForBrowser],
    metafile: true,
    logLevel: 'warning',
  });
  copyFileSync(join(ROOT, 'demo/index.html'), join(outdir, 'index.html'));
  // meta.json is az's build record; az loads the other ten files.
  cpSync(DICTIONARIES, join(outdir, 'dicts'), { recursive: true, filter: (file) => !file.endsWith('meta.json') });
  return metafile;
}

/** The files of a folder with their sizes in bytes, by path relative to it. */
export function folderSizes(folder: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = join(entry.parentPath, entry.name);
      sizes.set(relative(folder, file), statSync(file).size);
    }
  }
  return sizes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, serve: { type: 'boolean', default: false }, port: { type: 'string', default: '8080' } } });
  const outdir = resolve(values.out ?? DEMO_OUT);
  await buildDemo(outdir);
  const sizes = [...folderSizes(outdir)];
  const total = (filter: (name: string) => boolean): string => `${(sizes.filter(([name]) => filter(name)).reduce((sum, [, size]) => sum + size, 0) / 1024).toFixed(0)} KB`;
  console.log(`demo built in ${relative(process.cwd(), outdir) || '.'}/`);
  for (const [name, size] of sizes.filter(([name]) => name.endsWith('.js'))) console.log(`  ${name.padEnd(32)} ${(size / 1024).toFixed(0).padStart(6)} KB`);
  console.log(`  scripts: ${total((name) => name.endsWith('.js'))} minified; dictionaries (dicts/): ${total((name) => name.startsWith('dicts'))}`);
  if (values.serve) {
    const { url } = await serveFolder(outdir, Number(values.port));
    console.log(`serving on ${url} (Ctrl-C to stop); try ${url}?text=${encodeURIComponent('Посол Рашад Мамедов заявил: «Мы не хотели войны».')}`);
  } else {
    console.log(`serve it over HTTP, for instance: npm run demo -- --serve`);
  }
}
