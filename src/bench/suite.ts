// Scores one corpus of any of the four kinds, raw and cleaned in-process as `clean-article --write`
// cleans a file (cleanAsWritten), into the rows of bench:quality's table: one per input kind, and
// for tq-dev one per language and one for the languages averaged.
import { createHash } from 'node:crypto';
import { decodeUtf8 } from '../cli/files.js';
import { parseRows, rowInput, setKindOf } from './corpora.js';
import { parseDataset } from './dataset.js';
import type { LineRow, SetKind } from './corpora.js';
import type { Page } from './dataset.js';
import { CLI_OPTIONS, cleanAsWritten, evaluate } from './evaluate.js';
import type { CleanOptions } from '../index.js';
import type { KindResult } from './evaluate.js';
import { seedlikeMetrics, tqSuiteMetrics, trafMetrics } from './line-metrics.js';

/** The numbers a row can have; a row has those its corpus's metric gives. */
export interface Numbers {
  P?: number;
  R?: number;
  F1?: number;
  /** seedlike: share of documents cleaned exactly (for input clean: left unchanged). */
  exact?: number;
  /** tq: share of the text lines kept (the averaged row: the lowest of any language). */
  keep?: number;
  /** traf: accuracy over the snippets. */
  Acc?: number;
}

/** One row of the table. */
export interface SuiteRow {
  set: string;
  input: string;
  /** tq-dev: the language, or "languages averaged" (F1 averaged over them, keep the lowest). */
  lang?: string;
  raw: Numbers;
  cleaned: Numbers;
}

/** A corpus read from its file. */
export type Corpus =
  | { name: string; kind: 'aceb'; shown: string; sha256: string; pages: Page[] }
  | { name: string; kind: Exclude<SetKind, 'aceb'>; shown: string; sha256: string; rows: LineRow[] };

/** A corpus from its file's bytes: parsed by the kind its name or content says. Throws DatasetError. */
export function corpusFrom(name: string, file: string, shown: string, bytes: Buffer): Corpus {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = decodeUtf8(bytes);
  const kind = setKindOf(file, text);
  return kind === 'aceb' ? { name, kind, shown, sha256, pages: parseDataset(text) } : { name, kind, shown, sha256, rows: parseRows(text, kind) };
}

/** The rows of one corpus, the cleaned texts per input kind, and the time spent inside clean(). */
export interface SuiteResult {
  corpus: Corpus;
  rows: SuiteRow[];
  /** aceb only: the per-page results (for --worst). */
  aceb?: KindResult[];
  /** traf, seedlike, tq: the cleaned texts per input kind (for --lost). */
  cleaned: Map<string, string[]>;
  texts: number;
  cleanMs: number;
}

export const AVERAGED = 'languages averaged';

/** The number of documents of a corpus. */
export function corpusSize(c: Corpus): number {
  return c.kind === 'aceb' ? c.pages.length : c.rows.length;
}

/** Clean and score every document of a corpus for each input kind, in the order given. */
export function evaluateCorpus(corpus: Corpus, kinds: readonly string[], options: CleanOptions = CLI_OPTIONS): SuiteResult {
  if (corpus.kind === 'aceb') {
    const { results, cleanMs } = evaluate(corpus.pages, kinds, options);
    return {
      corpus,
      rows: results.map((r) => ({ set: corpus.name, input: r.kind, raw: { ...r.raw }, cleaned: { ...r.cleaned } })),
      aceb: results,
      cleaned: new Map(),
      texts: corpus.pages.length * kinds.length,
      cleanMs,
    };
  }
  let cleanMs = 0;
  const rows: SuiteRow[] = [];
  const cleaned = new Map<string, string[]>();
  for (const input of kinds) {
    const raw = corpus.rows.map((r) => rowInput(r, input));
    const t0 = performance.now();
    const out = raw.map((t) => cleanAsWritten(t, options));
    cleanMs += performance.now() - t0;
    cleaned.set(input, out);
    rows.push(...scoreRows(corpus.name, corpus.kind, corpus.rows, input, raw, out));
  }
  return { corpus, rows, cleaned, texts: corpus.rows.length * kinds.length, cleanMs };
}

/** The table rows of one input kind of a traf, seedlike or tq corpus, raw and cleaned. */
export function scoreRows(set: string, kind: Exclude<SetKind, 'aceb'>, docs: readonly LineRow[], input: string, raw: readonly string[], cleaned: readonly string[]): SuiteRow[] {
  if (kind === 'traf') return [{ set, input, raw: trafMetrics(docs, raw), cleaned: trafMetrics(docs, cleaned) }];
  if (kind === 'seedlike') return [{ set, input, raw: seedlikeMetrics(docs, raw), cleaned: seedlikeMetrics(docs, cleaned) }];
  const a = tqSuiteMetrics(docs, raw);
  const b = tqSuiteMetrics(docs, cleaned);
  const pick = (m: { P: number; R: number; F1: number; keep: number }): Numbers => ({ P: m.P, R: m.R, F1: m.F1, keep: m.keep });
  return [
    { set, input, raw: pick(a), cleaned: pick(b) },
    ...Object.keys(b.byLang).map((lang) => ({ set, input, lang, raw: pick(a.byLang[lang]), cleaned: pick(b.byLang[lang]) })),
    { set, input, lang: AVERAGED, raw: { F1: a.macroF1, keep: a.minKeep }, cleaned: { F1: b.macroF1, keep: b.minKeep } },
  ];
}
