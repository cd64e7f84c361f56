/**
 * Repeated title: scrapers often print the headline two or three times (page title, og:title,
 * the h1). Example: "Russia has never viewed Turkey as its strategic ally: Lavrov" printed again
 * after the teaser. The first copy stays as the title; later copies go, also when one of them
 * carries or drops a " | Site" / " - Site" suffix.
 */
import type { Finding, Rule } from '../types.js';
import { clip, normalizeKey } from '../text.js';

export interface RepeatedTitleOptions {
  /** A title needs at least this many words to be matched (short titles collide with headings). */
  minWords: number;
}

// (?<!\s): a match starts where a run of spaces starts, not again from each space inside it
// (which would take quadratic time on a long run).
const SUFFIX = /(?<!\s)\s+[|\-–—·•:]\s+[^|\-–—·•:]{2,60}$/u;

/** The normalised keys a line may be known by: itself, and itself without a trailing site suffix. */
function titleKeys(trimmed: string, minWords: number): string[] {
  const keys = [normalizeKey(trimmed)];
  const m = SUFFIX.exec(trimmed);
  if (m && m.index > 0) {
    const bare = normalizeKey(trimmed.slice(0, m.index));
    if (bare.split(' ').length >= minWords) keys.push(bare);
  }
  return keys;
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
    const findings: Finding[] = [];
    for (let n = doc.titleLine + 1; n <= doc.lines.length; n++) {
      const line = doc.line(n);
      if (line.blank || Math.abs(line.wordCount - title.wordCount) > 12) continue;
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
