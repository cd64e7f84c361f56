/**
 * Reaction widget: the like/love/wow buttons and comment counters a scraper copies as text, one
 * token a line or inline. Example (one token a line in the original): "like 0 dislike 0 love 0
 * funny 0 angry 0 sad 0 wow 0"; also "Like (3)", "👍 12", "0 Comments", "Beğendim 4 Kızdım 1".
 * A line counts only when it is made of nothing but labels, counts, emoji and separators, so
 * "The clip got 0 likes in a week." stays.
 */
import type { Doc, Finding, Rule } from '../types.js';
import { clip } from '../text.js';
import { LineStore } from './line-shape.js';
import { COUNTER_LABELS, COUNT_SUFFIXES, REACTION_LABELS } from './reaction-widget.words.js';

export interface ReactionWidgetOptions {
  /** More labels (any language, matched case-insensitively as whole phrases). */
  extraLabels: string[];
  /** A run of widget lines needs at least this many labels (unless a label and a count share a line). */
  minLabels: number;
  /** Longer lines are never widget lines (cheap pre-check). */
  maxLineLength: number;
}

type LabelKind = 'reaction' | 'counter';

interface Lookup {
  labels: ReadonlyMap<string, LabelKind>;
  maxWords: number;
  /** The first word (LABEL_WORD) of every label: a label phrase starts with one of these. */
  firstWords: ReadonlySet<string>;
}

/** What one line is made of, or null when it holds anything else. */
interface LineTokens {
  labels: number;
  counters: number;
  counts: number;
}

