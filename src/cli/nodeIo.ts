import { isatty } from 'node:tty';
import { decodeText } from './files.js';
import type { Io } from './main.js';

let stdoutClosed = false;
// A reader that goes away early (`clean-article a.txt | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  stdoutClosed = true;
});

/** The real process: stdout/stderr, stdin, terminal flags and working directory. */
export const nodeIo: Io = {
  stdout(text) {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr(text) {
    process.stderr.write(text);
  },
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
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
    return new Promise((resolve) => process.stdout.once('drain', resolve));
  },
  noColor: (process.env.NO_COLOR ?? '') !== '' || process.env.TERM === 'dumb',
  colorEnv: { FORCE_COLOR: process.env.FORCE_COLOR, NO_COLOR: process.env.NO_COLOR, TERM: process.env.TERM },
  get cwd() {
    return process.cwd();
  },
};
