import type { CleanOptions, CleanResult, Doc, Finding, Rule } from './types.js';

/** Rules switched on for these options, in priority order. Throws on an unknown id. */
export function selectRules(all: readonly Rule<object>[], options: CleanOptions = {}): Rule<object>[] {
  const known = new Set(all.map((r) => r.id));
  const unknown = [...(options.enable ?? []), ...(options.disable ?? [])].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UnknownRuleError(unknown, [...known]);
  const enable = new Set(options.enable ?? []);
  const disable = new Set(options.disable ?? []);
  return all.filter((r) => !disable.has(r.id) && (r.enabledByDefault || enable.has(r.id)));
}

/** Raised for a rule id no rule has. */
export class UnknownRuleError extends Error {
  constructor(
    readonly unknown: string[],
    readonly valid: string[],
  ) {
    super(`unknown rule id ${unknown.map((u) => `"${u}"`).join(', ')}; valid ids: ${valid.join(', ')}`);
    this.name = 'UnknownRuleError';
  }
}

/**
 * Run the rules in order. Each line belongs to the first rule that claims it; a finding whose lines
 * are all claimed already is skipped, one that overlaps partly keeps only its unclaimed lines.
 */
export function detect(doc: Doc, rules: readonly Rule<object>[], options: CleanOptions = {}): { findings: Finding[]; skipped: Finding[] } {
  const claimed = new Set<number>();
  const findings: Finding[] = [];
  const skipped: Finding[] = [];
  for (const rule of rules) {
    const opts = { ...rule.defaults, ...(options.ruleOptions?.[rule.id] ?? {}) };
    for (const f of rule.detect(doc, opts, { claimed })) {
      const pieces = unclaimedPieces(doc, f, claimed);
      if (pieces.length === 0) {
        skipped.push(f);
        continue;
      }
      for (const p of pieces) {
        for (let n = p.start; n <= p.end; n++) claimed.add(n);
        findings.push(p);
      }
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, skipped };
}

/** The runs of a finding's lines that no earlier rule claimed; blank lines inside a run stay in it. */
function unclaimedPieces(doc: Doc, f: Finding, claimed: ReadonlySet<number>): Finding[] {
  const pieces: Finding[] = [];
  let start = 0;
  for (let n = f.start; n <= f.end + 1; n++) {
    const free = n <= f.end && !claimed.has(n);
    if (free && start === 0 && !doc.line(n).blank) start = n;
    if (!free && start !== 0) {
      let end = n - 1;
      while (doc.line(end).blank) end--;
      pieces.push({ ...f, start, end });
      start = 0;
    }
  }
  return pieces;
}

/**
 * Rewrite: the kept lines exactly as they were, in order, paragraphs separated by one blank line,
 * one trailing line ending; the document's line ending and byte-order mark are kept.
 */
export function apply(doc: Doc, findings: readonly Finding[]): string {
  const removed = new Set<number>();
  for (const f of findings) for (let n = f.start; n <= f.end; n++) removed.add(n);
  const out: string[] = [];
  let gap = false;
  for (const line of doc.lines) {
    if (line.blank) {
      gap = true;
      continue;
    }
    if (removed.has(line.n)) continue;
    if (gap && out.length > 0) out.push('');
    gap = false;
    out.push(line.text);
  }
  if (out.length === 0) return doc.bom ? '\ufeff' : '';
  return (doc.bom ? '\ufeff' : '') + out.join(doc.eol) + doc.eol;
}

/** Detect and apply in one pass. */
export function run(input: string, doc: Doc, rules: readonly Rule<object>[], options: CleanOptions = {}): CleanResult {
  const { findings, skipped } = detect(doc, rules, options);
  const text = apply(doc, findings);
  const removedLines = findings.reduce((sum, f) => sum + countNonBlank(doc, f), 0);
  return { text, changed: text !== input, findings, skipped, removedLines };
}

function countNonBlank(doc: Doc, f: Finding): number {
  let c = 0;
  for (let n = f.start; n <= f.end; n++) if (!doc.line(n).blank) c++;
  return c;
}
