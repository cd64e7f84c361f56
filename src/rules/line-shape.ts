/**
 * Line-shape helpers shared by the residual-boilerplate rules (byline, section-label,
 * interface-text, share-prompt, copyright, related-links): a line's text without Markdown
 * decoration, the lower-case keys word lists are written in, whole-phrase lookup, the units a rule
 * judges (lines, or paragraphs hard-wrapped at 80 columns), the body span once earlier rules have
 * claimed their lines, and a trigger-word lookup so a rule looks closely only at lines that can
 * match. Everything per document is computed once, on first use, and cached beside the document.
 */
import type { Doc } from '../types.js';
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
/** "[", an emphasis sign, white space other than a space, or two spaces (\s spelt out, BMP only). */
const MARKED = /[[*_~\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;
const SEPARATOR_CHAR = /[:：|>»›\-–—]/u;

/**
 * The line as a reader sees it: Markdown links reduced to their text, emphasis marks, heading
 * hashes, quote marks and list bullets dropped, white space folded.
 */
export function plainText(trimmed: string): string {
  let s = trimmed;
  // Most lines have no bracket, emphasis sign or odd white space (nor then any part of them).
  const marked = MARKED.test(s);
  if (marked && s.includes('[')) s = s.replace(MD_REF_LINK, '$1').replace(MD_INLINE_LINK, '$1');
  if (marked && (s.includes('**') || s.includes('__') || s.includes('~~'))) s = s.replace(MD_EMPHASIS, '');
  let a = 0;
  let b = s.length;
  while (a < b && LEADING.has(s[a])) a++;
  while (b > a && TRAILING.has(s[b - 1])) b--;
  s = s.slice(a, b);
  if (ORDERED_ITEM.test(s)) s = s.slice(s.indexOf(' ') + 1);
  if (s.length > 1 && s.startsWith('[') && s.endsWith(']') && s.indexOf(']') === s.length - 1) s = s.slice(1, -1);
  return marked && ODD_SPACE.test(s) ? s.replace(WHITE, ' ').trim() : s.trim();
}

const COMBINING = /[\u0300-\u036f]/u;
const ODD_SPACE = /\s\s|[^\S ]/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;

/** Classes of a code point, as bits: a letter or digit ([\p{L}\p{N}]), a mark (\p{M}), white space (\s). */
const LN = 1;
const M = 2;
const WS = 4;
/** Class bits per BMP code unit, plus 8 once known; a lone surrogate has none. */
const UNIT_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();

function classify(ch: string): number {
  return (LETTER_OR_DIGIT.test(ch) ? LN : 0) | (MARK.test(ch) ? M : 0) | (SPACE.test(ch) ? WS : 0);
}

/** Class bits of the code point at i of s, whose code unit there is c; a pair of surrogates is one code point. */
function classAt(s: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    const cp = s.codePointAt(i) as number;
    let k = ASTRAL_CLASS.get(cp);
    if (k === undefined) {
      k = classify(String.fromCodePoint(cp));
      ASTRAL_CLASS.set(cp, k);
    }
    return k;
  }
  let k = UNIT_CLASS[c];
  if (k === 0) {
    k = 8 | (c >= 0xd800 && c <= 0xdfff ? 0 : classify(String.fromCharCode(c)));
    UNIT_CLASS[c] = k;
  }
  return k & 7;
}

/** Code units of the code point at i: 2 for a pair of surrogates. */
function widthAt(s: string, i: number, c: number): number {
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * The runs of letters and digits of s joined with single spaces, or s itself when it holds nothing
 * but letters, digits and white space: what s.replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/gu, ' ')
 * .trim() gives, in one pass.
 */
function letterRuns(s: string): string {
  let out = '';
  let other = false;
  let start = -1;
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    const k = c < 0x80 ? ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? LN : c === 0x20 || (c >= 0x09 && c <= 0x0d) ? WS : 0) : classAt(s, i, c);
    if ((k & LN) !== 0) {
      if (start < 0) start = i;
    } else {
      if ((k & WS) === 0) other = true;
      if (start >= 0) {
        out = out.length === 0 ? s.slice(start, i) : `${out} ${s.slice(start, i)}`;
        start = -1;
      }
    }
    i += c < 0xd800 ? 1 : widthAt(s, i, c);
  }
  if (!other) return s;
  if (start >= 0) out = out.length === 0 ? s.slice(start) : `${out} ${s.slice(start)}`;
  return out;
}

