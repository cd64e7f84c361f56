/**
 * Foreign-language header and footer text: a site's interface printed around an article in the
 * site's own language. Example: "Ne Düşünüyorsun?" and "Site Yöneticisi - Editör" under an
 * English article. Only lines before the body starts or after it ends are candidates, never
 * prose; they are judged together as a block with a clear score margin, so a lone short line
 * never goes on language alone. The language identifier is loaded only when a cheap gate (letters
 * or function words the body never uses) finds a candidate block.
 */
import { identifyLanguage, type LanguageGuess } from '../langid.js';
import type { Doc, Finding, Line, Rule } from '../types.js';
import { clip, isProse } from '../text.js';
import { words } from '../text.js';
import { ANY_FUNCTION_WORD, FUNCTION_WORDS } from './foreign-language.words.js';

export interface ForeignLanguageOptions {
  /** Least margin between the foreign language's score and the article language's score. */
  minMargin: number;
  /** A block of one line needs at least this many words; a block of several lines, minBlockWords. */
  minSingleLineWords: number;
  /** Least number of words in a block of several lines. */
  minBlockWords: number;
  /** Characters of body text used to identify the article's language. */
  sampleChars: number;
  /** Only these languages (ISO 639-1 codes, e.g. "tr") count as foreign; empty: any but the article's. */
  foreignLanguages: string[];
}

export const foreignLanguage: Rule<ForeignLanguageOptions> = {
  id: 'foreign-language',
  description: 'Removes header or footer lines in a language other than the article\'s, judged as a block with a clear score margin, never inside the body.',
  enabledByDefault: true,
  defaults: { minMargin: 0.1, minSingleLineWords: 6, minBlockWords: 3, sampleChars: 2000, foreignLanguages: [] },
  detect(doc, options, ctx) {
    if (doc.body === null) return [];
    // Head lines in reading order from the title; tail lines from the last line backwards.
    // The tail is read from the last line back into the body: a footer can hold sentences of its
    // own (a cookie notice), which end the body as the document model sees it; the walk below stops
    // at the first line in the article's language.
    const end = doc.articleEnd;
    const regions = [edgeLines(doc, doc.titleLine + 1, doc.body.start - 1, false), edgeLines(doc, end + 1, doc.lines.length, true).reverse()].filter(
      (r) => r.length > 0,
    );
    if (regions.length === 0) return [];
    const vocab = new BodyVocabulary(doc, end);
    if (!regions.some((r) => passesGate(r, vocab))) return [];

    const sample = bodySample(doc, end, options.sampleChars);
    // The identifier is pure: a text asked about twice (a one-line block is judged as a line, then
    // as the block) is identified once.
    const guesses = new Map<string, LanguageGuess>();
    const identify = (text: string): LanguageGuess => {
      let g = guesses.get(text);
      if (g === undefined) guesses.set(text, (g = identifyLanguage(text)));
      return g;
    };
    const article = identify(sample);
    if (!article.reliable || article.language === '') return [];

    const findings: Finding[] = [];
    for (const region of regions) {
      // Walk inward from the document's edge; the block is the run of foreign-leaning lines there.
      // One-word lines carry too little for a detector: they are passed over unless they use
      // letters the body never uses. Lines an earlier rule claimed (a widget's labels) stay with
      // that rule, but when they lean the same way they count as evidence for the block (identified
      // only once the block has a line of its own).
      const leans = (l: Line): boolean => foreignLean(identify(l.trimmed), article.language, options) !== null;
      const leaning: Line[] = [];
      const claimed: Line[] = [];
      for (const l of region) {
        if (l.wordCount < 2 && !hasStrangeLetter(l.trimmed, vocab)) continue;
        if (ctx.claimed.has(l.n)) {
          claimed.push(l);
          continue;
        }
        if (!leans(l)) break;
        leaning.push(l);
      }
      if (leaning.length === 0) continue;
      // Prose alone at the end (a closing quote, a verse) is the article's; a footer has short lines too.
      if (leaning.every((l) => l.prose)) continue;
      const support = claimed.filter(leans);
      const block = [...leaning, ...support].sort((a, b) => a.n - b.n);
      const wordsInBlock = block.reduce((s, l) => s + l.wordCount, 0);
      const enough = block.length >= 2 ? wordsInBlock >= options.minBlockWords : wordsInBlock >= options.minSingleLineWords;
      if (!enough) continue;
      const joined = block.map((l) => l.trimmed).join('\n');
      const lang = foreignLean(identify(joined), article.language, options);
      if (lang === null) continue;
      for (const l of leaning) {
        findings.push({
          ruleId: 'foreign-language',
          start: l.n,
          end: l.n,
          reason: `${lang.language} text (score ${lang.score.toFixed(2)} vs ${article.language} ${lang.articleScore.toFixed(2)}, block of ${block.length} line${block.length > 1 ? 's' : ''}) outside the ${article.language} body: "${clip(l.trimmed, 50)}"`,
        });
      }
    }
    return findings;
  },
};

