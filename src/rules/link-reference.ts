/**
 * Link lists that Markdown-writing extractors leave at the end of an article: reference
 * definitions such as "[2]: https://www.steelers.com/video/steelers-looking-ahead", with the tail
 * of a long address that the extractor hard-wrapped onto the next line ("-of-ipo/"). Addresses
 * inside sentences and bare addresses on their own line stay: a list of links can be the article.
 */
import type { Finding, Rule } from '../types.js';
import { clip } from '../text.js';

export interface LinkReferenceOptions {
  /** A definition line at least this long may have been hard-wrapped: its tail is on the next line. */
  wrapWidth: number;
}

/** "[12]: https://…" or "[label]: <https://…> "title"". The label has no brackets, the address no spaces. */
const DEFINITION = /^\[[^[\]]{1,100}\]:[ \t]{0,8}<?[^\s<>]{1,2000}>?(?:[ \t]{1,8}(?:"[^"]{0,300}"|'[^']{0,300}'|\([^()]{0,300}\)))?$/u;
/** The wrapped tail of an address: no spaces, no sentence. */
const TAIL = /^[^\s]{1,200}$/u;

export const linkReference: Rule<LinkReferenceOptions> = {
  id: 'link-reference',
  description: 'Removes Markdown link reference definitions ("[3]: https://…"), with the hard-wrapped tail of a long address.',
  enabledByDefault: true,
  defaults: { wrapWidth: 76 },
  detect(doc, options, ctx) {
    const findings: Finding[] = [];
    const lines = doc.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.blank || ctx.claimed.has(line.n)) continue;
      const t = line.trimmed;
      if (DEFINITION.test(t)) {
        let end = line.n;
        // The extractor wraps at a fixed width; the address goes on without spaces.
        while (end < lines.length && doc.line(end).text.length >= options.wrapWidth) {
          const next = doc.line(end + 1);
          if (next.blank || !TAIL.test(next.trimmed) || DEFINITION.test(next.trimmed)) break;
          end++;
        }
        findings.push({ ruleId: 'link-reference', start: line.n, end, reason: `Markdown link definition: "${clip(t, 70)}"` });
        i = end - 1;
        continue;
      }
    }
    return findings;
  },
};
