import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsLikeSentence, normalizeKey, trimAll, wordCount, words } from '../src/text.js';

// wordCount and endsLikeSentence are hand-written scans (no regex per call) that must agree with
// the regex definitions they replace, on any string: checked on random strings drawn from the
// characters where they could differ (joiners, closers, terminators, non-ASCII and astral letters,
// combining marks, lone surrogates).

const pieces = ['a', 'Z', '7', 'é', 'ж', '日', 'の', 'カ', 'ー', '々', '〇', '𠀋', '한', '𝒜', '😀', '\u0301', '-', "'", '’', '‘', ' ', '\t', '.', '!', '?', '…', '。', '！', '؟', '"', '»', '”', ')', ']', '」', '〉', ',', '\ud800', '\udc00', '—'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
const SENTENCE_END = /[.!?…。！？؟][\p{Pf}\p{Pe}"'»”’)\]]*$/u;

describe('hand-written text scans', () => {
  it('wordCount(s) is the number of tokens words(s) returns', () => {
    fc.assert(
      fc.property(text, (s) => wordCount(s) === words(s).length),
      { numRuns: 20_000 },
    );
    expect(wordCount("don't stop-me now -- a--b")).toBe(5);
  });

  it('wordCount takes an ASCII character for a word exactly when it is a letter or digit (\\p{L}, \\p{N})', () => {
    for (let c = 0; c < 0x80; c++) {
      const ch = String.fromCharCode(c);
      expect(wordCount(`${ch} ${ch}x`)).toBe(/[\p{L}\p{N}]/u.test(ch) ? 2 : 1);
    }
  });

  it('trimAll(s) drops the white space, zero-width spaces and byte-order marks at both ends, as a regex would', () => {
    const EDGES = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/gu;
    const edge = fc.constantFrom(...pieces, '\u00a0', '\u200b', '\ufeff', '\u3000', '\n', '\r', '\v', '\f', '!', '~', 'x', '\u007f', '\u0000');
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 8 }).map((p) => p.join('')), (s) => trimAll(s) === s.replace(EDGES, '')),
      { numRuns: 20_000 },
    );
    for (let a = 0; a < 0x80; a++) for (const b of [0x20, 0x21, 0x7e, 0x7f, 0xa0]) {
      const s = `${String.fromCharCode(a)}mid${String.fromCharCode(b)}`;
      expect(trimAll(s)).toBe(s.replace(EDGES, ''));
    }
  });

  it('endsLikeSentence(s) is the SENTENCE_END regex', () => {
    fc.assert(
      fc.property(text, (s) => endsLikeSentence(s) === SENTENCE_END.test(s)),
      { numRuns: 20_000 },
    );
    expect(endsLikeSentence('He said “yes.”')).toBe(true);
    expect(endsLikeSentence('Read more »')).toBe(false);
  });
});

describe('normalizeKey on ASCII text', () => {
  const PUNCT_OR_SYMBOL = /[\p{P}\p{S}]+/gu;
  const unicodeKey = (s: string): string => s.normalize('NFKC').toLowerCase().replace(PUNCT_OR_SYMBOL, ' ').replace(/\s+/gu, ' ').trim();
  it('its one-replace ASCII path gives the Unicode definition for every pair of ASCII characters and random ASCII strings', () => {
    for (let a = 0; a < 128; a++) for (let b = 0; b < 128; b++) {
      const s = `${String.fromCharCode(a)}x${String.fromCharCode(b)}${String.fromCharCode(a)}`;
      expect(normalizeKey(s)).toBe(unicodeKey(s));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 30 }), (s) => normalizeKey(s) === unicodeKey(s)),
      { numRuns: 20_000 },
    );
  });
});

describe('words and normalizeKey for every code point', () => {
  // A letter or digit of a script written without spaces (Han, Hiragana, Katakana) is a word on
  // its own; other letters and digits form runs, joined by single apostrophes or hyphens.
  const WORD = /[[\p{L}\p{N}]&&[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]]|[[\p{L}\p{N}]--[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]]+(?:['’\-][[\p{L}\p{N}]--[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]]+)*/gv;
  const PUNCT_OR_SYMBOL = /[\p{P}\p{S}]+/gu;
  const unicodeKey = (s: string): string => s.normalize('NFKC').toLowerCase().replace(PUNCT_OR_SYMBOL, ' ').replace(/\s+/gu, ' ').trim();

  it('words(s) are the matches of the WORD pattern', () => {
    const cases = ["rock-'n'-roll a--b -x- it's o’clock ’tis 'quoted' x-", '中国经济 QQ空间 a-中-b コーヒー 々〇 한국어 日本-語 𠀋x', 'A1-b2’c3 - ‐ \ud800a\udc00b 𝐀𝐁 😀-a a-😀 𝐀-𝐁', ''];
    const joins = ["'", '-', '’', ' ', 'a', '1'];
    // Every code point of the BMP and the next two planes, then a sample of the rest.
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x30000 ? 37 : 3700) {
      let s = '';
      for (let k = cp; k < Math.min(cp + 37, 0x110000); k++) s += String.fromCodePoint(k) + joins[k % joins.length];
      cases.push(s);
    }
    for (const s of cases) expect(words(s)).toEqual(s.match(WORD) ?? []);
    fc.assert(
      fc.property(text, (s) => JSON.stringify(words(s)) === JSON.stringify(s.match(WORD) ?? [])),
      { numRuns: 20_000 },
    );
  }, 30_000);

  it('normalizeKey(s) is NFKC, lower case, punctuation, symbols and spaces folded to single spaces', () => {
    const cases: string[] = ['', ' ', 'Read more — here!', '  Foo: Bar | BAZ  ', 'ﬁne Ａｂｃ “Quoted” 😀 x', 'İstanbul ΟΔΟΣ. Σ', '\u0000a\u001fb\u007f', 'a\ud800b\udc00 c', 'e\u0301 Cafe\u0301!'];
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x30000 ? 61 : 6100) {
      let s = '';
      for (let k = cp; k < Math.min(cp + 61, 0x110000); k++) s += String.fromCodePoint(k) + (k % 3 === 0 ? ' ' : k % 5 === 0 ? 'Ab' : '');
      cases.push(s);
    }
    for (const s of cases) expect(normalizeKey(s)).toBe(unicodeKey(s));
  }, 30_000);
});
