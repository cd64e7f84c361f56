import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, reparse } from '../src/document.js';
import type { Doc } from '../src/types.js';
import { shorten } from './shorten.js';

// reparse() builds a later pass's document from the first one's lines: it must be the document
// parseDocument() makes of the same text, and map each line back to the input line it is.

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const inputs = readdirSync(FIXTURES).map((dir) => readFileSync(path.join(FIXTURES, dir, 'input.txt'), 'utf8'));

function shape(doc: Doc): unknown {
  return { text: doc.text, bom: doc.bom, eol: doc.eol, lines: doc.lines, blocks: doc.blocks, titleLine: doc.titleLine, body: doc.body };
}

describe('reparse', () => {
  it('gives the document parseDocument gives of the shortened text, on every fixture with random removals', () => {
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.array(fc.nat(400), { maxLength: 60 }), fc.array(fc.nat(400), { maxLength: 30 }), (input, cut1, cut2) => {
        const first = parseDocument(input);
        const a = shorten(first, new Set(cut1));
        const second = reparse(first, a.text, a.lines, a.from);
        expect(shape(second)).toEqual(shape(parseDocument(a.text)));
        expect(second.run).toBe(first.run);
        for (const l of second.lines) expect(second.inputLine(l.n)).toBe(a.from[l.n - 1]);
        // A third pass maps through the second to the input's numbers.
        const b = shorten(second, new Set(cut2));
        const third = reparse(second, b.text, b.lines, b.from);
        expect(shape(third)).toEqual(shape(parseDocument(b.text)));
        expect(third.run).toBe(first.run);
        for (const l of third.lines) {
          const n = third.inputLine(l.n);
          expect(first.line(n).text.trim() === '' ? '' : first.line(n).text).toBe(l.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a fresh parse maps each line to itself and starts a new run', () => {
    const a = parseDocument('Title\n\nBody line.\n');
    const b = parseDocument('Title\n\nBody line.\n');
    expect([1, 2, 3].map((n) => a.inputLine(n))).toEqual([1, 2, 3]);
    expect(a.run).not.toBe(b.run);
  });
});
