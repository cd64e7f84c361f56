/** Shared text helpers: normalisation and cheap shape features of a line. */

// A word token is what the pattern WORD in test/text-scan.test.ts matches: one letter or digit of
// a script written without spaces between words (Han, Hiragana, Katakana: IDEOGRAPHIC), or a run
// of other letters and digits (\p{L}, \p{N}) joined by single apostrophes or hyphens. words() and
// wordCount() give its matches and their number without running it. Counting a Chinese or
// Japanese character as a word makes a line's word count track its length as it does for
// spaced scripts (a sentence of 30 characters is not "one word"), so the rules' thresholds (a
// title of at least 3 words, a paragraph of at least 8, prose of 20) mean about the same there.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const IDEOGRAPHIC = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
/** For each BMP code point: 0 not yet known, 1 a letter or digit, 2 neither, 3 an IDEOGRAPHIC letter or digit. */
const BMP_WORD = new Uint8Array(0x10000);

/** 1 a letter or digit, 2 neither, 3 an IDEOGRAPHIC letter or digit (a word on its own). */
function classOf(ch: string): number {
  if (!LETTER_OR_DIGIT.test(ch)) return 2;
  return IDEOGRAPHIC.test(ch) ? 3 : 1;
}

/** As classOf, for a code point. */
function wordCode(c: number): number {
  if (c > 0xffff) return classOf(String.fromCodePoint(c));
  let k = BMP_WORD[c];
  if (k === 0) k = BMP_WORD[c] = classOf(String.fromCharCode(c));
  return k;
}

/**
 * Word tokens: single IDEOGRAPHIC letters and digits, and runs of other letters or digits (\p{L},
 * \p{N}) joined by single apostrophes or hyphens that stand between two (the WORD pattern). ASCII text is matched by the same pattern without
 * Unicode classes (its letters are A-Z and a-z, its digits 0-9), other text in one loop over the
 * character codes, each BMP character classed once: both about three times faster than WORD.
 */
export function words(text: string): string[] {
  if (!NON_ASCII.test(text)) return text.match(ASCII_WORD) ?? [];
  const out: string[] = [];
  for (let i = wordStartFrom(text, 0); i >= 0; ) {
    const end = wordEnd(text, i);
    out.push(text.slice(i, end));
    i = wordStartFrom(text, end);
  }
  return out;
}

/**
 * Where the first word token (see words()) at or after `from` starts, or -1 when there is none:
 * with wordEnd(), a text's words one at a time, without the array words() makes.
 */
export function wordStartFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (wordCharAt(text, i) > 0) return i;
  return -1;
}

/** Where the word token starting at `start` (a letter or digit, as wordStartFrom() finds) ends. */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let w = wordCharAt(text, start);
  if (w & IDEO) return start + (w & WIDTH);
  let i = start;
  for (;;) {
    while (w > 0 && !(w & IDEO)) {
      i += w;
      w = i < n ? wordCharAt(text, i) : 0;
    }
    // A single apostrophe, ’ or hyphen between two runs joins them.
    const sep = i + 1 < n ? text.charCodeAt(i) : 0;
    if (sep !== 39 && sep !== 45 && sep !== 0x2019) return i;
    w = wordCharAt(text, i + 1);
    if (w === 0 || w & IDEO) return i;
    i++;
  }
}

const ASCII_WORD = /[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*/g;

/** wordCharAt's width bits (the letter's length in code units) and its IDEOGRAPHIC flag. */
const WIDTH = 3;
const IDEO = 4;

/**
 * 0 when no letter or digit starts at i; else its width in code units (1, or 2 for a surrogate
 * pair), with IDEO added for an IDEOGRAPHIC one.
 */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c < 0xd800 || c > 0xdbff) {
    const k = wordCode(c);
    return k === 1 ? 1 : k === 3 ? 1 | IDEO : 0;
  }
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  const k = wordCode(text.codePointAt(i) as number);
  return k === 1 ? 2 : k === 3 ? 2 | IDEO : 0;
}

