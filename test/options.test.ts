import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatConfigJsonSchema } from '../src/config/json-schema.js';
import { ConfigError, parseConfig } from '../src/config/index.js';
import { clean, OptionsError, RULE_IDS, rules, UnknownRuleError } from '../src/index.js';
import type { CleanOptions } from '../src/index.js';
import { ROOT } from './spawn-bin.js';

// clean()'s options are checked by the configuration file's schema with the same messages; the
// JSON Schema for editors is made from that schema; rule ids are a type.

const INPUT = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'input.txt'), 'utf8');
const FILE = '/repo/.clean-articlerc.json';

/** The problem clean() reports for options (loosely typed, as a JavaScript caller may pass anything). */
function optionsProblem(options: unknown): { key: string; problem: string } | 'accepted' {
  try {
    clean('Title\n\nBody.\n', options as CleanOptions as never);
    return 'accepted';
  } catch (err) {
    if (!(err instanceof OptionsError)) throw err;
    return { key: err.key, problem: err.problem };
  }
}

/** The problem a configuration file reports. */
function configProblem(config: unknown): { key: string; problem: string } | 'accepted' {
  try {
    parseConfig(JSON.stringify(config), FILE);
    return 'accepted';
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return { key: err.key, problem: err.problem };
  }
}

describe('clean() checks its options as a configuration file is checked', () => {
  const cases: [string, unknown, unknown, string, string][] = [
    // what, ruleOptions given to clean(), the same rule in a configuration file, key in each
    ['an unknown rule id', { captoin: {} }, { captoin: ['on', {}] }, 'ruleOptions.captoin', 'rules.captoin'],
    ['an unknown option', { caption: { maxCreditWord: 3 } }, { caption: ['on', { maxCreditWord: 3 }] }, 'ruleOptions.caption.maxCreditWord', 'rules.caption[1].maxCreditWord'],
    ['a number as a string', { caption: { maxCreditWords: '8' } }, { caption: ['on', { maxCreditWords: '8' }] }, 'ruleOptions.caption.maxCreditWords', 'rules.caption[1].maxCreditWords'],
    ['a negative number', { 'duplicate-paragraph': { minWords: -1 } }, { 'duplicate-paragraph': ['on', { minWords: -1 }] }, 'ruleOptions.duplicate-paragraph.minWords', 'rules.duplicate-paragraph[1].minWords'],
    ['a phrase list that is a string', { caption: { extraLabels: 'beeld' } }, { caption: ['on', { extraLabels: 'beeld' }] }, 'ruleOptions.caption.extraLabels', 'rules.caption[1].extraLabels'],
    ['a bad language key', { caption: { extraLabels: { Dutch: ['beeld'] } } }, { caption: ['on', { extraLabels: { Dutch: ['beeld'] } }] }, 'ruleOptions.caption.extraLabels.Dutch', 'rules.caption[1].extraLabels.Dutch'],
  ];
  for (const [what, given, inConfig, optionKey, configKey] of cases) {
    it(`${what}: the same problem, at ${optionKey}`, () => {
      const fromOptions = optionsProblem({ ruleOptions: given });
      const fromConfig = configProblem({ rules: inConfig });
      expect(fromOptions).not.toBe('accepted');
      expect(fromConfig).not.toBe('accepted');
      expect(fromOptions).toEqual({ key: optionKey, problem: (fromConfig as { problem: string }).problem });
      expect((fromConfig as { key: string }).key).toBe(configKey);
    });
  }

  it('the message names the key: "ruleOptions.captoin: unknown rule id; valid ids: …"', () => {
    expect(() => clean('x', { ruleOptions: { captoin: {} } } as never)).toThrow(`ruleOptions.captoin: unknown rule id; valid ids: ${rules.map((r) => r.id).join(', ')}`);
    expect(() => clean('x', { captoin: 1 } as never)).toThrow('captoin: unknown key; allowed keys: enable, disable, ruleOptions, keep');
    expect(() => clean('x', { keep: ['/(/'] })).toThrow(/^keep\[0\]: not a valid regular expression/);
    expect(() => clean('x', { enable: 'caption' } as never)).toThrow('enable: expected an array of rule ids, got "caption"');
    // Unknown ids in enable and disable keep their own error, with .unknown and .valid.
    expect(() => clean('x', { disable: ['nope'] } as never)).toThrow(UnknownRuleError);
  });

  it('accepts what a configuration file accepts, phrase lists by language too, and they work', () => {
    const text = 'A title of some words\n\nBeeld: ANP\n\nThe article body is a sentence of several words that reads as prose.\n';
    expect(clean(text).text).toContain('Beeld: ANP');
    const r = clean(text, { ruleOptions: { caption: { extraLabels: { nl: ['beeld'] } } } });
    expect(r.text).not.toContain('Beeld: ANP');
    expect(optionsProblem({ enable: ['learned-boilerplate'], ruleOptions: { 'learned-boilerplate': { profile: null, minDocs: 2 } } })).toBe('accepted');
  });

  it('the same options object is checked once (a batch passes one object for many files)', () => {
    const options = { ruleOptions: { caption: { maxCreditWords: 9 } } } as const;
    expect(clean(INPUT, options).text).toBe(clean(INPUT, { ruleOptions: { caption: { maxCreditWords: 9 } } }).text);
  });
});

