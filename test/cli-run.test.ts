import { readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean, rules } from '../src/index.js';
import { runIn } from './fake-io.js';
import { tempFolders } from './temp-folder.js';

// In-process: run(argv, io) with a fake io, for what a spawned process cannot show (a terminal).

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUT = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'input.txt'), 'utf8');
const CLEANED = clean(INPUT).text;

const folder = tempFolders('clean-article-run-');

describe('run()', () => {
  it('with no path and a terminal on stdin prints the usage on stderr and exits 2', async () => {
    const r = await runIn(folder(), []);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: clean-article');
    expect(r.out).toBe('');
  });

  it('reads stdin through io when no path is given and stdin is not a terminal', async () => {
    const r = await runIn(folder(), [], { stdin: INPUT });
    expect(r).toEqual({ code: 0, out: CLEANED, err: '' });
  });

  it('--help goes to stdout and exits 0', async () => {
    const r = await runIn(folder(), ['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--write');
    expect(r.out).toContain('Exit codes:');
  });

  it('an unknown option exits 2 instead of exiting the process', async () => {
    const r = await runIn(folder(), ['--nope']);
    expect(r.code).toBe(2);
    // One error style: commander's "error: …" reads like every other message.
    expect(r.err).toMatch(/^clean-article: unknown option '--nope'\n/);
    expect(r.err).not.toContain('error:');
  });

  it('--list-rules aligns id, on/off and description', async () => {
    const r = await runIn(folder(), ['--list-rules']);
    expect(r.code).toBe(0);
    const width = Math.max(...rules.map((rule) => rule.id.length));
    const expected = rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.enabledByDefault ? 'on ' : 'off'}  ${rule.description}\n`).join('');
    expect(r.out).toBe(expected);
  });

  it('--enable with an unknown id exits 2 before reading any file', async () => {
    const r = await runIn(folder(), ['--enable', 'caption,bogus', 'missing.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"bogus"');
    expect(r.err).not.toContain('missing.txt');
  });

  it('--write cannot be combined with --check or --diff', async () => {
    const dir = folder({ 'a.txt': INPUT });
    for (const mode of ['--check', '--diff']) {
      const r = await runIn(dir, ['--write', mode, 'a.txt']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--write cannot be combined');
    }
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(INPUT);
  });

  it('"-" is refused with other paths and with --write', async () => {
    const dir = folder({ 'a.txt': INPUT });
    expect((await runIn(dir, ['--check', '-', 'a.txt'], { stdin: INPUT })).code).toBe(2);
    expect((await runIn(dir, ['--write', '-'], { stdin: INPUT })).code).toBe(2);
  });

  it('--check on stdin lists "-"', async () => {
    const r = await runIn(folder(), ['--check', '-'], { stdin: INPUT });
    expect(r.code).toBe(1);
    expect(r.out).toBe('-\n');
  });

  it('--write --explain puts the explanation on stdout (stdout carries nothing else)', async () => {
    const dir = folder({ 'a.txt': INPUT });
    const r = await runIn(dir, ['--write', '--explain', 'a.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(clean(INPUT).findings.map((f) => `a.txt:${f.start}-${f.end} ${f.ruleId}: ${f.reason}\n`).join(''));
    expect(r.err).toMatch(/^clean-article: 1 changed, 0 unchanged, 0 failed; \d+ lines? removed \([a-z-]+ \d+(, [a-z-]+ \d+)*\)\n$/);
  });

  it('--diff is coloured only when stdout is a terminal that allows colour', async () => {
    const dir = folder({ 'a.txt': INPUT });
    const tty = await runIn(dir, ['--diff', 'a.txt'], { stdoutIsTTY: true });
    expect(tty.out).toContain('\x1b[1m--- a.txt');
    expect(tty.out).toContain('\x1b[36m@@ ');
    expect(tty.out).toMatch(/\x1b\[31m-/);
    expect(tty.out.replace(/\x1b\[\d+m/g, '')).toBe((await runIn(dir, ['--diff', 'a.txt'])).out);
    const noColor = await runIn(dir, ['--diff', 'a.txt'], { stdoutIsTTY: true, noColor: true });
    expect(noColor.out).not.toContain('\x1b[');
  });

  it('a file that exists is taken literally even when its name looks like a glob', async () => {
    const dir = folder({ 'a[1].txt': INPUT, 'a1.txt': CLEANED });
    const r = await runIn(dir, ['a[1].txt']);
    expect(r).toEqual({ code: 0, out: CLEANED, err: '' });
  });

  it('a folder or pattern that matches nothing is an error, and the other files are still checked', async () => {
    const dir = folder({ 'empty/readme.md': 'x\n', 'a.txt': INPUT });
    const r = await runIn(dir, ['--check', 'empty', 'nothing/**/*.txt', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('a.txt\n');
    expect(r.err).toContain('clean-article: empty: no *.txt files in this folder');
    expect(r.err).toContain('clean-article: nothing/**/*.txt: no files match this pattern');
  });

  it('a file that is not UTF-8 is reported and never rewritten', async () => {
    const latin1 = Buffer.from('Caf\xe9 title\n\n\n\nBody text.\n', 'latin1');
    const dir = folder({ 'latin1.txt': latin1, 'a.txt': INPUT });
    utimesSync(path.join(dir, 'latin1.txt'), 1e6, 1e6);
    const r = await runIn(dir, ['--write', 'latin1.txt', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('clean-article: latin1.txt: not valid UTF-8');
    expect(readFileSync(path.join(dir, 'latin1.txt')).equals(latin1)).toBe(true);
    expect(statSync(path.join(dir, 'latin1.txt')).mtimeMs).toBe(1e9);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEANED);
  });

  it('--ext accepts a leading dot and rejects pattern characters', async () => {
    const dir = folder({ 'd/a.md': INPUT, 'd/b.txt': INPUT });
    expect((await runIn(dir, ['--check', '--ext', '.md', 'd'])).out).toBe('d/a.md\n');
    expect((await runIn(dir, ['--check', '--ext', '*', 'd'])).code).toBe(2);
  });

  it('an empty input prints nothing', async () => {
    expect(await runIn(folder(), ['-'], { stdin: '' })).toEqual({ code: 0, out: '', err: '' });
  });
});
