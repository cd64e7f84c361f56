import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

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
      const info = await stat(path.resolve(cwd, arg)).catch(() => null);
      if (info?.isDirectory()) return { arg, kind: 'folder' };
      if (info) return { arg, kind: 'file' };
      const fg = (await import('fast-glob')).default;
      return { arg, kind: fg.isDynamicPattern(arg) ? 'glob' : 'missing' };
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
  } catch {
    throw new Error('not valid UTF-8');
  }
}

/**
 * Read a file as strict UTF-8. Synchronous underneath: one blocking read is several times cheaper
 * than the four thread-pool round trips of fs/promises readFile, and each file is read by one
 * worker thread (or the one process) that has nothing else to do meanwhile.
 */
export async function readTextFile(file: string): Promise<string> {
  return decodeUtf8(readFileSync(file));
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
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
