/**
 * Related-article lists, "Read more:" and "Related:" lines and comment-section headers, e.g.
 * "Related: SpaceX's Starship and Super Heavy Mars Rocket in Pictures", "READ MORE: China plague
 * outbreak confirmed", "You may also like" with the headlines under it, "Leave a comment" and a
 * comment-moderation note. A header takes the short headline lines that follow it (up to the first
 * line of prose); a one-word header ("Trending") needs headlines under it or must stand outside the
 * article body. A sentence that says "read more" stays.
 */
import type { Doc, Finding, Rule } from '../types.js';
import { clip, endsLikeSentence, listMarker } from '../text.js';
import { bodySpan, firstWords, fold, inFooter, inHeader, keyHead, lineForms, linesContaining, type LineSet, longestWords, PhraseSet, LineStore, textUnits, type TextUnit, triggerWords, unitHas, wordKey } from './line-shape.js';
import { COMMENT_HEADERS, COMMENT_WORDS, LINK_PREFIXES, LIST_HEADERS, MODERATION_WORDS, WEAK_HEADERS } from './related-links.words.js';

export interface RelatedLinksOptions {
  /** Most headline lines taken under one header. */
  maxItems: number;
  /** Longest headline, in words. */
  maxHeadlineWords: number;
  /** Longest comment-moderation note, in words. */
  maxNoteWords: number;
  /** Least number of Title Case headline lines, with no header, that make a list after the article. */
  minFooterHeadlines: number;
}

const MARKDOWN_LINK = /\[[^[\]]{1,300}\](?:\[[^[\]]{0,20}\]|\([^()\s]{0,2000}\))/u;
const LIST_ITEM = /^(?:[*+\-•] |\d{1,3}[.)] )/u;
/** "More Great WIRED Stories", "More Top News": a "more … stories" header. */
const MORE_STORIES = /^more(?: [\p{L}\p{N}]+){0,3} (?:stories|news|articles|videos|headlines)$/u;
/** "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports": a short label, then only addresses. */
const LINKS_ONLY = /^[^:：]{1,40}[:：]\s*(?:https?:\/\/|www\.)[^\s,]{1,300}(?:(?:\s+(?:and|&|or|und|et|y|e|i|ve|и)\s+|\s*,\s*|\s+)(?:https?:\/\/|www\.)[^\s,]{1,300}){0,5}\s*$/iu;
const NON_LETTER = /[^\p{L}]/gu;
const UPPER = /^\p{Lu}/u;
/** Prefixes that are common words: they need a colon and a short headline that is not a sentence. */
const WEAK_PREFIXES = new Set(['more', 'also', 'next', 'previously', 'watch', 'video', 'listen', 'trending', 'popular']);


function keys(lists: Readonly<Record<string, readonly string[]>> | readonly string[]): Set<string> {
  const all = Array.isArray(lists) ? (lists as readonly string[]) : Object.values(lists as Record<string, readonly string[]>).flat();
  return new Set(all.map(wordKey).filter((k) => k.length > 0));
}

const HEADERS = keys(LIST_HEADERS);
const WEAK = keys(WEAK_HEADERS);
const COMMENTS = keys(COMMENT_HEADERS);
const PREFIXES = new PhraseSet(Object.values(LINK_PREFIXES).flat().map((p) => fold(p)));
const MODERATION = new PhraseSet(Object.values(MODERATION_WORDS).flat().map(wordKey));
const COMMENT_WORD = new PhraseSet(Object.values(COMMENT_WORDS).flat().map(wordKey));
/** First words of every header key; "more … stories" opens with "more". */
const HEADER_FIRSTS = firstWords([...HEADERS, ...WEAK, ...COMMENTS, 'more']);
/** A moderation note names comments: only lines with one of these words are looked at for one. */
const COMMENT_TRIGGERS = triggerWords(longestWords(Object.values(COMMENT_WORDS).flat()));
/**
 * A prefix line has its colon (or another separator) early: /^[^:：|»>]{1,40}[:：|»>]/u.test(s)
 * without a regex, the first separator after 1 to 40 characters (code points).
 */
function earlySeparator(s: string): boolean {
  let count = 0;
  for (let i = 0; i < s.length && count <= 40; count++) {
    const c = s.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a || c === 0x7c || c === 0xbb || c === 0x3e) return count > 0;
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return false;
}