/** Lower case, NFC, one apostrophe, single spaces: the form word lists are written in. */
export function fold(s: string): string {
  // Each step only when needed: this runs on every line of every document.
  let t = COMBINING.test(s) ? s.normalize('NFC') : s;
  t = t.toLowerCase();
  if (t.includes('\u0307')) t = t.replace(DOT_ABOVE, '');
  APOSTROPHES.lastIndex = 0;
  if (APOSTROPHES.test(t)) t = t.replace(APOSTROPHES, "'");
  if (ODD_SPACE.test(t)) t = t.replace(WHITE, ' ');
  return t.trim();
}

/** Letters, digits and single spaces, lower case: "Loading content ..." becomes "loading content". */
export function wordKey(s: string): string {
  return letterRuns(fold(s));
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * The first word of wordKey(s) (and of letterRuns(trimPunct(fold(s)))), read off the start of s:
 * signs that are no letter, digit or mark (of any script), then a run of ASCII letters and digits,
 * then an ASCII character or the end. Folding turns no such sign into a letter or digit (checked
 * for every code point: neither lower case nor NFC makes one of a sign) and leaves the run but for
 * its case (a mark that NFC could join to it would come right after it, beyond ASCII), so the key
 * opens with the run, lower-cased; '' when s has no letter, digit or mark at all. Null when a letter,
 * digit or mark beyond ASCII comes first, or the run goes on beyond ASCII.
 */
export function keyHead(s: string): string | null {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiAlnum(c)) break;
      i++;
    } else {
      if ((classAt(s, i, c) & (LN | M)) !== 0) return null;
      i += widthAt(s, i, c);
    }
  }
  if (i >= n) return '';
  let j = i + 1;
  while (j < n && isAsciiAlnum(s.charCodeAt(j))) j++;
  if (j < n && s.charCodeAt(j) >= 0x80) return null;
  return s.slice(i, j).toLowerCase();
}

/** The first words (up to the first space) of a set of keys: a key can be one of them only if it opens with one. */
export function firstWords(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) out.add(k.split(' ')[0]);
  return out;
}

/** Trim punctuation, quotes, ellipses and separators from both ends. */
export function trimPunct(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_PUNCT.has(s[a])) a++;
  while (b > a && EDGE_PUNCT.has(s[b - 1])) b--;
  return s.slice(a, b);
}

/**
 * Where a rule keeps one kind of value that a line's text alone determines, across the passes of
 * one clean() (see Doc.run): one slot per line of the run's first document, so a later pass reads
 * its lines' values from the slots of the input lines they are (doc.inputLine(n)). A value that
 * also depends on options is kept per options key: a number or string that tells the option values
 * apart (not an object, which a caller may make anew for every text).
 */
export class LineStore<T> {
  private readonly byKey = new Map<string | number, WeakMap<object, (T | undefined)[]>>();

  /** The slots of doc's run for this options key, made on first use. */
  slots(doc: Doc, key: string | number = ''): (T | undefined)[] {
    let runs = this.byKey.get(key);
    if (!runs) {
      runs = new WeakMap();
      this.byKey.set(key, runs);
    }
    let slots = runs.get(doc.run);
    if (!slots) {
      // One slot per line, made at once: lines are asked for in any order. inputLine() grows with n.
      slots = new Array<T | undefined>(doc.lines.length === 0 ? 1 : doc.inputLine(doc.lines.length) + 1);
      runs.set(doc.run, slots);
    }
    return slots;
  }

