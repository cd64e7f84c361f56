/**
 * Caption: photo captions and credits that a scraper leaves on lines of their own, e.g.
 * " Russian President Vladimir Putin (R) listens to Turkish President Recep Tayyip Erdoğan during
 * a meeting in Sochi in this file photo." Also "Photo: John Locher, AP", "AFP/Getty Images",
 * "Image copyright Reuters", "… in Washington, Nov. 19, 2019. (AP Photo/Evan Vucci)".
 * Whole lines only; a sentence that merely mentions a photo or Reuters stays.
 */
import type { Block, Doc, Finding, Line, Rule } from '../types.js';
import { clip, endsLikeSentence } from '../text.js';
import { LineStore } from './line-shape.js';
import {
  AGENCIES,
  CAPTION_OPENERS,
  CAPTION_PHRASES,
  CAPTION_TEXT_LABELS,
  CREDIT_FILLERS,
  GALLERY_WORDS,
  GLUED_LABELS,
  LABELS_WITH_COLON,
  LABELS_WITHOUT_COLON,
  NAME_PARTICLES,
  PARTY_CONTEXT,
  PHOTO_UI_LABELS,
  PHOTO_WORDS,
  POSITION_MARKERS,
  SOURCE_LABELS,
} from './caption.words.js';

export interface CaptionOptions {
  /** More labels that open a caption or credit line before a colon ("Beeld" for "Beeld: ANP"). */
  extraLabels: string[];
  /** More agency or photographer-collective names that make a short line a credit ("Mydaily Pics"). */
  extraAgencies: string[];
  /** A credit standing alone ("AFP/Getty Images") has at most this many words. */
  maxCreditWords: number;
  /** A caption ending with a credit or carrying position markers has at most this many words. */
  maxCaptionWords: number;
  /** A caption recognised only by a phrase ("in this file photo") has at most this many words. */
  maxPhraseWords: number;
  /** Longer lines are never looked at (cheap pre-check). */
  maxLineLength: number;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

function flat(lists: Readonly<Record<string, readonly string[]>>): string[] {
  return [...new Set(Object.values(lists).flat())];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
}

/** Alternation of phrases, longest first, for a regex. */
function alt(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
}

const APOSTROPHES = /[’ʼ‘`´]/gu;
const WHITE = /\s+/gu;

/** Lower case, one apostrophe, single spaces: the form the word lists are written in. */
function key(s: string): string {
  return NOT_PLAIN.test(s) ? slowKey(s) : s.toLowerCase();
}

/**
 * Anything but printable ASCII without a backtick with single inner spaces: on text without it key()
 * only lowers the case (NFC, the apostrophe and U+0307 replacements, space folding and trim keep it).
 */
const NOT_PLAIN = /[^\x20-\x5f\x61-\x7e]| {2}|^ | $/;

function slowKey(s: string): string {
  const t = s.normalize('NFC').toLowerCase();
  return FOLDED.test(t) ? t.replace(APOSTROPHES, "'").replace(DOT_ABOVE, '').replace(WHITE, ' ').trim() : t;
}

const DOT_ABOVE = /\u0307/gu;
/** What the replaces and trim after lower-casing change: without it they keep the text as it is. */
const FOLDED = /[’ʼ‘`´\u0307]|[^\S ]| {2}|^ | $/u;

function colonLabel(labels: readonly string[]): RegExp {
  return new RegExp(`^[(\\[]?\\s?(?:${alt(labels)})\\s?[:：]`, 'iu');
}

const COLON_LABEL = colonLabel(flat(LABELS_WITH_COLON));
const NO_COLON_LABEL = new RegExp(`^[(\\[]?(?:${alt(flat(LABELS_WITHOUT_COLON))})${R}`, 'iu');
const BY_LABEL = /(?:by|von|de|di|da|por)$/iu;
const GLUED_LABEL = new RegExp(`^(?:${alt(GLUED_LABELS)})`, 'iu');
const GLUED_NEXT = /[\s:：\p{Lu}\p{N}"“'‘(]/u;
const SOURCE_LABEL = new RegExp(`^(?:${alt(flat(SOURCE_LABELS))})\\s?[:：]\\s?`, 'iu');
const FILE_DASH = /^FILE(?: PHOTO)?\s?[-–—]\s/u;
// Counts of at most four digits: two unbounded \d+ around optional separators would retry every
// split of a long run of digits (quadratic time).
const GALLERY = new RegExp(`^(?:${alt(GALLERY_WORDS)})\\s\\d{1,4}\\s?(?:of|von|de|di|из|sur|/)?\\s?/?\\s?\\d{1,4}$`, 'iu');
const TAIL_LABEL = new RegExp(
  `(?:photos?|photograph|images?|picture|pic|credits?|fotos?|фото|fotoğraf|bild|crédits?|créditos?|imagem|imagen|immagine)(?:\\s(?:credits?|courtesy))?\\s?[:：]`,
  'giu',
);
const SENTENCE_BOUNDARY = /[.!?…\]”")] (?=\S)/gu;
const MARKER = /\(([^()]{1,30})\)/gu;
const ORDINAL_MARKER = /^(?:\d(?:st|nd|rd|th)|second|third|fourth)(?:\sfrom)?\s(?:l|r|left|right)$/iu;
const PARTY = new RegExp(`${L}(?:${alt(PARTY_CONTEXT)})(?![\\p{L}\\p{N}])|\\((?:d|i)\\)|\\((?:r|d|i)-`, 'iu');
const PHOTO_WORD = new RegExp(`${L}(?:${alt(flat(PHOTO_WORDS))})${R}`, 'iu');
const PHRASE = new RegExp(`${L}(?:${alt(flat(CAPTION_PHRASES))})${R}`, 'iu');
/**
 * Every caption phrase holds one of these pieces (checked below; without that, no gate), so PHRASE
 * cannot match where this regex, with the same flags, finds none. About twice as fast as PHRASE.
 */
const PHRASE_PIECES = ['in this ', 'pose', 'taken', 'archiv', 'ymbolbild', "d'", 'arquivo', 'архив', 'arşiv'];
const PHRASE_PIECE = flat(CAPTION_PHRASES).every((p) => PHRASE_PIECES.some((n) => p.toLowerCase().includes(n)))
  ? new RegExp(PHRASE_PIECES.map(escape).join('|'), 'iu')
  : /(?:)/u;
const OPENER = new RegExp(`^(?:${alt(flat(CAPTION_OPENERS))})(?![\\p{L}\\p{N}-])`, 'iu');
const STRONG_SPLIT = /\s?[/|\\;]\s?|\s[-–—]\s|\s(?:via|for|on|für|pour|para|per)\s/iu;
const LABEL_SPLIT = /\s?[/|\\;,]\s?|\s[-–—]\s|\s(?:via|for|on|and|für|pour|para|per|und|et|e|y)\s/iu;
const NAME_WORD = /^(?:[\p{Lu}\p{Lt}][\p{L}\p{M}'’.\-]*|\d{4}|[\p{Lu}\p{Lt}]?\p{Ll}*[\p{Lu}][\p{L}\p{M}'’.\-]*)$/u;
const SENTENCE_INSIDE = /[.!?] \p{Lu}/u;
const QUOTE = /[“”«»„"]/u;
const SITE_NOTICE = /copyright|rights reserved|all rights|tous droits|todos los derechos|alle rechte|все права/iu;
const YEARS = /\d{4}(?:\s?[-–]\s?\d{4})?/gu;
/** A copyright notice after a credit: " / Copyright 2019 The Associated Press. All rights reserved". */
const COPYRIGHT_NOTICE = /\s?[/|]?\s?(?:copyright|©)\s?\d{4}[^/|()]*$/iu;
const COPYRIGHT_WORD = /copyright/iu;

const UI_LABELS = new Set(flat(PHOTO_UI_LABELS).map(key));
const TRAILING_DOTS = /[.:…]+$/u;

/** k.replace(TRAILING_DOTS, ''), with the regex run only when k ends with one of them. */
function withoutTrailingDots(k: string): string {
  const last = k.charCodeAt(k.length - 1);
  return last === 0x2e || last === 0x3a || last === 0x2026 ? k.replace(TRAILING_DOTS, '') : k;
}
const UI_LABEL_SPACES = Math.max(...[...UI_LABELS].map((l) => l.split(' ').length - 1));
const BASE_AGENCIES = new Set(AGENCIES.map(key));
const FILLERS = new Set(CREDIT_FILLERS.map(key));
const PARTICLES = new Set(NAME_PARTICLES.map(key));
const POSITIONS = new Set(flat(POSITION_MARKERS).map((m) => key(m).replace(/\s?-\s?/gu, '-')));
const SINGLE_LETTER = /^\p{L}\.?$/u;

const agencyCache = new WeakMap<readonly string[], ReadonlySet<string>>();
const agencyRunCache = new WeakMap<ReadonlySet<string>, RegExp | null>();
const ASCII_TEXT = /^[\x00-\x7f]*$/;
const RUN = /[a-z0-9]+/g;

/**
 * Finds, case-insensitively, a whole run of ASCII letters and digits that is the longest such run
 * of an ASCII agency name (the others cannot stand in ASCII text); null when a name has no such
 * run, which turns off the check that uses it.
 */
function agencyRunFor(agencies: ReadonlySet<string>): RegExp | null {
  const cached = agencyRunCache.get(agencies);
  if (cached !== undefined) return cached;
  const runs = new Set<string>();
  let usable = true;
  for (const a of agencies) {
    if (!ASCII_TEXT.test(a)) continue;
    const longest = (a.match(RUN) ?? []).reduce((x, y) => (y.length > x.length ? y : x), '');
    if (longest === '') usable = false;
    runs.add(longest);
  }
  const re = !usable ? null : runs.size === 0 ? /(?!)/ : new RegExp(`(?:^|[^a-z0-9])(?:${[...runs].join('|')})(?![a-z0-9])`, 'i');
  agencyRunCache.set(agencies, re);
  return re;
}

/**
 * False when no part of body can be an agency name. For plain ASCII body (see NOT_PLAIN) a part's
 * key is the part lower-cased, and an agency name in it stands between spaces or the part's ends,
 * next to split or edge characters in body (none a letter or digit): so each run of letters and
 * digits of the name is a whole run of body.
 */
function mayNameAgency(body: string, ctx: Ctx): boolean {
  return ctx.agencyRun === null || NOT_PLAIN.test(body) || ctx.agencyRun.test(body);
}

function agenciesFor(extra: readonly string[]): ReadonlySet<string> {
  if (extra.length === 0) return BASE_AGENCIES;
  let set = agencyCache.get(extra);
  if (!set) {
    set = new Set([...BASE_AGENCIES, ...extra.map(key)]);
    agencyCache.set(extra, set);
  }
  return set;
}

const colonLabelCache = new WeakMap<readonly string[], RegExp>();

function colonLabelFor(extra: readonly string[]): RegExp {
  if (extra.length === 0) return COLON_LABEL;
  let re = colonLabelCache.get(extra);
  if (!re) {
    const more = extra.map(key).filter((l) => l !== '');
    re = more.length === 0 ? COLON_LABEL : colonLabel([...new Set([...flat(LABELS_WITH_COLON), ...more])]);
    colonLabelCache.set(extra, re);
  }
  return re;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Space-separated pieces (U+0020 only) holding a letter or digit; counting stops once past `upTo`. */
function countWords(s: string, upTo = Infinity): number {
  let n = 0;
  let from = 0;
  while (from <= s.length && n <= upTo) {
    let to = s.indexOf(' ', from);
    if (to < 0) to = s.length;
    if (hasLetterOrDigit(s, from, to)) n++;
    from = to + 1;
  }
  return n;
}

/** LETTER_OR_DIGIT.test(s.slice(from, to)), with ASCII decided without the regex. */
function hasLetterOrDigit(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
    } else {
      return LETTER_OR_DIGIT.test(s.slice(i, to));
    }
  }
  return false;
}

/** Drop Markdown list bullets, emphasis and one pair of square brackets around the line. */
function unwrap(trimmed: string): string {
  let a = 0;
  let b = trimmed.length;
  while (a < b && '*_#> '.includes(trimmed[a])) a++;
  while (b > a && '*_ '.includes(trimmed[b - 1])) b--;
  let s = trimmed.slice(a, b);
  if (s.startsWith('[') && s.endsWith(']') && s.indexOf(']') === s.length - 1) s = s.slice(1, -1);
  return UNFOLDED_SPACE.test(s) ? s.replace(WHITE, ' ').trim() : s;
}

/** White space but single inner U+0020 spaces: without it, folding and trimming keep the text as it is. */
const UNFOLDED_SPACE = /[^\S ]| {2}|^ | $/u;

const EDGE = new Set([...' \t\u00a0©().,*[]:']);

/** Trim spaces, parentheses, brackets, ©, dots, commas, colons and asterisks from both ends. */
function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.has(s[a])) a++;
  while (b > a && EDGE.has(s[b - 1])) b--;
  return s.slice(a, b);
}

