/**
 * A worker thread of the pool (pool.ts). It gets its setup once (workerData), then handles one
 * task per message and answers with the task's sequence number: a file to clean (processFile), a
 * JSON Lines record to clean, or a file or record whose line keys to count for a profile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CleanOptions } from '../index.js';
import type { Target } from './files.js';
import type { FileJob } from './processFile.js';

/** What every task of a run shares, sent to each worker once. */
export type WorkerSetup =
  | { mode: 'files'; job: FileJob }
  | { mode: 'records'; field: string; options: CleanOptions }
  | { mode: 'learn-files' }
  | { mode: 'learn-records'; field: string };

/** A task: a file for the file modes, the bytes of one line for the record modes. */
export type WorkerTask = Target | Uint8Array;

export interface WorkerRequest {
  seq: number;
  task: WorkerTask;
}

export interface WorkerResponse {
  seq: number;
  result: unknown;
}

/** What a learn task gives: the document's distinct keys, or why there are none. */
export type LearnOutcome = { keys: Uint32Array } | { status: 'skipped' } | { status: 'malformed' | 'failed'; error: string };

type Handler = (task: WorkerTask) => Promise<unknown> | unknown;

async function handlerFor(setup: WorkerSetup): Promise<Handler> {
  switch (setup.mode) {
    case 'files': {
      const { processFile } = await import('./processFile.js');
      const noStdin = (): Promise<string> => Promise.reject(new Error('standard input is not read in a worker'));
      return (task) => processFile(task as Target, setup.job, noStdin);
    }
    case 'records': {
      const { cleanRecord } = await import('./jsonl-record.js');
      return (task) => cleanRecord(task as Uint8Array, setup.field, setup.options);
    }
    case 'learn-files': {
      const { learnFile } = await import('./learn-task.js');
      return (task) => learnFile(task as Target);
    }
    case 'learn-records': {
      const { learnRecord } = await import('./learn-task.js');
      return (task) => learnRecord(task as Uint8Array, setup.field);
    }
  }
}

if (parentPort !== null) {
  const port = parentPort;
  const handler = handlerFor(workerData as WorkerSetup);
  port.on('message', async ({ seq, task }: WorkerRequest) => {
    const result = await (await handler)(task);
    const keys = (result as { keys?: Uint32Array } | null)?.keys;
    port.postMessage({ seq, result } satisfies WorkerResponse, keys ? [keys.buffer as ArrayBuffer] : []);
  });
}
