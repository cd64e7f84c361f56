/**
 * The one place that handles SIGINT and SIGTERM during a batch run. The first signal calls every
 * registered handler (the run stops taking new files and lets the ones in hand finish); a second
 * one exits at once. Other clean-up (temporary files) hooks in with onShutdown as well.
 */

type Handler = (signal: NodeJS.Signals) => void;

const handlers = new Set<Handler>();
let received: NodeJS.Signals | null = null;

/** Exit code of a run ended by a signal: 128 + the signal's number. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGTERM' ? 143 : 130;
}

function onSignal(signal: NodeJS.Signals): void {
  if (received !== null) process.exit(signalExitCode(signal));
  received = signal;
  for (const h of handlers) h(signal);
}

/** Call handler on the first SIGINT or SIGTERM until the returned function is called. */
export function onShutdown(handler: Handler): () => void {
  if (handlers.size === 0) {
    received = null;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  handlers.add(handler);
  return () => {
    handlers.delete(handler);
    if (handlers.size === 0) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  };
}
