import { reactionWidget } from '../../src/rules/reaction-widget.js';
import { ruleTester } from '../rule-tester.js';

const BODY = 'The foreign minister was commenting on the clashes when he made the remarks on Wednesday.';

ruleTester(reactionWidget, {
  valid: [
    // A sentence that mentions likes is prose, not a widget.
    `${BODY}\n\nThe clip got 0 likes in a week.`,
    `${BODY}\n\n2 comments on the bill were received.`,
    // Labels without any count.
    `${BODY}\n\nLove`,
    `${BODY}\n\nWow\n\nThe crowd went silent.`,
    `${BODY}\n\nSad`,
    'I said like\nand you said love\n\nLike\n\nthe river runs.',
    `${BODY}\n\nLike\nLove\nHaha`,
    // One label and one count on separate lines: a heading and a score, not a widget.
    'Final score\n\nWow\n\n3',
    // A bare number (a score) with no label next to it.
    `Manchester United\n\n3\n\n${BODY}`,
    '1\n5040\n5\n17\n27',
    // Sentences in other languages that begin with a label.
    'Gefällt mir gut, sagte der Minister am Mittwoch.',
    'Me gusta el fútbol, dijo el presidente.',
    'Нравится ли вам эта статья?',
    'Beğendim ama biraz pahalıydı.',
    "J'aime Paris au printemps.",
    // "©" is a pictograph in Unicode but not a reaction.
    `${BODY}\n\n© 2019`,
    // Counts with words around them.
    'Sad 3 times in a row',
    'Score: 3 - 1',
    // A Markdown link to the comments is a label with a link number, not a count.
    `${BODY}\n\n[Comments][1]`,
  ],
  invalid: [
    {
      // The one-token-a-line widget from the Lavrov example.
      text: `${BODY}\n\nlike\n0\ndislike\n0\nlove\n0\nfunny\n0\nangry\n0\nsad\n0\nwow\n0\nSite Yöneticisi - Editör\n`,
      lines: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
      reason: 'reaction labels with counts: "like 0 dislike 0',
    },
    { text: `${BODY}\n\nlike 0 dislike 0 love 0 funny 0 angry 0 sad 0 wow 0\n\n${BODY}`, lines: [3] },
    { text: `${BODY}\n\nLike (3)`, lines: [3] },
    { text: `${BODY}\n\n👍 12`, lines: [3] },
    { text: `${BODY}\n\n0 Comments`, lines: [3] },
    { text: `${BODY}\n\n12 likes\n\n${BODY}`, lines: [3] },
    { text: `${BODY}\n\n1.2K likes · 340 comments`, lines: [3] },
    { text: `${BODY}\n\n👍 12 ❤️ 5 😂 3 😮 0 😢 1 😡 0`, lines: [3] },
    {
      // Turkish, one token a line, with the comment counter after it.
      text: `${BODY}\n\nBeğendim\n4\nBeğenmedim\n1\nKızdım\n0\nŞaşırdım\n2\nÜzgün\n0\n\nYorumlar (3)`,
      lines: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14],
    },
    { text: `${BODY}\n\nAlkış 3 · Komik 1 · Sevdim 5 · KIZDIM 0`, lines: [3] },
    { text: `${BODY}\n\nGefällt mir 12 | Liebe 3 | Lustig 0 | Wow 1 | Traurig 0 | Wütend 2\nKommentare 5`, lines: [3, 4] },
    { text: `${BODY}\n\nJ’aime 4 J'adore 2 Haha 0 Wouah 1 Triste 0 En colère 0\n\n17 commentaires`, lines: [3, 5] },
    {
      text: `${BODY}\n\nMe gusta\n10\nMe encanta\n3\nMe divierte\n0\nMe asombra\n0\nMe entristece\n1\nMe enoja\n0\n\n${BODY}`,
      lines: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    },
    { text: `${BODY}\n\nCurtir 5 · Amei 2 · Haha 1 · Uau 0 · Triste 0 · Grr 0\n12 comentários`, lines: [3, 4] },
    { text: `${BODY}\n\nMi piace 7\nLove 2\nAhah 0\nWow 0\nSigh 1\nGrrr 0\n\n4 commenti`, lines: [3, 4, 5, 6, 7, 8, 10] },
    { text: `${BODY}\n\nНравится 12 · Класс 3 · Ха-ха 1 · Ух ты 0 · Грустно 0 · Возмутительно 2`, lines: [3] },
    { text: `${BODY}\n\n3,4 тыс. комментариев`, lines: [3] },
    {
      // Blank lines inside the widget are allowed; one finding covers the run.
      text: `${BODY}\n\nLike\n\n3\n\nLove\n\n1\n\n${BODY}`,
      lines: [3, 5, 7, 9],
    },
    { text: `${BODY}\n\n12\nLikes\n3\nComments`, lines: [3, 4, 5, 6] },
    // A counter label just above its number.
    { text: `${BODY}\n\nКомментарии\n224`, lines: [3, 4] },
    // Two widgets in one document, article text between them.
    { text: `Like 4\n\n${BODY}\n\n${BODY}\n\nwow 1 sad 2`, lines: [1, 7] },
    // Only one bare number before the labels belongs to the widget.
    { text: `${BODY}\n\n1\n5040\n5\nlike\n0\nlove\n2`, lines: [5, 6, 7, 8, 9] },
    // And only one after them, however many follow.
    { text: `${BODY}\n\nlike\n0\nlove\n2\n3\n4\n5`, lines: [3, 4, 5, 6] },
    { text: `${BODY}\n\nBravo 3 · Boo 1`, lines: [3], options: { extraLabels: ['Bravo', 'Boo'] } },
  ],
});

// Widgets in words no list has, told by shape outside the body: labels styled alike, each with a count.
const PROSE = [
  'The city council voted on Tuesday to build eight kilometres of protected bike lanes in the harbour district.',
  'Construction is expected to start in the spring and to finish before the end of next year, the council said.',
].join('\n\n');
ruleTester(reactionWidget, {
  valid: [
    // Inside the body a score table stays.
    `${PROSE}\n\nHarbour Cyclists 12\nStation Riders 9\n\n${PROSE}`,
    // Labels of different styles, or the same label twice, are not a widget.
    `${PROSE}\n\nNombres: 4 et 1`,
    `${PROSE}\n\nPage 1\nPage 2`,
    // One label with a count is not enough.
    `${PROSE}\n\nTotal 12`,
  ],
  invalid: [
    { text: `${PROSE}\n\nLíbí se mi 3\nNelíbí se mi 1`, lines: [5, 6], reason: 'labels with counts outside the article' },
    { text: `${PROSE}\n\nThích\n5\nKhông thích\n1`, lines: [5, 6, 7, 8] },
    { text: `Tiêu đề\n\nThích 5 · Không thích 1\n\n${PROSE}`, lines: [3] },
    { text: `${PROSE}\n\nUpvote 14 Downvote 2`, lines: [5] },
  ],
});
