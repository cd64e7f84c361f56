// For rule tuning on seedlike-dev and tq-dev: per document, what cleaning got wrong, line by line,
// with the rule that removed each line. seedlike-dev: the expected lines removed (each with its
// rule) and the lines left that are not expected; tq-dev: the lines labelled text that score.py
// counts as removed (each with its rule), and per rule how many text and noise lines it removed.
import { cleanText as clean } from '../clean.js';
import { parseDocument } from '../index.js';
import type { Finding } from '../index.js';
import { rowInput } from './corpora.js';
import type { LineRow } from './corpora.js';
import { CLI_OPTIONS, cleanAsWritten } from './evaluate.js';
import { norm, normLines, seedlikeDoc, tqStays } from './line-metrics.js';

/** One line of an input, by its 1-based number, and the finding that removed it (if one did). */
export interface MarkedLine {
  line: number;
  text: string;
  finding: Finding | null;
}

/** What cleaning one input kind of a seedlike document got wrong. */
export interface SeedlikeLost {
  row: LineRow;
  input: string;
  exact: boolean;
  /** Expected lines the output lacks: the input line that held each, with the rule that removed it. */
  removed: MarkedLine[];
  /** Expected lines the output lacks that no removed input line holds (normalised text). */
  missing: string[];
  /** Lines left in the output that the expected text does not have. */
  left: MarkedLine[];
  /** Same lines as the expected text but in another order. */
  reordered: boolean;
  /** Per rule: expected lines removed, and other (non-blank) lines removed. */
  byRule: Map<string, { good: number; bad: number }>;
}

/** The input lines of a text with the finding that removed each (clean() with the CLI's options). */
function markLines(raw: string): { lines: MarkedLine[]; output: string } {
  const result = clean(raw, CLI_OPTIONS);
  const doc = parseDocument(raw);
  const by = new Map<number, Finding>();
  for (const f of result.findings) for (let n = f.start; n <= f.end; n++) if (!by.has(n)) by.set(n, f);
  const lines = doc.lines.map((_, i) => ({ line: i + 1, text: doc.line(i + 1).text, finding: by.get(i + 1) ?? null }));
  return { lines, output: cleanAsWritten(raw) };
}

function take(counts: Map<string, number>, key: string): boolean {
  const n = counts.get(key) ?? 0;
  if (n <= 0) return false;
  counts.set(key, n - 1);
  return true;
}

function tally(lines: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
  return m;
}

/** The seedlike report of one document and input kind. */
export function seedlikeLost(row: LineRow, input: string): SeedlikeLost {
  const raw = rowInput(row, input);
  const { lines, output } = markLines(raw);
  const want = normLines(row.expected);
  const got = normLines(output);
  const cw = tally(want);
  const cg = tally(got);
  // multiset differences: expected lines the output lacks, output lines not expected
  const lacking = new Map([...cw].map(([k, n]) => [k, Math.max(0, n - (cg.get(k) ?? 0))]));
  const extra = new Map([...cg].map(([k, n]) => [k, Math.max(0, n - (cw.get(k) ?? 0))]));
  const removed: MarkedLine[] = [];
  const left: MarkedLine[] = [];
  const byRule = new Map<string, { good: number; bad: number }>();
  for (const l of lines) {
    const n = norm(l.text);
    if (n === '') continue;
    if (l.finding) {
      const counts = byRule.get(l.finding.ruleId) ?? { good: 0, bad: 0 };
      byRule.set(l.finding.ruleId, counts);
      if (take(lacking, n)) {
        counts.bad++;
        removed.push(l);
      } else counts.good++;
    } else if (take(extra, n)) left.push(l);
  }
  const missing = [...lacking].flatMap(([k, c]) => Array<string>(c).fill(k));
  const d = seedlikeDoc(row.expected, output);
  return { row, input, exact: d.exact, removed, missing, left, reordered: !d.exact && d.fp === 0 && d.fn === 0, byRule };
}

/** What cleaning one tq-dev document got wrong. */
export interface TqLost {
  row: LineRow;
  input: string;
  /** Lines labelled text that score.py counts as removed, with the rule that removed each (null: kept, but not found by score.py's alignment). */
  removed: MarkedLine[];
  /** Per rule: noise lines removed (good) and text lines removed (bad). */
  byRule: Map<string, { good: number; bad: number }>;
  textLines: number;
}

/** The tq-dev report of one document and input kind: its lines are the input's lines, in order. */
export function tqLost(row: LineRow, input: string): TqLost {
  const raw = rowInput(row, input);
  const { lines, output } = markLines(raw);
  const stays = tqStays(row.lines, output);
  const removed: MarkedLine[] = [];
  const byRule = new Map<string, { good: number; bad: number }>();
  let textLines = 0;
  const n = Math.min(row.lines.length, row.labels.length);
  for (let x = 0; x < n; x++) {
    const s = stays[x];
    if (s === null) continue;
    const text = row.labels[x] !== '0';
    if (text) textLines++;
    // the input is the lines joined by "\n": line x + 1 is row.lines[x] (else no rule is known)
    const mark = lines[x] && lines[x].text === row.lines[x] ? lines[x] : { line: x + 1, text: row.lines[x], finding: null };
    if (mark.finding) {
      const counts = byRule.get(mark.finding.ruleId) ?? { good: 0, bad: 0 };
      byRule.set(mark.finding.ruleId, counts);
      if (text) counts.bad++;
      else counts.good++;
    }
    if (text && !s) removed.push(mark);
  }
  return { row, input, removed, byRule, textLines };
}

/** Add one report's per-rule counts to a running total. */
export function addByRule(total: Map<string, { good: number; bad: number }>, part: ReadonlyMap<string, { good: number; bad: number }>): void {
  for (const [rule, c] of part) {
    const t = total.get(rule) ?? { good: 0, bad: 0 };
    t.good += c.good;
    t.bad += c.bad;
    total.set(rule, t);
  }
}
