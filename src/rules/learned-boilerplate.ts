/**
 * Learned boilerplate: lines and short blocks that recur across many documents of a corpus, which
 * no word list knows. Example: "Ne Düşünüyorsun?" under every article of one site. Counted by
 * `clean-article learn` into a profile (CCNet-style normalised line hashes, counted once per
 * document) and removed here when their document count reaches the threshold. Off by default:
 * `--profile` switches it on.
 *
 * Two guards keep article text. A long prose paragraph is never removed on the profile's word
 * alone. And a copy of an article that the corpus holds several times (a duplicate, which is a
 * different problem) is not gutted: the number of documents its own prose is in is estimated
 * (the median count of its prose paragraphs, or the count that two of its long paragraphs reach),
 * and a line then goes only if it is in more than twice as many documents as that.
 */
import { lineKey } from '../profile/hash.js';
import type { LearnedCounts } from '../profile/profile.js';
import type { Finding, Rule } from '../types.js';
import { clip } from '../text.js';

export interface LearnedBoilerplateOptions {
  /** The profile's counts (Profile.lookup); null, the default, finds nothing. */
  profile: LearnedCounts | null;
  /** A line must occur in at least this many documents of the profile… */
  minDocs: number;
  /** …and in at least this share of them (0.01 = 1%). */
  minShare: number;
  /** A prose paragraph with more words than this is never removed by the profile. */
  maxProseWords: number;
}

/** The least document count that marks a line as boilerplate in a profile of `documents`. */
export function profileThreshold(documents: number, minDocs: number, minShare: number): number {
  return Math.max(1, minDocs, Math.ceil(minShare * documents - 1e-9));
}

/**
 * The least count a profile must keep for the rule: half the threshold, because the counts of an
 * article's own paragraphs from there up tell whether the document is a copy (see above).
 */
export function profileLookupFloor(documents: number, minDocs: number, minShare: number): number {
  return Math.ceil(profileThreshold(documents, minDocs, minShare) / 2);
}

/** A paragraph, or one line of a block whose lines stand alone, with its count in the profile. */
interface Unit {
  start: number;
  end: number;
  text: string;
  count: number;
  prose: boolean;
  words: number;
}

export const learnedBoilerplate: Rule<LearnedBoilerplateOptions> = {
  id: 'learned-boilerplate',
  description:
    'Removes lines and short blocks that a profile learned from the corpus (clean-article learn) finds in many documents; needs --profile. Never a long prose paragraph.',
  enabledByDefault: false,
  defaults: { profile: null, minDocs: 5, minShare: 0.01, maxProseWords: 30 },
  detect(doc, options, ctx) {
    const profile = options.profile;
    if (profile === null || profile.documents === 0) return [];
    const needed = profileThreshold(profile.documents, options.minDocs, options.minShare);
    const countOf = (text: string): number => {
      const key = lineKey(text);
      return key === null ? 0 : (profile.counts.get(key) ?? 0);
    };
    const long = (u: Unit): boolean => u.prose && u.words > options.maxProseWords;

    // A block is one unit when it is a wrapped paragraph or recurs as a whole (so a copy wrapped
    // differently is still recognised); otherwise each of its lines is a unit.
    const blockUnits: Unit[] = [];
    const lineUnits: Unit[] = [];
    for (const block of doc.blocks) {
      const lines = doc.lines.slice(block.start - 1, block.end);
      const whole: Unit = {
        start: block.start,
        end: block.end,
        text: block.text,
        count: lines.length > 1 ? countOf(block.text) : 0,
        prose: lines.some((l) => l.prose),
        words: lines.reduce((sum, l) => sum + l.wordCount, 0),
      };
      if (block.wrapped || whole.count > 0) blockUnits.push(whole);
      for (const l of lines) {
        const unit: Unit = { start: l.n, end: l.n, text: l.trimmed, count: countOf(l.trimmed), prose: l.prose, words: l.wordCount };
        // A line of a long wrapped paragraph is as long as its paragraph.
        if (block.wrapped) unit.words = whole.words;
        lineUnits.push(unit);
        if (!block.wrapped && whole.count === 0 && unit.prose) blockUnits.push(unit);
      }
    }

    // How many documents the article's own text is in, from its prose paragraphs (0 for one the
    // profile does not hold): the median count of all of them, or more when at least two long
    // paragraphs (which boilerplate is not) are each in more documents than that.
    const prose = blockUnits.filter((u) => u.prose);
    const longCounts = prose.filter(long).map((u) => u.count);
    longCounts.sort((a, b) => b - a);
    const own = Math.max(median(prose.map((u) => u.count)), longCounts[1] ?? 0);
    const bar = Math.max(needed, 2 * own + 1);
    const evidence = (count: number): string =>
      `in ${count} of ${profile.documents} documents of the profile (${percent(count, profile.documents)}; threshold ${bar}` +
      (bar > needed ? `, over twice the ${own} documents this article's own text is in)` : ')');

    const hits = new Map<number, string>();
    for (const u of blockUnits) {
      if (u.end === u.start || u.count < bar || long(u)) continue;
      const why = `block of ${u.end - u.start + 1} lines ${evidence(u.count)}: "${clip(u.text, 60)}"`;
      for (let n = u.start; n <= u.end; n++) hits.set(n, why);
    }
    for (const u of lineUnits) {
      if (hits.has(u.start) || u.count < bar || long(u)) continue;
      hits.set(u.start, `line ${evidence(u.count)}: "${clip(u.text, 60)}"`);
    }

    const findings: Finding[] = [];
    for (const [n, reason] of [...hits].sort((a, b) => a[0] - b[0])) {
      if (ctx.claimed.has(n)) continue;
      const last = findings[findings.length - 1];
      if (last !== undefined && last.end === n - 1 && last.reason === reason) last.end = n;
      else findings.push({ ruleId: 'learned-boilerplate', start: n, end: n, reason });
    }
    return findings;
  },
};

function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
}

function percent(count: number, documents: number): string {
  const p = (100 * count) / documents;
  return `${p < 10 ? p.toFixed(1) : p.toFixed(0)}%`;
}
