/**
 * gitignore-style pattern matching with the ignore package, loaded on first use only: most runs
 * have no ignore patterns, and the CLI's start-up should not pay for them.
 */
import { createRequire } from 'node:module';
import type { Ignore } from 'ignore';

type Factory = () => Ignore;
let factory: Factory | null = null;

/** A matcher for gitignore-style patterns (one pattern a line, or a list). */
export function patternMatcher(patterns: string | readonly string[]): Ignore {
  factory ??= createRequire(import.meta.url)('ignore') as Factory;
  return factory().add(patterns);
}
