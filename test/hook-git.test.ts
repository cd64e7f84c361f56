import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN, DIRTY, ROOT, committed, envWithBin, gitRepos, linkBins, must, readmeSnippet, sh, writeHook } from './hook-repo.js';

// The documented plain git hook and lint-staged setup, each in its own temp repository with a real
// `git commit`, and the documented CI step run as its shell line. clean-article is on PATH as an
// installed bin (npm link, npm install -g); lint-staged is in the repository's node_modules/.bin.

const newRepo = gitRepos('clean-article-hook-');
const TIMEOUT = 120_000;
const LINT_STAGED = path.join(ROOT, 'node_modules', 'lint-staged', 'bin', 'lint-staged.js');
const HAS_LINT_STAGED = (() => {
  try {
    readFileSync(LINT_STAGED);
    return true;
  } catch {
    return false;
  }
})();

function put(dir: string, name: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
}

const INSTALLED = envWithBin();
const commit = (dir: string) => sh(dir, 'git', ['commit', '-q', '-m', 'articles'], INSTALLED);

describe('a plain .git/hooks/pre-commit', { timeout: TIMEOUT }, () => {
  it('refuses a commit while a staged .txt file (with spaces in its path) would change, and changes nothing', async () => {
    const dir = await newRepo();
    writeHook(dir, 'pre-commit', readmeSnippet('git-hook'));
    put(dir, 'news/2020 10/lavrov interview.txt', DIRTY);
    put(dir, 'news/clean one.txt', CLEAN);
    put(dir, 'notes.md', DIRTY);
    await must(dir, 'git', ['add', '.']);
    const r = await commit(dir);
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toContain('news/2020 10/lavrov interview.txt\n');
    expect(r.output).not.toContain('clean one.txt\n');
    expect(r.output).toContain('clean-article: 1 would change, 1 unchanged, 0 failed');
    expect(r.output).toContain("clean-article: to clean it, run: clean-article --write -- 'news/2020 10/lavrov interview.txt' 'news/clean one.txt'\n");
    expect(readFileSync(path.join(dir, 'news/2020 10/lavrov interview.txt'), 'utf8')).toBe(DIRTY);
    expect((await sh(dir, 'git', ['rev-list', '--count', 'HEAD'])).output).toBe('1\n');

    await must(dir, 'clean-article', ['--write', 'news'], INSTALLED);
    await must(dir, 'git', ['add', '.']);
    const again = await commit(dir);
    expect(again.code, again.output).toBe(0);
    expect(await committed(dir, 'news/2020 10/lavrov interview.txt')).toBe(CLEAN);
  });

  it('takes a staged file whose name starts with a dash as a file, not an option', async () => {
    const dir = await newRepo();
    writeHook(dir, 'pre-commit', readmeSnippet('git-hook'));
    put(dir, '-c.txt', DIRTY);
    put(dir, '--write.txt', DIRTY);
    await must(dir, 'git', ['add', '--', '-c.txt', '--write.txt']);
    const r = await commit(dir);
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toContain('-c.txt\n');
    expect(r.output).toContain('clean-article: 2 would change, 0 unchanged, 0 failed');
    expect(readFileSync(path.join(dir, '--write.txt'), 'utf8')).toBe(DIRTY);
  });

  it('lets a commit without .txt files through without running clean-article', async () => {
    const dir = await newRepo();
    writeHook(dir, 'pre-commit', readmeSnippet('git-hook'));
    put(dir, 'notes.md', DIRTY);
    await must(dir, 'git', ['add', '.']);
    const r = await sh(dir, 'git', ['commit', '-q', '-m', 'articles']);
    // clean-article is not even installed here: it must not be called.
    expect(r).toEqual({ code: 0, output: '' });
  });
});

describe.skipIf(!HAS_LINT_STAGED && !process.env.CI)('lint-staged (a devDependency; skipped only outside CI where npm ci has not installed it)', { timeout: TIMEOUT }, () => {
  it('cleans the staged articles and commits the cleaned text', async () => {
    const dir = await newRepo();
    linkBins(dir, { 'lint-staged': LINT_STAGED });
    put(dir, '.lintstagedrc.json', readmeSnippet('lint-staged-config'));
    writeHook(dir, 'pre-commit', readmeSnippet('lint-staged-hook'));
    put(dir, 'news/lavrov interview.txt', DIRTY);
    put(dir, 'news/clean.txt', CLEAN);
    put(dir, 'notes.md', DIRTY);
    await must(dir, 'git', ['add', '.']);
    const r = await commit(dir);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('clean-article --write');
    expect(await committed(dir, 'news/lavrov interview.txt')).toBe(CLEAN);
    expect(await committed(dir, 'news/clean.txt')).toBe(CLEAN);
    expect(await committed(dir, 'notes.md')).toBe(DIRTY);
    expect(readFileSync(path.join(dir, 'news/lavrov interview.txt'), 'utf8')).toBe(CLEAN);
    expect((await sh(dir, 'git', ['status', '--porcelain'])).output).toBe('');
  });
});

describe('the CI step', { timeout: TIMEOUT }, () => {
  const run = /^\s*run: (.+)$/m.exec(readmeSnippet('ci-step'))?.[1] ?? '';

  it('fails while an article would change and lists it; passes on clean articles', async () => {
    expect(run).toBe('clean-article --check --no-error-on-unmatched-pattern .');
    const dir = await newRepo();
    // No article yet: passes.
    expect(await sh(dir, 'sh', ['-c', run], INSTALLED)).toEqual({ code: 0, output: 'clean-article: 0 would change, 0 unchanged, 0 failed; 0 lines would be removed\n' });
    put(dir, 'news/a.txt', DIRTY);
    put(dir, 'news/b.txt', CLEAN);
    const dirty = await sh(dir, 'sh', ['-c', run], INSTALLED);
    expect(dirty.code).toBe(1);
    expect(dirty.output).toContain('news/a.txt\n');
    put(dir, 'news/a.txt', CLEAN);
    expect(await sh(dir, 'sh', ['-c', run], INSTALLED)).toEqual({ code: 0, output: 'clean-article: 0 would change, 2 unchanged, 0 failed; 0 lines would be removed\n' });
  });
});
