import { publisherLine } from '../../src/rules/publisher-line.js';
import { ruleTester } from '../rule-tester.js';

const body = [
  'The council voted on Tuesday to approve the new budget for the coming year, officials said.',
  'Opposition members criticised the plan, saying it cut spending on schools and public transport.',
  'The mayor defended the budget in a statement released after the vote on Tuesday evening.',
].join('\n\n');

ruleTester(publisherLine, {
  valid: [
    // A list of short items where nothing recurs.
    `Recipe of the week\n\n${body}\n\nFlour\nSugar\nButter\nEggs`,
    // A section heading that occurs once.
    `Budget passes\n\nCity Hall\n\n${body}`,
    // One-word replies inside dialogue end like sentences.
    `Interview\n\n${body}\n\nDid you expect this?\n\nNo.\n\nWill you run again?\n\nNo.\n\n${body}`,
    // Same-case repeats inside the body are headings or labels, not a publisher.
    `Roundup\n\n${body}\n\n[ Tech Weekly ]\n\n${body}\n\n[ Tech Weekly ]`,
    // Lower-case short lines are not names.
    `Story\n\nsee more\n\n${body}\n\nsee more`,
    // A repeated line that ends like a sentence.
    `Story\n\nThanks for reading!\n\n${body}\n\nThanks for reading!`,
  ],
  invalid: [
    // The same name in different case.
    { text: `Storm hits the coast\n\nDuvar English\n\n${body}\n\nDUVAR ENGLISH`, lines: [3, 11], reason: 'different case' },
    // The same name above and below the body.
    { text: `Storm hits the coast\n\nThe Daily Gazette\n\n${body}\n\nThe Daily Gazette`, lines: [3, 11], reason: 'above and below' },
    // The title's site suffix standing alone.
    { text: `Storm hits the coast | Daily Gazette\n\n${body}\n\nDaily Gazette`, lines: [9], reason: 'title suffix' },
    // German publisher repeated in different case.
    { text: `Sturm an der Küste\n\nNordkurier Online\n\nDer Sturm erreichte am Dienstag die Küste und richtete große Schäden an.\n\nNORDKURIER ONLINE`, lines: [3, 7] },
    // Russian publisher.
    { text: `Шторм на побережье\n\nНовости Севера\n\nШторм обрушился на побережье во вторник, сообщили власти региона.\n\nНОВОСТИ СЕВЕРА`, lines: [3, 7] },
  ],
});
