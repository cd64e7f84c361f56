import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempFolders } from './temp-folder.js';

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

const binFor = new Map<number, string>();
const binCopies = tempFolders('clean-article-bin-');

/**
 * The bin that uid can run: this checkout's, or, when uid cannot reach it (a clone inside a private
 * folder, as `mktemp -d` makes), a world-readable copy of what the installed package holds: bin/,
 * dist/, package.json and the runtime dependencies. Made once per uid, removed after the test file.
 */
function binForUser(uid: number): string {
  let bin = binFor.get(uid);
  if (bin) return bin;
  const reach = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(BIN)}, require('node:fs').constants.R_OK)`], { uid, gid: uid, stdio: 'ignore' });
  if (reach.status === 0) {
    bin = BIN;
  } else {
    const dir = binCopies();
    chmodSync(dir, 0o755);
    for (const part of ['bin', 'dist', 'package.json']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    for (const [at, entry] of Object.entries(lock.packages)) {
      if (at.startsWith('node_modules/') && !entry.dev && existsSync(path.join(ROOT, at))) cpSync(path.join(ROOT, at), path.join(dir, at), { recursive: true });
    }
    readableByAll(dir);
    bin = path.join(dir, 'bin', 'clean-article.js');
  }
  binFor.set(uid, bin);
  return bin;
}

/** chmod a+rX, recursively (a checkout made under umask 077 has files only its owner reads). */
function readableByAll(p: string): void {
  const info = lstatSync(p);
  if (info.isSymbolicLink()) return;
  chmodSync(p, info.mode | (info.isDirectory() || info.mode & 0o111 ? 0o555 : 0o444));
  if (info.isDirectory()) for (const entry of readdirSync(p)) readableByAll(path.join(p, entry));
}

/** Run the bin in cwd; with asUser, as that uid/gid (only possible as root). */
export function runBin(cwd: string, args: string[], opts: { input?: string | Buffer; asUser?: number; env?: Record<string, string | undefined> } = {}): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const user = opts.asUser === undefined ? {} : { uid: opts.asUser, gid: opts.asUser };
    const bin = opts.asUser === undefined ? BIN : binForUser(opts.asUser);
    // NO_COLOR unless the test sets the colour variables itself (undefined: unset).
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...opts.env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
    const child = spawn(process.execPath, [bin, ...args], { cwd, env, ...user });
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