  /** The slots of doc's run for this options key, read and filled through doc's line numbers. */
  of(doc: Doc, key: string | number = ''): RunSlots<T> {
    return new RunSlots(doc, this.slots(doc, key));
  }
}

/** A LineStore's slots for one document of a run (see LineStore.of). */
export class RunSlots<T> {
  constructor(
    private readonly doc: Doc,
    private readonly values: (T | undefined)[],
  ) {}

  /** Line n's value: the one kept in its input line's slot, or compute(arg), kept there. */
  line<A>(n: number, arg: A, compute: (arg: A) => T): T {
    const id = this.doc.inputLine(n);
    let v = this.values[id];
    if (v === undefined) this.values[id] = v = compute(arg);
    return v;
  }

  /** A text unit's value: a one-line unit's is its line's (see line()); a wrapped one's is computed each time. */
  unit(u: TextUnit, compute: (u: TextUnit) => T): T {
    return u.start === u.end ? this.line(u.start, u, compute) : compute(u);
  }
}

/** Per-document cache of plain texts and keys, computed on first use, so several rules share them. */
export interface LineForms {
  /** plainText() of line n (1-based); '' for a blank line. */
  plain(n: number): string;
  /** fold() of the plain text without edge punctuation. */
  key(n: number): string;
  /** wordKey() of the plain text: letters, digits and single spaces. */
  words(n: number): string;
}

const formsCache = new WeakMap<Doc, LineForms>();
const PLAIN = new LineStore<string>();
const KEYS = new LineStore<string>();
const WORDS = new LineStore<string>();

/** Plain text and keys of the lines of a document, each computed once, when a rule first asks. */
export function lineForms(doc: Doc): LineForms {
  let forms = formsCache.get(doc);
  if (forms) return forms;
  const plain = PLAIN.slots(doc);
  const key = KEYS.slots(doc);
  const words = WORDS.slots(doc);
  const plainOf = (n: number): string => {
    const id = doc.inputLine(n);
    let p = plain[id];
    if (p === undefined) {
      const l = doc.line(n);
      p = l.blank ? '' : plainText(l.trimmed);
      plain[id] = p;
    }
    return p;
  };
  const keyOf = (n: number): string => {
    const id = doc.inputLine(n);
    let k = key[id];
    if (k === undefined) {
      const p = plainOf(n);
      k = p === '' ? '' : trimPunct(fold(p));
      key[id] = k;
    }
    return k;
  };
  const wordsOf = (n: number): string => {
    const id = doc.inputLine(n);
    let w = words[id];
    if (w === undefined) {
      w = letterRuns(keyOf(n));
      words[id] = w;
    }
    return w;
  };
  forms = { plain: plainOf, key: keyOf, words: wordsOf };
  formsCache.set(doc, forms);
  return forms;
}

/** A set of phrases from per-language lists, looked up as whole keys or as line openings. */
export class PhraseSet {
  private readonly set: Set<string>;
  /** The first word (up to the first space) of every phrase. */
  private readonly firsts: Set<string>;
  readonly maxWords: number;

  constructor(lists: Readonly<Record<string, readonly string[]>> | readonly string[]) {
    const all = Array.isArray(lists) ? (lists as readonly string[]) : Object.values(lists as Record<string, readonly string[]>).flat();
    this.set = new Set(all.map((p) => trimPunct(fold(p))).filter((p) => p.length > 0));
    let max = 1;
    for (const p of this.set) max = Math.max(max, p.split(' ').length);
    this.maxWords = max;
    this.firsts = new Set([...this.set].map((p) => p.split(' ')[0]));
  }

  /**
   * False when no phrase can start at word w: the words from w on, joined and stripped of edge
   * punctuation, then open with w itself (or with w stripped, when all that follows is punctuation),
   * as long as w does not open with punctuation; and a phrase opens with its first word.
   */
  mayStart(w: string): boolean {
    return w.length === 0 || EDGE_PUNCT.has(w[0]) || this.firsts.has(w) || this.firsts.has(trimPunct(w));
  }

