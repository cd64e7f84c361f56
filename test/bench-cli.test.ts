import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_FILE, run, type BenchIo } from '../src/bench/cli.js';
import { cleanAsWritten } from '../src/bench/evaluate.js';
import { seedlikeMetrics, tqSuiteMetrics, trafMetrics } from '../src/bench/line-metrics.js';
import { metrics } from '../src/bench/metric.js';
import { fixed, signed } from '../src/bench/report.js';
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

/** The table row of a corpus and kind (cells after the corpus; a tq-dev language row: kind "doc en"), split into cells. */
function row(out: string, kind: string, set = 'bench'): string[] {
  const line = out.split('\n').find((l) => l.startsWith(`${set} `) && l.slice(set.length).trim().startsWith(`${kind} `));
  return line ? line.slice(set.length).trim().split(/\s+/) : [];
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
    expect(x.out.split('\n')[1]).toMatch(/^corpus +input +P +R +F1 +P +R +F1 +ΔF1$/);
    // the kinds in the order asked for
    expect(x.out.split('\n')[2]).toMatch(/^bench +resid:x /);
    expect(x.out.split('\n')[3]).toMatch(/^bench +clean /);
    expect(x.out).not.toContain('jusText');
    expect(x.out).toContain('2 pages of bench.jsonl\n');
    expect(x.err).toMatch(/^bench:quality: cleaned 4 texts in \d+\.\d s/);
  });

  it('--json prints the numbers', () => {
    const r = runIn(dir, ['bench.jsonl', '--kind', 'resid:x', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.corpora).toEqual([expect.objectContaining({ set: 'bench', file: 'bench.jsonl', docs: 2, peersPublished: false })]);
    expect(json.peers).toBeUndefined();
    expect(json.inputs).toHaveLength(1);
    expect(json.inputs[0]).toMatchObject({ set: 'bench', input: 'resid:x', docs: 2, raw: { P: 0.5625, R: 1, F1: (2 * 0.5625) / 1.5625 } });
    expect(json.inputs[0].cleaned).toEqual(metrics(GOLDS, PAGES.map((p) => clean(p.inputs['resid:x']).text)));
    expect(json.inputs[0].cleaned.R).toBeLessThan(1);
  });

  it('--worst lists the pages that lost recall and those that gained least precision', () => {
    const r = runIn(dir, ['bench.jsonl', '--kind', 'clean,resid:x', '--worst', '5']);
    expect(r.code).toBe(0);
    const [, drops, gains] = r.out.split(/\n(?=Recall lost|Precision gained)/);
    expect(gains).not.toMatch(/^bench/m);
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
    const all = runIn(dir, ['bench.jsonl', '--kind', 'clean', '--lost', 'all']);
    // only the pages with a removed gold line
    expect(all.out).toMatch(/^page 00001  bbbb1111  https:\/\/example\.com\/b\nclean \(R [^)]*\): 1 removed line holds gold text\n  line 5 caption /);
    expect(all.out).not.toContain('page 00000');
    const none = runIn(dir, ['bench.jsonl', '--kind', 'resid:x', '--lost', '0']);
    expect(none.out).toBe('page 00000  aaaa0000  https://example.com/a\nresid:x (R 1.000 → 1.000): no removed line holds gold text\n');
  });
});

// The other three corpus formats, named as score.py names them so that their metric follows.
const BODY = [
  'Scientists find water vapour above Europa',
  '',
  'The space agency said on Monday that its telescope had seen plumes of water over the moon.',
  '',
  'The finding makes the moon a better place to look for life, researchers said.',
  '',
].join('\n');
const SEEDLIKE = [
  { id: 'seed0', expected: BODY, inputs: { doc: `${BODY}\n${WIDGET}\n` } },
  { id: 'seed1', expected: BODY, inputs: { doc: BODY } },
];
const TQ_LINES = ['Home | News | Sport', 'The council met on Tuesday evening to discuss the new budget for the schools.', 'like 0 dislike 0 love 0 funny 0 angry 0 sad 0 wow 0', 'Members agreed to spend more on teachers next year, the mayor said.'];
const TQ = [
  { id: 'en-0', lang: 'en', lines: TQ_LINES, labels: ['0', '1', '0', '1'], inputs: { doc: `${TQ_LINES.join('\n')}\n` } },
  { id: 'de-0', lang: 'de', lines: ['Impressum', 'Der Rat tagte am Dienstag.'], labels: ['0', '1'], inputs: { doc: 'Impressum\nDer Rat tagte am Dienstag.\n' } },
];
const TRAF = [{ id: 'p0', with: ['plumes of water over the moon'], without: [WIDGET], inputs: { dump: `${BODY}\n${WIDGET}\n` } }];

