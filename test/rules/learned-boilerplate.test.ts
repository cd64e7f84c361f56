import { describe, expect, it } from 'vitest';
import { documentKeys } from '../../src/profile/keys.js';
import { Profile } from '../../src/profile/profile.js';
import type { LearnedCounts } from '../../src/profile/profile.js';
import { learnedBoilerplate, profileThreshold } from '../../src/rules/learned-boilerplate.js';
import { ruleTester } from '../rule-tester.js';

// The profile of a small corpus: 20 articles from one site, each with the site's footer lines,
// a long "about us" paragraph and a wrapped note; 6 of them also carry a rarer promo line.

const sentences = [
  'The council met on Tuesday to discuss the new budget for the harbour district.',
  'Officials said the repairs to the sea wall would take at least two more years.',
  'Residents asked for more buses on the coastal route during the summer months.',
  'The school board approved a plan to renovate three primary schools this year.',
  'Fishermen reported a good season despite the storms that hit the coast in March.',
];
const footer = ['Share this story', 'Ne Düşünüyorsun?', 'Sign up for our newsletter to get the news every morning.'];
const about =
  'The Harbour Times is an independent newspaper founded in 1921 and owned by a trust whose only purpose is to keep it publishing, covering the port, the islands and the surrounding district for its readers.';
const note = ['This story is part of our coastal series, supported by a grant', 'from the Sea Fund. Our journalism is independent.'];
const promo = 'Win tickets to the summer festival';

function article(i: number): string {
  const body = [`Article ${i}: ${sentences[i % 5]}`, `${sentences[(i + 1) % 5]} Story ${i} continues here with more detail.`];
  return [`Headline number ${i}`, ...body, about, note.join('\n'), footer.join('\n'), ...(i < 6 ? [promo] : [])].join('\n\n');
}

function profileOf(texts: readonly string[]): LearnedCounts {
  const p = new Profile();
  for (const t of texts) p.addDocument(documentKeys(t));
  return p.lookup(1);
}

const corpus = Array.from({ length: 20 }, (_, i) => article(i));
const profile = profileOf(corpus);

/** A copied wire story: five documents of the corpus hold it whole. */
const wire = [
  'Central bank raises interest rate to slow inflation',
  'The central bank raised its main interest rate by half a percentage point on Thursday, its third increase this year.',
  'The governor said further increases could not be ruled out.',
  'Consumer prices rose 6.2 percent in the year to September, the statistics office reported last week.',
].join('\n\n');
const withCopies = profileOf([...corpus, ...Array.from({ length: 5 }, () => wire)]);

const body = `${sentences[0]}\n\n${sentences[1]}`;

ruleTester(learnedBoilerplate, {
  valid: [
    // No profile (the default): nothing.
    `Title\n\n${body}\n\n${footer.join('\n')}`,
    // A long prose paragraph found in every document stays.
    { text: `Title\n\n${body}\n\n${about}`, options: { profile } },
    // A line found in 6 of 20 documents is below a 50% share.
    { text: `Title\n\n${body}\n\n${promo}`, options: { profile, minShare: 0.5 } },
    // ... and below 10 documents.
    { text: `Title\n\n${body}\n\n${promo}`, options: { profile, minDocs: 10 } },
    // Lines the profile does not know.
    { text: `Title\n\n${body}\n\nShare this article`, options: { profile } },
    // A copy of an article found in five documents keeps all of its lines, short ones included.
    { text: wire, options: { profile: withCopies } },
    // Lines of numbers only have no key: a table's cells are not boilerplate.
    { text: `Results\n\n${body}\n\n1\n2\n3`, options: { profile: profileOf(Array.from({ length: 20 }, (_, i) => `Table ${i}\n\n1\n2\n3\n4`)) } },
  ],
  invalid: [
    // Footer lines found in all 20 documents.
    { text: `Title\n\n${body}\n\n${footer.join('\n')}`, lines: [7, 8, 9], options: { profile }, reason: 'in 20 of 20 documents' },
    // The same lines in another case and with other punctuation.
    { text: `Title\n\n${body}\n\nSHARE THIS STORY!\nne düşünüyorsun`, lines: [7, 8], options: { profile } },
    // The wrapped note, as a block, also when wrapped differently.
    { text: `Title\n\n${body}\n\n${note.join(' ')}`, lines: [7], options: { profile } },
    { text: `Title\n\n${body}\n\n${note.join('\n')}`, lines: [7, 8], options: { profile }, reason: 'block of 2 lines' },
    // A line in 6 of 20 documents with the default threshold (5 documents, 1%).
    { text: `Title\n\n${body}\n\n${promo}`, lines: [7], options: { profile }, reason: 'in 6 of 20 documents of the profile (30%; threshold 5)' },
    // In a copied article only what is far more common than the article itself goes.
    { text: `${wire}\n\nShare this story`, lines: [9], options: { profile: withCopies }, reason: "over twice the 5 documents this article's own text is in" },
  ],
});

describe('profileThreshold', () => {
  it('is the larger of the document count and the share, rounded up', () => {
    expect(profileThreshold(100, 5, 0.01)).toBe(5);
    expect(profileThreshold(700, 5, 0.01)).toBe(7);
    expect(profileThreshold(701, 5, 0.01)).toBe(8);
    expect(profileThreshold(1_000_000, 5, 0.01)).toBe(10_000);
    expect(profileThreshold(10, 0, 0)).toBe(1);
  });
});