  has(key: string): boolean {
    return this.set.has(key);
  }

  /**
   * The longest phrase the key opens with, as whole words: { phrase, rest, marked }, where marked
   * says a colon or another separator follows the phrase ("related: …"). Null when none.
   */
  opening(key: string): { phrase: string; rest: string; marked: boolean } | null {
    const space = key.indexOf(' ');
    if (!this.mayStart(space < 0 ? key : key.slice(0, space))) return null;
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
      if (!this.mayStart(ws[i])) continue;
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

/** Number of words (letter or digit runs, as /[\p{L}\p{N}]+/gu finds them) in a string. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const word = c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) : (classAt(s, i, c) & LN) !== 0;
    if (word && !inWord) n++;
    inWord = word;
    i += c < 0xd800 ? 1 : widthAt(s, i, c);
  }
  return n;
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
  // Only the first and the last such line count: look from each end.
  let start = 0;
  for (let n = doc.body.start; n <= doc.body.end && start === 0; n++) if (bodyLine(doc, claimed, n)) start = n;
  if (start === 0) return null;
  let end = start;
  for (let n = doc.body.end; n > start && end === start; n--) if (bodyLine(doc, claimed, n)) end = n;
  return { start, end };
}

/** A line of the body span: prose no earlier rule claimed, not the title. */
function bodyLine(doc: Doc, claimed: ReadonlySet<number>, n: number): boolean {
  const line = doc.line(n);
  if (!line.prose || claimed.has(n) || n === doc.titleLine) return false;
  // A line is prose on its own, or as part of a paragraph hard-wrapped at a fixed width; a
  // headline that merely shares a block with other long lines is not.
  const block = doc.blocks[line.block];
  return isProse(line.trimmed, line.wordCount) || hardWrapped(doc, block.start, block.end);
}

/** The header region: lines before the body (none when nothing reads as prose). */
export function inHeader(span: BodySpan | null, n: number): boolean {
  // Without a body there is no header either: a text of a few short lines keeps them all.
  return span !== null && n < span.start;
}

/** The footer region: lines after the body. */
export function inFooter(span: BodySpan | null, n: number): boolean {
  return span !== null && n > span.end;
}

const LIST_ITEM = /^(?:[*+\-•] |\d{1,3}[.)] )/u;

/** A unit a rule judges as a whole: one line, or one paragraph hard-wrapped over several lines. */
export interface TextUnit {
  readonly start: number;
  readonly end: number;
  /** Plain text (Markdown links reduced to their text, the wrapped lines joined with spaces). */
  readonly plain: string;
  readonly words: number;
}

/** A one-line unit: its plain text is computed when a rule first reads it. */
class LineUnit implements TextUnit {
  constructor(
    private readonly forms: LineForms,
    readonly start: number,
    readonly words: number,
  ) {}
  get end(): number {
    return this.start;
  }
  get plain(): string {
    return this.forms.plain(this.start);
  }
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
      for (let n = block.start; n <= block.end; n++) units.push(new LineUnit(forms, n, doc.line(n).wordCount));
      continue;
    }
    let start = block.start;
    for (let n = block.start + 1; n <= block.end + 1; n++) {
      if (n <= block.end && !LIST_ITEM.test(doc.line(n).text)) continue;
      const end = n - 1;
      if (!hardWrapped(doc, start, end)) {
        for (let k = start; k <= end; k++) units.push(new LineUnit(forms, k, doc.line(k).wordCount));
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

const WORD_WITH_MARKS = /[\p{L}\p{M}\p{N}]+/gu;
/** The trigger words of each line of a run's documents, read when a rule first asks about the line. */
const LINE_WORDS = new LineStore<readonly string[]>();
const NO_WORDS: readonly string[] = [];
const MAX_TRIGGER_WORDS = 60;

/**
 * Every trigger word any rule registered, as a trie over UTF-16 code units whose nodes are numbers
 * (0 is the root, -1 no node); the lookups find exactly these words. Letters and
 * digits of ASCII go through a table of 36 children per node, other code units through one map
 * keyed by node and unit.
 */
const ASCII_SLOTS = 36;
/** Slot of an ASCII letter or digit in a node's table (A-Z as a-z, though lines are lower-cased), or -1. */
const ASCII_SLOT = Int8Array.from({ length: 0x80 }, (_, c) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x7a ? c - 0x61 + 10 : c >= 0x41 && c <= 0x5a ? c - 0x41 + 10 : -1));
let asciiNext = new Int32Array(ASCII_SLOTS).fill(-1);
const wideNext = new Map<number, number>();
const nodeWord: (string | null)[] = [null];

function trieChild(node: number, c: number): number {
  if (c < 0x80) {
    const slot = ASCII_SLOT[c];
    return slot < 0 ? -1 : asciiNext[node * ASCII_SLOTS + slot];
  }
  return wideNext.get(node * 0x10000 + c) ?? -1;
}

function addTrieChild(node: number, c: number): number {
  const child = nodeWord.length;
  nodeWord.push(null);
  if (asciiNext.length < nodeWord.length * ASCII_SLOTS) {
    const grown = new Int32Array(asciiNext.length * 2).fill(-1);
    grown.set(asciiNext);
    asciiNext = grown;
  }
  if (c < 0x80 && ASCII_SLOT[c] >= 0) asciiNext[node * ASCII_SLOTS + ASCII_SLOT[c]] = child;
  else wideNext.set(node * 0x10000 + c, child);
  return child;
}

function triggerForm(word: string): string {
  return word.toLowerCase().replace(DOT_ABOVE, '');
}

/**
 * Register trigger words for linesContaining(): the most telling word of each phrase a rule knows
 * (see longestWords). Call at module load, before any document is read.
 */
export function triggerWords(words: Iterable<string>): readonly string[] {
  const out = [...new Set([...words].map(triggerForm).filter((w) => w.length > 0))];
  for (const w of out) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      const next = trieChild(node, c);
      node = next >= 0 ? next : addTrieChild(node, c);
    }
    nodeWord[node] = w;
  }
  return out;
}

