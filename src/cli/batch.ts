/**
 * The run loop over files: stream the targets, clean each one (in this process for a handful of
 * files or --jobs 1, else on a pool of worker threads), report each outcome in the order of the
 * file list, draw the progress bar and print the summary. SIGINT or SIGTERM stop the run after
 * the files in hand.
 */
import { availableParallelism } from 'node:os';
import { rules } from '../index.js';
import type { Finding } from '../index.js';
import type { ClassifiedPath, PathError, Target } from './files.js';
import type { Io } from './main.js';
import { processFile } from './processFile.js';
import type { FileJob, FileOutcome } from './processFile.js';
import { Progress } from './progress.js';
import { signalExitCode, watchInterrupts } from './shutdown.js';
import { countTargets, streamTargets } from './walk.js';

const NAME = 'clean-article';

/** Below this many files the pool is not started: its start-up would cost more than it saves. */
export const POOL_MIN_FILES = 16;

/** What to do with the files and how to report them. */
export interface BatchOptions {
  paths: readonly ClassifiedPath[];
  extensions: readonly string[];
  job: FileJob;
  /** Worker threads at most; 1 cleans in this process. */
  jobs: number;
  /** Print the cleaned text (one file or stdin, no mode). */
  print: boolean;
  check: boolean;
  explain: boolean;
  /** The unified-diff formatter with --diff. */
  diff: ((name: string, before: string, after: string) => string) | null;
}

/** The default for --jobs: one worker per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Clean the files of the path arguments; returns the exit code. */
export async function runBatch(options: BatchOptions, io: Io): Promise<number> {
  const { job } = options;
  const showProgress = !options.print && io.stderrIsTTY === true;
  const progress = new Progress(io.stderr, showProgress);
  const out = (text: string): void => {
    progress.clear();
    io.stdout(text);
  };
  const err = (text: string): void => progress.log(text);
  const explain = job.write ? out : err;
  let changed = 0;
  let unchanged = 0;
  let failed = 0;
  let removedLines = 0;
  const byRule = new Map<string, number>();

  const onError = (e: PathError): void => {
    failed++;
    err(`${NAME}: ${e.name}: ${e.message}\n`);
  };
  const report = (outcome: FileOutcome): void => {
    progress.tick();
    if (outcome.status === 'failed') {
      failed++;
      err(`${NAME}: ${outcome.name}: ${outcome.error}\n`);
      return;
    }
    const isChanged = outcome.status === 'changed';
    if (isChanged) {
      changed++;
      removedLines += outcome.removedLines;
      countByRule(byRule, outcome.findings);
    } else {
      unchanged++;
    }
    if (options.explain) {
      for (const f of outcome.findings) explain(`${outcome.name}:${f.start}-${f.end} ${f.ruleId}: ${f.reason}\n`);
    }
    if (options.print) out(outcome.output ?? '');
    else if (options.diff) {
      if (isChanged) out(options.diff(outcome.name, outcome.input ?? '', outcome.output ?? ''));
    } else if (options.check && isChanged) out(`${outcome.name}\n`);
  };

  if (showProgress) {
    void countTargets(options.paths, io.cwd, options.extensions).then((n) => (progress.total = n), () => undefined);
  }

  // One file to stdout (or stdin, which may be a terminal being typed into) stops at once, as before.
  const interrupts = options.print ? null : watchInterrupts(err);
  const stopWhen = (): boolean => interrupts?.signal != null;
  try {
    const stream = streamTargets(options.paths, io.cwd, options.extensions, onError);
    const { rest, ended } = await peek(stream, POOL_MIN_FILES);
    if (options.jobs <= 1 || ended) {
      let i = 0;
      for await (const target of rest) {
        report(await processFile(target, job, io.readStdin));
        if (stopWhen()) break;
        // Let a signal in between files.
        if (++i % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } else {
      const { WorkerPool } = await import('./pool.js');
      const pool = new WorkerPool(options.jobs, { mode: 'files', job });
      try {
        await pool.map<Target, FileOutcome>(rest, report, { stopWhen });
      } finally {
        await pool.close();
      }
    }
  } finally {
    interrupts?.dispose();
    progress.clear();
  }
  const signal = interrupts?.signal ?? null;

  const lines = `${removedLines} ${removedLines === 1 ? 'line' : 'lines'}`;
  if (job.write) {
    io.stderr(`${NAME}: ${changed} changed, ${unchanged} unchanged, ${failed} failed; ${lines} removed${perRule(byRule)}\n`);
  } else if (options.check) {
    io.stderr(`${NAME}: ${changed} would change, ${unchanged} unchanged, ${failed} failed; ${lines} would be removed${perRule(byRule)}\n`);
  }
  if (signal !== null) {
    io.stderr(`${NAME}: stopped by ${signal}; the files not listed above were not processed\n`);
    return signalExitCode(signal);
  }
  if (failed > 0) return 2;
  return options.check && changed > 0 ? 1 : 0;
}

/** Add each finding's lines to its rule's count (findings never span blank lines). */
function countByRule(byRule: Map<string, number>, findings: readonly Finding[]): void {
  for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + f.end - f.start + 1);
}

/** " (caption 3, publisher-line 2)" in rule order, or "" when nothing was removed. */
function perRule(byRule: ReadonlyMap<string, number>): string {
  const parts = rules.filter((r) => byRule.has(r.id)).map((r) => `${r.id} ${byRule.get(r.id)}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/**
 * Take up to n items from a stream to see whether it has more; `rest` then yields every item,
 * the peeked ones first, and closes the stream when its reader stops early.
 */
export async function peek<T>(stream: AsyncGenerator<T>, n: number): Promise<{ rest: AsyncGenerator<T>; ended: boolean }> {
  const head: T[] = [];
  let ended = false;
  while (head.length < n) {
    const r = await stream.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
  }
  async function* rest(): AsyncGenerator<T> {
    try {
      yield* head;
      if (!ended) yield* stream;
    } finally {
      await stream.return(undefined);
    }
  }
  return { rest: rest(), ended };
}
