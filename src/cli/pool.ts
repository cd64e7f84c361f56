/**
 * A pool of worker threads that maps a stream of tasks to results in the stream's order. Each
 * worker holds at most PER_WORKER tasks (one in hand, the others queued) and sends results back a
 * few at a time (see worker.ts); no task is dispatched more than `window` places ahead of the oldest result not yet emitted, so out-of-order results wait in a
 * bounded buffer and memory does not grow with the stream. Results are emitted in task order, so
 * the output is the same whatever the number of workers or which one finishes first.
 */
import { Worker } from 'node:worker_threads';
import { removeTempFile, TEMP_SLOT_BYTES, tempFileIn } from './safeWrite.js';
import type { WorkerData, WorkerRequest, WorkerResponse, WorkerSetup, WorkerTask } from './worker.js';

/** Most results a worker sends back in one message (see worker.ts). */
const RESULTS_PER_MESSAGE = 4;

/**
 * Tasks a worker holds at once: one being handled, the others waiting, so it never idles on a
 * message. Twice the results it sends in one message, so that while the main thread refills its
 * queue after a message, it still has as many tasks in hand.
 */
const PER_WORKER = 2 * RESULTS_PER_MESSAGE;

/** How a map over a stream ended. */
export interface PoolRun {
  /** Tasks taken from the stream and finished (their results were all emitted). */
  done: number;
  /** True when stopWhen() ended the run before the stream did. */
  stopped: boolean;
}

/** The worker script: dist/cli/worker.js, also when this module runs from src/ under the tests. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/cli/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);
}

/** One worker: its thread, the tasks it holds, and where it publishes its temp file in flight. */
interface Slot {
  worker: Worker;
  busy: number;
  tempSlot: SharedArrayBuffer;
}

export class WorkerPool {
  private readonly workers: Slot[] = [];
  private readonly window: number;
  private closing = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  /** Start `size` workers, each given `setup` once (structured clone). */
  constructor(size: number, setup: WorkerSetup) {
    this.window = Math.max(8, size * PER_WORKER * 2);
    for (let i = 0; i < size; i++) {
      const tempSlot = new SharedArrayBuffer(TEMP_SLOT_BYTES);
      const worker = new Worker(workerUrl(), { workerData: { setup, tempSlot, resultsPerMessage: RESULTS_PER_MESSAGE } satisfies WorkerData });
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a worker thread exited with code ${code}`));
      });
      this.workers.push({ worker, busy: 0, tempSlot });
    }
  }

  /**
   * Run every task of the stream on the workers; call emit with each result in task order. What a
   * worker gets is payload(task) (the task itself by default). Once stopWhen() is true (a signal),
   * no task is handed out any more: those in the workers' hands finish and are emitted, and map()
   * returns. Rejects when a worker fails (a bug, or out of memory): a file-level problem is a
   * result, not a failure.
   */
  async map<T, R>(
    tasks: AsyncIterable<T> | Iterable<T>,
    emit: (result: R, task: T, index: number) => void,
    options: { payload?: (task: T) => WorkerTask; stopWhen?: () => boolean } = {},
  ): Promise<PoolRun> {
    const payload = options.payload ?? ((task: T) => task as WorkerTask);
    const stopWhen = options.stopWhen ?? (() => false);
    let stopped = false;
    const pending = new Map<number, { task: T; result?: R; ready: boolean }>();
    let next = 0;
    let sent = 0;
    const flush = (): void => {
      for (let entry = pending.get(next); entry?.ready; entry = pending.get(next)) {
        pending.delete(next);
        emit(entry.result as R, entry.task, next);
        next++;
      }
    };
    const listeners = this.workers.map((slot) => {
      const onMessage = (responses: WorkerResponse[]): void => {
        slot.busy -= responses.length;
        for (const { seq, result } of responses) {
          const entry = pending.get(seq);
          if (entry) {
            entry.result = result as R;
            entry.ready = true;
          }
        }
        try {
          flush();
        } catch (err) {
          this.fail(err as Error);
        }
        this.notify();
      };
      slot.worker.on('message', onMessage);
      return () => slot.worker.off('message', onMessage);
    });
    try {
      for await (const task of tasks) {
        while (!(stopped ||= stopWhen()) && this.failure === null && (sent - next >= this.window || this.idlest().busy >= PER_WORKER)) await this.sleep();
        if ((stopped ||= stopWhen()) || this.failure !== null) break;
        const slot = this.idlest();
        pending.set(sent, { task, ready: false });
        slot.busy++;
        slot.worker.postMessage({ seq: sent, task: payload(task) } satisfies WorkerRequest);
        sent++;
      }
      while (next < sent && this.failure === null) await this.sleep();
    } finally {
      for (const off of listeners) off();
    }
    if (this.failure !== null) throw this.failure;
    return { done: next, stopped };
  }

  /** End the worker threads. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  /**
   * Stop at once (a second signal): end the worker threads, whatever they are doing, then remove
   * the temp files they were writing. A thread in a file-system call ends after it, so once all
   * have ended no temp file can appear any more. Returns the number of temp files removed.
   */
  async stopNow(): Promise<number> {
    await this.close();
    let removed = 0;
    for (const { tempSlot } of this.workers) {
      const temp = tempFileIn(tempSlot);
      if (temp !== null && removeTempFile(temp)) removed++;
    }
    return removed;
  }

  private idlest(): Slot {
    let best = this.workers[0];
    for (const w of this.workers) if (w.busy < best.busy) best = w;
    return best;
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.notify();
  }
}
