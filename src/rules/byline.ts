/**
 * Bylines, datelines and timestamps standing alone on their line, e.g. "By Justine Coleman -
 * 11/18/19 11:04 PM EST", "Published 7:07 PM EST Nov 19, 2019", "Von Katrin Albers",
 * "sexta-feira, 22 de outubro de 2010 às 20:13", "(Reporting by Greg Roumeliotis; Editing by
 * Martin Howell)". A line goes only when every part of it is a byline, a date or time, a label of
 * one, or a tag list: "By the end of the year, …" and "— Jane Doe (@jane) November 18, 2019" stay.
 * A bare date goes only outside the article body; a name or job line goes with the byline beside it
 * in the header; an author note ("Jane Doe is a freelance writer living in Minneapolis") only in
 * the second half of the text.
 */
import type { Doc, Finding, Line, Rule } from '../types.js';
import { clip, endsLikeSentence } from '../text.js';
import { AGENCIES } from './caption.words.js';
import {
  CJK_CREDIT_LABELS,
  AGO_WORDS,
  AUTHOR_LABELS,
  AUTHOR_NOTE_VERBS,
  BY_WORDS,
  CREDIT_LABELS,
  DATE_FILLERS,
  DATE_LABELS,
  MONTHS,
  NAME_JOINERS,
  NAME_PARTICLES,
  RELATIVE_UNITS,
  ROLE_WORDS,
  TIME_WORDS,
  WEEKDAYS,
} from './byline.words.js';
import { bodySpan, fold, inFooter, inHeader, lineForms, LineStore, type TextUnit, textUnits } from './line-shape.js';
import { SECTION_LABELS, TAXONOMY_LABELS } from './section-label.words.js';

export interface BylineOptions {
  /** Longest line, in words, that can be a byline or timestamp. */
  maxWords: number;
  /** Longest author note ("Jane Doe is a freelance writer …"), in words. */
  maxNoteWords: number;
  /** Longest name or job line that goes with a byline beside it. */
  maxNameWords: number;
}

interface Token {
  text: string;
  /** Folded form: lower case, Turkish dotless ı as i, trailing dot dropped. */
  low: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** The word lists low is in, as bits (see CLASS). */
  cls: number;
}

/** What a line is made of, when it is nothing but byline and date parts. */
interface Verdict {
  by: boolean;
  credit: boolean;
  date: boolean;
  label: boolean;
  /** A lone by-word or date label ("By", "Updated"): goes only beside a byline. */
  bare: boolean;
  /** The line is a lone by-word ("By"), which names on the next lines complete. */
  byWordOnly: boolean;
  /** A Chinese or Japanese credit line: goes only outside the article body (see cjkCredit). */
  edge?: boolean;
  reason: string;
}