interface Ctx {
  agencies: ReadonlySet<string>;
  /** agencyRunFor(agencies). */
  agencyRun: RegExp | null;
  /** Matches a caption or credit label and its colon at the start of a line. */
  colonLabel: RegExp;
  maxCreditWords: number;
}

/** An agency name, possibly with fillers around it: "AP Photo", "PTI File Photo", "Getty Images Pool". */
function isAgency(seg: string, ctx: Ctx): boolean {
  const k = key(seg);
  if (ctx.agencies.has(k)) return true;
  // The loops below only move past filler words at the ends; without one, k itself decides.
  const first = k.indexOf(' ');
  if (first < 0 || (!FILLERS.has(k.slice(0, first)) && !FILLERS.has(k.slice(k.lastIndexOf(' ') + 1)))) return false;
  const ws = k.split(' ');
  let a = 0;
  let b = ws.length;
  while (b > a && !ctx.agencies.has(ws.slice(a, b).join(' ')) && FILLERS.has(ws[b - 1])) b--;
  while (a < b && !ctx.agencies.has(ws.slice(a, b).join(' ')) && FILLERS.has(ws[a])) a++;
  return a < b && ctx.agencies.has(ws.slice(a, b).join(' '));
}

/** A person's or outlet's name: capitalised words (with particles), or a year. */
function isName(seg: string): boolean {
  const ws = seg.split(' ');
  if (ws.length > 6) return false;
  let capital = 0;
  for (const w of ws) {
    if (PARTICLES.has(w.toLowerCase())) continue;
    if (!NAME_WORD.test(w)) return false;
    capital++;
  }
  return capital > 0;
}

