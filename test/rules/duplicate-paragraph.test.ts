import { describe, expect, it } from 'vitest';
import { duplicateParagraph } from '../../src/rules/duplicate-paragraph.js';
import { ruleTester } from '../rule-tester.js';

const p1 = 'The relations between the two countries have been developing in recent years, with new trade deals signed.';
const p2 = 'The countries are also working closely in the ceasefire efforts although they back opposite sides.';
const p3 = 'The foreign minister was commenting on the clashes in the region when he made the remarks on Tuesday.';

ruleTester(duplicateParagraph, {
  valid: [
    // Short sentences repeated in the body stay.
    `Title of the story\n\n${p1}\n\nHe declined to comment.\n\n${p2}\n\nHe declined to comment.`,
    // A question asked twice in an interview body: the first unique prose paragraph ends the header region.
    `Interview title\n\n${p1}\n\nWhat kind of food do you like to cook yourself at home on weekends?\n\nPasta, mostly.\n\nWhat kind of food do you like to cook yourself at home on weekends?\n\nSoup.`,
    // A paragraph that shares only part of its words with the body stays.
    `Title of the story\n\nThe countries are also working closely on energy, trade and culture, officials in both capitals said.\n\n${p1}\n\n${p2}`,
    // After the first unique prose paragraph, repeats inside the body stay (both copies).
    `Title of the story\n\n${p3}\n\n${p1}\n\n${p2}\n\n${p1}`,
    // The title is never removed, even when the body repeats it.
    `${p2}\n\n${p1}\n\n${p2}`,
  ],
  invalid: [
    // A teaser repeating a body paragraph word for word.
    { text: `Title of the story\n\n${p2}\n\n${p1}\n\n${p2}\n\n${p3}`, lines: [3], reason: 'repeated later' },
    // Normalised duplicate: case, quotes and spacing differ.
    { text: `Title of the story\n\n${p2.toUpperCase()}\n\n${p1}\n\n${p2}`, lines: [3] },
    // A lede stitched from two body sentences.
    {
      text: `Title of the story\n\nThe relations between the two countries have been developing in recent years, with new trade deals signed. The countries are also working closely in the ceasefire efforts although they back opposite sides.\n\n${p1}\n\n${p2}\n\n${p3}`,
      lines: [3],
    },
    // A slightly shorter lede merging sentences the body repeats in full.
    {
      text: `Title of the story\n\nThe foreign minister was commenting on the clashes in the region, and the relations between the two countries have been developing in recent years.\n\n${p3}\n\n${p1}`,
      lines: [3],
    },
    // Wrapped over several lines: the whole paragraph goes.
    {
      text: `Title of the story\n\nThe countries are also working closely in the\nceasefire efforts although they back\nopposite sides\n\n${p1}\n\n${p2}`,
      lines: [3, 4, 5],
    },
    // One paragraph per line, no blank lines: the teaser line goes.
    { text: `Title of the story\n${p2}\n${p1}\n${p2}\n${p3}`, lines: [2] },
    // French teaser.
    {
      text: `Titre de l'article\n\nLe gouvernement a annoncé mardi un nouveau plan pour les hôpitaux publics du pays.\n\nLe ministre a présenté les mesures devant les députés.\n\nLe gouvernement a annoncé mardi un nouveau plan pour les hôpitaux publics du pays.`,
      lines: [3],
    },
  ],
});