/** Words (group 1), numbers (group 2), handles and tags, single signs. */
const TOKEN = /([\p{L}\p{M}]+(?:['’.\-][\p{L}\p{M}]+)*\.?)|(\d+(?:[:./\-]\d+)*)|[@#][\p{L}\p{N}_]+|[^\s\p{L}\p{M}\p{N}]/gu;
const DOTLESS = /ı/gu;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const INITIAL = /^\p{Lu}\.$/u;
const TIME_NUM = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/u;
const DATE_NUM = /^\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}$/u;
const YEAR = /^(?:1[89]|20)\d{2}$/u;
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th', 'er', 'e', 'º', 'ª', 'h', 'hs', 'am', 'pm', 'uhr', 'r']);
const SEGMENT_PUNCT = new Set(['|', ';', '•', '·', '/', '\\']);
const DASHES = new Set(['-', '–', '—', '―']);
/** A line holding only a comma, an ampersand or "and" between names printed one per line. */
const JOINER_LINE = /^(?:[,&;]|and|und|et|y|e|i|ve|и)$/iu;
const SOFT_PUNCT = new Set([',', ':', '：', '(', ')', '[', ']', '.', '*', '"', '“', '”', '«', '»', "'", '’', '@']);

/** Lower case with Turkish dotless ı as i and no trailing dot; tokens are short, so no full fold(). */
function low(s: string): string {
  let f = s.toLowerCase();
  if (f.includes('ı')) f = f.replace(DOTLESS, 'i');
  if (f.includes('\u0307')) f = f.replace(/\u0307/gu, '');
  if (f.includes('’')) f = f.replace(/’/gu, "'");
  return f.length > 1 && f.endsWith('.') ? f.slice(0, -1) : f;
}

function foldList(lists: Readonly<Record<string, readonly string[]>> | readonly string[]): Set<string> {
  const all = Array.isArray(lists) ? (lists as readonly string[]) : Object.values(lists as Record<string, readonly string[]>).flat();
  return new Set(all.map((w) => low(fold(w))));
}

/** Phrase lists matched token by token: each phrase as its folded words. */
class TokenPhrases {
  private readonly set: Set<string>;
  /** Words of the longest phrase. */
  readonly max: number;
  /** The first word of every phrase: a phrase can start only at a token that is one. */
  readonly firsts: Set<string>;
  /** The first words of every phrase, one, two, … of them: no longer key can be a phrase once a key is none of these. */
  private readonly prefixes: Set<string>;
  constructor(
    lists: Readonly<Record<string, readonly string[]>> | readonly string[],
    /** The bit of CLASS for the first words of the phrases. */
    readonly bit: number,
  ) {
    const all = Array.isArray(lists) ? (lists as readonly string[]) : Object.values(lists as Record<string, readonly string[]>).flat();
    this.set = new Set(all.map((p) => fold(p).split(' ').map(low).join(' ')));
    this.max = Math.max(1, ...all.map((p) => p.split(' ').length));
    this.firsts = new Set([...this.set].map((k) => k.split(' ')[0]));
    this.prefixes = new Set([...this.set].flatMap((k) => k.split(' ').map((_, j, ws) => ws.slice(0, j + 1).join(' '))));
  }
  /**
   * Number of tokens of the longest phrase starting at i (words only), or 0. With a reader whose
   * list the tokens are, the tokens are read as far as the lookup goes.
   */
  at(tokens: readonly Token[], i: number, reader?: TokenReader): number {
    reader?.fill(i + 1);
    // A token has no space, so a key made from it equals a phrase only if it is the phrase's first word.
    if (i >= tokens.length || (tokens[i].cls & this.bit) === 0) return 0;
    let best = 0;
    let key = '';
    for (let k = 0; k < this.max; k++) {
      reader?.fill(i + k + 1);
      if (i + k >= tokens.length) break;
      const t = tokens[i + k];
      if (t.kind !== 'word') break;
      key = k === 0 ? t.low : `${key} ${t.low}`;
      if (this.set.has(key)) best = k + 1;
      if (!this.prefixes.has(key)) break;
    }
    return best;
  }
}

const BY = new TokenPhrases(BY_WORDS, 1 << 0);
const AUTHOR = new TokenPhrases(AUTHOR_LABELS, 1 << 1);
const CREDIT = new TokenPhrases(CREDIT_LABELS, 1 << 2);
const LABEL = new TokenPhrases(DATE_LABELS, 1 << 3);
const TAXONOMY = new TokenPhrases(TAXONOMY_LABELS, 1 << 4);
const SECTION = new TokenPhrases(SECTION_LABELS, 1 << 5);
const AGENCY = new TokenPhrases(AGENCIES, 1 << 6);
const AGO = new TokenPhrases(AGO_WORDS, 1 << 7);
const MONTH = foldList(MONTHS);
const WEEKDAY = foldList(WEEKDAYS);
const FILLER = foldList(DATE_FILLERS);
const TIME_WORD = foldList(TIME_WORDS);
const UNIT = foldList(RELATIVE_UNITS);
const ROLE = foldList(ROLE_WORDS);
const PARTICLE = foldList(NAME_PARTICLES);
const JOINER = foldList(NAME_JOINERS);
/** The first word of every line judge() can accept: a by-word, a label, a date word, a section or an agency. */
const FIRST_WORDS = new Set(
  [BY_WORDS, AUTHOR_LABELS, CREDIT_LABELS, DATE_LABELS, TAXONOMY_LABELS, SECTION_LABELS, MONTHS, WEEKDAYS]
    .flatMap((lists) => Object.values(lists).flat())
    .concat(AGENCIES.filter((a) => !a.startsWith('the ')))
    // Of the small date words only those that open a date: "on Monday, …", "Le 3 juin", "am 3. Mai", "el 3 de julio".
    .concat(['on', 'le', 'am', 'el', 'il', 'op', 'в'])
    .map((p) => low(fold(p).split(' ')[0])),
);
const FIRST_WORD = /[\p{L}\p{N}]+/u;
const LEADING_DIGIT = /^[^\p{L}\p{N}]*\p{N}/u;
const UPPER_FIRST = /^[^\p{L}\p{N}]*[\p{Lu}\p{Lt}]/u;

/** A number for an ASCII word's length and first three characters, lower-cased; s[0, j) is the word. */
function shape(s: string, j: number): number {
  const a = s.charCodeAt(0) | 0x20;
  const b = j > 1 ? s.charCodeAt(1) | 0x20 : 0;
  const c = j > 2 ? s.charCodeAt(2) | 0x20 : 0;
  return ((a * 128 + b) * 128 + c) * 64 + Math.min(j, 63);
}

/** The shapes of the ASCII words in FIRST_WORDS (lower case: OR-ing 0x20 keeps a-z and 0-9). */
const FIRST_SHAPES = new Set([...FIRST_WORDS].filter((w) => /^[a-z0-9]+$/u.test(w)).map((w) => shape(w, w.length)));

function isAsciiWhite(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * Whether the capitalised ASCII word plain[0, j) (lower case w; a space or comma follows) may be a
 * dateline's place as mayOpen() reads it: the word, maybe more capitalised words, a comma, then a
 * number or a calendar word. False only where the tokens are certain: a particle or joiner is no
 * place; after a space, a token other than a capitalised word or a comma ends the place without a
 * comma; after the comma, a token that is neither a number nor a word, or an ASCII word (letters,
 * then no joiner, dot or wider character) that is no month or weekday.
 */
function mayBePlace(plain: string, j: number, w: string): boolean {
  if (PARTICLE.has(w) || JOINER.has(w)) return false;
  const n = plain.length;
  let k = j;
  if (plain.charCodeAt(k) === 0x20) {
    while (k < n && isAsciiWhite(plain.charCodeAt(k))) k++;
    if (k === n) return false;
    const d = plain.charCodeAt(k);
    if (d >= 0x80 || (d >= 0x41 && d <= 0x5a)) return true;
    if (d !== 0x2c) return false;
  }
  k++;
  while (k < n && isAsciiWhite(plain.charCodeAt(k))) k++;
  if (k === n) return false;
  const e = plain.charCodeAt(k);
  if (e >= 0x80 || (e >= 0x30 && e <= 0x39)) return true;
  if (!isAsciiLetter(e)) return false;
  let r = k;
  while (r < n && isAsciiLetter(plain.charCodeAt(r))) r++;
  if (r < n) {
    const f = plain.charCodeAt(r);
    if (f >= 0x80 || f === 0x27 || f === 0x2d || f === 0x2e) return true;
  }
  const word = plain.slice(k, r).toLowerCase();
  return MONTH.has(word) || WEEKDAY.has(word);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
/** Cheap pre-check before tokenizing: could the line be a byline, a date or a credit at all? */
function mayJudge(plain: string): boolean {
  // A line opening with an ASCII letter or digit, read without a regex when its first word is ASCII
  // to its end: the same answers as below.
  const c = plain.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return true;
  const upper = c >= 0x41 && c <= 0x5a;
  if (upper || (c >= 0x61 && c <= 0x7a)) {
    let j = 1;
    let letters = true;
    for (; j < plain.length && isAsciiAlnum(plain.charCodeAt(j)); j++) if (!isAsciiLetter(plain.charCodeAt(j))) letters = false;
    if (j === plain.length || plain.charCodeAt(j) < 0x80) {
      // The word's length and first three letters, lower-cased, before the word itself.
      const w = FIRST_SHAPES.has(shape(plain, j)) ? plain.slice(0, j).toLowerCase() : '';
      if (w !== '' && FIRST_WORDS.has(w)) return true;
      if (!upper || !plain.includes(',')) return false;
      // The first token is the word itself when it is letters only and a space or comma follows:
      // judge() then goes on only if an opener starts with it or it is a dateline's place.
      const after = plain.charCodeAt(j);
      const word = w !== '' ? w : plain.slice(0, j).toLowerCase();
      return !letters || (after !== 0x20 && after !== 0x2c) || OPENING_WORDS.has(word) || mayBePlace(plain, j, word);
    }
  }
  if (LEADING_DIGIT.test(plain)) return true;
  const m = FIRST_WORD.exec(plain);
  if (!m) return false;
  if (FIRST_WORDS.has(low(m[0]))) return true;
  // A dateline's place: "Kiel, 19.06.2024".
  return UPPER_FIRST.test(plain) && plain.includes(',');
}

/** One-word by-words that are also common words or name parts: they need two name words after them. */
const NOTE_VERB = foldList(AUTHOR_NOTE_VERBS);
const NOTE_QUOTE = /["“”«»„]|\b(?:said|says|told)\b/iu;
const SENTENCE_STOP = /[.!?](?=\s|$)/gu;
/** "(jane@example.com)" after the name of an author note. */
const PARENTHESIS = /\([^()]{0,120}\)/gu;
const WEAK_BY = new Set(['di', 'von', 'door', 'par', 'por', 'tekst', 'текст', 'haber']);

/** Bits of CLASS for the word sets, after those of the phrase lists' first words. */
const C_MONTH = 1 << 8;
const C_WEEKDAY = 1 << 9;
const C_TIME_WORD = 1 << 10;
const C_UNIT = 1 << 11;
const C_FILLER = 1 << 12;
const C_ORDINAL = 1 << 13;
const C_PARTICLE = 1 << 14;
const C_JOINER = 1 << 15;
const C_ROLE = 1 << 16;
const C_NOTE_VERB = 1 << 17;
/**
 * For every string in a word set or among the phrase lists' first words, the bits of the sets it
 * is in: a token's cls, read with one lookup of its low, tells (cls & bit) !== 0 exactly when the
 * set has low.
 */
const CLASS = new Map<string, number>();
for (const [set, bit] of [
  ...[BY, AUTHOR, CREDIT, LABEL, TAXONOMY, SECTION, AGENCY, AGO].map((p) => [p.firsts, p.bit] as const),
  [MONTH, C_MONTH],
  [WEEKDAY, C_WEEKDAY],
  [TIME_WORD, C_TIME_WORD],
  [UNIT, C_UNIT],
  [FILLER, C_FILLER],
  [ORDINAL_SUFFIX, C_ORDINAL],
  [PARTICLE, C_PARTICLE],
  [JOINER, C_JOINER],
  [ROLE, C_ROLE],
  [NOTE_VERB, C_NOTE_VERB],
] as const) {
  for (const w of set) CLASS.set(w, (CLASS.get(w) ?? 0) | bit);
}

/** Whether a token's text starts with an upper-case or title-case letter (UPPER_START), an ASCII one read without the regex. */
function upperStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(text);
}

/** Lower case of an ASCII token and no trailing dot: what low() gives (its other steps touch only wider characters). */
function lowAscii(s: string): string {
  const f = s.toLowerCase();
  return f.length > 1 && f.charCodeAt(f.length - 1) === 0x2e ? f.slice(0, -1) : f;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The end of the TOKEN match at i of s, whose code unit there is an ASCII character other than
 * white space, read without the regex: -1 when a character beyond ASCII could change the match
 * (the regex reads it then). kind gets 1 for a word, 2 for a number, 0 for a single sign.
 * A word: letters, then (an apostrophe, dot or hyphen and letters)*, then maybe a dot; any wider
 * character right after a letter or joint may be a letter, a mark or "’", so it goes to the regex.
 * A number: digits, then (":", ".", "/" or "-" and digits)*: \d is ASCII only. "@" or "#" with
 * letters, digits or "_" (a wider one to the regex) is a word; alone, like any other sign, one
 * character (kind word for "@" and "#", see fill()).
 */
const scan = { kind: 0 };
function asciiTokenEnd(s: string, i: number): number {
  const n = s.length;
  const c = s.charCodeAt(i);
  let j = i + 1;
  if (isAsciiLetter(c)) {
    scan.kind = 1;
    for (;;) {
      while (j < n && isAsciiLetter(s.charCodeAt(j))) j++;
      if (j === n) return j;
      const d = s.charCodeAt(j);
      if (d >= 0x80) return -1;
      if ((d === 0x27 || d === 0x2e || d === 0x2d) && j + 1 < n) {
        const e = s.charCodeAt(j + 1);
        if (e >= 0x80) return -1;
        if (isAsciiLetter(e)) {
          j += 2;
          continue;
        }
      }
      return d === 0x2e ? j + 1 : j;
    }
  }
  if (isDigit(c)) {
    scan.kind = 2;
    for (;;) {
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      if (j + 1 < n && isDigit(s.charCodeAt(j + 1))) {
        const d = s.charCodeAt(j);
        if (d === 0x3a || d === 0x2e || d === 0x2f || d === 0x2d) {
          j += 2;
          continue;
        }
      }
      return j;
    }
  }
  scan.kind = 0;
  if ((c === 0x40 || c === 0x23) && j < n) {
    const d = s.charCodeAt(j);
    if (d >= 0x80) return -1;
    if (isAsciiAlnum(d) || d === 0x5f) {
      for (; j < n; j++) {
        const e = s.charCodeAt(j);
        if (e >= 0x80) return -1;
        if (!isAsciiAlnum(e) && e !== 0x5f) break;
      }
      return j;
    }
  }
  return i + 1;
}

/** The tokens of a string, read only as far as a caller asks: list holds the first ones of them all. */
class TokenReader {
  readonly list: Token[] = [];
  private done = false;
  private pos = 0;
  constructor(private readonly s: string) {}

  /** Read on until at least n tokens are in list, or all of them. */
  fill(n: number): Token[] {
    const s = this.s;
    while (!this.done && this.list.length < n) {
      // White space starts no match; at an ASCII character the match is read by hand when it can be.
      let i = this.pos;
      while (i < s.length && isAsciiWhite(s.charCodeAt(i))) i++;
      if (i === s.length) {
        this.done = true;
        break;
      }
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        const end = asciiTokenEnd(s, i);
        if (end >= 0) {
          const text = s.slice(i, end);
          const kind = scan.kind === 2 ? 'num' : scan.kind === 1 || c === 0x40 || c === 0x23 ? 'word' : 'punct';
          const lw = kind === 'punct' ? text : lowAscii(text);
          this.list.push({ text, low: lw, start: i, end, kind, cls: CLASS.get(lw) ?? 0 });
          this.pos = end;
          continue;
        }
      }
      TOKEN.lastIndex = i;
      const m = TOKEN.exec(this.s);
      if (m === null) {
        this.done = true;
        break;
      }
      this.pos = TOKEN.lastIndex;
      const text = m[0];
      // A number starts with a digit, a word with a letter or mark; "@" and "#" count as words,
      // alone or with a handle; any other single sign is punctuation.
      const kind = m[2] !== undefined ? 'num' : m[1] !== undefined || text.charCodeAt(0) === 0x40 || text.charCodeAt(0) === 0x23 ? 'word' : 'punct';
      const lw = kind === 'punct' ? text : low(text);
      this.list.push({ text, low: lw, start: m.index, end: m.index + text.length, kind, cls: CLASS.get(lw) ?? 0 });
    }
    return this.list;
  }
}

function tokenize(s: string): Token[] {
  return new TokenReader(s).fill(Infinity);
}

/** A word that may stand in a person's or desk's name: capitalised, an initial, a particle or a joiner. */
function isNameWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if ((t.cls & (C_MONTH | C_WEEKDAY)) !== 0) return false;
  return upperStart(t.text) || INITIAL.test(t.text) || (t.cls & (C_PARTICLE | C_JOINER)) !== 0;
}

function isCapital(t: Token): boolean {
  return t.kind === 'word' && upperStart(t.text) && (t.cls & (C_PARTICLE | C_JOINER)) === 0;
}

interface DateState {
  month: boolean;
  weekday: boolean;
  num: boolean;
  year: boolean;
  shaped: boolean;
  time: boolean;
  ago: boolean;
  unit: boolean;
}

/** Consume one date or time token at i; returns the next index, or i when the token is not one. */
function dateToken(tokens: readonly Token[], i: number, st: DateState, reader?: TokenReader): number {
  const t = tokens[i];
  if (t.kind === 'num') {
    st.num = true;
    if (TIME_NUM.test(t.text)) st.time = true;
    else if (DATE_NUM.test(t.text)) st.shaped = true;
    else if (YEAR.test(t.text)) st.year = true;
    return i + 1;
  }
  if (t.kind !== 'word') return i;
  const ago = AGO.at(tokens, i, reader);
  if (ago > 0) {
    st.ago = true;
    return i + ago;
  }
  const cls = t.cls;
  if ((cls & C_MONTH) !== 0) st.month = true;
  else if ((cls & C_WEEKDAY) !== 0) st.weekday = true;
  else if ((cls & C_TIME_WORD) !== 0) st.time = st.time || st.num;
  else if ((cls & C_UNIT) !== 0) st.unit = true;
  else if ((cls & C_FILLER) !== 0) {
    // "on", "de", "à": only inside a date, never on their own.
  } else if ((cls & C_ORDINAL) !== 0 && i > 0 && tokens[i - 1].kind === 'num' && tokens[i - 1].end === t.start) {
    // "20th", "4:20am", "13:20h"
  } else return i;
  return i + 1;
}

function strongDate(st: DateState): boolean {
  return st.shaped || st.time || (st.month && st.num) || (st.ago && st.num && st.unit) || (st.weekday && st.month);
}

/** Names after a by-word: capitalised words, initials, particles, joiners, commas. Returns [next index, capitalised words]. */
function names(tokens: readonly Token[], i: number, end: number): [number, number] {
  let j = i;
  let capital = 0;
  while (j < end) {
    const t = tokens[j];
    if (t.kind === 'punct' && (t.text === ',' || t.text === '.' || t.text === '&')) {
      j++;
      continue;
    }
    // A month or weekday is a first name only before another name: "By April Ryan", not "By May 5".
    const calendarName = (MONTH.has(t.low) || WEEKDAY.has(t.low)) && UPPER_START.test(t.text) && j + 1 < end && isCapital(tokens[j + 1]) && !MONTH.has(tokens[j + 1].low);
    if (!isNameWord(t) && !calendarName) break;
    if (isCapital(t) || calendarName) capital++;
    j++;
  }
  // Do not end on a joiner or comma that belongs to what follows.
  while (j > i && (tokens[j - 1].kind === 'punct' || JOINER.has(tokens[j - 1].low))) j--;
  return [j, capital];
}

/** A credit sign-off: labels ("Reporting by", "Editing by", "Avec") each followed by names. */
function creditSegment(tokens: readonly Token[], a: number, b: number): boolean {
  let i = a;
  let labels = 0;
  let people = 0;
  while (i < b) {
    const t = tokens[i];
    if (t.kind === 'punct' && SOFT_PUNCT.has(t.text)) {
      i++;
      continue;
    }
    const label = CREDIT.at(tokens, i);
    if (label > 0 && (i === a || tokens[i - 1].kind === 'punct' || JOINER.has(tokens[i - 1].low) || labels > 0)) {
      labels++;
      i += label;
      continue;
    }
    if (labels === 0) return false;
    if (JOINER.has(t.low)) {
      i++;
      continue;
    }
    const [j, capital] = names(tokens, i, b);
    if (j === i || capital === 0) {
      // "Compiled by X for Daily News Egypt": an outlet after "for".
      if (t.low === 'for' || t.low === 'für') {
        i++;
        continue;
      }
      return false;
    }
    people += capital;
    i = j;
  }
  return labels > 0 && people > 0;
}

interface SegmentResult {
  byWordOnly?: boolean;
  by: boolean;
  date: boolean;
  label: boolean;
  credit: boolean;
  bare: boolean;
  other: boolean;
}

/**
 * One part of a line between separators: [place ","] [label] date… [by-word names] date…, or a
 * credit, a tag list ("Tags: sad"), a section name or an agency. Null when anything else is in it.
 */
function segment(tokens: readonly Token[], a: number, b: number, first: boolean): SegmentResult | null {
  while (a < b && tokens[a].kind === 'punct' && SOFT_PUNCT.has(tokens[a].text)) a++;
  while (b > a && tokens[b - 1].kind === 'punct' && SOFT_PUNCT.has(tokens[b - 1].text)) b--;
  if (a >= b) return { by: false, date: false, label: false, credit: false, bare: false, other: true };
  if (creditSegment(tokens, a, b)) return { by: false, date: false, label: false, credit: true, bare: false, other: false };
  const tax = TAXONOMY.at(tokens, a);
  if (tax > 0 && a + tax < b && tokens[a + tax].text === ':' && b - a - tax - 1 <= 8) {
    return { by: false, date: false, label: false, credit: false, bare: false, other: true };
  }
  if (SECTION.at(tokens, a) === b - a || AGENCY.at(tokens, a) === b - a) {
    return { by: false, date: false, label: false, credit: false, bare: false, other: true };
  }

  const st: DateState = { month: false, weekday: false, num: false, year: false, shaped: false, time: false, ago: false, unit: false };
  let i = a;
  let by = false;
  let byWordOnly = false;
  let label = false;
  // A dateline's place: "Kiel, 19.06.2024", "Sevilla, 3 de julio de 2024".
  if (first) {
    let j = a;
    while (j < b && isCapital(tokens[j]) && j - a < 4) j++;
    if (j > a && j < b && tokens[j].text === ',') {
      const probe = { ...st };
      if (j + 1 < b && dateToken(tokens, j + 1, probe) > j + 1 && (tokens[j + 1].kind === 'num' || MONTH.has(tokens[j + 1].low) || WEEKDAY.has(tokens[j + 1].low))) {
        i = j + 1;
      }
    }
  }
  while (i < b) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      if (!SOFT_PUNCT.has(t.text)) return null;
      i++;
      continue;
    }
    const byLen = BY.at(tokens, i);
    const authorLen = byLen > 0 ? 0 : AUTHOR.at(tokens, i);
    const authorMarked = authorLen > 0 && i + authorLen < b && tokens[i + authorLen].text === ':';
    if (byLen > 0 || authorMarked) {
      let len = byLen > 0 ? byLen : authorLen + 1;
      if (i + len < b && tokens[i + len].text === ':') len++;
      const [j, capital] = names(tokens, i + len, b);
      if (j === i + len) {
        if (j === b) {
          byWordOnly = true;
          i = j;
          continue;
        }
        return null;
      }
      const weak = byLen === 1 && WEAK_BY.has(tokens[i].low);
      if (capital < (weak ? 2 : 1)) return null;
      by = true;
      i = j;
      // "By Martin Hale, Weather Correspondent": a job after a comma is part of the byline.
      continue;
    }
    const lab = LABEL.at(tokens, i);
    if (lab > 0) {
      label = true;
      i += lab;
      continue;
    }
    const next = dateToken(tokens, i, st);
    if (next > i) {
      i = next;
      continue;
    }
    return null;
  }
  const date = strongDate(st) || (label && (st.year || st.month));
  if (!by && !date && !label && !byWordOnly) return null;
  if (!by && !date && (st.num || st.month)) return null;
  return { by, date, label, credit: false, bare: !by && !date && (label || byWordOnly), byWordOnly: byWordOnly && !by && !date, other: false };
}

/**
 * Every word mayOpen() can go on from at the first token, a dateline's place aside: the first
 * words of its phrases and the date words. At another first word it returns false.
 */
const OPENING_WORDS = new Set([
  ...[BY, AUTHOR, CREDIT, LABEL, TAXONOMY, SECTION, AGENCY, AGO].flatMap((p) => [...p.firsts]),
  ...MONTH,
  ...WEEKDAY,
  ...TIME_WORD,
  ...UNIT,
  ...FILLER,
]);
const SCRATCH: DateState = { month: false, weekday: false, num: false, year: false, shaped: false, time: false, ago: false, unit: false };

/**
 * False only when judge() would return null, read from the first tokens: segment() of the first
 * part (up to the first separator) fails at a token before anything whose outcome depends on the
 * rest of the line. Followed step by step: after soft punctuation, a part that opens with a credit,
 * tag, section or agency phrase, or with a dateline's place, is left to segment(); so is one whose
 * next token opens a by-word or author label (names follow) or is a separator (the part may end
 * there). Date labels and date tokens are skipped as segment() skips them; any other sign or word
 * is where segment() returns null. Tokens are read as they are needed, a phrase's as far as its
 * lookup goes.
 */
function mayOpen(r: TokenReader): boolean {
  const head = r.list;
  let a = 0;
  while (r.fill(a + 1).length > a && head[a].kind === 'punct' && SOFT_PUNCT.has(head[a].text)) a++;
  if (a >= head.length) return true;
  if (head[a].kind === 'punct') return SEGMENT_PUNCT.has(head[a].text) || DASHES.has(head[a].text);
  if (CREDIT.at(head, a, r) > 0 || TAXONOMY.at(head, a, r) > 0 || SECTION.at(head, a, r) > 0 || AGENCY.at(head, a, r) > 0) return true;
  // A dateline's place: up to four capitalised words, a comma, a number or a calendar word.
  let j = a;
  while (r.fill(j + 1).length > j && isCapital(head[j]) && j - a < 4) j++;
  if (j > a && j < head.length && head[j].text === ',') {
    const after = r.fill(j + 2)[j + 1];
    if (after !== undefined && (after.kind === 'num' || (after.cls & (C_MONTH | C_WEEKDAY)) !== 0)) return true;
  }
  for (let i = a; ; ) {
    if (r.fill(i + 1).length <= i) return true;
    const t = head[i];
    if (t.kind === 'punct') {
      if (SEGMENT_PUNCT.has(t.text) || DASHES.has(t.text)) return true;
      if (!SOFT_PUNCT.has(t.text)) return false;
      i++;
      continue;
    }
    if (BY.at(head, i, r) > 0 || AUTHOR.at(head, i, r) > 0) return true;
    const lab = LABEL.at(head, i, r);
    if (lab > 0) {
      i += lab;
      continue;
    }
    const next = dateToken(head, i, SCRATCH, r);
    if (next === i) return false;
    i = next;
  }
}

/** Split the line at separators ("|", ";", "•", a spaced dash) and judge every part. */
function judge(plain: string): Verdict | null {
  const reader = new TokenReader(plain);
  if (!mayOpen(reader)) return null;
  const tokens = reader.fill(Infinity);
  if (tokens.length === 0 || tokens.length > 80) return null;
  const cuts: number[] = [0];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct') continue;
    const spaced = DASHES.has(t.text) && (i === 0 || tokens[i - 1].end < t.start) && (i + 1 === tokens.length || tokens[i + 1].start > t.end);
    if (SEGMENT_PUNCT.has(t.text) || spaced) {
      cuts.push(i, i + 1);
    }
  }
  cuts.push(tokens.length);
  const v: Verdict = { by: false, credit: false, date: false, label: false, bare: false, byWordOnly: false, reason: '' };
  let others = 0;
  let parts = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    const a = cuts[k];
    const b = cuts[k + 1];
    if (a >= b) continue;
    const r = segment(tokens, a, b, k === 0);
    if (!r) return null;
    parts++;
    if (r.other) {
      others++;
      continue;
    }
    v.by ||= r.by;
    v.credit ||= r.credit;
    v.date ||= r.date;
    v.label ||= r.label;
    v.byWordOnly ||= r.byWordOnly === true;
  }
  if (!(v.by || v.credit || v.date)) {
    // A lone "By" or "Updated" (possibly with a section name) waits for a byline beside it.
    if (parts - others >= 1 && others === 0) {
      v.bare = true;
      return v;
    }
    return null;
  }
  v.reason = v.credit ? 'credit line' : v.by && v.date ? 'byline with date' : v.by ? 'byline' : v.label ? 'labelled timestamp' : 'date line';
  return v;
}