/**
 * A credit: names and agencies joined by "/", "|", " via ", " for " …; with needAgency at least one
 * part must be an agency. Outer parentheses and a leading © are ignored.
 */
function isCredit(text: string, needAgency: boolean, ctx: Ctx, split: RegExp): boolean {
  const body = trimEdges(text);
  if (body.length === 0 || countWords(body, ctx.maxCreditWords) > ctx.maxCreditWords) return false;
  if (needAgency && !mayNameAgency(body, ctx)) return false;
  const parts = body.split(split);
  // Look for the agency first: most lines have none, and the name checks cost more.
  if (needAgency && !parts.some((raw) => isAgencyPart(raw, ctx))) return false;
  for (const raw of parts) {
    const seg = trimEdges(raw);
    if (seg.length === 0) continue;
    if (!isAgency(seg, ctx) && !isName(seg) && !POSITIONS.has(key(seg))) return false;
  }
  return true;
}

function isAgencyPart(raw: string, ctx: Ctx): boolean {
  const seg = trimEdges(raw);
  return seg.length > 0 && isAgency(seg, ctx);
}

/**
 * A credit after "©": a few words, no sentence inside. A site's copyright notice ("© 2019 NBC
 * UNIVERSAL", "© All rights reserved") is not a photo credit unless a photo word stands before the
 * © or the rest names an agency ("© 2019 Getty Images").
 */
