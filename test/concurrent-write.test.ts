import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// A real concurrent writer: another process appends lines to the files while --write rewrites
// them. As a property over many runs (not a timing): no appended line is ever lost, and a run in
// which another process wrote to a file while it was being replaced does not exit 0.

const folder = tempFolders('clean-article-concurrent-');
const APPENDER = fileURLToPath(new URL('./appender.mjs', import.meta.url));
const RUNS = Number(process.env.CW_RUNS ?? 12);
const PAUSE_MS = process.env.CW_PAUSE ?? '0.02';
const FILES = 60;
const ARTICLE = (i: number): string => `Harbour plan, part ${i}\n\nPhoto: Reuters\n\nThe council voted on Tuesday on the harbour plan, which has divided residents for months.\n\n`;

function exec(cmd: string, args: string[], cwd: string, onStderr?: (text: string) => void): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
      onStderr?.(err);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('--write with a concurrent appender', () => {
  it(`loses no appended line over ${RUNS} runs of ${FILES} files, and never exits 0 after another process wrote to a file in flight`, { timeout: 300_000 }, async () => {
    let appendedLines = 0;
    let lost = 0;
    let putBack = 0;
    let keptBoth = 0;
    let refused = 0;
    const details: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const dir = folder();
      const names = Array.from({ length: FILES }, (_, i) => `a${String(i).padStart(3, '0')}.txt`);
      for (const [i, name] of names.entries()) writeFileSync(path.join(dir, name), ARTICLE(i));
      let started!: () => void;
      const isStarted = new Promise<void>((resolve) => (started = resolve));
      const appender = exec(process.execPath, [APPENDER, path.join(dir, 'stop'), PAUSE_MS, ...names.map((n) => path.join(dir, n))], dir, (err) => err.includes('started') && started());
      await isStarted;
      const r = await exec(process.execPath, [BIN, '--write', '--jobs', run % 2 === 0 ? '1' : '2', '.'], dir);
      writeFileSync(path.join(dir, 'stop'), '');
      const appended = JSON.parse((await appender).out) as Record<string, string[]>;
      const reported = r.err.split('\n').filter((l) => l.includes('another process wrote to it'));
      putBack += reported.filter((l) => l.includes('put back as it was')).length;
      keptBoth += reported.filter((l) => l.includes('kept beside it')).length;
      refused += r.err.split('\n').filter((l) => l.includes('changed while being cleaned')).length;
      for (const name of names) {
        const kept = readdirSync(dir).filter((f) => f.startsWith(`${name}.clean-article-kept-`));
        const text = [name, ...kept].map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
        const lines = appended[path.join(dir, name)];
        appendedLines += lines.length;
        const missing = lines.filter((l) => !text.includes(`${l}\n`));
        lost += missing.length;
        if (missing.length > 0) details.push(`run ${run}, ${name}: ${missing.length} lines lost; exit ${r.code}; ${r.err.split('\n').filter((l) => l.includes(name)).join(' | ')}`);
        // Lost text may never come with exit 0.
        if (missing.length > 0 || kept.length > 0) expect(r.code, r.err).toBe(2);
      }
      if (reported.length > 0) expect(r.code).toBe(2);
      // Every file is either cleaned, or reported (changed while being cleaned, or put back).
      expect([0, 2]).toContain(r.code);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
    console.log(`concurrent appender: ${appendedLines} lines appended over ${RUNS} runs; ${refused} refused before the rename, ${putBack} put back after it, ${keptBoth} kept both; ${lost} lost`);
    expect(appendedLines).toBeGreaterThan(RUNS * FILES);
    expect(lost, details.join('\n')).toBe(0);
  });
});
