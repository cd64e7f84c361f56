// Text and JSON output of bench:quality: the table per input kind, the --worst lists and the
// --lost report. Numbers are printed as score.py prints them (3 decimals, an exact tie to even).
import type { LineRow } from './corpora.js';
import { pageNumber } from './dataset.js';
import type { Page } from './dataset.js';
import type { LostReport, PageChange } from './evaluate.js';
import type { MarkedLine, SeedlikeLost, TqLost } from './line-lost.js';
import { PEER_NAMES } from './peers.js';
import type { CorpusPeers } from './peers.js';
import type { Numbers, SuiteRow } from './suite.js';

/** x with `digits` decimals, as Python's format(x, '.3f'): correctly rounded, an exact tie to even. */
export function fixed(x: number, digits = 3): string {
  const rounded = x.toFixed(digits);
  const half = x * 2 ** (digits + 1);
  const twice = half * 5 ** digits;
  if (!Number.isInteger(half) || !Number.isSafeInteger(twice) || twice % 2 === 0) return rounded;
  // An exact tie, which toFixed rounds away from zero: take the even neighbour instead.
  const low = (Math.abs(twice) - 1) / 2;
  const digitsOf = String(low % 2 === 0 ? low : low + 1).padStart(digits + 1, '0');
  return `${x < 0 ? '-' : ''}${digitsOf.slice(0, -digits)}.${digitsOf.slice(-digits)}`;
}

export function signed(x: number): string {
  return x < 0 ? fixed(x) : `+${fixed(x)}`;
}

export interface Group {
  title: string;
  columns: string[];
}

/** Columns under group titles: the first group's columns left-aligned, the others right-aligned. */
export function renderTable(groups: readonly Group[], rows: readonly string[][]): string {
  const names = groups.flatMap((g) => g.columns);
  const widths = names.map((name, i) => Math.max(name.length, ...rows.map((r) => (r[i] ?? '').length)));
  let col = 0;
  for (const g of groups) {
    const span = g.columns.length;
    const width = () => widths.slice(col, col + span).reduce((a, b) => a + b, 0) + 2 * (span - 1);
    if (g.title.length > width()) widths[col + span - 1] += g.title.length - width();
    col += span;
  }
  const left = groups[0]?.columns.length ?? 1;
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i < left ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const titles: string[] = [];
  col = 0;
  for (const g of groups) {
    const span = widths.slice(col, col + g.columns.length).reduce((a, b) => a + b, 0) + 2 * (g.columns.length - 1);
    titles.push(g.title.padEnd(span));
    col += g.columns.length;
  }
  return [titles.join('  ').trimEnd(), line(names), ...rows.map(line)].join('\n') + '\n';
}

/** A corpus's published peers' numbers, to look up per row. */
export interface RowPeers {
  set: string;
  peers: CorpusPeers;
}

const MEASURES = ['P', 'R', 'F1', 'exact', 'keep'] as const;

/** The key of a row in a corpus's published numbers. */
export function peerKey(row: SuiteRow): string {
  return row.lang === undefined ? row.input : `${row.input} ${row.lang}`;
}

/** The input cell of a row: the kind, and the language for tq-dev's rows per language. */
export function rowLabel(row: SuiteRow): string {
  return row.lang === undefined ? row.input : `${row.input} ${row.lang}`;
}

/**
 * The table: per corpus and input kind (and tq-dev language) the numbers raw and cleaned (P, R,
 * F1, and exact or keep where the corpus's metric has them), the F1 change, and the peers'
 * published numbers for the corpora given in `peers`.
 */
export function formatTable(rows: readonly SuiteRow[], peers: readonly RowPeers[]): string {
  const shown = MEASURES.filter((m) => rows.some((r) => r.cleaned[m] !== undefined));
  const groups: Group[] = [
    { title: '', columns: ['corpus', 'input'] },
    { title: 'no cleaning', columns: [...shown] },
    { title: 'clean-article', columns: [...shown, 'ΔF1'] },
  ];
  const published = (r: SuiteRow) => peers.find((p) => p.set === r.set)?.peers.rows[peerKey(r)];
  const withPeers = rows.some((r) => published(r) !== undefined);
  if (withPeers) groups.push({ title: "peers' published", columns: ['measure', ...PEER_NAMES] });
  const cells = (n: Numbers) => shown.map((m) => (n[m] === undefined ? '' : fixed(n[m])));
  const table = rows.map((r) => {
    const p = published(r);
    const delta = r.cleaned.F1 === undefined || r.raw.F1 === undefined ? '' : signed(r.cleaned.F1 - r.raw.F1);
    return [
      r.set,
      rowLabel(r),
      ...cells(r.raw),
      ...cells(r.cleaned),
      delta,
      ...(!withPeers ? [] : p === undefined ? ['', ...PEER_NAMES.map(() => '')] : [p.measures.join('/'), ...PEER_NAMES.map((_, i) => peerCell(p.values[i]))]),
    ];
  });
  return renderTable(groups, table);
}

function peerCell(values: readonly (number | null)[] | null | undefined): string {
  if (!values) return '—';
  return values.map((v) => (v === null ? '—' : fixed(v))).join('/');
}

function pageLabel(page: Page): string {
  return `${pageNumber(page.index)}  ${page.id.slice(0, 10)}`;
}

