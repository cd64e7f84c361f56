/**
 * --report FILE: one self-contained HTML page to audit a run: per-rule totals, and per file the
 * removed lines in context, each marked with its rule and reason; filterable by rule, searchable,
 * paged (only one page of files is in the DOM at a time), so a 10,000-file batch stays usable.
 * The data is embedded as JSON; the page loads nothing (its Content-Security-Policy forbids it).
 * Only what the page shows is kept per file (removed lines and a little context), never the text.
 */
import { writeFileSync } from 'node:fs';
import type { Finding, KeptLine } from '../index.js';
import { rules } from '../index.js';
import type { FileOutcome } from './processFile.js';
import { REPORT_SCRIPT, REPORT_STYLE } from './report-page.js';

/** Lines shown before and after each removed range. */
const CONTEXT = 2;
/** Longer lines are cut (with "…") in the page. */
const MAX_LINE = 400;

/** One file in the page's data: short keys, since a batch may hold 10,000 of them. */
interface FileData {
  /** Name as given. */
  n: string;
  /** Status: c(hanged), u(nchanged, but with kept lines), f(ailed). */
  s: 'c' | 'u' | 'f';
  /** Non-blank lines removed. */
  r?: number;
  /** Error of a failed file. */
  e?: string;
  /** Findings: [rule index, first line, last line, reason]. */
  f?: [number, number, number, string][];
  /** Kept lines: [line, pattern, rule index]. */
  k?: [number, string, number][];
  /** Hunks: [first line number, the lines' texts]. */
  h?: [number, string[]][];
}

export interface ReportData {
  version: string;
  rules: string[];
  totals: { files: number; changed: number; unchanged: number; failed: number; removedLines: number; byRule: number[] };
  files: FileData[];
}

/** Collects what the report shows, file by file, in the order the run reports them. */
export class ReportCollector {
  private readonly files: FileData[] = [];
  private readonly totals = { files: 0, changed: 0, unchanged: 0, failed: 0, removedLines: 0, byRule: rules.map(() => 0) };
  private readonly ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  constructor(private readonly version: string) {}

  add(outcome: FileOutcome): void {
    this.totals.files++;
    if (outcome.status === 'failed') {
      this.totals.failed++;
      this.files.push({ n: outcome.name, s: 'f', e: outcome.error });
      return;
    }
    if (outcome.status === 'changed') this.totals.changed++;
    else this.totals.unchanged++;
    this.totals.removedLines += outcome.removedLines;
    for (const [id, n] of Object.entries(outcome.removedByRule)) this.totals.byRule[this.rule(id)] += n;
    const findings = outcome.findings ?? [];
    const kept = outcome.kept ?? [];
    if (findings.length === 0 && kept.length === 0) return;
    this.files.push({
      n: outcome.name,
      s: outcome.status === 'changed' ? 'c' : 'u',
      r: outcome.removedLines,
      f: findings.map((f) => [this.rule(f.ruleId), f.start, f.end, f.reason]),
      ...(kept.length > 0 ? { k: kept.map((k): [number, string, number] => [k.line, k.pattern, this.rule(k.ruleId)]) } : {}),
      h: hunks(outcome.input ?? '', findings, kept),
    });
  }

  /** Files with removals (or kept lines), and the totals. */
  get summary(): { files: number; shown: number; removedLines: number } {
    return { files: this.totals.files, shown: this.files.filter((f) => f.s !== 'f').length, removedLines: this.totals.removedLines };
  }

  data(): ReportData {
    return { version: this.version, rules: rules.map((r) => r.id), totals: this.totals, files: this.files };
  }

  /** Write the page. */
  write(file: string): void {
    writeFileSync(file, reportHtml(this.data()));
  }

  private rule(id: string): number {
    return this.ruleIndex.get(id) ?? -1;
  }
}

/** The lines around each removed range (and kept line), merged where they meet. */
function hunks(input: string, findings: readonly Finding[], kept: readonly KeptLine[]): [number, string[]][] {
  const lines = input.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length > 0) lines[0] = lines[0].replace(/^\ufeff/, '');
  const spans = [...findings.map((f) => [f.start, f.end]), ...kept.map((k) => [k.line, k.line])].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const from = Math.max(1, s - CONTEXT);
    const to = Math.min(lines.length, e + CONTEXT);
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged.map(([from, to]) => [from, lines.slice(from - 1, to).map((l) => (l.length > MAX_LINE ? `${l.slice(0, MAX_LINE)}…` : l))]);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The whole page: markup, style, script and data in one file; nothing is loaded from elsewhere. */
export function reportHtml(data: ReportData): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>clean-article report</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>clean-article report</h1>
<p id="totals"></p>
</header>
<nav>
<label>Rule <select id="rule"><option value="">all rules</option></select></label>
<label>Search <input id="search" type="search" placeholder="file name or text"></label>
<span id="status" role="status"></span>
<button id="prev" type="button">Previous</button>
<button id="next" type="button">Next</button>
</nav>
<table id="rules"><thead><tr><th>rule</th><th>lines removed</th><th>files</th></tr></thead><tbody></tbody></table>
<main id="files"></main>
<script type="application/json" id="data">${scriptJson(data)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
