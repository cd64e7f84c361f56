import { describe, expect, it } from 'vitest';
import { adversarialLines } from '../src/bench/lines.js';
import { clean, parseDocument, rules } from '../src/index.js';
import type { Doc, Finding } from '../src/index.js';

// Every rule gets adversarial lines of 10^5 characters (runs of one character, of spaces between
// words, nested punctuation, the tokens the rules look for), once with its defaults and once with
// its line-length pre-check lifted so the regular expressions behind it see the whole line. Work
// that stays linear takes milliseconds here; a regex that backtracks catastrophically takes
// minutes on such a line and runs into vitest's time-out. How long the work takes compared with
// a normal line is measured by `npm run bench:regex`, not asserted here.

const LENGTH = 100_000;
const lines = adversarialLines(LENGTH);

function expectWellFormed(doc: Doc, findings: Finding[]): void {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(1);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(doc.lines.length);
    expect(typeof f.reason).toBe('string');
  }
}

describe('rules on adversarial lines of 10^5 characters', () => {
  it('the lines are what they say', () => {
    expect(lines.length).toBeGreaterThan(40);
    for (const { line } of lines) expect(line.length).toBe(LENGTH);
  });

  it.each(lines.map((l) => [l.name, l.line]))('%s', (_name, line) => {
    // The line as the title and again as a paragraph, so no rule passes over it unread.
    const text = `${line}\n\n${line}\n`;
    const doc = parseDocument(text);
    expect(doc.lines).toHaveLength(3);
    for (const rule of rules) {
      expectWellFormed(doc, rule.detect(doc, rule.defaults, { claimed: new Set(), claimedBy: new Map() }));
      if ('maxLineLength' in rule.defaults) {
        expectWellFormed(doc, rule.detect(doc, { ...rule.defaults, maxLineLength: Infinity }, { claimed: new Set(), claimedBy: new Map() }));
      }
    }
    const result = clean(text);
    expect([text, `${line}\n`, '']).toContain(result.text);
  });
});