/** One line per page change: page, kind, before → after (difference), URL. */
export function formatChanges(title: string, measure: 'P' | 'R', changes: readonly PageChange[]): string {
  if (changes.length === 0) return `${title}: none\n`;
  const kindWidth = Math.max(...changes.map((c) => c.kind.length));
  const lines = changes.map(
    (c) =>
      `  ${pageLabel(c.page)}  ${c.kind.padEnd(kindWidth)}  ${measure} ${fixed(c.before)} → ${fixed(c.after)} (${signed(c.after - c.before)})  ${c.page.url}`.trimEnd(),
  );
  return `${title}:\n${lines.join('\n')}\n`;
}

/** The --lost report of one page: per kind, the removed lines that hold gold text and the rule. */
export function formatLost(page: Page, reports: readonly LostReport[]): string {
  const out = [`page ${pageLabel(page)}  ${page.url}`.trimEnd()];
  for (const r of reports) {
    const recall = `R ${r.recall.before === null ? '—' : fixed(r.recall.before)} → ${r.recall.after === null ? '—' : fixed(r.recall.after)}`;
    const count = r.lines.length === 0 ? 'no removed line holds gold text' : `${r.lines.length} removed ${r.lines.length === 1 ? 'line holds' : 'lines hold'} gold text`;
    out.push(`${r.kind} (${recall}): ${count}`);
    for (const l of r.lines) {
      const share = l.words < 4 ? 'a gold line has the same words' : `${l.inGold}/${l.shingles} shingles in gold`;
      out.push(`  line ${l.line} ${l.finding.ruleId} (${share}): ${l.text.trim()}`);
      out.push(`    ${l.finding.reason}`);
    }
  }
  return out.join('\n') + '\n';
}

function docLabel(row: LineRow): string {
  return `${pageNumber(row.index)}  ${row.id.slice(0, 24)}`;
}

function lineCell(l: MarkedLine): string {
  return `line ${l.line} ${l.finding ? l.finding.ruleId : '(no rule)'}`;
}

/** The seedlike --lost report: per document not cleaned exactly, the expected lines removed and the lines left. */
export function formatSeedlikeLost(set: string, reports: readonly SeedlikeLost[], reasons: boolean): string {
  const out: string[] = [];
  for (const r of reports) {
    if (r.exact) {
      out.push(`${set} ${docLabel(r.row)}  ${r.input}: exact`);
      continue;
    }
    const what = [
      `${r.removed.length + r.missing.length} expected ${r.removed.length + r.missing.length === 1 ? 'line' : 'lines'} removed`,
      `${r.left.length} ${r.left.length === 1 ? 'line' : 'lines'} left not expected`,
      ...(r.reordered ? ['lines out of order'] : []),
    ];
    out.push(`${set} ${docLabel(r.row)}  ${r.input}: not exact: ${what.join(', ')}`);
    for (const l of r.removed) {
      out.push(`  ${lineCell(l)}: expected: ${l.text.trim()}`);
      if (reasons && l.finding) out.push(`    ${l.finding.reason}`);
    }
    for (const m of r.missing) out.push(`  (not in the input as a line) expected: ${m}`);
    for (const l of r.left) out.push(`  line ${l.line} left: not expected: ${l.text.trim()}`);
  }
  return out.length === 0 ? '' : out.join('\n') + '\n';
}

/** The tq-dev --lost report: per document, the lines labelled text that were removed, with the rule. */
export function formatTqLost(set: string, reports: readonly TqLost[], reasons: boolean): string {
  const out: string[] = [];
  for (const r of reports) {
    const n = r.removed.length;
    out.push(`${set} ${docLabel(r.row)}  ${r.row.lang} ${r.input}: ${n === 0 ? 'no text line removed' : `${n} of ${r.textLines} text ${r.textLines === 1 ? 'line' : 'lines'} removed`}`);
    for (const l of r.removed) {
      out.push(`  ${l.finding ? lineCell(l) : `line ${l.line} (kept, but not where score.py's alignment looks)`}: text: ${l.text.trim()}`);
      if (reasons && l.finding) out.push(`    ${l.finding.reason}`);
    }
  }
  return out.length === 0 ? '' : out.join('\n') + '\n';
}

/**
 * Per rule, the lines it removed that it should have (good) and should not have (bad), most bad
 * first; with `split`, the bad ones also per group (tq-dev: per language).
 */
export function formatByRule(
  title: string,
  goodName: string,
  badName: string,
  byRule: ReadonlyMap<string, { good: number; bad: number }>,
  split?: { names: readonly string[]; counts: ReadonlyMap<string, ReadonlyMap<string, number>> },
): string {
  const rules = [...byRule].sort((a, b) => b[1].bad - a[1].bad || b[1].good - a[1].good || (a[0] < b[0] ? -1 : 1));
  if (rules.length === 0) return `${title}: no line removed\n`;
  const names = split?.names ?? [];
  const rows = rules.map(([rule, c]) => [rule, String(c.good), String(c.bad), ...names.map((n) => String(split?.counts.get(rule)?.get(n) ?? 0))]);
  const columns = ['rule', goodName, badName, ...names.map((n) => `${badName} ${n}`)];
  return `${title}:\n${renderTable([{ title: '', columns: [columns[0]] }, { title: '', columns: columns.slice(1) }], rows)
    .split('\n')
    .slice(1)
    .map((l) => (l === '' ? l : `  ${l}`))
    .join('\n')}`;
}
