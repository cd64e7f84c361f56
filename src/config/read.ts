/**
 * Reading a small input file that the user did not necessarily write (a configuration, ignore or
 * profile file): only a regular file, opened without blocking (a FIFO would wait for a writer
 * forever, a device never end), and only up to a cap, checked before reading.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';

/** Why a file cannot be read; the message is one line, without the path. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** What a file that is not a regular file is, for a message: "a directory", "a FIFO (named pipe)". */
export function kindOfFile(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** "1M", "256M": a cap for a message. */
function formatCap(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)}M` : bytes % 1024 === 0 ? `${bytes / 1024}k` : `${bytes} bytes`;
}

/**
 * The text of a regular file of at most maxBytes bytes (UTF-8). Throws UnreadableFileError for
 * anything else (with code ENOENT when it is not there), or the file-system error.
 */
export function readRegularFileSync(file: string, maxBytes: number, what = 'a file'): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableFileError('no such file', code);
    if (code === 'ENXIO') throw new UnreadableFileError(`is a socket or a device, not ${what}`, code);
    throw err;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new UnreadableFileError(`is ${kindOfFile(info)}, not ${what}`, info.isDirectory() ? 'EISDIR' : 'ENOTREG');
    if (info.size > maxBytes) throw new UnreadableFileError(`too large for ${what} (${info.size} bytes; at most ${formatCap(maxBytes)})`, 'EFBIG');
    const bytes = Buffer.allocUnsafe(info.size);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    // Grown meanwhile past what was measured: read no further than the cap allows.
    if (got === bytes.length && got < maxBytes) {
      const extra = Buffer.allocUnsafe(1);
      if (readSync(fd, extra, 0, 1, got) > 0) throw new UnreadableFileError(`changed while being read; run again`, 'ECHANGED');
    }
    return bytes.subarray(0, got).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
