// The metrics of ../shared/bench/score.py for traf-dev, seedlike-dev and tq-dev, computed as
// score.py computes them (the same integer counts, divided in the same order, so the same doubles):
// traf_metrics (snippets that must stay or go), seedlike_metrics (line P/R against the expected
// lines, and the share of documents cleaned exactly) and tq_metrics (P/R/F1 of removing the lines
// labelled noise, and the share of text lines kept), per language for tq-dev as score.py reports it.

/**
 * Python's whitespace on str (str.isspace, str.strip() and re's \s are the same set): the ASCII
 * \t \n \v \f \r, the separators U+001C-U+001F and space, and the Unicode spaces and separators.
 * Not JavaScript's \s, which has U+FEFF and lacks U+001C-U+001F and U+0085.
 */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, 'gu');
const NOT_SPACE = new RegExp(`[^${PY_SPACE}]`, 'u');

/** True for a character Python counts as whitespace (one code point). */
export function isPythonSpace(ch: string): boolean {
  return ch !== '' && !NOT_SPACE.test(ch);
}

/** score.py's norm(s): every run of whitespace one space, none at either end. */
export function norm(s: string): string {
  const spaced = s.replace(SPACE_RUN, ' ');
  const start = spaced.startsWith(' ') ? 1 : 0;
  const end = spaced.endsWith(' ') && spaced.length > start ? spaced.length - 1 : spaced.length;
  return spaced.slice(start, end);
}

/** The lines of a text as score.py takes them: split on "\n", blank ones dropped, each normalised. */
export function normLines(text: string): string[] {
  return text.split('\n').flatMap((l) => (NOT_SPACE.test(l) ? [norm(l)] : []));
}

/** traf-dev: one page's snippets of article text ('with') and of boilerplate ('without'). */
export interface TrafRow {
  with: readonly string[];
  without: readonly string[];
}

export interface TrafScores {
  P: number;
  R: number;
  Acc: number;
  F1: number;
}

/** score.py's traf_metrics: a snippet counts as kept when its normalised text is in the normalised output. */
export function trafMetrics(rows: readonly TrafRow[], preds: readonly string[]): TrafScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  rows.forEach((r, i) => {
    const pn = norm(preds[i] ?? '');
    const a = r.with.filter((w) => pn.includes(norm(w))).length;
    const b = r.without.filter((w) => pn.includes(norm(w))).length;
    tp += a;
    fn += r.with.length - a;
    fp += b;
    tn += r.without.length - b;
  });
  const all = tp + tn + fp + fn;
  return {
    P: tp + fp ? tp / (tp + fp) : 0,
    R: tp + fn ? tp / (tp + fn) : 0,
    Acc: all ? (tp + tn) / all : 0,
    F1: 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0,
  };
}

/** seedlike-dev: the text a perfect cleaner leaves. */
export interface SeedlikeRow {
  expected: string;
}

export interface SeedlikeScores {
  P: number;
  R: number;
  F1: number;
  /** Share of documents whose non-blank normalised lines are the expected ones, in order. */
  exact: number;
}

/** One document's line counts against the expected lines (multisets), and whether it is exact. */
export interface SeedlikeDoc {
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
}

/** score.py's per-document part of seedlike_metrics. */
export function seedlikeDoc(expected: string, pred: string): SeedlikeDoc {
  const want = normLines(expected);
  const got = normLines(pred);
  const cw = countOf(want);
  const cg = countOf(got);
  let t = 0;
  for (const [line, n] of cw) t += Math.min(n, cg.get(line) ?? 0);
  return { tp: t, fp: got.length - t, fn: want.length - t, exact: want.length === got.length && want.every((l, i) => l === got[i]) };
}

/** Precision, recall and their F1 from counts, as score.py's seedlike and tq metrics compute them. */
function prf(tp: number, fp: number, fn: number): { P: number; R: number; F1: number } {
  const P = tp + fp ? tp / (tp + fp) : 0;
  const R = tp + fn ? tp / (tp + fn) : 0;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}

