/**
 * Regex linearity benchmark (`npm run bench:regex`): every rule, and the document parser that
 * feeds them, is timed on adversarial lines (long runs of one character, of spaces, of nested
 * punctuation, …) and on a normal line of article prose of the same length; the report is the
 * ratio of the two. A rule that backtracks catastrophically shows a ratio in the hundreds or
 * thousands that grows with the length; a linear one stays near 1 at every length.
 *
 *   node dist/bench/regex.js [--length 100000] [--guards-off]
 *
 * --guards-off also lifts the rules' line-length pre-checks (maxLineLength), so the regular
 * expressions behind them see the long lines too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument, rules } from '../index.js';
import type { Doc, Rule } from '../index.js';
import { adversarialLines, normalLine } from './lines.js';

interface Subject {
  id: string;
  run(text: string): unknown;
}

const args = process.argv.slice(2);
const length = Number(args[args.indexOf('--length') + 1] || 100_000) || 100_000;
const guardsOff = args.includes('--guards-off');

const fixtures = new URL('../../fixtures/', import.meta.url);
const prose = readdirSync(fixtures).map((d) => readFileSync(new URL(`${d}/expected.txt`, fixtures), 'utf8'));

/** The line as the title and again as a paragraph, so no rule can pass over it unread. */
const wrap = (line: string): string => `${line}\n\n${line}\n`;

function ruleSubject(rule: Rule<object>): Subject {
  const options = { ...rule.defaults, ...(guardsOff && 'maxLineLength' in rule.defaults ? { maxLineLength: Infinity } : {}) };
  const docs = new Map<string, Doc>();
  return {
    id: rule.id,
    run(text) {
      let doc = docs.get(text);
      if (!doc) {
        doc = parseDocument(text);
        docs.set(text, doc);
      }
      return rule.detect(doc, options, { claimed: new Set(), claimedBy: new Map() });
    },
  };
}

const subjects: Subject[] = [{ id: 'parseDocument', run: (text) => parseDocument(text) }, ...rules.map(ruleSubject)];

/** Fastest of several runs, in ms (at least 3 runs; more until 300 ms or 15 runs have passed). */
function time(subject: Subject, text: string): number {
  subject.run(text); // warm up, and build the document once for the rules
  let best = Infinity;
  const start = performance.now();
  for (let n = 0; n < 3 || (n < 15 && performance.now() - start < 300); n++) {
    const t = performance.now();
    subject.run(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const normal = wrap(normalLine(prose, length));
const lines = adversarialLines(length);
const shorter = new Map(adversarialLines(length / 10).map((l) => [l.name, l.line]));
const shortNormal = wrap(normalLine(prose, length / 10));
console.log(`line length ${length}${guardsOff ? ', line-length guards off' : ''}; ${lines.length} adversarial lines; time per run in ms (fastest of several runs)`);
console.log('growth: how the time grows when the line grows tenfold, as an exponent (1 linear, 2 quadratic); "-" under 1 ms\n');
console.log('| subject | normal line | worst adversarial line | time | ratio | growth |');
console.log('|---|---|---|---|---|---|');
let worst = { ratio: 0, subject: '', line: '' };
for (const subject of subjects) {
  // A floor of 0.01 ms keeps a rule that skips both lines at once from showing noise as a ratio.
  const base = Math.max(time(subject, normal), 0.01);
  let top = { ratio: 0, name: '', ms: 0 };
  for (const { name, line } of lines) {
    const ms = time(subject, wrap(line));
    if (ms / base > top.ratio) top = { ratio: ms / base, name, ms };
  }
  const small = time(subject, wrap(shorter.get(top.name) ?? ''));
  const growth = top.ms >= 1 ? Math.log10(top.ms / Math.max(small, 0.001)).toFixed(2) : '-';
  const normalGrowth = base >= 1 ? ` (normal ${Math.log10(base / Math.max(time(subject, shortNormal), 0.001)).toFixed(2)})` : '';
  console.log(`| ${subject.id} | ${base.toFixed(2)} | ${top.name} | ${top.ms.toFixed(2)} | ${top.ratio.toFixed(1)} | ${growth}${normalGrowth} |`);
  if (top.ratio > worst.ratio) worst = { ratio: top.ratio, subject: subject.id, line: top.name };
}
console.log(`\nworst ratio: ${worst.ratio.toFixed(1)} (${worst.subject} on ${worst.line})`);
