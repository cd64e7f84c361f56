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
  const onSignal = (signal: NodeJS.Signals): void => {
    if (first === null) {
      first = signal;
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
