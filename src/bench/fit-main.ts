// Entry point of `npm run fit`: see fit.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { choose, DEFAULT_VALUES, loadCorpora, trial } from './fit.js';
import type { Corpus } from './suite.js';

const FITTED_FILE = fileURLToPath(new URL('../../src/rules/main-content.fitted.ts', import.meta.url));

function main(argv: readonly string[]): number {
  const { values } = parseArgs({ args: [...argv], options: { write: { type: 'boolean' }, values: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write('Usage: npm run fit -- [--values 0,0.1,...] [--write]\n\nFits main-content\'s minNavigationShare on the development corpora in ../shared/bench.\n');
    return 0;
  }
  const candidates = values.values ? values.values.split(',').map(Number) : DEFAULT_VALUES;
  if (candidates.some((v) => !(v >= 0 && v <= 1))) {
    process.stderr.write('fit: --values takes numbers from 0 to 1, comma-separated\n');
    return 2;
  }
  let corpora: Corpus[];
  try {
    corpora = loadCorpora();
  } catch (err) {
    process.stderr.write(`fit: the development corpora are needed (../shared/bench): ${(err as Error).message}\n`);
    return 2;
  }
  const trials = candidates.map((v) => trial(corpora, v));
  const names = Object.keys(trials[0].parts);
  process.stdout.write(`${['value', 'keep', 'removal', ...names].join(' | ')}\n`);
  for (const t of trials) process.stdout.write(`${[t.value, t.keep, t.removal, ...names.map((n) => t.parts[n])].map((x) => (Number.isInteger(x) ? String(x) : x.toFixed(3))).join(' | ')}\n`);
  const best = choose(trials);
  process.stdout.write(`chosen: minNavigationShare ${best.value} (keep ${best.keep.toFixed(3)}, removal ${best.removal.toFixed(3)})\n`);
  if (values.write) {
    const old = readFileSync(FITTED_FILE, 'utf8');
    writeFileSync(FITTED_FILE, old.replace(/FITTED_MIN_NAVIGATION_SHARE = [\d.]+;/, `FITTED_MIN_NAVIGATION_SHARE = ${best.value};`));
    process.stdout.write(`written to ${FITTED_FILE}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