function isCopyrightTail(rest: string, before: string, ctx: Ctx): boolean {
  const n = countWords(rest);
  if (n < 1 || n > 6 || SENTENCE_INSIDE.test(rest) || /[.!?]$/u.test(rest.replace(/\b(?:Inc|Ltd|Corp|Co)\.$/u, ''))) return false;
  if (SITE_NOTICE.test(rest) || /\d{4}/u.test(rest)) return PHOTO_WORD.test(before) || isCredit(rest.replace(YEARS, ' '), true, ctx, STRONG_SPLIT);
  return true;
}

/** The credit a caption line ends with, or null. */
function trailingCredit(s: string, ctx: Ctx): string | null {
  const found = creditAtEnd(s, ctx);
  if (found) return found;
  // The notice holds "copyright" or "©".
  const notice = s.includes('©') || COPYRIGHT_WORD.test(s) ? COPYRIGHT_NOTICE.exec(s) : null;
  return notice && notice.index > 0 ? creditAtEnd(s.slice(0, notice.index), ctx) : null;
}

function creditAtEnd(s: string, ctx: Ctx): string | null {
  if (s.endsWith(')')) {
    const open = s.lastIndexOf('(');
    if (open > 0) {
      const inner = s.slice(open + 1, -1).trim();
      const labelled = ctx.colonLabel.exec(inner) ?? NO_COLON_LABEL.exec(inner);
      if (labelled && countWords(inner.slice(labelled[0].length)) <= ctx.maxCreditWords + 4) return s.slice(open);
      if (isCredit(inner, true, ctx, LABEL_SPLIT)) return s.slice(open);
    }
  }
  let last: RegExpExecArray | null = null;
  const tailFrom = Math.max(0, s.length - 160);
  // A tail label ends with a colon, so none starts at tailFrom or later without a colon there.
  if (s.indexOf(':', tailFrom) >= 0 || s.indexOf('：', tailFrom) >= 0) {
    TAIL_LABEL.lastIndex = tailFrom;
    for (let m = TAIL_LABEL.exec(s); m; m = TAIL_LABEL.exec(s)) last = m;
  }
  if (last && last.index > 0) {
    const before = s[last.index - 1];
    const glued = /\p{Ll}/u.test(before) && /\p{Lu}/u.test(last[0][0]);
    const rest = s.slice(last.index + last[0].length).trim();
    if ((glued || /[\s\p{P}]/u.test(before)) && rest.length > 0 && isCredit(rest, false, ctx, LABEL_SPLIT)) {
      return s.slice(last.index);
    }
  }
  const pipe = s.lastIndexOf('|');
  if (pipe > 0 && isCredit(s.slice(pipe + 1), true, ctx, STRONG_SPLIT)) return s.slice(pipe);
  const copyright = s.lastIndexOf('©');
  if (copyright > 0 && !'.!?'.includes(s[copyright - 1]) && isCopyrightTail(s.slice(copyright + 1).trim(), s.slice(0, copyright), ctx)) {
    return s.slice(copyright);
  }
  let boundary = -1;
  SENTENCE_BOUNDARY.lastIndex = tailFrom;
  while (SENTENCE_BOUNDARY.test(s)) boundary = SENTENCE_BOUNDARY.lastIndex;
  if (boundary > 0 && isCredit(s.slice(boundary), true, ctx, STRONG_SPLIT)) return s.slice(boundary);
  return null;
}

