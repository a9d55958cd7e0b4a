// The worker's entry when rech runs from source (tests, scripts under tsx or vitest): Node cannot
// load TypeScript, and a worker's `--import` does not reach its entry module, so tsx is registered here.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