describe('bench:quality on seedlike, tq and traf files', () => {
  const dir = folder({ 'seedlike-x.jsonl': jsonl(SEEDLIKE), 'tq-x.jsonl': jsonl(TQ), 'traf-x.jsonl': jsonl(TRAF), 'other.jsonl': jsonl(SEEDLIKE) });
  const cleanedSeed = SEEDLIKE.map((r) => cleanAsWritten(r.inputs.doc));

  it('seedlike: line P, R, F1 and exact for doc and clean (the expected text itself), raw and cleaned', () => {
    const r = runIn(dir, ['seedlike-x.jsonl']);
    expect(r.code).toBe(0);
    const m = seedlikeMetrics(SEEDLIKE, cleanedSeed);
    // raw doc: 3 expected lines and the widget line in doc 0: P 6/7; exact only doc 1
    expect(row(r.out, 'doc', 'seedlike-x')).toEqual(['doc', '0.857', '1.000', '0.923', '0.500', ...[m.P, m.R, m.F1, m.exact].map((v) => fixed(v)), signed(m.F1 - (2 * 6) / 13)]);
    expect(row(r.out, 'clean', 'seedlike-x').slice(0, 5)).toEqual(['clean', '1.000', '1.000', '1.000', '1.000']);
    expect(r.out).toContain('2 documents of seedlike-x.jsonl\nseedlike-dev clean: exact = documents left unchanged\n');
    // a file named otherwise is read by its fields
    expect(row(runIn(dir, ['other.jsonl']).out, 'doc', 'other')).toEqual(row(r.out, 'doc', 'seedlike-x'));
  });

  it('tq: noise-removal P, R, F1 and keep overall, per language and averaged', () => {
    const r = runIn(dir, ['tq-x.jsonl']);
    expect(r.code).toBe(0);
    const m = tqSuiteMetrics(TQ, TQ.map((d) => cleanAsWritten(d.inputs.doc)));
    const four = (x: { P: number; R: number; F1: number; keep: number }) => [x.P, x.R, x.F1, x.keep].map((v) => fixed(v));
    expect(row(r.out, 'doc', 'tq-x')).toEqual(['doc', '0.000', '0.000', '0.000', '1.000', ...four(m), signed(m.F1)]);
    expect(row(r.out, 'doc de', 'tq-x')).toEqual(['doc', 'de', '0.000', '0.000', '0.000', '1.000', ...four(m.byLang.de), signed(m.byLang.de.F1)]);
    expect(row(r.out, 'doc en', 'tq-x')).toEqual(['doc', 'en', '0.000', '0.000', '0.000', '1.000', ...four(m.byLang.en), signed(m.byLang.en.F1)]);
    expect(row(r.out, 'doc languages averaged', 'tq-x')).toEqual(['doc', 'languages', 'averaged', '0.000', '1.000', fixed(m.macroF1), fixed(m.minKeep), signed(m.macroF1)]);
    expect(m.byLang.en.R).toBeGreaterThan(0);
  });

  it('traf: P, R and F1 of the snippets', () => {
    const r = runIn(dir, ['traf-x.jsonl', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.inputs).toEqual([
      { set: 'traf-x', input: 'dump', docs: 1, raw: { P: 0.5, R: 1, Acc: 0.5, F1: 2 / 3 }, cleaned: trafMetrics(TRAF, [cleanAsWritten(TRAF[0].inputs.dump)]) },
    ]);
    expect(json.inputs[0].cleaned.F1).toBe(1);
  });

  it('--lost DOC and --lost all list what cleaning got wrong, with the rule', () => {
    const one = runIn(dir, ['seedlike-x.jsonl', '--kind', 'doc', '--lost', 'seed1']);
    expect(one).toMatchObject({ code: 0, out: 'seedlike-x 00001  seed1  doc: exact\n' });
    const tq = runIn(dir, ['tq-x.jsonl', '--lost', 'all']);
    expect(tq.code).toBe(0);
    expect(tq.out).toMatch(/^0 of 3 text lines removed \(keep 1\.000\)\n\nLines removed per rule \(tq-x doc\):\n  rule +noise +text +text de +text en\n/);
    expect(tq.out).toMatch(/\n  reaction-widget +1 +0 +0 +0\n/);
    const traf = runIn(dir, ['traf-x.jsonl', '--lost', 'all']);
    expect(traf).toMatchObject({ code: 2, err: 'bench:quality: traf-x.jsonl: --lost is for aceb, seedlike and tq corpora (traf-dev has snippets, not lines)\n' });
  });

  it('--worst lists seedlike documents with lines wrong and tq documents with text lines removed', () => {
    const r = runIn(dir, ['seedlike-x.jsonl', '--worst', '3']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('seedlike-x: expected lines removed, most first, then lines left not expected (3 at most)');
    const tq = runIn(dir, ['tq-x.jsonl', '--worst', '3']);
    expect(tq.out).toContain('\ntq-x: text lines removed, most first (3 at most): none\n');
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
    [['--set', 'nope'], 'bench:quality: no corpus "nope"; the corpora are aceb-dev, traf-dev, seedlike-dev, tq-dev\n'],
    [['--set', 'aceb-dev,tq-dev', '--lost', 'all'], 'bench:quality: --lost looks at one corpus, not 2 (give one --set)\n'],
    [['--set', 'aceb-dev', 'bench.jsonl'], 'bench:quality: --set chooses corpora of ../shared/bench; give either --set or a PATH\n'],
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

describe.skipIf(!existsSync(DEV_FILE))('npm run bench:quality on the development corpora', () => {
  it('--set aceb-dev scores ../shared/bench/aceb-dev.jsonl and shows the peers', () => {
    const r = spawnSync('npm', ['run', '--silent', 'bench:quality', '--', '--set', 'aceb-dev', '--kind', 'clean,resid:goose3'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`92 pages of ${path.basename(DEV_FILE)}\n`);
    expect(r.stdout).toContain("peers' numbers as published with the benchmark, on the same text input\n");
    expect(r.stdout.split('\n')[1]).toMatch(/ΔF1 +measure +jusText 3\.0\.2 +boilerpipe 1\.2\.0$/);
    expect(row(r.stdout, 'clean', 'aceb-dev').slice(-3)).toEqual(['R', '0.853', '0.976']);
    expect(row(r.stdout, 'resid:goose3', 'aceb-dev').slice(-3)).toEqual(['F1', '0.856', '0.887']);
    expect(r.stderr).toMatch(/^bench:quality: cleaned 184 texts in /);
  }, 60_000);

  const BENCH = path.dirname(DEV_FILE);
  it.skipIf(!existsSync(path.join(BENCH, 'seedlike-dev.jsonl')) || !existsSync(path.join(BENCH, 'tq-dev.jsonl')))(
    '--set seedlike-dev,tq-dev: one table with tq-dev per language and averaged, and the peers',
    () => {
      const r = spawnSync('npm', ['run', '--silent', 'bench:quality', '--', '--set', 'seedlike-dev,tq-dev'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[1]).toMatch(/^corpus +input +P +R +F1 +exact +keep +P +R +F1 +exact +keep +ΔF1 +measure +jusText 3\.0\.2 +boilerpipe 1\.2\.0$/);
      expect(lines.slice(2, 13).map((l) => l.split(/  +/).slice(0, 2).join(' | '))).toEqual([
        'seedlike-dev | clean',
        'seedlike-dev | doc',
        'tq-dev | doc',
        'tq-dev | doc de',
        'tq-dev | doc en',
        'tq-dev | doc es',
        'tq-dev | doc fi',
        'tq-dev | doc fr',
        'tq-dev | doc sv',
        'tq-dev | doc languages averaged',
        '80 documents of seedlike-dev.jsonl',
      ]);
      // raw: seedlike's expected text is exact; tq keeps every line, so removes no noise
      expect(row(r.stdout, 'clean', 'seedlike-dev').slice(1, 5)).toEqual(['1.000', '1.000', '1.000', '1.000']);
      expect(row(r.stdout, 'doc', 'seedlike-dev').slice(-3)).toEqual(['F1/exact', '0.850/0.000', '0.872/0.000']);
      expect(row(r.stdout, 'doc', 'tq-dev').slice(1, 5)).toEqual(['0.000', '0.000', '0.000', '1.000']);
      expect(row(r.stdout, 'doc', 'tq-dev').slice(-3)).toEqual(['P/R/keep', '0.559/0.728/0.554', '0.610/0.683/0.660']);
      expect(row(r.stdout, 'doc languages averaged', 'tq-dev').slice(-3)).toEqual(['F1/keep', '0.657/0.000', '0.645/0.212']);
      expect(row(r.stdout, 'doc en', 'tq-dev')).toHaveLength(11);
      expect(r.stderr).toMatch(/^bench:quality: cleaned 814 texts in /);
    },
    60_000,
  );

  it('exits 2 for a missing file', () => {
    const r = spawnSync('node', ['dist/bench/quality.js', 'missing.jsonl'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('bench:quality: missing.jsonl: no such file or directory\n');
  }, 60_000);
});
