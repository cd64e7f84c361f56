/**
 * The speed benchmark's floor: a plain Node script that reads every *.txt file under a folder and
 * writes it back unchanged, one after the other. clean-article --write on the same folder can
 * only be slower; the benchmark reports its time as a multiple of this one.
 *
 * With --atomic it writes each file the way clean-article --write does, to a temp file beside it
 * that is then renamed over it (no fsync), still without cleaning anything: what an atomic write
 * costs on this machine's file system, for comparison (not the floor of the target).
 */
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function walk(dir: string, atomic: boolean): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file, atomic);
    else if (entry.name.endsWith('.txt')) {
      const text = readFileSync(file, 'utf8');
      if (!atomic) writeFileSync(file, text, 'utf8');
      else {
        const temp = path.join(dir, `.${entry.name}.floor.tmp`);
        writeFileSync(temp, text, 'utf8');
        renameSync(temp, file);
      }
    }
  }
}

const args = process.argv.slice(2);
walk(args.find((a) => a !== '--atomic') ?? '.', args.includes('--atomic'));