/** Addresses, code and list items are content whatever language they look like. */
const NOT_LANGUAGE = /:\/\/|www\.|@\w|\p{L}\.\p{L}|[{}<>=*;\\#$%]|^\s*(?:\d+[.)]|[-•*–·])\s/u;

/** The candidate lines of one edge: with words, not code, links or list items; prose only when asked. */
function edgeLines(doc: Doc, from: number, to: number, prose: boolean): Line[] {
  const out: Line[] = [];
  for (let n = Math.max(from, 1); n <= to; n++) {
    const l = doc.line(n);
    if (l.blank || (l.prose && !prose) || !/\p{L}/u.test(l.trimmed) || NOT_LANGUAGE.test(l.trimmed)) continue;
    out.push(l);
  }
  return out;
}

/**
 * What the body uses: its letters and words (lower-cased), and the function words of the language
 * whose function words it uses most (a cheap guess). Read from the body only as far as a question
 * needs: the letters and words the gate asks about are mostly common ones, found in the first
 * lines; only a letter or word the body lacks makes it read the whole body.
 */
class BodyVocabulary {
  private readonly body: { start: number; end: number };
  private readonly asciiLetters = new Uint8Array(0x80);
  private readonly otherLetters = new Set<string>();
  private lettersRead: number;
  /** The function words of the body read so far. */
  private readonly words = new Set<string>();
  private wordsRead: number;
  private own: ReadonlySet<string> | null = null;

  constructor(
    private readonly doc: Doc,
    end: number,
  ) {
    this.body = { start: doc.body!.start, end };
    this.lettersRead = this.body.start - 1;
    this.wordsRead = this.body.start - 1;
  }

  /** True when the lower-cased body has this character (one code point). */
  hasLetter(ch: string): boolean {
    for (;;) {
      const c = ch.charCodeAt(0);
      if (ch.length === 1 && c < 0x80 ? this.asciiLetters[c] === 1 : this.otherLetters.has(ch)) return true;
      if (this.lettersRead >= this.body.end) return false;
      const t = this.doc.line(++this.lettersRead).trimmed.toLowerCase();
      for (let i = 0; i < t.length; i++) {
        const d = t.charCodeAt(i);
        if (d < 0x80) this.asciiLetters[d] = 1;
        else {
          const cp = t.codePointAt(i)!;
          this.otherLetters.add(String.fromCodePoint(cp));
          if (cp > 0xffff) i++;
        }
      }
    }
  }

  /** True when the body has this (lower-cased) function word; only those are kept. */
  hasFunctionWord(w: string): boolean {
    for (;;) {
      if (this.words.has(w)) return true;
      if (this.wordsRead >= this.body.end) return false;
      this.readWords();
    }
  }

  private readWords(): void {
    for (const x of words(this.doc.line(++this.wordsRead).trimmed.toLowerCase())) if (ANY_FUNCTION_WORD.has(x)) this.words.add(x);
  }

  /** The function words of the language whose function words the body uses most. */
  ownFunctionWords(): ReadonlySet<string> {
    if (this.own === null) {
      while (this.wordsRead < this.body.end) this.readWords();
      let own: readonly string[] = [];
      let best = 0;
      // Only function words can count here, so the body's other words need not be kept.
      for (const list of Object.values(FUNCTION_WORDS)) {
        const hits = list.filter((w) => this.words.has(w)).length;
        if (hits > best) {
          best = hits;
          own = list;
        }
      }
      this.own = new Set(own);
    }
    return this.own;
  }
}

function hasStrangeLetter(text: string, vocab: BodyVocabulary): boolean {
  for (const ch of text.toLowerCase()) if (isLetter(ch) && !vocab.hasLetter(ch)) return true;
  return false;
}

/** /\p{L}/u for one code point; ASCII from its code. */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(ch);
}

/**
 * Cheap: the region uses a letter the body never uses, or two function words of another language
 * than the body's that the body never uses.
 */
function passesGate(region: Line[], vocab: BodyVocabulary): boolean {
  let strangers = 0;
  for (const l of region) {
    if (hasStrangeLetter(l.trimmed, vocab)) return true;
    for (const w of words(l.trimmed.toLowerCase())) {
      if (ANY_FUNCTION_WORD.has(w) && !vocab.hasFunctionWord(w) && !vocab.ownFunctionWords().has(w)) strangers++;
    }
  }
  return strangers >= 2;
}

function bodySample(doc: Doc, end: number, max: number): string {
  const body = doc.body!;
  const parts: string[] = [];
  let size = 0;
  for (let n = body.start; n <= end && size < max; n++) {
    const l = doc.line(n);
    if (!l.prose) continue;
    parts.push(l.trimmed);
    size += l.trimmed.length;
  }
  return parts.join('\n');
}

/** The guessed language when it is not the article's and wins by the margin; null otherwise. */
function foreignLean(
  g: LanguageGuess,
  articleLanguage: string,
  options: ForeignLanguageOptions,
): { language: string; score: number; articleScore: number } | null {
  if (g.language === '' || g.language === articleLanguage) return null;
  if (options.foreignLanguages.length > 0 && !options.foreignLanguages.includes(g.language)) return null;
  const score = g.scores[g.language] ?? 0;
  const articleScore = g.scores[articleLanguage] ?? 0;
  return score - articleScore >= options.minMargin ? { language: g.language, score, articleScore } : null;
}