/** A short capitalised line that can be a name, a job or a desk beside a byline. */
function nameLike(plain: string, maxWords: number): boolean {
  if (plain.length === 0 || plain.length > 60 || endsLikeSentence(plain)) return false;
  const tokens = tokenize(plain);
  let words = 0;
  let capital = 0;
  let role = false;
  for (const t of tokens) {
    if (t.kind === 'punct') {
      if (t.text === ',' || t.text === '&' || t.text === '.' || DASHES.has(t.text)) continue;
      return false;
    }
    if (t.kind === 'num') return false;
    words++;
    if (ROLE.has(t.low)) role = true;
    if (isCapital(t) || INITIAL.test(t.text)) capital++;
    else if (!PARTICLE.has(t.low) && !JOINER.has(t.low)) return false;
  }
  return words > 0 && words <= maxWords && (capital >= 2 || role);
}

/** "Meg Kinnard and Errin Haines, Associated Press", "Steve Peoples, AP National Political Writer". */
function nameWithAffiliation(plain: string, maxWords: number): boolean {
  const comma = plain.lastIndexOf(',');
  if (comma <= 0 || !nameLike(plain.slice(0, comma), maxWords)) return false;
  const tail = tokenize(plain.slice(comma + 1));
  if (tail.length === 0) return false;
  if (AGENCY.at(tail, 0) === tail.length) return true;
  return tail.every((t) => t.kind === 'word' && (isCapital(t) || PARTICLE.has(t.low))) && tail.some((t) => ROLE.has(t.low));
}

