import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputFileSync } from '../src/cli/files.js';
import { run, type Io } from '../src/cli/main.js';
import { processFile } from '../src/cli/processFile.js';
import { formatSize, parseSize } from '../src/cli/size.js';
import { clean } from '../src/index.js';
import { chownTree, isRoot, NOBODY, runBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// Each bad input: one line on stderr naming the file, the file left byte for byte (and its
// modification time), the other files still cleaned, exit 2 at the end.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** A dirty article whose cleaning does not load the language model (about a second a process). */
const INPUT = readFileSync(path.join(ROOT, 'fixtures', 'caption--credit-lines-en', 'input.txt'), 'utf8');
const CLEANED = clean(INPUT).text;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const LATIN1 = Buffer.from('Caf\xe9 au lait\n\nUn article en fran\xe7ais.\n', 'latin1');
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\nBody text.\n', 'utf16le')]);
const OLD = new Date('2001-02-03T04:05:06Z');
const SPAWN_TIMEOUT = 30_000;

const folder = tempFolders('clean-article-bad-');
/** As root every permission check passes, so permission cases run the bin as nobody. */
const unprivileged = isRoot ? NOBODY : undefined;

interface Snapshot {
  bytes: Buffer;
  mtimeMs: number;
  ino: number;
}

/** Bytes, modification time and inode (a rename would change it) of a file, with an old mtime set first. */
function freeze(file: string): Snapshot {
  utimesSync(file, OLD, OLD);
  const info = statSync(file);
  return { bytes: readFileSync(file), mtimeMs: info.mtimeMs, ino: info.ino };
}

function expectUntouched(file: string, before: Snapshot): void {
  const info = statSync(file);
  expect(readFileSync(file).equals(before.bytes)).toBe(true);
  expect(info.mtimeMs).toBe(before.mtimeMs);
  expect(info.ino).toBe(before.ino);
}

/** The stderr lines about one path: exactly one, matching message. */
function expectOneLine(err: string, name: string, message: RegExp): void {
  const lines = err.split('\n').filter((l) => l.startsWith(`clean-article: ${name}:`));
  expect(lines).toHaveLength(1);
  expect(lines[0].slice(`clean-article: ${name}: `.length)).toMatch(message);
}

function tempFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.clean-article-'));
}

