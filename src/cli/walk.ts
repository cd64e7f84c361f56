/**
 * Streamed expansion of path arguments into files. Nothing collects the whole list: each folder is
 * read on its own (names only), sorted, and walked depth first, so files come out in the order of
 * their full path (a folder's key is its name with a trailing "/", which makes the walk order equal
 * to sorting the complete paths). The streams of several arguments are merged in that same order;
 * the result is identical whatever order the file system lists entries in.
 *
 * What the walk has to leave out is reported, and the walk goes on: a folder that cannot be read
 * ("…; folder skipped"), a symbolic link in a loop or back into the folders being walked
 * ("symbolic link loop; not followed"). A link to a file or folder that the walk lists anyway under
 * its real name is passed over, so each file is cleaned once.
 *
 * Symbolic links are followed only into the roots the user gave: the folders and pattern bases
 * named on the command line, and the folder of each file named. A link found in a walk (or named
 * as a file) whose target lies elsewhere is reported and not followed, unless followLinks (the
 * CLI's --follow-links) allows it; a link to a file is taken only when its target has the link's
 * own extension, so `a.txt -> ../service.conf` is never cleaned (nor rewritten).
 */
import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeError, linkRefusal } from './files.js';
import type { ClassifiedPath, PathError, Target } from './files.js';

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
  /** The name shown for a file or folder. */
  name: (rel: string) => string;
}

/** The extensions a folder argument expands to: fixed, or chosen for each folder argument. */
export type Extensions = readonly string[] | ((folder: string) => readonly string[]);

/** A walk in progress: its spec, the real path of its base, and where problems go. */
interface Walk {
  spec: WalkSpec;
  realBase: string;
  problem: (rel: string, message: string) => void;
  /** The real paths links may lead into; null when any target is followed (--follow-links). */
  roots: readonly string[] | null;
}


/**
 * Every file under the base that the spec accepts, as paths relative to the base, in sorted
 * order. The base's own read error is thrown; any other is reported and its folder skipped.
 */
async function* walkFolder(w: Walk, dir: string, rel: string, depth: number, ancestors: readonly string[]): AsyncGenerator<string> {
  const keys: string[] = [];
  try {
    // Names as bytes: one that is not UTF-8 cannot be named as a string (a lossy one names no file).
    for await (const entry of await opendir(dir, { bufferSize: 256, encoding: 'buffer' as BufferEncoding })) {
      const raw = entry.name as unknown as Buffer;
      const name = fileName(raw);
      if (name === null) {
        const lossy = raw.toString('utf8');
        if (lossy.startsWith('.') || SKIPPED.has(lossy)) continue;
        if (entry.isDirectory() && depth < w.spec.maxDepth) w.problem(rel + lossy, 'folder name is not valid UTF-8; folder skipped');
        else if (!entry.isDirectory() && w.spec.accept(rel + lossy)) w.problem(rel + lossy, 'file name is not valid UTF-8; skipped');
        continue;
      }
      if (name.startsWith('.') || SKIPPED.has(name)) continue;
      const kind = entry.isSymbolicLink() ? await linkKind(w, dir, rel + name, ancestors) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : null;
      if (kind === 'dir' && depth < w.spec.maxDepth) keys.push(`${name}/`);
      else if (kind === 'file') keys.push(name);
    }
  } catch (err) {
    if (depth === 1) throw err;
    w.problem(rel.slice(0, -1), `${describeError(err)}; folder skipped`);
    return;
  }
  keys.sort(compare);
  const chain = [...ancestors, await realpath(dir).catch(() => dir)];
  for (const key of keys) {
    if (key.endsWith('/')) yield* walkFolder(w, path.join(dir, key.slice(0, -1)), rel + key, depth + 1, chain);
    else if (w.spec.accept(rel + key)) yield rel + key;
  }
}

/**
 * What a symbolic link inside the walk stands for: a folder or a file to take, or null to pass it
 * over (broken; a loop, reported; or something the walk lists anyway under its real name).
 */
async function linkKind(w: Walk, dir: string, rel: string, ancestors: readonly string[]): Promise<'dir' | 'file' | null> {
  const full = path.join(dir, path.basename(rel));
  const info = await stat(full).catch((err: NodeJS.ErrnoException) => err);
  if (info instanceof Error) {
    if (info.code === 'ELOOP' && w.spec.accept(rel)) w.problem(rel, 'symbolic link loop; not followed');
    return null;
  }
  const real = await realpath(full).catch(() => full);
  const refusal = linkRefusal(rel, real, info.isFile(), w.roots);
  if (refusal !== null) {
    if (info.isDirectory() || (info.isFile() && w.spec.accept(rel))) w.problem(rel, refusal);
    return null;
  }
  if (info.isDirectory()) {
    const chain = [...ancestors, await realpath(dir).catch(() => dir)];
    if (chain.some((a) => real === a || a.startsWith(`${real}${path.sep}`))) {
      w.problem(rel, 'symbolic link loop; not followed');
      return null;
    }
    return listedAnyway(w, real) ? null : 'dir';
  }
  if (!info.isFile()) return null;
  return listedAnyway(w, real) && w.spec.accept(path.relative(w.realBase, real).split(path.sep).join('/')) ? null : 'file';
}

