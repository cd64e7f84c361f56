/**
 * The run loop over files: stream the targets, clean each one (in this process for a handful of
 * files or --jobs 1, else on a pool of worker threads), report each outcome in the order of the
 * file list, draw the progress bar and print the summary. SIGINT or SIGTERM stop the run after
 * the files in hand.
 */
import { availableParallelism } from 'node:os';
import type { Finding, KeptLine } from '../index.js';
import { describeError } from './files.js';
import type { ClassifiedPath, PathError, Target } from './files.js';
import type { Io } from './main.js';
import { NAME, perRule, plural } from './output.js';
import { processFile, processFileSync } from './processFile.js';
import type { FileJob, FileOutcome } from './processFile.js';
import { Progress } from './progress.js';
import { ReportCollector } from './report.js';
import { signalExitCode, watchInterrupts } from './signals.js';
import { countTargets, streamTargets } from './walk.js';
import type { Extensions } from './walk.js';

/** Below this many files the pool is not started: its start-up would cost more than it saves. */
export const POOL_MIN_FILES = 16;

/** Cleaning in this thread, the event loop is let to turn at least this often (ms). */
const TURN_MS = 50;

/** What to do with the files and how to report them. */
export interface BatchOptions {
  paths: readonly ClassifiedPath[];
  extensions: Extensions;
  /** Files to leave out (ignore patterns); none when absent. */
  ignored?: (file: string) => boolean;
  job: FileJob;
  /** Worker threads at most; 1 cleans in this process. */
  jobs: number;
  /** Print the cleaned text (one file or stdin, no mode). */
  print: boolean;
  check: boolean;
  explain: boolean;
  /** --format json: one JSON object per file replaces the --check list and the --explain lines. */
  json?: boolean;
  /** The message for an error that must stop the run (a broken configuration file), else null. */
  configError?: (err: unknown) => string | null;
  /** The unified-diff formatter with --diff. */
  diff: ((name: string, before: string, after: string) => string) | null;
  /** --follow-links: follow symbolic links to anywhere, not only into the paths given. */
  followLinks?: boolean;
  /** --quiet: errors only (no list of written files, no summary, no progress bar). */
  quiet?: boolean;
  /** False with --no-error-on-unmatched-pattern: a folder or pattern matching no file is no error. */
  errorOnUnmatched?: boolean;
  /** With --check: the command that cleans what would change, shown after the summary. */
  fixCommand?: string | null;
  /** --report: the page to write (absolute), its name as given, and the version it names. */
  report?: { file: string; name: string; version: string };
}

