import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run, type Io } from '../src/cli/main.js';
import { POOL_MIN_FILES } from '../src/cli/batch.js';
import { processFileSync } from '../src/cli/processFile.js';
import type { FileOutcome } from '../src/cli/processFile.js';
import { clean } from '../src/index.js';
import { ROOT, startBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// Folders on a worker pool: the same output whatever the number of workers or the directory
// order, the progress bar only on a terminal, and a clean stop on SIGINT/SIGTERM.

const created = vi.hoisted(() => ({ workers: 0 }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:worker_threads')>();
  class CountingWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args);
      created.workers++;
    }
  }
  return { ...real, default: { ...real, Worker: CountingWorker }, Worker: CountingWorker };
});

const folder = tempFolders('clean-article-batch-');
const TIMEOUT = 120_000;

/** Every fixture input, some as CRLF, one not UTF-8: a varied corpus that the rules act on. */
function corpus(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  const fixtures = path.join(ROOT, 'fixtures');
  readdirSync(fixtures)
    .sort()
    .forEach((name, i) => {
      const text = readFileSync(path.join(fixtures, name, 'input.txt'), 'utf8');
      files[`corpus/${String(i % 7)}/${name}.txt`] = i % 5 === 0 ? text.replace(/\n/g, '\r\n') : text;
    });
  files['corpus/latin1.txt'] = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]);
  return files;
}

function fakeIo(cwd: string, stderrIsTTY: boolean): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    readStdin: async () => '',
    stdinIsTTY: true,
    stdoutIsTTY: false,
    stderrIsTTY,
    cwd,
  };
  return { io, out: () => out, err: () => err };
}

