import { mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPaths } from '../src/cli/files.js';
import type { PathError, Target } from '../src/cli/files.js';
import { countTargets, streamTargets } from '../src/cli/walk.js';
import { tempFolders } from './temp-folder.js';

// The streamed file list: sorted by full path, de-duplicated, hidden entries and node_modules skipped.

const folder = tempFolders('clean-article-walk-');

async function list(cwd: string, args: string[], extensions = ['txt'], followLinks = false): Promise<{ names: string[]; targets: Target[]; errors: PathError[] }> {
  const errors: PathError[] = [];
  const targets: Target[] = [];
  for await (const t of streamTargets(await classifyPaths(args, cwd), cwd, extensions, (e) => errors.push(e), undefined, followLinks)) targets.push(t);
  return { names: targets.map((t) => t.name), targets, errors };
}

const files = {
  'news/a.txt': 'a',
  'news/a-b/x.txt': 'x',
  'news/a/y.txt': 'y',
  'news/a/z/deep.txt': 'z',
  'news/B.txt': 'B',
  'news/b.md': 'md',
  'news/.hidden.txt': 'h',
  'news/.drafts/d.txt': 'd',
  'news/node_modules/m.txt': 'm',
  'news/é.txt': 'e',
};

describe('streamTargets', () => {
  it('gives a folder\'s files in the order of sorting their full paths, whatever the directory order', async () => {
    const dir = folder(files);
    const { names, errors } = await list(dir, ['news']);
    expect(errors).toEqual([]);
    const expected = ['news/B.txt', 'news/a-b/x.txt', 'news/a.txt', 'news/a/y.txt', 'news/a/z/deep.txt', 'news/é.txt'];
    // The old collect-then-sort order, on the same names.
    expect([...expected].sort()).toEqual(expected);
    expect(names).toEqual(expected);
  });

  it('takes more extensions, and absolute paths for each file', async () => {
    const dir = folder(files);
    const { targets } = await list(dir, ['news'], ['txt', 'md']);
    expect(targets.map((t) => t.name)).toContain('news/b.md');
    for (const t of targets) expect(t.file).toBe(path.join(dir, t.name));
  });

  it('matches glob patterns from their static base, as fast-glob names them', async () => {
    const dir = folder(files);
    expect((await list(dir, ['news/**/*.txt'])).names).toEqual(['news/B.txt', 'news/a-b/x.txt', 'news/a.txt', 'news/a/y.txt', 'news/a/z/deep.txt', 'news/é.txt']);
    expect((await list(dir, ['news/*.txt'])).names).toEqual(['news/B.txt', 'news/a.txt', 'news/é.txt']);
    expect((await list(dir, ['./news/*/*.txt'])).names).toEqual(['./news/a-b/x.txt', './news/a/y.txt']);
    expect((await list(dir, ['news/{a,B}.txt'])).names).toEqual(['news/B.txt', 'news/a.txt']);
    expect((await list(path.join(dir, 'news'), ['**/*.md'])).names).toEqual(['b.md']);
    expect((await list(dir, [`${dir}/news/a/**/*.txt`])).names).toEqual([`${dir}/news/a/y.txt`, `${dir}/news/a/z/deep.txt`]);
  });

  it('merges several arguments in sorted order and drops a file named twice', async () => {
    const dir = folder(files);
    const { names } = await list(dir, ['news/a.txt', 'news/a', 'news/*.txt']);
    expect(names).toEqual(['news/B.txt', 'news/a.txt', 'news/a/y.txt', 'news/a/z/deep.txt', 'news/é.txt']);
  });

  it('reports a folder or pattern that matches nothing, and keeps going', async () => {
    const dir = folder({ 'empty/readme.md': 'x', 'a.txt': 'a' });
    const { names, errors } = await list(dir, ['empty', 'nothing/*.txt', 'a.txt', 'missing.txt']);
    expect(names).toEqual(['a.txt']);
    expect(errors).toEqual([
      { name: 'empty', message: 'no *.txt files in this folder', unmatched: true },
      { name: 'nothing/*.txt', message: 'no files match this pattern', unmatched: true },
      { name: 'missing.txt', message: 'no such file or directory' },
    ]);
  });

  it('reports a symbolic link back into the folders being walked, and does not follow it', async () => {
    const dir = folder({ 'news/a.txt': 'a', 'news/sub/b.txt': 'b' });
    symlinkSync(path.join(dir, 'news'), path.join(dir, 'news', 'sub', 'loop'));
    mkdirSync(path.join(dir, 'other'));
    symlinkSync(path.join(dir, 'news', 'sub'), path.join(dir, 'other', 'linked'));
    const news = await list(dir, ['news']);
    expect(news.names).toEqual(['news/a.txt', 'news/sub/b.txt']);
    expect(news.errors).toEqual([{ name: 'news/sub/loop', message: 'symbolic link loop; not followed' }]);
    // From `other`, news/sub lies outside the paths given: reported, not followed, unless asked.
    const other = await list(dir, ['other']);
    expect(other.names).toEqual([]);
    expect(other.errors).toEqual([{ name: 'other/linked', message: `symbolic link to ${realpathSync(path.join(dir, 'news', 'sub'))}, outside the paths given; not followed (--follow-links follows it)` }]);
    const followed = await list(dir, ['other'], ['txt'], true);
    expect(followed.names).toEqual(['other/linked/b.txt']);
    expect(followed.errors).toEqual([{ name: 'other/linked/loop', message: 'symbolic link loop; not followed' }]);
  });

  it('reports links to each other as a loop when their name is wanted', async () => {
    const dir = folder({ 'news/a.txt': 'a' });
    symlinkSync('y.txt', path.join(dir, 'news/x.txt'));
    symlinkSync('x.txt', path.join(dir, 'news/y.txt'));
    symlinkSync('q.md', path.join(dir, 'news/p.md'));
    symlinkSync('p.md', path.join(dir, 'news/q.md'));
    const { names, errors } = await list(dir, ['news']);
    expect(names).toEqual(['news/a.txt']);
    expect(errors).toEqual([
      { name: 'news/x.txt', message: 'symbolic link loop; not followed' },
      { name: 'news/y.txt', message: 'symbolic link loop; not followed' },
    ]);
  });

  it('gives a file once when a link inside the walk points to it or to its folder', async () => {
    const dir = folder({ 'news/a.txt': 'a', 'news/sub/b.txt': 'b', 'outside/c.txt': 'c' });
    symlinkSync('a.txt', path.join(dir, 'news/alias.txt'));
    symlinkSync('sub', path.join(dir, 'news/also-sub'));
    symlinkSync(path.join(dir, 'outside/c.txt'), path.join(dir, 'news/c.txt'));
    const { names, errors } = await list(dir, ['news']);
    expect(errors).toEqual([{ name: 'news/c.txt', message: `symbolic link to ${realpathSync(path.join(dir, 'outside/c.txt'))}, outside the paths given; not followed (--follow-links follows it)` }]);
    expect(names).toEqual(['news/a.txt', 'news/sub/b.txt']);
    expect((await list(dir, ['news'], ['txt'], true)).names).toEqual(['news/a.txt', 'news/c.txt', 'news/sub/b.txt']);
    const both = await list(dir, ['news', 'outside']);
    expect(both.errors).toEqual([]);
    expect(both.names).toEqual(['news/a.txt', 'news/c.txt', 'news/sub/b.txt']);
  });

  it('takes the extensions per folder argument, and leaves out ignored files', async () => {
    const dir = folder({ 'a/x.txt': 'x', 'a/skip.txt': 's', 'a/y.md': 'y', 'b/x.txt': 'x', 'b/y.md': 'y' });
    const errors: PathError[] = [];
    const names: string[] = [];
    const extensions = (base: string): readonly string[] => (base.endsWith(`${path.sep}b`) ? ['md'] : ['txt']);
    const ignored = (file: string): boolean => file.endsWith('skip.txt');
    for await (const t of streamTargets(await classifyPaths(['a', 'b'], dir), dir, extensions, (e) => errors.push(e), ignored)) names.push(t.name);
    expect(names).toEqual(['a/x.txt', 'b/y.md']);
    expect(errors).toEqual([]);
  });

  it('yields files one at a time: the first comes before the walk has read every folder', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 30; i++) many[`f${String(i).padStart(2, '0')}/x.txt`] = 'x';
    const dir = folder(many);
    const stream = streamTargets(await classifyPaths(['.'], dir), dir, ['txt'], () => undefined);
    const first = await stream.next();
    expect(first.value?.name).toBe('f00/x.txt');
    await stream.return(undefined);
  });
});

describe('countTargets', () => {
  it('counts what streamTargets gives', async () => {
    const dir = folder(files);
    const paths = await classifyPaths(['news', 'news/*.txt'], dir);
    expect(await countTargets(paths, dir, ['txt'])).toBe(6 + 3);
  });
});
