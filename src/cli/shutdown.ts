/**
 * SIGINT, SIGTERM and SIGHUP during a batch run, in one place. The first signal is noted (and
 * said on stderr): the run stops handing out files and finishes the ones in hand. A second one
 * exits at once. The interface is the one of the atomic-write helper's signals.ts
 * (watchInterrupts), so the two meet in one module; its temp-file clean-up hooks in here.
 */
import { constants } from 'node:os';

/** A watch on interrupting signals, from watchInterrupts(). */
export interface InterruptWatch {
  /** The first signal received ("SIGINT", "SIGTERM", "SIGHUP"), or null. */
  readonly signal: string | null;
  /** Stop watching: the signals get their default behaviour back. */
  dispose(): void;
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Start watching; stderr gets one line when a signal arrives. */
export function watchInterrupts(stderr: (text: string) => void): InterruptWatch {
  let first: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (first !== null) process.exit(signalExitCode(signal));
    first = signal;
    stderr(`clean-article: ${signal}: finishing the files in hand, then stopping (send it again to stop at once)\n`);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  return {
    get signal() {
      return first;
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
