/**
 * `npm run bench:speed`: how fast clean-article cleans whole folders, against a floor measured in
 * the same run (floor.ts: a plain Node script that reads and writes back the same files).
 *
 * Corpora, built in a temporary folder: every input text of ../shared/bench/aceb-dev.jsonl copied
 * until there are at least 50 MB (each copy numbered on its first line, as a " | copy N" suffix
 * the title rules see through, so no two files are equal), and generated articles (sentences of
 * the benchmark's gold texts with caption, widget and repeated-title lines mixed in): 10,000 and
 * 100,000 files. Reports files/s, MB/s, peak RSS (VmHWM from /proc, Linux) and the ratio to the
 * floor (the median of three floor runs; --write runs once on a corpus, since it changes the
 * files), with a --check of the aceb-dev copy (cleaning without writing) beside it; the start-up of
 * `clean-article file.txt` against a bare `node -e ""` (median of several runs); and the time for
 * 10x the files. The aceb-dev copy is measured in rounds (--rounds, default 3): each round copies
 * the corpus afresh and times the floor, --check and --write on it one after the other, so a
 * slow spell of a shared machine weighs on a floor and its --write alike; the report gives the
 * round with the median ratio and every round's ratio. Not a test: nothing here asserts a time.
 *
 * Options: --quick (smaller corpora: 8 MB, 1,000 and 10,000 files; one round), --rounds N, --data
 * FILE, --dir DIR (where the temporary folder goes; default the system's temp dir), --keep (leave
 * the temporary folder), --json (print the numbers as JSON too).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'clean-article.js');
const FLOOR = fileURLToPath(new URL('./floor.js', import.meta.url));

interface Run {
  seconds: number;
  peakRssMb: number | null;
  code: number | null;
  stderr: string;
}

/**
 * Run a command, timing it and polling its peak resident set size (VmHWM) from /proc. Written
 * files are flushed to disk first (sync), so one run does not pay for the previous one's writes.
 */
function timed(command: string, args: string[], cwd = ROOT): Promise<Run> {
  spawnSync('sync');
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak: number | null = null;
    const poll = (): void => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak ?? 0, Number(m[1]) / 1024);
      } catch {
        // Not Linux, or the process is gone.
      }
    };
    const timer = setInterval(poll, 20);
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('exit', () => poll());
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssMb: peak, code, stderr });
    });
  });
}