const LABEL_WORD = /[\p{L}\p{M}]+(?:['\-][\p{L}\p{M}]+)*/uy;
const COUNT = new RegExp(`\\d+(?:[.,]\\d+)*(?:\\s?(?:${COUNT_SUFFIXES.join('|')})\\.?)?(?![\\p{L}\\p{N}])`, 'uy');
const EMOJI = /(?:(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3)+/uy;
const SEPARATOR = /[\s|·•⋅∙｜\/,:;()[\]{}+\-–—]+/uy;
const SPACES = / +/uy;
const WHITE = /\s+/gu;
const APOSTROPHES = /[’ʼ‘`´]/gu;
const DOT_ABOVE = /\u0307/gu;
/** Turkish dotless ı folds to i, so "KIZDIM", "Kızdım" and "kizdim" meet. */
const DOTLESS_I = /ı/gu;
/** Markdown link targets, "[Comments][1]" or "[Like](https://…)": the number is not a count. */
const MARKDOWN_LINK = /\]\[\d+\]|\]\([^()\s]*\)/gu;
/** Widget lines are short; more words than this and the line is not tokenised at all. */
const MAX_WORDS = 60;

function normalizeLabel(s: string): string {
  if (!NOT_PLAIN.test(s)) return s.toLowerCase();
  const t = s.normalize('NFC').toLowerCase();
  return FOLDED.test(t) ? t.replace(APOSTROPHES, "'").replace(DOT_ABOVE, '').replace(DOTLESS_I, 'i').replace(WHITE, ' ').trim() : t;
}

/**
 * Anything but printable ASCII without a backtick with single inner spaces: on text without
 * it normalizeLabel() only lowers the case (NFC and all the replaces and the trim keep it).
 */
const NOT_PLAIN = /[^\x20-\x5f\x61-\x7e]| {2}|^ | $/;
/** What the replaces and trim after lower-casing change: without it they keep the text as it is. */
const FOLDED = /[’ʼ‘`´\u0307ı]|[^\S ]| {2}|^ | $/u;

function buildLookup(extra: readonly string[]): Lookup {
  const labels = new Map<string, LabelKind>();
  for (const list of Object.values(REACTION_LABELS)) for (const l of list) labels.set(normalizeLabel(l), 'reaction');
  for (const list of Object.values(COUNTER_LABELS)) for (const l of list) labels.set(normalizeLabel(l), 'counter');
  for (const l of extra) if (l.trim()) labels.set(normalizeLabel(l), 'reaction');
  let maxWords = 1;
  const firstWords = new Set<string>();
  for (const key of labels.keys()) {
    maxWords = Math.max(maxWords, key.split(' ').length);
    const end = matchAt(LABEL_WORD, key, 0);
    if (end > 0) firstWords.add(key.slice(0, end));
  }
  return { labels, maxWords, firstWords };
}

const BASE_LOOKUP = buildLookup([]);
const lookupCache = new WeakMap<readonly string[], Lookup>();

function lookupFor(extra: readonly string[]): Lookup {
  if (extra.length === 0) return BASE_LOOKUP;
  let l = lookupCache.get(extra);
  if (!l) {
    l = buildLookup(extra);
    lookupCache.set(extra, l);
  }
  return l;
}

/** Per extraLabels (the lookup is made of them), per line of a run (see LineStore): tokenize() of the line. Its tokens are only read. */
const TOKENS = new LineStore<LineTokens | null>();

function matchAt(re: RegExp, s: string, i: number): number {
  re.lastIndex = i;
  return re.test(s) ? re.lastIndex : -1;
}

/** The longest label phrase starting at i: its end and kind, or null. */
function labelAt(s: string, i: number, lookup: Lookup): { end: number; kind: LabelKind } | null {
  const ends: number[] = [];
  let pos = i;
  for (let w = 0; w < lookup.maxWords; w++) {
    if (w > 0) {
      const afterSpace = matchAt(SPACES, s, pos);
      if (afterSpace < 0) break;
      pos = afterSpace;
    }
    const end = matchAt(LABEL_WORD, s, pos);
    if (end < 0) break;
    ends.push(end);
    pos = end;
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const kind = lookup.labels.get(s.slice(i, ends[k]));
    if (kind) return { end: ends[k], kind };
  }
  return null;
}

/** The form tokenize() reads: Markdown link targets dropped, then normalizeLabel(). */
function normalizeLine(trimmed: string): string {
  // Both link forms start with "]".
  return normalizeLabel(trimmed.includes(']') ? trimmed.replace(MARKDOWN_LINK, ']') : trimmed);
}

/**
 * False when the line's first token is a word that starts no label, judged from the text before
 * its first space (most lines fail there). Cut at an ASCII space, normalizeLine() of that head is
 * where normalizeLine() of the line starts, followed by a space or the end: no link target holds
 * a space, NFC and lower case (Σ) look no further than a space, the replaces go character by
 * character, and the space at the cut at most joins the head's trailing white space. The first
 * character decides whether a separator, count or emoji starts there, and a word cannot run past
 * the space; a label starting at 0 would have that word as its first.
 */
function mayBeWidget(trimmed: string, lookup: Lookup): boolean {
  const space = trimmed.indexOf(' ');
  if (space < 0) return true;
  // A head of ASCII letters only (most lines): normalizeLine() lower-cases it, no separator, count
  // or emoji starts with a letter, and LABEL_WORD takes all of it.
  if (space > 0 && asciiLetters(trimmed, space)) return lookup.firstWords.has(trimmed.slice(0, space).toLowerCase());
  const head = normalizeLine(trimmed.slice(0, space));
  if (head.length === 0 || matchAt(SEPARATOR, head, 0) > 0 || matchAt(COUNT, head, 0) > 0 || matchAt(EMOJI, head, 0) > 0) return true;
  const end = matchAt(LABEL_WORD, head, 0);
  return end > 0 && lookup.firstWords.has(head.slice(0, end));
}

/** True when the first n characters of s are ASCII letters. */
function asciiLetters(s: string, n: number): boolean {
  for (let i = 0; i < n; i++) if (((s.charCodeAt(i) | 32) - 97) >>> 0 >= 26) return false;
  return true;
}

/** Split a trimmed line into widget tokens; null as soon as something else turns up. */
function tokenize(trimmed: string, lookup: Lookup): LineTokens | null {
  // One word of ASCII letters ("Comments", "Advertisement"): normalizeLine() lower-cases it, and
  // the loop below finds no separator, count or emoji in it, only a label that is all of it or none.
  if (trimmed.length > 0 && asciiLetters(trimmed, trimmed.length)) {
    const kind = lookup.labels.get(trimmed.toLowerCase());
    return kind ? { labels: 1, counters: kind === 'counter' ? 1 : 0, counts: 0 } : null;
  }
  if (!mayBeWidget(trimmed, lookup)) return null;
  const s = normalizeLine(trimmed);
  const t: LineTokens = { labels: 0, counters: 0, counts: 0 };
  let i = 0;
  while (i < s.length) {
    let end = matchAt(SEPARATOR, s, i);
    if (end > i) {
      i = end;
      continue;
    }
    end = matchAt(COUNT, s, i);
    if (end > i) {
      t.counts++;
      i = end;
      continue;
    }
    end = matchAt(EMOJI, s, i);
    if (end > i) {
      t.labels++;
      i = end;
      continue;
    }
    const label = labelAt(s, i, lookup);
    if (!label) return null;
    t.labels++;
    if (label.kind === 'counter') t.counters++;
    i = label.end;
  }
  return t;
}

interface Item {
  n: number;
  tokens: LineTokens;
}

function isCountOnly(t: LineTokens): boolean {
  return t.counts > 0 && t.labels === 0;
}

/** A counter label ("Comments") on the line just above or below a bare count ("224"). */
function counterBesideCount(run: readonly Item[]): boolean {
  for (let k = 0; k + 1 < run.length; k++) {
    const a = run[k];
    const b = run[k + 1];
    if (b.n !== a.n + 1) continue;
    if ((a.tokens.counters > 0 && isCountOnly(b.tokens)) || (b.tokens.counters > 0 && isCountOnly(a.tokens))) return true;
  }
  return false;
}

function judgeRun(doc: Doc, items: Item[], minLabels: number): Finding | null {
  const all = items.filter((it) => it.tokens.labels + it.tokens.counts > 0);
  // Keep at most one bare count before the first label line and after the last one.
  let lo = 0;
  let hi = all.length - 1;
  while (hi - lo >= 1 && isCountOnly(all[lo].tokens) && isCountOnly(all[lo + 1].tokens)) lo++;
  while (hi - lo >= 1 && isCountOnly(all[hi].tokens) && isCountOnly(all[hi - 1].tokens)) hi--;
  if (hi < lo) return null;
  const run = lo === 0 && hi === all.length - 1 ? all : all.slice(lo, hi + 1);
  let labels = 0;
  let counts = 0;
  let together = false;
  for (const it of run) {
    labels += it.tokens.labels;
    counts += it.tokens.counts;
    if (it.tokens.labels > 0 && it.tokens.counts > 0) together = true;
  }
  if (counts === 0 || labels === 0) return null;
  if (!(together || labels >= minLabels || counterBesideCount(run))) return null;
  const start = run[0].n;
  const end = run[run.length - 1].n;
  const evidence = run.map((it) => doc.line(it.n).trimmed).join(' ');
  return { ruleId: 'reaction-widget', start, end, reason: `reaction labels with counts: "${clip(evidence, 60)}"` };
}

export const reactionWidget: Rule<ReactionWidgetOptions> = {
  id: 'reaction-widget',
  description: 'Removes reaction and comment-counter widgets: lines made only of labels such as like/love/wow, Beğendim, Gefällt mir or Нравится, emoji and their counts.',
  enabledByDefault: true,
  defaults: { extraLabels: [], minLabels: 2, maxLineLength: 300 },
  detect(doc, options) {
    const lookup = lookupFor(options.extraLabels);
    const findings: Finding[] = [];
    let run: Item[] = [];
    const close = (): void => {
      if (run.length === 0) return;
      const f = judgeRun(doc, run, options.minLabels);
      if (f) findings.push(f);
      run = [];
    };
    // A line's tokens are its text's alone: kept across passes.
    const known = TOKENS.of(doc, JSON.stringify(options.extraLabels));
    const tokenizeLine = (text: string): LineTokens | null => tokenize(text, lookup);
    for (const line of doc.lines) {
      if (line.blank) continue;
      const cheap = line.trimmed.length <= options.maxLineLength && line.wordCount <= MAX_WORDS;
      const tokens = cheap ? known.line(line.n, line.trimmed, tokenizeLine) : null;
      if (!tokens) {
        close();
        continue;
      }
      // Separator-only lines ("|", "·") neither start nor break a run.
      if (tokens.labels + tokens.counts === 0 && run.length === 0) continue;
      run.push({ n: line.n, tokens });
    }
    close();
    if (doc.body !== null) {
      const taken = new Set<number>();
      for (const f of findings) for (let n = f.start; n <= f.end; n++) taken.add(n);
      findings.push(...edgeWidgets(doc, 1, doc.body.start - 1, taken), ...edgeWidgets(doc, doc.body.end + 1, doc.lines.length, taken));
      // Below the body, the widget's own question ("Was this article helpful?") goes with it.
      for (const f of findings) {
        const q = previousLine(doc, f.start);
        if (q > doc.body.end && !taken.has(q) && isWidgetQuestion(doc.line(q).trimmed, doc.line(q).wordCount)) {
          findings.push({ ruleId: 'reaction-widget', start: q, end: q, reason: `the widget's question above it: "${clip(doc.line(q).trimmed, 60)}"` });
          taken.add(q);
        }
      }
    }
    return findings;
  },
};

/**
 * A widget in words no list has, told by its shape alone: outside the body (above its first line
 * of prose or below its last), a run of two or more short labels each with a count, inline ("Upvote 14
 * Downvote 2") or a label line then a count line ("Beğen" / "4" / "Beğenme" / "1"). The labels
 * differ from each other and are words of one to three letters-only tokens, so a score table's
 * team names pass only where they stand outside the article too.
 */
function edgeWidgets(doc: Doc, from: number, to: number, taken: ReadonlySet<number>): Finding[] {
  const findings: Finding[] = [];
  let pairs: string[] = [];
  let lines: number[] = [];
  let pending = ''; // a label line waiting for its count line
  let pendingLine = 0;
  const close = (): void => {
    // A widget's labels are distinct and styled alike (all capitalised, or all lower case).
    const shapes = new Set(pairs.map((p) => (CAPITALISED.test(p) ? 'C' : p === p.toLowerCase() ? 'l' : 'o')));
    if (pairs.length >= 2 && new Set(pairs.map((p) => p.toLowerCase())).size === pairs.length && shapes.size === 1 && !shapes.has('o')) {
      findings.push({
        ruleId: 'reaction-widget',
        start: lines[0],
        end: lines[lines.length - 1],
        reason: `labels with counts outside the article: "${clip(lines.map((n) => doc.line(n).trimmed).join(' '), 60)}"`,
      });
    }
    pairs = [];
    lines = [];
    pending = '';
  };
  for (let n = Math.max(from, 1); n <= to; n++) {
    const l = doc.line(n);
    if (l.blank) continue;
    if (taken.has(n) || n === doc.titleLine || l.trimmed.length > 80) {
      close();
      continue;
    }
    const t = l.trimmed;
    if (pending !== '' && BARE_COUNT.test(t)) {
      pairs.push(pending);
      lines.push(pendingLine, n);
      pending = '';
      continue;
    }
    if (pending !== '') close();
    const inline = inlinePairs(t);
    if (inline !== null) {
      pairs.push(...inline);
      lines.push(n);
      continue;
    }
    if (SHORT_LABEL.test(t)) {
      pending = t;
      pendingLine = n;
      continue;
    }
    close();
  }
  close();
  return findings;
}

const CAPITALISED = /^\p{Lu}/u;

/** The nearest non-blank line above n, or 0. */
function previousLine(doc: Doc, n: number): number {
  for (let k = n - 1; k >= 1; k--) if (!doc.line(k).blank) return k;
  return 0;
}

/** A short question on a line of its own: a widget's prompt ("Was this article helpful?", "Ne düşünüyorsun?"). */
function isWidgetQuestion(trimmed: string, words: number): boolean {
  return words >= 1 && words <= 8 && /[?？]$/u.test(trimmed);
}
/** A widget label told by shape: one to three words of letters in any script ("Beğenme", "Не нравится"). */
const SHAPE_LABEL = "[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*(?: [\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*){0,2}";
/** A widget count: "4", "1,2K", "(12)". */
const SHAPE_COUNT = '\\(?\\d{1,6}(?:[.,]\\d{1,3})?[KkMm]?\\)?';
/** Such a label on a line of its own, at most 24 characters. */
const SHORT_LABEL = new RegExp(`^(?=.{1,24}$)${SHAPE_LABEL}$`, 'u');
/** Such a count on a line of its own. */
const BARE_COUNT = new RegExp(`^${SHAPE_COUNT}$`);
/** Label–count pairs on one line: "Upvote 14 Downvote 2", "Yes 12". A "Label: 12" is a field of a record ("Posts: 1354"), not a button. */
const PAIR = new RegExp(`(${SHAPE_LABEL}) ${SHAPE_COUNT}(?=\\s|$)`, 'uy');

/** The labels of a line made only of label–count pairs, or null. */
function inlinePairs(t: string): string[] | null {
  const labels: string[] = [];
  let i = 0;
  while (i < t.length) {
    PAIR.lastIndex = i;
    const m = PAIR.exec(t);
    if (m === null || m[1].length > 24) return null;
    labels.push(m[1]);
    i = PAIR.lastIndex;
    while (i < t.length && (t[i] === ' ' || t[i] === '|' || t[i] === '·')) i++;
  }
  return labels.length > 0 ? labels : null;
}
