/**
 * Writing a whole output file (`learn -o FILE`) safely where other people can create files: the
 * text goes to a new temp file in FILE's folder, created with O_EXCL (a file or symbolic link
 * planted at that name is never opened, another name is drawn), which is then renamed over FILE.
 * Only a regular file is replaced (or a missing one created); a terminal or a pipe (a FIFO, or a
 * link to one such as /dev/stdout) is written in place; anything else (a symbolic link to a file,
 * a device, a folder, a socket) is refused. The temp file is removed when anything fails.
 */
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import path from 'node:path';

/** Why the output was not written; the message is one line, without the path. */
export class OutputError extends Error {
  override name = 'OutputError';
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

function randomHex(): string {
  return Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, '0');
}

/** The open flags that create a file only where nothing is, and never follow a link. */
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Write `text` to `file` (absolute). Throws OutputError for a target it will not replace, and the
 * file-system error (with its code) when writing fails; the temp file is gone either way.
 */
export function writeOutputFileSync(file: string, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  const own = lstatSync(file, { throwIfNoEntry: false });
  if (own !== undefined && !own.isFile()) {
    // A terminal or a pipe (also through a link: /dev/stdout) is written in place.
    const target = statSync(file, { throwIfNoEntry: false });
    if (target !== undefined && (target.isFIFO() || target.isCharacterDevice())) {
      const fd = openSync(file, constants.O_WRONLY | (constants.O_NOCTTY ?? 0));
      try {
        const info = fstatSync(fd);
        if (info.isFIFO() || isatty(fd)) {
          writeAll(fd, bytes);
          return;
        }
      } finally {
        closeSync(fd);
      }
    }
    throw new OutputError(`${kindOf(own, target)}; -o replaces only a regular file (or writes to a terminal or a pipe)`);
  }
  let temp = '';
  let fd: number | undefined;
  for (let attempt = 1; fd === undefined; attempt++) {
    temp = path.join(path.dirname(file), `.${Array.from(path.basename(file)).slice(0, 40).join('')}.clean-article-${process.pid}-${randomHex()}.tmp`);
    try {
      fd = openSync(temp, CREATE_NEW, 0o666);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 5) continue;
      throw err;
    }
  }
  try {
    try {
      writeAll(fd, bytes);
      if (own !== undefined) {
        // A file being replaced keeps its owner (where allowed) and mode.
        try {
          fchownSync(fd, own.uid, own.gid);
        } catch {
          // Not root: the file gets our own.
        }
        fchmodSync(fd, own.mode & 0o7777);
      }
    } finally {
      closeSync(fd);
    }
    // Only a regular file (or nothing) may be replaced, also if one was put there meanwhile.
    const now = lstatSync(file, { throwIfNoEntry: false });
    if (now !== undefined && !now.isFile()) throw new OutputError(`${kindOf(now, statSync(file, { throwIfNoEntry: false }))}; -o replaces only a regular file`);
    renameSync(temp, file);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // Never made, or already renamed.
    }
    throw err;
  }
}

function kindOf(own: { isSymbolicLink(): boolean; isDirectory(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isFIFO(): boolean }, target?: { isFile(): boolean }): string {
  if (own.isSymbolicLink()) return target?.isFile() ? 'is a symbolic link to a file' : 'is a symbolic link';
  if (own.isDirectory()) return 'is a directory';
  if (own.isCharacterDevice() || own.isBlockDevice()) return 'is a device, not a terminal';
  if (own.isSocket()) return 'is a socket';
  return 'is not a regular file';
}
