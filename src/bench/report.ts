// Text and JSON output of bench:quality: the table per input kind, the --worst lists and the
// --lost report. Numbers are printed as score.py prints them (3 decimals, an exact tie to even).
import { pageNumber } from './dataset.js';
import type { Page } from './dataset.js';
import type { KindResult, LostReport, PageChange } from './evaluate.js';
import type { Scores } from './metric.js';
import { PEER_METRIC } from './peers.js';
import type { Peer } from './peers.js';

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

function signed(x: number): string {
  return x < 0 ? fixed(x) : `+${fixed(x)}`;
}

interface Group {
  title: string;
  columns: string[];
}

/** Columns under group titles: the first column left-aligned, the others right-aligned. */
function renderTable(groups: readonly Group[], rows: readonly string[][]): string {
  const names = groups.flatMap((g) => g.columns);
  const widths = names.map((name, i) => Math.max(name.length, ...rows.map((r) => (r[i] ?? '').length)));
  let col = 0;
  for (const g of groups) {
    const span = g.columns.length;
    const width = () => widths.slice(col, col + span).reduce((a, b) => a + b, 0) + 2 * (span - 1);
    if (g.title.length > width()) widths[col + span - 1] += g.title.length - width();
    col += span;
  }
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
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

const triple = (s: Scores): string[] => [fixed(s.P), fixed(s.R), fixed(s.F1)];

/** The table: per kind P, R, F1 raw and cleaned, the F1 change, and the peers' numbers if given. */
export function formatTable(results: readonly KindResult[], peers: readonly Peer[]): string {
  const groups: Group[] = [
    { title: '', columns: ['input'] },
    { title: 'no cleaning', columns: ['P', 'R', 'F1'] },
    { title: 'clean-article', columns: ['P', 'R', 'F1', 'ΔF1'] },
  ];
  if (peers.length > 0) groups.push({ title: 'peers: F1 (clean: R)', columns: peers.map((p) => p.name) });
  const rows = results.map((r) => [
    r.kind,
    ...triple(r.raw),
    ...triple(r.cleaned),
    signed(r.cleaned.F1 - r.raw.F1),
    ...peers.map((p) => {
      const value = p.scores[r.kind];
      return PEER_METRIC[r.kind] === undefined || value === undefined ? '' : value === null ? '—' : fixed(value);
    }),
  ]);
  return renderTable(groups, rows);
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
