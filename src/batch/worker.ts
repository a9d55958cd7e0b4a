/**
 * A worker thread of {@link analyzeMany}: says it is ready, then analyses the
 * texts it is sent one at a time, in the order they came, and answers each
 * with the document or the error. One at a time, so that when the worker dies
 * the pool knows which text it was on: the oldest it has not answered. Built
 * to dist/worker.js and dist/worker.cjs; run from source through tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { packDocument, serializeError, type Answer, type Job, type Ready, type WorkerData } from './messages.js';

const port = parentPort!;
const { options } = workerData as WorkerData;
const jobs: Job[] = [];
let working = false;

port.on('message', (job: Job) => {
  jobs.push(job);
  if (!working) void work();
});
port.postMessage({ ready: true } satisfies Ready);

async function work(): Promise<void> {
  working = true;
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    let answer: Answer;
    const transfer: ArrayBuffer[] = [];
    try {
      answer = { id: job.id, document: packDocument(await analyze(job.text, options), transfer) };
    } catch (error) {
      answer = { id: job.id, error: serializeError(error) };
    }
    port.postMessage(answer, transfer);
  }
  working = false;
}
