import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document.js';
import { analyzePage, cjkCount, mainContent } from '../../src/rules/main-content.js';
import { normalizeKey } from '../../src/text.js';
import { ruleTester } from '../rule-tester.js';

const paragraphs = [
  'The council voted on Tuesday to approve the new budget for the coming year, after a debate that lasted well into the night and drew more than a hundred residents to the town hall.',
  'Opposition members criticised the plan, saying it cut spending on schools and public transport at a time when both were already stretched, and they promised to raise it again next year.',
  'The mayor defended the budget in a statement released after the vote, saying the town had to live within its means and that the cuts would be reviewed before the end of the summer.',
];
const body = paragraphs.join('\n\n');
// Navigation labels: words without digits ("Section Ab"), as a site's menu has them.
const menu = (n: number, prefix = 'Section'): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix} ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
const dump = (before: string[], after: string[]): string => ['Budget passes after long debate - Town News', '', ...before, '', body, '', ...after].join('\n');
const bodyLines = (text: string): number[] => {
  const lines = text.split('\n');
  return lines.map((l, i) => (l !== '' && !paragraphs.includes(l) ? i + 1 : 0)).filter((n) => n > 0);
};

const pageDump = dump(menu(14), ['Most Read', ...menu(6, 'Story'), 'Privacy Policy', 'Terms of Use']);
const withCookieNotice = dump(menu(12), [
  'We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse the site you agree to our use of cookies and to our privacy policy.',
]);

ruleTester(mainContent, {
  valid: [
    // A clean article: no menus at all.
    `Budget passes\n\n${body}`,
    // A short menu of four items is not a page dump.
    `Budget passes\n\n${menu(4).join('\n')}\n\n${body}`,
    // A long list inside the article, after the first paragraph, does not switch it on.
    `Budget passes\n\n${paragraphs[0]}\n\n${menu(30, 'Team').join('\n')}\n\n${paragraphs[1]}`,
    // A list-shaped article (a thread's post headers, a programme) before its prose: its runs of
    // short lines hold dates, counts and list markers, not navigation labels.
    ['Lighthouse puzzle - Forum', '', ...Array.from({ length: 6 }, (_, i) => [`Re: Lighthouse puzzle #${9481 + i}`, `Joined: Jan 200${i}`, `Posts: ${212 + i}`]).flat(), '', body].join('\n'),
    ['Programme - Club', '', ...Array.from({ length: 14 }, (_, i) => `- Item ${i + 1} of the agenda`), '', body].join('\n'),
    // Verse or comments in short lines that start in lower case are no menu of labels.
    ['Rouge coeur - Blog', '', ...Array.from({ length: 14 }, (_, i) => `une fumée ${'abcdefghijklmn'[i]}leue`), '', body].join('\n'),
    // A page dump whose "article" is too short to trust: nothing goes.
    ['Title - Site', '', ...menu(20), '', 'A short note.'].join('\n'),
  ],
  invalid: [
    { text: pageDump, lines: bodyLines(pageDump), reason: 'page dump' },
    { text: withCookieNotice, lines: bodyLines(withCookieNotice), reason: 'chars of good text' },
  ],
});

describe('main-content analysis', () => {
  it('explains the switch and the span with the features that decided them', () => {
    const finding = mainContent.detect(parseDocument(pageDump), mainContent.defaults, { claimed: new Set(), claimedBy: new Map() })[0];
    expect(finding.reason).toMatch(/page dump: \d+ menu-like lines, \d+ before the first long paragraph; article = lines \d+-\d+ \(\d+ chars of good text\); before it: \d+ paragraphs \(.*\d+ menu.*\): "Budget passes/);
  });
  it('does not classify paragraphs (or load stopwords) when the document is not a dump', () => {
    const page = analyzePage(parseDocument(`Budget passes\n\n${body}`), mainContent.defaults);
    expect(page.dump).toBe(false);
    expect(page.span).toBeNull();
    expect(page.units.every((u) => u.kind === 'short' && u.stopShare === 0)).toBe(true);
  });
  it('takes the headline printed again as the start, leaving teasers above it out', () => {
    const teaser = 'Residents Rally For New Park In The East End Hundreds of people marched on Saturday to demand that the empty lot next to the station be turned into a park for the neighbourhood and its children.';
    const text = ['Budget passes after long debate - Town News', '', ...menu(14), '', teaser, '', teaser.replace('Park', 'Pool'), '', 'Budget passes after long debate', '', body, '', ...menu(5)].join('\n');
    const page = analyzePage(parseDocument(text), mainContent.defaults);
    expect(page.span).not.toBeNull();
    expect(page.units[page.span![0]].text).toBe(paragraphs[0]);
  });
});

describe('main-content: the headline above the article', () => {
  it('keeps what stands between the headline printed again and the article span (a table under it)', () => {
    const table = ['Ward Votes for Votes against', '1 North 5040 17', '2 Harbour 5035 15', '3 Station 5033 26'];
    const text = ['Budget passes after long debate - Town News', '', ...menu(14), '', 'Budget passes after long debate', '', ...table, '', body, '', ...menu(5)].join('\n');
    const page = analyzePage(parseDocument(text), mainContent.defaults);
    expect(page.span).not.toBeNull();
    expect(page.units[page.span![0]].text).toBe(table[0]);
    const kept = mainContent.detect(parseDocument(text), mainContent.defaults, { claimed: new Set(), claimedBy: new Map() });
    const removed = new Set(kept.flatMap((f) => Array.from({ length: f.end - f.start + 1 }, (_, i) => f.start + i)));
    const lines = text.split('\n');
    for (const row of table) expect(removed.has(lines.indexOf(row) + 1)).toBe(false);
  });
});

describe('main-content CJK count', () => {
  it('counts every CJK and Thai code point (its pre-test passes over none)', () => {
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      const n = cjk.test(ch) ? 1 : 0;
      if (cjkCount(ch) !== n) expect([cp.toString(16), cjkCount(ch)]).toEqual([cp.toString(16), n]);
    }
    expect(cjkCount('Tokyo 東京 and Seoul 서울 in “quotes” — 𠀀')).toBe(5);
  }, 60_000);
});
