/**
 * Scaling benchmark (`npm run bench:scaling`): clean() on documents of many lines of one kind
 * (bench/lines.ts, manyLineDocuments), at n and 4n lines. The growth column is how the time grows
 * when the document grows fourfold, as an exponent: 1 is linear, 2 quadratic. A rule that walks
 * the whole document again for each line shows up here long before a real page is big enough to
 * notice it.
 *
 *   node dist/bench/scaling.js [--lines 5000]
 */
import { clean } from '../index.js';
import { manyLineDocuments } from './lines.js';

const args = process.argv.slice(2);
const n = Number(args[args.indexOf('--lines') + 1] || 5000) || 5000;

/** Fastest of three runs, in ms. */
function time(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    clean(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const small = manyLineDocuments(n);
const large = manyLineDocuments(4 * n);
for (const d of small) clean(d.line); // warm up the compiler on every kind first
console.log(`clean() on documents of ${n} and ${4 * n} lines of one kind; fastest of three runs, in ms`);
console.log('growth: how the time grows when the document grows fourfold, as an exponent (1 linear, 2 quadratic)\n');
console.log(`| document | ${n} lines | ${4 * n} lines | MB | growth |`);
console.log('|---|---|---|---|---|');
let worst = { growth: 0, name: '' };
for (let i = 0; i < small.length; i++) {
  const a = time(small[i].line);
  const b = time(large[i].line);
  const growth = Math.log(b / a) / Math.log(4);
  if (growth > worst.growth) worst = { growth, name: small[i].name };
  console.log(`| ${small[i].name} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(large[i].line.length / 1e6).toFixed(2)} | ${growth.toFixed(2)} |`);
}
console.log(`\nworst growth: ${worst.growth.toFixed(2)} (${worst.name})`);