/** The last one to three words, when they name an agency: "… Timothy Weeks AP". */
function endsWithAgency(s: string, ctx: Ctx): string | null {
  const ws = trimEdges(s).split(' ');
  for (let k = 1; k <= 3 && k < ws.length; k++) {
    const tail = ws.slice(-k).join(' ');
    if (ctx.agencies.has(key(tail))) return tail;
  }
  return null;
}

/** Distinct position markers in parentheses; single letters don't count in a political line. */
function positionMarkers(s: string): string[] {
  const found: string[] = [];
  // Every marker sits in parentheses.
  if (!s.includes('(')) return found;
  let party: boolean | undefined;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(s); m; m = MARKER.exec(s)) {
    const inner = key(m[1]).replace(/\s?-\s?/gu, '-');
    if (!POSITIONS.has(inner) && !ORDINAL_MARKER.test(inner)) continue;
    if (SINGLE_LETTER.test(inner) && (party ??= PARTY.test(s))) continue;
    if (!found.includes(m[0])) found.push(m[0]);
  }
  return found;
}

/** "Image caption", "Media captionWho is …": the label, unless a word goes on ("Image captions are …"). */
function gluedLabel(s: string): RegExpExecArray | null {
  const m = GLUED_LABEL.exec(s);
  if (!m) return null;
  const next = s.charAt(m[0].length);
  return next === '' || GLUED_NEXT.test(next) ? m : null;
}

