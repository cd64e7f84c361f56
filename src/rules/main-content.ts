/**
 * Main content of a full-page text dump: the menus, link lists, cookie banners, footers and
 * teaser lists around the article in the text of a whole web page. Example: a page that starts
 * "NHL / NHL Home / Scoreboard / Standings / Stats / …" and only reaches the article 150 lines
 * later.
 *
 * It switches itself on only for a page dump: many runs of three or more short lines that are
 * not sentences (menus). Then each paragraph is classified as jusText does (length and the share
 * of stopwords, relative to the document's own long paragraphs; runs of short non-sentences are
 * bad), short and middling paragraphs take the class of their neighbours, and the article is the
 * contiguous span with the largest sum of good text minus other text, as boilerpipe keeps the
 * largest content block. What lies outside that span, and bad paragraphs inside it, go.
 */
import type { Doc, Finding, Rule } from '../types.js';
import { clip, endsLikeSentence, listMarker, nfkc, normalizeKey, titleKeys, wordCount } from '../text.js';
import { words } from '../text.js';
import { stopwordsFor } from '../stopwords.js';
import { LineStore } from './line-shape.js';
import { FITTED_MIN_NAVIGATION_SHARE } from './main-content.fitted.js';

export interface MainContentOptions {
  /** Paragraphs shorter than this (in Latin-equivalent characters) are "short". */
  shortChars: number;
  /** Paragraphs longer than this can be "good" on their own. */
  longChars: number;
  /** Stopword share, relative to the document's long paragraphs, below which a paragraph is bad. */
  minStopwordRatio: number;
  /** Relative stopword share from which a long paragraph is good. */
  goodStopwordRatio: number;
  /** Short non-sentence lines in a row that make a menu. */
  menuRun: number;
  /** The page-dump switch: this many menu lines before the first long sentence paragraph … */
  minMenuLinesBefore: number;
  /** … or this many menu lines in all. */
  minMenuLines: number;
  /** Good text the article span must hold (Latin-equivalent characters); with less, nothing goes. */
  minArticleChars: number;
  /** Least share of the menu lines that must be navigation labels for the page-dump switch. */
  minNavigationShare: number;
}

export type Kind = 'good' | 'near' | 'short' | 'bad';

