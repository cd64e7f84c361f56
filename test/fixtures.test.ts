/**
 * Fixture walker: every fixtures/<case>/input.txt must clean to expected.txt byte for byte, and
 * cleaning expected.txt again must change nothing. A new case is a new folder; no test code.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import type { CleanResult } from '../src/index.js';
import { fixtureOptions } from './fixture-options.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'input.txt')))
  .map((d) => d.name)
  .sort();

const read = (name: string, file: string): string => readFileSync(join(root, name, file), 'utf8');

/** What the engine did, for the failure message. */
const explain = (label: string, r: CleanResult): string =>
  `${label}: ${r.findings.length === 0 ? 'no findings' : r.findings.map((f) => `${f.ruleId} ${f.start}-${f.end} (${f.reason})`).join('; ')}`;

describe('fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const input = read(name, 'input.txt');
      const expected = read(name, 'expected.txt');
      const options = fixtureOptions(join(root, name));
      const first = clean(input, options);
      expect(first.text, explain('clean(input)', first)).toBe(expected);
      const second = clean(expected, options);
      expect(second.text, explain('clean(expected)', second)).toBe(expected);
    });
  }
});
