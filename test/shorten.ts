import type { Doc } from '../src/types.js';

/** What the engine's rewrite does: keep the unremoved non-blank lines, one '' for each run of blank lines between them. */
export function shorten(doc: Doc, removed: ReadonlySet<number>): { text: string; lines: string[]; from: number[] } {
  const lines: string[] = [];
  const from: number[] = [];
  let gap = 0;
  for (const l of doc.lines) {
    if (l.blank) {
      if (gap === 0) gap = l.n;
      continue;
    }
    if (removed.has(l.n)) continue;
    if (gap !== 0 && lines.length > 0) {
      lines.push('');
      from.push(gap);
    }
    gap = 0;
    lines.push(l.text);
    from.push(l.n);
  }
  const text = (doc.bom ? '\ufeff' : '') + (lines.length === 0 ? '' : lines.join(doc.eol) + doc.eol);
  return { text, lines, from };
}
