// The bench:quality command: score clean-article on a benchmark file with score.py's metric,
// cleaning in-process. run(argv, io) never exits the process; quality.ts is the entry point.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeUtf8, describeError } from '../cli/files.js';
import { availableKinds, DatasetError, DEFAULT_KINDS, findPage, pageNumber, parseDataset } from './dataset.js';
import type { Page } from './dataset.js';
import { evaluate, lostLines, recallDrops, smallestPrecisionGains } from './evaluate.js';
import type { PageChange } from './evaluate.js';
import { DEV_SHA256, PEERS } from './peers.js';
import { formatChanges, formatLost, formatTable } from './report.js';

/** What the command touches besides reading the benchmark file. */
export interface BenchIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

const NAME = 'bench:quality';

/** The development benchmark, beside the repository: ../shared/bench/aceb-dev.jsonl. */
export const DEV_FILE = fileURLToPath(new URL('../../../shared/bench/aceb-dev.jsonl', import.meta.url));

const HELP = `Usage: npm run bench:quality -- [options] [PATH.jsonl]

Score clean-article on a benchmark file (default ../shared/bench/aceb-dev.jsonl) with the metric
of ../shared/bench/score.py: each input kind raw and cleaned in-process with clean(), P, R and F1
per kind, and the peers' published numbers when PATH is the development file.

Options:
  --kind KIND[,KIND]  score only these input kinds (repeatable); default: those the file has of
                      score.py's ${DEFAULT_KINDS.join(', ')}
  --worst N           also list the N pages whose recall dropped most, and the N pages (raw
                      precision below 1) whose precision gained least
  --lost PAGE         print the removed lines that hold gold text for one page (its 5-digit
                      number from --worst, or the start of its id), per kind, with the rule
  --json              print the numbers (and the --worst lists) as JSON
  -h, --help          print this help

Exit codes: 0 done, 2 usage error or a file that cannot be read as a benchmark.
`;

/** Run bench:quality on argv (without node and script); returns the exit code. */
export function run(argv: readonly string[], io: BenchIo): number {
  const fail = (message: string): number => {
    io.stderr(`${NAME}: ${message}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        kind: { type: 'string', multiple: true },
        worst: { type: 'string' },
        lost: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return fail(`${(err as Error).message} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 1) return fail(`one benchmark file at a time, not ${positionals.length}`);
  const worst = values.worst === undefined ? 0 : /^\d{1,6}$/.test(values.worst) ? Number(values.worst) : -1;
  if (values.worst !== undefined && worst < 1) return fail(`--worst takes a whole number from 1, not "${values.worst}"`);
  if (values.lost !== undefined && (values.worst !== undefined || values.json)) return fail('--lost cannot be combined with --worst or --json');

  const file = positionals[0] === undefined ? DEV_FILE : path.resolve(io.cwd, positionals[0]);
  const shown = positionals[0] ?? (path.relative(io.cwd, DEV_FILE) || DEV_FILE);
  let pages: Page[];
  let isDevFile: boolean;
  try {
    const bytes = readFileSync(file);
    isDevFile = createHash('sha256').update(bytes).digest('hex') === DEV_SHA256;
    pages = parseDataset(decodeUtf8(bytes));
  } catch (err) {
    return fail(`${shown}: ${err instanceof DatasetError ? err.message : describeError(err)}`);
  }

  const available = availableKinds(pages);
  const kinds = values.kind
    ? [...new Set(values.kind.flatMap((k) => k.split(',').map((s) => s.trim())).filter((s) => s !== ''))]
    : DEFAULT_KINDS.filter((k) => available.includes(k));
  const unknown = kinds.filter((k) => !available.includes(k));
  if (kinds.length === 0 || unknown.length > 0) {
    return fail(`${shown}: no input kind ${unknown.map((k) => `"${k}"`).join(', ') || '""'} in every page; the kinds are ${available.join(', ')}`);
  }

  if (values.lost !== undefined) {
    const page = findPage(pages, values.lost);
    if (!page) return fail(`${shown}: no single page "${values.lost}" (give its 5-digit number, 00000-${pageNumber(pages.length - 1)}, or the start of its id)`);
    io.stdout(formatLost(page, kinds.map((k) => lostLines(page, k))));
    return 0;
  }

  const t0 = performance.now();
  const { results, cleanMs } = evaluate(pages, kinds);
  const totalMs = performance.now() - t0;
  const peers = isDevFile ? PEERS : [];
  const drops: PageChange[] = worst > 0 ? recallDrops(results, worst) : [];
  const gains: PageChange[] = worst > 0 ? smallestPrecisionGains(results, worst) : [];

  if (values.json) {
    const change = (c: PageChange) => ({ page: pageNumber(c.page.index), id: c.page.id, kind: c.kind, before: c.before, after: c.after, url: c.page.url });
    const json = {
      file: shown,
      pages: pages.length,
      inputs: results.map((r) => ({ input: r.kind, docs: r.pages.length, raw: r.raw, cleaned: r.cleaned })),
      ...(peers.length > 0 ? { peers } : {}),
      ...(worst > 0 ? { recallDrops: drops.map(change), smallestPrecisionGains: gains.map(change) } : {}),
      cleanSeconds: round2(cleanMs / 1000),
      seconds: round2(totalMs / 1000),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(formatTable(results, peers));
    const source = peers.length > 0 ? "; peers' numbers as published with the benchmark, on the same text input" : '';
    // The file's name only: the table goes into the documentation, where a local path means nothing.
    io.stdout(`${pages.length} pages of ${path.basename(shown)}${source}\n`);
    if (worst > 0) {
      io.stdout(`\n${formatChanges(`Recall lost, most first (${worst} at most)`, 'R', drops)}`);
      io.stdout(`\n${formatChanges(`Precision gained least, of the pages with some to gain (${worst} at most)`, 'P', gains)}`);
    }
  }
  const texts = pages.length * kinds.length;
  io.stderr(`${NAME}: cleaned ${texts} texts in ${(cleanMs / 1000).toFixed(1)} s (${(totalMs / 1000).toFixed(1)} s with scoring)\n`);
  return 0;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