/** score.py's seedlike_metrics: line P/R/F1 summed over the documents, and the share exact. */
export function seedlikeMetrics(rows: readonly SeedlikeRow[], preds: readonly string[]): SeedlikeScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  rows.forEach((r, i) => {
    const d = seedlikeDoc(r.expected, preds[i] ?? '');
    tp += d.tp;
    fp += d.fp;
    fn += d.fn;
    exact += d.exact ? 1 : 0;
  });
  return { ...prf(tp, fp, fn), exact: rows.length ? exact / rows.length : 0 };
}

/** tq-dev: a document's lines, each labelled '1' (text) or '0' (noise) by people. */
export interface TqRow {
  lang: string;
  lines: readonly string[];
  labels: readonly string[];
}

export interface TqScores {
  P: number;
  R: number;
  F1: number;
  /** Share of the text lines kept. */
  keep: number;
}

/** tq_metrics over all documents, with score.py's per-language numbers. */
export interface TqSuiteScores extends TqScores {
  /** F1 averaged over the languages. */
  macroF1: number;
  /** The lowest keep of any language. */
  minKeep: number;
  byLang: Record<string, TqScores>;
}

/**
 * Which of a document's lines stay in the output, as score.py aligns them: the output's non-blank
 * normalised lines are walked in order, each input line looked for among the next 50 (a line not
 * found is removed and the walk does not move). null for a blank input line (not scored).
 */
export function tqStays(lines: readonly string[], pred: string): (boolean | null)[] {
  const got = normLines(pred);
  let j = 0;
  return lines.map((line) => {
    const n = norm(line);
    if (n === '') return null;
    let k = j;
    while (k < got.length && got[k] !== n && k - j < 50) k++;
    const stays = k < got.length && got[k] === n;
    if (stays) j = k + 1;
    return stays;
  });
}

/** score.py's tq_metrics: removing a noise line is a true positive, removing a text line a false one. */
export function tqMetrics(rows: readonly TqRow[], preds: readonly string[]): TqScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let kept = 0;
  let text = 0;
  rows.forEach((r, i) => {
    const stays = tqStays(r.lines, preds[i] ?? '');
    // zip(lines, labels): as many as the shorter has
    const n = Math.min(r.lines.length, r.labels.length);
    for (let x = 0; x < n; x++) {
      const s = stays[x];
      if (s === null) continue;
      if (r.labels[x] === '0') {
        if (s) fn++;
        else tp++;
      } else {
        text++;
        if (s) kept++;
        else fp++;
      }
    }
  });
  return { ...prf(tp, fp, fn), keep: text ? kept / text : 0 };
}

/** tq_metrics over all rows, per language (sorted), F1 averaged over the languages and the lowest keep. */
export function tqSuiteMetrics(rows: readonly TqRow[], preds: readonly string[]): TqSuiteScores {
  const langs = [...new Set(rows.map((r) => r.lang))].sort(byCodePoint);
  const byLang: Record<string, TqScores> = {};
  for (const lang of langs) {
    const at = rows.flatMap((r, i) => (r.lang === lang ? [i] : []));
    byLang[lang] = tqMetrics(
      at.map((i) => rows[i]),
      at.map((i) => preds[i] ?? ''),
    );
  }
  const each = Object.values(byLang);
  // Python's sum() of floats from 0, left to right (3.11); min() of the keeps
  const macroF1 = each.length ? each.reduce((s, x) => s + x.F1, 0) / each.length : 0;
  const minKeep = each.length ? Math.min(...each.map((x) => x.keep)) : 0;
  return { ...tqMetrics(rows, preds), macroF1, minKeep, byLang };
}

/** Python's string order: by code point (JavaScript's default sort compares UTF-16 units). */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function countOf(lines: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
  return m;
}
