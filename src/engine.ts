import { reparse } from './document.js';
import { keptLines } from './keep.js';
import type { CleanOptions, CleanResult, Doc, Finding, KeptLine, Rule } from './types.js';

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
export function detect(doc: Doc, rules: readonly Rule<object>[], options: CleanOptions = {}): { findings: Finding[]; skipped: Finding[]; kept: KeptLine[] } {
  const claimed = new Set<number>();
  const claimedBy = new Map<number, string>();
  const findings: Finding[] = [];
  const skipped: Finding[] = [];
  const kept: KeptLine[] = [];
  // Lines a keep pattern protects are taken out of every finding before it claims anything.
  const keep = keptLines(doc, options.keep);
  for (const rule of rules) {
    const opts = { ...rule.defaults, ...(options.ruleOptions?.[rule.id] ?? {}) };
    const found = rule.detect(doc, opts, { claimed, claimedBy });
    const structure = rule.sparesBodyStructure ? bodyStructure(doc, found) : null;
    for (const one of found) {
      if (structure !== null && structure.has(one)) {
        skipped.push({ ...one, reason: `${one.reason} (kept: one of ${structure.size} such lines between the body's paragraphs)` });
        continue;
      }
      for (const f of keep ? keepOut(doc, one, keep, claimed, kept) : [one]) {
        const pieces = unclaimedPieces(doc, f, claimed);
        if (pieces.length === 0) {
          skipped.push(f);
          continue;
        }
        for (const p of pieces) {
          for (let n = p.start; n <= p.end; n++) {
            claimed.add(n);
            claimedBy.set(n, rule.id);
          }
          findings.push(p);
        }
      }
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, skipped, kept };
}

/**
 * A finding without the lines keep patterns protect: each such line (not claimed already) is
 * recorded in `kept`, and the finding is split around it (blank lines at the ends dropped).
 */
function keepOut(doc: Doc, f: Finding, keep: ReadonlyMap<number, string>, claimed: ReadonlySet<number>, kept: KeptLine[]): Finding[] {
  let hit = false;
  for (let n = f.start; n <= f.end; n++) {
    const pattern = keep.get(n);
    if (pattern === undefined) continue;
    hit = true;
    if (!claimed.has(n)) kept.push({ line: n, pattern, ruleId: f.ruleId, reason: f.reason });
  }
  return hit ? unclaimedPieces(doc, f, new Set(keep.keys())) : [f];
}

/**
 * The findings that lie inside the body (after its first prose line, before its last) when there
 * are three or more of them with a prose line between the first and the last: the article's own
 * repeated structure. Null when there is none.
 */
function bodyStructure(doc: Doc, found: readonly Finding[]): Set<Finding> | null {
  if (doc.body === null || found.length < 3) return null;
  const { start, end } = doc.body;
  const inside = found.filter((f) => f.start > start && f.end < end);
  if (inside.length < 3) return null;
  const first = Math.min(...inside.map((f) => f.start));
  const last = Math.max(...inside.map((f) => f.end));
  const lines = new Set<number>();
  for (const f of inside) for (let n = f.start; n <= f.end; n++) lines.add(n);
  for (let n = first + 1; n < last; n++) if (!lines.has(n) && doc.line(n).prose) return new Set(inside);
  return null;
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
  return rewrite(doc, findings).text;
}

/** apply()'s text, its lines and, for each line, the number of the document line it comes from. */
export function rewrite(doc: Doc, findings: readonly Finding[]): { text: string; lines: string[]; from: number[] } {
  const removed = new Set<number>();
  for (const f of findings) for (let n = f.start; n <= f.end; n++) removed.add(n);
  const lines: string[] = [];
  const from: number[] = [];
  let gap = 0; // the first blank line since the last kept line
  for (const line of doc.lines) {
    if (line.blank) {
      if (gap === 0) gap = line.n;
      continue;
    }
    if (removed.has(line.n)) continue;
    if (gap !== 0 && lines.length > 0) {
      lines.push('');
      from.push(gap);
    }
    gap = 0;
    lines.push(line.text);
    from.push(line.n);
  }
  return { text: join(doc, lines), lines, from };
}

function join(doc: Doc, lines: readonly string[]): string {
  if (lines.length === 0) return doc.bom ? '\ufeff' : '';
  return (doc.bom ? '\ufeff' : '') + lines.join(doc.eol) + doc.eol;
}

/**
 * Detect and apply until nothing more goes. A removal can change what the rules see (the first
 * line left becomes the title, a paragraph gets new neighbours), so a text that lost lines is
 * cleaned again, and clean(clean(x)) = clean(x). Findings of every pass are given in the original
 * line numbers; a text that lost nothing is not cleaned twice (only its blank lines changed).
 */
export function run(input: string, doc: Doc, rules: readonly Rule<object>[], options: CleanOptions = {}): CleanResult {
  const first = detect(doc, rules, options);
  const findings = [...first.findings];
  const skipped = [...first.skipped];
  const kept = new Map<string, KeptLine>();
  const keepOnce = (k: KeptLine): void => void (kept.has(`${k.line} ${k.ruleId}`) || kept.set(`${k.line} ${k.ruleId}`, k));
  first.kept.forEach(keepOnce);
  const removed = new Set<number>();
  for (const f of findings) for (let n = f.start; n <= f.end; n++) removed.add(n);
  let { text, lines, from: origin } = rewrite(doc, first.findings);
  for (let found = first.findings.length; found > 0; ) {
    const next = reparse(doc, text, lines, origin);
    const more = detect(next, rules, options);
    const at = (n: number): number => origin[n - 1];
    const original = (f: Finding): Finding => ({ ...f, start: at(f.start), end: at(f.end), reason: renumber(f.reason, at) });
    found = 0;
    for (const f of more.findings) {
      for (const p of unclaimedPieces(doc, original(f), removed)) {
        for (let n = p.start; n <= p.end; n++) removed.add(n);
        findings.push(p);
        found++;
      }
    }
    skipped.push(...more.skipped.map(original));
    for (const k of more.kept) keepOnce({ ...k, line: at(k.line), reason: renumber(k.reason, at) });
    if (found === 0) break;
    const again = rewrite(next, more.findings);
    origin = again.from.map((n) => origin[n - 1]);
    lines = again.lines;
    text = again.text;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  const removedLines = findings.reduce((sum, f) => sum + countNonBlank(doc, f), 0);
  const keptList = [...kept.values()].sort((a, b) => a.line - b.line);
  return { text, changed: text !== input, findings, skipped, removedLines, ...(options.keep?.length ? { kept: keptList } : {}) };
}

/**
 * A reason found in a later pass names lines of the shortened text ("repeats the title of line 1",
 * "(lines 18, 20)"): give them their original numbers. Only before the quoted evidence, which is
 * the document's own text.
 */
function renumber(reason: string, at: (n: number) => number): string {
  const quote = reason.indexOf('"');
  const head = quote < 0 ? reason : reason.slice(0, quote);
  const mapped = head.replace(/\b(lines?) (\d+(?:, \d+)*)/g, (_m, word: string, list: string) => `${word} ${list.split(', ').map((n) => at(Number(n)) ?? n).join(', ')}`);
  return mapped + (quote < 0 ? '' : reason.slice(quote));
}

function countNonBlank(doc: Doc, f: Finding): number {
  let c = 0;
  for (let n = f.start; n <= f.end; n++) if (!doc.line(n).blank) c++;
  return c;
}
