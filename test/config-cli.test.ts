import { rules } from '../src/rules/index.js';
import { mkdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { processFile } from '../src/cli/processFile.js';
import type { FileJob } from '../src/cli/processFile.js';
import { clean } from '../src/index.js';
import { runIn } from './fake-io.js';
import { CLEAN, DIRTY, ROOT, readmeSnippet } from './hook-repo.js';
import { tempFolders } from './temp-folder.js';

// Configuration files through the CLI: found per file, validated before anything runs, flags on top.

const folder = tempFolders('clean-article-config-');
const json = (v: unknown): string => JSON.stringify(v);
/** A folder that is a repository root, so the walk up stops there. */
const repo = (files: Record<string, string> = {}): string => {
  const dir = folder(files);
  mkdirSync(path.join(dir, '.git'));
  return dir;
};
const text = (dir: string, name: string): string => readFileSync(path.join(dir, name), 'utf8');
const OLD = new Date('2001-02-03T04:05:06Z');

async function printConfig(dir: string, file: string, flags: string[] = []): Promise<{ config: string | null; ignored: boolean; extensions: string[]; rules: Record<string, [string, Record<string, unknown>]> }> {
  const r = await runIn(dir, [...flags, '--print-config', file]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

describe('finding the configuration', () => {
  it('the nearest file wins, whole: nothing from files further up is merged in', async () => {
    const dir = repo({
      '.clean-articlerc.json': json({ rules: { 'reaction-widget': 'off' } }),
      'news/clean-article.config.json': json({ rules: { 'duplicate-paragraph': ['on', { minWords: 12 }] } }),
      'news/a.txt': DIRTY,
      'b.txt': DIRTY,
    });
    const inNews = await printConfig(dir, 'news/a.txt');
    expect(inNews.config).toBe(path.join('news', 'clean-article.config.json'));
    expect(inNews.rules['reaction-widget'][0]).toBe('on');
    expect(inNews.rules['duplicate-paragraph']).toEqual(['on', { minWords: 12, minCoverage: 0.9, shingle: 3 }]);
    const atTop = await printConfig(dir, 'b.txt');
    expect(atTop.config).toBe('.clean-articlerc.json');
    expect(atTop.rules['reaction-widget'][0]).toBe('off');
    expect(atTop.rules['duplicate-paragraph'][1].minWords).toBe(8);
  });

  it('finds the "clean-article" key of a package.json, and walks past one without it', async () => {
    const dir = repo({
      'package.json': json({ name: 'newsroom', 'clean-article': { rules: { caption: 'off' } } }),
      'sub/package.json': json({ name: 'sub' }),
      'sub/a.txt': DIRTY,
    });
    const c = await printConfig(dir, 'sub/a.txt');
    expect(c.config).toBe('package.json');
    expect(c.rules.caption[0]).toBe('off');
  });

  it('stops at the repository root: a file above it does not apply', async () => {
    const outer = folder({ '.clean-articlerc.json': json({ rules: { caption: 'off' } }) });
    mkdirSync(path.join(outer, 'repo', '.git'), { recursive: true });
    const c = await printConfig(outer, 'repo/a.txt');
    expect(c.config).toBeNull();
    expect(c.rules.caption[0]).toBe('on');
    // Outside a repository the walk goes on up.
    expect((await printConfig(outer, 'plain/a.txt')).config).toBe('.clean-articlerc.json');
  });

  it('two configuration files in one folder are an error naming both', async () => {
    const dir = repo({ 'clean-article.config.json': '{}', '.clean-articlerc.json': '{}', 'a.txt': DIRTY });
    const r = await runIn(dir, ['--check', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('clean-article: .clean-articlerc.json: a second configuration file in this folder (besides clean-article.config.json); keep one\n');
  });

  it('--config PATH is the configuration for every file; --no-config reads none', async () => {
    const dir = repo({
      '.clean-articlerc.json': json({ rules: { caption: 'off' } }),
      'shared/house.json': json({ rules: { 'publisher-line': 'off' }, extensions: ['md'] }),
      '.clean-articleignore': 'a.txt\n',
    });
    const given = await printConfig(dir, 'a.txt', ['--config', 'shared/house.json']);
    expect(given.config).toBe(path.join('shared', 'house.json'));
    expect(given.rules.caption[0]).toBe('on');
    expect(given.rules['publisher-line'][0]).toBe('off');
    expect(given.extensions).toEqual(['md']);
    expect(given.ignored).toBe(true);
    const none = await printConfig(dir, 'a.txt', ['--no-config']);
    expect(none.config).toBeNull();
    expect(none.rules.caption[0]).toBe('on');
    expect(none.ignored).toBe(false);
  });

  it('reads no configuration beyond the one that applies: a broken file above it or beside --config is never read', async () => {
    const dir = repo({ '.clean-articlerc.json': '{ broken', 'news/.clean-articlerc.json': json({ rules: { caption: 'off' } }), 'news/a.txt': DIRTY, 'house.json': '{}' });
    const inNews = await runIn(dir, ['--check', 'news']);
    expect(inNews.err).toMatch(/^clean-article: 1 would change, 0 unchanged, 0 failed; 22 lines would be removed \(.*\)\nclean-article: to clean it, run: clean-article --write news\n$/);
    expect((await runIn(dir, ['--config', 'house.json', '--check', '.'])).code).toBe(1);
    const top = await runIn(dir, ['--check', '.']);
    expect(top.code).toBe(2);
    expect(top.err).toMatch(/^clean-article: \.clean-articlerc\.json: not valid JSON: /);
  });

  it('--config with a missing file, or a package.json without the key, exits 2', async () => {
    const dir = repo({ 'a.txt': DIRTY, 'package.json': json({ name: 'x' }) });
    const missing = await runIn(dir, ['--config', 'nope.json', '--check', 'a.txt']);
    expect(missing).toEqual({ code: 2, out: '', err: 'clean-article: nope.json: no such file\n' });
    const pkg = await runIn(dir, ['--config', 'package.json', '--check', 'a.txt']);
    expect(pkg.err).toBe('clean-article: package.json: has no "clean-article" key\n');
  });

  it('stdin gets the configuration found from the current folder', async () => {
    // footer-block would take the widget and footer lines below the publisher line on its own.
    const dir = repo({ '.clean-articlerc.json': json({ rules: { 'reaction-widget': 'off', 'foreign-language': 'off', 'footer-block': 'off' } }) });
    const r = await runIn(dir, ['-'], { stdin: DIRTY });
    expect(r.code).toBe(0);
    expect(r.out).toBe(clean(DIRTY, { disable: ['reaction-widget', 'foreign-language', 'footer-block'] }).text);
    expect(r.out).not.toBe(CLEAN);
  });
});

describe('what a configuration sets', () => {
  it('rules off and rule options change what is removed, exactly as the same library options do', async () => {
    const config = { rules: { 'reaction-widget': 'off', 'footer-block': 'off', 'duplicate-paragraph': ['on', { minWords: 1000 }] } };
    const dir = repo({ '.clean-articlerc.json': json(config), 'a.txt': DIRTY });
    const r = await runIn(dir, ['--write', 'a.txt']);
    expect(r.code).toBe(0);
    const expected = clean(DIRTY, { disable: ['reaction-widget', 'footer-block'], ruleOptions: { 'duplicate-paragraph': { minWords: 1000 } } }).text;
    expect(text(dir, 'a.txt')).toBe(expected);
    expect(expected).not.toBe(clean(DIRTY).text);
    expect(expected).toContain('like\n0\ndislike\n0');
  });

  it('flags override the configuration for the rules they name', async () => {
    const dir = repo({ '.clean-articlerc.json': json({ rules: { 'reaction-widget': 'off', caption: ['on', { maxCreditWords: 3 }] } }) });
    const c = await printConfig(dir, 'a.txt', ['--enable', 'reaction-widget', '--disable', 'caption']);
    expect(c.rules['reaction-widget'][0]).toBe('on');
    expect(c.rules.caption).toEqual(['off', expect.objectContaining({ maxCreditWords: 3 })]);
  });

  it('extra phrases by language reach the rule: a Dutch caption label', async () => {
    const article = `Kabinet valt over stikstof\n\nHet kabinet is gevallen nadat de coalitiepartijen het niet eens werden over de stikstofregels.\n\nBeeld: Jan de Vries\n\nDe premier bood woensdag het ontslag van het kabinet aan bij de koning in Den Haag.\n`;
    const config = { rules: { caption: ['on', { extraLabels: { nl: ['beeld'] } }] } };
    const dir = repo({ '.clean-articlerc.json': json(config), 'a.txt': article });
    expect((await runIn(dir, ['--no-config', 'a.txt'])).out).toBe(article);
    const r = await runIn(dir, ['--explain', 'a.txt']);
    expect(r.out).toBe(article.replace('Beeld: Jan de Vries\n\n', ''));
    expect(r.err).toBe('a.txt:5-5 caption: caption or credit label: "Beeld: Jan de Vries"\n');
  });

  it('extensions set what a folder expands to; --ext overrides them', async () => {
    const dir = repo({ '.clean-articlerc.json': json({ extensions: ['txt', 'md'] }), 'd/a.txt': DIRTY, 'd/b.md': DIRTY, 'd/c.html': DIRTY });
    expect((await runIn(dir, ['--check', 'd'])).out).toBe(`${path.join('d', 'a.txt')}\n${path.join('d', 'b.md')}\n`);
    expect((await runIn(dir, ['--check', '--ext', 'html', 'd'])).out).toBe(`${path.join('d', 'c.html')}\n`);
  });

  it('ignore patterns and .clean-articleignore leave files out, named ones too, and they are not written', async () => {
    const dir = repo({
      'clean-article.config.json': json({ ignore: ['drafts/'] }),
      '.clean-articleignore': '# generated copies\n*.orig.txt\n!keep.orig.txt\n',
      'drafts/a.txt': DIRTY,
      'news/b.txt': DIRTY,
      'news/b.orig.txt': DIRTY,
      'news/keep.orig.txt': DIRTY,
    });
    for (const f of ['drafts/a.txt', 'news/b.orig.txt']) utimesSync(path.join(dir, f), OLD, OLD);
    const r = await runIn(dir, ['--write', '.', 'drafts/a.txt', 'news/b.orig.txt']);
    expect(r.err).toMatch(/^clean-article: 2 changed, 0 unchanged, 0 failed; 46 lines removed \(.*\)\n$/);
    expect(text(dir, 'news/b.txt')).toBe(clean(DIRTY).text);
    expect(text(dir, 'news/keep.orig.txt')).toBe(clean(DIRTY).text);
    for (const f of ['drafts/a.txt', 'news/b.orig.txt']) {
      expect(text(dir, f)).toBe(DIRTY);
      expect(statSync(path.join(dir, f)).mtime).toEqual(OLD);
    }
    expect((await printConfig(dir, 'news/b.orig.txt')).ignored).toBe(true);
    // One file printed to stdout is cleaned as asked; --diff skips it like --check.
    expect((await runIn(dir, ['drafts/a.txt'])).out).toBe(clean(DIRTY).text);
    expect(await runIn(dir, ['--diff', 'drafts/a.txt'])).toEqual({ code: 0, out: '', err: '' });
    expect((await runIn(dir, ['--no-config', '--check', 'drafts/a.txt'])).code).toBe(1);
  });

  it('a broken configuration stops the run before any file is read or written, reported once', async () => {
    const dir = repo({ 'ok/a.txt': DIRTY, 'bad/.clean-articlerc.json': '{"rules": {"caption": "of"}}', 'bad/b.txt': DIRTY, 'bad/c.txt': DIRTY });
    for (const f of ['ok/a.txt', 'bad/b.txt']) utimesSync(path.join(dir, f), OLD, OLD);
    const r = await runIn(dir, ['--write', 'ok', 'bad']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`clean-article: ${path.join('bad', '.clean-articlerc.json')}: rules.caption: expected "on", "off", or ["on" or "off", { options }], got "of"\n`);
    expect(r.out).toBe('');
    expect(statSync(path.join(dir, 'ok/a.txt')).mtime).toEqual(OLD);
    expect(text(dir, 'bad/b.txt')).toBe(DIRTY);
  });
});

describe('--print-config', () => {
  it('shows every rule with its full options, the files used, and whether the file is ignored', async () => {
    const dir = repo({ '.clean-articlerc.json': json({ rules: { 'foreign-language': ['on', { foreignLanguages: ['tr'] }] }, ignore: ['old/'] }) });
    const r = await runIn(dir, ['--print-config', 'old/a.txt']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out);
    expect(c.file).toBe('old/a.txt');
    expect(c.config).toBe('.clean-articlerc.json');
    expect(c.ignoreFile).toBeNull();
    expect(c.ignored).toBe(true);
    expect(c.extensions).toEqual(['txt']);
    expect(Object.keys(c.rules)).toEqual(rules.map((r) => r.id));
    expect(c.rules['foreign-language']).toEqual(['on', { minMargin: 0.1, minSingleLineWords: 6, minBlockWords: 3, sampleChars: 2000, foreignLanguages: ['tr'] }]);
  });

  it('refuses other paths, and reports a broken configuration', async () => {
    const dir = repo({ '.clean-articlerc.json': '{"rules": {"caption": ["on", {"maxCreditWords": "8"}]}}' });
    expect((await runIn(dir, ['--print-config', 'a.txt', 'b.txt'])).err).toBe('clean-article: --print-config takes one file and no other paths\n');
    const r = await runIn(dir, ['--print-config', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('clean-article: .clean-articlerc.json: rules.caption[1].maxCreditWords: expected a whole number from 1 to 100 (default 8), got "8"\n');
  });
});

describe('--format json', () => {
  it('--check reports one JSON object per file a line on stdout, instead of the list of paths', async () => {
    const dir = repo({ 'a.txt': DIRTY, 'b.txt': CLEAN });
    const r = await runIn(dir, ['--check', '--format', 'json', '.', 'missing.txt']);
    expect(r.code).toBe(2);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    const findings = clean(DIRTY).findings.map((f) => ({ rule: f.ruleId, line: f.start, endLine: f.end, reason: f.reason }));
    expect(lines).toEqual([
      { file: 'missing.txt', status: 'failed', error: 'no such file or directory' },
      { file: 'a.txt', status: 'changed', removedLines: clean(DIRTY).removedLines, findings },
      { file: 'b.txt', status: 'unchanged', removedLines: 0, findings: [] },
    ]);
    expect(r.err).toContain('clean-article: 1 would change, 1 unchanged, 1 failed');
  });

  it('--explain on one file: the cleaned text on stdout, the JSON on stderr', async () => {
    const dir = repo({ 'a.txt': DIRTY });
    const r = await runIn(dir, ['--explain', '--format', 'json', 'a.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(clean(DIRTY).text);
    expect(JSON.parse(r.err).findings).toHaveLength(clean(DIRTY).findings.length);
  });

  it('--write --explain puts the JSON on stdout', async () => {
    const dir = repo({ 'a.txt': DIRTY });
    const r = await runIn(dir, ['--write', '--explain', '--format', 'json', 'a.txt']);
    expect(JSON.parse(r.out)).toMatchObject({ file: 'a.txt', status: 'changed' });
  });

  it('needs --check or --explain, does not go with --diff, and knows only text and json', async () => {
    const dir = repo({ 'a.txt': DIRTY });
    expect((await runIn(dir, ['--format', 'json', 'a.txt'])).err).toBe('clean-article: --format json needs --check or --explain\n');
    expect((await runIn(dir, ['--check', '--diff', '--format', 'json', 'a.txt'])).err).toBe('clean-article: --format json cannot be combined with --diff\n');
    const yaml = await runIn(dir, ['--check', '--format', 'yaml', 'a.txt']);
    expect(yaml.code).toBe(2);
    expect(yaml.err).toContain("argument 'yaml' is invalid. Allowed choices are text, json.");
    expect((await runIn(dir, ['--check', '--format', 'text', 'a.txt'])).out).toBe('a.txt\n');
  });
});

describe('in a worker thread', () => {
  it('processFile resolves the configuration from the structured-cloned job by itself', async () => {
    const dir = repo({ '.clean-articlerc.json': json({ rules: { 'reaction-widget': 'off' } }), 'a.txt': DIRTY });
    const job: FileJob = { write: false, keepText: true, options: { enable: [], disable: [] }, config: { disabled: false, cwd: dir } };
    const target = { name: 'a.txt', file: path.join(dir, 'a.txt') };
    const expected = clean(DIRTY, { disable: ['reaction-widget'] }).text;
    expect((await processFile(target, structuredClone(job), async () => '')).output).toBe(expected);

    // The built module in a real worker (dist/ is built by the global setup).
    const url = pathToFileURL(path.join(ROOT, 'dist', 'cli', 'processFile.js')).href;
    const code = `const { parentPort, workerData } = require('node:worker_threads');
import(${JSON.stringify(url)}).then((m) => m.processFile(workerData.target, workerData.job, async () => '')).then((o) => parentPort.postMessage(o));`;
    const outcome = await new Promise<{ output?: string }>((resolve, reject) => {
      const worker = new Worker(code, { eval: true, workerData: { target, job } });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(outcome.output).toBe(expected);
  }, 30_000);
});

describe('the README example configuration', () => {
  it('does what the README says about it', async () => {
    const dir = repo({ '.clean-articlerc.json': readmeSnippet('config-example') });
    const c = await printConfig(dir, 'news/a.txt');
    expect(c.rules['reaction-widget'][0]).toBe('off');
    expect(c.rules['duplicate-paragraph'][1].minWords).toBe(10);
    expect(c.extensions).toEqual(['txt', 'md']);
    expect((await printConfig(dir, 'drafts/a.txt')).ignored).toBe(true);
  });
});
