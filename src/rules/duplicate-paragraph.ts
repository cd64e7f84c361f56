/**
 * Duplicate paragraphs: a teaser, dek or lede that repeats body text, printed again above the
 * article. Example: "The countries are also working closely in the ceasefire efforts in Syria
 * although they back opposite sides." as the second line, and again in the body. A paragraph goes
 * only when (nearly) all of its words are in paragraphs that come after it and stay; so the body
 * copy always stays, and the text is never lost.
 */
import { onlyBlankBetween } from '../document.js';
import type { Doc, Finding, Rule } from '../types.js';
import { clip, isProse, nfkc, wordCount, wordEnd, words, wordStartFrom } from '../text.js';

export interface DuplicateParagraphOptions {
  /** A paragraph needs at least this many words to count as a duplicate. */
  minWords: number;
  /** Share of its words that later paragraphs must contain (0..1). */
  minCoverage: number;
  /** Words per shingle when matching text. */
  shingle: number;
}

interface Unit {
  start: number;
  end: number;
  /** The lines of a wrapped paragraph; null for a single line (start). */
  lines: number[] | null;
  text: string;
  /** The word counts of its lines, summed: its number of words when the text is ASCII. */
  lineWords: number;
  /** Its number of normalised words, -1 until asked. */
  count: number;
  /** Its normalised text (what tokens() reads), computed on first use. */
  norm: string | null;
  /** Its normalised words, computed on first use (most documents need those of a few units only). */
  tokens: string[] | null;
}

type Coverage = { share: number; sources: number[] } | null;

export const duplicateParagraph: Rule<DuplicateParagraphOptions> = {
  id: 'duplicate-paragraph',
  description: 'Removes a paragraph whose words (nearly) all appear again in later paragraphs: teasers, deks and ledes stitched from body sentences.',
  enabledByDefault: true,
  defaults: { minWords: 8, minCoverage: 0.9, shingle: 3 },
  detect(doc, options, ctx) {
    const units = paragraphUnits(doc, ctx.claimed);
    // The header region runs until the first prose paragraph that is not repeated later: only
    // there does a copy go (a question asked twice in an interview body is not a teaser).
    const eligible = (u: Unit): boolean => countOf(u) >= options.minWords && (u.lines === null ? u.start !== doc.titleLine : !u.lines.includes(doc.titleLine));
    // The title never ends the header region, even when it reads as a sentence (a question).
    const ends = (u: Unit): boolean => u.start !== doc.titleLine && isProse(u.text, countOf(u));
    if (!mayFind(units, options, eligible, ends)) return [];
    const coverage = laterCoverage(units, options);
    const findings: Finding[] = [];
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      const c = coverage[i];
      const removable = c !== null && eligible(u) && !leadIn(doc, u, c.sources, units);
      if (!removable) {
        if (ends(u)) break;
        continue;
      }
      const where = c.sources.map((s) => units[s].start);
      findings.push({
        ruleId: 'duplicate-paragraph',
        start: u.start,
        end: u.end,
        reason: `${Math.round(c.share * 100)}% of its words are repeated later (line${where.length > 1 ? 's' : ''} ${where.join(', ')}): "${clip(u.text, 70)}"`,
      });
    }
    // Teasers are a few paragraphs; a longer run of them is a text printed twice (a section
    // included again further down), and which copy is the article's is not for this rule to say.
    return findings.length > MAX_TEASERS ? [] : findings;
  },
};

/** Most paragraphs of a header region that can be teasers; more are a text printed twice. */
const MAX_TEASERS = 6;

/**
 * A heading or lead-in over the paragraph that expands it ("Fox News Flash top entertainment
 * headlines for Nov. 19" over "Fox News Flash top entertainment and celebrity headlines for Nov.
 * 19 are here."): its words are all in the very next paragraph, with nothing but blank lines
 * between them, but it is not that paragraph's opening word for word (a description printed
 * above its lede). A teaser repeats text from further down.
 */
