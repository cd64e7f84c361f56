import { spawn } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, rules } from '../src/index.js';
import { tempFolders } from './temp-folder.js';

// End-to-end: spawn the real bin (built to dist/ by test/global-setup.ts) in a fresh temp folder.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'clean-article.js');
const INPUT = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'input.txt'), 'utf8');
const EXPECTED = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'expected.txt'), 'utf8');
/** What the library makes of the example: the CLI must produce exactly this. */
const CLEANED = clean(INPUT).text;
const OLD = new Date('2001-02-03T04:05:06Z');
/** Each test spawns node; the first clean() of a process loads the language model (about a second). */
const SPAWN_TIMEOUT = 30_000;

const folder = tempFolders('clean-article-cli-');

interface Outcome {
  code: number | null;
  stdout: Buffer;
  out: string;
  err: string;
}

/** Run the bin with `input` piped to stdin. */
function cli(cwd: string, args: string[], input: string | Buffer = ''): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out);
      resolve({ code, stdout, out: stdout.toString('utf8'), err: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(input);
  });
}

/** Set an old mtime, so "not written" is visible without waiting for the clock. */
function age(file: string): number {
  utimesSync(file, OLD, OLD);
  return statSync(file).mtimeMs;
}

describe('stdout mode', { timeout: SPAWN_TIMEOUT }, () => {
  it('cleans the example file to exactly the expected text (needs the rules)', async () => {
    const dir = folder({ 'lavrov.txt': INPUT });
    const r = await cli(dir, ['lavrov.txt']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(EXPECTED);
    expect(r.stdout.equals(Buffer.from(EXPECTED, 'utf8'))).toBe(true);
  });

  it("prints clean()'s text byte for byte, with no extra newline", async () => {
    const dir = folder({ 'a.txt': INPUT });
    const r = await cli(dir, ['a.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout.equals(Buffer.from(CLEANED, 'utf8'))).toBe(true);
  });

  it('cleans stdin given as "-"', async () => {
    const r = await cli(folder(), ['-'], INPUT);
    expect(r.code).toBe(0);
    expect(r.out).toBe(CLEANED);
  });

  it('cleans piped stdin when no path is given', async () => {
    const r = await cli(folder(), [], INPUT);
    expect(r.code).toBe(0);
    expect(r.out).toBe(CLEANED);
  });

  it('keeps CRLF line endings', async () => {
    const crlf = INPUT.replace(/\n/g, '\r\n');
    const dir = folder({ 'crlf.txt': crlf });
    const r = await cli(dir, ['crlf.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(clean(crlf).text);
    expect(r.out).toContain('\r\n');
    expect(r.out).not.toMatch(/[^\r]\n/);
  });

  it('keeps a UTF-8 byte-order mark', async () => {
    const dir = folder({ 'bom.txt': `\ufeff${INPUT}` });
    const r = await cli(dir, ['bom.txt']);
    expect(r.code).toBe(0);
    expect([...r.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.stdout.equals(Buffer.from(clean(`\ufeff${INPUT}`).text, 'utf8'))).toBe(true);
  });

  it('--explain prints "path:first-last rule-id: reason" on stderr, one line per removed range', async () => {
    const dir = folder({ 'news/a.txt': INPUT });
    const r = await cli(dir, ['--explain', 'news/a.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(CLEANED);
    const expected = clean(INPUT).findings.map((f) => `news/a.txt:${f.start}-${f.end} ${f.ruleId}: ${f.reason}`);
    expect(r.err.split('\n').filter(Boolean)).toEqual(expected);
    for (const line of expected) expect(line).toMatch(/^news\/a\.txt:\d+-\d+ [a-z][a-z-]*: \S/);
  });

  it('--explain names stdin "-"', async () => {
    const r = await cli(folder(), ['--explain'], INPUT);
    const expected = clean(INPUT).findings.map((f) => `-:${f.start}-${f.end} ${f.ruleId}: ${f.reason}\n`).join('');
    expect(r.err).toBe(expected);
  });

  it('--explain has a line for the example once the rules find something (needs the rules)', async () => {
    const r = await cli(folder(), ['--explain', '-'], INPUT);
    expect(r.err).toMatch(/^-:\d+-\d+ [a-z-]+: .+$/m);
  });
});

describe('--check', { timeout: SPAWN_TIMEOUT }, () => {
  it('exits 1 and lists a file that would change, without touching it', async () => {
    const dir = folder({ 'dirty.txt': INPUT, 'clean.txt': CLEANED });
    const mtime = age(path.join(dir, 'dirty.txt'));
    const r = await cli(dir, ['--check', 'dirty.txt', 'clean.txt']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('dirty.txt\n');
    expect(r.err).toContain('1 would change, 1 unchanged, 0 failed');
    expect(readFileSync(path.join(dir, 'dirty.txt'), 'utf8')).toBe(INPUT);
    expect(statSync(path.join(dir, 'dirty.txt')).mtimeMs).toBe(mtime);
  });

  it('exits 0 on an already-clean file', async () => {
    const dir = folder({ 'clean.txt': CLEANED });
    const r = await cli(dir, ['--check', 'clean.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
  });
});

describe('--write', { timeout: SPAWN_TIMEOUT }, () => {
  it('rewrites only the files whose text changes', async () => {
    const dir = folder({ 'dirty.txt': INPUT, 'clean.txt': CLEANED });
    const cleanMtime = age(path.join(dir, 'clean.txt'));
    age(path.join(dir, 'dirty.txt'));
    const r = await cli(dir, ['--write', 'dirty.txt', 'clean.txt']);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'dirty.txt'), 'utf8')).toBe(CLEANED);
    expect(statSync(path.join(dir, 'dirty.txt')).mtimeMs).not.toBe(OLD.getTime());
    expect(readFileSync(path.join(dir, 'clean.txt'), 'utf8')).toBe(CLEANED);
    expect(statSync(path.join(dir, 'clean.txt')).mtimeMs).toBe(cleanMtime);
    const { removedLines: removed, findings } = clean(INPUT);
    const byRule = rules.map((rule) => [rule.id, findings.filter((f) => f.ruleId === rule.id).reduce((n, f) => n + f.end - f.start + 1, 0)] as const);
    const perRule = byRule.filter(([, n]) => n > 0).map(([id, n]) => `${id} ${n}`).join(', ');
    expect(r.err).toBe(`clean-article: 1 changed, 1 unchanged, 0 failed; ${removed} line${removed === 1 ? '' : 's'} removed (${perRule})\n`);
    // --write lists the files it changed, on stdout.
    expect(r.out).toBe('dirty.txt\n');
  });

  it('exits 2 naming a missing file, and still rewrites the others', async () => {
    const dir = folder({ 'a.txt': INPUT });
    const r = await cli(dir, ['--write', 'missing.txt', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('clean-article: missing.txt: no such file or directory');
    expect(r.err).toContain('1 changed, 0 unchanged, 1 failed');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEANED);
  });

  it('keeps CRLF and BOM in the rewritten file', async () => {
    const text = `\ufeff${INPUT.replace(/\n/g, '\r\n')}`;
    const dir = folder({ 'a.txt': text });
    expect((await cli(dir, ['--write', 'a.txt'])).code).toBe(0);
    const bytes = readFileSync(path.join(dir, 'a.txt'));
    expect(bytes.equals(Buffer.from(clean(text).text, 'utf8'))).toBe(true);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).not.toMatch(/[^\r]\n/);
  });
});

describe('--diff', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints a plain unified diff and writes nothing', async () => {
    const dir = folder({ 'a.txt': INPUT, 'b.txt': CLEANED });
    const mtime = age(path.join(dir, 'a.txt'));
    const r = await cli(dir, ['--diff', 'a.txt', 'b.txt']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('--- a.txt\n+++ a.txt\n@@ ')).toBe(true);
    expect(r.out).toMatch(/^-(?!--)/m);
    expect(r.out).not.toContain('b.txt');
    expect(r.out).not.toContain('\x1b[');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(INPUT);
    expect(statSync(path.join(dir, 'a.txt')).mtimeMs).toBe(mtime);
  });

  it('with --check exits 1 when there is a diff, 0 when there is none', async () => {
    const dir = folder({ 'a.txt': INPUT, 'b.txt': CLEANED });
    const dirty = await cli(dir, ['--diff', '--check', 'a.txt', 'b.txt']);
    expect(dirty.code).toBe(1);
    expect(dirty.out).toContain('--- a.txt');
    expect(await cli(dir, ['--diff', '--check', 'b.txt'])).toMatchObject({ code: 0, out: '' });
  });
});

describe('paths', { timeout: SPAWN_TIMEOUT }, () => {
  const tree = (): string =>
    folder({
      'news/a.txt': INPUT,
      'news/deep/er/b.txt': INPUT,
      'news/deep/c.md': INPUT,
      'news/deep/clean.txt': CLEANED,
      'news/node_modules/x.txt': INPUT,
      'news/.git/y.txt': INPUT,
    });

  it('a folder means every .txt file under it, sorted, skipping node_modules and .git', async () => {
    const r = await cli(tree(), ['--check', 'news']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('news/a.txt\nnews/deep/er/b.txt\n');
    expect(r.err).toContain('2 would change, 1 unchanged');
  });

  it('--ext changes the extensions a folder expands to', async () => {
    const dir = tree();
    expect((await cli(dir, ['--check', '--ext', 'md', 'news'])).out).toBe('news/deep/c.md\n');
    expect((await cli(dir, ['--check', '--ext', 'txt,md', 'news'])).out).toBe('news/a.txt\nnews/deep/c.md\nnews/deep/er/b.txt\n');
  });

  it('expands a quoted glob pattern itself, and de-duplicates', async () => {
    const r = await cli(tree(), ['--check', 'news/deep/**/*.txt', 'news/deep/er/b.txt']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('news/deep/er/b.txt\n');
    expect(r.err).toContain('1 would change, 1 unchanged');
  });

  it('--write on a folder rewrites the dirty files in place', async () => {
    const dir = tree();
    const r = await cli(dir, ['--write', 'news']);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'news/deep/er/b.txt'), 'utf8')).toBe(CLEANED);
    expect(readFileSync(path.join(dir, 'news/deep/c.md'), 'utf8')).toBe(INPUT);
    expect(readFileSync(path.join(dir, 'news/node_modules/x.txt'), 'utf8')).toBe(INPUT);
  });

  it('several paths without a mode: exit 2 suggesting --write, --check or --diff', async () => {
    const dir = folder({ 'a.txt': INPUT, 'b.txt': INPUT });
    for (const args of [['a.txt', 'b.txt'], ['.'], ['*.txt']]) {
      const r = await cli(dir, args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--write.*--check.*--diff/);
      expect(r.out).toBe('');
    }
  });

  it('a missing file in stdout mode: exit 2 naming it', async () => {
    const r = await cli(folder(), ['nope.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('clean-article: nope.txt: no such file or directory\n');
  });
});

describe('options', { timeout: SPAWN_TIMEOUT }, () => {
  it('an unknown option exits 2 with commander\'s message', async () => {
    const r = await cli(folder(), ['--frobnicate', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown option '--frobnicate'");
  });

  it('--list-rules lists every rule id with on/off', async () => {
    const r = await cli(folder(), ['--list-rules']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(rules.map((rule) => rule.id));
    lines.forEach((l, i) => expect(l.split(/\s+/)[1]).toBe(rules[i].enabledByDefault ? 'on' : 'off'));
  });

  it('an unknown rule id exits 2 listing the valid ids', async () => {
    const dir = folder({ 'a.txt': INPUT });
    const r = await cli(dir, ['--disable', 'nope', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"nope"');
    for (const rule of rules) expect(r.err).toContain(rule.id);
    expect(r.out).toBe('');
  });

  it('--disable switches rules off, like clean() with the same option', async () => {
    const all = rules.map((rule) => rule.id);
    const dir = folder({ 'a.txt': INPUT });
    const r = await cli(dir, ['--disable', all.slice(0, 2).join(','), '--disable', all.slice(2).join(','), 'a.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(clean(INPUT, { disable: all }).text);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await cli(folder(), ['--version'])).toMatchObject({ code: 0, out: `${pkg.version}\n` });
  });
});
