// The bench:quality command: score clean-article on the four development corpora (or one
// benchmark file) with score.py's metrics, cleaning in-process as `clean-article --write` cleans a
// file. run(argv, io) never exits the process; quality.ts is the entry point.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeError } from '../cli/files.js';
import { corpusFile, findRow, rowKinds, SET_NAMES } from './corpora.js';
import { availableKinds, DatasetError, DEFAULT_KINDS, findPage, pageNumber } from './dataset.js';
import { lostLines, recallDrops, smallestPrecisionGains } from './evaluate.js';
import type { PageChange } from './evaluate.js';
import { addByRule, seedlikeLost, tqLost } from './line-lost.js';
import { seedlikeDoc, tqStays } from './line-metrics.js';
import { PEER_NAMES, PEER_SETUPS, peersFor } from './peers.js';
import { fixed, formatByRule, formatChanges, formatLost, formatSeedlikeLost, formatTable, formatTqLost, peerKey } from './report.js';
import type { RowPeers } from './report.js';
import { AVERAGED, corpusFrom, corpusSize, evaluateCorpus } from './suite.js';
import type { Corpus, SuiteResult } from './suite.js';

/** What the command touches besides reading the benchmark files. */
export interface BenchIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

const NAME = 'bench:quality';

/** The development benchmark's news pages, beside the repository: ../shared/bench/aceb-dev.jsonl. */
export const DEV_FILE = corpusFile('aceb-dev');

