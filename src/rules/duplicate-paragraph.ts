/**
 * Duplicate paragraphs: a teaser, dek or lede that repeats body text, printed again above the
 * article. Example: "The countries are also working closely in the ceasefire efforts in Syria
 * although they back opposite sides." as the second line, and again in the body. A paragraph goes
 * only when (nearly) all of its words are in paragraphs that come after it and stay; so the body
 * copy always stays, and the text is never lost.
 */
import type { Doc, Finding, Rule } from '../types.js';
import { clip, isProse, words } from '../text.js';

export interface DuplicateParagraphOptions {
  /** A paragraph needs at least this many words to count as a duplicate. */
  minWords: number;
  /** Share of its words that later paragraphs must contain (0..1). */
  minCoverage: number;
  /** Words per shingle when matching text. */
  shingle: number;
}

interface Unit {
  start: number;
  end: number;
  lines: number[];
  tokens: string[];
  text: string;
}

export const duplicateParagraph: Rule<DuplicateParagraphOptions> = {
  id: 'duplicate-paragraph',
  description: 'Removes a paragraph whose words (nearly) all appear again in later paragraphs: teasers, deks and ledes stitched from body sentences.',
  enabledByDefault: true,
  defaults: { minWords: 8, minCoverage: 0.9, shingle: 3 },
  detect(doc, options, ctx) {
    const units = paragraphUnits(doc, ctx.claimed);
    const coverage = laterCoverage(units, options);
    // The header region runs until the first prose paragraph that is not repeated later: only
    // there does a copy go (a question asked twice in an interview body is not a teaser).
    const findings: Finding[] = [];
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      const c = coverage[i];
      const removable = c !== null && u.tokens.length >= options.minWords && !u.lines.includes(doc.titleLine);
      if (!removable) {
        if (isProse(u.text, u.tokens.length)) break;
        continue;
      }
      const where = c.sources.map((s) => units[s].start);
      findings.push({
        ruleId: 'duplicate-paragraph',
        start: u.start,
        end: u.end,
        reason: `${Math.round(c.share * 100)}% of its words are repeated later (line${where.length > 1 ? 's' : ''} ${where.join(', ')}): "${clip(u.text, 70)}"`,
      });
    }
    return findings;
  },
};

/**
 * For each unit, from the last backwards: the share of its words found in later units that are not
 * themselves covered (so removing every covered unit keeps the text), or null below minCoverage.
 */
function laterCoverage(units: Unit[], options: DuplicateParagraphOptions): ({ share: number; sources: number[] } | null)[] {
  const k = options.shingle;
  const later = new Map<string, number>(); // shingle -> the earliest later uncovered unit holding it
  const result: ({ share: number; sources: number[] } | null)[] = new Array(units.length).fill(null);
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    const grams = shingles(u.tokens, k);
    if (u.tokens.length >= options.minWords) {
      const covered = new Array<boolean>(u.tokens.length).fill(false);
      const sources = new Set<number>();
      grams.forEach((g, j) => {
        const src = later.get(g);
        if (src === undefined) return;
        sources.add(src);
        for (let w = j; w < Math.min(j + k, u.tokens.length); w++) covered[w] = true;
      });
      const share = covered.filter(Boolean).length / u.tokens.length;
      if (share >= options.minCoverage) {
        result[i] = { share, sources: [...sources].sort((a, b) => a - b) };
        continue;
      }
    }
    for (const g of grams) later.set(g, i);
  }
  return result;
}

/**
 * The units compared: one per paragraph wrapped over several lines, otherwise one per line (one
 * paragraph per line, or a single line). Lines claimed by earlier rules are left out.
 */
function paragraphUnits(doc: Doc, claimed: ReadonlySet<number>): Unit[] {
  const units: Unit[] = [];
  for (const block of doc.blocks) {
    const lines = [];
    for (let n = block.start; n <= block.end; n++) if (!claimed.has(n)) lines.push(doc.line(n));
    if (lines.length === 0) continue;
    const groups = block.wrapped ? [lines] : lines.map((l) => [l]);
    for (const g of groups) {
      const text = g.map((l) => l.trimmed).join(' ');
      units.push({ start: g[0].n, end: g[g.length - 1].n, lines: g.map((l) => l.n), tokens: tokens(text), text });
    }
  }
  return units;
}

function tokens(text: string): string[] {
  return words(text.normalize('NFKC').toLowerCase().replace(/’/g, "'"));
}

function shingles(t: string[], k: number): string[] {
  if (t.length < k) return t.length > 0 ? [t.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + k <= t.length; i++) out.push(t.slice(i, i + k).join(' '));
  return out;
}
