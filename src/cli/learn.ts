/**
 * `clean-article learn`: count in how many documents each line occurs (CCNet-style keys, see
 * src/profile/) and write the profile that `--profile` reads. Documents are files, folders and
 * glob patterns as for cleaning, or the records of a JSON Lines file (`--jsonl`). Keys are
 * computed on the worker pool and counted in this thread in the order of the file list, so the
 * profile is the same whatever the number of workers. `learn --merge a.json b.json` sums profiles
 * learned on different shards.
 */
import { Command } from 'commander';
import path from 'node:path';
import { DEFAULT_MAX_ENTRIES, MAX_PROFILE_ENTRIES, Profile, readProfileFile } from '../profile/profile.js';
import { defaultJobs, peek, POOL_MIN_FILES } from './batch.js';
import { classifyPaths, describeError } from './files.js';
import type { Target } from './files.js';
import type { InputLine } from './jsonl.js';
import { learnFile, learnRecord } from './learn-task.js';
import { parseArgv } from './main.js';
import type { Io } from './main.js';
import { writeOutputFileSync } from './outputFile.js';
import { maxJobs, parseJobs } from './jobs.js';
import { Progress } from './progress.js';
import { signalExitCode, untilStopped, watchInterrupts } from './signals.js';
import { DEFAULT_MAX_SIZE, formatSize, parseSize } from './size.js';
import { streamTargets } from './walk.js';
import type { LearnOutcome, WorkerSetup } from './worker.js';
import { commanderOutput, plural } from './output.js';

const NAME = 'clean-article learn';

interface LearnFlags {
  output?: string;
  merge?: boolean;
  jsonl?: string | true;
  field?: string;
  ext?: string[];
  jobs?: string;
  maxEntries?: string;
  followLinks?: boolean;
  maxSize?: number;
  forceJobs?: boolean;
}

function commaList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter((s) => s !== '')];
}

function buildProgram(io: Io): Command {
  return new Command('clean-article learn')
    .description('Count in how many documents each line occurs, for --profile: lines found in many documents of a corpus are its boilerplate.')
    .argument('[paths...]', 'files, folders or glob patterns (documents); with --merge, profiles')
    .option('-o, --output <file>', 'write the profile to FILE (default: stdout)')
    .option('--merge', 'sum the profiles given as paths (learned on shards of one corpus)')
    .option('--jsonl [file]', 'documents are the records of a JSON Lines FILE (or stdin)')
    .option('--field <name>', 'with --jsonl: the field holding the text (default: text)')
    .option('--ext <list>', 'extensions a folder expands to (default: txt)', commaList)
    .option('--follow-links', 'follow symbolic links found in folders to anywhere, not only into the paths given')
    .option('--max-size <size>', `skip documents (files or records) larger than this (500k, 10M, …; default: ${formatSize(DEFAULT_MAX_SIZE)})`, parseSize)
    .option('-j, --jobs <n>', `worker threads (default: ${defaultJobs()}; at most ${maxJobs()} without --force-jobs)`)
    .option('--force-jobs', 'allow --jobs above twice the cores')
    .option('--max-entries <n>', `most keys a profile keeps (default: ${DEFAULT_MAX_ENTRIES}); past it the rarest are dropped and counts become lower bounds`)
    .helpOption('-h, --help', 'print this help and exit')
    .configureOutput(commanderOutput(io))
    .showHelpAfterError('(run clean-article learn --help for usage)')
    .exitOverride();
}

