/**
 * Renders a text file's analysis as HTML and screenshots the page in headless Chromium,
 * to check what `renderHtml` looks like:
 *
 *   npm run screenshot -- FILE.txt OUT.png [--width 1280] [--height 1800]
 *
 * The page is written beside the picture (OUT.html). Chromium is `chromium` on the PATH
 * (Debian: `apt-get install -y chromium`), or the `CHROMIUM` environment variable.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze, renderHtml } from '../src/index.js';
import { headlessFlags } from './chromium.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { width: { type: 'string', default: '1280' }, height: { type: 'string', default: '1800' } },
});
if (positionals.length !== 2) {
  console.error('usage: npm run screenshot -- FILE.txt OUT.png [--width 1280] [--height 1800]');
  process.exit(2);
}
const [input, output] = positionals.map((path) => resolve(path)) as [string, string];
const page = output.replace(/\.png$/i, '') + '.html';
writeFileSync(page, renderHtml(await analyze(readFileSync(input, 'utf8'))));

const profile = mkdtempSync(join(tmpdir(), 'rech-chromium-'));
const chromium = process.env.CHROMIUM ?? 'chromium';
const result = spawnSync(
  chromium,
  [
    ...headlessFlags(profile),
    `--window-size=${values.width},${values.height}`,
    `--screenshot=${output}`,
    pathToFileURL(page).href,
  ],
  { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
);
rmSync(profile, { recursive: true, force: true });
if (result.error || result.status !== 0) {
  console.error(`${chromium} failed: ${result.error?.message ?? result.stderr}`);
  process.exit(1);
}
console.log(`${page}\n${output}`);
