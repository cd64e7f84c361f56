import { readFile, stat } from 'node:fs/promises';
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

const IGNORE = ['**/node_modules/**', '**/.git/**'];

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

/**
 * Expand classified paths into a sorted, de-duplicated list of targets. A folder means every
 * `**\/*.<ext>` under it (hidden entries, node_modules and .git skipped; `extensions` may depend on
 * the folder); a pattern is matched by fast-glob from cwd. A missing path, or a folder or pattern
 * that matches nothing, is an error. Files for which `ignored` is true are left out.
 */
export async function expandPaths(
  paths: readonly ClassifiedPath[],
  cwd: string,
  extensions: readonly string[] | ((folder: string) => readonly string[]),
  ignored: (file: string) => boolean = () => false,
): Promise<{ targets: Target[]; errors: PathError[] }> {
  const found: Target[] = [];
  const errors: PathError[] = [];
  for (const { arg, kind } of paths) {
    if (kind === 'stdin') {
      found.push({ name: '-', file: '' });
    } else if (kind === 'file') {
      found.push({ name: arg, file: path.resolve(cwd, arg) });
    } else if (kind === 'missing') {
      errors.push({ name: arg, message: 'no such file or directory' });
    } else {
      const fg = (await import('fast-glob')).default;
      const base = kind === 'folder' ? path.resolve(cwd, arg) : cwd;
      const exts = typeof extensions === 'function' ? extensions(base) : extensions;
      const pattern = kind === 'folder' ? extensionPattern(exts) : arg;
      const matches = await fg(pattern, { cwd: base, onlyFiles: true, dot: false, ignore: IGNORE });
      if (matches.length === 0) {
        const what = kind === 'folder' ? `no *.${exts.join(', *.')} files in this folder` : 'no files match this pattern';
        errors.push({ name: arg, message: what });
      }
      for (const m of matches) {
        const name = kind === 'folder' ? path.join(arg, m) : m;
        found.push({ name, file: path.resolve(base, m) });
      }
    }
  }
  const seen = new Set<string>();
  const targets = found
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .filter((t) => {
      const key = t.file || '-';
      if (seen.has(key) || (t.file !== '' && ignored(t.file))) return false;
      seen.add(key);
      return true;
    });
  return { targets, errors };
}

function extensionPattern(extensions: readonly string[]): string {
  return extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
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

export async function readTextFile(file: string): Promise<string> {
  return decodeUtf8(await readFile(file));
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