/** A paragraph: a wrapped block as a whole, or one line of a block whose lines stand alone. */
export interface Unit {
  start: number;
  end: number;
  text: string;
  /** Length in Latin-equivalent characters (a CJK character counts 3). */
  len: number;
  sentence: boolean;
  menu: boolean;
  /** Starts with a title-case headline (a teaser for another article). */
  headline: boolean;
  stopShare: number;
  first: Kind;
  kind: Kind;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** A teaser cut short: "… with Realtek Bluetooth..." */
const TRUNCATED = /\p{L}(?:\.\.\.|…)$/u;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
/** Copyright and cookie notices: "cookie" is the same word in most languages the pages use. */
const NOTICE = /©|ⓒ|\bcopyright\b|all rights reserved|\bcookies?\b/iu;
/**
 * What a NOTICE match must hold, as a cheaper test: in NOTICE's case-insensitive Unicode matching
 * only "k" and "s" of these letters match a character outside ASCII (K, the Kelvin sign, and ſ),
 * so these pieces leave out "s" and name the Kelvin sign.
 */
const MAYBE_NOTICE = /©|ⓒ|copyright|all right|coo[k\u212a]ie/i;

function notice(text: string): boolean {
  return MAYBE_NOTICE.test(text) && NOTICE.test(text);
}

/** TRUNCATED, tested only on text that ends in "..." or "…". */
function truncated(text: string): boolean {
  return (text.endsWith('...') || text.endsWith('…')) && TRUNCATED.test(text);
}

export const mainContent: Rule<MainContentOptions> = {
  id: 'main-content',
  description: 'In a full-page text dump (menus, footers, link lists around the article), keeps the article body and removes the rest.',
  enabledByDefault: true,
  defaults: {
    shortChars: 70,
    longChars: 200,
    minStopwordRatio: 0.6,
    goodStopwordRatio: 0.75,
    menuRun: 3,
    minMenuLinesBefore: 10,
    minMenuLines: 80,
    minArticleChars: 500,
    minNavigationShare: FITTED_MIN_NAVIGATION_SHARE,
  },
  detect(doc, options, ctx) {
    if (!mayBeDump(doc, options, ctx.claimed)) return [];
    const page = analyzePage(doc, options, ctx.claimed);
    if (page.span === null) return [];
    const { units } = page;
    const [first, last] = page.span;
    const why = `page dump: ${page.menuLines} menu-like lines, ${page.menuBefore} before the first long paragraph; article = lines ${units[first].start}-${units[last].end} (${page.goodChars} chars of good text)`;
    const findings: Finding[] = [];
    if (first > 0) findings.push(outside(units.slice(0, first), 'before', why));
    if (last < units.length - 1) findings.push(outside(units.slice(last + 1), 'after', why));
    return findings;
  },
};

/** What main-content decided for a document: its paragraphs, the switch, and the article span. */
export interface PageAnalysis {
  units: Unit[];
  menuLines: number;
  menuBefore: number;
  /** True when the document looks like a page dump. */
  dump: boolean;
  /** Good text inside the span. */
  goodChars: number;
  /** First and last unit index of the article, or null when nothing is to be removed. */
  span: [number, number] | null;
}

export function analyzePage(doc: Doc, options: MainContentOptions, claimed: ReadonlySet<number> = new Set()): PageAnalysis {
  const { units, lines } = paragraphs(doc, claimed);
  markMenus(units, options);
  const menuLines = units.filter((u) => u.menu).length;
  const firstProse = units.findIndex((u) => u.sentence && u.len > 150);
  const menuBefore = units.filter((u, i) => u.menu && (firstProse < 0 || i < firstProse)).length;
  // A list-shaped article (a forum thread, a programme, a cast list) has runs of short lines too;
  // a page's menus are mostly navigation labels. When they are not, nothing is decided.
  const dump = (menuBefore >= options.minMenuLinesBefore || menuLines >= options.minMenuLines) && navigationShare(units) >= options.minNavigationShare;
  if (!dump) return { units, menuLines, menuBefore, dump, goodChars: 0, span: null };
  const keys = new Keys(units, lines, doc);
  classify(units, options, keys);
  let span = largestContentSpan(units, 0);
  // The page's headline printed again (the h1) marks where the article starts: teasers above it
  // are not the article, unless most of the good text lies there.
  const anchor = headlineIndex(doc, units, keys);
  if (anchor > span[0]) {
    const below = largestContentSpan(units, anchor + 1);
    if (goodIn(units, below) * 2 >= goodIn(units, span)) span = below;
  } else if (anchor >= 0 && anchor + 1 < span[0]) {
    // The headline printed above the span: the article starts below it. What lies between (an
    // introduction, a table or a list under the headline) is the article's, not the page's.
    span = [anchor + 1, span[1]];
  }
  const goodChars = goodIn(units, span);
  return { units, menuLines, menuBefore, dump, goodChars, span: goodChars >= options.minArticleChars ? span : null };
}

/** An archive link's count, "Novembro (113)": the label before it is still a navigation label. */
const TRAILING_COUNT = /\s*\(\d+\)$/;
/** A line whose first letter is lower case continues a sentence or a verse: a navigation label starts with a capital (or no letter). */
const LOWER_START = /^\P{L}*\p{Ll}/u;
/** A navigation label's characters: up to 40, no digit, no sentence or cell punctuation. */
const NAV = /^(?!.*\d)[^.:;!?|]{1,40}$/u;

/** Share of the menu lines that are navigation labels: at most four words, not a list item, not starting in lower case ("Sport", "Sign in"). */
function navigationShare(units: readonly Unit[]): number {
  let menus = 0;
  let nav = 0;
  for (const u of units) {
    if (!u.menu) continue;
    menus++;
    const text = u.text.replace(TRAILING_COUNT, '');
    if (NAV.test(text) && wordCount(text) <= 4 && !LOWER_START.test(text) && listMarker(text) === null) nav++;
  }
  return menus === 0 ? 0 : nav / menus;
}

/**
 * A cheap bound on the page-dump switch, from line lengths alone: menu lines come in runs of at
 * least menuRun paragraphs shorter than shortChars (a paragraph's len is at least its length in
 * code units), so counting every paragraph in such runs of short ones bounds both menuLines and
 * menuBefore from above. False only when analyzePage would find no dump.
 */
function mayBeDump(doc: Doc, o: MainContentOptions, claimed: ReadonlySet<number>): boolean {
  let bound = 0;
  let run = 0;
  const step = (length: number): void => {
    if (length < o.shortChars) run++;
    else {
      if (run >= o.menuRun) bound += run;
      run = 0;
    }
  };
  for (const block of doc.blocks) {
    if (block.wrapped) {
      if (!claimed.has(block.start)) step(block.text.length);
      continue;
    }
    for (let n = block.start; n <= block.end; n++) if (!claimed.has(n)) step(doc.line(n).trimmed.length);
  }
  if (run >= o.menuRun) bound += run;
  return bound >= o.minMenuLinesBefore || bound >= o.minMenuLines;
}

/**
 * The blocks of the CJK and Thai scripts in the BMP, and the high surrogates of the other planes:
 * the first UTF-16 code unit of every CJK character is one of these (a test checks it for every
 * code point), so text without them has none (most text, and cheap to tell).
 */
const MAYBE_CJK = /[\u0e00-\u0e7f\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\ua960-\ua97f\uac00-\udbff\uf900-\ufaff\uff00-\uffef]/;

/** Number of CJK (and Thai) characters. */
export function cjkCount(text: string): number {
  return MAYBE_CJK.test(text) && HAS_CJK.test(text) ? (text.match(CJK)?.length ?? 0) : 0;
}

/**
 * The paragraphs, and for each the number in the run's first document (see LineStore) of its line
 * when it is one line of a block whose lines stand alone (its text is then the line's own), else 0.
 */
function paragraphs(doc: Doc, claimed: ReadonlySet<number>): { units: Unit[]; lines: number[] } {
  const units: Unit[] = [];
  const lines: number[] = [];
  const add = (start: number, end: number, text: string, wordCount: number, line: number): void => {
    lines.push(line);
    const cjk = cjkCount(text);
    const sentence = (wordCount >= 3 || cjk >= 6) && endsLikeSentence(text);
    units.push({ start, end, text, len: text.length + 2 * cjk, sentence, menu: false, headline: false, stopShare: 0, first: 'short', kind: 'short' });
  };
  for (const block of doc.blocks) {
    if (block.wrapped) {
      let count = 0;
      for (let n = block.start; n <= block.end; n++) count += doc.line(n).wordCount;
      if (!claimed.has(block.start)) add(block.start, block.end, block.text, count, 0);
      continue;
    }
    for (let n = block.start; n <= block.end; n++) {
      const line = doc.line(n);
      if (!claimed.has(n)) add(n, n, line.trimmed, line.wordCount, doc.inputLine(n));
    }
  }
  return { units, lines };
}

/**
 * Runs of short lines that are not sentences: menus, link lists, tag clouds. A mostly numeric
 * line (a table cell: "63", "85%") breaks a run, so tables inside an article are not menus.
 */
function markMenus(units: Unit[], o: MainContentOptions): void {
  const menuLike = (u: Unit): boolean => u.len < o.shortChars && !u.sentence && !numeric(u.text);
  let i = 0;
  while (i < units.length) {
    let j = i;
    while (j < units.length && menuLike(units[j])) j++;
    if (j - i >= o.menuRun) for (let k = i; k < j; k++) units[k].menu = true;
    i = j === i ? i + 1 : j;
  }
}

/**
 * A URL match holds "://" or "www." (in any case: URL is case-insensitive, and only "w" has a case
 * variant among these characters), so text without either has none.
 */
const MAYBE_URL = /:\/\/|www\./i;

/** Share of the text inside URLs: link lists and reference blocks are not article prose. */
function linkDensity(text: string): number {
  if (!MAYBE_URL.test(text)) return 0;
  let inUrls = 0;
  for (const m of text.matchAll(URL)) inUrls += m[0].length;
  return inUrls / Math.max(1, text.length);
}

export function numeric(text: string): boolean {
  // ASCII text, counted in one loop: its digits are 0-9 and its letters A-Z and a-z.
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return numericUnicode(text);
    if (c >= 48 && c <= 57) digits++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
  }
  return digits >= letters;
}

