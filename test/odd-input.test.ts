import { readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { runBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';
import { isSubsequence, lines } from './line-lists.js';

// Odd but valid input must simply work: exit 0, the CLI writes exactly what clean() gives, only
// whole lines go, and a second run finds nothing to do.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string, file = 'input.txt'): string => readFileSync(path.join(ROOT, 'fixtures', name, file), 'utf8');
const DIRTY = fixture('caption--credit-lines-en');
const PROSE = fixture('mixed--clean-wrapped-en', 'expected.txt');
const OLD = new Date('2001-02-03T04:05:06Z');

const ARABIC = [
  'ارتفاع أسعار القمح في الأسواق العالمية',
  '',
  'ارتفاع أسعار القمح في الأسواق العالمية',
  '',
  'ارتفعت أسعار القمح في الأسواق العالمية هذا الأسبوع بعد أن أعلنت عدة دول مصدرة عن تراجع محاصيلها بسبب موجة الجفاف التي ضربت مناطق زراعية واسعة.',
  '',
  'وقال محللون إن المخزونات الحالية تكفي لتلبية الطلب حتى نهاية العام، لكنهم حذروا من أن استمرار الجفاف قد يدفع الأسعار إلى مستويات قياسية.',
  '',
].join('\n');
const HEBREW = 'הממשלה אישרה הבוקר את תקציב המדינה לשנה הבאה לאחר דיון ארוך שנמשך עד שעות הלילה המאוחרות.\n';
const EMOJI = [
  'Astronauts 👩🏽‍🚀 and flags 🇺🇦🇯🇵 in the headline, with a café and a cafe\u0301',
  '',
  'Combining marks stay as they are: a\u0300\u0301\u0302 e\u20dd Z\u0335\u0321\u0327a\u0334\u031b l\u0336\u0322g\u0337o, and skin tones 👍🏿 👋🏻 too, in a sentence of prose.',
  '',
].join('\n');
const CONTROL = `Title with a bell \x07 and an escape \x1b[31m red \x1b[0m\n\nA paragraph with a form feed \x0c, a vertical tab \x0b, DEL \x7f and \x01\x02\x03 in it, long enough to be prose here.\n`;

const CASES: Record<string, string> = {
  'empty.txt': '',
  'whitespace-only.txt': ' \n\t\n\u00a0\n\n',
  'no-trailing-newline.txt': PROSE.trimEnd(),
  'crlf.txt': DIRTY.replace(/\n/g, '\r\n'),
  'mixed-endings.txt': DIRTY.split('\n').map((l, i) => (i % 3 === 0 ? `${l}\n` : `${l}\r\n`)).join(''),
  'bom.txt': `\ufeff${DIRTY}`,
  'bom-crlf.txt': `\ufeff${DIRTY.replace(/\n/g, '\r\n')}`,
  'one-mb-line.txt': `${PROSE.replace(/\s+/g, ' ').repeat(Math.ceil(1_048_576 / PROSE.length)).slice(0, 1_048_576).trim()}\n`,
  'many-lines.txt': `${Array.from({ length: 100_000 }, (_, i) => `Entry ${i + 1} of the list.`).join('\n')}\n`,
  'right-to-left.txt': `${ARABIC}\n${HEBREW}`,
  'emoji-and-marks.txt': EMOJI,
  'control-characters.txt': CONTROL,
};

const folder = tempFolders('clean-article-odd-');

describe('odd input', () => {
  it('a --write batch of odd files: exit 0, each file is exactly clean() of it, only whole lines go, a second run changes nothing', async () => {
    const dir = folder(CASES);
    const before = new Map(Object.keys(CASES).map((name) => {
      utimesSync(path.join(dir, name), OLD, OLD);
      return [name, statSync(path.join(dir, name))];
    }));
    const r = await runBin(dir, ['--write', '.']);
    expect(r.err).toMatch(/^clean-article: \d+ changed, \d+ unchanged, 0 failed; \d+ lines? removed( \(.*\))?\n$/);
    expect(r.code).toBe(0);
    for (const [name, text] of Object.entries(CASES)) {
      const now = readFileSync(path.join(dir, name), 'utf8');
      const expected = clean(text).text;
      expect(now, name).toBe(expected);
      expect(isSubsequence(lines(now), lines(text)), name).toBe(true);
      if (expected === text) expect(statSync(path.join(dir, name)).mtimeMs, `${name} was written`).toBe(before.get(name)!.mtimeMs);
    }
    const again = await runBin(dir, ['--check', '.']);
    expect(again.code).toBe(0);
    expect(again.out).toBe('');
  }, 60_000);

  it('what each odd file becomes', () => {
    const out = (name: string): string => clean(CASES[name]).text;
    expect(out('empty.txt')).toBe('');
    expect(out('whitespace-only.txt')).toBe('');
    expect(out('no-trailing-newline.txt')).toBe(`${CASES['no-trailing-newline.txt']}\n`);
    expect(out('crlf.txt')).toBe(clean(DIRTY).text.replace(/\n/g, '\r\n'));
    // Mixed endings: the more common one wins (here CRLF, two lines in three); no line is lost.
    expect(out('mixed-endings.txt')).toBe(clean(DIRTY).text.replace(/\n/g, '\r\n'));
    expect(out('bom.txt')).toBe(`\ufeff${clean(DIRTY).text}`);
    expect(out('bom-crlf.txt')).toBe(`\ufeff${clean(DIRTY).text.replace(/\n/g, '\r\n')}`);
    expect(out('one-mb-line.txt')).toBe(CASES['one-mb-line.txt']);
    expect(out('many-lines.txt')).toBe(CASES['many-lines.txt']);
    // The Arabic title's copy goes; the body, Arabic and Hebrew, stays byte for byte.
    const rtl = ARABIC.split('\n');
    expect(out('right-to-left.txt')).toBe(`${rtl[0]}\n\n${rtl[4]}\n\n${rtl[6]}\n\n${HEBREW}`);
    expect(out('emoji-and-marks.txt')).toBe(EMOJI);
    expect(out('control-characters.txt')).toBe(CONTROL);
  }, 30_000);

  it('stdout mode prints odd text byte for byte', async () => {
    const dir = folder({ 'c.txt': CONTROL, 'e.txt': EMOJI, 'b.txt': CASES['bom-crlf.txt'] });
    for (const name of ['c.txt', 'e.txt', 'b.txt']) {
      const r = await runBin(dir, [name]);
      expect(r.code).toBe(0);
      expect(r.stdout.equals(Buffer.from(clean(readFileSync(path.join(dir, name), 'utf8')).text, 'utf8')), name).toBe(true);
    }
  }, 30_000);
});
