/**
 * The configuration file format and its validation. A file sets rules on or off with options,
 * the extensions a folder expands to, and ignore patterns; anything else is an error that names
 * the file, the key and what is allowed:
 *
 *   { "rules": { "reaction-widget": "off", "duplicate-paragraph": ["on", { "minWords": 10 }] },
 *     "extensions": ["txt", "md"], "ignore": ["drafts/"] }
 */
import path from 'node:path';
import { compileKeepPattern } from '../keep.js';
import { rules } from '../rules/index.js';

/** A rule as a configuration file sets it, after validation. */
export interface RuleSetting {
  state: 'on' | 'off';
  /** Overrides of the rule's defaults; per-language phrase lists already flattened. */
  options: Record<string, unknown>;
}

/** One validated configuration file. */
export interface Config {
  /** Absolute path of the file. */
  file: string;
  /** Its folder: ignore patterns are relative to it. */
  dir: string;
  rules: Record<string, RuleSetting>;
  /** Extensions a folder expands to (without the dot); absent when the file does not set them. */
  extensions?: string[];
  /** gitignore-style patterns, relative to dir. */
  ignore: string[];
  /** Keep patterns (literal strings or /regex/): lines never removed; absent when not set. */
  keep?: string[];
}

/** A configuration or ignore file that cannot be used: broken JSON, an unknown key, a wrong type. */
export class ConfigError extends Error {
  constructor(
    /** Absolute path of the file. */
    readonly file: string,
    /** Where in the file, as a path such as `rules.caption[1].maxCreditWords`; empty for the whole file. */
    readonly key: string,
    /** What is wrong and what is allowed. */
    readonly problem: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${problem}`);
    this.name = 'ConfigError';
  }

  /** The message with the file shown relative to cwd when it lies under it. */
  format(cwd: string): string {
    const rel = path.relative(cwd, this.file);
    const shown = rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel) ? rel : this.file;
    return `${shown}: ${this.key ? `${this.key}: ` : ''}${this.problem}`;
  }
}

/** The key a package.json holds the configuration under. */
export const PACKAGE_KEY = 'clean-article';

const TOP_KEYS = ['rules', 'extensions', 'ignore', 'keep'] as const;
const STATES = ['on', 'off'];
const EXTENSION = /^[\w-]+(?:\.[\w-]+)*$/;
const LANGUAGE_KEY = /^[a-z]{2,3}$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Parse and validate a configuration file's text. For a package.json the configuration is its
 * "clean-article" key; null when it has none.
 */
export function parseConfig(text: string, file: string): Config | null {
  const raw = parseJson(text, file);
  const inPackage = path.basename(file) === 'package.json';
  if (inPackage) {
    if (!isObject(raw)) throw new ConfigError(file, '', `expected a JSON object, got ${describe(raw)}`);
    if (!Object.hasOwn(raw, PACKAGE_KEY)) return null;
  }
  return validate(inPackage ? (raw as Record<string, Json>)[PACKAGE_KEY] : raw, file, inPackage ? PACKAGE_KEY : '');
}

function parseJson(text: string, file: string): Json {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  try {
    return JSON.parse(body) as Json;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /at position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const before = body.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      where = ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
    }
    throw new ConfigError(file, '', `not valid JSON: ${message}${where}`);
  }
}

function validate(raw: Json, file: string, prefix: string): Config {
  const fail = (key: string, problem: string): never => {
    throw new ConfigError(file, key, problem);
  };
  const join = (key: string): string => (prefix ? `${prefix}.${key}` : key);
  if (!isObject(raw)) fail(prefix, `expected an object with the keys ${TOP_KEYS.join(', ')}, got ${describe(raw)}`);
  const obj = raw as Record<string, Json>;
  for (const key of Object.keys(obj)) {
    // "$schema" names the JSON Schema for editors; it sets nothing.
    if (key !== '$schema' && !(TOP_KEYS as readonly string[]).includes(key)) fail(join(key), `unknown key; allowed keys: ${TOP_KEYS.join(', ')}`);
  }
  const config: Config = { file, dir: path.dirname(file), rules: {}, ignore: [] };

  if (obj.rules !== undefined) {
    if (!isObject(obj.rules)) fail(join('rules'), `expected an object of rule ids, got ${describe(obj.rules)}`);
    for (const [id, value] of Object.entries(obj.rules as Record<string, Json>)) {
      config.rules[id] = ruleSetting(id, value, join(`rules.${id}`), fail);
    }
  }

  if (obj.extensions !== undefined) {
    const list = obj.extensions;
    const key = join('extensions');
    if (!Array.isArray(list) || list.length === 0) fail(key, `expected a non-empty array of extensions such as ["txt", "md"], got ${describe(list)}`);
    config.extensions = (list as Json[]).map((e, i) => {
      const ext = typeof e === 'string' ? e.replace(/^\./, '') : '';
      if (!EXTENSION.test(ext)) fail(`${key}[${i}]`, `expected an extension such as "txt" or "md", got ${describe(e)}`);
      return ext;
    });
  }

  if (obj.ignore !== undefined) {
    const list = obj.ignore;
    const key = join('ignore');
    if (!Array.isArray(list)) fail(key, `expected an array of gitignore-style patterns such as ["drafts/", "*.orig.txt"], got ${describe(list)}`);
    config.ignore = (list as Json[]).map((p, i) => {
      if (typeof p !== 'string' || p.trim() === '') fail(`${key}[${i}]`, `expected a gitignore-style pattern (a non-empty string), got ${describe(p)}`);
      return p as string;
    });
  }

  if (obj.keep !== undefined) {
    const list = obj.keep;
    const key = join('keep');
    if (!Array.isArray(list)) fail(key, `expected an array of strings or /regex/ patterns such as ["Duvar English", "/^Photo: .*Reuters$/"], got ${describe(list)}`);
    config.keep = (list as Json[]).map((p, i) => {
      if (typeof p !== 'string') return fail(`${key}[${i}]`, `expected a string or /regex/, got ${describe(p)}`);
      try {
        compileKeepPattern(p);
      } catch (err) {
        fail(`${key}[${i}]`, (err as Error).message);
      }
      return p;
    });
  }
  return config;
}

const STATE_SHAPE = '"on", "off", or ["on" or "off", { options }]';

function ruleSetting(id: string, value: Json, key: string, fail: (key: string, problem: string) => never): RuleSetting {
  const rule = rules.find((r) => r.id === id);
  if (!rule) return fail(key, `unknown rule id; valid ids: ${rules.map((r) => r.id).join(', ')}`);
  if (typeof value === 'string') {
    if (!STATES.includes(value)) fail(key, `expected ${STATE_SHAPE}, got ${describe(value)}`);
    return { state: value as 'on' | 'off', options: {} };
  }
  if (!Array.isArray(value) || value.length < 1 || value.length > 2) return fail(key, `expected ${STATE_SHAPE}, got ${describe(value)}`);
  const [state, given] = value;
  if (typeof state !== 'string' || !STATES.includes(state)) fail(`${key}[0]`, `expected "on" or "off", got ${describe(state)}`);
  if (given === undefined) return { state: state as 'on' | 'off', options: {} };
  if (!isObject(given)) fail(`${key}[1]`, `expected an object of options of ${id} (${optionNames(rule.defaults)}), got ${describe(given)}`);
  const options: Record<string, unknown> = {};
  const defaults = rule.defaults as Record<string, unknown>;
  for (const [name, v] of Object.entries(given as Record<string, Json>)) {
    const optKey = `${key}[1].${name}`;
    if (!Object.hasOwn(defaults, name)) fail(optKey, `unknown option of ${id}; its options: ${optionNames(rule.defaults)}`);
    options[name] = optionValue(name, defaults[name], v, optKey, fail);
  }
  return { state: state as 'on' | 'off', options };
}

/** Check a value against the type of the rule's default; phrase lists may be grouped by language. */
function optionValue(name: string, def: unknown, v: Json, key: string, fail: (key: string, problem: string) => never): unknown {
  if (typeof def === 'number') {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(key, `expected a number ≥ 0 (default ${def}), got ${describe(v)}`);
    return v;
  }
  if (typeof def === 'boolean') {
    if (typeof v !== 'boolean') fail(key, `expected true or false, got ${describe(v)}`);
    return v;
  }
  if (typeof def === 'string') {
    if (typeof v !== 'string') fail(key, `expected a string, got ${describe(v)}`);
    return v;
  }
  if (Array.isArray(def)) {
    const byLanguage = name.startsWith('extra');
    const shape = byLanguage ? 'an array of strings, or an object of arrays by language ({ "nl": ["…"] })' : 'an array of strings';
    const strings = (list: Json, at: string): string[] => {
      if (!Array.isArray(list)) return fail(at, `expected ${shape}, got ${describe(list)}`);
      return list.map((s, i) => {
        if (typeof s !== 'string' || s.trim() === '') fail(`${at}[${i}]`, `expected a non-empty string, got ${describe(s)}`);
        return s as string;
      });
    };
    if (byLanguage && isObject(v)) {
      const all: string[] = [];
      for (const [lang, list] of Object.entries(v as Record<string, Json>)) {
        if (!LANGUAGE_KEY.test(lang)) fail(`${key}.${lang}`, 'expected a language code such as "en" or "nl" as the key');
        all.push(...strings(list, `${key}.${lang}`));
      }
      return [...new Set(all)];
    }
    return strings(v, key);
  }
  return fail(key, 'this option cannot be set in a configuration file');
}

function optionNames(defaults: object): string {
  return Object.keys(defaults).join(', ');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short description of a JSON value for an error message. */
function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
