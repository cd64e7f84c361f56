import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { chownSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** The repository root and the real bin (built to dist/ by test/global-setup.ts). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'clean-article.js');

/** A user without privileges, for permission tests when the tests run as root (who may read and write anything). */
export const NOBODY = 65534;
export const isRoot = process.getuid?.() === 0;

export interface BinResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  stdout: Buffer;
}

/** True when every folder above the checkout lets other users through (a clone in `mktemp -d` does not). */
function othersCanEnter(dir: string): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) return false;
    if (path.dirname(d) === d) return true;
  }
}

let publicCopy: string | null = null;
// Imported at the top of a test file, this runs once its tests are done.
afterAll(() => {
  if (publicCopy !== null) rmSync(publicCopy, { recursive: true, force: true });
  publicCopy = null;
});

/**
 * The bin for another user: the checkout's own, or, when the checkout sits in a private folder that
 * user cannot enter, a copy of bin/, dist/, package.json and the runtime dependencies in a temp
 * folder everyone can read (made once per test file, removed when it ends).
 */
function binFor(user: number | undefined): string {
  if (user === undefined || othersCanEnter(ROOT)) return BIN;
  if (publicCopy === null) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'clean-article-public-'));
    for (const part of ['bin', 'dist', 'package.json']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
    const deps = new Set<string>();
    const add = (name: string): void => {
      if (deps.has(name)) return;
      deps.add(name);
      const pkg = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      for (const d of Object.keys(pkg.dependencies ?? {})) add(d);
    };
    for (const d of Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies)) add(d);
    for (const d of deps) cpSync(path.join(ROOT, 'node_modules', d), path.join(dir, 'node_modules', d), { recursive: true });
    execFileSync('chmod', ['-R', 'a+rX', dir]);
    publicCopy = dir;
  }
  return path.join(publicCopy, 'bin', 'clean-article.js');
}

/** Run the bin in cwd; with asUser, as that uid/gid (only possible as root). */
export function runBin(cwd: string, args: string[], opts: { input?: string | Buffer; asUser?: number } = {}): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const user = opts.asUser === undefined ? {} : { uid: opts.asUser, gid: opts.asUser };
    const child = spawn(process.execPath, [binFor(opts.asUser), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, ...user });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    // A child that stops early (a signal, an error) closes its stdin: the rest of the input is moot.
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const stdout = Buffer.concat(out);
      resolve({ code, signal, stdout, out: stdout.toString('utf8'), err: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** Give a folder tree (links excluded) to uid, so a process running as that user owns it. */
export function chownTree(dir: string, uid: number): void {
  chownSync(dir, uid, uid);
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    const info = lstatSync(p);
    if (info.isSymbolicLink()) continue;
    if (info.isDirectory()) chownTree(p, uid);
    else chownSync(p, uid, uid);
  }
}

/** Start the bin; `onStdout` sees each chunk of stdout as it comes (to time a signal). */
export function startBin(cwd: string, args: string[], input: string | Buffer = '', onStdout?: (child: ChildProcessWithoutNullStreams) => void): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => {
      out.push(b);
      onStdout?.(child);
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    // A child that stops early (a signal, an error) closes its stdin: the rest of the input is moot.
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const stdout = Buffer.concat(out);
      resolve({ code, signal, stdout, out: stdout.toString('utf8'), err: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(input);
  });
}
