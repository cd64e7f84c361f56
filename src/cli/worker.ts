/**
 * A worker thread of the pool (pool.ts). It gets its setup once (workerData), then handles one
 * task per message: a file to clean (processFile), a JSON Lines record to clean, or a file or
 * record whose line keys to count for a profile. Tasks are handled synchronously, and the results
 * go back in batches, each with its task's sequence number: after a task, the worker takes the
 * next one already waiting in its queue (receiveMessageOnPort) and answers once the queue is
 * empty, resultsPerMessage results are ready or RESULTS_MS have passed. A slow stream of tasks
 * thus gets each result at once, and a fast one a message for several files instead of each.
 * The task in hand is published in shared memory, and the results ready are sent before a large
 * input is cleaned, so that the pool can tell which task a worker ran out of memory on.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { CleanOptions } from '../index.js';
import type { Target } from './files.js';
import type { FileJob } from './processFile.js';

/** What every task of a run shares, sent to each worker once. */
export type WorkerSetup =
  | { mode: 'files'; job: FileJob }
  | { mode: 'records'; field: string; options: CleanOptions }
  | { mode: 'learn-files'; maxSize?: number }
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

/** Handle one task; onInput(bytes) is called once the size of its input is known, before the work. */
type Handler = (task: WorkerTask, onInput: (bytes: number) => void) => unknown;

/**
 * Before an input this large (bytes) is cleaned, the results ready are sent: if the worker runs
 * out of memory on it, the pool then knows that this task was the one in hand (see pool.ts).
 */
const LARGE_INPUT = 256 * 1024;

/** Results are sent at least this often (ms), so the main thread reports them as they come. */
const RESULTS_MS = 50;

/** What a worker is started with: the run's setup and where it publishes its temp file in flight. */
export interface WorkerData {
  setup: WorkerSetup;
  /** TEMP_SLOT_BYTES of shared memory (see safeWrite's publishTempFilesTo). */
  tempSlot: SharedArrayBuffer;
  /** Where the worker publishes the sequence number of the task in hand (-1 between tasks). */
  taskSlot: Int32Array;
  /** Most results in one message (the pool keeps more tasks than this in a worker's hands). */
  resultsPerMessage: number;
}

async function handlerFor({ setup, tempSlot }: WorkerData): Promise<Handler> {
  switch (setup.mode) {
    case 'files': {
      const { processFileSync } = await import('./processFile.js');
      if (setup.job.write) (await import('./safeWrite.js')).publishTempFilesTo(tempSlot);
      return (task, onInput) => processFileSync(task as Target, setup.job, onInput);
    }
    case 'records': {
      const { cleanRecord } = await import('./jsonl-record.js');
      return (task, onInput) => {
        onInput((task as Uint8Array).length);
        return cleanRecord(task as Uint8Array, setup.field, setup.options);
      };
    }
    case 'learn-files': {
      const { learnFile } = await import('./learn-task.js');
      return (task) => learnFile(task as Target, setup.maxSize);
    }
    case 'learn-records': {
      const { learnRecord } = await import('./learn-task.js');
      return (task, onInput) => {
        onInput((task as Uint8Array).length);
        return learnRecord(task as Uint8Array, setup.field);
      };
    }
  }
}

if (parentPort !== null) {
  const port = parentPort;
  const data = workerData as WorkerData;
  // The listener is added once the handler is ready (messages wait in the port until then), so
  // tasks are handled one after the other in the order they came: the pool relies on it.
  const handle = await handlerFor(data);
  port.on('message', (first: WorkerRequest) => {
    let results: WorkerResponse[] = [];
    let transfer: ArrayBuffer[] = [];
    const send = (): void => {
      if (results.length === 0) return;
      port.postMessage(results, transfer);
      results = [];
      transfer = [];
    };
    const onInput = (bytes: number): void => {
      if (bytes >= LARGE_INPUT) send();
    };
    const start = performance.now();
    for (let request: WorkerRequest | undefined = first; request !== undefined; ) {
      Atomics.store(data.taskSlot, 0, request.seq);
      const result = handle(request.task, onInput);
      Atomics.store(data.taskSlot, 0, -1);
      const keys = (result as { keys?: Uint32Array } | null)?.keys;
      if (keys) transfer.push(keys.buffer as ArrayBuffer);
      results.push({ seq: request.seq, result });
      if (results.length >= data.resultsPerMessage || performance.now() - start >= RESULTS_MS) break;
      request = receiveMessageOnPort(port)?.message as WorkerRequest | undefined;
    }
    send();
  });
}
