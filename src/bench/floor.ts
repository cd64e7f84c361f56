/**
 * The speed benchmark's floor: a plain Node script that reads every *.txt file under a folder and
 * writes it back unchanged, one after the other. clean-article --write on the same folder can
 * only be slower; the benchmark reports its time as a multiple of this one.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function walk(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name.endsWith('.txt')) writeFileSync(file, readFileSync(file, 'utf8'), 'utf8');
  }
}

walk(process.argv[2] ?? '.');