type Kind = 'label' | 'bare-label' | 'credit' | 'caption' | 'control';

interface Verdict {
  kind: Kind;
  reason: string;
}

/**
 * False when key(s) cannot be a photo widget label. s is unwrap()'s output, so its only white space
 * is single U+0020 spaces; key() keeps each of them (NFC and lower case neither add nor drop white
 * space) except at most two trimmed at the ends and one per U+0307 it deletes ("a \u0307 b").
 */
function mayBeUiLabel(s: string): boolean {
  let spaces = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) {
    if (++spaces > UI_LABEL_SPACES + 2) return s.includes('\u0307');
  }
  return true;
}

/** Why a line (or a wrapped paragraph joined into one) is a caption or credit, or null. */
function classify(trimmed: string, words: number, o: CaptionOptions, ctx: Ctx): Verdict | null {
  if (trimmed.length > o.maxLineLength) return null;
  const s = unwrap(trimmed);
  if (s.length === 0 || !LETTER_OR_DIGIT.test(s)) return null;
  const quoted = clip(s, 70);

  if (mayBeUiLabel(s) && UI_LABELS.has(withoutTrailingDots(key(s)))) return { kind: 'control', reason: `photo widget label: "${quoted}"` };
  if (GALLERY.test(s)) return { kind: 'control', reason: `gallery counter: "${quoted}"` };

  if (words <= o.maxCaptionWords) {
    const label = ctx.colonLabel.exec(s) ?? gluedLabel(s);
    if (label) {
      const bare = trimEdges(s.slice(label[0].length)).length === 0;
      return { kind: bare ? 'bare-label' : 'label', reason: `caption or credit label: "${quoted}"` };
    }
    if (FILE_DASH.test(s)) return { kind: 'label', reason: `caption or credit label: "${quoted}"` };
    const noColon = NO_COLON_LABEL.exec(s);
    if (noColon) {
      const rest = countWords(s.slice(noColon[0].length));
      if (!BY_LABEL.test(noColon[0]) || rest <= 2 * o.maxCreditWords) return { kind: 'label', reason: `caption or credit label: "${quoted}"` };
    }
  }
  const source = SOURCE_LABEL.exec(s);
  if (source && isCredit(s.slice(source[0].length), true, ctx, LABEL_SPLIT)) return { kind: 'label', reason: `source credit: "${quoted}"` };
  if (words <= o.maxCreditWords && !s.endsWith('.')) {
    if (isCredit(s, true, ctx, STRONG_SPLIT)) return { kind: 'credit', reason: `photo credit: "${quoted}"` };
    if (s.startsWith('©') && isCopyrightTail(s.slice(1).trim(), '', ctx)) return { kind: 'credit', reason: `photo credit: "${quoted}"` };
  }
  if (words > o.maxCaptionWords) return null;

  // An agency in parentheses at the end fits a wire story's paragraph too ("… the council said.
  // (Reuters)"): a line of paragraph length needs a photo word as well ("… in this file photo.
  // (Reuters)"). A bare photographer's credit ("… Sakib Ali/Getty Images") is a caption's.
  const credit = trailingCredit(s, ctx);
  if (credit && (words <= MAX_BARE_CREDIT_CAPTION_WORDS || !credit.trim().startsWith('(') || PHOTO_WORD.test(s))) {
    return { kind: 'caption', reason: `caption ending with a credit "${clip(credit.trim(), 40)}": "${quoted}"` };
  }

  // A quotation marks article prose: "Smith (left) told the paper: “I was pictured …”".
  const quotes = QUOTE.test(s);
  const markers = quotes ? [] : positionMarkers(s);
  if (markers.length > 0) {
    const photo = PHOTO_WORD.exec(s)?.[0] ?? null;
    if (photo) return { kind: 'caption', reason: `caption with position marker ${markers[0]} and photo word "${photo}": "${quoted}"` };
    const agency = endsWithAgency(s, ctx);
    if (agency) return { kind: 'caption', reason: `caption with position marker ${markers[0]} and credit "${agency}": "${quoted}"` };
    if (markers.length >= 2) return { kind: 'caption', reason: `caption with position markers ${markers.join(' ')}: "${quoted}"` };
  }

  if (words <= o.maxPhraseWords && !quotes) {
    const phrase = (PHRASE_PIECE.test(s) ? PHRASE.exec(s)?.[0] : undefined) ?? OPENER.exec(s)?.[0];
    if (phrase) return { kind: 'caption', reason: `caption phrase "${phrase}": "${quoted}"` };
  }
  return null;
}

