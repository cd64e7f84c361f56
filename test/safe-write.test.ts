import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputFileSync, stampOf } from '../src/cli/files.js';
import { NotWrittenError, tempFilesInFlight, writeFileAtomicSync } from '../src/cli/safeWrite.js';
import { clean, rules } from '../src/index.js';
import { BIN, runBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string, file = 'input.txt'): string => readFileSync(path.join(ROOT, 'fixtures', name, file), 'utf8');
/** Dirty articles whose cleaning does not load the language model, so each spawned run starts fast. */
const DIRTY = ['caption--credit-lines-en', 'caption--positional-markers-en', 'duplicate-paragraph--stitched-lede-en', 'mixed--one-per-line-pt', 'reaction-widget--one-per-line-tr', 'repeated-title--copies-in-header-en'].map((f) => fixture(f));
const CLEAN = ['mixed--clean-wrapped-en', 'publisher-line--ingredient-list-en'].map((f) => fixture(f, 'expected.txt'));
const OLD = new Date('2001-02-03T04:05:06Z');

const folder = tempFolders('clean-article-safe-');

/** Temp files the writer leaves behind (only ever after SIGKILL). */
function tempFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.clean-article-'));
}

describe('writeFileAtomicSync', () => {
  it('replaces the content by a rename (new inode), keeps the mode, leaves no temp file; with or without fsync', () => {
    const dir = folder({ 'a.txt': 'old text\n', 'run.sh': 'old script\n' });
    for (const fsync of [false, true]) {
      for (const [name, mode] of [['a.txt', 0o640], ['run.sh', 0o755]] as const) {
        const file = path.join(dir, name);
        chmodSync(file, mode);
        const { stamp } = readInputFileSync(file);
        const ino = statSync(file).ino;
        writeFileAtomicSync(file, `new text, fsync ${fsync}\n`, stamp, { fsync });
        expect(readFileSync(file, 'utf8')).toBe(`new text, fsync ${fsync}\n`);
        expect(statSync(file).mode & 0o7777).toBe(mode);
        expect(statSync(file).ino).not.toBe(ino);
      }
    }
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'run.sh']);
    expect(tempFilesInFlight()).toEqual([]);
  });

  it('writes through a symbolic link: the link stays, its target gets the text', () => {
    const dir = folder({ 'real/a.txt': 'old\n' });
    const link = path.join(dir, 'link.txt');
    symlinkSync('real/a.txt', link);
    writeFileAtomicSync(link, 'new\n', readInputFileSync(link).stamp);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real/a.txt'), 'utf8')).toBe('new\n');
    expect(readdirSync(path.join(dir, 'real'))).toEqual(['a.txt']);
  });

  it('refuses a stamp that is no longer the file\'s, and a file or link target that is gone', () => {
    const dir = folder({ 'a.txt': 'old\n', 'b.txt': 'old\n' });
    const file = path.join(dir, 'a.txt');
    const { stamp } = readInputFileSync(file);
    writeFileSync(file, 'edited\n');
    expect(() => writeFileAtomicSync(file, 'new\n', stamp)).toThrow(new NotWrittenError('changed while being cleaned; not written (run again)'));
    expect(readFileSync(file, 'utf8')).toBe('edited\n');
    const link = path.join(dir, 'link.txt');
    symlinkSync('b.txt', link);
    const linked = readInputFileSync(link).stamp;
    rmSync(path.join(dir, 'b.txt'));
    expect(() => writeFileAtomicSync(link, 'new\n', linked)).toThrow(new NotWrittenError('deleted while being cleaned; not written'));
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'link.txt']);
  });

  it('a stamp is the same for the same state and differs after any write, even of the same bytes', async () => {
    const dir = folder({ 'a.txt': 'text\n' });
    const file = path.join(dir, 'a.txt');
    const one = stampOf(await stat(file, { bigint: true }));
    expect(stampOf(await stat(file, { bigint: true }))).toBe(one);
    writeFileSync(file, 'text\n');
    utimesSync(file, OLD, OLD);
    expect(stampOf(await stat(file, { bigint: true }))).not.toBe(one);
  });
});

