import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsLikeSentence, normalizeKey, wordCount, words } from '../src/text.js';

// wordCount and endsLikeSentence are hand-written scans (no regex per call) that must agree with
// the regex definitions they replace, on any string: checked on random strings drawn from the
// characters where they could differ (joiners, closers, terminators, non-ASCII and astral letters,
// combining marks, lone surrogates).

const pieces = ['a', 'Z', '7', 'é', 'ж', '日', '𝒜', '😀', '\u0301', '-', "'", '’', '‘', ' ', '\t', '.', '!', '?', '…', '。', '！', '؟', '"', '»', '”', ')', ']', '」', '〉', ',', '\ud800', '\udc00', '—'];
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
