import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_FILE } from '../src/bench/cli.js';
import { DEFAULT_KINDS, inputText, parseDataset } from '../src/bench/dataset.js';
import { metrics, scorePage, tokens } from '../src/bench/metric.js';
import { clean } from '../src/index.js';

// The TypeScript metric against score.py's own functions, run by python3 on the same texts: every
// number must be the same double. Skipped (with the reason in the title) without python3 or the
// benchmark folder. The 60 s timeouts only allow for a busy machine; no time is asserted.

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
    for (const kind of DEFAULT_KINDS) {
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
