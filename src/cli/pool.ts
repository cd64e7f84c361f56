/**
 * A pool of worker threads that maps a stream of tasks to results in the stream's order. Each
 * worker holds at most PER_WORKER tasks (one in hand, the others queued) and sends results back a
 * few at a time (see worker.ts); no task is dispatched more than `window` places ahead of the
 * oldest result not yet emitted, so out-of-order results wait in a bounded buffer and memory does
 * not grow with the stream. Results are emitted in task order, so the output is the same whatever
 * the number of workers or which one finishes first.
 *
 * Each worker's heap is capped (WORKER_HEAP_MB). A worker that runs out of memory on one task (a
 * pathological input) is replaced: that task gets map()'s outOfMemory result, the tasks it held
 * besides go to the other workers, and the run goes on.
 */
import { Worker } from 'node:worker_threads';
import { removeTempFile, TEMP_SLOT_BYTES, tempFileIn } from './safeWrite.js';
import type { WorkerData, WorkerRequest, WorkerResponse, WorkerSetup, WorkerTask } from './worker.js';

/**
 * Most results a worker sends back in one message (see worker.ts). Each message wakes the main
 * thread, which then competes with the workers for the cores: a run of small files sends one
 * message for many of them.
 */
const RESULTS_PER_MESSAGE = 16;

/**
 * Tasks a worker holds at once: one being handled, the others waiting, so it never idles on a
 * message. Twice the results it sends in one message, so that while the main thread refills its
 * queue after a message, it still has as many tasks in hand.
 */
const PER_WORKER = 2 * RESULTS_PER_MESSAGE;

/**
 * The old-generation heap a worker may use (MB). Below 2 GB V8 lets a heap grow by a smaller
 * factor over what is live after a collection (about 2× instead of 4×), which keeps a worker to
 * about two thirds of the memory it takes uncapped, at no cost in time; every realistic file up to
 * the default --max-size cleans well within it (a 10 MB page dump needs about 300 MB).
 */
export const WORKER_HEAP_MB = 2000;

/**
 * A worker's young generation (MB): three times V8's semi-space, which is 16 MB here. Cleaning
 * makes many short-lived objects; with semi-spaces of 4 MB a worker spent about 4% more time
 * collecting them (objects of a large document outlived two collections and were promoted), at
 * about 70 MB less peak memory for the run. Measured on a folder of 9,016 files (README, Speed).
 */
const WORKER_YOUNG_MB = 48;

/** Why a task a worker ran out of memory on has no result (the caller adds what became of the input). */
export const OUT_OF_MEMORY = `too large to clean: a worker ran out of memory (its heap may use ${WORKER_HEAP_MB} MB)`;

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

/** One worker: its thread, the tasks it holds (in the order it handles them), and its shared memory. */
interface Slot {
  worker: Worker;
  held: number[];
  /** Where it publishes its temp file in flight (see safeWrite). */
  tempSlot: SharedArrayBuffer;
  /** Where it publishes the task in hand: its sequence number, or -1. */
  taskSlot: Int32Array;
  /** True once it ended (replaced after running out of memory, or the pool closed). */
  gone: boolean;
}

/** What the map in progress does with a worker's results and with a worker that ran out of memory. */
interface Listener {
  results(slot: Slot, responses: WorkerResponse[]): void;
  outOfMemory(slot: Slot): boolean;
}

export class WorkerPool {
  private readonly workers: Slot[] = [];
  private readonly window: number;
  private readonly heapMb: number;
  private closing = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private listener: Listener | null = null;

  /**
   * Start `size` workers, each given `setup` once (structured clone). `heapMb` caps each worker's
   * heap (WORKER_HEAP_MB by default; tests make it small).
   */
  constructor(
    size: number,
    private readonly setup: WorkerSetup,
    options: { heapMb?: number } = {},
  ) {
    this.window = Math.max(8, size * PER_WORKER * 2);
    this.heapMb = options.heapMb ?? WORKER_HEAP_MB;
    for (let i = 0; i < size; i++) this.workers.push(this.start());
  }

  private start(): Slot {
    const tempSlot = new SharedArrayBuffer(TEMP_SLOT_BYTES);
    const taskSlot = new Int32Array(new SharedArrayBuffer(4)).fill(-1);
    const workerData: WorkerData = { setup: this.setup, tempSlot, taskSlot, resultsPerMessage: RESULTS_PER_MESSAGE };
    const worker = new Worker(workerUrl(), { workerData, resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const slot: Slot = { worker, held: [], tempSlot, taskSlot, gone: false };
    worker.on('message', (responses: WorkerResponse[]) => this.listener?.results(slot, responses));
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' && !this.closing && this.listener?.outOfMemory(slot)) return;
      this.fail(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(`a worker thread ran out of memory (its heap may use ${this.heapMb} MB)`) : err);
    });
    worker.on('exit', (code) => {
      if (code !== 0 && !this.closing && !slot.gone) this.fail(new Error(`a worker thread exited with code ${code}`));
    });
    return slot;
  }

