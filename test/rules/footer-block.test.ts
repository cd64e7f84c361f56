import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document.js';
import { footerBlock } from '../../src/rules/footer-block.js';

// footer-block reads what earlier rules claimed, so its table gives the claims with each text.
const body = [
  'The city council voted on Tuesday to build eight kilometres of protected bike lanes in the harbour district.',
  'The plan, which will cost about twelve million euros, connects the ferry terminal with the central station.',
].join('\n\n');

/** Lines footer-block removes from `text` when `claims` (line → rule id) were claimed before it. */
function removed(text: string, claims: Record<number, string>): number[] {
  const doc = parseDocument(text);
  const claimedBy = new Map(Object.entries(claims).map(([n, id]) => [Number(n), id]));
  const out: number[] = [];
  for (const f of footerBlock.detect(doc, footerBlock.defaults, { claimed: new Set(claimedBy.keys()), claimedBy })) {
    expect(f.reason).toContain('after boilerplate on line');
    for (let n = f.start; n <= f.end; n++) if (!doc.line(n).blank) out.push(n);
  }
  return out;
}

describe('footer-block', () => {
  it('removes the short lines after a publisher line below the body, in any language', () => {
    // Lines: 1 title, 3 and 5 body, 7 publisher, 9-12 footer.
    expect(removed(`Title\n\n${body}\n\nHARBOUR GAZETTE\n\nKontakty\nO nás\nLiên hệ\nGiới thiệu`, { 7: 'publisher-line' })).toEqual([9, 10, 11, 12]);
  });
  it('starts after a reaction widget or a foreign-language line too, and leaves claimed lines to their rule', () => {
    expect(removed(`Title\n\n${body}\n\nlike 0\nAbout us\nKontakt\nImpressum`, { 7: 'reaction-widget', 9: 'foreign-language' })).toEqual([8, 10]);
  });
  it('does nothing after lines that are the article\'s own end matter (related links, a byline)', () => {
    expect(removed(`Title\n\n${body}\n\nRead more\n\nAbout us\nContact`, { 7: 'related-links' })).toEqual([]);
    expect(removed(`Title\n\n${body}\n\nBy Anna Berg\n\nAbout us\nContact`, { 7: 'byline' })).toEqual([]);
  });
  it('does nothing when a list item or a long line follows', () => {
    expect(removed(`Title\n\n${body}\n\nShare this article\n\nSources\n- Council minutes, 14 March`, { 7: 'share-prompt' })).toEqual([]);
    const long = 'Readers who want to know more can find the full council report and the traffic survey in the city library';
    expect(removed(`Title\n\n${body}\n\nShare this article\n\n${long}`, { 7: 'share-prompt' })).toEqual([]);
  });
  it('does nothing without a claimed line below the body, or above it', () => {
    expect(removed(`Title\n\n${body}\n\nAbout us\nContact`, {})).toEqual([]);
    expect(removed(`Title\n\nHARBOUR GAZETTE\n\n${body}\n\nAbout us`, { 3: 'publisher-line' })).toEqual([]);
  });
});
