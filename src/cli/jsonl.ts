/**
 * `--jsonl [FILE]`: clean one string field (`--field`, default `text`) of every JSON Lines record
 * of FILE or stdin and write the records to stdout in the same order, each changed only in that
 * field's value (see jsonl-record.ts). A malformed line (not UTF-8, not JSON) is written back
 * unchanged and reported with its line number; the run then exits 2. A plain pipe stage, so a
 * sharded corpus runs under GNU parallel (`parallel --pipe -k`), Hadoop streaming or Spark's pipe().
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { CleanOptions } from '../index.js';
import { peek, POOL_MIN_FILES } from './batch.js';
import { describeError } from './files.js';
import { NAME, perRule, plural } from './output.js';
import { cleanRecord } from './jsonl-record.js';
import type { RecordOutcome } from './jsonl-record.js';
import type { Io } from './main.js';
import { Progress } from './progress.js';
import { signalExitCode, untilStopped, watchInterrupts } from './signals.js';
import { DEFAULT_MAX_SIZE, formatSize } from './size.js';

/** Output is handed to stdout in pieces of about this size. */
const FLUSH_BYTES = 1 << 16;

/** One line of the input: its bytes without the "\n", and whether a "\n" ended it. */
export interface InputLine {
  n: number;
  bytes: Uint8Array;
  eol: boolean;
  /** True when the line was longer than the limit: its bytes were dropped unread (bytes is empty). */
  tooLarge?: boolean;
}

export interface JsonlOptions {
  /** A path, or "-" for stdin. */
  file: string;
  field: string;
  options: CleanOptions;
  jobs: number;
  explain: boolean;
  /** Largest record (bytes); a longer one is left out of the output and reported. */
  maxSize?: number;
}

/**
 * Split a byte stream into lines on "\n" (a "\r" before it stays part of the line). A line longer
 * than maxLine bytes is not kept: its bytes are dropped as they come, and it is given as an empty
 * line marked tooLarge, so memory stays bounded whatever the input (`< /dev/zero`).
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLine = Infinity): AsyncGenerator<InputLine> {
  let carry: Uint8Array[] = [];
  let carried = 0;
  let tooLarge = false;
  let n = 0;
  const take = (piece: Uint8Array): void => {
    if (tooLarge) return;
    if (carried + piece.length > maxLine) {
      tooLarge = true;
      carry = [];
      carried = 0;
      return;
    }
    if (piece.length > 0) carry.push(piece);
    carried += piece.length;
  };
  const line = (eol: boolean): InputLine => {
    // A copy with its own buffer: a view would drag the whole chunk along to a worker.
    const out: InputLine = tooLarge ? { n: ++n, bytes: new Uint8Array(0), eol, tooLarge: true } : { n: ++n, bytes: new Uint8Array(carry.length === 1 ? carry[0] : Buffer.concat(carry)), eol };
    carry = [];
    carried = 0;
    tooLarge = false;
    return out;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, start)) {
      take(chunk.subarray(start, i));
      start = i + 1;
      yield line(true);
    }
    // The rest waits for the next chunk: a copy only when the line goes on (the chunk is reused).
    if (start < chunk.length) take(chunk.subarray(start));
  }
  if (carried > 0 || tooLarge) yield line(false);
}

async function* stdinChunks(io: Io): AsyncGenerator<Uint8Array> {
  if (io.stdinChunks) yield* io.stdinChunks();
  else yield Buffer.from(await io.readStdin(), 'utf8');
}

/** The bytes of a file ("-": stdin) as a stream of chunks, or the error opening it. */
export async function openInput(file: string, io: Io): Promise<AsyncIterable<Uint8Array> | Error> {
  // The stream itself when there is one, so that a signal can close it (see untilStopped).
  if (file === '-') return io.stdinChunks ? io.stdinChunks() : stdinChunks(io);
  const stream = createReadStream(path.resolve(io.cwd, file), { highWaterMark: 1 << 20 });
  const opened = await new Promise<Error | null>((resolve) => {
    stream.once('ready', () => resolve(null));
    stream.once('error', resolve);
  });
  return opened ?? stream;
}

