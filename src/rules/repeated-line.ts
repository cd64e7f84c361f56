/**
 * Repeated lines: a line that is not a sentence and appears more than once in one document is
 * page furniture printed twice: a menu in the header and again in the footer, "Follow X on
 * Twitter" above and below the article, a "Related articles" label before every teaser list.
 * Example: "Share this article" on line 3 and again on line 48. Every copy goes when one of them
 * lies outside the article body (before its first or after its last prose line); lines repeated
 * only inside the body (a table header, a questionnaire's questions) stay. Sentences, speaker
 * labels ("JOHN SMITH:"), numbered or ranked list items, numbers and one-word lines are never
 * matched.
 */
import type { Finding, Line, Rule } from '../types.js';
import { clip, endsLikeSentence, listMarker } from '../text.js';
import { normalizeKey as key } from '../text.js';

export interface RepeatedLineOptions {
  /** Fewest words a repeated line must have (one-word lines collide with table cells). */
  minWords: number;
  /** Most words: longer lines are text, not furniture. */
  maxWords: number;
}

/** Line numbers a reason lists before "and N more". */
const MAX_LISTED = 5;

export const repeatedLine: Rule<RepeatedLineOptions> = {
  id: 'repeated-line',
  description: 'Removes every copy of a short non-sentence line that appears more than once in the document (menus, share and follow lines printed twice).',
  enabledByDefault: true,
  sparesBodyStructure: true,
  defaults: { minWords: 2, maxWords: 12 },
  detect(doc, options, ctx) {
    const groups = new Map<string, Line[]>();
    for (const line of doc.lines) {
      if (line.blank || line.n === doc.titleLine || !furniture(line, options)) continue;
      const k = key(line.trimmed);
      const group = groups.get(k);
      if (group) group.push(line);
      else groups.set(k, [line]);
    }
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2 || group.every((l) => ctx.claimed.has(l.n))) continue;
      // Structure repeated inside the article (a table header, a questionnaire's questions) stays:
      // furniture has a copy in the header or footer, outside the prose body.
      if (doc.body !== null && group.every((l) => l.n > doc.body!.start && l.n < doc.body!.end)) continue;
      // The first few places name the group; a long list of them would cost memory per finding.
      const where = group.length <= MAX_LISTED ? group.map((l) => l.n).join(', ') : `${group.slice(0, MAX_LISTED).map((l) => l.n).join(', ')} and ${group.length - MAX_LISTED} more`;
      for (const line of group) {
        findings.push({ ruleId: 'repeated-line', start: line.n, end: line.n, reason: `non-sentence line repeated on lines ${where}: "${clip(line.trimmed)}"` });
      }
    }
    return findings;
  },
};

function furniture(line: Line, o: RepeatedLineOptions): boolean {
  if (line.prose || line.wordCount < o.minWords || line.wordCount > o.maxWords) return false;
  const t = line.trimmed;
  if (endsLikeSentence(t) || t.endsWith(':')) return false;
  // A numbered or ranked item ("8 KQ 6: Heir Today") is a list's, printed again in another list.
  const marker = listMarker(t);
  if (marker === 'number' || marker === 'count') return false;
  return letterCount(t) * 2 > t.length;
}

/** Number of letters (\p{L}); ASCII text counted from the character codes. */
function letterCount(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x80) return t.match(/\p{L}/gu)?.length ?? 0;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}
