import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { apply, detect, selectRules, UnknownRuleError } from '../src/engine.js';
import { clean, rules } from '../src/index.js';
import type { Finding, Rule } from '../src/types.js';

/** A rule that reports fixed ranges, for testing the engine alone. */
function fixed(id: string, ranges: [number, number][], enabledByDefault = true): Rule {
  return {
    id,
    description: `test rule ${id}`,
    enabledByDefault,
    defaults: {},
    detect: () => ranges.map(([start, end]): Finding => ({ ruleId: id, start, end, reason: `${id} ${start}-${end}` })),
  };
}

describe('detect', () => {
  const doc = parseDocument('a\nb\nc\n\nd\ne\n');
  it('gives each line to the first rule that claims it and skips a finding wholly claimed', () => {
    const { findings, skipped } = detect(doc, [fixed('first', [[2, 3]]), fixed('second', [[2, 2]])]);
    expect(findings.map((f) => [f.ruleId, f.start, f.end])).toEqual([['first', 2, 3]]);
    expect(skipped.map((f) => [f.ruleId, f.start, f.end])).toEqual([['second', 2, 2]]);
  });
  it('keeps only the unclaimed lines of a partly overlapping finding, without blank edges', () => {
    const { findings } = detect(doc, [fixed('first', [[3, 3]]), fixed('second', [[1, 6]])]);
    expect(findings.map((f) => [f.ruleId, f.start, f.end])).toEqual([
      ['second', 1, 2],
      ['first', 3, 3],
      ['second', 5, 6],
    ]);
  });
  it('lets later rules see what earlier rules claimed', () => {
    let seen: number[] = [];
    const spy: Rule = { ...fixed('spy', []), detect: (_d, _o, ctx) => ((seen = [...ctx.claimed].sort()), []) };
    detect(doc, [fixed('first', [[5, 6]]), spy]);
    expect(seen).toEqual([5, 6]);
  });
});

describe('apply', () => {
  it('keeps lines as they were, one blank line between paragraphs, one trailing newline', () => {
    const doc = parseDocument('\n\n  Title  \n\n\n\nfirst\n  second\n \t\nthird');
    expect(apply(doc, [])).toBe('  Title  \n\nfirst\n  second\n\nthird\n');
  });
  it('joins the rest of a paragraph when a line inside it goes, and drops the gap of a removed paragraph', () => {
    const doc = parseDocument('a\nb\nc\n\nd\n\ne\n');
    expect(apply(doc, [{ ruleId: 'x', start: 2, end: 2, reason: '' }, { ruleId: 'x', start: 5, end: 5, reason: '' }])).toBe('a\nc\n\ne\n');
  });
  it('keeps CRLF and a byte-order mark', () => {
    const doc = parseDocument('\ufeffTitle\r\n\r\n\r\nBody.\r\n');
    expect(apply(doc, [])).toBe('\ufeffTitle\r\n\r\nBody.\r\n');
  });
  it('returns an empty text for an empty or blank document', () => {
    expect(apply(parseDocument(''), [])).toBe('');
    expect(apply(parseDocument(' \n\t\n'), [])).toBe('');
  });
});

describe('selectRules', () => {
  const all = [fixed('on', []), fixed('off', [], false)];
  it('takes the defaults, --enable and --disable', () => {
    expect(selectRules(all).map((r) => r.id)).toEqual(['on']);
    expect(selectRules(all, { enable: ['off'] }).map((r) => r.id)).toEqual(['on', 'off']);
    expect(selectRules(all, { disable: ['on'] }).map((r) => r.id)).toEqual([]);
  });
  it('throws UnknownRuleError naming the unknown and the valid ids', () => {
    expect(() => selectRules(all, { disable: ['nope'] })).toThrow(UnknownRuleError);
    const error = ((): unknown => {
      try {
        selectRules(all, { enable: ['nope'] });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(UnknownRuleError);
    expect((error as UnknownRuleError).unknown).toEqual(['nope']);
    expect((error as UnknownRuleError).valid).toEqual(['on', 'off']);
  });
});

describe('the rule registry', () => {
  it('has one rule per id, each with a description and a kebab-case id', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.description.length).toBeGreaterThan(20);
    }
  });
  it('passes ruleOptions over a rule\'s defaults', () => {
    const text = 'Storm hits the coast\n\nThe storm reached the coast on Tuesday, officials said.\n\nStorm hits the coast\n';
    expect(clean(text).removedLines).toBe(1);
    expect(clean(text, { ruleOptions: { 'repeated-title': { minWords: 5 } } }).removedLines).toBe(0);
  });
});