describe('a pool stopped at once (the second-signal path)', () => {
  it('ends the workers mid-write and removes their temp files: the file stays old or new, nothing is left', async () => {
    const { WorkerPool } = await import('../src/cli/pool.js');
    // One long line after blank lines: without rules, cleaning only drops the blank lines, fast,
    // and the write (tens of MB, flushed to disk) is long enough to be caught in the middle.
    const old = `\n\n${'x'.repeat(40 * 1024 * 1024)}\n`;
    const dir = folder({ 'bïg.txt': old });
    const file = path.join(dir, 'bïg.txt');
    const job = { write: true, fsync: true, keepText: false, options: { disable: rules.map((r) => r.id) }, config: { disabled: true, cwd: dir }, maxSize: 100 * 1024 * 1024 };
    const pool = new WorkerPool(1, { mode: 'files', job });
    let done = false;
    const mapping = pool.map([{ name: 'bïg.txt', file }], () => (done = true));
    while (!done && tempFilesIn(dir).length === 0) await new Promise((r) => setImmediate(r));
    const caught = !done;
    const removed = await pool.stopNow();
    if (done) await mapping;
    const now = readFileSync(file, 'utf8');
    expect([old.length, old.length - 2]).toContain(now.length);
    expect(tempFilesIn(dir)).toEqual([]);
    // Caught writing: the temp file was removed and the file left old (unless the rename won the race).
    expect(removed).toBe(now === old ? 1 : 0);
    expect(caught || now !== old).toBe(true);
  }, 60_000);
});

describe('--write never writes a file whose text does not change', () => {
  it('clean files keep their bytes, modification time and inode; dirty ones are replaced', async () => {
    const files: Record<string, string> = {};
    DIRTY.forEach((t, i) => (files[`dirty${i}.txt`] = t));
    CLEAN.forEach((t, i) => (files[`clean${i}.txt`] = t));
    files['empty.txt'] = '';
    const dir = folder(files);
    const before = new Map(Object.keys(files).map((name) => {
      const file = path.join(dir, name);
      utimesSync(file, OLD, OLD);
      return [name, statSync(file)];
    }));
    const r = await runBin(dir, ['--write', '.']);
    expect(r.code).toBe(0);
    expect(r.err.replace(/ \(.*\)\n$/, '\n')).toBe(`clean-article: ${DIRTY.length} changed, ${CLEAN.length + 1} unchanged, 0 failed; ${DIRTY.reduce((s, t) => s + clean(t).removedLines, 0)} lines removed\n`);
    for (const [name, old] of before) {
      const now = statSync(path.join(dir, name));
      expect(readFileSync(path.join(dir, name), 'utf8')).toBe(clean(files[name]).text);
      if (name.startsWith('dirty')) expect(now.ino).not.toBe(old.ino);
      else expect([now.mtimeMs, now.ino]).toEqual([old.mtimeMs, old.ino]);
    }
    expect(tempFilesIn(dir)).toEqual([]);
  }, 30_000);
});

/**
 * The kill test: a real batch (over a hundred small files and two large ones) killed at random
 * moments, then every file must be byte for byte its original or its cleaned text.
 */