/** The counts of /\p{N}/gu and /\p{L}/gu matches, in one loop over the characters, each BMP one classed once. */
function numericUnicode(text: string): boolean {
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      k = classOf(text.slice(i, i + 2));
      i++;
    } else {
      k = bmpClass[c];
      if (k === 0) bmpClass[c] = k = classOf(String.fromCharCode(c));
    }
    if (k & DIGIT) digits++;
    else if (k & LETTER) letters++;
  }
  return digits >= letters;
}

/** The lower-cased words of a paragraph, its URLs left out. */
export function lowerWords(text: string): string[] {
  const s = MAYBE_URL.test(text) ? text.replace(URL, ' ') : text;
  // Plain text (ASCII and PLAIN_MARKS) is lower-cased whole (A-Z only, the words stay where they
  // are; the marks have no case). In plain text the words of words() are runs of A-Z, a-z and 0-9
  // joined by ', ’ or - (the marks are neither letters nor digits): PLAIN_WORD.
  if (!NOT_PLAIN.test(s)) return s.toLowerCase().match(PLAIN_WORD) ?? [];
  // Other text is lower-cased whole too unless it holds a capital sigma, whose lower case depends
  // on what stands around it, or a dotted capital I, which lower-cases to two characters: every
  // other character lower-cases on its own, to as many code units, a letter or digit to a letter
  // or digit, a joiner to itself (test/rules/main-content-keys checks every code point), so the
  // words stay where they are.
  if (!CONTEXT_CASE.test(s)) return words(s.toLowerCase());
  const t = words(s);
  for (let i = 0; i < t.length; i++) t[i] = t[i].toLowerCase();
  return t;
}

