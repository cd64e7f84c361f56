/**
 * SIGINT, SIGTERM and SIGHUP while files are being rewritten. The first signal asks the run to
 * stop: the file in hand is finished (its atomic write completes, or fails and removes its temp
 * file) and no other file is started. A second signal stops at once: the worker threads are ended,
 * the temp files in flight removed, and the process exits with 128 + the signal number. Files are never half-written either
 * way, since each one is replaced by a rename.
 */
import { constants } from 'node:os';
import { removeTempFilesSync } from './safeWrite.js';

/** A watch on interrupting signals, from watchInterrupts(). */
export interface InterruptWatch {
  /** The first signal received ("SIGINT", "SIGTERM", "SIGHUP"), or null. */
  readonly signal: string | null;
  /** Aborted at the first signal: a read in progress (stdin, a JSON Lines file) ends then. */
  readonly stopped: AbortSignal;
  /**
   * Have a second signal run `stop` before the process exits (a pool ends its workers and removes
   * their temp files; it resolves to how many). Returns a function that takes it back.
   */
  beforeExit(stop: () => Promise<number>): () => void;
  /** Stop watching: the signals get their default behaviour back. */
  dispose(): void;
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Start watching; stderr gets one line when a signal arrives. */
export function watchInterrupts(stderr: (text: string) => void): InterruptWatch {
  let first: NodeJS.Signals | null = null;
  let stopping = false;
  const stops = new Set<() => Promise<number>>();
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (first === null) {
      first = signal;
      controller.abort();
      stderr(`clean-article: ${signal}: finishing the file in hand, then stopping (send it again to stop at once)\n`);
      return;
    }
    // A third signal while the workers are being stopped: exit now.
    if (stopping) process.exit(signalExitCode(signal));
    stopping = true;
    const exit = (removed: number): never => {
      stderr(`clean-article: ${signal} again: stopping now${removed > 0 ? `; removed ${removed} temp file${removed === 1 ? '' : 's'}` : ''}\n`);
      process.exit(signalExitCode(signal));
    };
    const here = removeTempFilesSync();
    if (stops.size === 0) exit(here);
    void Promise.all([...stops].map((stop) => stop().catch(() => 0))).then((counts) => exit(counts.reduce((a, b) => a + b, here)));
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  return {
    get signal() {
      return first;
    },
    stopped: controller.signal,
    beforeExit(stop) {
      stops.add(stop);
      return () => stops.delete(stop);
    },
    dispose() {
      for (const s of SIGNALS) process.off(s, onSignal);
    },
  };
}

/** The shell's exit code for a process stopped by a signal: 128 + its number (130 for SIGINT). */
export function signalExitCode(signal: string): number {
  return 128 + ((constants.signals as Record<string, number>)[signal] ?? 0);
}

/**
 * The chunks of a stream until `stop` aborts: then the iteration ends at once, even while a read
 * is waiting for data that may never come (a terminal, a FIFO without a writer, /dev/zero), and
 * the stream is closed.
 */
export async function* untilStopped<T>(chunks: AsyncIterable<T>, stop: AbortSignal | undefined): AsyncGenerator<T> {
  const it = chunks[Symbol.asyncIterator]();
  // One listener for the whole stream (racing each read against one promise would pile up a
  // reaction on it for every chunk).
  let wake: ((r: IteratorResult<T>) => void) | null = null;
  const onAbort = (): void => wake?.({ done: true, value: undefined });
  stop?.addEventListener('abort', onAbort, { once: true });
  try {
    while (!stop?.aborted) {
      const r = await new Promise<IteratorResult<T>>((resolve, reject) => {
        wake = resolve;
        it.next().then(resolve, reject);
      });
      wake = null;
      if (r.done || stop?.aborted) return;
      yield r.value;
    }
  } finally {
    stop?.removeEventListener('abort', onAbort);
    // A stream with a read pending would hold the process open: destroy it (return() would wait for the read).
    const stream = chunks as { destroy?: () => void };
    if (stop?.aborted && typeof stream.destroy === 'function') stream.destroy();
    else void Promise.resolve(it.return?.()).catch(() => undefined);
  }
}
