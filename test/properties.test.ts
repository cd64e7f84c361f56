import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { runBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';
import { isSubsequence, lines } from './line-lists.js';

// Properties of clean() on documents built from real text: article paragraphs (the lines of every
// fixtures/*/expected.txt) and boilerplate (the lines of fixtures/*/input.txt that are not in its
// expected.txt), in random order, with random blank lines, line endings and byte-order mark.

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function nonBlankLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
}

const paragraphs = new Set<string>();
const boilerplate = new Set<string>();
for (const dir of readdirSync(FIXTURES)) {
  const kept = nonBlankLines(readFileSync(path.join(FIXTURES, dir, 'expected.txt'), 'utf8'));
  const keptSet = new Set(kept);
  for (const l of kept) paragraphs.add(l);
  for (const l of nonBlankLines(readFileSync(path.join(FIXTURES, dir, 'input.txt'), 'utf8'))) if (!keptSet.has(l)) boilerplate.add(l);
}

const paragraph = fc.constantFrom(...paragraphs);
const boilerplateLine = fc.constantFrom(...boilerplate);
const separator = fc.constantFrom('\n', '\n', '\n\n', '\n\n', '\n\n\n', '\n \t\n');

/** A document: real paragraphs and boilerplate lines mixed, LF or CRLF, maybe a BOM, maybe no final newline. */
const documentArb = fc
  .record({
    pieces: fc.array(fc.tuple(fc.oneof({ arbitrary: paragraph, weight: 3 }, { arbitrary: boilerplateLine, weight: 2 }), separator), { minLength: 1, maxLength: 30 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ pieces, crlf, bom, finalNewline }) => {
    let text = pieces.map(([line, sep]) => line + sep).join('');
    if (!finalNewline) text = text.trimEnd();
    return (bom ? '\ufeff' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
  });

/** Any code points (U+0000 to U+10FFFF), any UTF-16 code units (lone surrogates too), and real lines between them. */
const unicodeLine = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  paragraph,
  boilerplateLine,
);
const unicodeDocument = fc.array(fc.tuple(unicodeLine, fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\u2028')), { maxLength: 30 }).map((parts) => parts.flat().join(''));

// A thousand documents a property (and the language model's first load): more than vitest's 5 s default on a busy machine.
describe('properties of clean()', { timeout: 60_000 }, () => {
  it('the generators use real text: paragraphs and boilerplate from the fixtures', () => {
    expect(paragraphs.size).toBeGreaterThan(300);
    expect(boilerplate.size).toBeGreaterThan(100);
    // A generated document with boilerplate in it usually loses some of it.
    const docs = fc.sample(documentArb, { numRuns: 100, seed: 1 });
    expect(docs.filter((d) => clean(d).removedLines > 0).length).toBeGreaterThan(25);
  });

  it('is idempotent: clean(clean(x)) = clean(x)', () => {
    fc.assert(
      fc.property(documentArb, (x) => {
        const once = clean(x).text;
        expect(clean(once).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it("never adds text: the output's lines are a subsequence of the input's lines", () => {
    fc.assert(
      fc.property(documentArb, (x) => {
        expect(isSubsequence(lines(clean(x).text), lines(x))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary Unicode, and keeps both properties there too', () => {
    fc.assert(
      fc.property(unicodeDocument, (x) => {
        const once = clean(x).text;
        expect(isSubsequence(lines(once), lines(x))).toBe(true);
        expect(clean(once).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('a removal that changes the title is followed by another pass, with original line numbers', () => {
    // Found by the idempotence property: the caption on line 1 goes, so line 2 becomes the title
    // and its copy on line 3 goes too (before, only on a second run).
    const title = 'Heat wave pushes Phoenix past 115 degrees for fourth straight day';
    const x = `Residents wait in line for bottled water at a cooling center in Phoenix, Thursday, June 6, 2024. (AP Photo/Matt Kerr)\n${title}\n${title}\n`;
    const r = clean(x);
    expect(r.text).toBe(`${title}\n`);
    expect(r.findings.map((f) => [f.ruleId, f.start, f.end])).toEqual([
      ['caption', 1, 1],
      ['repeated-title', 3, 3],
    ]);
    expect(r.findings[1].reason).toBe(`repeats the title of line 2: "${title}"`);
    expect(r.removedLines).toBe(2);
  });
});

const folder = tempFolders('clean-article-prop-');

describe('a batch through the real CLI', () => {
  it('gives each file the same text whatever the file order (each file as if cleaned alone)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(documentArb, { minLength: 2, maxLength: 8 }).chain((docs) => fc.tuple(fc.constant(docs), fc.shuffledSubarray([...docs.keys()], { minLength: docs.length, maxLength: docs.length }))),
        async ([docs, order]) => {
          // The names decide the order the CLI takes the files in (sorted): a permutation of names is a permutation of the order.
          const files: Record<string, string> = {};
          docs.forEach((d, i) => (files[`doc${order[i]}.txt`] = d));
          const dir = folder(files);
          const r = await runBin(dir, ['--write', '.']);
          expect(r.code).toBe(0);
          docs.forEach((d, i) => expect(readFileSync(path.join(dir, `doc${order[i]}.txt`), 'utf8')).toBe(clean(d).text));
        },
      ),
      { numRuns: 4 },
    );
  }, 120_000);
});
