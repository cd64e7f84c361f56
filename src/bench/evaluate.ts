// Cleans every page of every input kind in-process with clean() and scores the raw and cleaned
// texts; finds the pages that lost recall or gained little precision, and the gold lines a rule
// removed.
import { DEFAULT_MAX_SIZE } from '../cli/size.js';
import { cleanText as clean } from '../clean.js';
import { parseDocument } from '../index.js';
import type { CleanOptions, Finding } from '../index.js';
import { inputText } from './dataset.js';
import type { Page } from './dataset.js';
import { aggregate, scorePage, shingles, tokens } from './metric.js';
import type { PageScore, Scores } from './metric.js';

/** The options `clean-article --write FILE` cleans a file with when no flag and no configuration file sets any. */
export const CLI_OPTIONS: CleanOptions = { enable: [], disable: [] };

/**
 * The text score.py reads back after `node bin/clean-article.js --write {dir}` ran on a file that
 * held `text`: the CLI leaves a file it refuses (a NUL byte: binary; over --max-size) or that
 * cleaning does not change as it was, else writes clean()'s text; Python reads the file in text
 * mode, which turns "\r\n" and a lone "\r" into "\n".
 */
export function cleanAsWritten(text: string, options: CleanOptions = CLI_OPTIONS): string {
  let out = text;
  if (!text.includes('\0') && Buffer.byteLength(text, 'utf8') <= DEFAULT_MAX_SIZE) {
    const result = clean(text, options);
    if (result.changed) out = result.text;
  }
  return readBack(out);
}

/** A text as Python's open(…, encoding='utf-8').read() returns it from a file: universal newlines. */
export function readBack(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** One page of one input kind, scored before and after cleaning. */
export interface PageResult {
  page: Page;
  raw: PageScore;
  cleaned: PageScore;
}

/** The scores of one input kind. */
export interface KindResult {
  kind: string;
  raw: Scores;
  cleaned: Scores;
  pages: PageResult[];
}

/** Scores per kind, and the time spent inside clean() in milliseconds. */
export interface Evaluation {
  results: KindResult[];
  cleanMs: number;
}

/** Clean and score every page for each kind, in the order given. */
export function evaluate(pages: readonly Page[], kinds: readonly string[], options: CleanOptions = CLI_OPTIONS): Evaluation {
  let cleanMs = 0;
  const results = kinds.map((kind) => {
    const scored = pages.map((page) => {
      const raw = inputText(page, kind);
      const t0 = performance.now();
      const cleaned = cleanAsWritten(raw, options);
      cleanMs += performance.now() - t0;
      return { page, raw: scorePage(page.gold, raw), cleaned: scorePage(page.gold, cleaned) };
    });
    return {
      kind,
      raw: aggregate(scored.map((s) => s.raw)),
      cleaned: aggregate(scored.map((s) => s.cleaned)),
      pages: scored,
    };
  });
  return { results, cleanMs };
}

/** A page whose precision or recall changed with cleaning. */
export interface PageChange {
  page: Page;
  kind: string;
  before: number;
  after: number;
}

/** Up to n pages (of any kind) whose recall dropped, the largest drop first. */
export function recallDrops(results: readonly KindResult[], n: number): PageChange[] {
  const changes = results.flatMap((r) =>
    r.pages.flatMap((p) => (p.raw.recall !== null && (p.cleaned.recall ?? 0) < p.raw.recall ? [change(r.kind, p, 'recall')] : [])),
  );
  return changes.sort((a, b) => a.after - a.before - (b.after - b.before) || a.page.index - b.page.index).slice(0, n);
}

/**
 * Up to n pages (of any kind) that had precision to gain (raw precision below 1) and gained least:
 * a loss first, then no gain with the lowest precision first.
 */
export function smallestPrecisionGains(results: readonly KindResult[], n: number): PageChange[] {
  const changes = results.flatMap((r) =>
    r.pages.flatMap((p) => (p.raw.precision !== null && p.raw.precision < 1 && p.cleaned.precision !== null ? [change(r.kind, p, 'precision')] : [])),
  );
  return changes.sort((a, b) => a.after - a.before - (b.after - b.before) || a.after - b.after || a.page.index - b.page.index).slice(0, n);
}

function change(kind: string, p: PageResult, measure: 'precision' | 'recall'): PageChange {
  return { page: p.page, kind, before: p.raw[measure] ?? 0, after: p.cleaned[measure] ?? 0 };
}

/** A removed line that holds gold text. */
export interface LostLine {
  /** 1-based line number in the input. */
  line: number;
  text: string;
  finding: Finding;
  /** Number of word tokens; a line of fewer than 4 counts as lost when a gold line has the same words. */
  words: number;
  /** The line's 4-word shingles found in the gold, of all its shingles (1 of 1 for a short line equal to a gold line). */
  inGold: number;
  shingles: number;
}

/** What cleaning one input kind of a page removed that the gold holds. */
export interface LostReport {
  kind: string;
  recall: { before: number | null; after: number | null };
  lines: LostLine[];
}

/**
 * The removed lines that hold gold text: a line of 4 or more words shares a 4-word shingle with the
 * gold; a shorter line has the same words as a whole gold line.
 */
export function lostLines(page: Page, kind: string, options: CleanOptions = {}): LostReport {
  const raw = inputText(page, kind);
  const result = clean(raw, options);
  const gold = shingles(page.gold);
  const goldLines = new Set(page.gold.split(/\r?\n|\r/).map((l) => tokens(l).join(' ')));
  const doc = parseDocument(raw);
  const lines: LostLine[] = [];
  for (const finding of result.findings) {
    for (let n = finding.start; n <= finding.end; n++) {
      const text = doc.line(n).text;
      const words = tokens(text);
      if (words.length === 0) continue;
      let inGold = 0;
      let count = 1;
      if (words.length < 4) {
        inGold = goldLines.has(words.join(' ')) ? 1 : 0;
      } else {
        const own = shingles(text);
        count = 0;
        for (const [key, c] of own) {
          count += c;
          if (gold.has(key)) inGold += c;
        }
      }
      if (inGold > 0) lines.push({ line: n, text, finding, words: words.length, inGold, shingles: count });
    }
  }
  const before = scorePage(page.gold, raw).recall;
  const after = scorePage(page.gold, result.text).recall;
  return { kind, recall: { before, after }, lines };
}
