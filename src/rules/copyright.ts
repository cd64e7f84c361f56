/**
 * Copyright, legal and syndication lines, e.g. "Copyright © 2019 Press TV. All rights reserved.",
 * "© 2019 Associated Press. This material may not be published, broadcast, rewritten or
 * redistributed.", "Via SyndiGate.info", "This article was originally published by Futurism.",
 * "… may earn an Affiliate Commission if you purchase something through recommended links".
 * The whole line must be shaped like a notice (it opens with ©/Copyright and a year, ends with
 * "All rights reserved", or opens with a syndication phrase) and be short; a sentence of the
 * article that mentions copyright stays.
 */
import type { Finding, Rule } from '../types.js';
import { clip } from '../text.js';
import { AFFILIATE_NOTICES, COPYRIGHT_OPENERS, REPRODUCTION_NOTICES, RIGHTS_RESERVED, SYNDICATION_OPENERS } from './copyright.words.js';
import { fold, linesContaining, type LineSet, longestWords, PhraseSet, LineStore, type TextUnit, textUnits, triggerWords, unitHas } from './line-shape.js';

export interface CopyrightOptions {
  /** Longest notice, in words. */
  maxWords: number;
}

const NON_WORD = /[^\p{L}\p{N}©ⓒ℗\s]+/gu;
const SPACES = /\s+/gu;
const YEAR = /(?:^|[^\p{N}])(?:19|20)\d{2}(?![\p{N}])/u;
const SYMBOL_YEAR = /[©ⓒ℗]\s?(?:19|20)\d{2}(?![\p{N}])/u;
/** Quotation marks or a speech verb: the notice words are part of reported speech. */
const SPEECH = /["“”«»„]|\b(?:said|says|told|according)\b/iu;

/** Words only, lower case: the form the phrase lists are compared in. */
function wordKey(s: string): string {
  return fold(s).replace(NON_WORD, ' ').replace(SPACES, ' ').trim();
}

function keyed(lists: Readonly<Record<string, readonly string[]>>): PhraseSet {
  return new PhraseSet(Object.values(lists).flat().map(wordKey));
}

const RESERVED = keyed(RIGHTS_RESERVED);
const REPRODUCTION = keyed(REPRODUCTION_NOTICES);
const AFFILIATE = keyed(AFFILIATE_NOTICES);
const SYNDICATION = Object.values(SYNDICATION_OPENERS).flat().map((p) => fold(p));
const OPENERS = COPYRIGHT_OPENERS.map((p) => fold(p));
/** A notice contains one of these words or signs; other lines are not looked at closely. */
const TRIGGERS = triggerWords([
  'copyright',
  'copr',
  ...longestWords([...Object.values(RIGHTS_RESERVED), ...Object.values(REPRODUCTION_NOTICES), ...Object.values(AFFILIATE_NOTICES), ...Object.values(SYNDICATION_OPENERS)].flat()),
]);
const SIGNS: readonly string[] = ['©', 'ⓒ', '℗', '(c)', '(C)'];
/**
 * Per line of a run (see LineStore): why the line alone is a notice, or null. Kept for every line
 * of at most maxWords words, whatever maxWords is: notice() does not depend on it.
 */
const LINE_NOTICES = new LineStore<string | null>();

/** Why a line (or a wrapped paragraph) is a notice, or null; the caller has left out texts of more than maxWords words. */
function notice(plain: string, words: number): string | null {
  if (words === 0) return null;
  const folded = fold(plain);
  const key = wordKey(plain);
  const opener = OPENERS.find((o) => folded.startsWith(o));
  const reserved = RESERVED.within(key);
  if (opener) {
    const rest = folded.slice(opener.length).trimStart();
    const symbolNext = /^[©ⓒ℗]|^\(c\)/u.test(rest);
    if (YEAR.test(rest.slice(0, 16)) || symbolNext || reserved) return `copyright notice opening with "${opener}"`;
  }
  if (SPEECH.test(plain)) return null;
  const syndication = SYNDICATION.find((o) => folded.startsWith(o));
  if (syndication) return `syndication note "${syndication}"`;
  if (reserved && (key.endsWith(reserved) || YEAR.test(plain) || /[©ⓒ℗]|copyright/iu.test(plain))) return `rights notice "${reserved}"`;
  if (SYMBOL_YEAR.test(plain)) return 'copyright sign with a year';
  const reproduction = REPRODUCTION.within(key);
  if (reproduction) return `reproduction notice "${reproduction}"`;
  const affiliate = AFFILIATE.within(key);
  if (affiliate) return `affiliate disclosure "${affiliate}"`;
  return null;
}

export const copyright: Rule<CopyrightOptions> = {
  id: 'copyright',
  description: 'Removes copyright, reproduction, syndication and affiliate notices on lines of their own ("Copyright © 2019 … All rights reserved", "Via SyndiGate.info", "This material may not be published …").',
  enabledByDefault: true,
  defaults: { maxWords: 60 },
  detect(doc, options, ctx) {
    const findings: Finding[] = [];
    let candidates: LineSet | undefined;
    const judge = (u: TextUnit): string | null => (unitHas((candidates ??= linesContaining(doc, TRIGGERS, SIGNS)), u.start, u.end) ? notice(u.plain, u.words) : null);
    // A one-line unit's verdict is its line's text alone (its plain text, words, trigger words and signs): kept across passes.
    const lines = LINE_NOTICES.of(doc);
    for (const u of textUnits(doc)) {
      if (ctx.claimed.has(u.start) || u.words > options.maxWords) continue;
      const why = lines.unit(u, judge);
      if (!why) continue;
      const wrapped = u.end > u.start ? ` (wrapped over ${u.end - u.start + 1} lines)` : '';
      findings.push({ ruleId: 'copyright', start: u.start, end: u.end, reason: `${why}${wrapped}: "${clip(u.plain, 70)}"` });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
