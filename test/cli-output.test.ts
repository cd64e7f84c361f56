import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixCommand } from '../src/cli/main.js';
import { plural, useColor } from '../src/cli/output.js';
import { clean } from '../src/index.js';
import { runIn } from './fake-io.js';
import { ROOT, runBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// What the command line says and how: the fix hint after --check, the list --write prints,
// --quiet, colour, unmatched patterns, plurals and the per-rule counts of --jsonl.

const folder = tempFolders('clean-article-output-');
const INPUT = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'input.txt'), 'utf8');
const CLEANED = clean(INPUT).text;
const DUMP = readFileSync(path.join(ROOT, 'fixtures', 'main-content--page-dump-en', 'input.txt'), 'utf8');

describe('--check says how to fix', () => {
  it('names the command that cleans what would change, with the same paths and options', async () => {
    const dir = folder({ 'my news/a.txt': INPUT, 'my news/b.md': INPUT, 'clean.txt': CLEANED });
    const r = await runIn(dir, ['--check', '--ext', 'txt,md', 'my news', 'clean.txt']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('my news/a.txt\nmy news/b.md\n');
    expect(r.err.split('\n').at(-2)).toBe("clean-article: to clean them, run: clean-article --write --ext txt,md 'my news' clean.txt");
    // Pasting it does clean them.
    const fix = await runIn(dir, ['--write', '--ext', 'txt,md', 'my news', 'clean.txt']);
    expect(fix.code).toBe(0);
    expect((await runIn(dir, ['--check', '--ext', 'txt,md', 'my news', 'clean.txt'])).code).toBe(0);
  });

  it('says nothing about fixing when nothing would change', async () => {
    const r = await runIn(folder({ 'a.txt': CLEANED }), ['--check', 'a.txt']);
    expect(r).toEqual({ code: 0, out: '', err: 'clean-article: 0 would change, 1 unchanged, 0 failed; 0 lines would be removed\n' });
  });

  it('fixCommand: --check becomes --write; --diff and --format go; odd words are quoted', () => {
    expect(fixCommand(['--check', 'news'])).toBe('clean-article --write news');
    expect(fixCommand(['-c', '--diff', '--format', 'json', "it's.txt"])).toBe(`clean-article --write 'it'\\''s.txt'`);
    expect(fixCommand(['--check', '--format=json', '--', '-odd.txt'])).toBe('clean-article --write -- -odd.txt');
    expect(fixCommand(['--check', ...Array.from({ length: 40 }, (_, i) => `news/article-${i}.txt`)])).toBeNull();
  });
});

describe('--write lists the files it changed; --quiet', () => {
  it('prints each changed file on stdout, not the unchanged ones', async () => {
    const dir = folder({ 'news/a.txt': INPUT, 'news/b.txt': CLEANED, 'news/c.txt': INPUT });
    const r = await runIn(dir, ['--write', 'news']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('news/a.txt\nnews/c.txt\n');
    expect(r.err).toMatch(/^clean-article: 2 changed, 1 unchanged, 0 failed; \d+ lines removed/);
  });

  it('--quiet prints neither the list nor the summary nor a fix hint; errors still show', async () => {
    const dir = folder({ 'news/a.txt': INPUT, 'news/b.txt': CLEANED });
    expect(await runIn(dir, ['--check', '--quiet', 'news'])).toEqual({ code: 1, out: 'news/a.txt\n', err: '' });
    expect(await runIn(dir, ['--write', '-q', 'news'])).toEqual({ code: 0, out: '', err: '' });
    expect(readFileSync(path.join(dir, 'news/a.txt'), 'utf8')).toBe(CLEANED);
    const missing = await runIn(dir, ['--write', '-q', 'news', 'missing.txt']);
    expect(missing).toEqual({ code: 2, out: '', err: 'clean-article: missing.txt: no such file or directory\n' });
  });
});

describe('colour', () => {
  it('useColor: flags first, then FORCE_COLOR, NO_COLOR, TERM=dumb, then the terminal', () => {
    expect(useColor(true, { NO_COLOR: '1' }, false)).toBe(true);
    expect(useColor(false, { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(useColor(undefined, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '', NO_COLOR: '1' }, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColor(undefined, { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '' }, true)).toBe(true);
    expect(useColor(undefined, { TERM: 'dumb' }, true)).toBe(false);
    expect(useColor(undefined, {}, true)).toBe(true);
    expect(useColor(undefined, {}, false)).toBe(false);
  });

  it('--color and --no-color decide for --diff', async () => {
    const dir = folder({ 'a.txt': INPUT });
    const forced = await runIn(dir, ['--diff', '--color', 'a.txt']);
    expect(forced.out).toContain('\x1b[31m-');
    const plain = await runIn(dir, ['--diff', 'a.txt']);
    expect(forced.out.replace(/\x1b\[\d+m/g, '')).toBe(plain.out);
    expect((await runIn(dir, ['--diff', '--no-color', 'a.txt'], { stdoutIsTTY: true })).out).toBe(plain.out);
  });

  it('the real process reads FORCE_COLOR and NO_COLOR from its environment', async () => {
    const dir = folder({ 'a.txt': INPUT });
    const run = (env: Record<string, string | undefined>, args: string[] = []) => runBin(dir, ['--diff', ...args, 'a.txt'], { env });
    expect((await run({ FORCE_COLOR: '1', NO_COLOR: '' })).out).toContain('\x1b[36m@@ ');
    expect((await run({ NO_COLOR: '1', FORCE_COLOR: undefined })).out).not.toContain('\x1b[');
    expect((await run({ FORCE_COLOR: '1', NO_COLOR: '' }, ['--no-color'])).out).not.toContain('\x1b[');
  }, 30_000);
});

describe('--no-error-on-unmatched-pattern', () => {
  it('a folder without .txt files or a pattern matching nothing is an error (exit 2), and not with the flag', async () => {
    const dir = folder({ 'notes.md': INPUT });
    const r = await runIn(dir, ['--check', '.']);
    expect(r).toEqual({ code: 2, out: '', err: 'clean-article: .: no *.txt files in this folder\nclean-article: 0 would change, 0 unchanged, 1 failed; 0 lines would be removed\n' });
    const ok = await runIn(dir, ['--check', '--no-error-on-unmatched-pattern', '.', 'news/**/*.txt']);
    expect(ok).toEqual({ code: 0, out: '', err: 'clean-article: 0 would change, 0 unchanged, 0 failed; 0 lines would be removed\n' });
  });

  it('a named file that is missing is still an error', async () => {
    const r = await runIn(folder(), ['--check', '--no-error-on-unmatched-pattern', 'missing.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('clean-article: missing.txt: no such file or directory\n');
  });
});

describe('one error style', () => {
  it("commander's own errors read like the tool's: clean-article: …", async () => {
    const unknown = await runIn(folder(), ['--nope']);
    expect(unknown.err.split('\n')[0]).toBe("clean-article: unknown option '--nope'");
    const missing = await runIn(folder(), ['--ext']);
    expect(missing.err.split('\n')[0]).toBe("clean-article: option '--ext <list>' argument missing");
    const learn = await runIn(folder(), ['learn', '--nope']);
    expect(learn.err.split('\n')[0]).toBe("clean-article: unknown option '--nope'");
    for (const r of [unknown, missing, learn]) expect(r.err).not.toMatch(/^error:/m);
  });
});

describe('--jsonl summary', () => {
  it('counts the lines each rule removed without the blank lines inside a finding, as --check does for the same text', async () => {
    const dir = folder({ 'page.txt': DUMP, 'pages.jsonl': `${JSON.stringify({ text: DUMP })}\n` });
    const { findings, removedLines } = clean(DUMP);
    // The page dump's findings span blank lines: counting lines from start to end would be more.
    const spans = findings.reduce((n, f) => n + f.end - f.start + 1, 0);
    expect(spans).toBeGreaterThan(removedLines);
    const records = await runIn(dir, ['--jsonl', 'pages.jsonl', '--jobs', '1']);
    const perRule = /lines removed (\(.*\))$/m.exec(records.err)?.[1];
    expect(records.err).toContain(`clean-article: 1 record changed, 0 unchanged, 0 without a "text" string, 0 malformed; ${plural(removedLines, 'line')} removed (`);
    const check = await runIn(dir, ['--check', 'page.txt']);
    expect(check.err).toContain(`${plural(removedLines, 'line')} would be removed ${perRule}\n`);
    const total = [...(perRule ?? '').matchAll(/ (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(total).toBe(removedLines);
  });

  it('learn says "1 document"', async () => {
    const dir = folder({ 'a.txt': INPUT });
    const r = await runIn(dir, ['learn', 'a.txt', '-o', 'p.json']);
    expect(r.err).toMatch(/^clean-article learn: 1 document, \d+ keys \(bound/);
  });

  it('says "1 record", "2 records"', () => {
    expect(plural(1, 'record')).toBe('1 record');
    expect(plural(2, 'record')).toBe('2 records');
    expect(plural(0, 'line')).toBe('0 lines');
  });
});
