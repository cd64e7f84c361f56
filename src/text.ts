/** Shared text helpers: normalisation and cheap shape features of a line. */

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const PUNCT_OR_SYMBOL = /[\p{P}\p{S}]+/gu;
const SPACE = /\s+/gu;

/** Word tokens: runs of letters or digits, keeping inner apostrophes and hyphens. */
export function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** Number of word tokens. */
export function wordCount(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s) !== null) n++;
  return n;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** NFKC, skipped for ASCII text (which it leaves as it is): most lines are ASCII, and it is costly. */
export function nfkc(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFKC') : s;
}

/** Key for comparing lines: NFKC, lower case, punctuation and symbols dropped, spaces folded. */
export function normalizeKey(s: string): string {
  return nfkc(s).toLowerCase().replace(PUNCT_OR_SYMBOL, ' ').replace(SPACE, ' ').trim();
}

const EDGE_SPACE = /[\s\u200b\ufeff]/u;

/**
 * Trim including no-break and other Unicode spaces. A loop, not /\s+$/: that regex retries the
 * run from each of its spaces and takes quadratic time on a long run of spaces inside a line.
 */
export function trimAll(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_SPACE.test(s[a])) a++;
  while (b > a && EDGE_SPACE.test(s[b - 1])) b--;
  return s.slice(a, b);
}

const SENTENCE_END = /[.!?…。！？؟][\p{Pf}\p{Pe}"'»”’)\]]*$/u;

/** True when the trimmed line ends like a sentence (., !, ?, … possibly before closing quotes). */
export function endsLikeSentence(trimmed: string): boolean {
  return SENTENCE_END.test(trimmed);
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

/** The normalised keys a title line may be known by: itself, and itself without a " | Site" suffix. */
export function titleKeys(trimmed: string, minWords: number): string[] {
  const keys = [normalizeKey(trimmed)];
  const m = TITLE_SUFFIX.exec(trimmed);
  if (m && m.index > 0) {
    const bare = normalizeKey(trimmed.slice(0, m.index));
    if (bare.split(' ').length >= minWords) keys.push(bare);
  }
  return keys;
}