const HELP = `Usage: npm run bench:quality -- [options] [PATH.jsonl]

Score clean-article on the development corpora of ../shared/bench (${SET_NAMES.join(', ')}), or
on one benchmark file PATH, with the metrics of ../shared/bench/score.py, cleaning each text
in-process with clean() as \`clean-article --write\` cleans a file. One table: per corpus and input
kind the numbers raw and cleaned, tq-dev per language and averaged over the languages, and the
peers' published numbers for the development files. A file's metric follows from the start of its
name as in score.py (aceb…, traf…, seedlike…, tq…), else from its fields (aceb's by default).

Options:
  --set NAME[,NAME]   score only these corpora of ../shared/bench (repeatable)
  --kind KIND[,KIND]  score only these input kinds (repeatable); default: those the file has of
                      score.py's ${DEFAULT_KINDS.join(', ')}
  --worst N           also list, per corpus: aceb, the N pages whose recall dropped most and the N
                      (raw precision below 1) whose precision gained least; seedlike, the N
                      documents with the most expected lines removed or unexpected lines left;
                      tq, the N documents with the most text lines removed
  --lost DOC|all      for one corpus (aceb-dev unless --set or PATH says another): aceb, the removed
                      lines that hold gold text; seedlike, the expected lines removed and the lines
                      left not expected, for documents not cleaned exactly; tq, the lines labelled
                      text that were removed. Each removed line with the rule that removed it (and
                      its reason, for one document). DOC is a 5-digit number as --worst prints it
                      or the start of an id; "all" is every document, with a count per rule
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
        set: { type: 'string', multiple: true },
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
  const list = (v: string[] | undefined) => (v ? [...new Set(v.flatMap((k) => k.split(',').map((s) => s.trim())).filter((s) => s !== ''))] : undefined);
  const sets = list(values.set);
  if (sets !== undefined && positionals.length > 0) return fail('--set chooses corpora of ../shared/bench; give either --set or a PATH');
  const unknownSet = sets?.find((s) => !SET_NAMES.includes(s));
  if (sets !== undefined && (sets.length === 0 || unknownSet !== undefined)) return fail(`no corpus "${unknownSet ?? ''}"; the corpora are ${SET_NAMES.join(', ')}`);
  if (values.lost !== undefined && sets !== undefined && sets.length > 1) return fail(`--lost looks at one corpus, not ${sets.length} (give one --set)`);

  // The files: PATH, the --set corpora, aceb-dev for --lost, or every corpus there is.
  const files: { name: string; file: string; shown: string; optional: boolean }[] =
    positionals[0] !== undefined
      ? [{ name: path.basename(positionals[0]).replace(/\.jsonl$/, ''), file: path.resolve(io.cwd, positionals[0]), shown: positionals[0], optional: false }]
      : (sets ?? (values.lost !== undefined ? ['aceb-dev'] : SET_NAMES)).map((name) => {
          const file = corpusFile(name);
          return { name, file, shown: path.relative(io.cwd, file) || file, optional: sets === undefined && values.lost === undefined };
        });
  const corpora: Corpus[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(f.file);
    } catch (err) {
      if (f.optional && (err as NodeJS.ErrnoException).code === 'ENOENT') {
        skipped.push(f.shown);
        continue;
      }
      return fail(`${f.shown}: ${describeError(err)}`);
    }
    try {
      corpora.push(corpusFrom(f.name, f.file, f.shown, bytes));
    } catch (err) {
      return fail(`${f.shown}: ${err instanceof DatasetError ? err.message : describeError(err)}`);
    }
  }
  if (corpora.length === 0) return fail(`${skipped[0] ?? DEV_FILE}: no such file or directory`);
  for (const s of skipped) io.stderr(`${NAME}: ${s}: no such file or directory; skipped\n`);

  // The input kinds of each corpus: those asked for that it has, or score.py's defaults it has.
  const asked = list(values.kind);
  const available = new Map(corpora.map((c) => [c, c.kind === 'aceb' ? availableKinds(c.pages) : rowKinds(c.rows, c.kind)]));
  const kindsOf = new Map(corpora.map((c) => [c, (asked ?? DEFAULT_KINDS).filter((k) => available.get(c)!.includes(k))]));
  const unknown = (asked ?? []).filter((k) => corpora.every((c) => !available.get(c)!.includes(k)));
  if (asked !== undefined && (asked.length === 0 || unknown.length > 0)) {
    const kinds = unknown.map((k) => `"${k}"`).join(', ') || '""';
    if (corpora.length === 1) return fail(`${corpora[0].shown}: no input kind ${kinds} in every page; the kinds are ${available.get(corpora[0])!.join(', ')}`);
    return fail(`no input kind ${kinds} in any corpus; the kinds are ${corpora.map((c) => `${c.name}: ${available.get(c)!.join(', ')}`).join('; ')}`);
  }
  const scored = corpora.filter((c) => kindsOf.get(c)!.length > 0);

  if (values.lost !== undefined) return lost(scored[0] ?? corpora[0], kindsOf.get(scored[0] ?? corpora[0])!, values.lost, io, fail);

  const t0 = performance.now();
  const results = scored.map((c) => evaluateCorpus(c, kindsOf.get(c)!));
  const totalMs = performance.now() - t0;
  const cleanMs = results.reduce((s, r) => s + r.cleanMs, 0);
  const texts = results.reduce((s, r) => s + r.texts, 0);
  const peers: RowPeers[] = results.flatMap((r) => {
    const p = peersFor(r.corpus.sha256);
    return p ? [{ set: r.corpus.name, peers: p }] : [];
  });
  const rows = results.flatMap((r) => r.rows);
  const aceb = results.filter((r) => r.aceb);
  const drops: PageChange[] = worst > 0 ? recallDrops(aceb.flatMap((r) => r.aceb!), worst) : [];
  const gains: PageChange[] = worst > 0 ? smallestPrecisionGains(aceb.flatMap((r) => r.aceb!), worst) : [];

  if (values.json) {
    const change = (c: PageChange) => ({ page: pageNumber(c.page.index), id: c.page.id, kind: c.kind, before: c.before, after: c.after, url: c.page.url });
    const json = {
      corpora: results.map((r) => ({ set: r.corpus.name, file: r.corpus.shown, docs: corpusSize(r.corpus), sha256: r.corpus.sha256, peersPublished: peersFor(r.corpus.sha256) !== undefined })),
      inputs: rows.map((row) => {
        const p = peers.find((x) => x.set === row.set)?.peers.rows[peerKey(row)];
        const docs = corpusSize(results.find((r) => r.corpus.name === row.set)!.corpus);
        return {
          set: row.set,
          input: row.input,
          ...(row.lang !== undefined ? { lang: row.lang } : {}),
          docs,
          raw: row.raw,
          cleaned: row.cleaned,
          ...(p ? { peers: Object.fromEntries(PEER_NAMES.map((name, i) => [name, p.values[i] ? Object.fromEntries(p.measures.map((m, k) => [m, p.values[i]![k]])) : null])) } : {}),
        };
      }),
      ...(peers.length > 0 ? { peers: PEER_NAMES.map((name, i) => ({ name, setup: PEER_SETUPS[i] })) } : {}),
      ...(worst > 0 && aceb.length > 0 ? { recallDrops: drops.map(change), smallestPrecisionGains: gains.map(change) } : {}),
      ...(worst > 0 ? { worstDocuments: results.flatMap((r) => worstDocs(r, worst)) } : {}),
      cleanSeconds: round2(cleanMs / 1000),
      seconds: round2(totalMs / 1000),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(formatTable(rows, peers));
    // The file's name only: the table goes into the documentation, where a local path means nothing.
    for (const r of results) io.stdout(`${corpusSize(r.corpus)} ${r.corpus.kind === 'aceb' || r.corpus.kind === 'traf' ? 'pages' : 'documents'} of ${path.basename(r.corpus.shown)}\n`);
    const notes: string[] = [];
    if (rows.some((r) => r.set.startsWith('seedlike') && r.input === 'clean')) notes.push('seedlike-dev clean: exact = documents left unchanged');
    if (rows.some((r) => r.lang === AVERAGED)) notes.push(`tq-dev "${AVERAGED}": F1 averaged over the languages, keep the lowest of any`);
    if (peers.length > 0) notes.push("peers' numbers as published with the benchmark, on the same text input");
    for (const note of notes) io.stdout(`${note}\n`);
    if (worst > 0 && aceb.length > 0) {
      io.stdout(`\n${formatChanges(`Recall lost, most first (${worst} at most)`, 'R', drops)}`);
      io.stdout(`\n${formatChanges(`Precision gained least, of the pages with some to gain (${worst} at most)`, 'P', gains)}`);
    }
    if (worst > 0) for (const r of results) if (r.corpus.kind === 'seedlike' || r.corpus.kind === 'tq') io.stdout(`\n${formatWorst(r, worst)}`);
  }
  io.stderr(`${NAME}: cleaned ${texts} texts in ${(cleanMs / 1000).toFixed(1)} s (${(totalMs / 1000).toFixed(1)} s with scoring)\n`);
  return 0;
}

/** A seedlike or tq document's count of what cleaning got wrong. */
interface WorstDoc {
  set: string;
  doc: string;
  id: string;
  input: string;
  lang?: string;
  /** seedlike: expected lines removed; tq: text lines removed. */
  removed: number;
  /** seedlike: lines left that are not expected. */
  left?: number;
}

/** seedlike: the n documents with the most expected lines removed, then unexpected lines left; tq: the most text lines removed. */
function worstDocs(r: SuiteResult, n: number): WorstDoc[] {
  const c = r.corpus;
  if (c.kind !== 'seedlike' && c.kind !== 'tq') return [];
  const out: WorstDoc[] = [];
  for (const [input, texts] of r.cleaned) {
    c.rows.forEach((row, i) => {
      const base = { set: c.name, doc: pageNumber(row.index), id: row.id, input };
      if (c.kind === 'seedlike') {
        const d = seedlikeDoc(row.expected, texts[i]);
        if (d.fn + d.fp > 0) out.push({ ...base, removed: d.fn, left: d.fp });
      } else {
        const stays = tqStays(row.lines, texts[i]);
        const removed = stays.filter((s, x) => s === false && row.labels[x] !== '0').length;
        if (removed > 0) out.push({ ...base, lang: row.lang, removed });
      }
    });
  }
  return out.sort((a, b) => b.removed - a.removed || (b.left ?? 0) - (a.left ?? 0) || (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0)).slice(0, n);
}

function formatWorst(r: SuiteResult, n: number): string {
  const docs = worstDocs(r, n);
  const title = r.corpus.kind === 'seedlike' ? `${r.corpus.name}: expected lines removed, most first, then lines left not expected (${n} at most)` : `${r.corpus.name}: text lines removed, most first (${n} at most)`;
  if (docs.length === 0) return `${title}: none\n`;
  const inputWidth = Math.max(...docs.map((d) => d.input.length));
  const lines = docs.map((d) =>
    `  ${d.doc}  ${d.id.slice(0, 24).padEnd(Math.min(24, Math.max(...docs.map((x) => x.id.length))))}  ${d.input.padEnd(inputWidth)}  ${d.lang !== undefined ? `${d.lang}  removed ${d.removed}` : `removed ${d.removed}  left ${d.left}`}`.trimEnd(),
  );
  return `${title}:\n${lines.join('\n')}\n`;
}

/** --lost: one document or all of one corpus. */
function lost(corpus: Corpus, kinds: readonly string[], key: string, io: BenchIo, fail: (m: string) => number): number {
  const all = key === 'all';
  if (corpus.kind === 'aceb') {
    const pages = all ? corpus.pages : [findPage(corpus.pages, key)];
    if (pages[0] === undefined) return fail(`${corpus.shown}: no single page "${key}" (give its 5-digit number, 00000-${pageNumber(corpus.pages.length - 1)}, or the start of its id)`);
    for (const page of pages) {
      const reports = kinds.map((k) => lostLines(page!, k));
      if (!all || reports.some((r) => r.lines.length > 0)) io.stdout(formatLost(page!, reports));
    }
    return 0;
  }
  if (corpus.kind === 'traf') return fail(`${corpus.shown}: --lost is for aceb, seedlike and tq corpora (traf-dev has snippets, not lines)`);
  const rows = all ? corpus.rows : [findRow(corpus.rows, key)];
  if (rows[0] === undefined) return fail(`${corpus.shown}: no single document "${key}" (give its 5-digit number, 00000-${pageNumber(corpus.rows.length - 1)}, or the start of its id)`);
  const byRule = new Map<string, { good: number; bad: number }>();
  const textByLang = new Map<string, Map<string, number>>();
  for (const kind of kinds) {
    if (corpus.kind === 'seedlike') {
      const reports = rows.map((row) => seedlikeLost(row!, kind));
      for (const r of reports) addByRule(byRule, r.byRule);
      io.stdout(formatSeedlikeLost(corpus.name, all ? reports.filter((r) => !r.exact) : reports, !all));
      if (all) io.stdout(`${reports.filter((r) => r.exact).length} of ${reports.length} documents of ${kind} exact\n`);
    } else {
      const reports = rows.map((row) => tqLost(row!, kind));
      for (const r of reports) {
        addByRule(byRule, r.byRule);
        for (const [rule, c] of r.byRule) {
          const langs = textByLang.get(rule) ?? new Map<string, number>();
          langs.set(r.row.lang, (langs.get(r.row.lang) ?? 0) + c.bad);
          textByLang.set(rule, langs);
        }
      }
      io.stdout(formatTqLost(corpus.name, all ? reports.filter((r) => r.removed.length > 0) : reports, !all));
      if (all) {
        const removed = reports.reduce((s, r) => s + r.removed.length, 0);
        const text = reports.reduce((s, r) => s + r.textLines, 0);
        io.stdout(`${removed} of ${text} text lines removed (keep ${fixed(text ? (text - removed) / text : 0)})\n`);
      }
    }
  }
  if (all) {
    const [good, bad] = corpus.kind === 'seedlike' ? ['not expected', 'expected'] : ['noise', 'text'];
    const langs = corpus.kind === 'tq' ? [...new Set(rows.map((r) => r!.lang))].sort() : [];
    const split = langs.length > 1 ? { names: langs, counts: textByLang } : undefined;
    io.stdout(`\n${formatByRule(`Lines removed per rule (${corpus.name} ${kinds.join(', ')})`, good, bad, byRule, split)}`);
  }
  return 0;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