describe('the pool', { timeout: TIMEOUT }, () => {
  it('--check --explain prints the same, byte for byte, with 1, 2 or 3 workers', async () => {
    const dir = folder(corpus());
    const runs = await Promise.all(['1', '2', '3'].map((j) => startBin(dir, ['--check', '--explain', '--jobs', j, 'corpus'])));
    expect(runs[0].code).toBe(2);
    expect(runs[0].err).toMatch(/clean-article: corpus\/latin1.txt: not valid UTF-8 \(byte 0x[0-9A-F]{2} at offset \d+\); skipped\n/);
    expect(runs[0].out.split('\n').length).toBeGreaterThan(20);
    // The fix hint repeats the arguments, --jobs too.
    const withoutHint = (err: string): string => err.replace(/^clean-article: to clean them, run: .*\n/m, '');
    expect(runs[0].err).toContain('clean-article: to clean them, run: clean-article --write --explain --jobs 1 corpus\n');
    for (const r of runs.slice(1)) {
      expect(r.code).toBe(runs[0].code);
      expect(r.out).toBe(runs[0].out);
      expect(withoutHint(r.err)).toBe(withoutHint(runs[0].err));
    }
  });

  it('--write gives the same files with 1 or 3 workers, each one what clean() makes of it', async () => {
    const files = corpus();
    const one = folder(files);
    const three = folder(files);
    const [a, b] = await Promise.all([startBin(one, ['--write', '--jobs', '1', 'corpus']), startBin(three, ['--write', '--jobs', '3', 'corpus'])]);
    expect(a.err).toBe(b.err);
    expect(a.err).toMatch(/^clean-article: corpus\/latin1.txt: not valid UTF-8 \(byte 0x[0-9A-F]{2} at offset \d+\); skipped\nclean-article: \d+ changed, \d+ unchanged, 1 failed; \d+ lines removed \(/);
    for (const [name, content] of Object.entries(files)) {
      if (typeof content !== 'string') continue;
      const got = readFileSync(path.join(three, name), 'utf8');
      expect(got).toBe(readFileSync(path.join(one, name), 'utf8'));
      expect(got).toBe(clean(content).changed ? clean(content).text : content);
    }
  });

  it('lists the same whatever order the files were created in', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(2, '0')}.txt`);
    const text = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'input.txt'), 'utf8');
    const forward = folder(Object.fromEntries(names.map((n) => [`d/${n}`, text])));
    const backward = folder(Object.fromEntries([...names].reverse().map((n) => [`d/${n}`, text])));
    const [a, b] = await Promise.all([startBin(forward, ['--check', '--jobs', '2', 'd']), startBin(backward, ['--check', '--jobs', '2', 'd'])]);
    expect(a.out).toBe(names.map((n) => `d/${n}\n`).join(''));
    expect(b.out).toBe(a.out);
  });

  it(`starts no worker for fewer than ${POOL_MIN_FILES} files, and --jobs workers for more`, async () => {
    const text = 'Title\n\nBody text of a short article, long enough to read as prose.\n';
    const few = folder(Object.fromEntries(Array.from({ length: POOL_MIN_FILES - 1 }, (_, i) => [`f/${i}.txt`, text])));
    created.workers = 0;
    const r1 = fakeIo(few, false);
    expect(await run(['--check', '--jobs', '4', 'f'], r1.io)).toBe(0);
    expect(created.workers).toBe(0);
    const many = folder(Object.fromEntries(Array.from({ length: POOL_MIN_FILES + 4 }, (_, i) => [`f/${i}.txt`, text])));
    const r2 = fakeIo(many, false);
    expect(await run(['--check', '--jobs', '3', 'f'], r2.io)).toBe(0);
    expect(created.workers).toBe(3);
    expect(r2.err()).toBe(`clean-article: 0 would change, ${POOL_MIN_FILES + 4} unchanged, 0 failed; 0 lines would be removed\n`);
  });

  it('plain --write and --check get counts only from the workers, and the same summary as with the findings', async () => {
    const files = corpus();
    const summary = (err: string): string => err.split('\n').filter((l) => /^clean-article: \d+ (would )?change/.test(l)).join('\n');
    const [plain, explained] = [folder(files), folder(files)];
    const [a, b] = await Promise.all([startBin(plain, ['--write', '--jobs', '2', 'corpus']), startBin(explained, ['--write', '--explain', '--jobs', '2', 'corpus'])]);
    // The per-rule counts come from the findings, which plain --write does not send: they must agree.
    expect(summary(a.err)).toMatch(/^clean-article: \d+ changed, \d+ unchanged, 1 failed; \d+ lines removed \(\w/);
    expect(summary(a.err)).toBe(summary(b.err));
    expect(b.out.split('\n').length).toBeGreaterThan(20);
    // Plain --write lists the files it changed, one a line.
    const changed = Number(/(\d+) changed/.exec(a.err)?.[1]);
    expect(a.out.split('\n').filter((l) => l !== '')).toHaveLength(changed);
    expect(a.out).toMatch(/^(corpus\/\S.*\n)+$/);
    const checks = await Promise.all([['--check'], ['--check', '--format', 'json']].map((flags) => startBin(folder(files), [...flags, '--jobs', '2', 'corpus'])));
    expect(summary(checks[0].err)).toBe(summary(a.err).replace(' changed', ' would change').replace('lines removed', 'lines would be removed'));
    expect(summary(checks[1].err)).toBe(summary(checks[0].err));
    // What a worker sends for a file: the findings only when the output needs them.
    const name = Object.keys(files).find((n) => typeof files[n] === 'string' && clean(files[n] as string).findings.length > 0)!;
    const target = { name, file: path.join(folder(files), name) };
    const job = { write: false, keepText: false, options: {}, config: { disabled: true, cwd: '/' } };
    const counts = processFileSync(target, job);
    expect(counts).not.toHaveProperty('findings');
    expect(processFileSync(target, { ...job, keepFindings: true })).toEqual({ ...counts, findings: clean(files[name] as string).findings });
  });

  it('--fsync writes the same files (and only goes with --write)', async () => {
    const files = corpus();
    const [plain, synced] = [folder(files), folder(files)];
    const [a, b] = await Promise.all([startBin(plain, ['--write', '--jobs', '2', 'corpus']), startBin(synced, ['--write', '--fsync', '--jobs', '2', 'corpus'])]);
    expect(b.err).toBe(a.err);
    for (const name of Object.keys(files)) expect(readFileSync(path.join(synced, name)).equals(readFileSync(path.join(plain, name)))).toBe(true);
    expect(readdirSync(synced, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.clean-article-'))).toEqual([]);
    const f = fakeIo(folder(), false);
    expect(await run(['--check', '--fsync', '.'], f.io)).toBe(2);
    expect(f.err()).toBe('clean-article: --fsync goes with --write\n');
  });

  it('a worker that runs out of memory on one file is replaced: that file fails, the others are cleaned, in order', async () => {
    const { OUT_OF_MEMORY, WorkerPool } = await import('../src/cli/pool.js');
    const dirty = readFileSync(path.join(ROOT, 'fixtures', 'repeated-title--copies-in-header-en', 'input.txt'), 'utf8');
    const files: Record<string, string> = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`d/${String(i).padStart(2, '0')}.txt`, dirty]));
    // A million and a half one-letter lines: far more than the small heap given to the workers here.
    files['d/10-huge.txt'] = 'x\n'.repeat(1_500_000);
    const dir = folder(files);
    const names = Object.keys(files).sort();
    const targets = names.map((name) => ({ name, file: path.join(dir, name) }));
    const job = { write: true, keepText: false, options: {}, config: { disabled: true, cwd: dir } };
    const outOfMemory = (t: { name: string }): FileOutcome => ({ name: t.name, status: 'failed', error: OUT_OF_MEMORY });
    const pool = new WorkerPool(2, { mode: 'files', job }, { heapMb: 256 });
    const got: FileOutcome[] = [];
    try {
      expect(await pool.map(targets, (o: FileOutcome) => got.push(o), { outOfMemory })).toEqual({ done: names.length, stopped: false });
    } finally {
      await pool.close();
    }
    expect(got.map((o) => o.name)).toEqual(names);
    for (const o of got) {
      if (o.name.endsWith('huge.txt')) expect(o).toEqual({ name: o.name, status: 'failed', error: OUT_OF_MEMORY });
      else expect(o).toMatchObject({ status: 'changed', removedLines: clean(dirty).removedLines });
    }
    expect(readFileSync(path.join(dir, 'd/10-huge.txt'), 'utf8')).toBe(files['d/10-huge.txt']);
    expect(readFileSync(path.join(dir, 'd/11.txt'), 'utf8')).toBe(clean(dirty).text);
    expect(readdirSync(path.join(dir, 'd')).filter((f) => f.includes('.clean-article-'))).toEqual([]);
    // Without an outOfMemory result, the run fails, naming the cause.
    const strict = new WorkerPool(1, { mode: 'files', job: { ...job, write: false } }, { heapMb: 256 });
    try {
      await expect(strict.map(targets.slice(10, 11), () => undefined)).rejects.toThrow('a worker thread ran out of memory (its heap may use 256 MB)');
    } finally {
      await strict.close();
    }
  });

  it('--jobs must be a whole number from 1', async () => {
    for (const bad of ['0', '-2', 'two', '1.5']) {
      const f = fakeIo(folder(), false);
      expect(await run(['--check', '--jobs', bad, '.'], f.io)).toBe(2);
      expect(f.err()).toContain('--jobs takes a whole number');
    }
  });
});

describe('progress and summary', { timeout: TIMEOUT }, () => {
  const text = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'input.txt'), 'utf8');

  it('draws no bar for a run that takes less than a second, even on a terminal (test/progress.test.ts: after a second it does)', async () => {
    const dir = folder(Object.fromEntries(Array.from({ length: 2 }, (_, i) => [`d/${i}.txt`, text])));
    const f = fakeIo(dir, true);
    const started = Date.now();
    expect(await run(['--write', '--jobs', '1', 'd'], f.io)).toBe(0);
    // Only meaningful when the run was short; a slow machine may legitimately have drawn one.
    if (Date.now() - started < 900) expect(f.err()).not.toContain('\x1b');
    expect(f.err()).toMatch(/^clean-article: 2 changed, 0 unchanged, 0 failed; \d+ lines removed \(repeated-title \d+, /m);
  });

  it('prints no bar when stderr is not a terminal', async () => {
    const dir = folder(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`d/${i}.txt`, text])));
    const f = fakeIo(dir, false);
    expect(await run(['--write', '--jobs', '1', 'd'], f.io)).toBe(0);
    expect(f.err()).not.toContain('\x1b');
    expect(f.err().split('\n')).toHaveLength(2);
  });
});

describe('signals', { timeout: TIMEOUT }, () => {
  const text = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'input.txt'), 'utf8');

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal}: stops taking files, finishes the ones in hand, exits ${signal === 'SIGINT' ? 130 : 143}`, async () => {
      const count = 400;
      const inputs = Array.from({ length: count }, (_, i) => `${text}\nNote ${i}\n`);
      const dir = folder(Object.fromEntries(inputs.map((t, i) => [`d/${String(i).padStart(3, '0')}.txt`, t])));
      let sent = false;
      const r = await startBin(dir, ['--write', '--explain', '--jobs', '2', 'd'], '', (child) => {
        if (!sent) child.kill(signal);
        sent = true;
      });
      expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(r.err).toMatch(new RegExp(`clean-article: interrupted by ${signal}; \\d+ files? not started, left as they were`));
      const changed = Number(/clean-article: (\d+) changed/.exec(r.err)?.[1]);
      expect(changed).toBeGreaterThan(0);
      expect(changed).toBeLessThan(count);
      // Every file is counted: cleaned, or not started (in pool mode too, none is one short).
      const notStarted = Number(/(\d+) files? not started/.exec(r.err)?.[1]);
      expect(r.err).toContain(`clean-article: ${changed} changed, 0 unchanged, 0 failed;`);
      expect(changed + notStarted).toBe(count);
      let rewritten = 0;
      inputs.forEach((input, i) => {
        const now = readFileSync(path.join(dir, 'd', `${String(i).padStart(3, '0')}.txt`), 'utf8');
        if (now !== input) {
          expect(now).toBe(clean(input).text);
          rewritten++;
        }
      });
      expect(rewritten).toBe(changed);
      // The explanations name exactly the files that were rewritten, in order.
      const named = [...new Set(r.out.split('\n').filter(Boolean).map((l) => l.split(':')[0]))];
      expect(named).toEqual(Array.from({ length: changed }, (_, i) => `d/${String(i).padStart(3, '0')}.txt`));
    });
  }
});
