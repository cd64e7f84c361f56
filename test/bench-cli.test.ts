import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_FILE, run, type BenchIo } from '../src/bench/cli.js';
import { metrics } from '../src/bench/metric.js';
import { fixed } from '../src/bench/report.js';
import { clean } from '../src/index.js';
import { tempFolders } from './temp-folder.js';

// bench:quality in-process with a fake io on small benchmark files made here, and the real
// `npm run bench:quality` on the development file (60 s timeouts for a busy machine; no time is asserted).

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const folder = tempFolders('clean-article-bench-');

// Page 0: a reaction widget after a 5-word gold: raw 16 shingles of which 2 gold (P 0.125, R 1).
const GOLD0 = 'Alpha beta gamma delta epsilon.\n';
const WIDGET = 'like 0 dislike 0 love 0 funny 0 angry 0 sad 0 wow 0';
// Page 1: the gold itself holds a photo credit, which the caption rule removes.
const GOLD1 = [
  'Scientists find water vapour above Europa',
  '',
  'The space agency said on Monday that its telescope had seen plumes of water over the moon.',
  '',
  '(Image credit: All About Space)',
  '',
  'The finding makes the moon a better place to look for life, researchers said.',
  '',
].join('\n');
const PAGES = [
  { id: 'aaaa0000', url: 'https://example.com/a', gold: GOLD0, inputs: { 'resid:x': `${GOLD0}\n${WIDGET}\n` } },
  { id: 'bbbb1111', url: 'https://example.com/b', gold: GOLD1, inputs: { 'resid:x': GOLD1 } },
];
const GOLDS = PAGES.map((p) => p.gold);
const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

function runIn(cwd: string, argv: string[]) {
  let out = '';
  let err = '';
  const io: BenchIo = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd };
  const code = run(argv, io);
  return { code, out, err };
}

/** The table row of a kind, split into cells. */
function row(out: string, kind: string): string[] {
  const line = out.split('\n').find((l) => l.startsWith(`${kind} `));
  return line ? line.trim().split(/\s+/) : [];
}

describe('bench:quality on a benchmark file', () => {
  const dir = folder({ 'bench.jsonl': jsonl(PAGES) });

  it('prints P, R and F1 per kind, raw and cleaned, without peers for a file that is not the dev file', () => {
    const r = runIn(dir, ['bench.jsonl']);
    expect(r.code).toBe(0);
    // default kinds: those of score.py's the file has, so only "clean"
    expect(row(r.out, 'clean')[0]).toBe('clean');
    expect(row(r.out, 'resid:x')).toEqual([]);
    const x = runIn(dir, ['bench.jsonl', '--kind', 'resid:x,clean']);
    expect(x.code).toBe(0);
    // raw: page 0 P 0.125, page 1 P 1 -> 0.5625, printed to even as score.py does; R 1 and 1; F1 0.72
    const cleaned = metrics(GOLDS, PAGES.map((p) => clean(p.inputs['resid:x']).text));
    expect(row(x.out, 'resid:x')).toEqual(['resid:x', '0.562', '1.000', '0.720', ...[cleaned.P, cleaned.R, cleaned.F1].map((v) => fixed(v)), `+${fixed(cleaned.F1 - 0.72)}`]);
    expect(x.out.split('\n')[2].startsWith('resid:x')).toBe(true);
    expect(x.out).not.toContain('jusText');
    expect(x.out).toContain('2 pages of bench.jsonl\n');
    expect(x.err).toMatch(/^bench:quality: cleaned 4 texts in \d+\.\d s/);
  });

  it('--json prints the numbers', () => {
    const r = runIn(dir, ['bench.jsonl', '--kind', 'resid:x', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ file: 'bench.jsonl', pages: 2 });
    expect(json.peers).toBeUndefined();
    expect(json.inputs).toHaveLength(1);
    expect(json.inputs[0]).toMatchObject({ input: 'resid:x', docs: 2, raw: { P: 0.5625, R: 1, F1: (2 * 0.5625) / 1.5625 } });
    expect(json.inputs[0].cleaned).toEqual(metrics(GOLDS, PAGES.map((p) => clean(p.inputs['resid:x']).text)));
    expect(json.inputs[0].cleaned.R).toBeLessThan(1);
  });

  it('--worst lists the pages that lost recall and those that gained least precision', () => {
    const r = runIn(dir, ['bench.jsonl', '--kind', 'clean,resid:x', '--worst', '5']);
    expect(r.code).toBe(0);
    const [, drops, gains] = r.out.split(/\n(?=Recall lost|Precision gained)/);
    expect(drops.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/\s+/).slice(0, 5))).toEqual([
      ['00001', 'bbbb1111', 'clean', 'R', '1.000'],
      ['00001', 'bbbb1111', 'resid:x', 'R', '1.000'],
    ]);
    // only page 0 of resid:x had precision to gain (raw P below 1)
    expect(gains.split('\n').filter((l) => l.startsWith('  '))).toEqual([
      '  00000  aaaa0000  resid:x  P 0.125 → 1.000 (+0.875)  https://example.com/a',
    ]);
  });

  it('--lost prints the removed lines that hold gold text, per kind, with the rule', () => {
    const r = runIn(dir, ['bench.jsonl', '--kind', 'clean,resid:x', '--lost', 'bbbb']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('page 00001  bbbb1111  https://example.com/b');
    expect(lines.filter((l) => l.startsWith('  line '))).toEqual([
      '  line 5 caption (2/2 shingles in gold): (Image credit: All About Space)',
      '  line 5 caption (2/2 shingles in gold): (Image credit: All About Space)',
    ]);
    expect(lines.filter((l) => !l.startsWith(' ')).slice(1, 3).map((l) => l.replace(/\(R .*?\)/, '(R …)'))).toEqual([
      'clean (R …): 1 removed line holds gold text',
      'resid:x (R …): 1 removed line holds gold text',
    ]);
    const none = runIn(dir, ['bench.jsonl', '--kind', 'resid:x', '--lost', '0']);
    expect(none.out).toBe('page 00000  aaaa0000  https://example.com/a\nresid:x (R 1.000 → 1.000): no removed line holds gold text\n');
  });
});