/**
 * The trigger words of line n, read once per run (see LineStore) when a rule first asks (a line an earlier
 * rule claimed is never read), shared by every rule. The words are the runs of WORD_WITH_MARKS in
 * the lower-cased line, without dots above; each is walked down the trie in place (no substring per
 * word), which finds exactly the runs that are trigger words.
 */
function triggerWordsOf(doc: Doc, n: number, cache: (readonly string[] | undefined)[]): readonly string[] {
  const id = doc.inputLine(n);
  let words = cache[id];
  if (words === undefined) {
    const l = doc.line(n);
    // Every rule that asks looks only at lines of at most 60 words (a wrapped paragraph's lines are short).
    words = l.blank || l.wordCount > MAX_TRIGGER_WORDS ? NO_WORDS : scanLine(l.trimmed.toLowerCase());
    cache[id] = words;
  }
  return words;
}

/** No run of letters open (a trie node is 0 or more, -1 once the run has left the trie). */
const NO_RUN = -2;

/** Walk every run of letters, marks and digits of a lower-cased line down the trie: the trigger words it holds. */
function scanLine(line: string): readonly string[] {
  let found: string[] | null = null;
  const next = asciiNext;
  const len = line.length;
  let node = NO_RUN;
  for (let i = 0; i <= len; ) {
    const c = i < len ? line.charCodeAt(i) : 0x20;
    if (c < 0x80) {
      const slot = ASCII_SLOT[c];
      i++;
      if (slot >= 0) {
        if (node === NO_RUN) node = 0;
        if (node >= 0) node = next[node * ASCII_SLOTS + slot];
        continue;
      }
    } else {
      const width = widthAt(line, i, c);
      if ((classAt(line, i, c) & (LN | M)) !== 0) {
        if (node === NO_RUN) node = 0;
        // A dot above is dropped from the word.
        if (node >= 0 && c !== 0x307) node = wideNext.get(node * 0x10000 + c) ?? -1;
        if (node >= 0 && width === 2) node = wideNext.get(node * 0x10000 + line.charCodeAt(i + 1)) ?? -1;
        i += width;
        continue;
      }
      i += width;
    }
    // The run (if any) ends here.
    if (node >= 0) {
      const w = nodeWord[node];
      if (w !== null) (found ??= []).push(w);
    }
    node = NO_RUN;
  }
  return found ?? NO_WORDS;
}

