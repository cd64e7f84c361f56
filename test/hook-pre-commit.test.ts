import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN, DIRTY, ROOT, committed, envWithBin, gitEnv, gitRepos, must, onPath, readmeSnippet, sh } from './hook-repo.js';
import { tempFolders } from './temp-folder.js';

// The real pre-commit framework (.ci/run installs it) with the README's .pre-commit-config.yaml,
// pointing at this repository at its current commit: pre-commit clones that commit and installs
// clean-article from it (npm install, npm pack), so this tests the committed .pre-commit-hooks.yaml.

/** Under CI (.ci/run installs pre-commit) the tests always run: a missing framework fails them. */
const RUN = onPath('pre-commit') || !!process.env.CI;
const REV = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
/** pre-commit's cache (the cloned repository and its node environment), shared by the tests here. */
const HOME = tempFolders('clean-article-pre-commit-home-')();
const env = gitEnv({ PRE_COMMIT_HOME: HOME });
const newRepo = gitRepos('clean-article-pre-commit-');
/** The first commit installs the hook environment: a clone, npm install and npm pack. */
const TIMEOUT = 600_000;

function config(snippet: string): string {
  // The documented repo and tag, pointed at this checkout and its current commit.
  return readmeSnippet(snippet).replace('repo: /path/to/clean-article', `repo: ${ROOT}`).replace('rev: v1.1.0', `rev: ${REV}`);
}

async function repoWith(snippet: string, files: Record<string, string>): Promise<string> {
  const dir = await newRepo();
  writeFileSync(path.join(dir, '.pre-commit-config.yaml'), config(snippet));
  await must(dir, 'pre-commit', ['install'], env);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  await must(dir, 'git', ['add', '.'], env);
  return dir;
}

const commit = (dir: string) => sh(dir, 'git', ['commit', '-q', '-m', 'articles'], env);
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

describe.skipIf(!RUN)('pre-commit (skipped only outside CI where pre-commit is not installed: apt-get install pre-commit)', () => {
  it('the README config points at the hooks this commit declares', () => {
    const declared = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    expect(declared).toContain('- id: clean-article\n');
    expect(declared).toContain('- id: clean-article-check\n');
    expect(execFileSync('git', ['ls-files', '.pre-commit-hooks.yaml'], { cwd: ROOT, encoding: 'utf8' })).toBe('.pre-commit-hooks.yaml\n');
    expect(config('pre-commit-config')).toContain(`rev: ${REV}`);
  });

  it('clean-article: a dirty article fails the commit and is left cleaned; committing it again passes', { timeout: TIMEOUT }, async () => {
    const dir = await repoWith('pre-commit-config', { 'lavrov.txt': DIRTY, 'notes.md': DIRTY });
    const first = await commit(dir);
    expect(first.code, first.output).toBe(1);
    expect(first.output).toMatch(/clean-article\.+Failed/);
    expect(first.output).toContain('- files were modified by this hook');
    expect(first.output).toContain('clean-article: 1 changed, 0 unchanged, 0 failed; 23 lines removed');
    expect(read(dir, 'lavrov.txt')).toBe(CLEAN);
    // .txt only by default.
    expect(read(dir, 'notes.md')).toBe(DIRTY);
    expect(await sh(dir, 'git', ['rev-list', '--count', 'HEAD'], env)).toEqual({ code: 0, output: '1\n' });

    await must(dir, 'git', ['add', 'lavrov.txt'], env);
    const second = await commit(dir);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/clean-article\.+Passed/);
    expect(await committed(dir, 'lavrov.txt')).toBe(CLEAN);
    // The README's session shows these same lines.
    const session = readmeSnippet('pre-commit-session');
    for (const line of [...first.output.split('\n'), ...second.output.split('\n')].filter((l) => l.startsWith('clean-article'))) {
      expect(session).toContain(line);
    }
  });

  it('clean-article: a clean article passes at once', { timeout: TIMEOUT }, async () => {
    const dir = await repoWith('pre-commit-config', { 'already clean.txt': CLEAN });
    const r = await commit(dir);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/clean-article\.+Passed/);
    expect(await committed(dir, 'already clean.txt')).toBe(CLEAN);
  });

  it('repo: local with language: system runs the installed clean-article', { timeout: TIMEOUT }, async () => {
    const local = envWithBin({ PRE_COMMIT_HOME: HOME });
    const dir = await newRepo();
    writeFileSync(path.join(dir, '.pre-commit-config.yaml'), readmeSnippet('pre-commit-config-local'));
    await must(dir, 'pre-commit', ['install'], local);
    writeFileSync(path.join(dir, 'lavrov.txt'), DIRTY);
    await must(dir, 'git', ['add', '.'], local);
    const first = await sh(dir, 'git', ['commit', '-q', '-m', 'articles'], local);
    expect(first.code, first.output).toBe(1);
    expect(first.output).toContain('- files were modified by this hook');
    expect(read(dir, 'lavrov.txt')).toBe(CLEAN);
    await must(dir, 'git', ['add', 'lavrov.txt'], local);
    const second = await sh(dir, 'git', ['commit', '-q', '-m', 'articles'], local);
    expect(second.code, second.output).toBe(0);
    expect(await committed(dir, 'lavrov.txt')).toBe(CLEAN);
  });

  it('clean-article-check with files: overridden to take Markdown: fails and changes nothing', { timeout: TIMEOUT }, async () => {
    const dir = await repoWith('pre-commit-config-check', { 'notes.md': DIRTY, 'clean.txt': CLEAN });
    const r = await commit(dir);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(/clean-article \(check\)\.+Failed/);
    expect(r.output).toContain('notes.md\n');
    expect(r.output).not.toContain('clean.txt\n');
    expect(read(dir, 'notes.md')).toBe(DIRTY);
    writeFileSync(path.join(dir, 'notes.md'), CLEAN);
    await must(dir, 'git', ['add', 'notes.md'], env);
    const again = await commit(dir);
    expect(again.code, again.output).toBe(0);
  });
});
