/**
 * Lines with no letter and no digit: table borders, rules and stray cell separators left by a
 * page's layout. Example: "||", "| |", "_________________", "|||+|". They hold no word of the
 * article; a section break ("* * *", "***", "⁂"), a line of emoji or emoticons, and sentence
 * punctuation alone ("!", "…") stay.
 */
import { onlyBlankBetween } from '../document.js';
import type { Finding, Rule } from '../types.js';
import { clip } from '../text.js';

export const symbolLine: Rule = {
  id: 'symbol-line',
  description: 'Removes lines with no letter, digit or emoji (table borders, rules, stray separators), keeping section breaks such as "* * *".',
  enabledByDefault: true,
  defaults: {},
  detect(doc) {
    const findings: Finding[] = [];
    for (const l of doc.lines) {
      if (l.blank || l.wordCount > 0 || !isLayout(l.trimmed)) continue;
      const last = findings[findings.length - 1];
      if (last !== undefined && onlyBlankBetween(doc, last.end, l.n)) last.end = l.n;
      else findings.push({ ruleId: 'symbol-line', start: l.n, end: l.n, reason: `no letter or digit: "${clip(l.trimmed, 30)}"` });
    }
    return findings;
  },
};

/** A section break: up to five of one dinkus or rule character, spaced or not ("* * *", "***", "___", "~~~"). */
const SECTION_BREAK = /^([*#~•·◆◇○●⁂§+=_—–-])(?:\s*\1){0,4}$|^⁂$/u;
/** Emoji and the common emoticons carry meaning in a post or a quote. */
const EXPRESSIVE = /\p{Extended_Pictographic}|[:;=]-?[()DPp]|<3/u;
/** Letters and digits in any script, and marks (a line of combining marks is not layout). */
const WORDISH = /[\p{L}\p{N}\p{M}]/u;

/** Sentence punctuation alone ("!", ".", "…", "?!") ends or breaks text that was split over lines. */
const PUNCTUATION_ONLY = /^[.!?,;:…¡¿。！？]+$/u;

function isLayout(t: string): boolean {
  return !WORDISH.test(t) && !SECTION_BREAK.test(t) && !EXPRESSIVE.test(t) && !PUNCTUATION_ONLY.test(t);
}