/** The default for --jobs: one worker per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Clean the files of the path arguments; returns the exit code. */
export async function runBatch(options: BatchOptions, io: Io): Promise<number> {
  const { job } = options;
  const showProgress = !options.print && !options.quiet && io.stderrIsTTY === true;
  const progress = new Progress(io.stderr, showProgress);
  const out = (text: string): void => {
    progress.clear();
    io.stdout(text);
  };
  const err = (text: string): void => progress.log(text);
  const explain = job.write ? out : err;
  // With --format json the records go to stdout, unless stdout carries the cleaned text.
  const record = options.json ? (options.print ? err : out) : null;
  let changed = 0;
  let unchanged = 0;
  let failed = 0;
  let removedLines = 0;
  const byRule = new Map<string, number>();

  const failure = (name: string, error: string): void => {
    failed++;
    err(`${NAME}: ${name}: ${error}\n`);
    record?.(`${JSON.stringify({ file: name, status: 'failed', error })}\n`);
  };
  const onError = (e: PathError): void => {
    if (e.unmatched && options.errorOnUnmatched === false) return;
    failure(e.name, e.message);
  };
  const collector = options.report ? new ReportCollector(options.report.version) : null;
  const report = (outcome: FileOutcome): void => {
    progress.tick();
    collector?.add(outcome);
    if (outcome.status === 'failed') {
      failure(outcome.name, outcome.error);
      return;
    }
    const isChanged = outcome.status === 'changed';
    if (isChanged) {
      changed++;
      removedLines += outcome.removedLines;
      for (const [id, n] of Object.entries(outcome.removedByRule)) byRule.set(id, (byRule.get(id) ?? 0) + n);
    } else {
      unchanged++;
    }
    // --write lists what it changed (with --explain, the explanation lines name the files).
    if (job.write && isChanged && !record && !options.explain && !options.quiet) out(`${outcome.name}\n`);
    if (record) record(`${JSON.stringify(jsonRecord(outcome))}\n`);
    else if (options.explain) explain(explainLines(outcome.name, outcome.findings ?? [], outcome.kept ?? []));
    if (options.print) out(outcome.output ?? '');
    else if (options.diff) {
      if (isChanged) out(options.diff(outcome.name, outcome.input ?? '', outcome.output ?? ''));
    } else if (options.check && isChanged && !record) out(`${outcome.name}\n`);
  };

  if (showProgress) {
    void countTargets(options.paths, io.cwd, options.extensions, options.followLinks === true).then((n) => (progress.total = n), () => undefined);
  }

  // SIGINT/SIGTERM stop the run cleanly: the files in hand are finished, no other is started.
  // One file to stdout (or stdin, which may be a terminal being typed into) stops at once, as before.
  const interrupts = options.print ? null : watchInterrupts(err);
  const stopWhen = (): boolean => interrupts?.signal != null;
  let notStarted = 0;
  try {
    const stream = streamTargets(options.paths, io.cwd, options.extensions, onError, options.ignored, options.followLinks === true);
    const { rest, ended } = await peek(stream, POOL_MIN_FILES);
    // Targets until a signal; after one, the rest of the list is only counted.
    const list = rest[Symbol.asyncIterator]();
    async function* untilInterrupted(): AsyncGenerator<Target> {
      while (!interrupts?.signal) {
        const r = await list.next();
        if (r.done) return;
        if (interrupts?.signal) notStarted++;
        else yield r.value;
      }
    }
    if (options.jobs <= 1 || ended) {
      // Files are read and written synchronously: let the event loop turn now and then, for signals.
      let turned = performance.now();
      for await (const target of untilInterrupted()) {
        report(target.file ? processFileSync(target, job) : await processFile(target, job, (max) => io.readStdin(max, interrupts?.stopped)));
        if (performance.now() - turned > TURN_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          turned = performance.now();
        }
      }
    } else {
      const { OUT_OF_MEMORY, WorkerPool } = await import('./pool.js');
      const pool = new WorkerPool(options.jobs, { mode: 'files', job });
      const unwatch = interrupts?.beforeExit(() => pool.stopNow());
      try {
        const outOfMemory = (t: Target): FileOutcome => ({ name: t.name, status: 'failed', error: `${OUT_OF_MEMORY}; skipped` });
        await pool.map<Target, FileOutcome>(untilInterrupted(), report, { stopWhen, outOfMemory });
      } finally {
        unwatch?.();
        await pool.close();
      }
    }
    if (interrupts?.signal) for (let r = await list.next(); !r.done; r = await list.next()) notStarted++;
    await list.return?.(undefined);
  } catch (e) {
    const message = options.configError?.(e) ?? null;
    if (message === null) throw e;
    progress.clear();
    io.stderr(`${NAME}: ${message}\n`);
    return 2;
  } finally {
    interrupts?.dispose();
    progress.clear();
  }
  if (interrupts?.signal) {
    io.stderr(`${NAME}: interrupted by ${interrupts.signal}; ${plural(notStarted, 'file')} not started, left as they were\n`);
  }

  const lines = plural(removedLines, 'line');
  if (options.quiet) {
    // Errors only.
  } else if (job.write) {
    io.stderr(`${NAME}: ${changed} changed, ${unchanged} unchanged, ${failed} failed; ${lines} removed${perRule(byRule)}\n`);
  } else if (options.check) {
    io.stderr(`${NAME}: ${changed} would change, ${unchanged} unchanged, ${failed} failed; ${lines} would be removed${perRule(byRule)}\n`);
    if (changed > 0) {
      const it = changed === 1 ? 'it' : 'them';
      io.stderr(options.fixCommand ? `${NAME}: to clean ${it}, run: ${options.fixCommand}\n` : `${NAME}: to clean ${it}, run clean-article with --write instead of --check\n`);
    }
  }
  if (collector && options.report) {
    try {
      collector.write(options.report.file);
      const s = collector.summary;
      if (!options.quiet) io.stderr(`${NAME}: ${options.report.name}: ${plural(s.files, 'file')}, ${s.shown} with removals, ${plural(s.removedLines, 'line')} removed\n`);
    } catch (e) {
      io.stderr(`${NAME}: ${options.report.name}: ${describeError(e)}\n`);
      return 2;
    }
  }
  if (interrupts?.signal) return signalExitCode(interrupts.signal);
  if (failed > 0) return 2;
  return options.check && changed > 0 ? 1 : 0;
}

/** One file as --format json reports it (status "changed" means "would change" without --write). */
function jsonRecord(outcome: FileOutcome & { status: 'changed' | 'unchanged' }): object {
  return {
    file: outcome.name,
    status: outcome.status,
    removedLines: outcome.removedLines,
    findings: (outcome.findings ?? []).map((f: Finding) => ({ rule: f.ruleId, line: f.start, endLine: f.end, reason: f.reason })),
    ...(outcome.kept ? { kept: outcome.kept.map((k) => ({ line: k.line, pattern: k.pattern, rule: k.ruleId, reason: k.reason })) } : {}),
  };
}

/**
 * --explain's lines for one file in line order: "name:first-last rule-id: reason" for each removed
 * range, and for each line a keep pattern saved, which pattern kept it from which rule.
 */
export function explainLines(name: string, findings: readonly Finding[], kept: readonly KeptLine[]): string {
  const lines: [number, string][] = findings.map((f) => [f.start, `${name}:${f.start}-${f.end} ${f.ruleId}: ${f.reason}\n`]);
  for (const k of kept) lines.push([k.line, `${name}:${k.line}-${k.line} kept by keep pattern ${JSON.stringify(k.pattern)} (${k.ruleId} would remove it: ${k.reason})\n`]);
  return lines.sort((a, b) => a[0] - b[0]).map(([, l]) => l).join('');
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