describe('bad input in a --write batch', { timeout: SPAWN_TIMEOUT }, () => {
  const cases: { what: string; name: string; content: Buffer; message: RegExp }[] = [
    { what: 'a binary file (an image named .txt)', name: 'image.txt', content: PNG, message: /^binary file \(NUL byte at offset 8\); skipped$/ },
    { what: 'a UTF-16 file (NUL bytes too)', name: 'utf16.txt', content: UTF16, message: /^binary file \(NUL byte at offset 3\); skipped$/ },
    { what: 'Latin-1 text (invalid UTF-8)', name: 'latin1.txt', content: LATIN1, message: /^not valid UTF-8 \(byte 0xE9 at offset 3\); skipped$/ },
  ];
  for (const c of cases) {
    it(`${c.what}: one line naming it, left byte for byte, the others cleaned, exit 2`, async () => {
      const dir = folder({ 'a.txt': INPUT, [c.name]: c.content, 'z.txt': INPUT });
      const before = freeze(path.join(dir, c.name));
      const r = await runBin(dir, ['--write', '.']);
      expect(r.code).toBe(2);
      expectOneLine(r.err, c.name, c.message);
      expectUntouched(path.join(dir, c.name), before);
      expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEANED);
      expect(readFileSync(path.join(dir, 'z.txt'), 'utf8')).toBe(CLEANED);
      expect(r.err).toContain('2 changed, 0 unchanged, 1 failed');
    });
  }

  it('a missing path', async () => {
    const dir = folder({ 'a.txt': INPUT });
    const r = await runBin(dir, ['--write', 'gone.txt', 'a.txt']);
    expect(r.code).toBe(2);
    expectOneLine(r.err, 'gone.txt', /^no such file or directory$/);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEANED);
    expect(existsSync(path.join(dir, 'gone.txt'))).toBe(false);
  });

  it('a folder that cannot be read: reported, the walk goes on', async () => {
    const dir = folder({ 'a.txt': INPUT, 'locked/c.txt': INPUT, 'open/b.txt': INPUT });
    if (unprivileged !== undefined) chownTree(dir, unprivileged);
    const before = freeze(path.join(dir, 'locked/c.txt'));
    chmodSync(path.join(dir, 'locked'), 0o000);
    try {
      const r = await runBin(dir, ['--write', '.'], { asUser: unprivileged });
      expect(r.code).toBe(2);
      expectOneLine(r.err, 'locked', /^permission denied; folder skipped$/);
      expect(r.err).toContain('2 changed, 0 unchanged, 1 failed');
    } finally {
      chmodSync(path.join(dir, 'locked'), 0o755);
    }
    expectUntouched(path.join(dir, 'locked/c.txt'), before);
    expect(readFileSync(path.join(dir, 'open/b.txt'), 'utf8')).toBe(CLEANED);
  });

  it('a file that cannot be read', async () => {
    const dir = folder({ 'a.txt': INPUT, 'secret.txt': INPUT });
    if (unprivileged !== undefined) chownTree(dir, unprivileged);
    const file = path.join(dir, 'secret.txt');
    const before = freeze(file);
    chmodSync(file, 0o000);
    const r = await runBin(dir, ['--write', '.'], { asUser: unprivileged });
    chmodSync(file, 0o644);
    expect(r.code).toBe(2);
    expectOneLine(r.err, 'secret.txt', /^permission denied$/);
    expect(readFileSync(file).equals(before.bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEANED);
  });

  it('a file that cannot be written (no write permission): not replaced by a rename either', async () => {
    const dir = folder({ 'a.txt': INPUT, 'ro.txt': INPUT });
    if (unprivileged !== undefined) chownTree(dir, unprivileged);
    const file = path.join(dir, 'ro.txt');
    chmodSync(file, 0o444);
    const before = freeze(file);
    const r = await runBin(dir, ['--write', '.'], { asUser: unprivileged });
    expect(r.code).toBe(2);
    expectOneLine(r.err, 'ro.txt', /^cannot write: permission denied \(no write permission on the file\); left as it was$/);
    expectUntouched(file, before);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEANED);
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('a file in a folder where no temp file can be made', async () => {
    const dir = folder({ 'a.txt': INPUT, 'sealed/b.txt': INPUT });
    if (unprivileged !== undefined) chownTree(dir, unprivileged);
    const file = path.join(dir, 'sealed/b.txt');
    const before = freeze(file);
    chmodSync(path.join(dir, 'sealed'), 0o555);
    try {
      const r = await runBin(dir, ['--write', '.'], { asUser: unprivileged });
      expect(r.code).toBe(2);
      expectOneLine(r.err, 'sealed/b.txt', /^cannot write: permission denied \(no temp file can be made in its folder\); left as it was$/);
    } finally {
      chmodSync(path.join(dir, 'sealed'), 0o755);
    }
    expectUntouched(file, before);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEANED);
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('a symbolic link to itself given as a path', async () => {
    const dir = folder({ 'a.txt': INPUT });
    symlinkSync('loop.txt', path.join(dir, 'loop.txt'));
    const r = await runBin(dir, ['--write', 'loop.txt', 'a.txt']);
    expect(r.code).toBe(2);
    expectOneLine(r.err, 'loop.txt', /^symbolic link loop; skipped$/);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEANED);
  });

  it('symbolic link loops inside a folder: reported, not followed, every file cleaned once', async () => {
    const dir = folder({ 'news/a.txt': INPUT, 'news/sub/b.txt': INPUT });
    symlinkSync('..', path.join(dir, 'news/sub/up'));
    symlinkSync('y.txt', path.join(dir, 'news/x.txt'));
    symlinkSync('x.txt', path.join(dir, 'news/y.txt'));
    const r = await runBin(dir, ['--write', 'news']);
    expect(r.code).toBe(2);
    expectOneLine(r.err, 'news/sub/up', /^symbolic link loop; not followed$/);
    expectOneLine(r.err, 'news/x.txt', /^symbolic link loop; not followed$/);
    expectOneLine(r.err, 'news/y.txt', /^symbolic link loop; not followed$/);
    // Without the check fast-glob lists news/sub/up/sub/up/… forty levels deep.
    expect(r.err).toContain('2 changed, 0 unchanged, 3 failed');
    expect(readFileSync(path.join(dir, 'news/a.txt'), 'utf8')).toBe(CLEANED);
    expect(readFileSync(path.join(dir, 'news/sub/b.txt'), 'utf8')).toBe(CLEANED);
  });

  it('a link to a file is followed: the target is rewritten, the link stays a link, and it counts once', async () => {
    const dir = folder({ 'news/a.txt': INPUT });
    symlinkSync('a.txt', path.join(dir, 'news/alias.txt'));
    const r = await runBin(dir, ['--write', 'news']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('1 changed, 0 unchanged, 0 failed');
    expect(readFileSync(path.join(dir, 'news/a.txt'), 'utf8')).toBe(CLEANED);
    expect(lstatSync(path.join(dir, 'news/alias.txt')).isSymbolicLink()).toBe(true);
  });

  it('a file over --max-size is skipped, with the sizes in the message', async () => {
    const big = `${INPUT}\n${'More text. '.repeat(500)}`.slice(0, 5632);
    const dir = folder({ 'a.txt': INPUT, 'big.txt': big });
    const before = freeze(path.join(dir, 'big.txt'));
    const r = await runBin(dir, ['--write', '--max-size', '4k', '.']);
    expect(r.code).toBe(2);
    expectOneLine(r.err, 'big.txt', /^larger than --max-size \(5\.5k > 4k\); skipped without reading$/);
    expectUntouched(path.join(dir, 'big.txt'), before);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEANED);
  });

  it('the default limit is 10M, checked before reading: a sparse 3 GiB file is refused at once', async () => {
    const dir = folder({ 'a.txt': INPUT, 'huge.txt': '' });
    truncateSync(path.join(dir, 'huge.txt'), 3 * 1024 ** 3);
    const r = await runBin(dir, ['--write', '.']);
    expect(r.code).toBe(2);
    expectOneLine(r.err, 'huge.txt', /^larger than --max-size \(3G > 10M\); skipped without reading$/);
    expect(statSync(path.join(dir, 'huge.txt')).size).toBe(3 * 1024 ** 3);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEANED);
  });

  it('a FIFO given as a path is refused without blocking on it', async () => {
    const dir = folder({ 'a.txt': INPUT });
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const r = await runBin(dir, ['--write', 'pipe.txt', 'a.txt']);
    expect(r.code).toBe(2);
    expectOneLine(r.err, 'pipe.txt', /^not a regular file; skipped$/);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEANED);
  });
});

