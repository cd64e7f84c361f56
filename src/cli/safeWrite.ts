/**
 * Atomic rewrite of one file. The new text goes to a temp file in the same folder, which is
 * renamed over the original: at every moment the file is wholly old or wholly new, even if the
 * process is killed. By default the temp file is not flushed to disk before the rename (an fsync
 * costs about a millisecond a file, more than everything else a write does): after a power cut or
 * an operating-system crash, a file written just before may be empty or partial. With `fsync` (the
 * CLI's --fsync) it is flushed first, so it is then old or new, never partial (the folder is not
 * flushed after the rename, so it may be old again). The file keeps its mode (and owner where the
 * system allows); a symbolic link stays a link and its target is rewritten. Nothing is written when
 * the file changed or went away since it was read.
 *
 * The calls are synchronous: in a worker thread nothing else waits for them, and a blocking call
 * costs a fraction of a thread-pool round trip. The temp file in flight (at most one a thread) is
 * known, so a signal handler can remove it; a worker also publishes its name in shared memory
 * (publishTempFilesTo) for the main thread, which removes it after stopping the worker. Temp names
 * start with a dot (folder expansion skips them) and end in .clean-article-PID-RANDOM.tmp.
 */
import { accessSync, close, closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import path from 'node:path';
import { describeError, linkRefusal, stampOf } from './files.js';

/** Raised when the file is not written; the message says why and that the file was left alone. */
export class NotWrittenError extends Error {
  override name = 'NotWrittenError';
}

/** How to write. */
export interface WriteOptions {
  /** Flush the new text to disk before the rename (slower; survives a power cut). */
  fsync?: boolean;
  /**
   * The real folders a symbolic link may lead into (see walk.ts); null or absent: anywhere. A link
   * to a file with another extension is never written through.
   */
  linkRoots?: readonly string[] | null;
}

/** The temp file this thread is writing, or null. */
let inHand: string | null = null;

/** Where a worker thread publishes inHand for the main thread (see publishTempFilesTo). */
let shared: { length: Int32Array; bytes: Uint8Array } | null = null;

/** Bytes of shared memory a worker needs to publish its temp file: a length and a path. */
export const TEMP_SLOT_BYTES = 4 + 8192;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * From now on, publish the temp file in flight in `slot` (TEMP_SLOT_BYTES of shared memory), where
 * tempFileIn() reads it from another thread: set before the temp file is created, cleared once it
 * is renamed or removed. A worker thread calls this once.
 */
export function publishTempFilesTo(slot: SharedArrayBuffer): void {
  shared = { length: new Int32Array(slot, 0, 1), bytes: new Uint8Array(slot, 4) };
}

/** The temp file a thread published in `slot`; it may exist or not (already renamed, not yet made). */
export function tempFileIn(slot: SharedArrayBuffer): string | null {
  const length = Atomics.load(new Int32Array(slot, 0, 1), 0);
  return length > 0 ? decoder.decode(new Uint8Array(slot, 4, length).slice()) : null;
}

function setInHand(temp: string | null): void {
  inHand = temp;
  if (shared === null) return;
  if (temp === null) {
    Atomics.store(shared.length, 0, 0);
    return;
  }
  const { read, written } = encoder.encodeInto(temp, shared.bytes);
  if (read !== temp.length) throw Object.assign(new Error('path too long'), { code: 'ENAMETOOLONG' });
  Atomics.store(shared.length, 0, written);
}

/**
 * Replace the file's content with text, atomically, if the file still has the stamp it had when
 * read (see stampOf). Throws NotWrittenError, leaving the file untouched, on any failure.
 */
export function writeFileAtomicSync(file: string, text: string, stamp: string, options: WriteOptions = {}): void {
  const { real, before } = current(file, stamp, options.linkRoots ?? null);
  try {
    accessSync(real, constants.W_OK);
  } catch (err) {
    throw new NotWrittenError(`cannot write: ${describeError(err)} (no write permission on the file); left as it was`);
  }
  const short = Array.from(path.basename(real)).slice(0, 40).join('');
  let temp = '';
  let fd: number | undefined;
  // 'wx' never opens a file that is there (nor follows a link): another name is drawn then.
  for (let attempt = 1; fd === undefined; attempt++) {
    temp = path.join(path.dirname(real), `.${short}.clean-article-${process.pid}-${randomHex()}.tmp`);
    try {
      setInHand(temp);
      fd = openSync(temp, 'wx', 0o600);
    } catch (err) {
      setInHand(null);
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 5) continue;
      throw new NotWrittenError(`cannot write: ${describeError(err)} (no temp file can be made in its folder); left as it was`);
    }
  }
  try {
    try {
      const bytes = Buffer.from(text, 'utf8');
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      // Owner first: chown clears set-id bits, which chmod then restores.
      try {
        fchownSync(fd, Number(before.uid), Number(before.gid));
      } catch {
        // Not the owner and not root: the file gets our own.
      }
      fchmodSync(fd, Number(before.mode & 0o7777n));
      if (options.fsync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    checkUnchanged(statSync(real, { bigint: true, throwIfNoEntry: false }), stamp);
    const old = openQuietly(real);
    try {
      renameSync(temp, real);
      setInHand(null);
    } finally {
      if (old !== null) closeLater(old);
    }
  } catch (err) {
    if (inHand !== null) {
      try {
        unlinkSync(temp);
      } catch {
        // Removed already (a signal handler) or never made.
      }
      setInHand(null);
    }
    if (err instanceof NotWrittenError) throw err;
    throw new NotWrittenError(`cannot write: ${describeError(err)}; left as it was`);
  }
}

/** Eight random hex digits for a temp name (Math.random: a temp name needs no secrecy, and 'wx' guards it). */
function randomHex(): string {
  return Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, '0');
}

/**
 * The path to write (a symbolic link's target, found only for a link) and its state, which must
 * still have the stamp the file was read with.
 */
function current(file: string, stamp: string, linkRoots: readonly string[] | null): { real: string; before: BigIntStats } {
  try {
    const own = lstatSync(file, { bigint: true, throwIfNoEntry: false });
    if (own === undefined || !own.isSymbolicLink()) return { real: file, before: checkUnchanged(own, stamp) };
    const real = realpathSync(file);
    const refusal = linkRefusal(file, real, true, linkRoots);
    if (refusal !== null) throw new NotWrittenError(`${refusal.replace(/; not followed.*$/, '')}; not written`);
    return { real, before: checkUnchanged(statSync(real, { bigint: true, throwIfNoEntry: false }), stamp) };
  } catch (err) {
    if (err instanceof NotWrittenError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new NotWrittenError(code === 'ENOENT' ? 'deleted while being cleaned; not written' : `cannot write: ${describeError(err)}; left as it was`);
  }
}

/**
 * The old file is held open over the rename, so that its blocks are freed when this handle is
 * closed rather than in the rename. Freeing can be slow (a file system mounted with online
 * discard trims the blocks there and then, a millisecond or more a file); closing on libuv's
 * thread pool lets it overlap the cleaning of the next files. At most CLOSING handles wait. Not on
 * Windows, where a file held open may refuse to be replaced.
 */
const CLOSING = 16;
let closing = 0;

function openQuietly(file: string): number | null {
  if (process.platform === 'win32') return null;
  try {
    return openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
}

function closeLater(fd: number): void {
  if (closing >= CLOSING) {
    closeSync(fd);
    return;
  }
  closing++;
  close(fd, () => closing--);
}

function checkUnchanged(now: BigIntStats | undefined, stamp: string): BigIntStats {
  if (now === undefined) throw new NotWrittenError('deleted while being cleaned; not written');
  if (stampOf(now) !== stamp) throw new NotWrittenError('changed while being cleaned; not written (run again)');
  return now;
}

/** Temp files being written by this thread right now (absolute paths; at most one). */
export function tempFilesInFlight(): string[] {
  return inHand === null ? [] : [inHand];
}

/** Remove this thread's temp file in flight, if any (for a signal handler about to exit). */
export function removeTempFilesSync(): number {
  const temp = inHand;
  setInHand(null);
  return temp !== null && removeTempFile(temp) ? 1 : 0;
}

/** Remove one temp file; false when it is not there (already renamed into place, or never made). */
export function removeTempFile(temp: string): boolean {
  try {
    unlinkSync(temp);
    return true;
  } catch {
    return false;
  }
}
