import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config/index.js';
import { rules } from '../src/index.js';
import { readmeSnippet } from './hook-repo.js';

// Validation of configuration files: every problem names the file, the key and what is allowed.

const FILE = '/repo/news/.clean-articlerc.json';

function problem(text: string, file = FILE): ConfigError {
  try {
    parseConfig(text, file);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error(`no error for ${text}`);
}

describe('parseConfig', () => {
  it('reads rules on/off, rule options, extensions and ignore patterns', () => {
    const c = parseConfig(
      JSON.stringify({
        rules: { 'reaction-widget': 'off', 'duplicate-paragraph': ['on', { minWords: 10 }], caption: ['on'] },
        extensions: ['.txt', 'md'],
        ignore: ['drafts/', '!drafts/keep.txt'],
      }),
      FILE,
    );
    expect(c).toEqual({
      file: FILE,
      dir: '/repo/news',
      rules: {
        'reaction-widget': { state: 'off', options: {} },
        'duplicate-paragraph': { state: 'on', options: { minWords: 10 } },
        caption: { state: 'on', options: {} },
      },
      extensions: ['txt', 'md'],
      ignore: ['drafts/', '!drafts/keep.txt'],
    });
  });

  it('takes extra phrases as a list or grouped by language, flattened without repeats', () => {
    const c = parseConfig(
      JSON.stringify({
        rules: {
          'reaction-widget': ['on', { extraLabels: { nl: ['leuk', 'boos'], en: ['meh', 'leuk'] } }],
          caption: ['on', { extraLabels: ['beeld'], extraAgencies: { nl: ['ANP Foto'] } }],
        },
      }),
      FILE,
    );
    expect(c?.rules['reaction-widget'].options).toEqual({ extraLabels: ['leuk', 'boos', 'meh'] });
    expect(c?.rules.caption.options).toEqual({ extraLabels: ['beeld'], extraAgencies: ['ANP Foto'] });
  });

  it('accepts a byte-order mark and an empty object', () => {
    expect(parseConfig('\ufeff{}', FILE)).toEqual({ file: FILE, dir: '/repo/news', rules: {}, ignore: [] });
  });

  it('reads the "clean-article" key of a package.json, and nothing from one without it', () => {
    expect(parseConfig('{"name": "x"}', '/repo/package.json')).toBeNull();
    const c = parseConfig('{"name": "x", "clean-article": {"rules": {"caption": "off"}}}', '/repo/package.json');
    expect(c?.rules).toEqual({ caption: { state: 'off', options: {} } });
    const e = problem('{"clean-article": {"rules": {"captions": "off"}}}', '/repo/package.json');
    expect(e.key).toBe('clean-article.rules.captions');
  });

  // [text, key, a fragment of what the message says is allowed]
  const cases: [string, string, string][] = [
    ['{"rules": {"caption": "off"},\n}', '', 'not valid JSON'],
    ['', '', 'not valid JSON'],
    ['[]', '', 'expected an object with the keys rules, extensions, ignore, keep, got an array'],
    ['{"rule": {}}', 'rule', 'unknown key; allowed keys: rules, extensions, ignore, keep'],
    ['{"rules": []}', 'rules', 'expected an object of rule ids, got an array'],
    ['{"rules": {"nope": "off"}}', 'rules.nope', `unknown rule id; valid ids: ${rules.map((r) => r.id).join(', ')}`],
    ['{"rules": {"caption": "of"}}', 'rules.caption', 'expected "on", "off", or ["on" or "off", { options }], got "of"'],
    ['{"rules": {"caption": true}}', 'rules.caption', 'got true'],
    ['{"rules": {"caption": ["on", {}, 3]}}', 'rules.caption', 'got an array'],
    ['{"rules": {"caption": [1]}}', 'rules.caption[0]', 'expected "on" or "off", got 1'],
    ['{"rules": {"caption": ["on", 3]}}', 'rules.caption[1]', 'expected an object of options of caption (extraLabels, extraAgencies, maxCreditWords'],
    ['{"rules": {"caption": ["on", {"maxCreditWord": 3}]}}', 'rules.caption[1].maxCreditWord', 'unknown option of caption; its options: extraLabels, extraAgencies,'],
    ['{"rules": {"caption": ["on", {"maxCreditWords": "8"}]}}', 'rules.caption[1].maxCreditWords', 'expected a whole number from 1 to 100 (default 8), got "8"'],
    // Ranges that keep a rule meaningful: no shingles of one word, no coverage of nothing.
    ['{"rules": {"duplicate-paragraph": ["on", {"shingle": 1}]}}', 'rules.duplicate-paragraph[1].shingle', 'expected a whole number from 2 to 10 (default 3), got 1'],
    ['{"rules": {"duplicate-paragraph": ["on", {"minCoverage": 0}]}}', 'rules.duplicate-paragraph[1].minCoverage', 'expected a number from 0.5 to 1 (default 0.9), got 0'],
    ['{"rules": {"duplicate-paragraph": ["on", {"minWords": 0}]}}', 'rules.duplicate-paragraph[1].minWords', 'expected a whole number from 4 to 10000 (default 8), got 0'],
    ['{"rules": {"caption": ["on", {"maxCreditWords": 2.5}]}}', 'rules.caption[1].maxCreditWords', 'expected a whole number from 1 to 100 (default 8), got 2.5'],
    ['{"rules": {"caption": ["on", {"maxCreditWords": 1e400}]}}', 'rules.caption[1].maxCreditWords', 'got a number too large to use (1e309 or more, such as 1e400)'],
    ['{"rules": {"caption": ["on", {"maxLineLength": -1e400}]}}', 'rules.caption[1].maxLineLength', 'got a number too large to use (-1e309 or more, such as 1e400)'],
    // Caps on lists: each phrase is tried on every line, each pattern on every file.
    [JSON.stringify({ rules: { 'reaction-widget': ['on', { extraLabels: Array.from({ length: 501 }, (_, i) => `label ${i}`) }] } }), 'rules.reaction-widget[1].extraLabels', '501 phrases; at most 500 are allowed'],
    [JSON.stringify({ rules: { 'reaction-widget': ['on', { extraLabels: { nl: Array.from({ length: 300 }, (_, i) => `leuk ${i}`), de: Array.from({ length: 300 }, (_, i) => `gut ${i}`) } }] } }), 'rules.reaction-widget[1].extraLabels', '600 phrases; at most 500 are allowed'],
    [JSON.stringify({ rules: { caption: ['on', { extraLabels: ['x'.repeat(201)] }] } }), 'rules.caption[1].extraLabels[0]', 'a phrase of 201 characters; at most 200'],
    [JSON.stringify({ ignore: Array.from({ length: 1001 }, (_, i) => `d${i}/`) }), 'ignore', '1001 patterns; at most 1000 are allowed'],
    [JSON.stringify({ ignore: ['x'.repeat(1001)] }), 'ignore[0]', 'a pattern of 1001 characters; at most 1000'],
    ['{"rules": {"duplicate-paragraph": ["on", {"minWords": -1}]}}', 'rules.duplicate-paragraph[1].minWords', 'expected a whole number from 4 to 10000 (default 8), got -1'],
    ['{"rules": {"reaction-widget": ["on", {"extraLabels": "leuk"}]}}', 'rules.reaction-widget[1].extraLabels', 'expected an array of strings, or an object of arrays by language'],
    ['{"rules": {"reaction-widget": ["on", {"extraLabels": ["leuk", 2]}]}}', 'rules.reaction-widget[1].extraLabels[1]', 'expected a non-empty string, got 2'],
    ['{"rules": {"reaction-widget": ["on", {"extraLabels": {"Dutch": ["leuk"]}}]}}', 'rules.reaction-widget[1].extraLabels.Dutch', 'expected a language code'],
    ['{"rules": {"foreign-language": ["on", {"foreignLanguages": {"tr": ["tr"]}}]}}', 'rules.foreign-language[1].foreignLanguages', 'expected an array of strings, got an object'],
    ['{"extensions": []}', 'extensions', 'expected a non-empty array of extensions such as ["txt", "md"], got an array'],
    ['{"extensions": "txt"}', 'extensions', 'got "txt"'],
    ['{"extensions": ["txt", "*.md"]}', 'extensions[1]', 'expected an extension such as "txt" or "md", got "*.md"'],
    ['{"ignore": "drafts/"}', 'ignore', 'expected an array of gitignore-style patterns'],
    ['{"ignore": ["drafts/", ""]}', 'ignore[1]', 'expected a gitignore-style pattern (a non-empty string), got ""'],
  ];
  it.each(cases)('%s: error at "%s"', (text, key, allowed) => {
    const e = problem(text);
    expect(e.file).toBe(FILE);
    expect(e.key).toBe(key);
    expect(e.problem).toContain(allowed);
    expect(e.message).toBe(`${FILE}: ${key ? `${key}: ` : ''}${e.problem}`);
  });

  it('says where broken JSON breaks', () => {
    expect(problem('{\n  "rules": {"caption": "off"},\n}').problem).toMatch(/^not valid JSON: .* \(line 3, column 1\)$/);
  });

  it('shows the file relative to the current folder when it lies under it', () => {
    const e = problem('{"rule": {}}');
    expect(e.format('/repo')).toBe('news/.clean-articlerc.json: rule: unknown key; allowed keys: rules, extensions, ignore, keep');
    expect(e.format('/elsewhere')).toBe(`${FILE}: rule: unknown key; allowed keys: rules, extensions, ignore, keep`);
  });
});

describe('the README', () => {
  it('has a configuration example that is valid', () => {
    const c = parseConfig(readmeSnippet('config-example'), FILE);
    expect(c).not.toBeNull();
    expect(Object.keys(c!.rules).length).toBeGreaterThan(2);
  });

  it('lists every rule option with its default', () => {
    const readme = readmeSnippet('rule-options');
    for (const rule of rules) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${rule.id}\` |`));
      expect(row, rule.id).toBeDefined();
      const listed = [...row!.matchAll(/`(\w+)` \(([^)]*)\)/g)].map((m) => [m[1], m[2]]);
      const defaults = Object.entries(rule.defaults).map(([k, v]) => [k, JSON.stringify(v)]);
      expect(listed).toEqual(defaults);
    }
  });
});