/** Run --jsonl; returns the exit code. */
export async function runJsonl(opts: JsonlOptions, io: Io): Promise<number> {
  const name = opts.file === '-' ? '-' : opts.file;
  const opened = await openInput(opts.file, io);
  if (opened instanceof Error) {
    io.stderr(`${NAME}: ${opts.file}: ${describeError(opened)}\n`);
    return 2;
  }
  const chunks: AsyncIterable<Uint8Array> = opened;

  const progress = new Progress(io.stderr, io.stderrIsTTY === true, 'records');
  const counts = { changed: 0, unchanged: 0, skipped: 0, malformed: 0, removedLines: 0 };
  const byRule = new Map<string, number>();
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = (): void => {
    if (pendingBytes === 0) return;
    const bytes = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    progress.clear();
    if (io.stdoutBytes) io.stdoutBytes(bytes);
    else io.stdout(bytes.toString('utf8'));
  };
  const put = (bytes: Uint8Array): void => {
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes >= FLUSH_BYTES) flush();
  };
  const newline = Buffer.from('\n');

  const tooLargeError = `record larger than --max-size (${formatSize(opts.maxSize ?? DEFAULT_MAX_SIZE)}); left out of the output`;
  const report = (outcome: RecordOutcome, line: InputLine): void => {
    progress.tick();
    if (line.tooLarge) {
      counts.malformed++;
      progress.log(`${NAME}: ${name}:${line.n}: ${tooLargeError}\n`);
      return;
    }
    if (outcome.status === 'changed') put(Buffer.from(outcome.output ?? '', 'utf8'));
    else put(line.bytes);
    if (line.eol) put(newline);
    if (outcome.status === 'malformed') {
      counts.malformed++;
      progress.log(`${NAME}: ${name}:${line.n}: ${outcome.error}; passed through unchanged\n`);
      return;
    }
    if (outcome.status === 'skipped') {
      counts.skipped++;
      return;
    }
    counts[outcome.status]++;
    if (outcome.status === 'changed') {
      counts.removedLines += outcome.removedLines;
      for (const [id, n] of Object.entries(outcome.removedByRule)) byRule.set(id, (byRule.get(id) ?? 0) + n);
    }
    if (opts.explain) for (const f of outcome.findings) progress.log(`${name}:${line.n}:${f.start}-${f.end} ${f.ruleId}: ${f.reason}\n`);
  };

  const interrupts = watchInterrupts((text) => progress.log(text));
  const stopWhen = (): boolean => interrupts.signal !== null;
  let failure: string | null = null;
  async function* source(): AsyncGenerator<InputLine> {
    try {
      for await (const line of splitLines(untilStopped(chunks, interrupts.stopped), opts.maxSize ?? DEFAULT_MAX_SIZE)) {
        if (io.stdoutDrained) await io.stdoutDrained();
        yield line;
      }
    } catch (err) {
      if (interrupts.signal === null) failure = describeError(err);
    }
  }
  try {
    const { rest, ended } = await peek(source(), POOL_MIN_FILES);
    if (opts.jobs <= 1 || ended) {
      for await (const line of rest) {
        report(line.tooLarge ? { status: 'skipped' } : cleanRecord(line.bytes, opts.field, opts.options), line);
        if (stopWhen()) break;
        // Let a signal in between records.
        if (line.n % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } else {
      const { OUT_OF_MEMORY, WorkerPool } = await import('./pool.js');
      const pool = new WorkerPool(opts.jobs, { mode: 'records', field: opts.field, options: opts.options });
      try {
        await pool.map<InputLine, RecordOutcome>(rest, report, { payload: (line) => line.bytes, stopWhen, outOfMemory: () => ({ status: 'malformed', error: OUT_OF_MEMORY }) });
      } finally {
        await pool.close();
      }
    }
  } finally {
    interrupts.dispose();
    flush();
    progress.clear();
  }

  const lines = `${plural(counts.removedLines, 'line')} removed${perRule(byRule)}`;
  io.stderr(`${NAME}: ${plural(counts.changed, 'record')} changed, ${counts.unchanged} unchanged, ${counts.skipped} without a "${opts.field}" string, ${counts.malformed} malformed; ${lines}\n`);
  if (failure !== null) {
    io.stderr(`${NAME}: ${name}: ${failure}\n`);
    return 2;
  }
  if (interrupts.signal !== null) return signalExitCode(interrupts.signal);
  return counts.malformed > 0 ? 2 : 0;
}
