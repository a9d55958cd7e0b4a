/**
 * A worker thread of {@link analyzeMany}: analyses the texts it is sent, one
 * after another, and answers each with the document or the error. Built to
 * dist/worker.js and dist/worker.cjs; run from source through tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { packDocument, serializeError, type Answer, type Job, type WorkerData } from './messages.js';

const port = parentPort!;
const { options } = workerData as WorkerData;

port.on('message', async ({ id, text }: Job) => {
  let answer: Answer;
  const transfer: ArrayBuffer[] = [];
  try {
    answer = { id, document: packDocument(await analyze(text, options), transfer) };
  } catch (error) {
    answer = { id, error: serializeError(error) };
  }
  port.postMessage(answer, transfer);
});
