import { repeatedTitle } from '../../src/rules/repeated-title.js';
import { ruleTester } from '../rule-tester.js';

const body = 'The council voted on Tuesday to approve the new budget for the coming year.';

ruleTester(repeatedTitle, {
  valid: [
    // A heading that shares words with the title stays.
    `City council approves budget after long debate\n\n${body}\n\nBudget debate continues in council\n\n${body.replace('Tuesday', 'Monday')}`,
    // A title of fewer than three words is too short to match safely.
    `Brexit\n\n${body}\n\nBrexit\n\nMore text follows here, and it ends here.`,
    // The title text inside a longer sentence stays.
    `Storm hits the coast\n\nOfficials said the storm hits the coast every few years, and it did again.`,
    // Only one copy: nothing to remove.
    `Ein Sturm trifft die Küste\n\nDer Sturm erreichte am Dienstag die Nordseeküste.`,
    // A longer line that only starts like the title.
    `Markets fall as rates rise\n\nMarkets fall as rates rise, but analysts expect a rebound within weeks.`,
    // A suffix-less title that is too short after the cut does not match a heading.
    `Election 2020 - Live updates\n\n${body}\n\nElection 2020\n\nVoters went to the polls.`,
  ],
  invalid: [
    {
      text: `Russia has never viewed Turkey as its strategic ally: Lavrov\n\n${body}\n\nRussia has never viewed Turkey as its strategic ally: Lavrov\n\n\n\nRussia has never viewed Turkey as its strategic ally: Lavrov\n\n${body}`,
      lines: [5, 9],
      reason: 'repeats the title of line 1',
    },
    // Case, punctuation and spacing differ.
    { text: `Storm Hits The Coast, Again\n\n${body}\n\nSTORM HITS THE COAST AGAIN\n\n${body}`, lines: [5] },
    // A later copy adds a site suffix.
    { text: `Storm hits the coast again\n\n${body}\n\nStorm hits the coast again | Daily Gazette\n\n${body}`, lines: [5] },
    // The first copy has the suffix, the later copy drops it.
    { text: `Storm hits the coast again - Daily Gazette\n\n${body}\n\nStorm hits the coast again\n\n${body}`, lines: [5] },
    // German, with an en dash suffix.
    { text: `Sturm trifft die Nordseeküste\n\nDer Sturm erreichte am Dienstag die Küste.\n\nSturm trifft die Nordseeküste – Tageszeitung\n\nMehr Text folgt.`, lines: [5] },
    // Russian, repeated inside a block of lines.
    { text: `Шторм обрушился на побережье\nШторм обрушился на побережье\nВласти объявили режим чрезвычайной ситуации.`, lines: [2] },
    // Markdown heading copy.
    { text: `Storm hits the coast again\n\n# Storm hits the coast again\n\n${body}`, lines: [3] },
  ],
});