function leadIn(doc: Doc, u: Unit, sources: readonly number[], units: readonly Unit[]): boolean {
  if (sources.length !== 1) return false;
  const next = units[sources[0]];
  if (!onlyBlankBetween(doc, u.end, next.start)) return false;
  // The very words the next paragraph opens with are its description printed above it: a copy.
  const a = tokensOf(u);
  const b = tokensOf(next);
  return !a.every((w, i) => b[i] === w);
}

/**
 * False when detect() can find nothing, told cheaply. Its loop visits units until the first prose
 * unit that is not removable; a unit is removable only when eligible (enough words, not the
 * title) and covered. A unit's coverage counts the shingles of later units that are not covered
 * themselves, so the coverage against the shingles of all later units bounds it from above. The
 * eligible units up to the first eligible prose one are checked against that bound: when none
 * reaches minCoverage even so, none is removable, and the loop ends at that prose unit (or at an
 * earlier prose unit that is not eligible). This needs the words of the units up to there; most
 * often a cheaper bound settles it (see absentWordsDecide), else the words of every later unit,
 * looked up only where they could make a shingle of a checked unit.
 */
function mayFind(units: Unit[], options: DuplicateParagraphOptions, eligible: (u: Unit) => boolean, ends: (u: Unit) => boolean): boolean {
  const k = options.shingle;
  if (!wholeShingle(k)) return true;
  const visited: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (eligible(u)) visited.push(i);
    if (ends(u)) break;
  }
  if (visited.length === 0) return false;
  const later = laterText(units, visited[0] + 1);
  if (absentWordsDecide(units, visited, options, ends, later)) return false;
  // Shingles of the visited units, each with the last unit that holds it.
  const lastHolder = new Map<string, number>();
  const words = new Set<string>();
  for (const i of visited) {
    const t = tokensOf(units[i]);
    forEachShingle(t, k, (g) => lastHolder.set(g, -1));
    for (const w of t) words.add(w);
  }
  markLater(later, visited[0] + 1, k, words, lastHolder);
  for (const i of visited) {
    const u = units[i];
    const t = tokensOf(u);
    let covered = 0;
    let frontier = 0;
    forEachShingle(t, k, (g, p) => {
      if (lastHolder.get(g)! <= i) return;
      const end = Math.min(p + k, t.length);
      covered += end - Math.max(p, frontier);
      frontier = end;
    });
    if (covered / t.length >= options.minCoverage) return true;
    if (ends(u)) return false;
  }
  return false;
}

/**
 * True when the coverage bound fails for the checked units on words alone, so mayFind is false:
 * a word that is not even a substring of the later units' normalised text is in no later unit,
 * so no shingle holding it is in one. A place is covered only by a shingle of present words, so
 * only places inside a run of at least k present words (all the words, when fewer than k) can be
 * covered. When too many places are outside such runs, the unit cannot reach minCoverage. One
 * substring search per distinct word, instead of the words of every later unit; this settles most
 * documents.
 */
function absentWordsDecide(units: Unit[], visited: number[], options: DuplicateParagraphOptions, ends: (u: Unit) => boolean, later: string): boolean {
  const k = options.shingle;
  const present = new Map<string, boolean>();
  for (const i of visited) {
    const u = units[i];
    // Words read as far as the loop goes: most units are settled within their first words.
    const read = new WordReader(u);
    const n = countOf(u);
    // A run shorter than this covers none of its places.
    const least = Math.min(k, n);
    // Searched until too many places are left uncovered (an absent word costs a search through all of it).
    let uncovered = 0;
    let run = 0;
    for (let p = 0; p <= n && (n - uncovered) / n >= options.minCoverage; p++) {
      let found = false;
      if (p < n) {
        const w = read.next();
        const known = present.get(w);
        if (known === undefined) present.set(w, (found = later.includes(w)));
        else found = known;
      }
      if (found) run++;
      else {
        if (run < least) uncovered += run;
        if (p < n) uncovered++;
        run = 0;
      }
    }
    if ((n - uncovered) / n >= options.minCoverage) return false;
    if (ends(u)) return true;
  }
  return true;
}

