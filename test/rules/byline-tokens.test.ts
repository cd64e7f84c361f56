import { byline } from '../../src/rules/byline.js';
import { ruleTester } from '../rule-tester.js';

// Lines whose tokens mix ASCII with wider characters (letters, marks, "’"), where the tokenizer
// reads ASCII by hand and hands the rest to the regex: the verdicts must not depend on that split.
const BODY = 'The council voted on Tuesday to approve the new budget for the coming year, officials said at a news conference.';

ruleTester(byline, {
  valid: [
    `Title\n\nBy @jane_doe\n\n${BODY}`,
    `Title\n\n#Politik #Wahl\n\n${BODY}`,
    `Title\n\nBy Ana d’Souza-Pérez, Reuters\n\n${BODY}`,
  ],
  invalid: [
    { text: `Title\n\nBy Seán O’Brien - 18.11.2019 23:04\n\n${BODY}`, lines: [3], reason: 'byline with date' },
    { text: `Title\n\nVon Jürgen Müller-Lüdenscheidt | 3. März 2024, 12:30 Uhr\n\n${BODY}`, lines: [3], reason: 'byline with date' },
    { text: `Title\n\nPor José Álvarez y María Núñez\n\n${BODY}`, lines: [3], reason: 'byline' },
    { text: `Title\n\nBy Zoe\u0308 Adams and J. R. Smith\n\n${BODY}`, lines: [3], reason: 'byline' },
    { text: `Title\n\nPublié le 3 déc. 2019 à 14h05\n\n${BODY}`, lines: [3], reason: 'labelled timestamp' },
    { text: `Title\n\nAtualizado em 22/10/2010 às 20h13\n\n${BODY}`, lines: [3], reason: 'labelled timestamp' },
    { text: `Title\n\nYayınlanma: 02.01.2024 14:05\n\n${BODY}`, lines: [3], reason: 'labelled timestamp' },
    { text: `Title\n\nAutor: Иван Петров\n\n${BODY}`, lines: [3], reason: 'byline' },
  ],
});
