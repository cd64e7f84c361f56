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
import type { CleanOptions } from '../types.js';

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

/** Most phrases one list option (extraLabels, extraAgencies, …) takes, all languages together. */
export const MAX_PHRASES = 500;
/** Longest phrase (characters). */
export const MAX_PHRASE_CHARS = 200;
/** Most ignore or keep patterns a configuration (or a .clean-articleignore) holds. */
export const MAX_IGNORE_PATTERNS = 1000;
/** Longest ignore or keep pattern (characters). */
export const MAX_PATTERN_CHARS = 1000;

/**
 * The values a numeric rule option may take, [least, most], inclusive: ranges in which the rule
 * still does what it says (duplicate-paragraph with shingles of one word and no minimum coverage
 * would remove any paragraph that shares a word). An option with a whole-number default takes
 * whole numbers. An option not listed here takes 0 to OTHER_MAX.
 */
export const OPTION_RANGES: Readonly<Record<string, Readonly<Record<string, readonly [number, number]>>>> = {
  'main-content': { shortChars: [1, 10_000], longChars: [1, 100_000], minStopwordRatio: [0, 1], goodStopwordRatio: [0, 1], menuRun: [1, 1000], minMenuLinesBefore: [0, 100_000], minMenuLines: [1, 100_000], minArticleChars: [1, 10_000_000], minNavigationShare: [0, 1] },
  'repeated-title': { minWords: [1, 100] },
  'reaction-widget': { minLabels: [1, 100], maxLineLength: [1, 100_000] },
  caption: { maxCreditWords: [1, 100], maxCaptionWords: [1, 1000], maxPhraseWords: [1, 1000], maxLineLength: [1, 100_000] },
  'publisher-line': { maxWords: [1, 100], maxChars: [1, 10_000] },
  'duplicate-paragraph': { minWords: [4, 10_000], minCoverage: [0.5, 1], shingle: [2, 10] },
  'foreign-language': { minMargin: [0, 1], minSingleLineWords: [1, 1000], minBlockWords: [1, 1000], sampleChars: [100, 1_000_000] },
  'link-reference': { wrapWidth: [20, 10_000] },
  copyright: { maxWords: [1, 1000] },
  byline: { maxWords: [1, 1000], maxNameWords: [1, 100], maxNoteWords: [1, 1000] },
  'related-links': { maxItems: [1, 1000], maxHeadlineWords: [1, 1000], maxNoteWords: [1, 1000], minFooterHeadlines: [1, 1000] },
  'interface-text': { maxWords: [1, 1000] },
  'share-prompt': { maxWords: [1, 1000], maxLeadInWords: [1, 1000] },
  'section-label': { maxLabelWords: [1, 100], minMenuLines: [1, 1000] },
  'repeated-line': { minWords: [1, 1000], maxWords: [1, 1000] },
  'footer-block': { maxWords: [1, 1000], minClaimed: [1, 1000] },
  'learned-boilerplate': { minDocs: [1, 1_000_000_000], minShare: [0, 1], maxProseWords: [1, 1000] },
};
const OTHER_MAX = 1_000_000_000;

/** The range of a numeric option of a rule (see OPTION_RANGES). */
export function optionRange(ruleId: string, name: string): readonly [number, number] {
  return OPTION_RANGES[ruleId]?.[name] ?? [0, OTHER_MAX];
}

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
    if ((list as Json[]).length > MAX_IGNORE_PATTERNS) fail(key, `${(list as Json[]).length} patterns; at most ${MAX_IGNORE_PATTERNS} are allowed`);
    config.ignore = (list as Json[]).map((p, i) => {
      if (typeof p !== 'string' || p.trim() === '') fail(`${key}[${i}]`, `expected a gitignore-style pattern (a non-empty string), got ${describe(p)}`);
      if ((p as string).length > MAX_PATTERN_CHARS) fail(`${key}[${i}]`, `a pattern of ${(p as string).length} characters; at most ${MAX_PATTERN_CHARS}`);
      return p as string;
    });
  }

  if (obj.keep !== undefined) config.keep = keepList(obj.keep, join('keep'), fail);
  return config;
}

const STATE_SHAPE = '"on", "off", or ["on" or "off", { options }]';

/**
 * What a rule option accepts, read off its default: the configuration validator, the library's
 * option check and the JSON Schema (json-schema.ts) all go by this one description.
 */