describe('rule ids as a type', () => {
  it('RULE_IDS lists the rules, in order', () => {
    expect([...RULE_IDS]).toEqual(rules.map((r) => r.id));
  });

  it('tsc refuses a misspelt rule id in the options (test/types/options.ts)', () => {
    const tsc = path.join(ROOT, 'node_modules', '.bin', 'tsc');
    const r = spawnSync(tsc, ['-p', path.join(ROOT, 'test', 'types', 'tsconfig.json')], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});

describe('the JSON Schema', () => {
  const committed = readFileSync(path.join(ROOT, 'schema', 'clean-article.schema.json'), 'utf8');
  const schema = JSON.parse(committed) as object;
  const validate = new Ajv({ strict: false }).compile(schema);

  it('the committed schema/clean-article.schema.json is what the validator\'s schema makes (else: npm run schema)', () => {
    expect(committed).toBe(formatConfigJsonSchema());
  });

  const configs: [string, unknown][] = [
    ['the README-style example', { $schema: './node_modules/clean-article/schema/clean-article.schema.json', rules: { 'reaction-widget': 'off', 'duplicate-paragraph': ['on', { minWords: 10 }], caption: ['on', { extraLabels: { nl: ['beeld'] }, extraAgencies: ['Mydaily Pics'] }] }, extensions: ['txt', '.md'], ignore: ['drafts/'], keep: ['Duvar English', '/^Photo:/i'] }],
    ['an empty object', {}],
    ['an unknown top-level key', { rule: {} }],
    ['an unknown rule', { rules: { captoin: 'off' } }],
    ['a bad state', { rules: { caption: 'of' } }],
    ['an unknown option', { rules: { caption: ['on', { maxCreditWord: 3 }] } }],
    ['a number as a string', { rules: { caption: ['on', { maxCreditWords: '8' }] } }],
    ['a negative number', { rules: { caption: ['on', { maxCreditWords: -1 }] } }],
    ['three items', { rules: { caption: ['on', {}, {}] } }],
    ['an internal option', { rules: { 'learned-boilerplate': ['on', { profile: {} }] } }],
    ['a bad language key', { rules: { caption: ['on', { extraLabels: { Dutch: ['beeld'] } }] } }],
    ['an empty phrase', { rules: { caption: ['on', { extraLabels: [' '] }] } }],
    ['no extensions', { extensions: [] }],
    ['a bad extension', { extensions: ['t xt'] }],
    ['keep as a string', { keep: 'Duvar English' }],
    ['an empty keep pattern', { keep: [''] }],
  ];
  for (const [what, config] of configs) {
    it(`agrees with the validator on ${what}`, () => {
      expect(validate(config), JSON.stringify(validate.errors)).toBe(configProblem(config) === 'accepted');
    });
  }
});

describe('the package exports the schema', () => {
  it('as clean-article/schema.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports['./schema.json']).toBe('./schema/clean-article.schema.json');
    expect(pkg.files).toContain('schema');
    expect(execFileSync('git', ['ls-files', 'schema'], { cwd: ROOT, encoding: 'utf8' })).toBe('schema/clean-article.schema.json\n');
  });
});
