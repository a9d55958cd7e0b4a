import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // analyzeMany finds its worker beside its own file through import.meta.url, which CJS needs shimmed.
    shims: true,
  },
  {
    // analyzeMany's worker thread, beside index.js and index.cjs: worker.js for the ESM build, worker.cjs for CJS.
    entry: { worker: 'src/batch/worker.ts' },
    format: ['esm', 'cjs'],
    sourcemap: true,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
