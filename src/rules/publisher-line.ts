/**
 * Publisher lines: the source's name printed on a line of its own, once in the header and again
 * in the footer, often in a different case. Example: "Duvar English" … "DUVAR ENGLISH". Found by
 * shape (short, capitalised, not a sentence) and recurrence, or as the " | Site" suffix of the
 * title standing alone; never by a list of names.
 */
import type { Doc, Finding, Line, Rule } from '../types.js';
import { clip, endsLikeSentence, normalizeKey, words } from '../text.js';

export interface PublisherLineOptions {
  /** Longest line, in words, that can be a publisher line. */
  maxWords: number;
  /** Longest line, in characters. */
  maxChars: number;
}

const TITLE_SUFFIX = /\s[|–—-]\s+([^|–—-]{2,60})$/u;

export const publisherLine: Rule<PublisherLineOptions> = {
  id: 'publisher-line',
  description: 'Removes short capitalised non-sentence lines naming the source: the same name repeated (often in another case) or the title\'s " | Site" suffix on its own line.',
  enabledByDefault: true,
  defaults: { maxWords: 5, maxChars: 60 },
  detect(doc, options, ctx) {
    const groups = new Map<string, Line[]>();
    for (const line of doc.lines) {
      if (line.blank || line.n === doc.titleLine || ctx.claimed.has(line.n)) continue;
      if (!looksLikeName(line, options)) continue;
      const key = normalizeKey(line.trimmed);
      if (key.length === 0) continue;
      const group = groups.get(key);
      if (group) group.push(line);
      else groups.set(key, [line]);
    }
    const siteKey = titleSuffixKey(doc);
    const findings: Finding[] = [];
    for (const [key, group] of groups) {
      const forms = new Set(group.map((l) => caseForm(l.trimmed)));
      const bracketsBody = doc.body !== null && group.some((l) => l.n < doc.body!.start) && group.some((l) => l.n > doc.body!.end);
      let why = '';
      if (key === siteKey) why = 'the site name from the title suffix';
      else if (group.length >= 2 && forms.size >= 2) why = `short name line repeated ${group.length} times in different case`;
      else if (bracketsBody) why = `short name line repeated ${group.length} times, above and below the article body`;
      if (!why) continue;
      for (const l of group) {
        findings.push({ ruleId: 'publisher-line', start: l.n, end: l.n, reason: `${why}: "${clip(l.trimmed, 60)}"` });
      }
    }
    return findings;
  },
};

/** Short, has letters, no sentence ending, and its words are capitalised (Title Case or CAPS). */
function looksLikeName(line: Line, options: PublisherLineOptions): boolean {
  const t = line.trimmed;
  if (line.wordCount === 0 || line.wordCount > options.maxWords || t.length > options.maxChars) return false;
  if (endsLikeSentence(t) || /[:,;]$/.test(t)) return false;
  const ws = words(t).filter((w) => /\p{L}/u.test(w));
  if (ws.length === 0) return false;
  const capitalised = ws.filter((w) => /^\p{Lu}/u.test(w)).length;
  return /^\p{Lu}/u.test(ws[0]) && capitalised * 2 >= ws.length;
}

function titleSuffixKey(doc: Doc): string | null {
  if (doc.titleLine === 0) return null;
  const m = TITLE_SUFFIX.exec(doc.line(doc.titleLine).trimmed);
  return m ? normalizeKey(m[1]) : null;
}

/** The line's letters and digits only, case kept: two lines differ in this form only by case. */
function caseForm(s: string): string {
  return words(s.normalize('NFKC')).join(' ');
}
