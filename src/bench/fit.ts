// What `npm run fit` (fit-main.ts) does: fit main-content's minNavigationShare (the page-dump switch's share of navigation
// labels among menu lines) on the labels of the four development corpora, and with --write stores
// it in src/rules/main-content.fitted.ts. Deterministic: the same corpora and code give the same
// table and the same value.
//
// The choice follows the project's order: first keep article text (the lowest of aceb-dev clean
// recall, seedlike-dev clean recall and tq-dev's lowest per-language keep), then remove boilerplate
// (the mean F1 of aceb-dev dump, traf-dev dump, seedlike-dev doc and tq-dev's languages averaged).
// Among the values whose keep score is within KEEP_SLACK of the best, the highest removal score
// wins; ties go to the smaller value (the switch that decides less often is the more careful).
import { readFileSync } from 'node:fs';
import { corpusFile, SET_NAMES } from './corpora.js';
import { AVERAGED, corpusFrom, evaluateCorpus } from './suite.js';
import type { Corpus, SuiteRow } from './suite.js';

const KEEP_SLACK = 0.002;
export const DEFAULT_VALUES = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6];

export interface Trial {
  value: number;
  keep: number;
  removal: number;
  parts: Record<string, number>;
}

export function loadCorpora(): Corpus[] {
  return SET_NAMES.map((name) => corpusFrom(name, corpusFile(name), name, readFileSync(corpusFile(name))));
}

function pick(rows: readonly SuiteRow[], set: string, input: string, lang?: string): SuiteRow {
  const row = rows.find((r) => r.set === set && r.input === input && r.lang === lang);
  if (!row) throw new Error(`no row ${set} ${input} ${lang ?? ''}`);
  return row;
}

/** Score one value of minNavigationShare on every corpus. */
export function trial(corpora: readonly Corpus[], value: number): Trial {
  const options = { enable: [], disable: [], ruleOptions: { 'main-content': { minNavigationShare: value } } };
  const kinds: Record<string, string[]> = { 'aceb-dev': ['clean', 'dump'], 'traf-dev': ['dump'], 'seedlike-dev': ['clean', 'doc'], 'tq-dev': ['doc'] };
  const rows = corpora.flatMap((c) => evaluateCorpus(c, kinds[c.name] ?? [], options).rows);
  const parts = {
    'aceb clean R': pick(rows, 'aceb-dev', 'clean').cleaned.R!,
    'seedlike clean R': pick(rows, 'seedlike-dev', 'clean').cleaned.R!,
    'tq lowest keep': pick(rows, 'tq-dev', 'doc', AVERAGED).cleaned.keep!,
    'aceb dump F1': pick(rows, 'aceb-dev', 'dump').cleaned.F1!,
    'traf dump F1': pick(rows, 'traf-dev', 'dump').cleaned.F1!,
    'seedlike doc F1': pick(rows, 'seedlike-dev', 'doc').cleaned.F1!,
    'tq F1 averaged': pick(rows, 'tq-dev', 'doc', AVERAGED).cleaned.F1!,
  };
  const keep = Math.min(parts['aceb clean R'], parts['seedlike clean R'], parts['tq lowest keep']);
  const removal = (parts['aceb dump F1'] + parts['traf dump F1'] + parts['seedlike doc F1'] + parts['tq F1 averaged']) / 4;
  return { value, keep, removal, parts };
}

/** The chosen trial: best removal among those within KEEP_SLACK of the best keep; ties to the smaller value. */
export function choose(trials: readonly Trial[]): Trial {
  const bestKeep = Math.max(...trials.map((t) => t.keep));
  const eligible = trials.filter((t) => t.keep >= bestKeep - KEEP_SLACK);
  return eligible.reduce((a, b) => (b.removal > a.removal + 1e-9 || (Math.abs(b.removal - a.removal) <= 1e-9 && b.value < a.value) ? b : a));
}
