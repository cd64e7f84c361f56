import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_FILE } from '../src/bench/cli.js';
import { corpusFile, parseRows, rowInput } from '../src/bench/corpora.js';
import type { LineRow } from '../src/bench/corpora.js';
import { availableKinds, DEFAULT_KINDS, inputText, parseDataset } from '../src/bench/dataset.js';
import { cleanAsWritten } from '../src/bench/evaluate.js';
import { isPythonSpace, norm, seedlikeMetrics, tqSuiteMetrics, trafMetrics } from '../src/bench/line-metrics.js';
import { metrics, scorePage, tokens } from '../src/bench/metric.js';
import { clean } from '../src/index.js';

// The TypeScript metrics against score.py's own functions, run by python3 on the same texts: every
// number must be the same double. Skipped (with the reason in the title) without python3 or the
// benchmark folder; a corpus's tests are skipped (saying so) when its file is missing. The 60 s
// timeouts only allow for a busy machine; no time is asserted.

const SCORE_PY = fileURLToPath(new URL('../../shared/bench/score.py', import.meta.url));

function skipReason(): string {
  if (!existsSync(SCORE_PY) || !existsSync(DEV_FILE)) return `no ${SCORE_PY} or ${DEV_FILE}`;
  const probe = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? '' : 'python3 is not installed';
}
const reason = skipReason();
if (reason) console.warn(`bench agreement tests skipped: ${reason}`);