  /**
   * Run every task of the stream on the workers; call emit with each result in task order. What a
   * worker gets is payload(task) (the task itself by default). Once stopWhen() is true (a signal),
   * no task is handed out any more: those in the workers' hands finish and are emitted, and map()
   * returns. A task on which a worker runs out of memory gets outOfMemory(task) as its result;
   * without outOfMemory, that rejects. Rejects when a worker fails (a bug): a file-level problem
   * is a result, not a failure.
   */
  async map<T, R>(
    tasks: AsyncIterable<T> | Iterable<T>,
    emit: (result: R, task: T, index: number) => void,
    options: { payload?: (task: T) => WorkerTask; stopWhen?: () => boolean; outOfMemory?: (task: T) => R } = {},
  ): Promise<PoolRun> {
    const payload = options.payload ?? ((task: T) => task as WorkerTask);
    const stopWhen = options.stopWhen ?? (() => false);
    let stopped = false;
    const pending = new Map<number, { task: T; result?: R; ready: boolean }>();
    /** Tasks to hand out again (a worker that ran out of memory held them), oldest first. */
    const again: number[] = [];
    let next = 0;
    let sent = 0;
    const flush = (): void => {
      for (let entry = pending.get(next); entry?.ready; entry = pending.get(next)) {
        pending.delete(next);
        emit(entry.result as R, entry.task, next);
        next++;
      }
    };
    const settle = (seq: number, result: R): void => {
      const entry = pending.get(seq);
      if (entry) {
        entry.result = result;
        entry.ready = true;
      }
    };
    const after = (): void => {
      try {
        flush();
      } catch (err) {
        this.fail(err as Error);
      }
      this.notify();
    };
    this.listener = {
      results: (slot, responses) => {
        // A worker handles its tasks in the order it got them, and answers in that order.
        slot.held.splice(0, responses.length);
        for (const { seq, result } of responses) settle(seq, result as R);
        after();
      },
      outOfMemory: (slot) => {
        // The worker posts what it has done before it reads a large input (see worker.ts), so
        // the task it ran out of memory on is the first it still holds.
        const culprit = slot.held[0];
        if (options.outOfMemory === undefined || culprit === undefined || Atomics.load(slot.taskSlot, 0) !== culprit) return false;
        slot.gone = true;
        const temp = tempFileIn(slot.tempSlot);
        if (temp !== null) removeTempFile(temp);
        this.workers[this.workers.indexOf(slot)] = this.start();
        settle(culprit, options.outOfMemory(pending.get(culprit)!.task));
        again.push(...slot.held.slice(1));
        again.sort((a, b) => a - b);
        after();
        return true;
      },
    };
    const hand = (seq: number): void => {
      const slot = this.idlest();
      slot.held.push(seq);
      slot.worker.postMessage({ seq, task: payload(pending.get(seq)!.task) } satisfies WorkerRequest);
    };
    /** Hand out the tasks to do again, as workers have room. */
    const redo = async (): Promise<void> => {
      while (again.length > 0 && this.failure === null) {
        if (this.idlest().held.length >= PER_WORKER) await this.sleep();
        else hand(again.shift()!);
      }
    };
    // The next task is taken from the stream only once there is room for it and no stop: a task
    // taken is a task started (a caller counts the ones never taken as not started).
    const stream: AsyncIterator<T> | Iterator<T> = Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : tasks[Symbol.iterator]();
    try {
      for (;;) {
        await redo();
        while (!(stopped ||= stopWhen()) && this.failure === null && (sent - next >= this.window || this.idlest().held.length >= PER_WORKER)) await this.sleep();
        if ((stopped ||= stopWhen()) || this.failure !== null) break;
        const r = await stream.next();
        if (r.done) break;
        const task = r.value;
        pending.set(sent, { task, ready: false });
        hand(sent);
        sent++;
      }
      while (next < sent && this.failure === null) {
        await redo();
        if (next < sent) await this.sleep();
      }
    } finally {
      this.listener = null;
      await stream.return?.(undefined);
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
    for (const w of this.workers) if (w.held.length < best.held.length) best = w;
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
