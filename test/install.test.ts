import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';

// Installed as a user would: `npm pack` in a copy of this checkout (its prepare script builds dist/
// there), then `npm install -g --prefix` of the tarball into a temporary prefix, and the installed
// bin run on the example. The copy keeps the build away from the dist/ the other tests run.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUT = path.join(ROOT, 'fixtures', 'lavrov', 'input.txt');
const EXPECTED = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'expected.txt'), 'utf8');
const work = mkdtempSync(path.join(os.tmpdir(), 'clean-article-install-'));
// A copy of the checkout, its build and an installed package: more than ten seconds to remove on a busy machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);
const TIMEOUT = 300_000;

/** The files git tracks in this checkout (what a clone has), with the work tree's content. */
function copyCheckout(to: string): void {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((f) => f !== '');
  for (const f of tracked) {
    if (existsSync(path.join(ROOT, f))) cpSync(path.join(ROOT, f), path.join(to, f), { recursive: true });
  }
  // The dependencies as npm ci installed them (typescript for the prepare script).
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(to, 'node_modules'));
}

function npm(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the packed package, installed with npm install -g', { timeout: TIMEOUT }, () => {
  const clone = path.join(work, 'clone');
  const prefix = path.join(work, 'prefix');
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const tarball = `clean-article-${version}.tgz`;
  let packed: ReturnType<typeof npm> | null = null;

  function pack(): ReturnType<typeof npm> {
    if (packed) return packed;
    copyCheckout(clone);
    packed = npm(clone, ['pack']);
    return packed;
  }

  it('npm pack builds and prints only the tarball name on stdout (pre-commit reads it from there)', () => {
    const r = pack();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${tarball}\n`);
  });

  it('the tarball holds the bin, the built library, the schema, README and LICENSE; no benches, tests or sources', () => {
    expect(pack().status).toBe(0);
    const files = execFileSync('tar', ['-tzf', path.join(clone, tarball)], { encoding: 'utf8' }).split('\n').filter((f) => f !== '');
    for (const f of ['package/bin/clean-article.js', 'package/dist/index.js', 'package/dist/index.d.ts', 'package/dist/cli/main.js', 'package/dist/eld-medium.bin', 'package/schema/clean-article.schema.json', 'package/README.md', 'package/LICENSE', 'package/package.json']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^package\/(dist\/bench|test|src|fixtures|docs)\//.test(f))).toEqual([]);
  });

  it('installs into a prefix; the installed bin cleans the example; import and require() both load the library', () => {
    expect(pack().status).toBe(0);
    const r = npm(work, ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', path.join(clone, tarball)]);
    expect(r.status, r.stderr).toBe(0);
    const bin = path.join(prefix, 'bin', 'clean-article');
    const run = spawnSync(bin, [INPUT], { encoding: 'utf8', cwd: work });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(EXPECTED);
    expect(spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout).toBe(`${version}\n`);

    const lib = path.join(prefix, 'lib', 'node_modules');
    writeFileSync(path.join(work, 'use.cjs'), `const { clean, rules } = require('clean-article');\nconst text = require('node:fs').readFileSync(${JSON.stringify(INPUT)}, 'utf8');\nprocess.stdout.write(JSON.stringify({ text: clean(text).text, rules: rules.length }));\n`);
    writeFileSync(path.join(work, 'use.mjs'), `import { clean } from 'clean-article';\nimport { readFileSync } from 'node:fs';\nprocess.stdout.write(clean(readFileSync(${JSON.stringify(INPUT)}, 'utf8')).text);\n`);
    const cjs = spawnSync(process.execPath, ['use.cjs'], { cwd: work, encoding: 'utf8', env: { ...process.env, NODE_PATH: lib } });
    expect(cjs.stderr).toBe('');
    expect(JSON.parse(cjs.stdout)).toEqual({ text: EXPECTED, rules: rules.length });
    // ES modules ignore NODE_PATH: resolve from a folder beside the installed package.
    cpSync(path.join(work, 'use.mjs'), path.join(lib, 'use.mjs'));
    const esm = spawnSync(process.execPath, [path.join(lib, 'use.mjs')], { encoding: 'utf8' });
    expect(esm.stderr).toBe('');
    expect(esm.stdout).toBe(EXPECTED);
    expect(readdirSync(path.join(lib, 'clean-article', 'dist'))).not.toContain('bench');
    // The JSON Schema for editors, as the docs' "$schema" names it.
    const schema = JSON.parse(readFileSync(path.join(lib, 'clean-article', 'schema', 'clean-article.schema.json'), 'utf8')) as { $schema: string };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const viaExport = spawnSync(process.execPath, ['-p', "require('clean-article/schema.json').title"], { cwd: work, encoding: 'utf8', env: { ...process.env, NODE_PATH: lib } });
    expect(viaExport.stdout).toBe('clean-article configuration\n');
  });
});
