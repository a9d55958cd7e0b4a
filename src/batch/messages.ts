/** Messages between {@link analyzeMany}'s pool and its worker threads (see worker.ts). */
import type { AnalyzeOptions } from '../analyze.js';
import type { RechDocument } from '../model.js';

/** What a worker is started with. */
export interface WorkerData {
  options: AnalyzeOptions;
}

/** One text to analyse; `id` comes back with the answer. */
export interface Job {
  id: number;
  text: string;
}

/** An error as it crosses the thread boundary: its class name and message. */
export interface SerializedError {
  name: string;
  message: string;
}

/** A worker's answer to a {@link Job}. */
export type Answer = { id: number; document: RechDocument } | { id: number; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}

/** The error again, of the same standard class when it is one (`TypeError`, `RangeError`), else `Error`. */
export function deserializeError({ name, message }: SerializedError): Error {
  const Class = name === 'TypeError' ? TypeError : name === 'RangeError' ? RangeError : Error;
  const error = new Class(message);
  if (error.name !== name) error.name = name;
  return error;
}