/**
 * Number of word tokens, as many as words(s) returns, counted in one scan without a regex: the
 * IDEOGRAPHIC letters, and the runs of other letters and digits less the joins (one apostrophe or
 * hyphen between two runs, which WORD takes into one token).
 */
export function wordCount(s: string): number {
  let n = 0;
  let inRun = false;
  // The position just after a run, when the character there is a joiner (then a run starting
  // right after it continues the same token).
  let joinAt = -1;
  for (let i = 0; i < s.length; ) {
    let c = s.charCodeAt(i);
    let width = 1;
    let kind: number; // 1 a letter or digit, 2 neither, 3 IDEOGRAPHIC
    if (c < 0x80) kind = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 2;
    else {
      if (c >= 0xd800 && c <= 0xdbff) {
        c = s.codePointAt(i) as number;
        if (c > 0xffff) width = 2;
      }
      kind = wordCode(c);
    }
    if (kind === 1) {
      if (!inRun) {
        if (joinAt !== i - 1 || joinAt < 0) n++;
        inRun = true;
      }
    } else if (kind === 3) {
      n++;
      inRun = false;
      joinAt = -1;
    } else {
      joinAt = inRun && (c === 0x27 || c === 0x2019 || c === 0x2d) ? i : -1;
      inRun = false;
    }
    i += width;
  }
  return n;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** NFKC, skipped for ASCII text (which it leaves as it is): most lines are ASCII, and it is costly. */
export function nfkc(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFKC') : s;
}

/** Key for comparing lines: NFKC, lower case, punctuation and symbols dropped, spaces folded. */
export function normalizeKey(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(ASCII_NOT_KEPT, ' ').trim();
  // The runs of characters that are neither punctuation, symbol nor white space, joined by single
  // spaces: one pass instead of two Unicode regex replaces (the costly part).
  const t = s.normalize('NFKC').toLowerCase();
  let out = '';
  let run = -1;
  for (let i = 0; i <= t.length; i++) {
    let sep = true;
    let width = 1;
    if (i < t.length) {
      const c = t.charCodeAt(i);
      if (c < 0x80) sep = ASCII_SEPARATOR[c] === 1;
      else {
        const cp = t.codePointAt(i) as number;
        width = cp > 0xffff ? 2 : 1;
        sep = separator(cp);
      }
    }
    if (!sep) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      out = out === '' ? t.slice(run, i) : `${out} ${t.slice(run, i)}`;
      run = -1;
    }
    i += width - 1;
  }
  return out;
}

/** 1 for ASCII punctuation, symbols and white space: the characters normalizeKey folds to spaces. */
const ASCII_SEPARATOR = Uint8Array.from({ length: 128 }, (_, c) => (/[\p{P}\p{S}\s]/u.test(String.fromCharCode(c)) ? 1 : 0));
const SEPARATOR = /^[\p{P}\p{S}\s]$/u;
/** For the BMP, once known: 1 a separator, 2 not. */
const bmpSeparator = new Uint8Array(0x10000);

function separator(cp: number): boolean {
  if (cp > 0xffff) return SEPARATOR.test(String.fromCodePoint(cp));
  if (bmpSeparator[cp] === 0) bmpSeparator[cp] = SEPARATOR.test(String.fromCharCode(cp)) ? 1 : 2;
  return bmpSeparator[cp] === 1;
}

/**
 * In ASCII, after lower-casing: the punctuation, symbols and white space that normalizeKey turns
 * into single spaces (everything but letters, digits and the control characters, which are
 * neither), so one replace does the work of the two Unicode ones.
 */
const ASCII_NOT_KEPT = /[^a-z0-9\x00-\x08\x0e-\x1f\x7f]+/g;

const EDGE_SPACE = /[\s\u200b\ufeff]/u;

/**
 * Trim including no-break and other Unicode spaces. A loop, not /\s+$/: that regex retries the
 * run from each of its spaces and takes quadratic time on a long run of spaces inside a line.
 */
