import { describe, expect, it } from 'vitest';
import { aggregate, exactMean, metrics, scorePage, shingles, tokens } from '../src/bench/metric.js';
import { fixed } from '../src/bench/report.js';

// Small cases computed by hand from score.py's definitions.

describe('tokens (Python re \\w+ on str)', () => {
  it.each([
    ["don't The the", ['don', 't', 'The', 'the']],
    ['snake_case x² ٣4', ['snake_case', 'x²', '٣4']],
    ['Ⅻ ½ ① 日本語のテキスト', ['Ⅻ', '½', '①', '日本語のテキスト']],
    // combining marks (Mn, Mc) are not \w in Python: they split a word
    ['cafe\u0301 naïve', ['cafe', 'naïve']],
    ['हिन्दी', ['ह', 'न', 'द']],
    ['👍 ok_👍 — «»', ['ok_']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });
});

describe('shingles', () => {
  it('has none for a text without tokens', () => {
    expect(shingles(' … — ')).toEqual(new Map());
  });

  it('makes one shingle of all tokens for a text of 1 to 3 tokens', () => {
    expect(shingles('a')).toEqual(new Map([['a', 1]]));
    expect(shingles('a, b. c')).toEqual(new Map([['a b c', 1]]));
  });

  it('counts repeated 4-grams as a multiset, across line breaks', () => {
    expect(shingles('a b c d\na b c d')).toEqual(
      new Map([
        ['a b c d', 2],
        ['b c d a', 1],
        ['c d a b', 1],
        ['d a b c', 1],
      ]),
    );
  });

  it('is case-sensitive', () => {
    expect([...shingles('The cat sat down').keys()]).toEqual(['The cat sat down']);
    expect(scorePage('The cat sat down', 'the cat sat down').recall).toBe(0);
  });
});

describe('scorePage', () => {
  it('normalises tp, fp and fn by their sum', () => {
    // gold: abcd bcde cdef; output: abcd bcde cdex -> 2 common of 4 distinct
    const s = scorePage('a b c d e f', 'a b c d e x');
    expect([s.tp, s.fp, s.fn]).toEqual([0.5, 0.25, 0.25]);
    expect(s.precision).toBe(0.5 / 0.75);
    expect(s.recall).toBe(0.5 / 0.75);
  });

  it('matches duplicate shingles only as often as both texts have them', () => {
    // gold: abcd x2, bcda, cdab, dabc (5); output: abcd (1) -> tp 1/5, fp 0, fn 4/5
    const s = scorePage('a b c d a b c d', 'a b c d');
    expect([s.tp, s.fp, s.fn]).toEqual([0.2, 0, 0.8]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.2 / (0.2 + 0.8));
  });

  it('gives 1 and 1 for identical texts', () => {
    expect(scorePage('one two three four five', 'one two three four five')).toMatchObject({ precision: 1, recall: 1 });
  });

  it('leaves precision out for an empty output and recall out for an empty gold', () => {
    expect(scorePage('one two three four', '')).toEqual({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0 });
    expect(scorePage('', 'one two three four')).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
    expect(scorePage('', '…')).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null });
  });

  it('compares a short text as one shingle', () => {
    expect(scorePage('a b', 'a b c')).toMatchObject({ precision: 0, recall: 0 });
    expect(scorePage('a b', '(a) b!')).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe('aggregate and metrics', () => {
  it('averages precision and recall over the pages where each is defined, F1 from the averages', () => {
    const pages = [scorePage('a b c d e f', 'a b c d e x'), scorePage('one two three four', ''), scorePage('', 'x y z w')];
    // precision: 2/3 and 0 -> 1/3; recall: 2/3 and 0 -> 1/3
    const s = aggregate(pages);
    expect(s.P).toBe(exactMean([0.5 / 0.75, 0]));
    expect(s.R).toBe(exactMean([0.5 / 0.75, 0]));
    expect(s.F1).toBe((2 * s.P * s.R) / (s.P + s.R));
    expect(s.P).toBeCloseTo(1 / 3, 15);
  });

  it('gives 0 for averages over no page', () => {
    expect(aggregate([scorePage('', '')])).toEqual({ P: 0, R: 0, F1: 0 });
  });

  it('scores lists of gold and cleaned texts', () => {
    // page 1: P 1, R 1; page 2: pqrs against pqrs qrst -> tp 1/2, fp 1/2, fn 0: P 0.5, R 1
    expect(metrics(['a b c d e f', 'p q r s'], ['a b c d e f', 'p q r s t'])).toEqual({ P: 0.75, R: 1, F1: 1.5 / 1.75 });
  });
});

describe('exactMean (Python statistics.mean)', () => {
  it('rounds the exact mean once', () => {
    expect((0.1 + 0.2 + 0.3) / 3).toBe(0.20000000000000004);
    expect(exactMean([0.1, 0.2, 0.3])).toBe(0.2);
    expect(exactMean([1, 1e-16, 1e-16])).toBe(0.3333333333333334);
    expect(exactMean([1, 0, 0])).toBe(1 / 3);
    expect(exactMean([-0.5, 0.25])).toBe(-0.125);
    expect(exactMean([1e308, 1e308])).toBe(1e308);
    expect(exactMean([5e-324, 0])).toBe(0);
  });

  it('refuses an empty list', () => {
    expect(() => exactMean([])).toThrow(RangeError);
  });
});

describe('fixed (Python format .3f)', () => {
  it('rounds an exact binary tie to even, as Python does and toFixed does not', () => {
    expect((0.0625).toFixed(3)).toBe('0.063');
    expect(fixed(0.0625)).toBe('0.062');
    expect(fixed(0.1875)).toBe('0.188');
    expect(fixed(-0.0625)).toBe('-0.062');
  });

  it('rounds other values to the nearest', () => {
    expect(fixed(0.9995)).toBe('1.000');
    expect(fixed(0.0015)).toBe('0.002');
    expect(fixed(1)).toBe('1.000');
    expect(fixed(0.93)).toBe('0.930');
  });
});