/** Run `learn` on argv (after the word "learn"); returns the exit code. */
export async function runLearn(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  const parsed = parseArgv(program, argv);
  if (parsed !== null) return parsed;
  const flags = program.opts<LearnFlags>();
  const args = program.args;
  const fail = (message: string): number => {
    io.stderr(`${NAME}: ${message}\n`);
    return 2;
  };
  const jobs = parseJobs(flags.jobs, flags.forceJobs === true, defaultJobs());
  if (typeof jobs === 'string') return fail(jobs);
  const maxSize = flags.maxSize ?? DEFAULT_MAX_SIZE;
  let maxEntries: number | null = null;
  if (flags.maxEntries !== undefined) {
    if (!/^[1-9]\d*$/.test(flags.maxEntries) || Number(flags.maxEntries) > MAX_PROFILE_ENTRIES) return fail(`--max-entries takes a whole number from 1 to ${MAX_PROFILE_ENTRIES}, not "${flags.maxEntries}"`);
    maxEntries = Number(flags.maxEntries);
  }
  const extensions = (flags.ext ?? ['txt']).map((e) => e.replace(/^\./, ''));
  if (extensions.length === 0 || extensions.some((e) => !/^[\w-]+(\.[\w-]+)*$/.test(e))) return fail('--ext takes extensions such as "txt,md"');
  if (flags.field !== undefined && flags.jsonl === undefined) return fail('--field goes with --jsonl');

  let profile: Profile;
  let failed = 0;
  let signal: string | null = null;
  if (flags.merge) {
    if (flags.jsonl !== undefined) return fail('--merge takes profiles, not --jsonl');
    if (args.length === 0) return fail('--merge needs the profiles to merge');
    const parts: Profile[] = [];
    for (const arg of args) {
      try {
        parts.push(readProfileFile(path.resolve(io.cwd, arg)));
      } catch (err) {
        return fail(`${arg}: ${describeError(err)}`);
      }
    }
    profile = new Profile(maxEntries ?? Math.min(MAX_PROFILE_ENTRIES, Math.max(...parts.map((p) => p.maxEntries))));
    for (const part of parts) profile.merge(part);
  } else {
    if (flags.jsonl !== undefined && args.length > 0) return fail('--jsonl reads one file (or stdin): no other paths');
    if (flags.jsonl === undefined && args.length === 0) return fail('give the documents to learn from: files, folders or glob patterns, or --jsonl');
    profile = new Profile(maxEntries ?? DEFAULT_MAX_ENTRIES);
    const progress = new Progress(io.stderr, io.stderrIsTTY === true, flags.jsonl !== undefined ? 'records' : 'files');
    const count = (outcome: LearnOutcome, where: string): void => {
      progress.tick();
      if ('keys' in outcome) profile.addDocument(outcome.keys);
      else if (outcome.status !== 'skipped') {
        failed++;
        progress.log(`${NAME}: ${where}: ${outcome.error}\n`);
      }
    };
    const interrupts = watchInterrupts((text) => progress.log(text));
    const stopWhen = (): boolean => interrupts.signal !== null;
    try {
      if (flags.jsonl !== undefined) {
        const file = flags.jsonl === true ? '-' : flags.jsonl;
        const { openInput, splitLines } = await import('./jsonl.js');
        const field = flags.field ?? 'text';
        const chunks = await openInput(file, io);
        if (chunks instanceof Error) return fail(`${file}: ${describeError(chunks)}`);
        const tooLarge: LearnOutcome = { status: 'failed', error: `record larger than --max-size (${formatSize(maxSize)}); not counted` };
        const lines = splitLines(untilStopped(chunks, interrupts.stopped), maxSize);
        await runTasks(lines, jobs, { mode: 'learn-records', field }, (line) => learnRecord(line.bytes, field), (line: InputLine) => line.bytes, (o, line) => count(line.tooLarge ? tooLarge : o, `${file}:${line.n}`), stopWhen);
      } else {
        const paths = await classifyPaths(args, io.cwd);
        const targets = streamTargets(paths, io.cwd, extensions, (e) => {
          failed++;
          progress.log(`${NAME}: ${e.name}: ${e.message}\n`);
        }, undefined, !!flags.followLinks);
        await runTasks(targets, jobs, { mode: 'learn-files', maxSize }, (t: Target) => learnFile(t, maxSize), (t) => t, (o, t) => count(o, t.name), stopWhen);
      }
    } finally {
      interrupts.dispose();
      progress.clear();
      signal = interrupts.signal;
    }
  }

  const text = profile.serialize();
  const exact = profile.error === 0 ? 'exact' : `counts low by at most ${profile.error}`;
  const summary = `${plural(profile.documents, 'document')}, ${plural(profile.entries, 'key')} (bound ${profile.maxEntries}; ${exact})`;
  if (flags.output === undefined) io.stdout(text);
  else {
    try {
      writeOutputFileSync(path.resolve(io.cwd, flags.output), text);
    } catch (err) {
      return fail(`${flags.output}: ${describeError(err)}; no profile written`);
    }
  }
  io.stderr(`${NAME}: ${summary}${flags.output === undefined ? '' : ` -> ${flags.output}`}\n`);
  if (signal !== null) {
    io.stderr(`${NAME}: stopped by ${signal}; the profile counts the documents read before it\n`);
    return signalExitCode(signal);
  }
  return failed > 0 ? 2 : 0;
}

/**
 * Run learn tasks in order: in this thread for a handful or --jobs 1, else on the pool. Once
 * stopWhen() is true no task is started; those in hand finish.
 */
async function runTasks<T>(
  tasks: AsyncGenerator<T>,
  jobs: number,
  setup: WorkerSetup,
  inProcess: (task: T) => Promise<LearnOutcome> | LearnOutcome,
  payload: (task: T) => Target | Uint8Array,
  emit: (outcome: LearnOutcome, task: T) => void,
  stopWhen: () => boolean,
): Promise<void> {
  const { rest, ended } = await peek(tasks, POOL_MIN_FILES);
  if (jobs <= 1 || ended) {
    let i = 0;
    for await (const task of rest) {
      emit(await inProcess(task), task);
      if (stopWhen()) break;
      if (++i % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  const { OUT_OF_MEMORY, WorkerPool } = await import('./pool.js');
  const pool = new WorkerPool(jobs, setup);
  try {
    await pool.map<T, LearnOutcome>(rest, emit, { payload, stopWhen, outOfMemory: () => ({ status: 'failed', error: OUT_OF_MEMORY }) });
  } finally {
    await pool.close();
  }
}
