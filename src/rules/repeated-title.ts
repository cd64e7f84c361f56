/**
 * Repeated title: scrapers often print the headline two or three times (page title, og:title,
 * the h1). Example: "Russia has never viewed Turkey as its strategic ally: Lavrov" printed again
 * after the teaser. The first copy stays as the title; later copies go, also when one of them
 * carries or drops a " | Site" / " - Site" suffix.
 */
import type { Finding, Rule } from '../types.js';
import { clip, titleKeys } from '../text.js';

export interface RepeatedTitleOptions {
  /** A title needs at least this many words to be matched (short titles collide with headings). */
  minWords: number;
}

const NON_ASCII = /[^\x00-\x7f]/;
/**
 * In ASCII, every printable character but letters and digits is punctuation or a symbol, and the
 * white space is \t\n\v\f\r and the space; what is left (letters, digits, other control characters)
 * stays in a key.
 */
const ASCII_SEPARATORS = /[^a-z0-9\x00-\x08\x0e-\x1f\x7f]+/g;

/** normalizeKey() of an ASCII string (which NFKC leaves as it is), in one pass. */
function asciiKey(s: string): string {
  return s.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
}

/**
 * False when the line cannot repeat the title: for an ASCII line, its key is neither a title key
 * nor starts with the title's full key (its suffix-less key is a key of a prefix of the line, which
 * in ASCII is a prefix of the line's key). Other lines are always looked at.
 */
function mayRepeat(trimmed: string, keys: readonly string[], shortest: number): boolean {
  if (NON_ASCII.test(trimmed)) return true;
  // A key is no longer than its ASCII line.
  if (trimmed.length < shortest) return false;
  const own = asciiKey(trimmed);
  return keys.includes(own) || own.startsWith(keys[0]);
}

export const repeatedTitle: Rule<RepeatedTitleOptions> = {
  id: 'repeated-title',
  description: 'Removes later copies of the title (the first non-empty line), also with or without a " | Site" suffix.',
  enabledByDefault: true,
  defaults: { minWords: 3 },
  detect(doc, options) {
    if (doc.titleLine === 0) return [];
    const title = doc.line(doc.titleLine);
    if (title.wordCount < options.minWords) return [];
    const keys = titleKeys(title.trimmed, options.minWords);
    const shortest = Math.min(...keys.map((k) => k.length));
    const findings: Finding[] = [];
    for (let n = doc.titleLine + 1; n <= doc.lines.length; n++) {
      const line = doc.line(n);
      if (line.blank || Math.abs(line.wordCount - title.wordCount) > 12) continue;
      if (!mayRepeat(line.trimmed, keys, shortest)) continue;
      const own = titleKeys(line.trimmed, options.minWords);
      // Own full key equals a title key, or own suffix-less key equals the title's full key.
      const match = keys.includes(own[0]) || (own.length > 1 && own[1] === keys[0]);
      if (match) {
        findings.push({
          ruleId: 'repeated-title',
          start: n,
          end: n,
          reason: `repeats the title of line ${doc.titleLine}: "${clip(line.trimmed)}"`,
        });
      }
    }
    return findings;
  },
};
