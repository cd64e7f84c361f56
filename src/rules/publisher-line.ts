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

const CLAUSE_END = /[:,;]$/;
const FIRST_LETTER_CAPITAL = /^\P{L}*\p{Lu}/u;
const LETTER = /\p{L}/u;
const CAPITAL = /^\p{Lu}/u;
const NON_ASCII = /[^\x00-\x7f]/;
/**
 * In ASCII, every printable character but letters and digits is punctuation or a symbol, and the
 * white space is \t\n\v\f\r and the space; the rest (letters, digits, other control characters)
 * stays in a key.
 */
const ASCII_SEPARATORS = /[^a-z0-9\x00-\x08\x0e-\x1f\x7f]+/g;
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
      const key = NON_ASCII.test(line.trimmed) ? normalizeKey(line.trimmed) : asciiKey(line.trimmed);
      if (key.length === 0) continue;
      const group = groups.get(key);
      if (group) group.push(line);
      else groups.set(key, [line]);
    }
    const siteKey = titleSuffixKey(doc);
    const findings: Finding[] = [];
    for (const [key, group] of groups) {
      // A single line is neither repeated nor both above and below the body (which starts no later than it ends).
      if (key !== siteKey && group.length < 2) continue;
      let why = '';
      if (key === siteKey) why = 'the site name from the title suffix';
      else if (new Set(group.map((l) => caseForm(l.trimmed))).size >= 2) why = `short name line repeated ${group.length} times in different case`;
      else if (bracketsBody(doc, group)) why = `short name line repeated ${group.length} times, above and below the article body`;
      if (!why) continue;
      for (const l of group) {
        findings.push({ ruleId: 'publisher-line', start: l.n, end: l.n, reason: `${why}: "${clip(l.trimmed, 60)}"` });
      }
    }
    return findings;
  },
};

/** normalizeKey() of an ASCII string (which NFKC leaves as it is), in one pass. */
function asciiKey(s: string): string {
  return s.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
}

function bracketsBody(doc: Doc, group: readonly Line[]): boolean {
  return doc.body !== null && group.some((l) => l.n < doc.body!.start) && group.some((l) => l.n > doc.body!.end);
}

/** Short, has letters, no sentence ending, and its words are capitalised (Title Case or CAPS). */
function looksLikeName(line: Line, options: PublisherLineOptions): boolean {
  const t = line.trimmed;
  if (line.wordCount === 0 || line.wordCount > options.maxWords || t.length > options.maxChars) return false;
  // The first word with a letter starts with the line's first letter (words before it have none).
  if (!FIRST_LETTER_CAPITAL.test(t)) return false;
  if (endsLikeSentence(t) || CLAUSE_END.test(t)) return false;
  // Words with a letter: the first capitalised, and at least half of them.
  let count = 0;
  let capitalised = 0;
  for (const w of words(t)) {
    if (!LETTER.test(w)) continue;
    const capital = CAPITAL.test(w);
    if (count === 0 && !capital) return false;
    count++;
    if (capital) capitalised++;
  }
  return count > 0 && capitalised * 2 >= count;
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
