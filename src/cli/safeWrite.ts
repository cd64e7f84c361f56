/**
 * Atomic rewrite of one file. The new text goes to a temp file in the same folder, is flushed to
 * disk (fsync), and is renamed over the original: at every moment the file is wholly old or wholly
 * new, even if the process is killed. The folder is not flushed after the rename (that would be a
 * second fsync a file): after a power cut the file may be old again, never partial. The file keeps
 * its mode (and owner where the system allows); a symbolic link stays a link and its target is
 * rewritten. Nothing is written when the file changed or went away since it was read. Temp files
 * in flight are tracked so a signal handler can remove them; their names start with a dot (folder
 * expansion skips them) and end in .clean-article-PID-RANDOM.tmp.
 */
import { randomBytes } from 'node:crypto';
import { constants, unlinkSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import { access, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { describeError, stampOf } from './files.js';

const inFlight = new Set<string>();

/** Raised when the file is not written; the message says why and that the file was left alone. */
export class NotWrittenError extends Error {
  override name = 'NotWrittenError';
}

/**
 * Replace the file's content with text, atomically, if the file still has the stamp it had when
 * read (see stampOf). Throws NotWrittenError, leaving the file untouched, on any failure.
 */
export async function writeFileAtomic(file: string, text: string, stamp: string): Promise<void> {
  const real = await realpath(file).catch((err: NodeJS.ErrnoException) => {
    throw new NotWrittenError(err.code === 'ENOENT' ? 'deleted while being cleaned; not written' : `cannot write: ${describeError(err)}; left as it was`);
  });
  const before = await checkUnchanged(real, stamp);
  await access(real, constants.W_OK).catch((err: unknown) => {
    throw new NotWrittenError(`cannot write: ${describeError(err)} (no write permission on the file); left as it was`);
  });
  const dir = path.dirname(real);
  const short = Array.from(path.basename(real)).slice(0, 40).join('');
  const temp = path.join(dir, `.${short}.clean-article-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  inFlight.add(temp);
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx', 0o600);
  } catch (err) {
    inFlight.delete(temp);
    throw new NotWrittenError(`cannot write: ${describeError(err)} (no temp file can be made in its folder); left as it was`);
  }
  try {
    try {
      await handle.writeFile(text, 'utf8');
      // Owner first: chown clears set-id bits, which chmod then restores.
      await handle.chown(Number(before.uid), Number(before.gid)).catch(() => undefined);
      await handle.chmod(Number(before.mode & 0o7777n));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await checkUnchanged(real, stamp);
    await rename(temp, real);
    inFlight.delete(temp);
  } catch (err) {
    if (inFlight.delete(temp)) await unlink(temp).catch(() => undefined);
    if (err instanceof NotWrittenError) throw err;
    throw new NotWrittenError(`cannot write: ${describeError(err)}; left as it was`);
  }
}

async function checkUnchanged(real: string, stamp: string): Promise<BigIntStats> {
  const now = await stat(real, { bigint: true }).catch(() => null);
  if (now === null) throw new NotWrittenError('deleted while being cleaned; not written');
  if (stampOf(now) !== stamp) throw new NotWrittenError('changed while being cleaned; not written (run again)');
  return now;
}

/** Temp files being written right now (absolute paths). */
export function tempFilesInFlight(): string[] {
  return [...inFlight];
}

/** Remove the temp files in flight, synchronously (for a signal handler about to exit). */
export function removeTempFilesSync(): number {
  let removed = 0;
  for (const temp of inFlight) {
    try {
      unlinkSync(temp);
      removed++;
    } catch {
      // Already renamed into place or never created.
    }
  }
  inFlight.clear();
  return removed;
}