/** Lines of a document that pass a test, asked one line at a time. */
export interface LineSet {
  has(n: number): boolean;
}

/**
 * A cheap pre-check: the lines that hold one of the registered trigger words (whole words, any
 * case) or one of the marks (substrings such as "©" or "@"). A rule looks closely only at those.
 */
export function linesContaining(doc: Doc, words: readonly string[], marks: readonly string[] = []): LineSet {
  const wanted = wordSet(words);
  const marked = marks.map((m) => linesWithMark(doc, m));
  const cache = LINE_WORDS.slots(doc);
  return {
    has(n: number): boolean {
      for (const lines of marked) if (lines.has(n)) return true;
      if (n < 1 || n > doc.lines.length) return false;
      for (const w of triggerWordsOf(doc, n, cache)) if (wanted.has(w)) return true;
      return false;
    },
  };
}

const markCache = new WeakMap<Doc, Map<string, ReadonlySet<number>>>();

/**
 * The lines holding a mark, found once per document and mark in the whole text (several rules
 * ask for the same marks): a mark has no line break, and its first and last characters are no
 * white space, so it lies inside its line's trimmed text.
 */
function linesWithMark(doc: Doc, mark: string): ReadonlySet<number> {
  let byMark = markCache.get(doc);
  if (!byMark) {
    byMark = new Map();
    markCache.set(doc, byMark);
  }
  let found = byMark.get(mark);
  if (found) return found;
  const lines = new Set<number>();
  let at = doc.text.indexOf(mark);
  if (at >= 0) {
    const starts = lineStarts(doc);
    let n = 1;
    while (at >= 0) {
      while (n < starts.length - 1 && starts[n] <= at) n++;
      lines.add(n);
      at = doc.text.indexOf(mark, starts[n]);
    }
  }
  found = lines;
  byMark.set(mark, found);
  return found;
}

const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function wordSet(words: readonly string[]): ReadonlySet<string> {
  let set = wordSets.get(words);
  if (!set) {
    set = new Set(words);
    wordSets.set(words, set);
  }
  return set;
}

const startsCache = new WeakMap<Doc, Int32Array>();

/** Offset in doc.text of the start of each line (index n - 1 for line n), then the text's length. */
function lineStarts(doc: Doc): Int32Array {
  let starts = startsCache.get(doc);
  if (starts) return starts;
  starts = new Int32Array(doc.lines.length + 1);
  let at = 0;
  for (let i = 0; i < doc.lines.length; i++) {
    starts[i] = at;
    at += doc.lines[i].text.length;
    // The line break: "\r\n", "\n" or "\r" (none after the last line).
    at += doc.text.charCodeAt(at) === 0x0d && doc.text.charCodeAt(at + 1) === 0x0a ? 2 : 1;
  }
  starts[doc.lines.length] = Math.max(at, doc.text.length);
  startsCache.set(doc, starts);
  return starts;
}

/** True when a unit (a line or a wrapped paragraph) has a line among the candidates. */
export function unitHas(candidates: LineSet, start: number, end: number): boolean {
  for (let n = start; n <= end; n++) if (candidates.has(n)) return true;
  return false;
}

/** The longest run of letters and digits of each phrase: every match of the phrase contains it. */
export function longestWords(phrases: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const p of phrases) {
    const runs = p.toLowerCase().match(WORD_WITH_MARKS) ?? [];
    if (runs.length > 0) out.add(runs.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return [...out];
}