/** A headline in a list: a short line that is not a sentence of prose. */
function headlineLike(u: TextUnit, doc: Doc, maxWords: number): boolean {
  if (u.start !== u.end || u.words === 0 || u.words > maxWords || u.plain.length > 220) return false;
  const raw = doc.line(u.start).trimmed;
  const linked = MARKDOWN_LINK.test(raw) || LIST_ITEM.test(raw);
  if (/[.:;,]$/u.test(u.plain) && !linked) return u.words <= 10 && !/[:;,]$/u.test(u.plain);
  return true;
}

/** "Related: headline", "READ MORE: headline": the prefix and the headline after it, or null. */
function prefixed(plain: string, maxWords: number): string | null {
  const key = fold(plain);
  const open = PREFIXES.opening(key);
  if (!open || !open.marked || open.rest.length === 0) return null;
  const words = open.rest.split(' ').length;
  if (words > maxWords) return null;
  if (WEAK_PREFIXES.has(open.phrase) && (words > 15 || endsLikeSentence(plain))) return null;
  if (endsLikeSentence(plain) && words > 12) return null;
  return open.phrase;
}

export const relatedLinks: Rule<RelatedLinksOptions> = {
  id: 'related-links',
  description: 'Removes related-article lists ("You may also like" and the headlines under it, or three Title Case headlines after the article), "Read more:" / "Related:" lines and comment-section headers and moderation notes.',
  enabledByDefault: true,
  defaults: { maxItems: 12, maxHeadlineWords: 25, maxNoteWords: 45, minFooterHeadlines: 3 },
  detect(doc, options, ctx) {
    const span = bodySpan(doc, ctx.claimed);
    const units = textUnits(doc).filter((u) => !ctx.claimed.has(u.start) && u.words > 0);
    const forms = lineForms(doc);
    const keyOf = (u: TextUnit): string => (u.start === u.end ? forms.words(u.start) : wordKey(u.plain));
    /** headerKind() of the unit's key; a line whose key opens (see keyHead) with no header's first word is none. */
    // A line's kind is its text's alone: kept across passes.
    const kinds = KINDS.of(doc);
    const lineKind = (u: TextUnit): HeaderKind => {
      const head = keyHead(u.plain);
      return head !== null && !HEADER_FIRSTS.has(head) ? '' : headerKind(keyOf(u));
    };
    const kindOf = (u: TextUnit): HeaderKind => (u.start !== u.end ? headerKind(keyOf(u)) : kinds.line(u.start, u, lineKind));
    const headlines = HEADLINES.of(doc, options.maxHeadlineWords);
    const lineHeadline = (u: TextUnit): boolean => headlineLike(u, doc, options.maxHeadlineWords);
    /** headlineLike() of a unit; a line's is its text's alone, kept across passes. */
    const headline = (u: TextUnit): boolean => u.start === u.end && headlines.line(u.start, u, lineHeadline);
    let comments: LineSet | undefined;
    /** Why a unit that is no header goes on its own: a prefix, a label with links only, a moderation note; or null. */
    const lineReason = (u: TextUnit): string | null => {
      const prefix = u.start === u.end && earlySeparator(u.plain) ? prefixed(u.plain, options.maxHeadlineWords) : null;
      if (prefix) return `related-article line ("${prefix}:")`;
      if (u.start === u.end && u.words <= 20 && (u.plain.includes(':') || u.plain.includes('：')) && LINKS_ONLY.test(u.plain)) return 'label with links only';
      if (u.words >= 6 && unitHas((comments ??= linesContaining(doc, COMMENT_TRIGGERS)), u.start, u.end)) {
        const full = keyOf(u);
        if (COMMENT_WORD.within(full) && MODERATION.within(full)) return 'comment-moderation note';
      }
      return null;
    };
    const reasons = REASONS.of(doc, options.maxHeadlineWords);
    const findings: Finding[] = [];
    const taken = new Set<number>();
    const take = (u: TextUnit, reason: string): void => {
      if (taken.has(u.start)) return;
      for (let n = u.start; n <= u.end; n++) taken.add(n);
      findings.push({ ruleId: 'related-links', start: u.start, end: u.end, reason: `${reason}: "${clip(u.plain, 60)}"` });
    };
    /** Headline units after units[i], with at most three blank lines between them. */
    const itemsAfter = (i: number): TextUnit[] => {
      const items: TextUnit[] = [];
      let last = units[i].end;
      for (let k = i + 1; k < units.length && items.length < options.maxItems; k++) {
        const u = units[k];
        if (u.start - last > 4 || taken.has(u.start) || !headline(u)) break;
        if (u.words <= 8 && kindOf(u) !== '') break;
        items.push(u);
        last = u.end;
      }
      return items;
    };

    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (taken.has(u.start) || u.words > options.maxNoteWords) continue;
      const kind = u.words <= 8 ? kindOf(u) : '';
      const outside = inHeader(span, u.start) || inFooter(span, u.start);
      if (kind === 'comments') {
        take(u, 'comment-section header');
        continue;
      }
      if (kind === 'list' || kind === 'weak') {
        const items = itemsAfter(i);
        // Inside the body a header needs a list under it; a one-word header always does, unless outside the body.
        const enough = items.length >= 2 || (items.length >= 1 && outside) || (kind === 'list' && items.length === 0) || (kind === 'weak' && outside);
        if (!enough) continue;
        take(u, 'related-articles header');
        for (const it of items) take(it, `headline under "${clip(u.plain, 30)}"`);
        continue;
      }
      // A line's reason is its text's alone (its plain text, key, words and trigger words): kept across passes.
      const reason = reasons.unit(u, lineReason);
      if (reason) take(u, reason);
    }
    // A list of headlines with no header after the last line of prose: three or more Title Case lines.
    if (span !== null) {
      let run: TextUnit[] = [];
      const close = (): void => {
        // A list whose every item is numbered, bulleted or ranked is the article's own (a ranking,
        // a programme), not teasers; a teaser may start with a number ("15 Amazing Images …").
        // So is a list whose every item ends with a parenthesis: a cast or credits list ("Ted
        // Danson (D.B. Russell)").
        const ownList = run.every((u) => listMarker(doc.line(u.start).trimmed) !== null) || run.every((u) => u.plain.endsWith(')'));
        if (run.length >= options.minFooterHeadlines && !ownList) for (const u of run) take(u, 'headline in a list after the article');
        run = [];
      };
      for (const u of units) {
        if (u.start <= span.end || taken.has(u.start)) continue;
        const listed = headline(u) && titleCase(u.plain);
        if (listed && (run.length === 0 || u.start - run[run.length - 1].end <= 4)) run.push(u);
        else {
          close();
          if (listed) run.push(u);
        }
      }
      close();
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** Headline capitalisation: nearly every word of four letters or more starts with a capital. */
function titleCase(plain: string): boolean {
  if (/[.!,;:]$/u.test(plain)) return false;
  let long = 0;
  let capital = 0;
  for (const w of plain.split(' ')) {
    // A word shorter than four has fewer than four letters.
    if (w.length < 4) continue;
    // An ASCII word's letters are counted in place.
    let count = 0;
    let first = 0;
    let ascii = true;
    for (let i = 0; i < w.length && ascii; i++) {
      const c = w.charCodeAt(i);
      if (c >= 0x80) ascii = false;
      else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        if (count === 0) first = c;
        count++;
      }
    }
    if (ascii) {
      if (count < 4) continue;
      long++;
      if (first <= 0x5a) capital++;
      continue;
    }
    const letters = w.replace(NON_LETTER, '');
    if (letters.length < 4) continue;
    long++;
    if (UPPER.test(letters)) capital++;
  }
  return long >= 2 && capital >= long * 0.8;
}

type HeaderKind = '' | 'list' | 'weak' | 'comments';

/** Per line of a run (see LineStore): the header kind of the line. */
const KINDS = new LineStore<HeaderKind>();

/** Per line of a run, for one maxHeadlineWords: headlineLike() of the line, and why it goes on its own when it is no header (or null). */
const HEADLINES = new LineStore<boolean>();
const REASONS = new LineStore<string | null>();

function headerKind(key: string): HeaderKind {
  if (key.length === 0) return '';
  if (COMMENTS.has(key)) return 'comments';
  if (WEAK.has(key)) return 'weak';
  if (HEADERS.has(key) || MORE_STORIES.test(key)) return 'list';
  return '';
}
