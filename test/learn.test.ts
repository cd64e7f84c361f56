import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { Profile } from '../src/profile/profile.js';
import { runIn } from './fake-io.js';
import { startBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// clean-article learn and --profile: profiles from folders and JSON Lines, merged from shards,
// the same whatever the workers or the order; --profile removes what recurs, and only when asked.

const folder = tempFolders('clean-article-learn-');
const TIMEOUT = 120_000;

// A site's own footer that no built-in rule knows: only the corpus tells it is boilerplate.
const footer = 'The Harbour Desk\nPrinted at Quayside Mill\nLetters go to the Harbour Desk office';
/** A distinct word for each article (digits would all normalise to 0). */
const word = (i: number): string => ['North', 'South', 'East', 'West', 'Upper', 'Lower'][i % 6] + ['field', 'haven', 'bridge', 'moor', 'gate'][Math.floor(i / 6) % 5];
function article(i: number): string {
  return [
    `${word(i)} council votes on the harbour plan`,
    `The council voted on Tuesday on the ${word(i)} part of the harbour plan, which has divided residents for months.`,
    `Opponents said the ${word(i)} plan would raise rents near the water, while supporters pointed to new jobs.`,
    footer,
  ].join('\n\n');
}
/** 30 articles of one site, in folders a/ and b/. */
function site(): Record<string, string> {
  return Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`${i < 15 ? 'a' : 'b'}/${String(i).padStart(2, '0')}.txt`, `${article(i)}\n`]));
}

/** The CLI in-process; stdin given means piped, none a terminal. */
function inProcess(cwd: string, argv: string[], stdin?: string): ReturnType<typeof runIn> {
  return runIn(cwd, argv, stdin === undefined ? {} : { stdin });
}

const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');

