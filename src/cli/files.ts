import { Stats, closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { constants as bufferConstants } from 'node:buffer';
import { formatSize } from './size.js';

const MAX_STRING_LENGTH = bufferConstants.MAX_STRING_LENGTH;

/** One input the CLI cleans: a file, or standard input (name `-`). */
export interface Target {
  /** The path as given or as expanded from a folder or glob; `-` for stdin. */
  name: string;
  /** Absolute path; empty for stdin. */
  file: string;
}

/** A path argument that could not be turned into files. */
export interface PathError {
  name: string;
  message: string;
  /** A folder or glob pattern that matched no file (no error with --no-error-on-unmatched-pattern). */
  unmatched?: boolean;
}

/** What a path argument turned out to be. */
export type PathKind = 'stdin' | 'file' | 'folder' | 'glob' | 'missing';

export interface ClassifiedPath {
  arg: string;
  kind: PathKind;
}

/**
 * Classify each argument. A path that exists is taken literally (a file even if its name has glob
 * characters); a missing path with glob characters is a pattern; anything else is missing.
 */
export async function classifyPaths(args: readonly string[], cwd: string): Promise<ClassifiedPath[]> {
  return Promise.all(
    args.map(async (arg): Promise<ClassifiedPath> => {
      if (arg === '-') return { arg, kind: 'stdin' };
      const full = path.resolve(cwd, arg);
      const info = await stat(full).catch((err: NodeJS.ErrnoException) => err);
      if (info instanceof Stats) return { arg, kind: info.isDirectory() ? 'folder' : 'file' };
      // A link in a loop or to nowhere, or a folder on the way we may not enter: reading it says why.
      const absent = info.code === 'ENOENT' || info.code === 'ENOTDIR';
      if (!absent || (await lstat(full).catch(() => null))) return { arg, kind: 'file' };
      const picomatch = (await import('picomatch')).default;
      return { arg, kind: picomatch.scan(arg).isGlob ? 'glob' : 'missing' };
    }),
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode UTF-8 bytes exactly, keeping a byte-order mark as U+FEFF. Throws on invalid UTF-8, so a
 * file in another encoding is reported instead of being rewritten with replacement characters.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch (err) {
    // Past V8's longest string (2^29 - 24 characters, about 512M), valid text cannot be held either.
    if ((err as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG' || err instanceof RangeError) {
      throw new Error(`too large to clean (${formatSize(bytes.length)}: a text holds at most ${MAX_STRING_LENGTH} characters, about 512M); skipped`);
    }
    const at = invalidUtf8At(bytes);
    throw new Error(at < 0 ? 'not valid UTF-8; skipped' : `not valid UTF-8 (byte 0x${bytes[at].toString(16).toUpperCase()} at offset ${at}); skipped`);
  }
}

/** Text bytes: refuses a binary file (a NUL byte: an image, an archive, UTF-16) and invalid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new Error(`binary file (NUL byte at offset ${nul}); skipped`);
  return decodeUtf8(bytes);
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function invalidUtf8At(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0) return i;
    // Second-byte limits rule out overlong forms, surrogates and code points above U+10FFFF.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/**
 * What identifies one state of a file: device, inode, size, modification and change times in
 * nanoseconds. Any write, rename over it or metadata change gives another stamp.
 */
export function stampOf(s: BigIntStats): string {
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

/** A file's text and the stamp it had when read. */
export interface TextFile {
  text: string;
  stamp: string;
}

/**
 * Read a file as text. Refused before reading: anything but a regular file (a FIFO would block,
 * a device never end) and a file over maxSize bytes. Refused after reading: a binary file, invalid
 * UTF-8, and a file that changed while it was being read. Synchronous: a worker thread has nothing
 * else to do meanwhile, and one blocking call costs a fraction of a thread-pool round trip.
 */
export function readInputFileSync(file: string, maxSize = Infinity): TextFile {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) throw new Error('broken symbolic link');
    throw err;
  }
  try {
    const before = fstatSync(fd, { bigint: true });
    if (before.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!before.isFile()) throw new Error('not a regular file; skipped');
    const size = Number(before.size);
    if (size > maxSize) throw new Error(`larger than --max-size (${formatSize(size)} > ${formatSize(maxSize)}); skipped without reading`);
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    const stamp = stampOf(before);
    if (got !== size || stampOf(fstatSync(fd, { bigint: true })) !== stamp) throw new Error('changed while being read; skipped');
    return { text: decodeText(bytes), stamp };
  } finally {
    closeSync(fd);
  }
}

/** A file's text (see readInputFileSync). */
export function readTextFileSync(file: string): string {
  return readInputFileSync(file).text;
}

/** True when the real path `real` is one of the roots or lies below one. */
export function insideRoots(real: string, roots: readonly string[]): boolean {
  return roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`));
}

/** Why a link's target may not be taken, or null when it may. */
export function linkRefusal(linkName: string, real: string, isFile: boolean, roots: readonly string[] | null): string | null {
  if (roots !== null && !insideRoots(real, roots)) return `symbolic link to ${real}, outside the paths given; not followed (--follow-links follows it)`;
  if (isFile && path.extname(real).toLowerCase() !== path.extname(linkName).toLowerCase()) return `symbolic link to a file with another extension (${path.basename(real)}); not followed`;
  return null;
}

/** A short message for a failed file operation. */
export function describeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'symbolic link loop; skipped';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENAMETOOLONG':
      return 'path too long';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
