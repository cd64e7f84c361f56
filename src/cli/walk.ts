/**
 * Streamed expansion of path arguments into files. Nothing collects the whole list: each folder is
 * read on its own (names only), sorted, and walked depth first, so files come out in the order of
 * their full path (a folder's key is its name with a trailing "/", which makes the walk order equal
 * to sorting the complete paths). The streams of several arguments are merged in that same order;
 * the result is identical whatever order the file system lists entries in.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeError } from './files.js';
import type { ClassifiedPath, PathError, Target } from './files.js';

/** The extensions a folder expands to: one list, or one per folder argument (from its configuration). */
export type Extensions = readonly string[] | ((folder: string) => readonly string[]);

/** Entries a walk never enters or yields, besides hidden ones (a name starting with "."). */
const SKIPPED = new Set(['node_modules', '.git']);

/** What a walk yields and how deep it goes below its base folder. */
interface WalkSpec {
  /** Absolute folder the walk starts from. */
  base: string;
  /** Most path segments below base (1 = the base's own files); Infinity for no limit. */
  maxDepth: number;
  /** True for a file (path relative to base, "/"-separated) that belongs in the list. */
  accept: (rel: string) => boolean;
  /** The name shown for a file. */
  name: (rel: string) => string;
}

/** A path the walk had to leave out (relative to the walk's base) and why. */
type Skip = (rel: string, message: string) => void;

/**
 * Every file under spec.base that spec.accept takes, as paths relative to base, in sorted order.
 * Symbolic links are followed, except a link back to a folder being walked and a link the system
 * finds looping: those are reported through skip and not followed. A folder that cannot be read
 * is reported and skipped, except the base itself, whose error is thrown.
 */
async function* walk(spec: WalkSpec, skip: Skip, dir = spec.base, rel = '', depth = 1, ancestors: string[] = []): AsyncGenerator<string> {
  const real = await realpath(dir).catch(() => dir);
  if (ancestors.includes(real)) {
    skip(rel.slice(0, -1), 'symbolic link loop; not followed');
    return;
  }
  const keys: string[] = [];
  try {
    for await (const entry of await opendir(dir, { bufferSize: 256 })) {
      if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const info = await stat(path.join(dir, entry.name)).catch((err: NodeJS.ErrnoException) => err);
        if (info instanceof Error) {
          if (info.code === 'ELOOP' && spec.accept(rel + entry.name)) skip(rel + entry.name, 'symbolic link loop; not followed');
          continue;
        }
        isDir = info.isDirectory();
        isFile = info.isFile();
        // A link to a file this walk lists under its own name is the same file: cleaned once.
        if (isFile && (await listedElsewhere(spec, path.join(dir, entry.name)))) continue;
      }
      if (isDir && depth < spec.maxDepth) keys.push(`${entry.name}/`);
      else if (isFile) keys.push(entry.name);
    }
  } catch (err) {
    if (depth === 1) throw err;
    // A folder removed meanwhile holds no files; one that cannot be read is reported.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') skip(rel.slice(0, -1), `${describeError(err)}; folder skipped`);
    return;
  }
  keys.sort(compare);
  const chain = [...ancestors, real];
  for (const key of keys) {
    if (key.endsWith('/')) {
      const name = key.slice(0, -1);
      yield* walk(spec, skip, path.join(dir, name), rel + key, depth + 1, chain);
    } else if (spec.accept(rel + key)) {
      yield rel + key;
    }
  }
}