/** Words of a caption that a trailing agency credit in parentheses alone makes one. */
const MAX_BARE_CREDIT_CAPTION_WORDS = 25;

/**
 * A paragraph hard-wrapped at a fixed width (Markdown output): every line but the last is 60–100
 * characters long and stops mid-sentence; with three lines or more, some of them may end a sentence.
 */
function isWrapped(doc: Doc, start: number, end: number): boolean {
  if (end === start) return false;
  let midSentence = 0;
  for (let n = start; n < end; n++) {
    const t = doc.line(n).trimmed;
    if (t.length < WRAP_MIN || t.length > WRAP_MAX) return false;
    if (!endsLikeSentence(t)) midSentence++;
  }
  const lines = end - start + 1;
  return doc.line(end).trimmed.length <= WRAP_MAX && (midSentence === lines - 1 || (lines >= 3 && midSentence > 0));
}

/** False when no paragraph of the block can be wrapped: each one's first line is an inner line of the block of wrap length. */
function mayHoldWrapped(doc: Doc, block: Block): boolean {
  for (let n = block.start; n < block.end; n++) {
    const length = doc.line(n).trimmed.length;
    if (length >= WRAP_MIN && length <= WRAP_MAX) return true;
  }
  return false;
}

/** Paragraphs inside a block: a Markdown list item ("* …", "- …", "1. …") starts a new one. */
function paragraphs(doc: Doc, block: Block): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = block.start;
  for (let n = block.start + 1; n <= block.end; n++) {
    if (LIST_ITEM.test(doc.line(n).text)) {
      out.push({ start, end: n - 1 });
      start = n;
    }
  }
  out.push({ start, end: block.end });
  return out;
}

/** The line continues a sentence from a long line above ("… said a spokesperson when contacted by" / "Reuters"). */
function continuesSentence(doc: Doc, line: Line, taken: ReadonlySet<number>): boolean {
  if (line.n === 1) return false;
  const prev = doc.line(line.n - 1);
  return !prev.blank && !taken.has(prev.n) && prev.trimmed.length >= WRAP_MIN && CONTINUED.test(prev.trimmed);
}

