import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config/index.js';
import { clean } from '../src/index.js';
import { runIn } from './fake-io.js';
import { ROOT } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// Keep patterns: a line that matches one is never removed, whatever rule finds it, and --explain
// says which pattern kept it.

const INPUT = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'input.txt'), 'utf8');
const lines = INPUT.split('\n');
const folder = tempFolders('clean-article-keep-');

describe('keep in clean()', () => {
  it('a literal keeps the lines that contain it (case as written); the rest is cleaned as before', () => {
    const plain = clean(INPUT);
    const r = clean(INPUT, { keep: ['Duvar English'] });
    expect(lines[15]).toBe('Duvar English');
    expect(r.text.split('\n')).toContain('Duvar English');
    // "DUVAR ENGLISH" (line 38) does not contain the literal as written: still removed.
    expect(r.text).not.toContain('DUVAR ENGLISH');
    expect(r.removedLines).toBe(plain.removedLines - 1);
    expect(r.kept).toEqual([
      { line: 16, pattern: 'Duvar English', ruleId: 'publisher-line', reason: expect.stringContaining('"Duvar English"') },
      { line: 16, pattern: 'Duvar English', ruleId: 'repeated-line', reason: expect.stringContaining('"Duvar English"') },
    ]);
    expect(r.findings.some((f) => f.start <= 16 && f.end >= 16)).toBe(false);
  });

  it('a /regex/ with flags keeps every line it matches; one line inside a longer finding splits it', () => {
    const r = clean(INPUT, { keep: ['/^duvar english$/i', '/^love$/'] });
    expect(r.text).toContain('\nDuvar English\n');
    expect(r.text).toContain('\nDUVAR ENGLISH\n');
    // The reaction widget (lines 42-55, one token a line) loses every line but "love".
    expect(r.text).toContain('\nlove\n');
    expect(r.text).not.toMatch(/^like$/m);
    // (Line 40, the widget's question "Ne Düşünüyorsun?", is a finding of its own.)
    const widget = r.findings.filter((f) => f.ruleId === 'reaction-widget' && f.start >= 42);
    expect(widget.length).toBe(2);
    expect(widget.every((f) => f.end < 46 || f.start > 46)).toBe(true);
  });

  it('the result is stable: cleaning it again with the same patterns changes nothing', () => {
    const keep = ['Duvar English', '/^love$/'];
    const once = clean(INPUT, { keep });
    expect(clean(once.text, { keep }).changed).toBe(false);
  });

  it('without keep the result has no kept list', () => {
    expect(clean(INPUT).kept).toBeUndefined();
    expect(clean(INPUT, { keep: ['no line has this'] }).kept).toEqual([]);
  });
});

describe('keep in a configuration file', () => {
  const repo = (config: unknown): string => {
    const dir = folder({ '.clean-articlerc.json': JSON.stringify(config), 'news/a.txt': INPUT });
    mkdirSync(path.join(dir, '.git'));
    return dir;
  };

  it('--write keeps the line, --explain says which pattern kept it from which rule, --print-config shows it', async () => {
    const dir = repo({ keep: ['Duvar English'] });
    const r = await runIn(dir, ['--check', '--explain', 'news/a.txt']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('news/a.txt:16-16 kept by keep pattern "Duvar English" (publisher-line would remove it: short name line repeated 2 times in different case: "Duvar English")\n');
    expect(r.err).toContain('news/a.txt:38-38 publisher-line: ');
    const json = await runIn(dir, ['--check', '--format', 'json', 'news/a.txt']);
    expect(JSON.parse(json.out).kept[0]).toEqual({ line: 16, pattern: 'Duvar English', rule: 'publisher-line', reason: expect.any(String) });
    await runIn(dir, ['--write', 'news']);
    expect(readFileSync(path.join(dir, 'news/a.txt'), 'utf8')).toBe(clean(INPUT, { keep: ['Duvar English'] }).text);
    const printed = JSON.parse((await runIn(dir, ['--print-config', 'news/a.txt'])).out);
    expect(printed.keep).toEqual(['Duvar English']);
  });

  it('a bad keep setting is refused with the key and what is allowed', () => {
    const problem = (keep: unknown): string => {
      try {
        parseConfig(JSON.stringify({ keep }), '/repo/.clean-articlerc.json');
      } catch (err) {
        return (err as ConfigError).format('/repo');
      }
      return 'accepted';
    };
    expect(problem(['Duvar English', '/^Photo:/i'])).toBe('accepted');
    expect(problem('Duvar English')).toBe('.clean-articlerc.json: keep: expected an array of strings or /regex/ patterns such as ["Duvar English", "/^Photo: .*Reuters$/"], got "Duvar English"');
    expect(problem(['ok', 3])).toBe('.clean-articlerc.json: keep[1]: expected a string or /regex/, got 3');
    expect(problem(['/(unclosed/'])).toMatch(/^\.clean-articlerc\.json: keep\[0\]: not a valid regular expression: /);
    expect(problem([' '])).toBe('.clean-articlerc.json: keep[0]: expected a non-empty string or /regex/');
  });
});