describe('clean-article learn', { timeout: TIMEOUT }, () => {
  it('writes a profile of the documents with -o, and a summary on stderr', async () => {
    const dir = folder(site());
    const r = await inProcess(dir, ['learn', '--jobs', '1', 'a', 'b', '-o', 'p.json']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^clean-article learn: 30 documents, \d+ keys \(bound 2000000; exact\) -> p\.json\n$/);
    const profile = Profile.parse(read(dir, 'p.json'));
    expect(profile.documents).toBe(30);
    expect(read(dir, 'p.json')).not.toContain('Harbour');
  });

  it('writes the profile to stdout without -o', async () => {
    const dir = folder(site());
    const r = await inProcess(dir, ['learn', '--jobs', '1', 'a']);
    expect(r.code).toBe(0);
    expect(Profile.parse(r.out).documents).toBe(15);
  });

  it('gives the same file with 1 or 3 workers', async () => {
    const dir = folder(site());
    const [one, three] = await Promise.all([startBin(dir, ['learn', '--jobs', '1', '.', '-o', 'one.json']), startBin(dir, ['learn', '--jobs', '3', '.', '-o', 'three.json'])]);
    expect(one.code).toBe(0);
    expect(three.code).toBe(0);
    expect(read(dir, 'three.json')).toBe(read(dir, 'one.json'));
  });

  it('gives the same file whatever the documents are named (so whatever their order)', async () => {
    const files = site();
    const renamed = Object.fromEntries(Object.entries(files).map(([name, text], i) => [`z/${String(99 - i)}-${path.basename(name)}`, text]));
    const dir = folder({ ...files, ...renamed });
    await inProcess(dir, ['learn', '--jobs', '1', 'a', 'b', '-o', 'ab.json']);
    await inProcess(dir, ['learn', '--jobs', '1', 'z', '-o', 'z.json']);
    expect(read(dir, 'z.json')).toBe(read(dir, 'ab.json'));
  });

  it('learn --merge of two halves gives exactly the profile of the whole', async () => {
    const dir = folder(site());
    await inProcess(dir, ['learn', '--jobs', '1', 'a', '-o', 'a.json']);
    await inProcess(dir, ['learn', '--jobs', '1', 'b', '-o', 'b.json']);
    await inProcess(dir, ['learn', '--jobs', '1', 'a', 'b', '-o', 'whole.json']);
    const r = await inProcess(dir, ['learn', '--merge', 'a.json', 'b.json', '-o', 'merged.json']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('30 documents');
    expect(read(dir, 'merged.json')).toBe(read(dir, 'whole.json'));
    expect(read(dir, 'a.json')).not.toBe(read(dir, 'whole.json'));
  });

  it('learn --jsonl counts records as documents, the same as files with the same texts', async () => {
    const files = site();
    const lines = Object.values(files).map((text, i) => JSON.stringify({ id: i, body: text }));
    const dir = folder({ ...files, 'corpus.jsonl': `${lines.join('\n')}\n{broken\n` });
    await inProcess(dir, ['learn', '--jobs', '1', 'a', 'b', '-o', 'files.json']);
    const r = await inProcess(dir, ['learn', '--jsonl', 'corpus.jsonl', '--field', 'body', '-o', 'records.json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('clean-article learn: corpus.jsonl:31: not JSON');
    expect(read(dir, 'records.json')).toBe(read(dir, 'files.json'));
  });

  it('--max-entries bounds the profile and says that counts became lower bounds', async () => {
    const dir = folder(site());
    const r = await inProcess(dir, ['learn', '--jobs', '1', '--max-entries', '20', 'a', 'b', '-o', 'small.json']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/\d+ keys \(bound 20; counts low by at most [1-9]\d*\)/);
    expect(Profile.parse(read(dir, 'small.json')).entries).toBeLessThanOrEqual(20);
  });

  it('refuses bad usage with exit 2', async () => {
    const dir = folder(site());
    for (const [argv, message] of [
      [['learn'], 'give the documents to learn from'],
      [['learn', '--merge'], '--merge needs the profiles'],
      [['learn', '--merge', 'a/00.txt'], 'a/00.txt: not a clean-article profile'],
      [['learn', '--jobs', '0', 'a'], '--jobs takes'],
      [['learn', '--max-entries', 'many', 'a'], '--max-entries takes'],
      [['learn', '--field', 'x', 'a'], '--field goes with --jsonl'],
      [['learn', '--jsonl', 'x.jsonl', 'a'], '--jsonl reads one file'],
    ] as const) {
      const r = await inProcess(dir, [...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toContain(message);
    }
    expect((await inProcess(dir, ['learn', '--help'])).code).toBe(0);
  });
});

describe('--profile', { timeout: TIMEOUT }, () => {
  it('removes the lines found in many documents; without --profile nothing changes', async () => {
    const dir = folder(site());
    const before = read(dir, 'a/00.txt');
    const plain = await inProcess(dir, ['--check', '--jobs', '1', 'a', 'b']);
    expect(plain.out).toBe('');
    await inProcess(dir, ['learn', '--jobs', '1', 'a', 'b', '-o', 'p.json']);
    const r = await inProcess(dir, ['--write', '--jobs', '1', '--explain', '--profile', 'p.json', 'a', 'b']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('clean-article: 30 changed, 0 unchanged, 0 failed; 90 lines removed (learned-boilerplate 90)\n');
    expect(r.out.split('\n')[0]).toBe('a/00.txt:7-9 learned-boilerplate: block of 3 lines in 30 of 30 documents of the profile (100%; threshold 5): "The Harbour Desk Printed at Quayside Mill Letters go to the…"');
    expect(read(dir, 'a/00.txt')).toBe(before.slice(0, before.indexOf('The Harbour Desk')).replace(/\n+$/, '\n'));
  });

  it('takes its thresholds from --profile-min-docs and --profile-min-share', async () => {
    const dir = folder(site());
    await inProcess(dir, ['learn', '--jobs', '1', 'a', 'b', '-o', 'p.json']);
    expect((await inProcess(dir, ['--check', '--jobs', '1', '--profile', 'p.json', '--profile-min-docs', '31', 'a'])).code).toBe(0);
    expect((await inProcess(dir, ['--check', '--jobs', '1', '--profile', 'p.json', '--profile-min-share', '1', 'a'])).code).toBe(1);
    expect((await inProcess(dir, ['--check', '--jobs', '1', '--profile', 'p.json', '--profile-min-share', '0.9', '--profile-min-docs', '2', 'a'])).code).toBe(1);
  });

  it('works on a worker pool and on JSON Lines, with the same result', async () => {
    const files = site();
    const dir = folder({ ...files, 'corpus.jsonl': `${Object.values(files).map((text) => JSON.stringify({ text })).join('\n')}\n` });
    await inProcess(dir, ['learn', '--jobs', '1', 'a', 'b', '-o', 'p.json']);
    const r = await startBin(dir, ['--jsonl', 'corpus.jsonl', '--jobs', '2', '--profile', 'p.json']);
    expect(r.code).toBe(0);
    const texts = r.out.trimEnd().split('\n').map((l) => JSON.parse(l).text as string);
    expect(texts).toHaveLength(30);
    for (const t of texts) {
      expect(t).not.toContain('Printed at Quayside Mill');
      expect(t).toContain('council voted on Tuesday');
    }
    const w = await startBin(dir, ['--write', '--jobs', '2', '--profile', 'p.json', 'a', 'b']);
    expect(w.code).toBe(0);
    Object.keys(files).forEach((name, i) => expect(read(dir, name)).toBe(texts[i]));
  });

  it('refuses a bad profile or threshold with exit 2, naming it', async () => {
    const dir = folder({ ...site(), 'not.json': '{"format":"x"}' });
    for (const [argv, message] of [
      [['--profile', 'missing.json', 'a/00.txt'], 'clean-article: missing.json: no such file or directory'],
      [['--profile', 'not.json', 'a/00.txt'], 'clean-article: not.json: not a clean-article profile'],
      [['--profile-min-docs', '3', 'a/00.txt'], 'go with --profile'],
      [['--profile', 'not.json', '--profile-min-docs', '0', 'a/00.txt'], '--profile-min-docs takes'],
      [['--profile', 'not.json', '--profile-min-share', '2', 'a/00.txt'], '--profile-min-share takes'],
      [['--enable', 'learned-boilerplate', 'a/00.txt'], 'needs --profile'],
    ] as const) {
      const r = await inProcess(dir, [...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toContain(message);
    }
  });

  it('leaves the default cleaning alone: the rule is off and --list-rules says so', async () => {
    const r = await inProcess(folder(), ['--list-rules']);
    expect(r.out).toMatch(/^learned-boilerplate\s+off\s+/m);
    const text = `${article(1)}\n`;
    expect(clean(text).text).toBe(text);
  });
});
