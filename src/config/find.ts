/**
 * Finding the configuration and the .clean-articleignore file that apply to a folder: walk up from
 * the folder; the nearest configuration file wins (no merging with files further up), and so does
 * the nearest ignore file. The walk stops at the repository root (the first folder holding
 * `.git`), so nothing outside a repository changes how its files are cleaned; outside a repository
 * it goes up to the file-system root. Every folder's answer is cached for the life of the process
 * (or worker thread); clearConfigCache() forgets it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { patternMatcher } from './patterns.js';
import { ConfigError, parseConfig } from './schema.js';
import type { Config } from './schema.js';

/** Configuration file names, in the order they are looked for in one folder. */
export const CONFIG_FILES = ['clean-article.config.json', '.clean-articlerc.json', 'package.json'] as const;

/** The ignore file's name. */
export const IGNORE_FILE = '.clean-articleignore';

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
  let found = own(dir);
  if (found === null) {
    const parent = path.dirname(dir);
    found = parent === dir || existsSync(path.join(dir, '.git')) ? null : nearest(parent, cache, own);
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
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(file, '', code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a configuration file' : `cannot be read (${code ?? String(err)})`);
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
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ConfigError(file, '', `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
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

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
