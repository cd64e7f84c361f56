import { describe, expect, it } from 'vitest';
import { choose } from '../src/bench/fit.js';
import type { Trial } from '../src/bench/fit.js';

const t = (value: number, keep: number, removal: number): Trial => ({ value, keep, removal, parts: {} });

describe('fit: the choice of a threshold', () => {
  it('keeps article text first: a value that loses text never wins on removal', () => {
    expect(choose([t(0, 0.4, 0.9), t(0.3, 0.9, 0.7), t(0.5, 0.91, 0.6)]).value).toBe(0.5);
  });
  it('among values that keep as much (within 0.002), removes the most', () => {
    expect(choose([t(0.2, 0.905, 0.78), t(0.3, 0.906, 0.79), t(0.4, 0.907, 0.785)]).value).toBe(0.3);
  });
  it('breaks a tie to the smaller value', () => {
    expect(choose([t(0.4, 0.9, 0.8), t(0.2, 0.9, 0.8), t(0.3, 0.9, 0.8)]).value).toBe(0.2);
  });
});
