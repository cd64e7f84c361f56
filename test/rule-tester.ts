import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import type { Rule } from '../src/types.js';

/** A text the rule must remove lines from: `lines` lists every removed line number (1-based). */
export interface InvalidCase {
  text: string;
  lines: number[];
  options?: object;
  /** A fragment every finding's reason must contain. */
  reason?: string;
}

/** ESLint-style rule table: `valid` texts produce no finding, `invalid` ones exactly the listed lines. */
export function ruleTester<O extends object>(rule: Rule<O>, table: { valid: (string | { text: string; options?: object })[]; invalid: InvalidCase[] }): void {
  const removed = (text: string, options?: object): { lines: number[]; reasons: string[] } => {
    const doc = parseDocument(text);
    const findings = rule.detect(doc, { ...rule.defaults, ...(options ?? {}) } as O, { claimed: new Set(), claimedBy: new Map() });
    const lines = new Set<number>();
    for (const f of findings) {
      expect(f.ruleId).toBe(rule.id);
      expect(f.start).toBeLessThanOrEqual(f.end);
      for (let n = f.start; n <= f.end; n++) if (!doc.line(n).blank) lines.add(n);
    }
    return { lines: [...lines].sort((a, b) => a - b), reasons: findings.map((f) => f.reason) };
  };
  describe(rule.id, () => {
    table.valid.forEach((c, i) => {
      const text = typeof c === 'string' ? c : c.text;
      const options = typeof c === 'string' ? undefined : c.options;
      it(`valid #${i + 1}: ${JSON.stringify(text.slice(0, 60))}`, () => {
        expect(removed(text, options).lines).toEqual([]);
      });
    });
    table.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}: ${JSON.stringify(c.text.slice(0, 60))}`, () => {
        const got = removed(c.text, c.options);
        expect(got.lines).toEqual(c.lines);
        for (const r of got.reasons) {
          expect(r.length).toBeGreaterThan(0);
          if (c.reason) expect(r).toContain(c.reason);
        }
      });
    });
  });
}
