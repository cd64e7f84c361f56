import { isatty } from 'node:tty';
import { describeError, decodeText } from './files.js';
import type { Io } from './main.js';
import { untilStopped } from './signals.js';
import { formatSize } from './size.js';

/**
 * The real process's stdout, stderr and stdin, and what happens when writing to them fails:
 *
 * - EPIPE (a reader that went away early: `clean-article … | head -1`) on stdout or stderr is not
 *   an error: nothing more is written there, quietly, and the run goes on (files already decided
 *   are still written; a summary on a closed stderr is dropped).
 * - Any other error writing stdout (ENOSPC: `> /dev/full`, EIO, EFBIG) is one line on stderr and
 *   exit code 2, whatever the run would have given: a caller must not read a partial output as
 *   "done" or a failed --check list as "files would change".
 * - An uncaught error anywhere is a bug: one line that names it on stderr, exit 2, no stack.
 */
const NAME = 'clean-article';
let stdoutClosed = false;
let stderrClosed = false;
/** Why stdout could not be written (not EPIPE), once it failed. */
let stdoutFailure: string | null = null;

function writeStderr(text: string): void {
  if (stderrClosed) return;
  try {
    process.stderr.write(text);
  } catch {
    stderrClosed = true;
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  stdoutClosed = true;
  if (err.code === 'EPIPE' || stdoutFailure !== null) return;
  stdoutFailure = describeError(err);
  writeStderr(`${NAME}: cannot write to stdout: ${stdoutFailure}${err.code !== undefined && !stdoutFailure.includes(err.code) ? ` (${err.code})` : ''}\n`);
  process.exitCode = 2;
});
process.stderr.on('error', () => {
  stderrClosed = true;
});
process.on('exit', () => {
  if (stdoutFailure !== null) process.exitCode = 2;
});

/** The one line that names an uncaught error: its type, message and where it was thrown. */
export function bugLine(err: unknown): string {
  const e = err instanceof Error ? err : new Error(String(err));
  const frame = e.stack?.split('\n').find((l) => /^\s+at /.test(l))?.trim();
  return `${NAME}: internal error (a bug; please report it): ${e.name}: ${e.message}${frame ? ` (${frame})` : ''}\n`;
}

const lastResort = (err: unknown): void => {
  writeStderr(bugLine(err));
  process.exit(2);
};
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);

/** The real process: stdout/stderr, stdin, terminal flags and working directory. */
export const nodeIo: Io = {
  stdout(text) {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr(text) {
    writeStderr(text);
  },
  async readStdin(maxBytes = Infinity, stop) {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of untilStopped(process.stdin, stop)) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        process.stdin.destroy();
        throw new Error(`more than --max-size (${formatSize(maxBytes)}) on stdin; not read further`);
      }
      chunks.push(chunk as Buffer);
    }
    if (stop?.aborted) throw new Error('stopped by a signal before stdin ended');
    return decodeText(Buffer.concat(chunks));
  },
  stdinIsTTY: isatty(0),
  stdoutIsTTY: isatty(1),
  stderrIsTTY: isatty(2),
  stdinChunks: () => process.stdin,
  stdoutBytes(bytes) {
    if (!stdoutClosed) process.stdout.write(bytes);
  },
  stdoutDrained() {
    if (stdoutClosed || !process.stdout.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        process.stdout.off('drain', done);
        process.stdout.off('error', done);
        resolve();
      };
      process.stdout.once('drain', done);
      process.stdout.once('error', done);
    });
  },
  noColor: (process.env.NO_COLOR ?? '') !== '' || process.env.TERM === 'dumb',
  colorEnv: { FORCE_COLOR: process.env.FORCE_COLOR, NO_COLOR: process.env.NO_COLOR, TERM: process.env.TERM },
  get cwd() {
    return process.cwd();
  },
};
