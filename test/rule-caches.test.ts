import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, reparse } from '../src/document.js';
import { rules } from '../src/index.js';
import type { Doc, Rule } from '../src/types.js';
import { shorten } from './shorten.js';

// Rules that keep what a line's text alone decides across the passes of a run (see LineStore) must
// find on a later pass's document what they find on a fresh parse of the same text, also when the
// earlier pass ran with other options.

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const inputs = readdirSync(FIXTURES).map((dir) => readFileSync(path.join(FIXTURES, dir, 'input.txt'), 'utf8'));
// Lines whose verdicts change with the options in OTHER (extra labels and agencies, a short lead-in).
inputs.push(
  [
    'Markets rally as inflation cools',
    '',
    'Snap: Foo Press',
    'meh 3 meh 5 like 2 meh 1',
    'Read the full story',
    '',
    'Stocks rose on Tuesday after new figures showed inflation cooling faster than expected, and investors bet on earlier rate cuts.',
    '',
    'Analysts said the move was broad, with technology and retail shares leading the gains across the region.',
    '',
    'If you enjoyed reading this article today, please share it with your friends',
    'Photo: Foo Press',
    'meh 4 meh 1 like 2 meh 6',
  ].join('\n') + '\n',
);

/** Other options than the defaults, for each rule that keeps line verdicts across passes. */
const OTHER: Record<string, object> = {
  copyright: { maxWords: 8 },
  'share-prompt': { maxWords: 20, maxLeadInWords: 3 },
  'interface-text': { maxWords: 3, extraLabels: ['Read the full story'] },
  'section-label': { maxLabelWords: 2 },
  'related-links': { maxHeadlineWords: 6, maxNoteWords: 20 },
  'reaction-widget': { extraLabels: ['meh'], maxLineLength: 40 },
  'main-content': { minMenuLinesBefore: 3 },
  byline: { maxWords: 10, maxNameWords: 3, maxNoteWords: 12 },
  caption: { maxCreditWords: 3, maxCaptionWords: 12, maxPhraseWords: 10, extraAgencies: ['Foo Press'], extraLabels: ['Snap'] },
};
const cached = rules.filter((r) => r.id in OTHER);

function run(rule: Rule<object>, doc: Doc, options: object, claimed: ReadonlySet<number>): unknown {
  return rule.detect(doc, { ...rule.defaults, ...options }, { claimed: new Set(claimed), claimedBy: new Map([...claimed].map((n) => [n, 'test'])) });
}

describe('line verdicts kept across passes', () => {
  it('give a later pass the findings of a fresh parse, whatever options the earlier pass had', () => {
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.array(fc.nat(400), { maxLength: 40 }), fc.array(fc.nat(400), { maxLength: 5 }), fc.boolean(), fc.boolean(), (input, cut, claim, otherFirst, otherLater) => {
        const first = parseDocument(input);
        for (const rule of cached) run(rule, first, otherFirst ? OTHER[rule.id] : {}, new Set());
        const a = shorten(first, new Set(cut));
        const later = reparse(first, a.text, a.lines, a.from);
        const fresh = parseDocument(a.text);
        const claimed = new Set(claim);
        for (const rule of cached) {
          const options = otherLater ? OTHER[rule.id] : {};
          expect(run(rule, later, options, claimed)).toEqual(run(rule, fresh, options, claimed));
        }
      }),
      { numRuns: 150 },
    );
  });
});
