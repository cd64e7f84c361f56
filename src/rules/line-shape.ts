/**
 * Line-shape helpers shared by the residual-boilerplate rules (byline, section-label,
 * interface-text, share-prompt, copyright, related-links): a line's text without Markdown
 * decoration, the lower-case key word lists are written in, and whole-phrase lookup. Keys are
 * computed once per document and cached beside it.
 */
import type { Doc, Line } from '../types.js';
import { isProse } from '../text.js';

/** "[text][3]" and "[text](https://…)": Markdown links, kept as their text. No nesting, so linear. */
const MD_REF_LINK = /!?\[([^[\]]*)\]\[[^[\]]*\]/gu;
const MD_INLINE_LINK = /!?\[([^[\]]*)\]\([^()\s]*\)/gu;
const MD_EMPHASIS = /\*\*|__|~~/gu;
const APOSTROPHES = /[’ʼ‘`´]/gu;
const DOT_ABOVE = /\u0307/gu;
const WHITE = /\s+/gu;
const LEADING = new Set([...'#>*-+•·▪►▶|–—_ \t']);
const TRAILING = new Set([...'*_ \t']);
const EDGE_PUNCT = new Set([...':：.…!?|>»›‹«-–—•·*_,;/\\()[]{} \t"\'“”„']);
const ORDERED_ITEM = /^\d{1,3}[.)]\s/u;
const SEPARATOR_CHAR = /[:：|>»›\-–—]/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * The line as a reader sees it: Markdown links reduced to their text, emphasis marks, heading
 * hashes, quote marks and list bullets dropped, white space folded.
 */
export function plainText(trimmed: string): string {
  let s = trimmed;
  if (s.includes('[')) s = s.replace(MD_REF_LINK, '$1').replace(MD_INLINE_LINK, '$1');
  if (s.includes('**') || s.includes('__') || s.includes('~~')) s = s.replace(MD_EMPHASIS, '');
  let a = 0;
  let b = s.length;
  while (a < b && LEADING.has(s[a])) a++;
  while (b > a && TRAILING.has(s[b - 1])) b--;
  s = s.slice(a, b);
  if (ORDERED_ITEM.test(s)) s = s.slice(s.indexOf(' ') + 1);
  if (s.length > 1 && s.startsWith('[') && s.endsWith(']') && s.indexOf(']') === s.length - 1) s = s.slice(1, -1);
  return s.replace(WHITE, ' ').trim();
}

/** Lower case, NFC, one apostrophe, single spaces: the form word lists are written in. */
export function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'").replace(DOT_ABOVE, '').replace(WHITE, ' ').trim();
}

/** Trim punctuation, quotes, ellipses and separators from both ends. */
export function trimPunct(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_PUNCT.has(s[a])) a++;
  while (b > a && EDGE_PUNCT.has(s[b - 1])) b--;
  return s.slice(a, b);
}

/** The key a whole line is looked up by: plain text, folded, without edge punctuation. */
export function lineKey(trimmed: string): string {
  return trimPunct(fold(plainText(trimmed)));
}

/** Per-document cache of plain texts and keys, so several rules share one pass. */
export interface LineForms {
  plain: string[];
  key: string[];
}

const formsCache = new WeakMap<Doc, LineForms>();

/** Plain text and key of every line (index = line number - 1); computed once per document. */
export function lineForms(doc: Doc): LineForms {
  let forms = formsCache.get(doc);
  if (!forms) {
    const plain: string[] = [];
    const key: string[] = [];
    for (const l of doc.lines) {
      const p = l.blank ? '' : plainText(l.trimmed);
      plain.push(p);
      key.push(p === '' ? '' : trimPunct(fold(p)));
    }
    forms = { plain, key };
    formsCache.set(doc, forms);
  }
  return forms;
}

/** A set of phrases from per-language lists, looked up as whole keys or as line openings. */
export class PhraseSet {
  private readonly set: Set<string>;
  readonly maxWords: number;

  constructor(lists: Readonly<Record<string, readonly string[]>> | readonly string[]) {
    const all = Array.isArray(lists) ? (lists as readonly string[]) : Object.values(lists as Record<string, readonly string[]>).flat();
    this.set = new Set(all.map((p) => trimPunct(fold(p))).filter((p) => p.length > 0));
    let max = 1;
    for (const p of this.set) max = Math.max(max, p.split(' ').length);
    this.maxWords = max;
  }

  has(key: string): boolean {
    return this.set.has(key);
  }

  /**
   * The longest phrase the key opens with, as whole words: { phrase, rest, marked }, where marked
   * says a colon or another separator follows the phrase ("related: …"). Null when none.
   */
  opening(key: string): { phrase: string; rest: string; marked: boolean } | null {
    const ws = key.split(' ');
    let best: { phrase: string; rest: string; marked: boolean } | null = null;
    let head = '';
    for (let k = 0; k < ws.length && k < this.maxWords; k++) {
      head = k === 0 ? ws[0] : `${head} ${ws[k]}`;
      const bare = trimPunct(head);
      if (bare.length === 0 || !this.set.has(bare)) continue;
      const after = head.slice(bare.length) + (k + 1 < ws.length ? ws[k + 1].charAt(0) : '');
      best = { phrase: bare, rest: trimPunct(ws.slice(k + 1).join(' ')), marked: SEPARATOR_CHAR.test(after) };
    }
    return best;
  }

  /** True when the key contains one of the phrases as whole words. */
  within(key: string): string | null {
    const ws = key.split(' ');
    for (let i = 0; i < ws.length; i++) {
      let cand = '';
      for (let k = 0; k < this.maxWords && i + k < ws.length; k++) {
        cand = k === 0 ? ws[i] : `${cand} ${ws[i + k]}`;
        const bare = trimPunct(cand);
        if (this.set.has(bare)) return bare;
      }
    }
    return null;
  }
}

/** Number of words (letter or digit runs) in a string. */
export function countWords(s: string): number {
  WORD_RUN.lastIndex = 0;
  let n = 0;
  while (WORD_RUN.exec(s) !== null) n++;
  return n;
}

/** The first non-blank line after n, or null. */
export function nextNonBlank(doc: Doc, n: number): Line | null {
  for (let k = n + 1; k <= doc.lines.length; k++) if (!doc.line(k).blank) return doc.line(k);
  return null;
}

/** The last non-blank line before n, or null. */
export function prevNonBlank(doc: Doc, n: number): Line | null {
  for (let k = n - 1; k >= 1; k--) if (!doc.line(k).blank) return doc.line(k);
  return null;
}

/** The article body as the residual rules see it: first and last prose line no earlier rule claimed. */
export interface BodySpan {
  start: number;
  end: number;
}

/**
 * The body span once earlier rules have claimed their lines: a teaser paragraph that a later copy
 * repeats does not open the body. Null when no unclaimed line reads as prose.
 */
export function bodySpan(doc: Doc, claimed: ReadonlySet<number>): BodySpan | null {
  if (doc.body === null) return null;
  let start = 0;
  let end = 0;
  for (let n = doc.body.start; n <= doc.body.end; n++) {
    const line = doc.line(n);
    if (!line.prose || claimed.has(n) || n === doc.titleLine) continue;
    // A line is prose on its own, or as part of a paragraph hard-wrapped at a fixed width; a
    // headline that merely shares a block with other long lines is not.
    const block = doc.blocks[line.block];
    if (!isProse(line.trimmed, line.wordCount) && !hardWrapped(doc, block.start, block.end)) continue;
    if (start === 0) start = n;
    end = n;
  }
  return start === 0 ? null : { start, end };
}

/** The header region: lines before the body (the whole text when nothing reads as prose). */
export function inHeader(span: BodySpan | null, n: number): boolean {
  return span === null || n < span.start;
}

/** The footer region: lines after the body. */
export function inFooter(span: BodySpan | null, n: number): boolean {
  return span !== null && n > span.end;
}

const LIST_ITEM = /^(?:[*+\-•] |\d{1,3}[.)] )/u;

/** A unit a rule judges as a whole: one line, or one paragraph hard-wrapped over several lines. */
export interface TextUnit {
  start: number;
  end: number;
  /** Plain text (Markdown links reduced to their text, the wrapped lines joined with spaces). */
  plain: string;
  words: number;
}

/** Lines of a paragraph hard-wrapped at a fixed width (about 80 columns) are this long, the last aside. */
const WRAP_MIN = 55;
const WRAP_MAX = 100;

/** A paragraph hard-wrapped at a fixed width: every line but the last fills it and runs on mid-sentence. */
function hardWrapped(doc: Doc, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let n = start; n < end; n++) {
    const t = doc.line(n).trimmed;
    if (t.length < WRAP_MIN || t.length > WRAP_MAX) return false;
  }
  return doc.line(end).trimmed.length <= WRAP_MAX;
}

/** Longest wrapped paragraph, in lines, that is judged at all: longer ones are article prose. */
const MAX_UNIT_LINES = 8;
const unitCache = new WeakMap<Doc, TextUnit[]>();

/**
 * The document as units: each line, except that a paragraph hard-wrapped at a fixed width (a
 * Markdown list item starts a new one) is one unit, so a notice wrapped at 80 columns is judged as
 * one text and a fragment of a wrapped sentence never alone. Wrapped paragraphs longer than eight
 * lines are left out. Computed once per document.
 */
export function textUnits(doc: Doc): readonly TextUnit[] {
  let units = unitCache.get(doc);
  if (units) return units;
  units = [];
  const forms = lineForms(doc);
  for (const block of doc.blocks) {
    if (!block.wrapped) {
      for (let n = block.start; n <= block.end; n++) units.push({ start: n, end: n, plain: forms.plain[n - 1], words: doc.line(n).wordCount });
      continue;
    }
    let start = block.start;
    for (let n = block.start + 1; n <= block.end + 1; n++) {
      if (n <= block.end && !LIST_ITEM.test(doc.line(n).text)) continue;
      const end = n - 1;
      if (!hardWrapped(doc, start, end)) {
        for (let k = start; k <= end; k++) units.push({ start: k, end: k, plain: forms.plain[k - 1], words: doc.line(k).wordCount });
      } else if (end - start < MAX_UNIT_LINES) {
        const parts: string[] = [];
        for (let k = start; k <= end; k++) parts.push(doc.line(k).trimmed);
        const plain = plainText(parts.join(' '));
        units.push({ start, end, plain, words: countWords(plain) });
      }
      start = n;
    }
  }
  unitCache.set(doc, units);
  return units;
}
