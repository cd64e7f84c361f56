import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// Output errors: EPIPE ends quietly and the files already decided are still written; ENOSPC on
// stdout is one line and exit 2 (never 1, "would change"); an uncaught error is one line, exit 2.

const folder = tempFolders('clean-article-output-');
const TIMEOUT = 120_000;
const DIRTY = (i: number): string => `Harbour plan number ${i}\n\nThe council voted on Tuesday on part ${i} of the harbour plan, which has divided residents.\n\nPhoto: Reuters\n\nOpponents said the plan would raise rents near the water.\n`;

function corpus(n: number): string {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < n; i++) {
    files[`news/a${String(i).padStart(4, '0')}.txt`] = DIRTY(i);
    // A binary file: one failure line on stderr each.
    files[`news/b${String(i).padStart(4, '0')}.txt`] = Buffer.from('bin\0ary');
  }
  return folder(files);
}

function sh(cwd: string, script: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NODE: process.execPath, BIN } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('output errors', { timeout: TIMEOUT }, () => {
  it('--check > /dev/full: one line on stderr naming the error, no stack, exit 2 (not 1)', () => {
    const dir = corpus(20);
    const r = sh(dir, '"$NODE" "$BIN" --check news > /dev/full');
    expect(r.status).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.includes('stdout'));
    expect(lines).toEqual(['clean-article: cannot write to stdout: no space left on the device (ENOSPC)']);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    // Printing one file to a full device: the same.
    const one = sh(dir, '"$NODE" "$BIN" news/a0000.txt > /dev/full');
    expect(one.status).toBe(2);
    expect(one.stderr).toBe('clean-article: cannot write to stdout: no space left on the device (ENOSPC)\n');
  });

  it('--jsonl and learn to /dev/full: the same one line and exit 2', () => {
    const dir = corpus(3);
    writeFileSync(path.join(dir, 'in.jsonl'), `${JSON.stringify({ text: DIRTY(1) })}\n`);
    for (const args of ['--jsonl in.jsonl', 'learn news']) {
      const r = sh(dir, `"$NODE" "$BIN" ${args} > /dev/full`);
      expect(r.status, args).toBe(2);
      expect(r.stderr.split('\n').filter((l) => l.includes('stdout'))).toEqual([`clean-article: cannot write to stdout: no space left on the device (ENOSPC)`]);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('--write on a full disk (simulated, mount-free, by a file-size limit of 0) leaves every file as it was, no temp file, exit 2', () => {
    const dir = corpus(20);
    const r = sh(dir, `trap '' XFSZ; ulimit -f 0; exec "$NODE" "$BIN" --write --jobs 2 news`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('clean-article: 0 changed, 0 unchanged, 40 failed');
    expect(r.stderr).toContain('clean-article: news/a0000.txt: cannot write: ');
    for (let i = 0; i < 20; i++) expect(readFileSync(path.join(dir, 'news', `a${String(i).padStart(4, '0')}.txt`), 'utf8')).toBe(DIRTY(i));
    expect(readdirSync(path.join(dir, 'news')).filter((f) => f.includes('.clean-article-'))).toEqual([]);
  });

  it('stdout and stderr to a pipe closed early (2>&1 | head -1): every file is still cleaned, quietly', () => {
    for (let run = 0; run < 2; run++) {
      const dir = corpus(700);
      // pipefail: the status is clean-article's (head exits 0); 700 binary files make it 2.
      const r = sh(dir, 'set -o pipefail; "$NODE" "$BIN" --write --explain --jobs 2 news 2>&1 | head -1; echo "status $?" >&2');
      expect(r.stderr).toBe('status 2\n');
      expect(r.stdout.split('\n')).toHaveLength(2);
      const left = readdirSync(path.join(dir, 'news')).filter((f) => f.startsWith('a') && readFileSync(path.join(dir, 'news', f), 'utf8').includes('Photo: Reuters'));
      expect(left).toEqual([]);
      expect(readdirSync(path.join(dir, 'news')).filter((f) => f.includes('.clean-article-'))).toEqual([]);
    }
  });

  it('an uncaught error is one line naming it, exit 2, no stack', () => {
    const dir = folder({});
    // A preloaded module throws from a timer while the tool waits for stdin (a stand-in for a bug).
    writeFileSync(path.join(dir, 'bug.mjs'), "setTimeout(() => { throw new TypeError('injected fault'); }, 300);\n");
    const r = sh(dir, 'sleep 2 | "$NODE" --import ./bug.mjs "$BIN" -');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^clean-article: internal error \(a bug; please report it\): TypeError: injected fault \(at .*bug\.mjs:1:\d+\)+\n$/);
  });
});