export type OptionKind =
  /** integer: a whole-number default takes whole numbers; minimum and maximum from OPTION_RANGES. */
  | { type: 'number'; minimum: number; maximum: number; integer: boolean; default: number }
  | { type: 'boolean'; default: boolean }
  | { type: 'string'; default: string }
  /** byLanguage: the phrase lists (options named extra…) may be grouped by language. */
  | { type: 'strings'; byLanguage: boolean; default: string[] }
  /** Set by the program itself (learned-boilerplate's profile), never by a configuration file. */
  | { type: 'internal' };

/** The kind of a rule option, from its rule, name and default. */
export function optionKind(ruleId: string, name: string, def: unknown): OptionKind {
  if (typeof def === 'number') {
    const [minimum, maximum] = optionRange(ruleId, name);
    return { type: 'number', minimum, maximum, integer: Number.isInteger(def), default: def };
  }
  if (typeof def === 'boolean') return { type: 'boolean', default: def };
  if (typeof def === 'string') return { type: 'string', default: def };
  if (Array.isArray(def)) return { type: 'strings', byLanguage: name.startsWith('extra'), default: def as string[] };
  return { type: 'internal' };
}

/** Keys and values of the top level, described once for the validator's messages and the JSON Schema. */
export const TOP_LEVEL = {
  rules: 'rule id → "on", "off", or ["on" or "off", { options }]',
  extensions: 'extensions a folder expands to, such as ["txt", "md"] (default ["txt"])',
  ignore: 'gitignore-style patterns, relative to this file\'s folder',
  keep: 'lines never removed: literal strings (a line containing one) or /regex/ patterns',
} as const;

/** An extension as a configuration or --ext writes it (without the dot). */
export const EXTENSION_PATTERN = EXTENSION;
/** A language code as a key of a by-language phrase list. */
export const LANGUAGE_PATTERN = LANGUAGE_KEY;

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
  return { state: state as 'on' | 'off', options: ruleOptionValues(id, given, `${key}[1]`, fail, false) };
}

/**
 * Check one rule's options object (a configuration's, or ruleOptions[id] given to clean()) and
 * return it with phrase lists flattened. `program`: options only the program sets are allowed.
 */
function ruleOptionValues(id: string, given: unknown, key: string, fail: (key: string, problem: string) => never, program: boolean): Record<string, unknown> {
  const rule = rules.find((r) => r.id === id)!;
  if (!isObject(given)) fail(key, `expected an object of options of ${id} (${optionNames(rule.defaults)}), got ${describe(given)}`);
  const options: Record<string, unknown> = {};
  const defaults = rule.defaults as Record<string, unknown>;
  for (const [name, v] of Object.entries(given as Record<string, Json>)) {
    const optKey = `${key}.${name}`;
    if (!Object.hasOwn(defaults, name)) fail(optKey, `unknown option of ${id}; its options: ${optionNames(rule.defaults)}`);
    const kind = optionKind(id, name, defaults[name]);
    options[name] = kind.type === 'internal' && program ? v : optionValue(kind, v, optKey, fail);
  }
  return options;
}

/** Check a value against its option's kind; phrase lists grouped by language come back flattened. */
function optionValue(kind: OptionKind, v: Json, key: string, fail: (key: string, problem: string) => never): unknown {
  switch (kind.type) {
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v) || v < kind.minimum || v > kind.maximum || (kind.integer && !Number.isInteger(v))) {
        fail(key, `expected ${kind.integer ? 'a whole number' : 'a number'} from ${kind.minimum} to ${kind.maximum} (default ${kind.default}), got ${describe(v)}`);
      }
      return v;
    case 'boolean':
      if (typeof v !== 'boolean') fail(key, `expected true or false, got ${describe(v)}`);
      return v;
    case 'string':
      if (typeof v !== 'string') fail(key, `expected a string, got ${describe(v)}`);
      return v;
    case 'strings': {
      const shape = kind.byLanguage ? 'an array of strings, or an object of arrays by language ({ "nl": ["…"] })' : 'an array of strings';
      const tooMany = (n: number): never => fail(key, `${n} phrases; at most ${MAX_PHRASES} are allowed (each one is tried on every line)`);
      const strings = (list: Json, at: string): string[] => {
        if (!Array.isArray(list)) return fail(at, `expected ${shape}, got ${describe(list)}`);
        if (list.length > MAX_PHRASES) tooMany(list.length);
        return list.map((s, i) => {
          if (typeof s !== 'string' || s.trim() === '') fail(`${at}[${i}]`, `expected a non-empty string, got ${describe(s)}`);
          if ((s as string).length > MAX_PHRASE_CHARS) fail(`${at}[${i}]`, `a phrase of ${(s as string).length} characters; at most ${MAX_PHRASE_CHARS}`);
          return s as string;
        });
      };
      if (kind.byLanguage && isObject(v)) {
        const all: string[] = [];
        for (const [lang, list] of Object.entries(v as Record<string, Json>)) {
          if (!LANGUAGE_KEY.test(lang)) fail(`${key}.${lang}`, 'expected a language code such as "en" or "nl" as the key');
          all.push(...strings(list, `${key}.${lang}`));
          if (all.length > MAX_PHRASES) tooMany(all.length);
        }
        return [...new Set(all)];
      }
      return strings(v, key);
    }
    case 'internal':
      return fail(key, 'this option cannot be set in a configuration file');
  }
}

