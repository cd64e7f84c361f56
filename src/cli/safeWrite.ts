/**
 * Atomic rewrite of one file. The new text goes to a temp file in the same folder, which is
 * renamed over the original: at every moment the file is wholly old or wholly new, even if the
 * process is killed. By default the temp file is not flushed to disk before the rename (an fsync
 * costs about a millisecond a file, more than everything else a write does): after a power cut or
 * an operating-system crash, a file written just before may be empty or partial. With `fsync` (the
 * CLI's --fsync) it is flushed first, so it is then old or new, never partial (the folder is not
 * flushed after the rename, so it may be old again). The file keeps its mode (and owner where the
 * system allows); a symbolic link stays a link and its target is rewritten, but only a target with
 * the link's extension and, when linkRoots are given, inside them. Nothing is written when the file
 * changed or went away since it was read. The old file is held open over the rename and looked at
 * again after it: if another process wrote to it meanwhile, it is put back (or, when the new file
 * was written to as well, kept beside it under a new name) and the write is reported as failed, so
 * no byte another process wrote is lost without a word.
 *
 * The calls are synchronous: in a worker thread nothing else waits for them, and a blocking call
 * costs a fraction of a thread-pool round trip. The temp file in flight (at most one a thread) is
 * known, so a signal handler can remove it; a worker also publishes its name in shared memory
 * (publishTempFilesTo) for the main thread, which removes it after stopping the worker. Temp names
 * start with a dot (folder expansion skips them) and end in .clean-article-PID-RANDOM.tmp.
 */
import { accessSync, close, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
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
    let ours: BigIntStats;
    try {
      writeAll(fd, Buffer.from(text, 'utf8'));
      keepOwnerAndMode(fd, before);
      if (options.fsync) fsyncSync(fd);
      ours = fstatSync(fd, { bigint: true });
    } finally {
      closeSync(fd);
    }
    // The old file is held open over the rename: what is written to it meanwhile is seen there.
    const old = openQuietly(real);
    try {
      if (old !== null) checkUnchanged(fstatSync(old, { bigint: true }), stamp);
      checkUnchanged(statSync(real, { bigint: true, throwIfNoEntry: false }), stamp);
      renameSync(temp, real);
      setInHand(null);
      if (old !== null) checkAfterRename(real, old, before, ours);
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

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Give a new file the owner (where allowed) and mode of the file it replaces. */
function keepOwnerAndMode(fd: number, before: BigIntStats): void {
  // Owner first: chown clears set-id bits, which chmod then restores.
  try {
    fchownSync(fd, Number(before.uid), Number(before.gid));
  } catch {
    // Not the owner and not root: the file gets our own.
  }
  fchmodSync(fd, Number(before.mode & 0o7777n));
}

/** True when a file's size and modification time are still the same. */
function same(a: BigIntStats, b: BigIntStats): boolean {
  return a.size === b.size && a.mtimeNs === b.mtimeNs;
}

/** Every byte of an open file, from its start. */
function readAll(fd: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; ; ) {
    const chunk = Buffer.allocUnsafe(1 << 16);
    const n = readSync(fd, chunk, 0, chunk.length, at);
    if (n === 0) break;
    parts.push(chunk.subarray(0, n));
    at += n;
  }
  return Buffer.concat(parts);
}

/** A new file in real's folder with these bytes and before's owner and mode (O_EXCL); its path. */
function newFileBeside(real: string, name: (hex: string) => string, bytes: Uint8Array, before: BigIntStats): string {
  for (let attempt = 1; ; attempt++) {
    const file = path.join(path.dirname(real), name(randomHex()));
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 5) continue;
      throw err;
    }
    try {
      writeAll(fd, bytes);
      keepOwnerAndMode(fd, before);
    } finally {
      closeSync(fd);
    }
    return file;
  }
}

/**
 * After the rename: the old file, held open since before it, must not have changed since it was
 * read. If another process wrote to it meanwhile (an appender that opened it before the rename),
 * what it wrote would be lost with the old file: the old file, with those bytes, is put back in
 * place (the cleaned text is dropped; a run later cleans it). If the new file was written to as
 * well, or the old one again, nothing is dropped: the other version is kept beside it under a new
 * name. Either way NotWrittenError says what happened, so the run exits 2.
 */
function checkAfterRename(real: string, old: number, before: BigIntStats, ours: BigIntStats): void {
  if (same(fstatSync(old, { bigint: true }), before) && !settles(old, before)) return;
  const short = Array.from(path.basename(real)).slice(0, 40).join('');
  const kept: string[] = [];
  try {
    // The new file, held open as well, so that writes to it in the meantime are seen too.
    let mine: number | null = null;
    try {
      mine = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      const at = fstatSync(mine, { bigint: true });
      if (at.ino !== ours.ino || at.dev !== ours.dev) {
        closeSync(mine);
        mine = null;
      }
    } catch {
      mine = null;
    }
    try {
      const oldBytes = readAll(old);
      const oldNow = fstatSync(old, { bigint: true });
      if (mine !== null && same(fstatSync(mine, { bigint: true }), ours)) {
        const back = newFileBeside(real, (hex) => `.${short}.clean-article-${process.pid}-${hex}.tmp`, oldBytes, before);
        try {
          renameSync(back, real);
        } catch (err) {
          removeTempFile(back);
          throw err;
        }
        if (!same(fstatSync(mine, { bigint: true }), ours)) kept.push(newFileBeside(real, (hex) => `${path.basename(real)}.clean-article-kept-${hex}`, readAll(mine), before));
      } else {
        kept.push(newFileBeside(real, (hex) => `${path.basename(real)}.clean-article-kept-${hex}`, oldBytes, before));
      }
      if (!same(fstatSync(old, { bigint: true }), oldNow)) kept.push(newFileBeside(real, (hex) => `${path.basename(real)}.clean-article-kept-${hex}`, readAll(old), before));
    } finally {
      if (mine !== null) closeSync(mine);
    }
  } catch (err) {
    throw new NotWrittenError(`another process wrote to it while it was being replaced, and it could not be put back (${describeError(err)}); the text written to the old file may be lost${kept.length > 0 ? `; kept: ${kept.map((k) => path.basename(k)).join(', ')}` : ''}`);
  }
  if (kept.length === 0) throw new NotWrittenError('another process wrote to it while it was being replaced: put back as it was, with what was written to it; not cleaned (run again)');
  throw new NotWrittenError(`another process wrote to it while it was being replaced; nothing was dropped: the other version is kept beside it as ${kept.map((k) => path.basename(k)).join(' and ')} (compare them)`);
}

/** A file written to less than this long before it was read (ns) is being written to now. */
const ACTIVE_NS = 1_000_000_000n;
/** How long the old file of such a file is watched after the rename (ms). */
const SETTLE_MS = 3;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * For a file someone is writing to (modified just before it was read): wait a moment after the
 * rename, then look at the old file again. A writer that opened it just before the rename writes
 * to it a few microseconds later; the wait lets that write land where the check sees it. True
 * when the old file changed meanwhile. Files that nobody is writing to pay nothing.
 */
function settles(old: number, before: BigIntStats): boolean {
  if (BigInt(Date.now()) * 1_000_000n - before.mtimeNs > ACTIVE_NS) return false;
  Atomics.wait(sleeper, 0, 0, SETTLE_MS);
  return !same(fstatSync(old, { bigint: true }), before);
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
