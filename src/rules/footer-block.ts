/**
 * The rest of a site footer below the article: once a line below the body has been found to be
 * boilerplate (the publisher's name, a reaction widget, a foreign-language footer line), the short
 * non-sentence lines after it to the end of the document are the page's footer, whatever words
 * they use. Example, under an English article after "VENTUREBEAT": "Netiquette", "Todesanzeigen",
 * "Home", "Beliebt". Runs last, so it reads what every other rule claimed; nothing above the last
 * line of prose is ever a candidate, and a long line or a list stops it.
 */
import { onlyBlankBetween } from '../document.js';
import type { Finding, Rule } from '../types.js';
import { clip, listMarker } from '../text.js';

export interface FooterBlockOptions {
  /** A line with more words than this is never footer text; it and what follows stay. */
  maxWords: number;
  /** Least number of lines already found to be boilerplate below the body before anything goes. */
  minClaimed: number;
}

/**
 * The rules whose findings below the body are a site's own furniture (not the article's end
 * matter, such as a related-links list or a credit): the footer starts there.
 */
const SITE_FURNITURE: ReadonlySet<string> = new Set(['publisher-line', 'reaction-widget', 'foreign-language', 'copyright', 'share-prompt', 'interface-text']);

export const footerBlock: Rule<FooterBlockOptions> = {
  id: 'footer-block',
  description: 'Removes the short lines below the article body that follow a line other rules found to be boilerplate there: the rest of a site footer in any language.',
  enabledByDefault: true,
  defaults: { maxWords: 15, minClaimed: 1 },
  detect(doc, options, ctx) {
    if (doc.body === null) return [];
    const last = doc.lines.length;
    let anchor = 0;
    let claimed = 0;
    for (let n = doc.articleEnd + 1; n <= last; n++) {
      const by = ctx.claimedBy.get(n);
      if (by === undefined || !SITE_FURNITURE.has(by) || doc.line(n).blank) continue;
      if (anchor === 0) anchor = n;
      claimed++;
    }
    if (anchor === 0 || claimed < options.minClaimed) return [];
    // Every unclaimed line after the anchor must be footer-shaped; otherwise nothing goes.
    const free: number[] = [];
    for (let n = anchor + 1; n <= last; n++) {
      const l = doc.line(n);
      if (l.blank || ctx.claimed.has(n)) continue;
      // A bulleted or numbered list below the article is left alone ("1 Besucher online" is no list).
      if (l.wordCount > options.maxWords || (listMarker(l.trimmed) ?? 'count') !== 'count') return [];
      free.push(n);
    }
    if (free.length === 0) return [];
    const findings: Finding[] = [];
    const why = `below the body, after boilerplate on line ${anchor}: "${clip(doc.line(anchor).trimmed, 40)}"`;
    let start = free[0];
    let prev = free[0];
    const flush = (): void => {
      findings.push({ ruleId: 'footer-block', start, end: prev, reason: `footer lines ${why}; first: "${clip(doc.line(start).trimmed, 50)}"` });
    };
    for (const n of free.slice(1)) {
      // A run of free lines with only blank lines between them is one finding.
      if (!onlyBlankBetween(doc, prev, n)) {
        flush();
        start = n;
      }
      prev = n;
    }
    flush();
    return findings;
  },
};