/**
 * Common non-ASCII punctuation, symbols and spaces of Latin-script text: no-break space, ©, «, ®,
 * ·, », en and em dash, curly quotes, bullet, ellipsis. Text made of ASCII and these is "plain".
 */
export const PLAIN_MARKS = '\u00a0\u00a9\u00ab\u00ae\u00b7\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026';
const NOT_PLAIN = /[^\x00-\x7f\u00a0\u00a9\u00ab\u00ae\u00b7\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/;
const CONTEXT_CASE = /[\u0130\u03a3]/;
const PLAIN_WORD = /[a-z0-9]+(?:['\u2019-][a-z0-9]+)*/g;

function classify(units: Unit[], o: MainContentOptions, keys: Keys): void {
  const tokens: string[][] = [];
  const sample: string[] = [];
  for (let i = 0; i < units.length; i++) {
    const t = keys.words(i);
    tokens.push(t);
    for (let j = 0; j < t.length && sample.length < 1500; j++) sample.push(t[j]);
  }
  const stop = stopwordsFor(sample);
  let j = 0; // the place of a unit's first word in the sample, which already says which are stopwords
  units.forEach((u, i) => {
    let hits = 0;
    if (stop) {
      for (const w of tokens[i]) {
        if (j < sample.length ? stop.inList[j] === 1 : stop.words.has(w)) hits++;
        j++;
      }
    }
    u.stopShare = tokens[i].length > 0 ? hits / tokens[i].length : 0;
    u.headline = stop !== null && titleCaseStart(u.text, stop.words);
  });
  const base = baselineShare(units);
  for (const u of units) {
    // Without a usable stopword list (scripts written without spaces), a sentence ending stands in.
    const rel = base >= 0.2 ? u.stopShare / base : u.sentence ? 1 : 0.65;
    let k: Kind;
    if (u.menu || u.headline || notice(u.text) || linkDensity(u.text) > 0.3 || truncated(u.text)) k = 'bad';
    else if (u.len < o.shortChars) k = 'short';
    else if (rel >= o.goodStopwordRatio && u.len > o.longChars) k = 'good';
    else if (rel >= o.minStopwordRatio) k = 'near';
    else k = 'bad';
    u.first = u.kind = k;
  }
  markEarlierCopies(units, keys);
  promoteProseRuns(units);
  settle(units, 'short');
  settle(units, 'near');
}

/**
 * A paragraph printed again further down (a teaser of the article above it, a cookie notice in
 * two layers) is boilerplate in its earlier copies; the last copy keeps its class.
 */
function markEarlierCopies(units: Unit[], keys: Keys): void {
  // Equal keys have equal signatures: keys are compared only within a signature shared by two.
  const bySig = new Map<number, number[]>();
  for (let i = 0; i < units.length; i++) {
    if (units[i].len < 50) continue;
    const sig = keys.sig(i);
    const group = bySig.get(sig);
    if (group) group.push(i);
    else bySig.set(sig, [i]);
  }
  for (const group of bySig.values()) {
    if (group.length < 2) continue;
    const last = new Map<string, number>();
    for (const i of group) last.set(keys.key(i), i);
    for (const i of group) if (last.get(keys.key(i)) !== i) units[i].kind = units[i].first = 'bad';
  }
}

/**
 * The units' normalizeKey keys, made on demand, and a cheaper signature of each (keySig): a hash
 * of the key's first characters other than its spaces. In plain text (asciiKeySig) the key is the
 * text lower-cased (A-Z only) with its runs of other characters than a-z, 0-9 and the control
 * characters (ASCII_NOT_KEPT) turned into single spaces and trimmed: so the key without its spaces
 * is the sequence of those kept characters, which a plain text's signature hashes without making
 * the key. Other text hashes its key. Equal keys thus have equal signatures.
 */
class Keys {
  private readonly keys: (string | undefined)[];
  private readonly sigs: Float64Array;
  /** A one-line unit's key, signature and words are its text's alone: kept across passes, by its line (see paragraphs). */
  private readonly lineKeys: (string | undefined)[];
  private readonly lineSigs: (number | undefined)[];
  private readonly lineWords: (string[] | undefined)[];
  constructor(
    private readonly units: readonly Unit[],
    private readonly lines: readonly number[],
    doc: Doc,
  ) {
    this.keys = new Array<string | undefined>(units.length);
    this.sigs = new Float64Array(units.length).fill(-1);
    this.lineKeys = LINE_KEYS.slots(doc);
    this.lineSigs = LINE_SIGS.slots(doc);
    this.lineWords = LINE_WORDS.slots(doc);
  }
  key(i: number): string {
    const k = this.keys[i];
    if (k !== undefined) return k;
    const line = this.lines[i];
    return (this.keys[i] = line > 0 ? (this.lineKeys[line] ??= normalizeKey(this.units[i].text)) : normalizeKey(this.units[i].text));
  }
  sig(i: number): number {
    if (this.sigs[i] < 0) {
      const line = this.lines[i];
      this.sigs[i] = line > 0 ? (this.lineSigs[line] ??= this.sigOf(i)) : this.sigOf(i);
    }
    return this.sigs[i];
  }
  /** lowerWords() of unit i's text; only read. */
  words(i: number): string[] {
    const line = this.lines[i];
    return line > 0 ? (this.lineWords[line] ??= lowerWords(this.units[i].text)) : lowerWords(this.units[i].text);
  }
  private sigOf(i: number): number {
    return asciiKeySig(this.units[i].text) ?? keySig(this.key(i));
  }
}

const LINE_KEYS = new LineStore<string>();
const LINE_SIGS = new LineStore<number>();
const LINE_WORDS = new LineStore<string[]>();

/**
 * The signature of a key: FNV-1a over its first SIG_CHARS characters other than spaces (equal
 * keys agree there; keys that differ only further on are told apart by comparing the keys).
 */
export function keySig(key: string): number {
  let h = 0x811c9dc5;
  let left = SIG_CHARS;
  for (let i = 0; i < key.length && left > 0; i++) {
    const c = key.charCodeAt(i);
    if (c === 32) continue;
    h = Math.imul(h ^ c, 0x01000193);
    left--;
  }
  return h >>> 0;
}

const SIG_CHARS = 48;

/**
 * keySig(normalizeKey(text)) for plain text (ASCII and PLAIN_MARKS), without making the key; null
 * for other text. A PLAIN_MARKS character is, like its NFKC form, punctuation, a symbol or a space,
 * which the key turns into a space like the ASCII ones, and composes with nothing (test/rules/
 * main-content-keys checks both).
 */
export function asciiKeySig(text: string): number | null {
  if (NOT_PLAIN.test(text)) return null;
  let h = 0x811c9dc5;
  let left = SIG_CHARS;
  for (let i = 0; i < text.length && left > 0; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c <= 8 || (c >= 0x0e && c <= 0x1f) || c === 0x7f)) continue;
    h = Math.imul(h ^ c, 0x01000193);
    left--;
  }
  return h >>> 0;
}

/**
 * Articles written in one-sentence paragraphs have few long paragraphs: a middling sentence
 * paragraph with at least two more among its nearest four non-short neighbours is good.
 */
function promoteProseRuns(units: Unit[]): void {
  const prose = (u: Unit): boolean => u.first === 'near' && u.sentence;
  const promote = units.map((u, i) => {
    if (!prose(u)) return false;
    let found = 0;
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let j = i + step; j >= 0 && j < units.length && seen < 2; j += step) {
        if (units[j].first === 'short') continue;
        seen++;
        if (prose(units[j]) || units[j].first === 'good') found++;
      }
    }
    return found >= 2;
  });
  units.forEach((u, i) => {
    if (promote[i]) u.kind = 'good';
  });
}

