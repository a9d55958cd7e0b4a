/**
 * analyzeMany in an application bundled by esbuild: the worker is bundled as a second entry
 * point beside the application, found there by default (ESM, `new URL('./worker.js',
 * import.meta.url)`) or through `options.worker` (CommonJS, where a bundle has no
 * import.meta.url), and two workers analyse the texts as analyze does.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, type Format } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const ROOT = join(import.meta.dirname, '../..');
// Inside the repository, so that the bundle finds `az` (left external: it reads its dictionary from its own folder).
mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
const WORK = mkdtempSync(join(ROOT, 'node_modules/.cache/rech-bundle-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const TEXTS = ['Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».', 'Есть жертвы.', '"We will not give up," Zelensky said.'];

/** Bundles `app` (the application's source) and rech's worker (unless told not to) into a folder of their own; returns the folder. */
async function bundle(name: string, format: Format, app: string, worker = true): Promise<string> {
  const dir = join(WORK, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: format === 'esm' ? 'module' : 'commonjs' }));
  writeFileSync(join(dir, 'app.ts'), app.replace('RECH', JSON.stringify(join(ROOT, 'src/index.ts'))));
  await build({
    entryPoints: { app: join(dir, 'app.ts'), ...(worker && { worker: join(ROOT, 'src/batch/worker.ts') }) },
    outdir: join(dir, 'out'),
    bundle: true,
    platform: 'node',
    format,
    external: ['az'],
    logLevel: 'error',
  });
  return join(dir, 'out');
}

async function run(file: string): Promise<unknown> {
  const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: WORK, maxBuffer: 64 << 20 });
  return JSON.parse(stdout);
}

const expected = async (): Promise<unknown> => JSON.parse(JSON.stringify(await Promise.all(TEXTS.map((text) => analyze(text)))));

describe('analyzeMany in an application bundled by esbuild', () => {
  it('finds the worker bundled beside an ESM application by itself, and runs two', async () => {
    const out = await bundle(
      'esm',
      'esm',
      `import { analyzeMany } from RECH;
      const documents = [];
      for await (const result of analyzeMany(${JSON.stringify(TEXTS)}, { concurrency: 2 })) {
        if ('error' in result) throw result.error;
        documents.push(result.document);
      }
      console.log(JSON.stringify(documents));`,
    );
    expect(await run(join(out, 'app.js'))).toEqual(await expected());
  });

  it('finds it through options.worker in a CommonJS application', async () => {
    const out = await bundle(
      'cjs',
      'cjs',
      `import { join } from 'node:path';
      import { analyzeMany } from RECH;
      (async () => {
        const documents = [];
        for await (const result of analyzeMany(${JSON.stringify(TEXTS)}, { concurrency: 2, worker: join(__dirname, 'worker.js') })) {
          if ('error' in result) throw result.error;
          documents.push(result.document);
        }
        console.log(JSON.stringify(documents));
      })();`,
    );
    expect(await run(join(out, 'app.js'))).toEqual(await expected());
  });

  const LOST = `import { analyzeMany } from RECH;
    (async () => {
      try {
        for await (const result of analyzeMany(['Да.'], { concurrency: 1 })) console.log(JSON.stringify(result.index));
      } catch (error) {
        console.log(JSON.stringify(String(error)));
      }
    })();`;

  it('says to pass options.worker when a CommonJS bundle cannot find it', async () => {
    expect(await run(join(await bundle('cjs-lost', 'cjs', LOST), 'app.js'))).toMatch(/no import\.meta\.url.*pass `options\.worker`/);
  });

  it('says to bundle rech/worker beside an ESM application that lacks it, or to pass options.worker', async () => {
    expect(await run(join(await bundle('esm-lost', 'esm', LOST, false), 'app.js'))).toMatch(/worker\.js.*bundle `rech\/worker` as worker\.js beside it.*`options\.worker`/);
  });
});