/** True when a real path lies inside the walked tree in a place the walk enters itself. */
function listedAnyway(w: Walk, real: string): boolean {
  const rel = path.relative(w.realBase, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const parts = rel.split(path.sep);
  return parts.length <= w.spec.maxDepth && parts.every((p) => !p.startsWith('.') && !SKIPPED.has(p));
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A file name's text, or null when its bytes are not UTF-8. */
function fileName(raw: Buffer): string | null {
  try {
    return utf8.decode(raw);
  } catch {
    return null;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The walk for a folder argument: every file with one of the extensions, at any depth. */
function folderSpec(arg: string, cwd: string, extensions: Extensions): WalkSpec {
  const base = path.resolve(cwd, arg);
  const suffixes = (typeof extensions === 'function' ? extensions(base) : extensions).map((e) => `.${e}`);
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

/** One argument's targets in sorted order, with an error when it yields none. */
async function* argumentTargets(
  p: ClassifiedPath,
  cwd: string,
  extensions: Extensions,
  ignored: (file: string) => boolean,
  onError: (e: PathError) => void,
  roots: readonly string[] | null,
): AsyncGenerator<Target> {
  if (p.kind === 'stdin') {
    yield { name: '-', file: '' };
    return;
  }
  if (p.kind === 'file') {
    const file = path.resolve(cwd, p.arg);
    const own = await lstat(file).catch(() => null);
    if (own?.isSymbolicLink()) {
      const target = await stat(file).catch(() => null);
      const real = await realpath(file).catch(() => null);
      const refusal = target !== null && real !== null ? linkRefusal(file, real, target.isFile(), roots) : null;
      if (refusal !== null) {
        onError({ name: p.arg, message: refusal });
        return;
      }
    }
    if (!ignored(file)) yield { name: p.arg, file };
    return;
  }
  if (p.kind === 'missing') {
    // A name whose bytes are not UTF-8 reaches us with U+FFFD in place of them: it names no file.
    const lossy = p.arg.includes('\ufffd') ? ' (the name given is not valid UTF-8, so it cannot be opened by name; give its folder instead)' : '';
    onError({ name: p.arg, message: `no such file or directory${lossy}` });
    return;
  }
  const spec = p.kind === 'folder' ? folderSpec(p.arg, cwd, extensions) : await globSpec(p.arg, cwd);
  let problems = 0;
  const w: Walk = {
    spec,
    roots,
    realBase: await realpath(spec.base).catch(() => spec.base),
    problem: (rel, message) => {
      problems++;
      onError({ name: spec.name(rel) || p.arg, message });
    },
  };
  let count = 0;
  try {
    for await (const rel of walkFolder(w, spec.base, '', 1, [])) {
      count++;
      const file = path.join(spec.base, rel);
      if (!ignored(file)) yield { name: spec.name(rel), file };
    }
  } catch (err) {
    // The base of a pattern that is not there holds no files; a folder argument that cannot be read says why.
    if (p.kind === 'folder') {
      onError({ name: p.arg, message: describeError(err) });
      return;
    }
  }
  if (count === 0 && problems === 0) {
    const exts = typeof extensions === 'function' ? extensions(spec.base) : extensions;
    onError({ name: p.arg, message: p.kind === 'folder' ? `no *.${exts.join(', *.')} files in this folder` : 'no files match this pattern', unmatched: true });
  }
}

/**
 * The files of the classified path arguments as a stream, sorted by name across all arguments and
 * de-duplicated: with several arguments, a file named twice (also through a link) is cleaned once.
 * Problems with an argument (a missing path, a folder or pattern that matches nothing, a folder
 * that cannot be read, a link loop) go to onError as they are found; the rest still streams.
 * `extensions` may depend on the folder argument; files for which `ignored` is true are left out.
 * Memory: the names of the folders being walked, plus, with several arguments, the real paths
 * already given (to drop duplicates).
 */
export async function* streamTargets(
  paths: readonly ClassifiedPath[],
  cwd: string,
  extensions: Extensions,
  onError: (e: PathError) => void,
  ignored: (file: string) => boolean = () => false,
  followLinks = false,
): AsyncGenerator<Target> {
  const roots = followLinks ? null : await rootsOf(paths, cwd);
  const streams = paths.map((p) => argumentTargets(p, cwd, extensions, ignored, onError, roots));
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
    if (seen) {
      const key = target.file === '' ? '-' : await realpath(target.file).catch(() => target.file);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    yield target;
  }
}

/**
 * Count the files streamTargets would give, without keeping them (for a progress bar's total).
 * Duplicates named by several arguments are counted each time.
 */
export async function countTargets(paths: readonly ClassifiedPath[], cwd: string, extensions: Extensions, followLinks = false): Promise<number> {
  const roots = followLinks ? null : await rootsOf(paths, cwd);
  let total = 0;
  for (const p of paths) {
    if (p.kind === 'stdin' || p.kind === 'file') total++;
    if (p.kind !== 'folder' && p.kind !== 'glob') continue;
    const spec = p.kind === 'folder' ? folderSpec(p.arg, cwd, extensions) : await globSpec(p.arg, cwd);
    const w: Walk = { spec, roots, realBase: await realpath(spec.base).catch(() => spec.base), problem: () => undefined };
    try {
      for await (const _ of walkFolder(w, spec.base, '', 1, [])) total++;
    } catch {
      // Reported by streamTargets.
    }
  }
  return total;
}

/**
 * The real paths symbolic links may lead into: each folder argument, each pattern's static base,
 * and the folder of each file argument (as named, not through a link).
 */
export async function rootsOf(paths: readonly ClassifiedPath[], cwd: string): Promise<string[]> {
  const roots: string[] = [];
  for (const p of paths) {
    if (p.kind === 'stdin' || p.kind === 'missing') continue;
    const base = p.kind === 'folder' ? path.resolve(cwd, p.arg) : p.kind === 'file' ? path.dirname(path.resolve(cwd, p.arg)) : path.resolve(cwd, (await import('picomatch')).default.scan(p.arg).base || '.');
    roots.push(await realpath(base).catch(() => base));
  }
  return roots;
}
