import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, isRoot, NOBODY, runBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// Limits on every input: stdin and each JSON Lines record under --max-size (memory bounded even on
// /dev/zero), SIGTERM ending a read in progress, configuration and profile files regular and
// capped, and a configuration search that does not climb into folders others can write to.

const folder = tempFolders('clean-article-limits-');
const TIMEOUT = 60_000;
const DIRTY = 'Harbour plan\n\nThe council voted on Tuesday on the harbour plan, which has divided residents for months.\n\nPhoto: Reuters\n\nOpponents said the plan would raise rents near the water, while supporters pointed to new jobs.\n';

/** A field of /proc/PID/status in kB (VmHWM: peak resident memory), or null once the process is gone. */
function procStatus(pid: number, field: string): string | null {
  try {
    return new RegExp(`^${field}:\\s*(.*)$`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}
/** Bytes the process has read so far (/proc/PID/io). */
function bytesRead(pid: number): number {
  try {
    return Number(/^rchar: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
/**
 * A module preloaded into the bin that prints READY on stderr once the tool listens for SIGTERM,
 * so the test sends the signal only then (before, it would kill the process the default way).
 */
const READY = "process.on('newListener', (e) => { if (e === 'SIGTERM') setImmediate(() => process.stderr.write('READY\\n')); });\n";

async function until(pred: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (pred()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** Start the bin with stdin from a file (or a pipe left open when stdin is 'pipe'). */
function start(cwd: string, args: string[], stdin: number | 'pipe') {
  writeFileSync(path.join(cwd, 'ready.mjs'), READY);
  const child = spawn(process.execPath, ['--import', './ready.mjs', BIN, ...args], { cwd, stdio: [stdin, 'pipe', 'pipe'] });
  let err = '';
  const ready = { seen: false };
  child.stderr!.on('data', (b: Buffer) => {
    err += b.toString();
    if (err.includes('READY\n')) ready.seen = true;
  });
  child.stdout!.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, err })));
  return { child, done, ready };
}

describe('stdin and JSON Lines under --max-size', { timeout: TIMEOUT }, () => {
  it('stdin past --max-size (< /dev/zero) stops reading: one line, exit 2', async () => {
    const dir = folder({});
    for (const args of [['-'], ['--check', '-'], ['--max-size', '1M', '-']]) {
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${args.join(' ')} < /dev/zero`], { cwd: dir, encoding: 'utf8' });
      expect(r.status, args.join(' ')).toBe(2);
      const cap = args.includes('1M') ? '1M' : '10M';
      expect(r.stderr.split('\n')[0]).toBe(`clean-article: -: more than --max-size (${cap}) on stdin; not read further`);
    }
  });

  it('--jsonl < /dev/zero reads on in bounded memory, and SIGTERM ends the read: the record is reported, exit 143', async () => {
    const dir = folder({});
    for (const jobs of ['1', '2']) {
      const zero = openSync('/dev/zero', 'r');
      const { child, done, ready } = start(dir, ['--jsonl', '--jobs', jobs, '--max-size', '1M'], zero);
      closeSync(zero);
      const pid = child.pid!;
      // Far past the limit: a record that never ends.
      await until(() => bytesRead(pid) > 300 * 1024 * 1024 && ready.seen, '300 MB read');
      const peakKb = Number((procStatus(pid, 'VmHWM') ?? '0 kB').split(' ')[0]);
      child.kill('SIGTERM');
      const r = await done;
      expect(peakKb).toBeGreaterThan(0);
      expect(peakKb).toBeLessThan(300 * 1024);
      expect(r.code).toBe(143);
      expect(r.err).toContain('clean-article: -:1: record larger than --max-size (1M); left out of the output\n');
    }
  });

  it('a record over --max-size is left out and reported; the others pass', async () => {
    const dir = folder({});
    const big = JSON.stringify({ text: 'x'.repeat(3000) });
    const input = `${JSON.stringify({ text: DIRTY })}\n${big}\n${JSON.stringify({ text: 'short' })}\n`;
    const r = await runBin(dir, ['--jsonl', '--jobs', '1', '--max-size', '2k'], { input });
    expect(r.code).toBe(2);
    expect(r.out.split('\n').map((l) => (l === '' ? '' : JSON.parse(l).text.slice(0, 7)))).toEqual(['Harbour', 'short', '']);
    expect(r.err).toContain('clean-article: -:2: record larger than --max-size (2k); left out of the output\n');
  });

  it('SIGTERM ends a read of stdin that is waiting for data (--check -, --jsonl, learn --jsonl)', async () => {
    const dir = folder({});
    for (const args of [['--check', '-'], ['--jsonl'], ['learn', '--jsonl']]) {
      const { child, done, ready } = start(dir, args, 'pipe');
      await until(() => ready.seen, 'the signal handler');
      child.kill('SIGTERM');
      const r = await done;
      expect(r.code, args.join(' ')).toBe(143);
      child.stdin!.destroy();
    }
  });
});

describe('configuration and profile files', { timeout: TIMEOUT }, () => {
  it('a FIFO, a device or a folder as --config or --profile is a clear error, at once', async () => {
    const dir = folder({ 'a.txt': DIRTY });
    expect(spawnSync('mkfifo', [path.join(dir, 'fifo')]).status).toBe(0);
    mkdirSync(path.join(dir, 'folder'));
    const cases: [string[], string][] = [
      [['--config', 'fifo', 'a.txt'], 'clean-article: fifo: is a FIFO (named pipe), not a configuration file\n'],
      [['--config', '/dev/zero', 'a.txt'], 'clean-article: /dev/zero: is a device, not a configuration file\n'],
      [['--config', 'folder', 'a.txt'], 'clean-article: folder: is a directory, not a configuration file\n'],
      [['--profile', 'fifo', 'a.txt'], 'clean-article: fifo: is a FIFO (named pipe), not a profile\n'],
      [['--profile', '/dev/zero', 'a.txt'], 'clean-article: /dev/zero: is a device, not a profile\n'],
      [['learn', '--merge', 'fifo'], 'clean-article learn: fifo: is a FIFO (named pipe), not a profile\n'],
    ];
    for (const [args, err] of cases) {
      const r = await runBin(dir, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toBe(err);
    }
  });

  it('a configuration file over 1M is refused before it is read', async () => {
    const dir = folder({ 'a.txt': DIRTY, 'big.json': `{"ignore": ["a"]}${' '.repeat(1024 * 1024)}` });
    const r = await runBin(dir, ['--config', 'big.json', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`clean-article: big.json: too large for a configuration file (${1024 * 1024 + 17} bytes; at most 1M)\n`);
  });

  it('a .clean-articlerc.json or .clean-articleignore that is a folder or a FIFO is an error, not ignored', async () => {
    const dir = folder({ 'news/a.txt': DIRTY, 'other/b.txt': DIRTY });
    mkdirSync(path.join(dir, 'news', '.clean-articlerc.json'));
    expect(spawnSync('mkfifo', [path.join(dir, 'other', '.clean-articleignore')]).status).toBe(0);
    mkdirSync(path.join(dir, '.git'));
    const r = await runBin(dir, ['--check', 'news/a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('clean-article: news/.clean-articlerc.json: is a directory, not a configuration file\n');
    const s = await runBin(dir, ['--check', 'other/b.txt']);
    expect(s.code).toBe(2);
    expect(s.err).toBe('clean-article: other/.clean-articleignore: is a FIFO (named pipe), not an ignore file\n');
  });

  it('a profile of more keys than can be loaded is refused with a message, not a RangeError', async () => {
    const dir = folder({ 'a.txt': DIRTY });
    const header = { format: 'clean-article-profile', version: 1, key: 'k', documents: 10, entries: 17_000_000, maxEntries: 17_000_000, error: 0, counts: '' };
    writeFileSync(path.join(dir, 'huge.json'), JSON.stringify(header));
    const r = await runBin(dir, ['--profile', 'huge.json', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('clean-article: huge.json: profile holds 17000000 keys; at most 16000000 can be read\n');
    const l = await runBin(dir, ['learn', '--max-entries', '17000000', 'a.txt']);
    expect(l.code).toBe(2);
    expect(l.err).toContain('--max-entries takes a whole number from 1 to 16000000');
  });

  it('1e400 in a configuration is reported as too large, not as null', async () => {
    const dir = folder({ 'a.txt': DIRTY, 'c.json': '{"rules": {"caption": ["on", {"maxCreditWords": 1e400}]}}' });
    const r = await runBin(dir, ['--config', 'c.json', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('clean-article: c.json: rules.caption[1].maxCreditWords: expected a whole number from 1 to 100 (default 8), got a number too large to use (1e309 or more, such as 1e400)\n');
  });
});

describe('the configuration search', { timeout: TIMEOUT }, () => {
  const captionOff = JSON.stringify({ rules: { caption: 'off' } });
  const configOf = async (cwd: string, file: string, env: NodeJS.ProcessEnv = {}): Promise<string | null> => {
    const r = spawnSync(process.execPath, [BIN, '--print-config', file], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(r.status, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { config: string | null }).config;
  };

  it('does not climb into a folder others can write to (a shared /tmp), nor read one', async () => {
    const dir = folder({ 'shared/.clean-articlerc.json': captionOff, 'shared/mine/a.txt': DIRTY, 'shared/b.txt': DIRTY });
    expect(await configOf(dir, 'shared/mine/a.txt')).toBe(path.join('shared', '.clean-articlerc.json'));
    chmodSync(path.join(dir, 'shared'), 0o777);
    expect(await configOf(dir, 'shared/mine/a.txt')).toBeNull();
    expect(await configOf(dir, 'shared/b.txt')).toBeNull();
  });

  it('stops at the home folder', async () => {
    const dir = folder({ '.clean-articlerc.json': captionOff, 'home/articles/a.txt': DIRTY });
    expect(await configOf(dir, 'home/articles/a.txt')).toBe('.clean-articlerc.json');
    expect(await configOf(dir, 'home/articles/a.txt', { HOME: path.join(dir, 'home') })).toBeNull();
  });

  it.runIf(isRoot)('does not climb into a folder owned by another user (as root)', async () => {
    const dir = folder({ 'theirs/.clean-articlerc.json': captionOff, 'theirs/mine/a.txt': DIRTY });
    expect(await configOf(dir, 'theirs/mine/a.txt')).toBe(path.join('theirs', '.clean-articlerc.json'));
    chownSync(path.join(dir, 'theirs'), NOBODY, NOBODY);
    expect(await configOf(dir, 'theirs/mine/a.txt')).toBeNull();
  });
});