describe('bad input in stdout mode: nothing on stdout, exit 2', { timeout: SPAWN_TIMEOUT }, () => {
  it('a single binary file', async () => {
    const dir = folder({ 'image.txt': PNG });
    const r = await runBin(dir, ['image.txt']);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe('clean-article: image.txt: binary file (NUL byte at offset 8); skipped\n');
  });

  it('a single undecodable file', async () => {
    const dir = folder({ 'latin1.txt': LATIN1 });
    const r = await runBin(dir, ['latin1.txt']);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe('clean-article: latin1.txt: not valid UTF-8 (byte 0xE9 at offset 3); skipped\n');
  });

  it('binary and undecodable stdin', async () => {
    const dir = folder();
    const binary = await runBin(dir, ['-'], { input: PNG });
    expect(binary).toMatchObject({ code: 2, out: '' });
    expect(binary.err).toMatch(/^clean-article: -: binary file \(NUL byte at offset 8\); skipped\n$/);
    const latin1 = await runBin(dir, [], { input: LATIN1 });
    expect(latin1).toMatchObject({ code: 2, out: '' });
    expect(latin1.err).toMatch(/^clean-article: -: not valid UTF-8/);
  });
});

describe('files deleted or changed while the batch runs', () => {
  const fakeIo = (cwd: string, onStdout: () => void): { io: Io; err: () => string } => {
    let err = '';
    const io: Io = {
      stdout: onStdout,
      stderr: (s) => void (err += s),
      readStdin: async () => '',
      stdinIsTTY: true,
      stdoutIsTTY: false,
      cwd,
    };
    return { io, err: () => err };
  };

  it('a later file deleted after the batch started is reported; the rest goes on', async () => {
    const dir = folder({ 'a.txt': INPUT, 'b.txt': INPUT, 'c.txt': INPUT });
    // With --write --explain, stdout gets a.txt's explanation once a.txt is done: delete b.txt then.
    const fake = fakeIo(dir, () => {
      if (existsSync(path.join(dir, 'b.txt'))) unlinkSync(path.join(dir, 'b.txt'));
    });
    const code = await run(['--write', '--explain', '.'], fake.io);
    expect(code).toBe(2);
    expectOneLine(fake.err(), 'b.txt', /^no such file or directory$/);
    expect(existsSync(path.join(dir, 'b.txt'))).toBe(false);
    expect(readFileSync(path.join(dir, 'c.txt'), 'utf8')).toBe(CLEANED);
  });

  /**
   * Rule options are read while the text is being cleaned, between the read and the write: a
   * getter there is the one moment a test can reach from outside to change the file meanwhile
   * (once: a text that lost lines is cleaned a second time).
   */
  const NO_CONFIG = { disabled: true, cwd: '/' };
  const meanwhile = (action: () => void) => {
    let done = false;
    return {
      ruleOptions: {
        caption: {
          get extraAgencies() {
            if (!done) action();
            done = true;
            return [];
          },
        },
      },
    };
  };

  it('a file changed while it is being cleaned is not written over', async () => {
    const dir = folder({ 'a.txt': INPUT });
    const file = path.join(dir, 'a.txt');
    const changed = `${INPUT}A paragraph added meanwhile.\n`;
    const outcome = await processFile({ name: 'a.txt', file }, { write: true, keepText: false, config: NO_CONFIG, options: meanwhile(() => writeFileSync(file, changed)) }, async () => '');
    expect(outcome).toEqual({ name: 'a.txt', status: 'failed', error: 'changed while being cleaned; not written (run again)' });
    expect(readFileSync(file, 'utf8')).toBe(changed);
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('a file touched (same size and content, new time) while it is being cleaned is not written over', async () => {
    const dir = folder({ 'a.txt': INPUT });
    const file = path.join(dir, 'a.txt');
    const outcome = await processFile({ name: 'a.txt', file }, { write: true, keepText: false, config: NO_CONFIG, options: meanwhile(() => utimesSync(file, OLD, OLD)) }, async () => '');
    expect(outcome).toMatchObject({ status: 'failed', error: 'changed while being cleaned; not written (run again)' });
    expect(readFileSync(file, 'utf8')).toBe(INPUT);
  });

  it('a file deleted while it is being cleaned is not brought back', async () => {
    const dir = folder({ 'a.txt': INPUT });
    const file = path.join(dir, 'a.txt');
    const outcome = await processFile({ name: 'a.txt', file }, { write: true, keepText: false, config: NO_CONFIG, options: meanwhile(() => unlinkSync(file)) }, async () => '');
    expect(outcome).toEqual({ name: 'a.txt', status: 'failed', error: 'deleted while being cleaned; not written' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file replaced by another one (a rename over it) while it is being cleaned is not written over', async () => {
    const dir = folder({ 'a.txt': INPUT, 'other.txt': INPUT });
    const file = path.join(dir, 'a.txt');
    const outcome = await processFile(
      { name: 'a.txt', file },
      { write: true, keepText: false, config: NO_CONFIG, options: meanwhile(() => execFileSync('mv', [path.join(dir, 'other.txt'), file])) },
      async () => '',
    );
    expect(outcome).toMatchObject({ status: 'failed', error: 'changed while being cleaned; not written (run again)' });
    expect(readFileSync(file, 'utf8')).toBe(INPUT);
  });
});

describe('reading', () => {
  it('reports the stamp it read, and refuses a file over the limit before reading it', async () => {
    const dir = folder({ 'a.txt': 'x'.repeat(100) });
    const file = path.join(dir, 'a.txt');
    const read = readInputFileSync(file, 100);
    expect(read.text).toBe('x'.repeat(100));
    expect(read.stamp).toMatch(/^\d+:\d+:100:\d+:\d+$/);
    expect(() => readInputFileSync(file, 99)).toThrow('larger than --max-size (100 > 99); skipped without reading');
  });

  it('points at the first bad byte of invalid UTF-8: overlong forms, surrogates, truncated sequences', async () => {
    const cases: [number[], number][] = [
      [[0x61, 0xc0, 0xaf], 1], // overlong "/"
      [[0x61, 0x62, 0xed, 0xa0, 0x80], 2], // a UTF-16 surrogate encoded
      [[0xe2, 0x82], 0], // cut short
      [[0x61, 0xf4, 0x90, 0x80, 0x80], 1], // above U+10FFFF
      [[0xe2, 0x82, 0xac, 0xff], 3], // € then a byte never used in UTF-8
    ];
    const dir = folder();
    for (const [bytes, at] of cases) {
      const file = path.join(dir, `${at}-${bytes.join('-')}.txt`);
      writeFileSync(file, Buffer.from(bytes));
      expect(() => readInputFileSync(file)).toThrow(`at offset ${at});`);
    }
  });
});

describe('--max-size values', () => {
  it('reads plain bytes and k/M/G (binary units), with an optional B or iB', () => {
    expect(parseSize('2000000')).toBe(2_000_000);
    expect(parseSize('500k')).toBe(500 * 1024);
    expect(parseSize('10M')).toBe(10 * 1024 ** 2);
    expect(parseSize('1.5G')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('64KiB')).toBe(64 * 1024);
    expect(parseSize('2 mb')).toBe(2 * 1024 ** 2);
    for (const bad of ['', 'x', '10x', '-1', '0', '1e6', 'M']) expect(() => parseSize(bad)).toThrow(/500k, 10M/);
  });

  it('prints sizes back in the same units', () => {
    expect([812, 4096, 5168, 10 * 1024 ** 2, 3 * 1024 ** 3].map(formatSize)).toEqual(['812', '4k', '5.0k', '10M', '3G']);
  });

  it('a bad value is a usage error (exit 2) before any file is read', async () => {
    const dir = folder({ 'a.txt': INPUT });
    mkdirSync(path.join(dir, 'sub'));
    const r = await runBin(dir, ['--write', '--max-size', 'lots', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("option '--max-size <size>' argument 'lots' is invalid");
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(INPUT);
  }, SPAWN_TIMEOUT);
});
