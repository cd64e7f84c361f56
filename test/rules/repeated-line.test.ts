import { repeatedLine } from '../../src/rules/repeated-line.js';
import { ruleTester } from '../rule-tester.js';

const body = [
  'The council voted on Tuesday to approve the new budget for the coming year, officials said.',
  'Opposition members criticised the plan, saying it cut spending on schools and public transport.',
  'The mayor defended the budget in a statement released after the vote on Tuesday evening.',
].join('\n\n');

ruleTester(repeatedLine, {
  valid: [
    // Printed once.
    `Budget passes\n\nFollow us on Twitter\n\n${body}`,
    // A repeated sentence is text, not furniture.
    `Budget passes\n\nThanks for reading our coverage.\n\n${body}\n\nThanks for reading our coverage.`,
    // Speaker labels repeat in an interview.
    `Interview\n\n${body}\n\nJOHN SMITH:\n\n${body}\n\nJOHN SMITH:\n\n${body}`,
    // One-word lines repeat in tables and lists.
    `Budget passes\n\nSports\n\n${body}\n\nSports`,
    // Structure repeated only inside the body: a table header, a questionnaire's question.
    `Survey\n\n${body}\n\nWhat inspires you\n\n${body}\n\nWhat inspires you\n\n${body}`,
    // The title's later copies belong to repeated-title.
    `Budget passes tonight\n\n${body}\n\nBudget passes tonight`,
  ],
  invalid: [
    { text: `Budget passes\n\nFollow us on Twitter\n\n${body}\n\nFollow us on Twitter`, lines: [3, 11], reason: 'repeated on lines 3, 11' },
    // A menu printed in the header and again in the footer; case and punctuation do not matter.
    { text: `Budget passes\n\nLocal News\nWorld News\n\n${body}\n\nLOCAL NEWS\nWorld news.`, lines: [3, 12] },
  ],
});
