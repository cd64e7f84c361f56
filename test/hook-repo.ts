import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempFolders } from './temp-folder.js';

// Real git repositories in temp folders for the hook tests, and the README snippets they run.

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIRTY = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'input.txt'), 'utf8');
export const CLEAN = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'expected.txt'), 'utf8');

/** The documentation pages that hold snippets: README.md and docs/*.md. */
export const DOC_PAGES = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f))];

/**
 * What follows `<!-- snippet: NAME -->` in README.md or a page of docs/: the content of a fenced
 * code block, or else the lines up to the next blank line (a table).
 */
export function readmeSnippet(name: string): string {
  for (const page of DOC_PAGES) {
    const text = readFileSync(path.join(ROOT, page), 'utf8');
    const m = new RegExp(`<!-- snippet: ${name} -->\\n(?:\`\`\`[\\w-]*\\n([\\s\\S]*?)\`\`\`\\n|([\\s\\S]*?)\\n\\n)`).exec(text);
    if (m) return m[1] ?? m[2];
  }
  throw new Error(`no page of the documentation has a snippet "${name}"`);
}

// Made on first use, removed after the test file that imports this module.
const pathFolder = tempFolders('clean-article-path-');
let binFolder: string | null = null;

/** A git environment whose PATH has this checkout's clean-article first, as an installed bin would be. */
export function envWithBin(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  if (binFolder === null) {
    binFolder = pathFolder();
    symlinkSync(CLEAN_ARTICLE_BIN, path.join(binFolder, 'clean-article'));
  }
  return gitEnv({ PATH: `${binFolder}${path.delimiter}${process.env.PATH ?? ''}`, ...extra });
}

/** True when a command is on PATH. */
export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** git without the user's or the system's configuration, so hooks paths or signing don't leak in. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1', ...extra };
}

export interface Ran {
  code: number | null;
  /** stdout and stderr together. */
  output: string;
}

/** Run a command to its end; never rejects for a non-zero exit. */
export function sh(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = gitEnv()): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (output += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Run a command that must succeed; throws with its output otherwise. */
export async function must(cwd: string, command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const r = await sh(cwd, command, args, env);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.code}:\n${r.output}`);
  return r.output;
}

/**
 * A maker of fresh git repositories (branch main, one first commit holding .gitignore), each in
 * its own temp folder, removed after the calling test file. Call it at the top level.
 */
export function gitRepos(prefix: string): () => Promise<string> {
  const folder = tempFolders(prefix);
  return async () => {
    const dir = folder({ '.gitignore': 'node_modules/\n' });
    await must(dir, 'git', ['init', '-q', '-b', 'main']);
    await must(dir, 'git', ['config', 'user.email', 'test@example.com']);
    await must(dir, 'git', ['config', 'user.name', 'Test']);
    await must(dir, 'git', ['add', '.gitignore']);
    await must(dir, 'git', ['commit', '-q', '-m', 'first']);
    return dir;
  };
}

/**
 * Make packages callable as `npx NAME` in dir, as `npm install --save-dev` would: a link in
 * node_modules/.bin to each bin script (this checkout's clean-article, and its lint-staged).
 */
export function linkBins(dir: string, bins: Record<string, string>): void {
  mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  for (const [name, script] of Object.entries(bins)) symlinkSync(script, path.join(dir, 'node_modules', '.bin', name));
}

/** The clean-article bin of this checkout (runs dist/, built by the global setup). */
export const CLEAN_ARTICLE_BIN = path.join(ROOT, 'bin', 'clean-article.js');

/** Write an executable git hook. */
export function writeHook(dir: string, name: string, script: string): void {
  const file = path.join(dir, '.git', 'hooks', name);
  writeFileSync(file, script);
  chmodSync(file, 0o755);
}

/** A file's text as committed at HEAD. */
export async function committed(dir: string, name: string): Promise<string> {
  return must(dir, 'git', ['show', `HEAD:${name}`]);
}
