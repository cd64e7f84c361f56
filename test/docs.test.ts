import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_FILE } from '../src/bench/cli.js';
import { rules } from '../src/index.js';
import { BIN, ROOT } from './spawn-bin.js';

// Every `$ command` line of a ```console block in README.md and docs/ runs here, in a temp copy of
// the fixtures (one folder per page, the page's blocks in order), with the installed name
// `clean-article` on PATH; what follows it up to the next `$` line is its output (stdout and
// stderr as a terminal would show them one after the other). A line that is only "…" stands for
// any number of lines. UPDATE_DOCS=1 writes the actual output into the pages instead (blocks with
// "…" are left as they are).

const made: string[] = [];
// Many small files: give their removal more than the default ten seconds on a busy machine.
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
}, 120_000);
const UPDATE = process.env.UPDATE_DOCS === '1';
const TIMEOUT = 120_000;

function pages(): string[] {
  const found = ['README.md'];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.md')) found.push(rel);
    }
  };
  walk('docs');
  return found.sort();
}

interface Command {
  command: string;
  expected: string[];
}

interface Block {
  /** Line index of the opening fence. */
  at: number;
  end: number;
  commands: Command[];
}

function consoleBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```console') continue;
    const start = i;
    const commands: Command[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) {
      if (lines[i].startsWith('$ ')) commands.push({ command: lines[i].slice(2), expected: [] });
      else if (commands.length > 0) commands[commands.length - 1].expected.push(lines[i]);
      else throw new Error(`a console block at line ${start + 1} must start with a "$ " line`);
    }
    blocks.push({ at: start, end: i, commands });
  }
  return blocks;
}

/** Output lines against expected lines, where a line "…" matches any number of lines. */
function matches(actual: string[], expected: string[]): boolean {
  if (expected.length === 0) return actual.length === 0;
  const [head, ...rest] = expected;
  if (head === '…') {
    for (let k = 0; k <= actual.length; k++) if (matches(actual.slice(k), rest)) return true;
    return false;
  }
  return actual.length > 0 && actual[0] === head && matches(actual.slice(1), rest);
}

/**
 * A work folder with the fixtures the commands name (fixtures/NAME/…), and clean-article on PATH
 * as an installed bin would be.
 */
function workFolder(commands: readonly string[]): { cwd: string; env: NodeJS.ProcessEnv } {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'clean-article-docs-'));
  made.push(cwd);
  const named = new Set(commands.flatMap((c) => [...c.matchAll(/\bfixtures\/([\w-]+)/g)].map((m) => m[1])));
  for (const name of named) cpSync(path.join(ROOT, 'fixtures', name), path.join(cwd, 'fixtures', name), { recursive: true });
  const bin = path.join(cwd, '.bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'clean-article'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(path.join(bin, 'clean-article'), 0o755);
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', LC_ALL: 'C.UTF-8' };
  delete env.FORCE_COLOR;
  delete env.CI;
  return { cwd, env };
}

const DOCS = pages();

describe('the command examples of the documentation', { timeout: TIMEOUT }, () => {
  for (const page of DOCS) {
    const text = readFileSync(path.join(ROOT, page), 'utf8');
    const lines = text.split('\n');
    const blocks = consoleBlocks(lines);
    if (blocks.length === 0) continue;
    it(`${page}: ${blocks.reduce((n, b) => n + b.commands.length, 0)} commands print what the page shows`, () => {
      const { cwd, env } = workFolder(blocks.flatMap((b) => b.commands.map((c) => c.command)));
      const out = [...lines];
      // From the last block up, so that replacing one keeps the line numbers of those above.
      const results = blocks.map((block) =>
        block.commands.map((c) => {
          // stderr joins stdout from the start, as a terminal shows both; the command's own redirections still apply.
          const r = spawnSync('bash', ['-c', `exec 2>&1\n${c.command}`], { cwd, env, encoding: 'utf8' });
          const actual = r.stdout.replace(/\n$/, '').split('\n');
          return { ...c, actual: r.stdout === '' ? [] : actual };
        }),
      );
      for (let b = blocks.length - 1; b >= 0; b--) {
        const ran = results[b];
        if (UPDATE && !ran.some((c) => c.expected.includes('…'))) {
          out.splice(blocks[b].at + 1, blocks[b].end - blocks[b].at - 1, ...ran.flatMap((c) => [`$ ${c.command}`, ...c.actual]));
        }
      }
      if (UPDATE) writeFileSync(path.join(ROOT, page), out.join('\n'));
      for (const c of results.flat()) {
        expect(matches(c.actual, c.expected), `${page}: $ ${c.command}\n--- printed:\n${c.actual.join('\n')}\n--- the page shows:\n${c.expected.join('\n')}`).toBe(true);
      }
    });
  }
});

describe('the documentation', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('README.md is at most 250 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
  });

  it('has one page per rule, linked from the README table', () => {
    for (const rule of rules) {
      const page = readFileSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      expect(page.split('\n')[0]).toBe(`# ${rule.id}`);
      expect(readme).toContain(`[\`${rule.id}\`](docs/rules/${rule.id}.md)`);
      for (const option of Object.keys(rule.defaults)) expect(page, `${rule.id}: option ${option}`).toContain(`\`${option}\``);
    }
  });

  it('every relative link between the pages leads to a file', () => {
    for (const page of DOCS) {
      const text = readFileSync(path.join(ROOT, page), 'utf8');
      for (const m of text.matchAll(/\]\((?!https?:|#)([^)#\s]+)(#[^)]*)?\)/g)) {
        const target = path.join(ROOT, path.dirname(page), m[1]);
        expect(() => readFileSync(target), `${page} links to ${m[1]}`).not.toThrow();
      }
    }
  });

  it('names no development tool or folder that users do not have', () => {
    for (const page of DOCS) {
      const text = readFileSync(path.join(ROOT, page), 'utf8');
      expect(text, page).not.toMatch(/\.\.\/shared|farm-bench|\bnpx clean-article\b/);
    }
  });
});

describe('the quality table', () => {
  /** The text block between the bench:quality markers of a page. */
  const table = (page: string): string => {
    const text = readFileSync(path.join(ROOT, page), 'utf8');
    const m = /<!-- bench:quality:start[^>]*-->\n```text\n([\s\S]*?)```\n<!-- bench:quality:end -->/.exec(text);
    if (!m) throw new Error(`${page} has no bench:quality block`);
    return m[1];
  };
  const HOW = 'paste the output of `npm run -s bench:quality` between the bench:quality markers of README.md and docs/benchmarks.md';

  it('is the same in README.md and docs/benchmarks.md', () => {
    expect(table('README.md'), HOW).toBe(table(path.join('docs', 'benchmarks.md')));
  });

  it.skipIf(!existsSync(DEV_FILE))('is what npm run -s bench:quality prints now (where the development file is)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'bench', 'quality.js')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(table('README.md'), HOW).toBe(r.stdout);
  }, 120_000);
});