/** A unit's normalised words one by one, read off its normalised text as far as they are asked for. */
class WordReader {
  private readonly text: string;
  private pos = 0;
  constructor(u: Unit) {
    this.text = normOf(u);
  }
  /** The next word (called at most as many times as there are words). */
  next(): string {
    const start = wordStartFrom(this.text, this.pos);
    this.pos = wordEnd(this.text, start);
    return this.text.slice(start, this.pos);
  }
}

/**
 * The text tokens() reads, for every unit from the first on: the units' normalised texts joined
 * by line breaks. Normalising the joined text is the same as joining the normalised texts: a line
 * break neither composes under NFKC nor is cased or case-ignorable (the context of a final sigma),
 * so it ends every context either step looks at.
 */
function laterText(units: Unit[], first: number): string {
  const parts: string[] = [];
  for (let j = first; j < units.length; j++) parts.push(units[j].text);
  const later = nfkc(parts.join('\n')).toLowerCase();
  return later.includes('’') ? later.replace(/’/g, "'") : later;
}

/**
 * Marks in lastHolder the shingles of visited units that later units hold, reading the later
 * units' words off their normalised text (laterText, unit `first` first; a line break ends a
 * unit) instead of each unit's tokens. A shingle of a visited unit is made of words of visited
 * units: only runs of such words are joined and looked up, and a word's string is made only when
 * its hash is that of a visited word.
 */
function markLater(later: string, first: number, k: number, words: Set<string>, lastHolder: Map<string, number>): void {
  const hashes = new Set<number>();
  for (const w of words) hashes.add(hashOf(w, 0, w.length));
  const ring: string[] = new Array<string>(k);
  const n = later.length;
  let j = first;
  let run = 0;
  let count = 0;
  // The next line break: where the unit ends.
  let next = later.indexOf('\n');
  for (let i = 0; ; ) {
    const found = wordStartFrom(later, i);
    const start = found < 0 ? n : found;
    const end = found < 0 ? -1 : wordEnd(later, found);
    // The units ended between the last word and this one.
    for (; next >= 0 && next < start; next = later.indexOf('\n', next + 1)) {
      // A unit of fewer than k words holds one shingle: all of its words.
      if (count > 0 && count < k && run === count) mark(lastHolder, joinRing(ring, count, count, k), j);
      j++;
      run = 0;
      count = 0;
    }
    if (end < 0) break;
    const h = hashOf(later, start, end);
    const w = hashes.has(h) ? later.slice(start, end) : '';
    if (w !== '' && words.has(w)) {
      ring[count % k] = w;
      run++;
    } else run = 0;
    count++;
    if (run >= k) mark(lastHolder, joinRing(ring, count, k, k), j);
    i = end;
  }
  if (count > 0 && count < k && run === count) mark(lastHolder, joinRing(ring, count, count, k), j);
}

/** The last `size` words put in the ring (the word numbered p at p % k), joined by spaces. */
function joinRing(ring: string[], count: number, size: number, k: number): string {
  let g = ring[(count - size) % k];
  for (let p = count - size + 1; p < count; p++) g += ` ${ring[p % k]}`;
  return g;
}

