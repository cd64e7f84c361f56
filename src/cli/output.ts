/**
 * How the command line words and styles what it prints: one error style for its own messages and
 * commander's, plurals, whether to colour, per-rule counts and a command line a user can paste.
 */
import type { Finding } from '../index.js';
import { rules } from '../index.js';

export const NAME = 'clean-article';

/** "1 file", "2 files": the noun in the plural unless n is 1. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * commander's output routed through io, its "error: …" messages in the tool's one style
 * ("clean-article: …"), like every other message.
 */
export function commanderOutput(io: { stdout(text: string): void; stderr(text: string): void }, name = NAME) {
  return {
    writeOut: (s: string) => io.stdout(s),
    writeErr: (s: string) => io.stderr(s),
    outputError: (s: string, write: (s: string) => void) => write(s.replace(/^error: /, `${name}: `)),
  };
}

/** The environment variables that bear on colour. */
export interface ColorEnv {
  FORCE_COLOR?: string;
  NO_COLOR?: string;
  TERM?: string;
}

/**
 * Whether to colour: --color or --no-color decide; else FORCE_COLOR (any value but "0" or "false"
 * forces colour, those two refuse it), then NO_COLOR (set and not empty: none) and TERM=dumb, as
 * chalk's detection and Node's own do; else colour when the output is a terminal.
 */
export function useColor(flag: boolean | undefined, env: ColorEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if ((env.NO_COLOR ?? '') !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/** Count the non-blank lines each rule removed from input (a finding may span blank lines). */
export function removedByRule(input: string, findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  if (findings.length === 0) return counts;
  const lines = input.split(/\r\n|\n|\r/);
  for (const f of findings) {
    let n = 0;
    for (let i = f.start; i <= f.end; i++) if (lines[i - 1]?.trim()) n++;
    counts[f.ruleId] = (counts[f.ruleId] ?? 0) + n;
  }
  return counts;
}

/** " (caption 3, publisher-line 2)" in rule order, or "" when nothing was removed. */
export function perRule(byRule: ReadonlyMap<string, number>): string {
  const parts = rules.filter((r) => byRule.has(r.id)).map((r) => `${r.id} ${byRule.get(r.id)}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/** A word as a POSIX shell reads it: as it is when safe, else in single quotes. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