/**
 * A teaser: a headline in title case ("Customers Leave Without Paying $690 Bill At Troy
 * Steakhouse A party of six…"), told by function words capitalised inside its first words; in
 * prose a function word is capitalised only at the start of a sentence.
 */
function titleCaseStart(text: string, stop: ReadonlySet<string>): boolean {
  let capitalised = 0;
  let seen = 0;
  // The words of WORD_AT (/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu), found in one loop over the text.
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = charAt(text, i, LETTER | DIGIT);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = charAt(text, i, LETTER | DIGIT);
    }
    for (;;) {
      const sep = text.charCodeAt(i);
      if (sep !== 39 && sep !== 0x2019) break;
      w = charAt(text, i + 1, LETTER);
      if (w === 0) break;
      i++;
      while (w > 0) {
        i += w;
        w = charAt(text, i, LETTER);
      }
    }
    if (++seen > 12) break;
    if (seen === 1 || i - start < 2) continue;
    const word = text.slice(start, i);
    if (!capitalisedWord(word) || !stop.has(word.toLowerCase())) continue;
    if (!SENTENCE_BREAK.test(text.slice(Math.max(0, start - 3), start))) capitalised++;
  }
  return capitalised >= 2;
}

const LETTER = 1;
const DIGIT = 2;
const KNOWN = 4;
/** For each BMP code unit, once known: KNOWN, and LETTER (\p{L}) or DIGIT (\p{N}). */
const bmpClass = new Uint8Array(0x10000);