describe('bench:quality errors (exit 2, one line naming the file)', () => {
  const dir = folder({
    'bench.jsonl': jsonl(PAGES),
    'bad.jsonl': `${JSON.stringify(PAGES[0])}\n{"gold": "x", "inputs": {\n`,
    'nogold.jsonl': jsonl([{ id: 'a', inputs: {} }]),
    'empty.jsonl': '',
    'latin1.jsonl': Buffer.from([0x7b, 0xe9, 0x7d, 0x0a]),
  });
  it.each([
    [['nope.jsonl'], 'bench:quality: nope.jsonl: no such file or directory\n'],
    [['bad.jsonl'], /^bench:quality: bad\.jsonl: line 2: not valid JSON \(.+\)\n$/],
    [['nogold.jsonl'], 'bench:quality: nogold.jsonl: line 1: a page needs "gold" (a string) and "inputs" (an object of strings)\n'],
    [['empty.jsonl'], 'bench:quality: empty.jsonl: no pages (one JSON object a line is expected)\n'],
    [['latin1.jsonl'], 'bench:quality: latin1.jsonl: not valid UTF-8 (byte 0xE9 at offset 1); skipped\n'],
    [['bench.jsonl', '--kind', 'dump'], 'bench:quality: bench.jsonl: no input kind "dump" in every page; the kinds are clean, resid:x\n'],
    [['bench.jsonl', '--worst', '0'], 'bench:quality: --worst takes a whole number from 1, not "0"\n'],
    [['bench.jsonl', '--worst', 'ten'], 'bench:quality: --worst takes a whole number from 1, not "ten"\n'],
    [['bench.jsonl', '--lost', '7'], /^bench:quality: bench\.jsonl: no single page "7" \(give its 5-digit number, 00000-00001, or the start of its id\)\n$/],
    [['bench.jsonl', '--lost', '0', '--json'], 'bench:quality: --lost cannot be combined with --worst or --json\n'],
    [['a.jsonl', 'b.jsonl'], 'bench:quality: one benchmark file at a time, not 2\n'],
    [['--frobnicate'], /^bench:quality: Unknown option '--frobnicate'.* \(see --help\)\n$/],
  ])('%j', (argv, message) => {
    const r = runIn(dir, argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    if (typeof message === 'string') expect(r.err).toBe(message);
    else expect(r.err).toMatch(message);
  });

  it('--help prints the usage and exits 0', () => {
    const r = runIn(dir, ['--help']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^Usage: npm run bench:quality -- \[options\] \[PATH\.jsonl\]/);
  });
});

describe.skipIf(!existsSync(DEV_FILE))('npm run bench:quality on the development file', () => {
  it('defaults to ../shared/bench/aceb-dev.jsonl and shows the peers', () => {
    const r = spawnSync('npm', ['run', '--silent', 'bench:quality', '--', '--kind', 'clean,resid:goose3'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`92 pages of ${path.basename(DEV_FILE)}; peers' numbers as published`);
    expect(r.stdout.split('\n')[1]).toMatch(/ΔF1 +jusText 3\.0\.2 +boilerpipe 1\.2\.0$/);
    expect(row(r.stdout, 'clean').slice(-2)).toEqual(['0.853', '0.976']);
    expect(row(r.stdout, 'resid:goose3').slice(-2)).toEqual(['0.856', '0.887']);
    expect(r.stderr).toMatch(/^bench:quality: cleaned 184 texts in /);
  }, 60_000);

  it('exits 2 for a missing file', () => {
    const r = spawnSync('node', ['dist/bench/quality.js', 'missing.jsonl'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('bench:quality: missing.jsonl: no such file or directory\n');
  }, 60_000);
});