/** Run `code` with score.py imported as `score`, JSON on stdin as `data`; returns its JSON stdout. */
function python(code: string, data: unknown): unknown {
  const prelude = [
    'import importlib.util, json, sys',
    `spec = importlib.util.spec_from_file_location("score", ${JSON.stringify(SCORE_PY)})`,
    'score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)',
    'data = json.load(sys.stdin)',
  ].join('\n');
  const r = spawnSync('python3', ['-c', `${prelude}\n${code}`], { input: JSON.stringify(data), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// Hard cases for \w: combining marks, Devanagari, other digits, underscore, CJK, emoji, case.
const UNICODE_PAIRS: [string, string][] = [
  ['Café cafe\u0301 naïve résumé, the Ñandú ran.', 'Café cafe\u0301 naïve resume, the Ñandú ran.'],
  ['हिन्दी समाचार पत्र आज सुबह छपा', 'हिन्दी समाचार पत्र आज'],
  ['x² ٣4 snake_case Ⅻ ½ ① 日本語のテキスト 👍ok', 'x² ٣4 snake_case Ⅻ ½ ① 日本語のテキスト'],
  ['The The the THE the', 'the the the the the'],
  ['', 'only output here'],
  ['gold only, nothing out', ''],
  ['— … «»', ''],
];

describe.skipIf(reason !== '')(`agreement with score.py${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const pages = reason ? [] : parseDataset(readFileSync(DEV_FILE, 'utf8'));

  it('tokenizes every text of the development file as Python\'s re \\w+ does', () => {
    const texts = pages.flatMap((p) => [p.gold, ...Object.values(p.inputs)]);
    const digest = (t: string[]) => createHash('sha256').update(t.join('\u0000')).digest('hex');
    const py = python(
      [
        'import hashlib',
        'out = []',
        'for line in open(data["file"], encoding="utf-8"):',
        '    r = json.loads(line)',
        '    for t in [r["gold"], *r["inputs"].values()]:',
        '        out.append(hashlib.sha256("\\0".join(score.TOKEN.findall(t)).encode("utf-8")).hexdigest())',
        'print(json.dumps(out))',
      ].join('\n'),
      { file: DEV_FILE },
    );
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.map((t) => digest(tokens(t)))).toEqual(py);
  }, 60_000);

  it('gives the same page scores and averages on 5 pages of every kind, raw and cleaned, and on Unicode cases', () => {
    const chosen = [0, 20, 37, 57, 63].map((i) => pages[i]);
    const groups: { golds: string[]; preds: string[] }[] = [{ golds: UNICODE_PAIRS.map((p) => p[0]), preds: UNICODE_PAIRS.map((p) => p[1]) }];
    for (const kind of DEFAULT_KINDS.filter((k) => availableKinds(pages).includes(k))) {
      const raw = chosen.map((p) => inputText(p, kind));
      const golds = chosen.map((p) => p.gold);
      groups.push({ golds, preds: raw }, { golds, preds: raw.map((t) => clean(t).text) });
    }
    const py = python(
      [
        'out = []',
        'for g in data:',
        '    pages = []',
        '    for gold, pred in zip(g["golds"], g["preds"]):',
        '        t = score.tp_fp_fn(gold, pred)',
        '        pages.append({"t": list(t), "p": score.prec(*t) if t[0] + t[1] > 0 else None, "r": score.rec(*t) if t[0] + t[2] > 0 else None})',
        '    out.append({"pages": pages, "m": score.metrics(g["golds"], g["preds"])})',
        'print(json.dumps(out))',
      ].join('\n'),
      groups,
    );
    const ts = groups.map((g) => ({
      pages: g.golds.map((gold, i) => {
        const s = scorePage(gold, g.preds[i]);
        return { t: [s.tp, s.fp, s.fn], p: s.precision, r: s.recall };
      }),
      m: metrics(g.golds, g.preds),
    }));
    expect(ts).toEqual(py);
    // the cleaned groups are not all equal to the raw ones: cleaning changed something scored
    expect(ts.filter((g, i) => i > 0 && i % 2 === 0 && g.m.P !== ts[i - 1].m.P).length).toBeGreaterThan(0);
  }, 60_000);
});

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TRAF = corpusFile('traf-dev');
const SEEDLIKE = corpusFile('seedlike-dev');
const TQ = corpusFile('tq-dev');
const missing = (file: string) => (reason ? reason : existsSync(file) ? '' : `no ${file}`);
const title = (name: string, why: string) => `${name}${why ? ` (skipped: ${why})` : ''}`;
const readRows = (file: string, kind: 'traf' | 'seedlike' | 'tq'): LineRow[] => (existsSync(file) ? parseRows(readFileSync(file, 'utf8'), kind) : []);

/** Python code that loads a corpus file's rows as score.py does, and picks data["at"]. */
const LOAD_ROWS = ['rows = [json.loads(l) for l in open(data["file"], encoding="utf-8")]', 'rows = [rows[i] for i in data["at"]]'].join('\n');

describe.skipIf(reason !== '')(title('score.py\'s whitespace and norm()', reason), () => {
  it('counts as whitespace exactly the code points Python\'s str.isspace() and re \\s do', () => {
    const py = python(
      [
        'import re',
        'sp = [c for c in range(0x110000) if chr(c).isspace()]',
        'rs = [c for c in range(0x110000) if re.match(r"\\s", chr(c))]',
        'print(json.dumps({"isspace": sp, "re": rs}))',
      ].join('\n'),
      null,
    ) as { isspace: number[]; re: number[] };
    const ts: number[] = [];
    for (let c = 0; c < 0x110000; c++) if (c < 0xd800 || c > 0xdfff) if (isPythonSpace(String.fromCodePoint(c))) ts.push(c);
    expect(py.re).toEqual(py.isspace);
    expect(ts).toEqual(py.isspace);
  }, 60_000);

  it('normalises lines as score.norm does', () => {
    const texts = [
      '',
      ' ',
      '\u00a0a\u2003 b\t\tc \u3000',
      '\ufeffBOM stays\u200b',
      'x\x1cy\x1dz\x1e\x1fw\x85v',
      '  \r\n lead and trail \u2028\u2029 ',
      'a\u180eb\u202fc\u205fd',
      'only\u00a0',
    ];
    const py = python('print(json.dumps([score.norm(t) for t in data]))', texts);
    expect(texts.map(norm)).toEqual(py);
  }, 60_000);
});

describe.skipIf(missing(TRAF) !== '')(title('traf-dev agreement with score.traf_metrics', missing(TRAF)), () => {
  const rows = readRows(TRAF, 'traf');
  it('gives the same P, R, Acc and F1 on every 6th page, raw and cleaned', () => {
    const at = rows.flatMap((r, i) => (i % 6 === 0 ? [i] : []));
    const raw = at.map((i) => rowInput(rows[i], 'dump'));
    const groups = [raw, raw.map((t) => cleanAsWritten(t))];
    const py = python([LOAD_ROWS, 'print(json.dumps([score.traf_metrics(rows, preds) for preds in data["groups"]]))'].join('\n'), { file: TRAF, at, groups });
    const ts = groups.map((preds) => trafMetrics(at.map((i) => rows[i]), preds));
    expect(at.length).toBeGreaterThan(70);
    expect(ts).toEqual(py);
    expect(ts[1].F1).not.toBe(ts[0].F1);
  }, 60_000);
});

describe.skipIf(missing(SEEDLIKE) !== '')(title('seedlike-dev agreement with score.seedlike_metrics', missing(SEEDLIKE)), () => {
  const rows = readRows(SEEDLIKE, 'seedlike');
  it('gives the same P, R, F1 and exact on every document, inputs doc and clean, raw and cleaned, and on edited outputs', () => {
    const at = rows.map((_, i) => i);
    const groups: string[][] = [];
    for (const kind of ['doc', 'clean']) {
      const raw = rows.map((r) => rowInput(r, kind));
      groups.push(raw, raw.map((t) => cleanAsWritten(t)));
    }
    // outputs edited the ways a cleaner can go wrong: a line dropped, doubled, moved, re-spaced
    groups.push(
      rows.map((r, i) => r.expected.split('\n').filter((_, k) => k !== i % 7).join('\n')),
      rows.map((r) => r.expected.replace(/^(.+)$/m, '$1\n$1')),
      rows.map((r) => r.expected.split('\n').reverse().join('\n')),
      rows.map((r) => r.expected.replace(/ /g, '\u00a0 ').replace(/\n/g, '\n \t\n')),
    );
    const py = python([LOAD_ROWS, 'print(json.dumps([score.seedlike_metrics(rows, preds) for preds in data["groups"]]))'].join('\n'), { file: SEEDLIKE, at, groups });
    const ts = groups.map((preds) => seedlikeMetrics(rows, preds));
    expect(ts).toEqual(py);
    expect(ts[0].exact).toBe(0);
    expect(ts[2].exact).toBe(1);
    expect(ts[3].exact).toBeLessThan(1);
  }, 60_000);
});

describe.skipIf(missing(TQ) !== '')(title('tq-dev agreement with score.tq_metrics per language', missing(TQ)), () => {
  const rows = readRows(TQ, 'tq');
  it('gives the same P, R, F1 and keep overall and per language, the same averaged F1 and lowest keep, on every 3rd document raw, cleaned and edited', () => {
    const at = rows.flatMap((_, i) => (i % 3 === 0 ? [i] : []));
    const chosen = at.map((i) => rows[i]);
    const raw = chosen.map((r) => rowInput(r, 'doc'));
    const groups = [
      raw,
      raw.map((t) => cleanAsWritten(t)),
      // every other noise line dropped, then text lines dropped and lines doubled: the alignment's cases
      chosen.map((r) => r.lines.filter((_, k) => r.labels[k] !== '0' || k % 2 === 0).join('\n')),
      chosen.map((r) => r.lines.flatMap((l, k) => (k % 5 === 1 ? [] : k % 5 === 2 ? [l, l] : [l])).join('\n')),
      // a long run of other lines first: a line more than 50 lines further on is not found
      chosen.map((r) => [...Array.from({ length: 60 }, (_, k) => `filler ${k}`), ...r.lines].join('\n')),
      chosen.map((r) => [...r.lines].reverse().join('\r\n')),
    ];
    const py = python(
      [
        LOAD_ROWS,
        'out = []',
        'for texts in data["groups"]:',
        '    m = score.tq_metrics(rows, texts)',
        '    # as score.py main() reports tq-dev',
        "    langs = sorted({r['lang'] for r in rows})",
        "    by = {l: score.tq_metrics([r for r in rows if r['lang'] == l], [t for r, t in zip(rows, texts) if r['lang'] == l]) for l in langs}",
        "    m['macroF1'] = sum(x['F1'] for x in by.values()) / len(by)",
        "    m['minKeep'] = min(x['keep'] for x in by.values())",
        "    m['byLang'] = by",
        '    out.append(m)',
        'print(json.dumps(out))',
      ].join('\n'),
      { file: TQ, at, groups },
    );
    const ts = groups.map((preds) => tqSuiteMetrics(chosen, preds));
    expect(new Set(chosen.map((r) => r.lang)).size).toBe(6);
    expect(ts).toEqual(py);
    expect(ts[1].F1).toBeGreaterThan(0);
  }, 60_000);
});

describe.skipIf(reason !== '')(title('in-process cleaning as score.py sees `clean-article --write {dir}`', reason), () => {
  it('gives the texts score.run_cleaner reads back after the CLI rewrote their files', () => {
    const samples: string[] = [
      'Title\r\n\r\nA paragraph of an article that is long enough to read as prose, said the reporter.\r\n\r\nShare this article\r\n',
      'Title\r\rA paragraph of an article that is long enough to read as prose, said the reporter.\rlike 0 dislike 0 love 0\r',
      '\ufeffTitle\n\nA paragraph of an article that is long enough to read as prose, said the reporter.\n\nlike 0 dislike 0\n',
      'Title\n\nA paragraph with a NUL \u0000 byte, which the CLI skips as binary.\n\nlike 0 dislike 0\n',
      '',
      ' \n\n',
    ];
    const pages = existsSync(DEV_FILE) ? parseDataset(readFileSync(DEV_FILE, 'utf8')) : [];
    samples.push(...pages.filter((_, i) => i % 23 === 0).map((p) => inputText(p, 'dump')));
    const corpora: [string, 'traf' | 'seedlike' | 'tq', string][] = [
      [TRAF, 'traf', 'dump'],
      [SEEDLIKE, 'seedlike', 'doc'],
      [TQ, 'tq', 'doc'],
    ];
    for (const [file, kind, input] of corpora) samples.push(...readRows(file, kind).filter((_, i) => i % 97 === 0).map((r) => rowInput(r, input)));
    const cmd = `node ${JSON.stringify(path.join(ROOT, 'bin/clean-article.js'))} --write {dir}`;
    const py = python('out, _ = score.run_cleaner(data["cmd"], data["texts"])\nprint(json.dumps(out))', { cmd, texts: samples }) as string[];
    expect(samples.map((t) => cleanAsWritten(t))).toEqual(py);
    // cleaning changed some of them, and score.py read "\r\n" and "\r" back as "\n"
    expect(py.filter((t, i) => t !== samples[i]).length).toBeGreaterThan(samples.length / 3);
    expect(py[1]).not.toContain('\r');
  }, 60_000);
});