function nextNonBlank(doc: Doc, n: number): Line | null {
  for (let k = n + 1; k <= doc.lines.length; k++) if (!doc.line(k).blank) return doc.line(k);
  return null;
}

const WRAP_MIN = 60;
const LIST_ITEM = /^(?:[*+\-•] |\d{1,3}[.)] )/u;
const WRAP_MAX = 100;
const CONTINUED = /[\p{Ll},\-–—]$/u;
const CAPTION_TEXT_LABEL = new RegExp(`^(?:${alt(CAPTION_TEXT_LABELS)})`, 'iu');

/** classify() verdicts of a run's lines (see LineStore), per set of options (see optionsKey). */
const VERDICTS = new LineStore<Verdict | null>();

/** The options a verdict depends on, as one key. */
function optionsKey(o: CaptionOptions): string {
  return JSON.stringify([o.extraLabels, o.extraAgencies, o.maxCreditWords, o.maxCaptionWords, o.maxPhraseWords, o.maxLineLength]);
}

export const caption: Rule<CaptionOptions> = {
  id: 'caption',
  description: 'Removes photo captions and credits on lines of their own: "Photo:"/"Image copyright" labels, agency credits such as "AFP/Getty Images", captions ending in a credit or marked "(L)"/"(R)" with a photo word.',
  enabledByDefault: true,
  defaults: { extraLabels: [], extraAgencies: [], maxCreditWords: 8, maxCaptionWords: 80, maxPhraseWords: 45, maxLineLength: 2000 },
  detect(doc, options) {
    const agencies = agenciesFor(options.extraAgencies);
    const ctx: Ctx = { agencies, agencyRun: agencyRunFor(agencies), colonLabel: colonLabelFor(options.extraLabels), maxCreditWords: options.maxCreditWords };
    const findings: Finding[] = [];
    const taken = new Set<number>();
    const take = (start: number, end: number, reason: string): void => {
      findings.push({ ruleId: 'caption', start, end, reason });
      for (let n = start; n <= end; n++) taken.add(n);
    };
    for (const block of doc.blocks) {
      if (block.end === block.start || !mayHoldWrapped(doc, block)) continue;
      for (const p of paragraphs(doc, block)) {
        if (!isWrapped(doc, p.start, p.end)) continue;
        let words = 0;
        const parts: string[] = [];
        for (let n = p.start; n <= p.end; n++) {
          words += doc.line(n).wordCount;
          parts.push(doc.line(n).trimmed);
        }
        if (words > options.maxCaptionWords) continue;
        const v = classify(parts.join(' '), words, options, ctx);
        if (v) take(p.start, p.end, `${v.reason} (one paragraph wrapped over ${p.end - p.start + 1} lines)`);
      }
    }
    // A line's verdict depends on its text, its word count and the options alone: kept across passes.
    const verdicts = VERDICTS.of(doc, optionsKey(options));
    const classifyLine = (line: Line): Verdict | null => classify(line.trimmed, line.wordCount, options, ctx);
    for (const line of doc.lines) {
      if (line.blank || taken.has(line.n)) continue;
      const v = verdicts.line(line.n, line, classifyLine);
      if (!v) continue;
      if (v.kind === 'credit' && continuesSentence(doc, line, taken)) continue;
      if (v.kind === 'bare-label') {
        const next = nextNonBlank(doc, line.n);
        const limit = CAPTION_TEXT_LABEL.test(unwrap(line.trimmed)) ? options.maxPhraseWords : options.maxCreditWords;
        if (next && !taken.has(next.n) && next.wordCount <= limit && (limit > options.maxCreditWords || !endsLikeSentence(next.trimmed))) {
          take(line.n, next.n, `caption or credit label with its text on the next line: "${clip(`${unwrap(line.trimmed)} ${next.trimmed}`, 70)}"`);
          continue;
        }
      }
      take(line.n, line.n, v.reason);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