const CJK_LABEL = Object.values(CJK_CREDIT_LABELS)
  .flat()
  .sort((a, b) => b.length - a.length)
  .join('|');
/** What a credit's value may hold: no colon, bracket or sentence punctuation ("王小明", "新华网", "山田太郎 佐藤花子"). */
const CJK_VALUE = '[^\\s：:（）()【】\\[\\]。！？!?，,；;][^：:（）()【】\\[\\]。！？!?，,；;]{0,29}?';
/** "责任编辑：王小明", "文：山田太郎 写真：佐藤花子", also in brackets: "（责任编辑：王小明）". */
const CJK_COLON_CREDIT = new RegExp(`^[（(【\\[]?\\s*(?:${CJK_LABEL})\\s*[：:]\\s*${CJK_VALUE}(?:\\s+(?:${CJK_LABEL})\\s*[：:]\\s*${CJK_VALUE})*\\s*[）)】\\]]?$`, 'u');
/** "（记者 王小明 通讯员 李四）": labels and names in brackets, spaced, no colon. */
const CJK_BRACKET_CREDIT = new RegExp(`^[（(【]\\s*(?:${CJK_LABEL})\\s+${CJK_VALUE}(?:\\s+(?:${CJK_LABEL})\\s+${CJK_VALUE})*\\s*[）)】]$`, 'u');
const HAS_CJK_LABEL_START = /^[（(【[]?\s*[\u3040-\u30ff\u4e00-\u9fff]/u;

/**
 * A Chinese or Japanese credit line (editor, reporter, source, photographer): a label from
 * CJK_CREDIT_LABELS, a colon (or, inside brackets, a space) and a short value that is no sentence.
 * Such a line goes only outside the article body: inside it, "记者：您好" opens an interview answer.
 */
function cjkCredit(plain: string): Verdict | null {
  if (plain.length > 80 || !HAS_CJK_LABEL_START.test(plain)) return null;
  if (!CJK_COLON_CREDIT.test(plain) && !CJK_BRACKET_CREDIT.test(plain)) return null;
  return { by: false, credit: false, date: false, label: false, bare: false, byWordOnly: false, edge: true, reason: 'credit line' };
}

/** A line's verdict: a Chinese or Japanese credit line, or what judge() finds. */
function judgeLine(plain: string): Verdict | null {
  return cjkCredit(plain) ?? (mayJudge(plain) ? judge(plain) : null);
}

const noteOf = (u: TextUnit): boolean => authorNote(u.plain);

export const byline: Rule<BylineOptions> = {
  id: 'byline',
  description: 'Removes bylines, datelines and timestamps standing alone on their line ("By Justine Coleman - 11/18/19 11:04 PM EST", "Published 7:07 PM EST Nov 19, 2019", "Von …", "(Reporting by …)") and author notes at the end; bare dates only outside the article body.',
  enabledByDefault: true,
  sparesBodyStructure: true,
  defaults: { maxWords: 40, maxNameWords: 6, maxNoteWords: 45 },
  detect(doc, options, ctx) {
    const span = bodySpan(doc, ctx.claimed);
    const forms = lineForms(doc);
    const verdicts = new Map<number, Verdict>();
    const findings: Finding[] = [];
    const taken = new Set<number>();
    const take = (start: number, end: number, reason: string): void => {
      findings.push({ ruleId: 'byline', start, end, reason });
      for (let n = start; n <= end; n++) taken.add(n);
    };

    // Lines judged alone; a paragraph wrapped over a few lines is judged as a whole.
    // The lines that are a text unit of their own (not part of a wrapped paragraph), marked on the way.
    const single = new Uint8Array(doc.lines.length + 2);
    // A line's verdict is its text's (judgeLine() reads nothing else), kept for the run's later passes.
    const judged = JUDGED.of(doc);
    for (const u of textUnits(doc)) {
      const start = u.start;
      const wrapped = u.end > start;
      if (!wrapped) single[start] = 1;
      if (ctx.claimed.has(start) || u.words > options.maxWords) continue;
      const plain = u.plain;
      if (plain.length === 0 || plain.length > options.maxWords * 16) continue;
      const v = wrapped ? (mayJudge(plain) ? judge(plain) : null) : judged.line(start, plain, judgeLine);
      if (!v) continue;
      if (wrapped) {
        if (v.credit || v.by) take(u.start, u.end, `${v.reason} (wrapped over ${u.end - u.start + 1} lines): "${clip(u.plain, 70)}"`);
      } else verdicts.set(u.start, v);
    }

    const removable = (n: number, v: Verdict): boolean => {
      if (v.bare) return false;
      if (v.edge) return inHeader(span, n) || inFooter(span, n);
      if (v.by || v.credit || v.label) return true;
      // A bare date: outside the body, and never a parenthesised aside.
      const plain = forms.plain(n);
      if (plain.startsWith('(') && plain.endsWith(')')) return false;
      return inHeader(span, n) || inFooter(span, n);
    };
    for (const [n, v] of verdicts) {
      if (removable(n, v)) take(n, n, `${v.reason}: "${clip(doc.line(n).trimmed, 70)}"`);
    }

    // Lines beside a byline or timestamp: a lone "By"/"Updated" or a date anywhere; names, jobs and
    // desks only in the header.
    const grow = (from: Line, step: 1 | -1): void => {
      let n = from.n + step;
      for (let k = 0; k < 4; k++) {
        const near = n;
        while (n >= 1 && n <= doc.lines.length && doc.line(n).blank) n += step;
        // At most two blank lines between: a line further away belongs to something else.
        if (Math.abs(n - near) > 2) return;
        if (n < 1 || n > doc.lines.length || taken.has(n) || ctx.claimed.has(n) || single[n] !== 1) return;
        const plain = forms.plain(n);
        const header = inHeader(span, n) && n !== doc.titleLine;
        const v = verdicts.get(n);
        let why = '';
        if (v && !v.edge && (v.bare || !removable(n, v))) why = v.bare ? 'label beside a byline' : 'date beside a byline';
        else if (JOINER_LINE.test(plain)) why = 'separator beside a byline';
        else if (header && nameWithAffiliation(plain, options.maxNameWords)) why = 'name and affiliation beside a byline';
        else if (header && nameLike(plain, options.maxNameWords)) why = 'name or job line beside a byline';
        if (!why) return;
        take(n, n, `${why}: "${clip(doc.line(n).trimmed, 70)}"`);
        n += step;
      }
    };
    for (const f of [...findings].sort((a, b) => a.start - b.start)) {
      grow(doc.line(f.start), -1);
      grow(doc.line(f.end), 1);
    }
    // A lone "By" followed by name lines, with no date after them.
    for (const [n, v] of verdicts) {
      if (!v.byWordOnly || taken.has(n)) continue;
      let k = n + 1;
      const names: number[] = [];
      while (k <= doc.lines.length && names.length < 4) {
        const l = doc.line(k);
        if (l.blank) {
          k++;
          continue;
        }
        const plain = forms.plain(k);
        if (taken.has(k) || ctx.claimed.has(k) || single[k] !== 1 || !(JOINER_LINE.test(plain) || nameLike(plain, options.maxNameWords))) break;
        names.push(k);
        k++;
      }
      if (names.some((m) => !JOINER_LINE.test(forms.plain(m)))) {
        take(n, n, `by-word on its own line: "${clip(doc.line(n).trimmed, 40)}"`);
        for (const m of names) take(m, m, `name after a lone by-word: "${clip(doc.line(m).trimmed, 60)}"`);
        const last = doc.line(names[names.length - 1]);
        grow(last, 1);
      }
    }
    // Header lines that name a person with an agency or job need no neighbour.
    const headerEnd = span === null ? 0 : span.start - 1;
    for (let n = 1; n <= headerEnd; n++) {
      const line = doc.line(n);
      if (line.blank || taken.has(line.n) || ctx.claimed.has(line.n) || single[line.n] !== 1 || !inHeader(span, line.n) || line.n === doc.titleLine) continue;
      if (line.wordCount <= options.maxNameWords + 4 && nameWithAffiliation(forms.plain(line.n), options.maxNameWords)) {
        take(line.n, line.n, `name with an agency or job title in the header: "${clip(line.trimmed, 70)}"`);
      }
    }
    // An author note in the second half of the text: "Jane Doe is a freelance writer living in Minneapolis."
    const half = middleLine(doc);
    // Whether a line is an author note is its text's alone, kept for the run's later passes.
    const notes = NOTES.of(doc);
    for (const u of textUnits(doc)) {
      if (u.start < half || u.words > options.maxNoteWords || u.words < 4 || ctx.claimed.has(u.start) || taken.has(u.start)) continue;
      if (notes.unit(u, noteOf)) take(u.start, u.end, `author note: "${clip(u.plain, 70)}"`);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** Per run (see LineStore), by input line: what mayJudge() and judge() make of a line alone, null for nothing. */
const JUDGED = new LineStore<Verdict | null>();
/** Per run, by input line: whether a line alone is an author note. */
const NOTES = new LineStore<boolean>();

/** The middle non-blank line (the one at half the count of non-blank lines), or 0 when all are blank. */
function middleLine(doc: Doc): number {
  let count = 0;
  for (const l of doc.lines) if (!l.blank) count++;
  let k = Math.floor(count / 2);
  for (const l of doc.lines) if (!l.blank && k-- === 0) return l.n;
  return 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * How the second token of s starts, read without the tokenizer when s opens with an ASCII word:
 * 'capital' (an ASCII capital letter), 'other' (another ASCII character, or no second token: it
 * is then no capitalised word), or 'unknown' (something beyond ASCII on the way). The first word
 * is a TOKEN word: letters, joined by an apostrophe, dot or hyphen before more letters, and maybe a
 * final dot; then only white space stands before the next token.
 */
function secondTokenStart(s: string): 'capital' | 'other' | 'unknown' {
  const n = s.length;
  let j = 0;
  while (j < n && isAsciiLetter(s.charCodeAt(j))) j++;
  if (j === 0) return 'unknown';
  for (;;) {
    if (j < n && s.charCodeAt(j) >= 0x80) return 'unknown';
    const joint = s.charCodeAt(j);
    if (j + 1 < n && (joint === 0x27 || joint === 0x2e || joint === 0x2d)) {
      const after = s.charCodeAt(j + 1);
      if (after >= 0x80) return 'unknown';
      if (isAsciiLetter(after)) {
        j += 2;
        while (j < n && isAsciiLetter(s.charCodeAt(j))) j++;
        continue;
      }
    }
    break;
  }
  if (j < n && s.charCodeAt(j) === 0x2e) j++;
  while (j < n && (s.charCodeAt(j) === 0x20 || (s.charCodeAt(j) >= 0x09 && s.charCodeAt(j) <= 0x0d))) j++;
  if (j === n) return 'other';
  const d = s.charCodeAt(j);
  if (d >= 0x80) return 'unknown';
  return d >= 0x41 && d <= 0x5a ? 'capital' : 'other';
}

/** "Jane Doe (jane@example.com) is the editor of …": a name, a verb and a job within a few words, at most three sentences. */
function authorNote(plain: string): boolean {
  // Only the first eleven tokens are read: at most four name words, the verb, six words after it.
  // A first character that is ASCII but no capital letter (nor a parenthesis, which goes) is the
  // first token, and no name word.
  const c = plain.charCodeAt(0);
  if (c < 0x80 && (c < 0x41 || c > 0x5a) && c !== 0x28) return false;
  const paren = plain.includes('(');
  if (!paren && secondTokenStart(plain) === 'other') return false;
  const reader = new TokenReader(paren ? plain.replace(PARENTHESIS, ' ') : plain);
  const tokens = reader.fill(2);
  // Two name words at least: "He is a reporter …" is a sentence about someone.
  if (tokens.length < 2 || !isCapital(tokens[0]) || !isCapital(tokens[1])) return false;
  let i = 2;
  while (i < 4 && reader.fill(i + 1).length > i && isCapital(tokens[i])) i++;
  if (reader.fill(i + 1).length <= i || (tokens[i].cls & C_NOTE_VERB) === 0) return false;
  if (NOTE_QUOTE.test(plain) || (plain.match(SENTENCE_STOP) ?? []).length > 3) return false;
  reader.fill(i + 7);
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) if ((tokens[k].cls & C_ROLE) !== 0) return true;
  return false;
}