/** A deterministic random generator (mulberry32), so every run builds the same corpora. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Corpus {
  dir: string;
  files: number;
  bytes: number;
}

interface Row {
  gold: string;
  inputs: Record<string, string>;
}

/** Every input text of the benchmark, copied until the corpus holds at least minBytes. */
function buildAceb(rows: readonly Row[], dir: string, minBytes: number): Corpus {
  const texts = rows.flatMap((r) => Object.values(r.inputs));
  const once = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const copies = Math.max(1, Math.ceil(minBytes / once));
  let files = 0;
  let bytes = 0;
  for (let c = 0; c < copies; c++) {
    const sub = path.join(dir, `copy-${String(c).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    texts.forEach((text, i) => {
      const nl = text.indexOf('\n');
      const numbered = nl === -1 ? `${text} | copy ${c}` : `${text.slice(0, nl)} | copy ${c}${text.slice(nl)}`;
      writeFileSync(path.join(sub, `${String(i).padStart(4, '0')}.txt`), numbered);
      files++;
      bytes += Buffer.byteLength(numbered);
    });
  }
  return { dir, files, bytes };
}

/** Generated short articles: gold sentences, with boilerplate lines the rules remove mixed in. */
function buildGenerated(rows: readonly Row[], dir: string, count: number, seed: number): Corpus {
  const sentences = rows.flatMap((r) => r.gold.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40 && s.length < 300));
  const rnd = random(seed);
  const pick = (): string => sentences[Math.floor(rnd() * sentences.length)];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const title = `${pick().split(' ').slice(0, 9).join(' ')} ${i}`;
    const lines = [title, ''];
    if (rnd() < 0.3) lines.push(title, '');
    const paragraphs = 3 + Math.floor(rnd() * 4);
    for (let p = 0; p < paragraphs; p++) {
      lines.push(`${pick()} ${pick()}`, '');
      if (rnd() < 0.1) lines.push('Photo: Reuters', '');
    }
    if (rnd() < 0.2) lines.push('like 0 dislike 0 love 0 funny 0 angry 0 sad 0 wow 0', '');
    const text = `${lines.join('\n').trimEnd()}\n`;
    writeFileSync(path.join(sub, `${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files: count, bytes };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The floor, run three times (it changes nothing): the run with the median time. */
async function floorRun(dir: string, atomic = false): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < 3; i++) runs.push(await timed(process.execPath, [FLOOR, dir, ...(atomic ? ['--atomic'] : [])]));
  return runs.sort((a, b) => a.seconds - b.seconds)[1];
}

async function folderRow(label: string, corpus: Corpus, jobs: string[]): Promise<{ cells: string[]; clean: Run; floor: Run }> {
  const floor = await floorRun(corpus.dir);
  const clean = await timed(process.execPath, [BIN, '--write', ...jobs, corpus.dir]);
  if (clean.code !== 0) process.stderr.write(`clean-article exited ${clean.code}: ${clean.stderr.slice(-400)}\n`);
  return rowOf(label, corpus, floor, clean);
}

/** One round on a fresh copy of a corpus: the floor, then --check (cleaning alone), then --write. */
interface Round {
  row: { cells: string[]; clean: Run; floor: Run };
  check: Run;
  ratio: number;
}

async function round(label: string, corpus: Corpus, copy: string): Promise<Round> {
  rmSync(copy, { recursive: true, force: true });
  cpSync(corpus.dir, copy, { recursive: true });
  // Cleaning alone, before --write changes the files: reads and cleans every file, writes nothing
  // (exit 1: files would change). Timed after the floor, which leaves the files as they are.
  const floorFirst = await floorRun(copy);
  const check = await timed(process.execPath, [BIN, '--check', copy]);
  if (check.code !== 0 && check.code !== 1) process.stderr.write(`clean-article --check exited ${check.code}: ${check.stderr.slice(-400)}\n`);
  const clean = await timed(process.execPath, [BIN, '--write', copy]);
  if (clean.code !== 0) process.stderr.write(`clean-article exited ${clean.code}: ${clean.stderr.slice(-400)}\n`);
  const row = rowOf(label, corpus, floorFirst, clean);
  return { row, check, ratio: clean.seconds / floorFirst.seconds };
}

function rowOf(label: string, corpus: Corpus, floor: Run, clean: Run): { cells: string[]; clean: Run; floor: Run } {
  const mb = corpus.bytes / 1e6;
  const cells = [
    label,
    `${corpus.files.toLocaleString('en-US')} files, ${fmt(mb)} MB`,
    `${fmt(floor.seconds, 2)} s`,
    `${fmt(clean.seconds, 2)} s`,
    fmt(corpus.files / clean.seconds, 0),
    fmt(mb / clean.seconds, 2),
    clean.peakRssMb === null ? 'n/a' : `${fmt(clean.peakRssMb, 0)} MB`,
    `**${fmt(clean.seconds / floor.seconds, 1)}×**`,
  ];
  return { cells, clean, floor };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const dataAt = args.indexOf('--data');
  const data = dataAt >= 0 ? args[dataAt + 1] : path.join(ROOT, '..', 'shared', 'bench', 'aceb-dev.jsonl');
  const rows = readFileSync(data, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
  const dirAt = args.indexOf('--dir');
  const tmp = mkdtempSync(path.join(dirAt >= 0 ? args[dirAt + 1] : os.tmpdir(), 'clean-article-speed-'));
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  try {
    const small = quick ? 1_000 : 10_000;
    const large = small * 10;
    log(`building corpora in ${tmp} …`);
    const aceb = buildAceb(rows, path.join(tmp, 'aceb'), quick ? 8e6 : 50e6);
    const gen1 = buildGenerated(rows, path.join(tmp, `generated-${small}`), small, 1);
    const gen10 = buildGenerated(rows, path.join(tmp, `generated-${large}`), large, 2);

    log('folders …');
    const roundsAt = args.indexOf('--rounds');
    const rounds = quick ? 1 : Math.max(1, Number(roundsAt >= 0 ? args[roundsAt + 1] : 3) || 3);
    const acebRounds: Round[] = [];
    for (let r = 0; r < rounds; r++) {
      log(`aceb-dev copy, round ${r + 1} of ${rounds} …`);
      acebRounds.push(await round('aceb-dev inputs, copied', aceb, path.join(tmp, 'aceb-run')));
    }
    // The round whose ratio is the median one stands for the corpus.
    const middle = [...acebRounds].sort((a, b) => a.ratio - b.ratio)[(acebRounds.length - 1) >> 1];
    const check = middle.check;
    const results = [
      middle.row,
      await folderRow(`generated, ${small.toLocaleString('en-US')} files`, gen1, []),
      await folderRow(`generated, ${large.toLocaleString('en-US')} files`, gen10, []),
    ];

    // What the temp-file-and-rename write alone costs here (floor.ts --atomic), for comparison.
    const atomicFloor = await floorRun(aceb.dir, true);

    log('start-up …');
    const smallFile = path.join(ROOT, 'fixtures', 'mixed--clean-wrapped-en', 'input.txt');
    const langFile = path.join(ROOT, 'fixtures', 'lavrov', 'input.txt');
    const reps = quick ? 5 : 15;
    const bare: number[] = [];
    const one: number[] = [];
    const oneLang: number[] = [];
    for (let i = 0; i < reps; i++) {
      bare.push((await timed(process.execPath, ['-e', ''])).seconds);
      one.push((await timed(process.execPath, [BIN, smallFile])).seconds);
      oneLang.push((await timed(process.execPath, [BIN, langFile])).seconds);
    }

    const ratio10 = results[2].clean.seconds / results[1].clean.seconds;
    const peak = Math.max(...results.map((r) => r.clean.peakRssMb ?? 0));
    const out: string[] = [];
    out.push(`Node ${process.version}, ${os.availableParallelism()} cores available (${os.cpus()[0]?.model ?? 'unknown CPU'}), corpora in ${path.dirname(tmp)}, ${new Date().toISOString().slice(0, 10)}${quick ? ', --quick' : ''}`);
    out.push('');
    out.push('| corpus | size | floor (read + write back, median of 3) | `clean-article --write` | files/s | MB/s | peak RSS | × floor |');
    out.push('|---|---|---|---|---|---|---|---|');
    for (const r of results) out.push(`| ${r.cells.join(' | ')} |`);
    out.push('');
    out.push('| check | measured | target |');
    out.push('|---|---|---|');
    out.push(`| folder \`--write\` vs floor (aceb-dev inputs; the median of ${rounds} round${rounds > 1 ? 's' : ''}: ${acebRounds.map((r) => `${fmt(r.ratio, 1)}×`).join(', ')}) | ${fmt(middle.ratio, 1)}× | ≤ 2.5× |`);
    out.push(`| for comparison: \`clean-article --check\` of the same folder in the same round (reads and cleans, writes nothing; all rounds: ${acebRounds.map((r) => `${fmt(r.check.seconds / r.row.floor.seconds, 1)}×`).join(', ')}) | ${fmt(check.seconds, 2)} s = ${fmt(check.seconds / results[0].floor.seconds, 1)}× | — |`);
    out.push(`| for comparison: the floor writing each file atomically (temp file + rename, as \`--write\` does), nothing cleaned | ${fmt(atomicFloor.seconds, 2)} s = ${fmt(atomicFloor.seconds / results[0].floor.seconds, 1)}× | — |`);
    out.push(`| \`clean-article file.txt\` (${path.basename(path.dirname(smallFile))}) vs \`node -e ""\`, median of ${reps} | ${fmt(median(one) * 1000, 0)} ms vs ${fmt(median(bare) * 1000, 0)} ms = ${fmt(median(one) / median(bare), 1)}× | ≤ 3× |`);
    out.push(`| the same for a file that loads the language identifier (lavrov) | ${fmt(median(oneLang) * 1000, 0)} ms = ${fmt(median(oneLang) / median(bare), 1)}× | — |`);
    out.push(`| ${large.toLocaleString('en-US')} vs ${small.toLocaleString('en-US')} generated files | ${fmt(ratio10, 1)}× the time | ≤ 11× |`);
    out.push(`| peak RSS, any corpus | ${fmt(peak, 0)} MB | ≤ 500 MB |`);
    process.stdout.write(`${out.join('\n')}\n`);
    if (args.includes('--json')) {
      const json = {
        folders: results.map((r) => ({ corpus: r.cells[0], size: r.cells[1], floorSeconds: r.floor.seconds, cleanSeconds: r.clean.seconds, peakRssMb: r.clean.peakRssMb })),
        startup: { bareMs: median(bare) * 1000, smallFileMs: median(one) * 1000, languageFileMs: median(oneLang) * 1000 },
        tenTimesFilesRatio: ratio10,
        atomicFloorSeconds: atomicFloor.seconds,
        checkSeconds: check.seconds,
        acebRounds: acebRounds.map((r) => ({ floorSeconds: r.row.floor.seconds, checkSeconds: r.check.seconds, writeSeconds: r.row.clean.seconds, ratio: r.ratio })),
      };
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    }
  } finally {
    if (args.includes('--keep')) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
