import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { maxJobs } from '../src/cli/jobs.js';
import { BIN, ROOT, runBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// --jobs capped at twice the cores unless forced; file names that are not UTF-8; a file too large
// for a JavaScript string is reported as such, not as "not valid UTF-8".

const folder = tempFolders('clean-article-small-');
const TIMEOUT = 60_000;
const DIRTY = 'Harbour plan\n\nPhoto: Reuters\n\nThe council voted on Tuesday on the harbour plan, which has divided residents for months.\n';

describe('--jobs', { timeout: TIMEOUT }, () => {
  it('refuses more than twice the cores (at least 4) without --force-jobs, for cleaning and learn', async () => {
    const dir = folder({ 'a.txt': DIRTY });
    const cores = availableParallelism();
    expect(maxJobs(cores)).toBe(Math.max(4, 2 * cores));
    const over = String(maxJobs() + 1);
    const message = `--jobs ${over} is more than twice the ${cores} ${cores === 1 ? 'core' : 'cores'} (at most ${maxJobs()}); add --force-jobs to start that many workers`;
    const r = await runBin(dir, ['--check', '--jobs', over, 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`clean-article: ${message}\n`);
    const l = await runBin(dir, ['learn', '--jobs', over, 'a.txt']);
    expect(l.code).toBe(2);
    expect(l.err).toBe(`clean-article learn: ${message}\n`);
    // Forced, the number is taken (one file is cleaned in-process: no worker is started here).
    const f = await runBin(dir, ['--check', '--jobs', over, '--force-jobs', 'a.txt']);
    expect(f.code).toBe(1);
    expect(f.out).toBe('a.txt\n');
  });
});

describe('file names that are not UTF-8', { timeout: TIMEOUT }, () => {
  it('are reported by name (lossy) and skipped, the other files cleaned', async () => {
    const dir = folder({ 'news/ok.txt': DIRTY });
    const news = Buffer.from(path.join(dir, 'news'));
    writeFileSync(Buffer.concat([news, Buffer.from('/caf\xe9.txt', 'latin1')]), DIRTY);
    writeFileSync(Buffer.concat([news, Buffer.from('/skip\xff.md', 'latin1')]), DIRTY);
    mkdirSync(Buffer.concat([news, Buffer.from('/d\xff', 'latin1')]));
    writeFileSync(Buffer.concat([news, Buffer.from('/d\xff/x.txt', 'latin1')]), DIRTY);
    const r = await runBin(dir, ['--check', 'news']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('news/ok.txt\n');
    expect(r.err.split('\n').filter((l) => l !== '').sort()).toEqual([
      'clean-article: 1 would change, 0 unchanged, 2 failed; 1 line would be removed (caption 1)',
      'clean-article: news/caf\ufffd.txt: file name is not valid UTF-8; skipped',
      'clean-article: news/d\ufffd: folder name is not valid UTF-8; folder skipped',
      'clean-article: to clean it, run: clean-article --write news',
    ]);
    // Named on the command line, such a name arrives with U+FFFD in it: the message says why it is not found.
    const named = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" --check $'news/caf\\xe9.txt'`], { cwd: dir, encoding: 'utf8' });
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('clean-article: news/caf\ufffd.txt: no such file or directory (the name given is not valid UTF-8, so it cannot be opened by name; give its folder instead)');
  });
});

describe('a file too large for a string', { timeout: TIMEOUT }, () => {
  it('is reported as too large to clean, not as invalid UTF-8', () => {
    // 2^29 bytes of valid ASCII: one more character than a V8 string can hold, decoded in a child.
    const files = pathToFileURL(path.join(ROOT, 'dist', 'cli', 'files.js')).href;
    const script = `const { decodeUtf8 } = await import(${JSON.stringify(files)}); try { decodeUtf8(Buffer.alloc(2 ** 29, 0x61)); console.log('decoded'); } catch (e) { console.log(e.message); }`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stdout).toBe('too large to clean (512M: a text holds at most 536870888 characters, about 512M); skipped\n');
  });
});
