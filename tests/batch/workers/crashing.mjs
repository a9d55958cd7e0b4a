// A stand-in for rech's worker, to test the pool's faults: it speaks the worker's protocol (ready, then
// one answer per job, in order) but answers every text with an error naming the text, and exits with
// code 3, answering nothing, on the text `crash`.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', ({ id, text }) => {
  if (text === 'crash') process.exit(3);
  parentPort.postMessage({ id, error: { name: 'Error', message: `read ${text}` } });
});
