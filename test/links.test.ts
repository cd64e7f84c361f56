import { lstatSync, mkdirSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFileSync } from '../src/cli/files.js';
import { NotWrittenError, writeFileAtomicSync } from '../src/cli/safeWrite.js';
import { runBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// Symbolic links while walking and writing: followed only into the paths given (--follow-links
// allows more), reported otherwise; a link is written through only to a file with its extension.

const folder = tempFolders('clean-article-links-');
const TIMEOUT = 60_000;
/** An article with a caption credit line that the caption rule removes. */
const DIRTY = 'Council votes on the harbour plan\n\nThe council voted on Tuesday on the harbour plan, which has divided residents for months.\n\nPhoto: Reuters\n\nOpponents said the plan would raise rents near the water, while supporters pointed to new jobs.\n';
const SERVICE = '# service configuration\nPhoto: Reuters\nListen 80\n';

function corpus(): string {
  const dir = folder({ 'repo/articles/a.txt': DIRTY, 'repo/articles/sub/b.txt': DIRTY, 'repo/etc/service.conf': SERVICE, 'outside/x.txt': DIRTY, 'outside/deep/y.txt': DIRTY, 'repo/articles/notes.md': DIRTY });
  const a = path.join(dir, 'repo/articles');
  symlinkSync('../etc/service.conf', path.join(a, 'evil.txt'));
  symlinkSync('../../outside/x.txt', path.join(a, 'out.txt'));
  symlinkSync('../../outside', path.join(a, 'outdir'));
  symlinkSync('sub/b.txt', path.join(a, 'alias.txt'));
  symlinkSync('notes.md', path.join(a, 'notes.txt'));
  return dir;
}

describe('symbolic links', { timeout: TIMEOUT }, () => {
  it('--write rewrites nothing outside the folder given, reports each link it does not follow, exit 2', async () => {
    const dir = corpus();
    const r = await runBin(path.join(dir, 'repo'), ['--write', 'articles']);
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, 'repo/etc/service.conf'), 'utf8')).toBe(SERVICE);
    expect(readFileSync(path.join(dir, 'outside/x.txt'), 'utf8')).toBe(DIRTY);
    expect(readFileSync(path.join(dir, 'outside/deep/y.txt'), 'utf8')).toBe(DIRTY);
    expect(readFileSync(path.join(dir, 'repo/articles/notes.md'), 'utf8')).toBe(DIRTY);
    expect(readFileSync(path.join(dir, 'repo/articles/a.txt'), 'utf8')).not.toBe(DIRTY);
    expect(readFileSync(path.join(dir, 'repo/articles/sub/b.txt'), 'utf8')).not.toBe(DIRTY);
    expect(lstatSync(path.join(dir, 'repo/articles/evil.txt')).isSymbolicLink()).toBe(true);
    const real = realpathSync(dir);
    expect(r.err.split('\n').filter((l) => l.includes('symbolic link')).sort()).toEqual([
      `clean-article: articles/evil.txt: symbolic link to ${real}/repo/etc/service.conf, outside the paths given; not followed (--follow-links follows it)`,
      'clean-article: articles/notes.txt: symbolic link to a file with another extension (notes.md); not followed',
      `clean-article: articles/out.txt: symbolic link to ${real}/outside/x.txt, outside the paths given; not followed (--follow-links follows it)`,
      `clean-article: articles/outdir: symbolic link to ${real}/outside, outside the paths given; not followed (--follow-links follows it)`,
    ]);
    expect(r.err).toContain('clean-article: 2 changed, 0 unchanged, 4 failed');
  });

  it('--follow-links follows links out of the folder, but never to a file with another extension', async () => {
    const dir = corpus();
    const r = await runBin(path.join(dir, 'repo'), ['--write', '--follow-links', 'articles']);
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, 'outside/x.txt'), 'utf8')).not.toBe(DIRTY);
    expect(readFileSync(path.join(dir, 'outside/deep/y.txt'), 'utf8')).not.toBe(DIRTY);
    expect(readFileSync(path.join(dir, 'repo/etc/service.conf'), 'utf8')).toBe(SERVICE);
    expect(readFileSync(path.join(dir, 'repo/articles/notes.md'), 'utf8')).toBe(DIRTY);
    expect(r.err).toContain('clean-article: articles/evil.txt: symbolic link to a file with another extension (service.conf); not followed');
  });

  it('a link named as a file (a hook passing staged files) is checked the same way', async () => {
    const dir = corpus();
    const r = await runBin(path.join(dir, 'repo'), ['--write', '--', 'articles/evil.txt', 'articles/out.txt', 'articles/a.txt']);
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, 'repo/etc/service.conf'), 'utf8')).toBe(SERVICE);
    expect(readFileSync(path.join(dir, 'outside/x.txt'), 'utf8')).toBe(DIRTY);
    expect(readFileSync(path.join(dir, 'repo/articles/a.txt'), 'utf8')).not.toBe(DIRTY);
    expect(r.err).toContain('articles/evil.txt: symbolic link to');
    expect(r.err).toContain('articles/out.txt: symbolic link to');
    // A link inside the folder given, to a file of its extension, is written through.
    const s = await runBin(path.join(dir, 'repo'), ['--write', 'articles/alias.txt']);
    expect(s.code).toBe(0);
    expect(lstatSync(path.join(dir, 'repo/articles/alias.txt')).isSymbolicLink()).toBe(true);
  });

  it('the write itself checks the link again: its target must lie in the roots and have its extension', () => {
    const dir = folder({ 'in/a.txt': 'old\n', 'out/b.txt': 'old\n', 'in/c.md': 'old\n' });
    mkdirSync(path.join(dir, 'links'));
    symlinkSync('../out/b.txt', path.join(dir, 'links/b.txt'));
    symlinkSync('../in/c.md', path.join(dir, 'links/c.txt'));
    const roots = [realpathSync(path.join(dir, 'links')), realpathSync(path.join(dir, 'in'))];
    const b = path.join(dir, 'links/b.txt');
    expect(() => writeFileAtomicSync(b, 'new\n', readInputFileSync(b).stamp, { linkRoots: roots })).toThrow(NotWrittenError);
    const c = path.join(dir, 'links/c.txt');
    expect(() => writeFileAtomicSync(c, 'new\n', readInputFileSync(c).stamp, { linkRoots: roots })).toThrow(/another extension \(c\.md\); not written/);
    expect(readFileSync(path.join(dir, 'out/b.txt'), 'utf8')).toBe('old\n');
    expect(readFileSync(path.join(dir, 'in/c.md'), 'utf8')).toBe('old\n');
    writeFileAtomicSync(b, 'new\n', readInputFileSync(b).stamp, { linkRoots: null });
    expect(readFileSync(path.join(dir, 'out/b.txt'), 'utf8')).toBe('new\n');
  });
});