describe('a batch killed at a random moment', () => {
  const SMALL = 80;
  const names: string[] = [];
  const original = new Map<string, string>();
  for (let i = 0; i < SMALL; i++) {
    const name = `${String(Math.floor(i / 20))}/f${String(i).padStart(3, '0')}.txt`;
    names.push(name);
    original.set(name, i % 10 === 9 ? CLEAN[i % CLEAN.length] : DIRTY[i % DIRTY.length]);
  }
  // Large files (several times a fixture, a few hundred kB) make the write window of one file wide.
  for (const [name, k] of [['1/f025-large.txt', 80], ['2/f055-large.txt', 120]] as const) {
    names.push(name);
    original.set(name, Array.from({ length: k }, (_, i) => DIRTY[i % DIRTY.length]).join('\n'));
  }
  const cleaned = new Map([...original].map(([name, text]) => [name, clean(text).text]));

  function reset(dir: string): void {
    for (const f of tempFilesIn(dir)) rmSync(path.join(dir, f));
    for (const [name, text] of original) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
  }

  interface Round {
    code: number | null;
    signal: NodeJS.Signals | null;
    err: string;
    /** ms from the first output (the batch is running) to the end. */
    ran: number;
    /** False when the batch ended before the signal could be sent. */
    interrupted: boolean;
  }

  /**
   * Run the batch; after its first output line wait `delay` ms, then send `signal` (none: run to
   * the end), and with `again` send it a second time that many ms later.
   */
  function batch(dir: string, signal: NodeJS.Signals | null, delay = 0, options: { again?: number; args?: string[] } = {}): Promise<Round> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, '--write', '--explain', ...(options.args ?? []), '.'], { cwd: dir });
      let err = '';
      let started = 0;
      let interrupted = false;
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      child.stdout.on('data', () => {
        if (started !== 0) return;
        started = performance.now();
        if (signal) {
          setTimeout(() => {
            if (child.exitCode === null && child.signalCode === null) interrupted = child.kill(signal);
            if (interrupted && options.again !== undefined) setTimeout(() => child.kill(signal), options.again);
          }, delay);
        }
      });
      child.on('error', reject);
      child.on('close', (code, sig) => resolve({ code, signal: sig, err, ran: performance.now() - started, interrupted }));
    });
  }

  /** Every file is wholly old or wholly new; returns how many are new. */
  function checkFiles(dir: string, context: string): number {
    let renewed = 0;
    for (const name of names) {
      const now = readFileSync(path.join(dir, name), 'utf8');
      const old = original.get(name)!;
      const fresh = cleaned.get(name)!;
      if (now === fresh && now !== old) renewed++;
      else if (now !== old) expect.fail(`${context}: ${name} is neither its original (${old.length} chars) nor its cleaned text (${fresh.length} chars): ${now.length} chars`);
    }
    return renewed;
  }

  it('SIGKILL, SIGINT and SIGTERM: every file old or new; after SIGINT/SIGTERM no temp file and a clear message', async () => {
    const dir = folder();
    reset(dir);
    const full = await batch(dir, null);
    expect(full.code).toBe(0);
    const dirtyCount = names.filter((n) => cleaned.get(n) !== original.get(n)).length;
    expect(checkFiles(dir, 'full run')).toBe(dirtyCount);

    const rounds: NodeJS.Signals[] = ['SIGKILL', 'SIGINT', 'SIGTERM', 'SIGKILL', 'SIGINT', 'SIGTERM'];
    const report: string[] = [];
    const interrupted = new Set<string>();
    for (const [i, signal] of rounds.entries()) {
      reset(dir);
      const delay = Math.round(Math.random() * 0.8 * full.ran);
      const r = await batch(dir, signal, delay);
      const context = `round ${i + 1}, ${signal} after ${delay} ms of a ${Math.round(full.ran)} ms batch`;
      const renewed = checkFiles(dir, context);
      report.push(`${context}: ${renewed}/${dirtyCount} files new`);
      if (!r.interrupted) {
        expect(r.code, context).toBe(0);
        continue;
      }
      interrupted.add(signal);
      if (signal === 'SIGKILL') {
        expect(r.signal, context).toBe('SIGKILL');
        // A kill can leave the temp file of the file in hand: hidden, so no later run picks it up.
        for (const t of tempFilesIn(dir)) expect(path.basename(t), context).toMatch(/^\.f\d{3}(-large)?\.txt\.clean-article-\d+-[0-9a-f]{8}\.tmp$/);
      } else {
        expect(r.code, context).toBe(signal === 'SIGINT' ? 130 : 143);
        expect(r.err, context).toContain(`clean-article: ${signal}: finishing the file in hand, then stopping`);
        expect(r.err, context).toMatch(new RegExp(`clean-article: interrupted by ${signal}; \\d+ files? not started, left as they were`));
        const changed = Number(/(\d+) changed/.exec(r.err)?.[1]);
        expect(changed, `${context}: the summary counts the files written`).toBe(renewed);
        expect(tempFilesIn(dir), context).toEqual([]);
      }
    }
    // The random delays are within the batch's run time, so nearly every round interrupts it.
    expect([...interrupted].sort(), report.join('\n')).toEqual(['SIGINT', 'SIGKILL', 'SIGTERM']);
    console.log(report.join('\n'));
  }, 120_000);

  it('a second SIGINT stops the workers at once, with --fsync too: every file old or new, no temp file left', async () => {
    const dir = folder();
    reset(dir);
    const args = ['--jobs', '2', '--fsync'];
    const full = await batch(dir, null, 0, { args });
    expect(full.code).toBe(0);
    const report: string[] = [];
    let stopped = 0;
    for (let i = 0; i < 3; i++) {
      reset(dir);
      const delay = Math.round(Math.random() * 0.6 * full.ran);
      const r = await batch(dir, 'SIGINT', delay, { again: 2, args });
      const context = `round ${i + 1}, SIGINT twice after ${delay} ms of a ${Math.round(full.ran)} ms batch`;
      report.push(`${context}: ${checkFiles(dir, context)} files new`);
      expect(tempFilesIn(dir), context).toEqual([]);
      if (!r.interrupted) continue;
      expect(r.code, context).toBe(130);
      if (r.err.includes('clean-article: SIGINT again: stopping now')) stopped++;
    }
    console.log(report.join('\n'));
    expect(stopped, report.join('\n')).toBeGreaterThan(0);
  }, 120_000);
});