/** Keep patterns: an array of literal strings or /regex/ patterns that compile. */
function keepList(list: unknown, key: string, fail: (key: string, problem: string) => never): string[] {
  if (!Array.isArray(list)) fail(key, `expected an array of strings or /regex/ patterns such as ["Duvar English", "/^Photo: .*Reuters$/"], got ${describe(list)}`);
  if ((list as unknown[]).length > MAX_IGNORE_PATTERNS) fail(key, `${(list as unknown[]).length} patterns; at most ${MAX_IGNORE_PATTERNS} are allowed (each one is tried on every line)`);
  return (list as unknown[]).map((p, i) => {
    if (typeof p !== 'string') return fail(`${key}[${i}]`, `expected a string or /regex/, got ${describe(p)}`);
    if (p.length > MAX_PATTERN_CHARS) fail(`${key}[${i}]`, `a pattern of ${p.length} characters; at most ${MAX_PATTERN_CHARS}`);
    try {
      compileKeepPattern(p);
    } catch (err) {
      fail(`${key}[${i}]`, (err as Error).message);
    }
    return p;
  });
}

/** Options given to clean() that cannot be used: a wrong type, an unknown rule or option. */
export class OptionsError extends Error {
  constructor(
    /** Where in the options, such as `ruleOptions.caption.maxCreditWords`. */
    readonly key: string,
    /** What is wrong and what is allowed, in the words the configuration file's errors use. */
    readonly problem: string,
  ) {
    super(`${key ? `${key}: ` : ''}${problem}`);
    this.name = 'OptionsError';
  }
}

const OPTION_KEYS = ['enable', 'disable', 'ruleOptions', 'keep'] as const;
const checked = new WeakMap<object, CleanOptions>();

/**
 * Check the options of clean() by the configuration file's schema, with its messages; returns
 * them with phrase lists grouped by language flattened. Throws OptionsError; an unknown id in
 * enable or disable is left to selectRules (UnknownRuleError).
 */
export function checkCleanOptions(options: CleanOptions): CleanOptions {
  const known = checked.get(options);
  if (known) return known;
  const fail = (key: string, problem: string): never => {
    throw new OptionsError(key, problem);
  };
  if (!isObject(options)) fail('', `expected an object with the keys ${OPTION_KEYS.join(', ')}, got ${describe(options)}`);
  for (const key of Object.keys(options)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) fail(key, `unknown key; allowed keys: ${OPTION_KEYS.join(', ')}`);
  }
  for (const key of ['enable', 'disable'] as const) {
    const list: unknown = options[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail(key, `expected an array of rule ids, got ${describe(list)}`);
    (list as unknown[]).forEach((id, i) => {
      if (typeof id !== 'string') fail(`${key}[${i}]`, `expected a rule id, got ${describe(id)}`);
    });
  }
  let result = options;
  if (options.ruleOptions !== undefined) {
    if (!isObject(options.ruleOptions)) fail('ruleOptions', `expected an object of rule ids, got ${describe(options.ruleOptions)}`);
    const ruleOptions: Record<string, object> = {};
    for (const [id, given] of Object.entries(options.ruleOptions as Record<string, unknown>)) {
      if (!rules.some((r) => r.id === id)) fail(`ruleOptions.${id}`, `unknown rule id; valid ids: ${rules.map((r) => r.id).join(', ')}`);
      ruleOptions[id] = ruleOptionValues(id, given, `ruleOptions.${id}`, fail, true);
    }
    result = { ...result, ruleOptions };
  }
  if (options.keep !== undefined) keepList(options.keep, 'keep', fail);
  checked.set(options, result);
  return result;
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
  // JSON.parse reads 1e400 as Infinity, which JSON.stringify would show as "null".
  if (typeof v === 'number' && !Number.isFinite(v)) return `a number too large to use (${v > 0 ? '' : '-'}1e309 or more, such as 1e400)`;
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
