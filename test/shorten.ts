import { rewrite } from '../src/engine.js';
import type { Doc } from '../src/types.js';

/** The engine's rewrite of a document without the given lines: the next pass's text, its lines and where each comes from. */
export function shorten(doc: Doc, removed: ReadonlySet<number>): { text: string; lines: string[]; from: number[] } {
  return rewrite(doc, [...removed].map((n) => ({ ruleId: 'test', start: n, end: n, reason: '' })));
}
