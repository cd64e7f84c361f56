/**
 * Learned boilerplate: lines and short blocks that recur across many documents of a corpus, which
 * no word list knows. Example: "Ne Düşünüyorsun?" under every article of one site. Counted by
 * `clean-article learn` into a profile (CCNet-style normalised line hashes, counted once per
 * document) and removed here when their document count reaches the threshold. Off by default:
 * `--profile` switches it on. A long prose paragraph is never removed on the profile's word alone,
 * and in a document whose prose is mostly in the profile (a duplicate article, which is a
 * different problem) only the non-prose lines go.
 */
import { lineKey } from '../profile/hash.js';
import type { LearnedCounts } from '../profile/profile.js';
import type { Doc, Finding, Line, Rule } from '../types.js';
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
    const longProse = (line: Line): boolean => line.prose && paragraphWords(doc, line) > options.maxProseWords;

    const hits = new Map<number, string>();
    for (const block of doc.blocks) {
      if (block.end === block.start) continue;
      const count = countOf(block.text);
      if (count < needed) continue;
      const why = `block of ${block.end - block.start + 1} lines ${share(count, profile.documents, needed)}: "${clip(block.text, 60)}"`;
      for (let n = block.start; n <= block.end; n++) if (!longProse(doc.line(n))) hits.set(n, why);
    }
    for (const line of doc.lines) {
      if (line.blank || hits.has(line.n) || longProse(line)) continue;
      const count = countOf(line.trimmed);
      if (count >= needed) hits.set(line.n, `line ${share(count, profile.documents, needed)}: "${clip(line.trimmed, 60)}"`);
    }

    const prose = doc.lines.filter((l) => l.prose).length;
    const proseHits = [...hits.keys()].filter((n) => doc.line(n).prose).length;
    const duplicateArticle = prose > 0 && proseHits * 2 > prose;

    const findings: Finding[] = [];
    for (const [n, reason] of [...hits].sort((a, b) => a[0] - b[0])) {
      if (ctx.claimed.has(n) || (duplicateArticle && doc.line(n).prose)) continue;
      const last = findings[findings.length - 1];
      if (last !== undefined && last.end === n - 1 && last.reason === reason) last.end = n;
      else findings.push({ ruleId: 'learned-boilerplate', start: n, end: n, reason });
    }
    return findings;
  },
};

/** Words of the paragraph a line belongs to: the whole block when it is one wrapped paragraph. */
function paragraphWords(doc: Doc, line: Line): number {
  const block = doc.blocks[line.block];
  if (!block.wrapped) return line.wordCount;
  let words = 0;
  for (let n = block.start; n <= block.end; n++) words += doc.line(n).wordCount;
  return words;
}

function share(count: number, documents: number, needed: number): string {
  const percent = (100 * count) / documents;
  return `in ${count} of ${documents} documents of the profile (${percent < 10 ? percent.toFixed(1) : percent.toFixed(0)}%; threshold ${needed})`;
}
