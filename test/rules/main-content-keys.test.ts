import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiKeySig, keySig, lowerWords, numeric, PLAIN_MARKS, settle } from '../../src/rules/main-content.js';
import type { Kind, Unit } from '../../src/rules/main-content.js';
import { normalizeKey, words } from '../../src/text.js';

// main-content's shortcuts for plain text (ASCII and PLAIN_MARKS) must agree with the general
// definitions: the key signature with normalizeKey, the lower-cased words with words().

const marks = [...PLAIN_MARKS];
const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
const pieces = [...ascii, ...marks, 'é', 'ж', 'Σ', 'İ', '\u0301', '\u0308', 'http://a.b/C', 'www.X.y'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join(''));
const lowerWordsByDefinition = (s: string): string[] => words(s.replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ')).map((w) => w.toLowerCase());

describe('main-content plain-text shortcuts', () => {
  it('the marks are punctuation, symbols or spaces, in NFKC too, without case, and compose with nothing', () => {
    const sep = /^[\p{P}\p{S}\s]+$/u;
    for (const m of marks) {
      expect(sep.test(m) && sep.test(m.normalize('NFKC')), m).toBe(true);
      expect(/[\p{L}\p{N}]/u.test(m) || m.toLowerCase() !== m, m).toBe(false);
      for (const x of [...ascii, ...marks]) {
        expect((x + m).normalize('NFKC'), x + m).toBe(x.normalize('NFKC') + m.normalize('NFKC'));
        expect((m + x).normalize('NFKC'), m + x).toBe(m.normalize('NFKC') + x.normalize('NFKC'));
      }
    }
  });

  it('asciiKeySig(s) is keySig(normalizeKey(s)) on plain text, and null on other text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const sig = asciiKeySig(s);
        return sig === null ? /[^\x00-\x7f]/.test(s.replace(new RegExp(`[${PLAIN_MARKS}]`, 'g'), '')) : sig === keySig(normalizeKey(s));
      }),
      { numRuns: 30_000 },
    );
    expect(asciiKeySig('Hello, World — “again”…')).toBe(keySig('hello world again'));
  });

  it('lowerWords(s) is the lower-cased words of s without its URLs', () => {
    fc.assert(
      fc.property(text, (s) => JSON.stringify(lowerWords(s)) === JSON.stringify(lowerWordsByDefinition(s))),
      { numRuns: 30_000 },
    );
    expect(lowerWords('Don’t STOP-me now — see www.x.com')).toEqual(['don’t', 'stop-me', 'now', 'see']);
  });
});

describe('lower-casing a whole text', () => {
  it('keeps the length and the word classes of every character but the dotted capital I', () => {
    const word = /^[\p{L}\p{N}]/u;
    const joiner = (s: string): boolean => s === "'" || s === '-' || s === '\u2019';
    const odd: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      const l = s.toLowerCase();
      if (l.length !== s.length || word.test(l) !== word.test(s) || joiner(l) !== joiner(s)) odd.push(c.toString(16));
    }
    expect(odd).toEqual(['130']);
  });

  it('lower-cases each character on its own, the capital sigma aside', () => {
    const chars = ['A', 'é', 'É', 'Ж', 'ж', 'Σ', 'σ', 'İ', 'I', 'ǅ', 'Ⅻ', 'Ⓐ', '𐐀', '\u0301', '\u0307', ' ', "'", '’', '-', '.', '\ud800'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (p) => {
        const s = p.join('');
        return /\u03a3/.test(s) || s.toLowerCase() === p.map((c) => c.toLowerCase()).join('');
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('numeric', () => {
  it('is "as many digits (\\p{N}) as letters (\\p{L})", counted by code point', () => {
    const chars = ['a', 'Z', '7', '½', '²', 'é', 'ж', '日', '𝒜', '𝟙', '😀', '\u0301', ' ', '%', '\ud835', '\udc9c', '٣'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (p) => {
        const s = p.join('');
        return numeric(s) === (s.match(/\p{N}/gu)?.length ?? 0) >= (s.match(/\p{L}/gu)?.length ?? 0);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('settle (the context pass)', () => {
  // jusText's definition, read straight: walk out from each paragraph to the nearest one of a
  // class that counts. settle() reads the same answers from tables filled in one sweep each way.
  const byDefinition = (kinds: Kind[], which: 'short' | 'near'): Kind[] => {
    const neighbour = (i: number, step: 1 | -1, skipNear: boolean): Kind => {
      for (let j = i + step; j >= 0 && j < kinds.length; j += step) {
        if (kinds[j] === 'short' || (skipNear && kinds[j] === 'near')) continue;
        return kinds[j];
      }
      return 'bad';
    };
    return kinds.map((k, i) => {
      if (k !== which) return k;
      const before = neighbour(i, -1, true);
      const after = neighbour(i, 1, true);
      if (which === 'near') return before === 'bad' && after === 'bad' ? 'bad' : 'good';
      if (before === 'good' && after === 'good') return 'good';
      if (before === 'bad' && after === 'bad') return 'bad';
      if ((before === 'bad' && neighbour(i, -1, false) === 'near') || (after === 'bad' && neighbour(i, 1, false) === 'near')) return 'good';
      return 'bad';
    });
  };
  const unit = (kind: Kind): Unit => ({ start: 1, end: 1, text: '', len: 0, sentence: false, menu: false, headline: false, stopShare: 0, first: kind, kind });

  it('gives every paragraph the class the nearest neighbours give it, for short and for middling paragraphs', () => {
    const kinds = fc.array(fc.constantFrom<Kind>('good', 'near', 'short', 'bad'), { maxLength: 40 });
    fc.assert(
      fc.property(kinds, fc.constantFrom<'short' | 'near'>('short', 'near'), (ks, which) => {
        const units = ks.map(unit);
        settle(units, which);
        expect(units.map((u) => u.kind)).toEqual(byDefinition(ks, which));
      }),
      { numRuns: 20_000 },
    );
  });
});