/** True when a linked file's target lies under the walk's base and the walk takes it by its own name. */
async function listedElsewhere(spec: WalkSpec, link: string): Promise<boolean> {
  const [target, base] = await Promise.all([realpath(link).catch(() => null), realpath(spec.base).catch(() => spec.base)]);
  if (target === null) return false;
  const rel = path.relative(base, target);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const parts = rel.split(path.sep);
  return parts.length <= spec.maxDepth && parts.every((p) => !p.startsWith('.') && !SKIPPED.has(p)) && spec.accept(parts.join('/'));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The walk for a folder argument: every file with one of the extensions, at any depth. */
function folderSpec(arg: string, cwd: string, extensions: Extensions): WalkSpec {
  const base = path.resolve(cwd, arg);
  const suffixes = extensionsOf(extensions, base).map((e) => `.${e}`);
  return {
    base,
    maxDepth: Infinity,
    accept: (rel) => suffixes.some((s) => rel.endsWith(s)),
    name: (rel) => path.join(arg, rel),
  };
}

/**
 * The walk for a glob pattern: from the pattern's static base (`news` in `news/**\/*.txt`), files
 * whose path below it matches the rest with picomatch, as fast-glob would match them. Without
 * `**` the walk goes no deeper than the pattern has segments.
 */
async function globSpec(pattern: string, cwd: string): Promise<WalkSpec> {
  const picomatch = (await import('picomatch')).default;
  const scan = picomatch.scan(pattern);
  const prefix = pattern.slice(0, scan.start);
  const unbounded = scan.glob.includes('**') || /\{[^}]*\//.test(scan.glob);
  const match = picomatch(scan.glob, { dot: false });
  return {
    base: path.resolve(cwd, scan.base === '' ? '.' : scan.base),
    maxDepth: unbounded ? Infinity : scan.glob.split('/').length,
    accept: match,
    name: (rel) => prefix + (scan.base === '' ? rel : `${scan.base}/${rel}`),
  };
}

function extensionsOf(extensions: Extensions, folder: string): readonly string[] {
  return typeof extensions === 'function' ? extensions(folder) : extensions;
}

/** One argument's targets in sorted order, with an error when it yields none. */
async function* argumentTargets(p: ClassifiedPath, cwd: string, extensions: Extensions, onError: (e: PathError) => void): AsyncGenerator<Target> {
  if (p.kind === 'stdin') {
    yield { name: '-', file: '' };
    return;
  }
  if (p.kind === 'file') {
    yield { name: p.arg, file: path.resolve(cwd, p.arg) };
    return;
  }
  if (p.kind === 'missing') {
    onError({ name: p.arg, message: 'no such file or directory' });
    return;
  }
  const spec = p.kind === 'folder' ? folderSpec(p.arg, cwd, extensions) : await globSpec(p.arg, cwd);
  let count = 0;
  let skipped = 0;
  const skip: Skip = (rel, message) => {
    skipped++;
    onError({ name: rel === '' ? p.arg : spec.name(rel), message });
  };
  try {
    for await (const rel of walk(spec, skip)) {
      count++;
      yield { name: spec.name(rel), file: path.join(spec.base, rel) };
    }
  } catch (err) {
    if (p.kind === 'folder') {
      onError({ name: p.arg, message: (err as Error).message });
      return;
    }
  }
  if (count === 0 && skipped === 0) {
    const what = p.kind === 'folder' ? `no *.${extensionsOf(extensions, spec.base).join(', *.')} files in this folder` : 'no files match this pattern';
    onError({ name: p.arg, message: what });
  }
}

/**
 * The files of the classified path arguments as a stream, sorted by name across all arguments and
 * de-duplicated (the same absolute file named twice is cleaned once). Problems with an argument (a
 * missing path, a folder or pattern that matches nothing) go to onError as they are found; the
 * other arguments still stream. Memory: one folder's names at a time per open level, plus, with
 * several arguments, the set of files already given (to drop duplicates).
 */
export async function* streamTargets(
  paths: readonly ClassifiedPath[],
  cwd: string,
  extensions: Extensions,
  onError: (e: PathError) => void,
  ignored: (file: string) => boolean = () => false,
): AsyncGenerator<Target> {
  const streams = paths.map((p) => argumentTargets(p, cwd, extensions, onError));
  // One after the other, so problems are reported in the same order on every run.
  const heads: (Target | null)[] = [];
  for (const s of streams) heads.push((await s.next()).value ?? null);
  const seen = paths.length > 1 ? new Set<string>() : null;
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (h !== null && (best === -1 || h.name < heads[best]!.name)) best = i;
    }
    if (best === -1) return;
    const target = heads[best]!;
    heads[best] = (await streams[best].next()).value ?? null;
    if (target.file !== '' && ignored(target.file)) continue;
    if (seen) {
      const key = target.file || '-';
      if (seen.has(key)) continue;
      seen.add(key);
    }
    yield target;
  }
}

/**
 * Count the files streamTargets would give, without keeping them or sorting (for a progress
 * bar's total). Duplicates named by several arguments are counted each time.
 */
export async function countTargets(paths: readonly ClassifiedPath[], cwd: string, extensions: Extensions): Promise<number> {
  let total = 0;
  for (const p of paths) {
    if (p.kind === 'stdin' || p.kind === 'file') total++;
    if (p.kind !== 'folder' && p.kind !== 'glob') continue;
    const spec = p.kind === 'folder' ? folderSpec(p.arg, cwd, extensions) : await globSpec(p.arg, cwd);
    try {
      for await (const _ of walk(spec, () => undefined)) total++;
    } catch {
      // Reported by streamTargets.
    }
  }
  return total;
}