export function trimAll(s: string): string {
  // Most lines start and end with a printable ASCII character, which is no space.
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return s;
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_SPACE.test(s[a])) a++;
  while (b > a && EDGE_SPACE.test(s[b - 1])) b--;
  return s.slice(a, b);
}

const SENTENCE_END = /[.!?…。！？؟][\p{Pf}\p{Pe}"'»”’)\]]*$/u;

const CLOSER = /[\p{Pf}\p{Pe}"'»”’)\]]/u;
/** For each BMP code point: 0 not yet known, 1 a closing quote or bracket (CLOSER), 2 not. */
const BMP_CLOSER = new Uint8Array(0x10000);
const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟']);

/**
 * True when the trimmed line ends like a sentence (., !, ?, … possibly before closing quotes):
 * SENTENCE_END, tested from the end of the line instead of from every position.
 */
export function endsLikeSentence(trimmed: string): boolean {
  let i = trimmed.length - 1;
  for (; i >= 0; i--) {
    const c = trimmed.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return SENTENCE_END.test(trimmed); // astral: leave it to the regex
    let k = BMP_CLOSER[c];
    if (k === 0) k = BMP_CLOSER[c] = CLOSER.test(trimmed[i]) ? 1 : 2;
    if (k === 2) break;
  }
  // No character is both a terminator and a closer, so the terminator must sit just before the closers.
  return i >= 0 && TERMINATORS.has(trimmed[i]);
}

/** A line that reads as article prose: a sentence of several words, or a long line. */
export function isProse(trimmed: string, count: number): boolean {
  return count >= 20 || (count >= 8 && endsLikeSentence(trimmed));
}

/** Shorten evidence for a reason string. */
export function clip(s: string, max = 80): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

// (?<!\s): a match starts where a run of spaces starts, not again from each space inside it
// (which would take quadratic time on a long run).
const TITLE_SUFFIX = /(?<!\s)\s+[|\-–—·•:]\s+[^|\-–—·•:]{2,60}$/u;

/**
 * The normalised keys a title line may be known by: itself, itself without a " | Site" suffix, and
 * the first segment of a title of several segments ("Classificação NASCAR | Autoracing | F1").
 */
export function titleKeys(trimmed: string, minWords: number): string[] {
  const keys = [normalizeKey(trimmed)];
  // A key's words are its space-separated runs, and each IDEOGRAPHIC character of them.
  const enough = (key: string, least = minWords): boolean => key.split(' ').length >= least || (NON_ASCII.test(key) && wordCount(key) >= least);
  const m = TITLE_SUFFIX.exec(trimmed);
  if (m && m.index > 0) {
    const bare = normalizeKey(trimmed.slice(0, m.index));
    if (enough(bare)) keys.push(bare);
    // A title of several " | " segments ("Classificação NASCAR | Autoracing | F1 | Indy") is the
    // headline and the site's sections: the first segment alone is a key too.
    // Being the first of several segments is evidence enough for a headline of two words.
    const first = FIRST_SEGMENT.exec(trimmed.slice(0, m.index));
    if (first !== null) {
      const head = normalizeKey(first[1]);
      if (head !== bare && enough(head, 2)) keys.push(head);
    }
  }
  return keys;
}

/** The text before the first separator standing between spaces ("|", "–", "—", "·", "•"). */
const FIRST_SEGMENT = /^(.+?)\s[|–—·•]\s/u;

/** What starts a list item: a bullet or dash, a number with "." or ")", or a bare count ("3 Myst"). */
const LIST_MARKER = /^(?:([-–•*·▪◦‣])|\d{1,3}([.)])?)\s/u;

/**
 * How a trimmed line starts as a list item: 'bullet' ("- …", "• …"), 'number' ("3. …", "3) …"),
 * 'count' (a bare number of up to three digits and a space, as in a ranking: "47 Myst"), or null.
 */
export function listMarker(trimmed: string): 'bullet' | 'number' | 'count' | null {
  const m = LIST_MARKER.exec(trimmed);
  if (m === null) return null;
  return m[1] !== undefined ? 'bullet' : m[2] !== undefined ? 'number' : 'count';
}
