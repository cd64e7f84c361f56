/**
 * Finding the configuration and the .clean-articleignore file that apply to a folder: walk up from
 * the folder; the nearest configuration file wins (no merging with files further up), and so does
 * the nearest ignore file. The walk stops at the repository root (the first folder holding
 * `.git`) and at the home folder, so nothing outside a repository (or above home) changes how its
 * files are cleaned. It never climbs into a folder that someone else could have put a file in: one
 * not owned by the user running (nor by root, for a folder root owns), or writable by others (a
 * shared /tmp). The files are read only when they are regular files of a bounded size; a
 * configuration or ignore name that is a folder, a FIFO or a device is an error, not ignored.
 * Every folder's answer is cached for the life of the process (or worker thread);
 * clearConfigCache() forgets it.
 */
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { patternMatcher } from './patterns.js';
import { kindOfFile, readRegularFileSync, UnreadableFileError } from './read.js';
import { ConfigError, MAX_IGNORE_PATTERNS, parseConfig } from './schema.js';
import type { Config } from './schema.js';

/** Configuration file names, in the order they are looked for in one folder. */
export const CONFIG_FILES = ['clean-article.config.json', '.clean-articlerc.json', 'package.json'] as const;

/** The ignore file's name. */
export const IGNORE_FILE = '.clean-articleignore';

/** Largest configuration or ignore file read (bytes); a package.json may be larger. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_PACKAGE_JSON_BYTES = 8 * 1024 * 1024;

/** gitignore-style patterns and the folder they are relative to. */
export interface IgnoreRules {
  /** The file they come from (a .clean-articleignore or a configuration file). */
  file: string;
  dir: string;
  matcher: Ignore;
}

const configByFolder = new Map<string, Config | null>();
const ignoreByFolder = new Map<string, IgnoreRules | null>();
const byFile = new Map<string, Config | null>();
const ignoreFiles = new Map<string, IgnoreRules>();

/** Forget every cached file and folder (the CLI calls this once per run). */
export function clearConfigCache(): void {
  configByFolder.clear();
  ignoreByFolder.clear();
  byFile.clear();
  ignoreFiles.clear();
}

/** The nearest configuration for an absolute folder path, or null. Throws ConfigError. */
export function configFor(dir: string): Config | null {
  return nearest(dir, configByFolder, configIn);
}

/** The nearest .clean-articleignore for an absolute folder path, or null. Throws ConfigError. */
export function ignoreFileFor(dir: string): IgnoreRules | null {
  return nearest(dir, ignoreByFolder, ignoreIn);
}

/**
 * The nearest thing `own` finds in dir or a folder above it, up to the repository root. Each is
 * searched on its own, so a broken file above the nearest configuration is never read.
 */
function nearest<T>(dir: string, cache: Map<string, T | null>, own: (dir: string) => T | null): T | null {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  // A folder someone else could write to is not read, and the search goes no higher.
  const safe = trusted(dir);
  let found = safe ? own(dir) : null;
  if (found === null && safe) {
    const parent = path.dirname(dir);
    found = parent === dir || existsSync(path.join(dir, '.git')) || isHome(dir) ? null : nearest(parent, cache, own);
  }
  cache.set(dir, found);
  return found;
}

/**
 * Load one configuration file (cached). A package.json without a "clean-article" key gives null
 * unless `required`, when it is an error (a --config that names it).
 */
export function loadConfigFile(file: string, required = false): Config | null {
  if (byFile.has(file)) {
    const cached = byFile.get(file)!;
    if (cached === null && required) throw new ConfigError(file, '', 'has no "clean-article" key');
    return cached;
  }
  let text: string;
  try {
    text = readRegularFileSync(file, path.basename(file) === 'package.json' ? MAX_PACKAGE_JSON_BYTES : MAX_CONFIG_BYTES, 'a configuration file');
  } catch (err) {
    if (err instanceof UnreadableFileError) throw new ConfigError(file, '', err.message);
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(file, '', `cannot be read (${code ?? String(err)})`);
  }
  const config = parseConfig(text, file);
  if (config === null && required) throw new ConfigError(file, '', 'has no "clean-article" key');
  byFile.set(file, config);
  return config;
}

/** The configuration file in one folder, or null; two of them in one folder is an error. */
function configIn(dir: string): Config | null {
  let found: Config | null = null;
  for (const name of CONFIG_FILES) {
    const file = path.join(dir, name);
    if (!isFile(file)) continue;
    const config = loadConfigFile(file);
    if (config === null) continue;
    if (found) throw new ConfigError(file, '', `a second configuration file in this folder (besides ${path.basename(found.file)}); keep one`);
    found = config;
  }
  return found;
}

/** The .clean-articleignore file in one folder (cached): gitignore syntax, relative to its folder. */
function ignoreIn(dir: string): IgnoreRules | null {
  const file = path.join(dir, IGNORE_FILE);
  if (!isFile(file)) return null;
  let rules = ignoreFiles.get(file);
  if (!rules) {
    let text: string;
    try {
      text = readRegularFileSync(file, MAX_CONFIG_BYTES, 'an ignore file');
    } catch (err) {
      if (err instanceof UnreadableFileError) throw new ConfigError(file, '', err.message);
      throw new ConfigError(file, '', `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    const patterns = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#')).length;
    if (patterns > MAX_IGNORE_PATTERNS) throw new ConfigError(file, '', `${patterns} patterns; at most ${MAX_IGNORE_PATTERNS} are read`);
    rules = { file, dir, matcher: patternMatcher(text) };
    ignoreFiles.set(file, rules);
  }
  return rules;
}

/** True when the pattern set ignores the absolute path (which must lie under its folder to match). */
export function matches(rules: { dir: string; matcher: Ignore }, file: string): boolean {
  const rel = path.relative(rules.dir, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return false;
  return rules.matcher.ignores(rel.split(path.sep).join('/'));
}

/**
 * True when a configuration or ignore file of that name is there to read: a regular file. Anything
 * else under that name (a folder, a FIFO, a device) is an error rather than passed over in silence.
 */
function isFile(file: string): boolean {
  let info;
  try {
    info = statSync(file, { throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (info === undefined) return false;
  if (!info.isFile()) {
    // A package.json folder is not a configuration anyone meant; the other names are ours.
    if (path.basename(file) === 'package.json' && info.isDirectory()) return false;
    throw new ConfigError(file, '', `is ${kindOfFile(info)}, not ${path.basename(file) === IGNORE_FILE ? 'an ignore file' : 'a configuration file'}`);
  }
  return true;
}

/** True for the user's home folder (the search stops there). */
function isHome(dir: string): boolean {
  const home = os.homedir();
  return home !== '' && home !== path.parse(home).root && path.resolve(home) === dir;
}

/**
 * True when a folder may be searched for configuration: owned by the user running (or by root)
 * and not writable by others, so nobody else can have put a file in it.
 */
function trusted(dir: string): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return true;
  let info;
  try {
    info = statSync(dir);
  } catch (err) {
    // A folder that is not there holds nothing to read: the search goes on above it.
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
  if (info.uid !== uid && info.uid !== 0) return false;
  return (info.mode & 0o002) === 0;
}
