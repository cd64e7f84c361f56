/**
 * Keep patterns: lines a user wants never removed, whatever a rule finds. Each pattern is a
 * literal string, which keeps a line that contains it, or `/regex/flags`, tested against the line;
 * either way the line is taken without its surrounding white space.
 *
 *   keep: ["Duvar English", "/^Photo: .* \\/ Reuters$/i"]
 */
import type { Doc } from './types.js';

/** A pattern as written, compiled. */
interface Compiled {
  pattern: string;
  test: (line: string) => boolean;
}

const REGEX = /^\/(.+)\/([a-z]*)$/s;

/**
 * Compile one pattern; throws an Error saying what is wrong with a `/regex/` that does not compile
 * or a pattern that could never keep anything (an empty one).
 */
export function compileKeepPattern(pattern: string): Compiled {
  if (pattern.trim() === '') throw new Error('expected a non-empty string or /regex/');
  const m = REGEX.exec(pattern);
  if (!m) return { pattern, test: (line) => line.includes(pattern.trim()) };
  let re: RegExp;
  try {
    // g and y would make test() remember where it stopped.
    re = new RegExp(m[1], m[2].replace(/[gy]/g, ''));
  } catch (err) {
    throw new Error(`not a valid regular expression: ${(err as Error).message}`);
  }
  return { pattern, test: (line) => re.test(line) };
}

const compiled = new WeakMap<readonly string[], Compiled[]>();

function compileAll(patterns: readonly string[]): Compiled[] {
  let list = compiled.get(patterns);
  if (!list) {
    list = patterns.map(compileKeepPattern);
    compiled.set(patterns, list);
  }
  return list;
}

/** The lines of doc that a keep pattern protects: line number -> the first pattern that matches. */
export function keptLines(doc: Doc, patterns: readonly string[] | undefined): Map<number, string> | null {
  if (!patterns || patterns.length === 0) return null;
  const list = compileAll(patterns);
  const kept = new Map<number, string>();
  for (const line of doc.lines) {
    if (line.blank) continue;
    const hit = list.find((c) => c.test(line.trimmed));
    if (hit) kept.set(line.n, hit.pattern);
  }
  return kept;
}
