import { symbolLine } from '../../src/rules/symbol-line.js';
import { ruleTester } from '../rule-tester.js';

const P = 'The lighthouse keeper arrived in 1962 and never left the island again.';

ruleTester(symbolLine, {
  valid: [
    // Section breaks, emoji and emoticons carry meaning.
    `${P}\n\n* * *\n\n${P}`,
    `${P}\n\n***\n\n${P}`,
    `${P}\n\n___\n\n${P}`,
    `${P}\n\n⁂\n\n${P}`,
    `${P}\n\n👍👍\n\n${P}`,
    `${P}\n\n:-)\n\n${P}`,
    // Sentence punctuation alone belongs to text split over lines.
    `${P}\n!\n${P}`,
    `${P}\n…\n${P}`,
    // Any letter or digit, in any script, keeps a line.
    `${P}\n\n| 3 |\n\n${P}`,
    `${P}\n\n— Ø —\n\n${P}`,
    `${P}\n\n| 東京 |\n\n${P}`,
    `${P}\n\n. ه .\n\n${P}`,
  ],
  invalid: [
    { text: `${P}\n||\n| |\n${P}`, lines: [2, 3], reason: 'no letter or digit' },
    { text: `${P}\n\n_________________\n\n${P}`, lines: [3] },
    { text: `|||+|\n${P}\n||||`, lines: [1, 3] },
    { text: `${P}\n\n------------\n\n${P}`, lines: [3] },
  ],
});
