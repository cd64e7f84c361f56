import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFileSync } from '../src/cli/outputFile.js';
import { BIN, runBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// learn -o: the temp file is made with O_EXCL in the target's folder, only a regular file is
// replaced, a terminal or a pipe is written in place, anything else is refused (exit 2), and no
// temp file is left behind when writing fails.

const folder = tempFolders('clean-article-learn-out-');
const TIMEOUT = 60_000;
const docs = { 'docs/a.txt': 'Shared footer line here\n\nAlpha body text.\n', 'docs/b.txt': 'Shared footer line here\n\nBeta body text.\n' };
const tempsIn = (dir: string): string[] => readdirSync(dir).filter((f) => f.includes('.tmp'));

describe('learn -o', { timeout: TIMEOUT }, () => {
  it('never follows a link planted at a temp name: another name is drawn with O_EXCL', () => {
    const dir = folder({ 'victim.conf': 'precious\n' });
    const out = path.join(dir, 'profile.json');
    // Plant links at every name the first draws would give, by fixing Math.random for the first tries.
    const real = Math.random;
    let calls = 0;
    Math.random = () => (calls++ < 2 ? 0.5 : real());
    try {
      const planted = path.join(dir, `.profile.json.clean-article-${process.pid}-80000000.tmp`);
      symlinkSync(path.join(dir, 'victim.conf'), planted);
      writeOutputFileSync(out, '{"x":1}\n');
      expect(calls).toBeGreaterThan(1);
      expect(readFileSync(path.join(dir, 'victim.conf'), 'utf8')).toBe('precious\n');
      expect(lstatSync(planted).isSymbolicLink()).toBe(true);
      expect(readFileSync(out, 'utf8')).toBe('{"x":1}\n');
    } finally {
      Math.random = real;
    }
  });

  it('replaces a regular file, keeping its mode', async () => {
    const dir = folder({ ...docs, 'p.json': 'old' });
    spawnSync('chmod', ['640', path.join(dir, 'p.json')]);
    const r = await runBin(dir, ['learn', '--jobs', '1', 'docs', '-o', 'p.json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'p.json'), 'utf8')).documents).toBe(2);
    expect(statSync(path.join(dir, 'p.json')).mode & 0o777).toBe(0o640);
    expect(tempsIn(dir)).toEqual([]);
  });

  it('refuses a symbolic link, a folder and a device that is not a terminal (exit 2), and leaves them as they were', async () => {
    const dir = folder({ ...docs, 'victim.conf': 'precious\n' });
    symlinkSync('victim.conf', path.join(dir, 'link.json'));
    symlinkSync('/dev/null', path.join(dir, 'null.json'));
    mkdirSync(path.join(dir, 'folder.json'));
    for (const [out, message] of [
      ['link.json', 'link.json: is a symbolic link to a file; -o replaces only a regular file (or writes to a terminal or a pipe); no profile written'],
      ['null.json', 'null.json: is a symbolic link; -o replaces only a regular file'],
      ['folder.json', 'folder.json: is a directory; -o replaces only a regular file'],
      ['/dev/null', '/dev/null: is a device, not a terminal; -o replaces only a regular file'],
    ]) {
      const r = await runBin(dir, ['learn', '--jobs', '1', 'docs', '-o', out]);
      expect(r.code, out).toBe(2);
      expect(r.err).toContain(`clean-article learn: ${message}`);
      expect(r.err.split('\n').filter((l) => l !== '')).toHaveLength(1);
    }
    expect(readFileSync(path.join(dir, 'victim.conf'), 'utf8')).toBe('precious\n');
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, 'null.json')).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(tempsIn(dir)).toEqual([]);
  });

  it('writes in place to a pipe: a real FIFO with a reader, and /dev/stdout when it is a pipe', async () => {
    const dir = folder(docs);
    const fifo = path.join(dir, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    const got: Buffer[] = [];
    reader.stdout.on('data', (b: Buffer) => got.push(b));
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    const r = await runBin(dir, ['learn', '--jobs', '1', 'docs', '-o', 'pipe.json']);
    await readerDone;
    expect(r.code).toBe(0);
    expect(JSON.parse(Buffer.concat(got).toString('utf8')).documents).toBe(2);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    // A shell pipe (node's own child pipes are sockets).
    const s = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" learn --jobs 1 docs -o /dev/stdout | cat; echo "exit $?" >&2`], { cwd: dir, encoding: 'utf8' });
    expect(s.stderr).toMatch(/-> \/dev\/stdout\nexit 0\n$/);
    expect(JSON.parse(s.stdout).documents).toBe(2);
    expect(tempsIn(dir)).toEqual([]);
  });

  it.runIf(spawnSync('script', ['--version']).status === 0)('writes in place to a terminal (a pseudo-terminal from script(1))', () => {
    const dir = folder(docs);
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" learn --jobs 1 docs -o /dev/tty`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"format": "clean-article-profile"');
    expect(r.stdout).toContain('2 documents');
    expect(statSync('/dev/tty').isCharacterDevice()).toBe(true);
    expect(tempsIn(dir)).toEqual([]);
  });

  it('removes its temp file when writing fails (a full disk simulated with a file-size limit)', () => {
    const dir = folder({ ...docs, 'p.json': 'old profile\n' });
    // RLIMIT_FSIZE 0: every write to a file fails (EFBIG), as on a full disk; SIGXFSZ is ignored.
    const r = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 0; exec "${process.execPath}" "${BIN}" learn --jobs 1 docs -o p.json`], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^clean-article learn: p\.json: .*; no profile written\n$/);
    expect(readFileSync(path.join(dir, 'p.json'), 'utf8')).toBe('old profile\n');
    expect(tempsIn(dir)).toEqual([]);
  });
});