/** The width (1, or 2 for a surrogate pair) of the character at i when it is of these classes, else 0. */
function charAt(text: string, i: number, classes: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) {
    let k = bmpClass[c];
    if (k === 0) bmpClass[c] = k = classOf(String.fromCharCode(c));
    return k & classes ? 1 : 0;
  }
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  return classOf(text.slice(i, i + 2)) & classes ? 2 : 0;
}

function classOf(ch: string): number {
  return KNOWN | (/^\p{L}$/u.test(ch) ? LETTER : 0) | (/^\p{N}$/u.test(ch) ? DIGIT : 0);
}

/** /^\p{Lu}\p{Ll}/u, told from the character codes when both characters are ASCII. */
function capitalisedWord(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if (a < 0x80 && b < 0x80) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return /^\p{Lu}\p{Ll}/u.test(w);
}

/** What may stand before a capitalised word at the start of a sentence or quote. */
const SENTENCE_BREAK = /[.!?:;"“”«»()\[\]—–-]\s*$/u;

/** The length-weighted median stopword share of the paragraphs of 100 characters or more. */
function baselineShare(units: readonly Unit[]): number {
  const long = units.filter((u) => u.len >= 100).sort((a, b) => a.stopShare - b.stopShare);
  const total = long.reduce((s, u) => s + u.len, 0);
  let seen = 0;
  for (const u of long) {
    seen += u.len;
    if (seen * 2 >= total) return u.stopShare;
  }
  return 0;
}

/** jusText's context pass: short, then middling paragraphs take the class of their neighbours. */
export function settle(units: Unit[], which: 'short' | 'near'): void {
  // The nearest class on each side, skipping short paragraphs (and middling ones too, with
  // skipNear), read from tables filled in one sweep each way: a long run of short paragraphs
  // costs linear time, not quadratic.
  const n = units.length;
  const sweep = (step: 1 | -1, skipNear: boolean): Kind[] => {
    const out = new Array<Kind>(n);
    let last: Kind = 'bad';
    for (let k = 0; k < n; k++) {
      const i = step === 1 ? k : n - 1 - k;
      out[i] = last;
      const kind = units[i].kind;
      if (kind !== 'short' && !(skipNear && kind === 'near')) last = kind;
    }
    return out;
  };
  const before = sweep(1, true);
  const after = sweep(-1, true);
  const beforeAny = which === 'short' ? sweep(1, false) : before;
  const afterAny = which === 'short' ? sweep(-1, false) : after;
  const next = units.map((u, i): Kind => {
    if (u.kind !== which) return u.kind;
    if (which === 'near') return before[i] === 'bad' && after[i] === 'bad' ? 'bad' : 'good';
    if (before[i] === 'good' && after[i] === 'good') return 'good';
    if (before[i] === 'bad' && after[i] === 'bad') return 'bad';
    if ((before[i] === 'bad' && beforeAny[i] === 'near') || (after[i] === 'bad' && afterAny[i] === 'near')) return 'good';
    return 'bad';
  });
  units.forEach((u, i) => (u.kind = next[i]));
}

/** Maximum-sum contiguous span: good text counts for, everything else against. */
function largestContentSpan(units: readonly Unit[], from: number): [number, number] {
  let best = 0;
  let span: [number, number] = [from, from - 1];
  let sum = 0;
  let start = from;
  for (let i = from; i < units.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weight(units[i]);
    if (sum > best) {
      best = sum;
      span = [start, i];
    }
  }
  return span;
}

function goodIn(units: readonly Unit[], [first, last]: [number, number]): number {
  let sum = 0;
  for (let i = first; i <= last; i++) if (units[i].kind === 'good') sum += units[i].len;
  return sum;
}

/** The first paragraph after the title line that repeats the title (the page's h1), or -1. */
function headlineIndex(doc: Doc, units: readonly Unit[], unitKeys: Keys): number {
  if (doc.titleLine === 0) return -1;
  const keys = new Set(titleKeys(doc.line(doc.titleLine).trimmed, 3));
  const sigs = new Set([...keys].map(keySig));
  // titleKeys(text) is the text's own key and, only when a separator stands between spaces, the
  // key of the text without its " | Site" suffix. A key of another signature is not looked up.
  const matches = (u: Unit, i: number): boolean =>
    (sigs.has(unitKeys.sig(i)) && keys.has(unitKeys.key(i))) || (SPACED_SEPARATOR.test(u.text) && titleKeys(u.text, 3).some((k) => keys.has(k)));
  return units.findIndex((u, i) => u.start > doc.titleLine && u.text.length < 300 && matches(u, i));
}

/** What a " | Site" title suffix needs: a separator with white space on both sides. */
const SPACED_SEPARATOR = /\s[|\-–—·•:]\s/u;

/** How much a paragraph counts for (good text) or against (the rest) the article span. */
function weight(u: Unit): number {
  if (u.kind === 'good') return u.len;
  // A middling paragraph that its neighbours did not make good still leans towards the article.
  return u.first === 'near' ? 0.3 * u.len : -u.len;
}

/** One finding for the paragraphs before or after the article, with the classes that decided. */
function outside(removed: readonly Unit[], where: 'before' | 'after', why: string): Finding {
  const counts = new Map<string, number>();
  for (const u of removed) {
    const k = u.menu ? 'menu' : u.headline ? 'headline' : u.first;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const mix = [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
  return {
    ruleId: 'main-content',
    start: removed[0].start,
    end: removed[removed.length - 1].end,
    reason: `${why}; ${where} it: ${removed.length} paragraphs (${mix}): "${clip(removed[0].text, 50)}"`,
  };
}