function hashOf(s: string, a: number, b: number): number {
  let h = 0;
  for (let i = a; i < b; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

function mark(lastHolder: Map<string, number>, g: string, j: number): void {
  if (lastHolder.has(g)) lastHolder.set(g, j);
}

/**
 * For each unit, from the last backwards: the share of its words found in later units that are not
 * themselves covered (so removing every covered unit keeps the text), or null below minCoverage.
 */
function laterCoverage(units: Unit[], options: DuplicateParagraphOptions): Coverage[] {
  const k = options.shingle;
  const later = new Map<string, number>(); // shingle -> the earliest later uncovered unit holding it
  const result: Coverage[] = new Array(units.length).fill(null);
  for (let i = units.length - 1; i >= 0; i--) {
    const t = tokensOf(units[i]);
    const grams = shingles(t, k);
    if (t.length >= options.minWords) {
      const covered = new Array<boolean>(t.length).fill(false);
      const sources = new Set<number>();
      grams.forEach((g, j) => {
        const src = later.get(g);
        if (src === undefined) return;
        sources.add(src);
        for (let w = j; w < Math.min(j + k, t.length); w++) covered[w] = true;
      });
      const share = covered.filter(Boolean).length / t.length;
      if (share >= options.minCoverage) {
        result[i] = { share, sources: [...sources].sort((a, b) => a - b) };
        continue;
      }
    }
    for (const g of grams) later.set(g, i);
  }
  return result;
}

/**
 * The units compared: one per paragraph wrapped over several lines, otherwise one per line (one
 * paragraph per line, or a single line). Lines claimed by earlier rules are left out.
 */
function paragraphUnits(doc: Doc, claimed: ReadonlySet<number>): Unit[] {
  const units: Unit[] = [];
  for (const block of doc.blocks) {
    if (!block.wrapped) {
      for (let n = block.start; n <= block.end; n++) {
        if (!claimed.has(n)) {
          const line = doc.line(n);
          units.push({ start: n, end: n, lines: null, text: line.trimmed, lineWords: line.wordCount, count: -1, norm: null, tokens: null });
        }
      }
      continue;
    }
    const lines = [];
    for (let n = block.start; n <= block.end; n++) if (!claimed.has(n)) lines.push(doc.line(n));
    if (lines.length === 0) continue;
    let lineWords = 0;
    for (const l of lines) lineWords += l.wordCount;
    units.push({ start: lines[0].n, end: lines[lines.length - 1].n, lines: lines.map((l) => l.n), text: lines.map((l) => l.trimmed).join(' '), lineWords, count: -1, norm: null, tokens: null });
  }
  return units;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The number of a unit's normalised words (wordCount() of its normalised text, as many as words()
 * gives), without normalising when its text is ASCII: NFKC leaves ASCII as it is and lower case
 * keeps letters letters, so the words are those of the text; a line's wordCount is that of its
 * trimmed text, and a space joining two lines joins no words.
 */
function countOf(u: Unit): number {
  if (u.count >= 0) return u.count;
  if (u.tokens !== null) return (u.count = u.tokens.length);
  if (!NON_ASCII.test(u.text)) return (u.count = u.lineWords);
  return (u.count = wordCount(normOf(u)));
}

function tokensOf(u: Unit): string[] {
  return (u.tokens ??= words(normOf(u)));
}

/** The text tokens are read from: NFKC, lower case, ’ made an apostrophe. */
function normOf(u: Unit): string {
  if (u.norm === null) {
    const t = nfkc(u.text).toLowerCase();
    u.norm = t.includes('’') ? t.replace(/’/g, "'") : t;
  }
  return u.norm;
}


/** The shingle of k words starting at word p. */
function shingleAt(t: string[], p: number, k: number): string {
  let g = t[p];
  for (let w = p + 1; w < p + k; w++) g += ` ${t[w]}`;
  return g;
}

function forEachShingle(t: string[], k: number, f: (g: string, p: number) => void): void {
  if (t.length < k) {
    if (t.length > 0) f(t.join(' '), 0);
    return;
  }
  for (let p = 0; p + k <= t.length; p++) f(shingleAt(t, p, k), p);
}

/** A shingle size of whole words: what the fast paths assume (a configured 2.5 or 0 takes the plain one). */
function wholeShingle(k: number): boolean {
  return Number.isInteger(k) && k >= 1;
}

function shingles(t: string[], k: number): string[] {
  if (!wholeShingle(k)) {
    if (t.length < k) return t.length > 0 ? [t.join(' ')] : [];
    const out: string[] = [];
    for (let i = 0; i + k <= t.length; i++) out.push(t.slice(i, i + k).join(' '));
    return out;
  }
  const out: string[] = [];
  forEachShingle(t, k, (g) => out.push(g));
  return out;
}
