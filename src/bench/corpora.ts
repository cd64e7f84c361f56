// The four development corpora of ../shared/bench and how to read the three that are not in the
// aceb format (dataset.ts reads that one): traf-dev {"id", "with", "without", "inputs": {"dump"}},
// seedlike-dev {"id", "expected", "inputs": {"doc"}} and tq-dev {"id", "lang", "lines", "labels",
// "inputs": {"doc"}}. A file's metric follows from the start of its name (as in score.py) or its
// fields, and the input kind "clean" is the text a perfect cleaner leaves ("gold" or "expected").
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetError, findDoc, pageNumber, parseJsonRow } from './dataset.js';

/** The folder of the development corpora, beside the repository. */
export const BENCH_DIR = fileURLToPath(new URL('../../../shared/bench/', import.meta.url));

/** The development corpora, in the order score.py scores them. */
export const SET_NAMES: readonly string[] = ['aceb-dev', 'traf-dev', 'seedlike-dev', 'tq-dev'];

/** The metric a corpus is scored with. */
export type SetKind = 'aceb' | 'traf' | 'seedlike' | 'tq';

/**
 * The metric of a corpus file: from the start of its name as in score.py (aceb…, traf…, seedlike…,
 * tq…), else from the fields of its first line ("labels": tq, "expected": seedlike, "with": traf,
 * anything else: aceb, the format of a benchmark file before there were four).
 */
export function setKindOf(file: string, text = ''): SetKind {
  const base = path.basename(file);
  if (base.startsWith('aceb')) return 'aceb';
  if (base.startsWith('seedlike')) return 'seedlike';
  if (base.startsWith('tq')) return 'tq';
  if (base.startsWith('traf')) return 'traf';
  let first: unknown;
  try {
    first = JSON.parse(text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')));
  } catch {
    return 'aceb';
  }
  const r = (typeof first === 'object' && first !== null ? first : {}) as Record<string, unknown>;
  return 'labels' in r ? 'tq' : 'expected' in r ? 'seedlike' : 'with' in r ? 'traf' : 'aceb';
}

/** A corpus file's path in BENCH_DIR. */
export function corpusFile(name: string): string {
  return path.join(BENCH_DIR, `${name}.jsonl`);
}

/** One document of traf-dev, seedlike-dev or tq-dev (the fields its metric needs). */
export interface LineRow {
  /** 0-based position in the file; score.py names the document's file after it (00012.txt). */
  index: number;
  /** Its id in the file, or its 5-digit index. */
  id: string;
  inputs: Readonly<Record<string, string>>;
  /** seedlike: the text a perfect cleaner leaves. */
  expected: string;
  /** traf: snippets that must stay and snippets that must go. */
  with: readonly string[];
  without: readonly string[];
  /** tq: the language, the lines and their labels ('1' text, '0' noise). */
  lang: string;
  lines: readonly string[];
  labels: readonly string[];
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Parse a traf, seedlike or tq corpus file's text. Throws DatasetError naming the line. */
export function parseRows(text: string, kind: Exclude<SetKind, 'aceb'>): LineRow[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const rows = lines.map((line, index) => {
    const where = `line ${index + 1}`;
    const { r, inputs } = parseJsonRow(line, index);
    const inputsOk = inputs !== null;
    const need =
      kind === 'traf'
        ? isStrings(r.with) && isStrings(r.without)
        : kind === 'seedlike'
          ? typeof r.expected === 'string'
          : typeof r.lang === 'string' && isStrings(r.lines) && isStrings(r.labels);
    if (!inputsOk || !need) {
      const fields = { traf: '"with" and "without" (lists of strings)', seedlike: '"expected" (a string)', tq: '"lang" (a string), "lines" and "labels" (lists of strings)' }[kind];
      throw new DatasetError(`${where}: a ${kind} document needs ${fields} and "inputs" (an object of strings)`);
    }
    return {
      index,
      id: typeof r.id === 'string' && r.id !== '' ? r.id : pageNumber(index),
      inputs: inputs!,
      expected: typeof r.expected === 'string' ? r.expected : '',
      with: isStrings(r.with) ? r.with : [],
      without: isStrings(r.without) ? r.without : [],
      lang: typeof r.lang === 'string' ? r.lang : '',
      lines: isStrings(r.lines) ? r.lines : [],
      labels: isStrings(r.labels) ? r.labels : [],
    };
  });
  if (rows.length === 0) throw new DatasetError('no documents (one JSON object a line is expected)');
  return rows;
}

/** The kinds every document has: "clean" for seedlike (its expected text), and the common inputs, sorted. */
export function rowKinds(rows: readonly LineRow[], kind: SetKind): string[] {
  const common = Object.keys(rows[0]?.inputs ?? {}).filter((k) => rows.every((r) => k in r.inputs));
  return [...(kind === 'seedlike' ? ['clean'] : []), ...common.sort()];
}

/** The text of one input kind of a document (the expected text for "clean"). */
export function rowInput(row: LineRow, kind: string): string {
  if (kind === 'clean') return row.expected;
  const text = row.inputs[kind];
  if (text === undefined) throw new DatasetError(`line ${row.index + 1}: no input "${kind}"`);
  return text;
}

/** A document by its 5-digit number or the start of its id (see findDoc). */
export const findRow = (rows: readonly LineRow[], key: string): LineRow | undefined => findDoc(rows, key);
