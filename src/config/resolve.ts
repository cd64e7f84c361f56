/**
 * From configuration to what one file gets: its CleanOptions (configuration under command-line
 * flags), whether it is ignored, the extensions a folder expands to, and the effective
 * configuration that --print-config shows. Everything here takes plain data (ConfigSource), so a
 * worker thread resolves a file's options itself, with its own per-folder cache.
 */
import path from 'node:path';
import { rules } from '../rules/index.js';
import type { CleanOptions } from '../types.js';
import { configFor, ignoreFileFor, loadConfigFile, matches } from './find.js';
import type { IgnoreRules } from './find.js';
import { patternMatcher } from './patterns.js';
import type { Config } from './schema.js';

/** Where the configuration comes from; plain data, so it can cross a worker-thread boundary. */
export interface ConfigSource {
  /** --config PATH, absolute: the one configuration for every file; none is searched for. */
  file?: string;
  /** --no-config: no configuration file and no .clean-articleignore is read. */
  disabled: boolean;
  /** The folder whose configuration applies to stdin. */
  cwd: string;
}

/** The extensions a folder expands to when neither --ext nor a configuration sets them. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['txt'];

/** What applies in one folder: the configuration and the nearest ignore file, if any. */
export interface Applicable {
  config: Config | null;
  ignoreFile: IgnoreRules | null;
}

/** The configuration and ignore file that apply in a folder (absolute). Throws ConfigError. */
export function applicable(dir: string, source: ConfigSource): Applicable {
  if (source.disabled) return { config: null, ignoreFile: null };
  return { config: source.file ? loadConfigFile(source.file, true) : configFor(dir), ignoreFile: ignoreFileFor(dir) };
}

/** The folder a file's configuration is searched from: its own, or cwd for stdin (''). */
function folderOf(file: string, source: ConfigSource): string {
  return file === '' ? source.cwd : path.dirname(file);
}

/**
 * The options to clean one file (absolute path; '' for stdin) with: the configuration's rules and
 * rule options, then the command line's --enable/--disable and ruleOptions on top.
 */
export function optionsFor(file: string, source: ConfigSource, cli: CleanOptions): CleanOptions {
  return mergeOptions(applicable(folderOf(file, source), source).config, cli);
}

/** Configuration first, command line over it: a flag always wins for the rule it names. */
export function mergeOptions(config: Config | null, cli: CleanOptions): CleanOptions {
  if (config === null) return cli;
  // Keep patterns add up: the configuration's, then any the caller gives.
  const keep = config.keep && cli.keep ? [...config.keep, ...cli.keep] : (config.keep ?? cli.keep);
  const cliEnable = new Set(cli.enable ?? []);
  const cliDisable = new Set(cli.disable ?? []);
  const enable = [...cliEnable];
  const disable = [...cliDisable];
  const ruleOptions: Record<string, object> = {};
  for (const [id, setting] of Object.entries(config.rules)) {
    const flagged = cliEnable.has(id) || cliDisable.has(id);
    if (!flagged) (setting.state === 'on' ? enable : disable).push(id);
    if (Object.keys(setting.options).length > 0) ruleOptions[id] = setting.options;
  }
  for (const [id, opts] of Object.entries(cli.ruleOptions ?? {})) ruleOptions[id] = { ...(ruleOptions[id] ?? {}), ...opts };
  return { enable, disable, ruleOptions, ...(keep ? { keep } : {}) };
}

const patternsOf = new WeakMap<Config, IgnoreRules>();

/** The configuration's "ignore" patterns as a matcher relative to its folder (cached). */
function configPatterns(config: Config): IgnoreRules {
  let rules = patternsOf.get(config);
  if (!rules) {
    rules = { file: config.file, dir: config.dir, matcher: patternMatcher(config.ignore) };
    patternsOf.set(config, rules);
  }
  return rules;
}

/**
 * True when the file (absolute) is ignored by the "ignore" patterns of its configuration or by the
 * nearest .clean-articleignore. Applies to named files too, so a hook passing staged files obeys it.
 */
export function isIgnored(file: string, source: ConfigSource): boolean {
  const { config, ignoreFile } = applicable(path.dirname(file), source);
  return (ignoreFile !== null && matches(ignoreFile, file)) || (config !== null && config.ignore.length > 0 && matches(configPatterns(config), file));
}

/** The extensions a folder argument (absolute) expands to: its configuration's, or txt. */
export function extensionsFor(dir: string, source: ConfigSource): readonly string[] {
  return applicable(dir, source).config?.extensions ?? DEFAULT_EXTENSIONS;
}

/** What --print-config shows: the effective configuration for one file. */
export interface EffectiveConfig {
  file: string;
  /** The configuration file used (relative to cwd when under it), or null. */
  config: string | null;
  ignoreFile: string | null;
  ignored: boolean;
  extensions: string[];
  /** Keep patterns: lines never removed. */
  keep: string[];
  /** Every rule, in order, as a configuration file would write it: [state, full options]. */
  rules: Record<string, ['on' | 'off', Record<string, unknown>]>;
}

/** The effective configuration for `file` (as given), with the command line applied. */
export function effectiveConfig(file: string, cwd: string, source: ConfigSource, cli: CleanOptions, cliExtensions?: readonly string[]): EffectiveConfig {
  const abs = path.resolve(cwd, file);
  const { config, ignoreFile } = applicable(path.dirname(abs), source);
  const options = mergeOptions(config, cli);
  const enable = new Set(options.enable ?? []);
  const disable = new Set(options.disable ?? []);
  const shown: EffectiveConfig['rules'] = {};
  for (const rule of rules) {
    const on = !disable.has(rule.id) && (rule.enabledByDefault || enable.has(rule.id));
    shown[rule.id] = [on ? 'on' : 'off', { ...rule.defaults, ...(options.ruleOptions?.[rule.id] ?? {}) }];
  }
  const rel = (p: string): string => {
    const r = path.relative(cwd, p);
    return r === '' || r === '..' || r.startsWith(`..${path.sep}`) || path.isAbsolute(r) ? p : r;
  };
  return {
    file,
    config: config ? rel(config.file) : null,
    ignoreFile: ignoreFile ? rel(ignoreFile.file) : null,
    ignored: isIgnored(abs, source),
    extensions: [...(cliExtensions ?? config?.extensions ?? DEFAULT_EXTENSIONS)],
    keep: [...(options.keep ?? [])],
    rules: shown,
  };
}

/** --print-config's JSON: one line per key, and per rule, so the whole configuration fits a screen. */
export function formatEffectiveConfig(c: EffectiveConfig): string {
  const lines = Object.entries(c).map(([key, value]) => {
    if (key !== 'rules') return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    const rows = Object.entries(value as EffectiveConfig['rules']).map(([id, rule]) => `    ${JSON.stringify(id)}: ${JSON.stringify(rule)}`);
    return `  "rules": {\n${rows.join(',\n')}\n  }`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
