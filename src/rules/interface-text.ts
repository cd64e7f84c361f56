/**
 * Interface text left in by an extractor: buttons, ad labels and screen-reader hints on lines of
 * their own, e.g. "Close", "Advertisement", "Skip to content", "Media playback is unsupported on
 * your device", "Image caption", "Loading…", "5 min read", slideshow counters ("1", "of", "5")
 * beside them, Markdown image placeholders ("[[alt text]][3]") and lines of HTML residue
 * ("&amp;lt;span data-mce-type=…"). The whole line must be the label; a word that could be a real heading ("Video",
 * "Search", "Up next") goes only above the article body or beside another interface line.
 */
import type { Doc, Finding, Rule } from '../types.js';
import { clip, endsLikeSentence } from '../text.js';
import { COUNTER_WORDS, EDGE_LABELS, INTERFACE_LABELS, READING_TIME } from './interface-text.words.js';
import { bodySpan, firstWords, fold, inFooter, inHeader, keyHead, lineForms, PhraseSet, wordKey } from './line-shape.js';

export interface InterfaceTextOptions {
  /** More whole-line labels to remove anywhere (any language, case-insensitive). */
  extraLabels: string[];
  /** Longer lines are never interface text (cheap pre-check). */
  maxWords: number;
}

/** A linked image in Markdown: "[[alt text]][3]", "[![alt](img)](url)". */
const LINKED_IMAGE = /^\[!?\[[^[\]]{0,300}\](?:\([^()\s]{0,2000}\))?\](?:\[[^[\]]{0,20}\]|\([^()\s]{0,2000}\))?$/u;
/** An image's alt text on its own line in Markdown: "[Protests in Hong Kong]". */
const BRACKETED = /^\[[^[\]]{1,300}\]$/u;
/** Markdown reference links anywhere in the text: the document is Markdown. */
const REFERENCE_LINK = /\]\[\d{1,4}\]/u;
/** HTML residue: tags, escaped tags and attributes ("&amp;lt;span data-mce-type=…"). */
const MARKUP = /&(?:amp;)*(?:lt|gt|quot|nbsp|#\d{1,6});|<\/?[a-z][a-z0-9]{0,15}(?:\s[^<>]{0,300})?>|\b[a-z][\w-]{0,30}="[^"]{0,300}"/giu;
const DIGIT = /\p{N}/u;


function keySet(lists: Readonly<Record<string, readonly string[]>>, extra: readonly string[] = []): Set<string> {
  return new Set([...Object.values(lists).flat(), ...extra].map(wordKey).filter((k) => k.length > 0));
}

const LABELS = keySet(INTERFACE_LABELS);
const EDGE = keySet(EDGE_LABELS);
const READING = new PhraseSet(Object.values(READING_TIME).flat().map(wordKey));
const COUNTER_WORD = new Set(COUNTER_WORDS.map((w) => fold(w)));
const labelCache = new WeakMap<readonly string[], Set<string>>();
const firstsCache = new WeakMap<Set<string>, Set<string>>();
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_DIGIT = /[0-9]/;
/**
 * The ASCII first words of the reading-time phrases, anywhere in a line, any case: the key of an
 * ASCII line holds a phrase only if the line holds the phrase's first word like this.
 */
const READING_HINT = new RegExp([...firstWords(Object.values(READING_TIME).flat().map(wordKey))].filter((w) => /^[a-z0-9]+$/u.test(w)).join('|'), 'iu');

/** The first words of the labels and the edge labels: a line whose key opens with none is neither. */
function labelFirsts(labels: Set<string>): Set<string> {
  let firsts = firstsCache.get(labels);
  if (!firsts) {
    firsts = firstWords([...labels, ...EDGE]);
    firstsCache.set(labels, firsts);
  }
  return firsts;
}

function labelsFor(extra: readonly string[]): Set<string> {
  if (extra.length === 0) return LABELS;
  let set = labelCache.get(extra);
  if (!set) {
    set = new Set([...LABELS, ...extra.map(wordKey)]);
    labelCache.set(extra, set);
  }
  return set;
}

/** A linked Markdown image, or a bracketed alt text of a few words in a Markdown document. */
function isImagePlaceholder(trimmed: string, markdown: () => boolean): boolean {
  if (!trimmed.startsWith('[')) return false;
  if (LINKED_IMAGE.test(trimmed)) return true;
  if (!BRACKETED.test(trimmed) || !markdown()) return false;
  const inner = trimmed.slice(1, -1).trim();
  const words = inner.split(/\s+/u).length;
  return words >= 2 && words <= 15 && !/[.!?:;]$/u.test(inner);
}

/** A line that is mostly HTML tags, escaped tags or attributes; signs tells whether the whole text has any of "&", "<", '="'. */
function isMarkup(trimmed: string, signs: () => boolean): boolean {
  if (!signs() || (!trimmed.includes('&') && !trimmed.includes('<') && !trimmed.includes('="'))) return false;
  let covered = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(trimmed); m; m = MARKUP.exec(trimmed)) covered += m[0].length;
  return covered * 2 >= trimmed.length;
}

/** Every character a counter piece can hold: digits, white space, "/" and the letters of the counter words. */
const COUNTER_CHARS = new RegExp(`^[\\s0-9/${[...new Set([...COUNTER_WORD].join(''))].map((c) => c.replace(/[\\\]^\-/[]/u, '\\$&')).join('')}]*$`, 'u');

/** A slideshow counter piece: "1", "of", "1 of 5", "2/13". */
function isCounter(plain: string): boolean {
  const folded = fold(plain);
  // Any other character stays in a piece that is then neither a number nor a counter word.
  if (!COUNTER_CHARS.test(folded)) return false;
  const parts = folded.split(/\s+|(?=\/)|(?<=\/)/u).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 3) return false;
  return parts.every((p) => /^\d{1,3}$/u.test(p) || COUNTER_WORD.has(p));
}

type Kind = 'label' | 'edge' | 'reading' | 'counter' | 'image' | 'markup';
const KINDS: readonly (Kind | null)[] = [null, 'label', 'edge', 'reading', 'counter', 'image', 'markup'];

/** The kinds of a run's lines (see runKinds), for the labels and maxWords they were found with. */
interface RunKinds {
  labels: Set<string>;
  maxWords: number;
  /** By a line's number in the run's first document (see LineStore): 0 not yet classified, else 1 + the index of its kind in KINDS. */
  kinds: Uint8Array;
}

const RUN_KINDS = new WeakMap<object, RunKinds>();

function runKinds(doc: Doc, labels: Set<string>, maxWords: number): Uint8Array {
  const size = doc.lines.length === 0 ? 1 : doc.inputLine(doc.lines.length) + 1;
  let run = RUN_KINDS.get(doc.run);
  if (!run || run.labels !== labels || run.maxWords !== maxWords) {
    run = { labels, maxWords, kinds: new Uint8Array(size) };
    RUN_KINDS.set(doc.run, run);
  } else if (run.kinds.length < size) {
    const grown = new Uint8Array(size);
    grown.set(run.kinds);
    run.kinds = grown;
  }
  return run.kinds;
}

/** The nearest non-blank line within two lines of n in direction step, or 0. */
function neighbour(doc: Doc, n: number, step: 1 | -1): number {
  for (let k = n + step, gap = 0; k >= 1 && k <= doc.lines.length && gap <= 2; k += step, gap++) {
    if (!doc.line(k).blank) return k;
  }
  return 0;
}

export const interfaceText: Rule<InterfaceTextOptions> = {
  id: 'interface-text',
  description: 'Removes interface text on lines of its own: "Close", "Advertisement", "Skip to content", "Media playback is unsupported on your device", "Image caption", "Loading…", reading-time notes, slideshow counters, Markdown image placeholders and HTML residue.',
  enabledByDefault: true,
  defaults: { extraLabels: [], maxWords: 12 },
  detect(doc, options, ctx) {
    const span = bodySpan(doc, ctx.claimed);
    const labels = labelsFor(options.extraLabels);
    const firsts = labelFirsts(labels);
    const forms = lineForms(doc);
    let markdown: boolean | undefined;
    // Set when a line's kind depends on the whole text being Markdown (not on the line alone).
    let askedMarkdown = false;
    const isMarkdown = (): boolean => {
      askedMarkdown = true;
      return (markdown ??= REFERENCE_LINK.test(doc.text));
    };
    // A line holds a markup sign only if the text does.
    let signs: boolean | undefined;
    const hasSigns = (): boolean => (signs ??= doc.text.includes('&') || doc.text.includes('<') || doc.text.includes('="'));
    const classify = (n: number): Kind | null => {
      const line = doc.line(n);
      if (line.blank) return null;
      if (line.wordCount > options.maxWords) return isMarkup(line.trimmed, hasSigns) ? 'markup' : null;
      const plain = forms.plain(n);
      if (line.wordCount <= 3 && line.trimmed.length <= 12 && isCounter(plain)) return 'counter';
      if (isImagePlaceholder(line.trimmed, isMarkdown)) return 'image';
      if (isMarkup(line.trimmed, hasSigns)) return 'markup';
      // A line whose key opens with no label's first word (see keyHead) is no label; it is a
      // reading-time note only with at most eight words, a digit (folding makes none) and, on an
      // ASCII line, a reading-time word as typed. Otherwise its key is not computed.
      const head = keyHead(plain);
      if (head !== null && !firsts.has(head)) {
        if (line.wordCount > 8) return null;
        if (NON_ASCII.test(plain) ? !DIGIT.test(plain) : !ASCII_DIGIT.test(plain) || !READING_HINT.test(plain)) return null;
      }
      const key = forms.words(n);
      if (key.length === 0) return null;
      if (labels.has(key)) return 'label';
      if (EDGE.has(key)) return 'edge';
      if (line.wordCount <= 8 && DIGIT.test(key) && READING.within(key)) return 'reading';
      return null;
    };
    // Lines an earlier rule claimed ("Image caption") are still read, when a neighbour asks: they
    // are context for counters and interface words.
    // A line's kind is its text's alone (for these options), so it is kept across passes, unless
    // it depended on the text being Markdown: then it is found again each time it is asked for.
    const kinds = runKinds(doc, labels, options.maxWords);
    const kindOf = (n: number): Kind | null => {
      const id = doc.inputLine(n);
      const known = kinds[id];
      if (known > 0) return KINDS[known - 1];
      askedMarkdown = false;
      const kind = classify(n);
      if (!askedMarkdown) kinds[id] = KINDS.indexOf(kind) + 1;
      return kind;
    };
    const findings: Finding[] = [];
    const firm = (n: number): boolean => {
      const kind = kindOf(n);
      return kind === 'label' || kind === 'reading';
    };
    for (const line of doc.lines) {
      const n = line.n;
      if (line.blank || ctx.claimed.has(n)) continue;
      const kind = kindOf(n);
      if (kind === null) continue;
      const outside = inHeader(span, n) || inFooter(span, n);
      let reason = '';
      if (kind === 'label') reason = 'interface label';
      else if (kind === 'reading') reason = 'reading-time note';
      else if (kind === 'image') reason = 'image placeholder';
      else if (kind === 'markup') reason = 'HTML markup residue';
      else if (kind === 'edge') {
        const beside = [neighbour(doc, n, -1), neighbour(doc, n, 1)].filter((m) => m > 0 && kindOf(m) !== null);
        if (inHeader(span, n) || beside.length > 0) reason = beside.length > 0 ? 'interface word beside another interface line' : 'interface word above the article body';
      } else if (kind === 'counter' && outside && besideFirm(doc, n, kindOf, firm)) reason = 'slideshow counter beside interface text';
      if (reason) findings.push({ ruleId: 'interface-text', start: n, end: n, reason: `${reason}: "${clip(line.trimmed, 60)}"` });
    }
    findings.push(...cookieBanners(doc, findings, ctx.claimed));
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** "cookie", "cookies", "Cookie-Einstellungen": the word is the same in most languages pages use. */
const COOKIE = /cookie/iu;
/** A consent banner's sentence is at most this long. */
const MAX_NOTICE_WORDS = 80;

/**
 * A cookie-consent banner printed inside an article: beside a consent button that was found as an
 * interface label ("Accept all cookies"), the lines that mention cookies ("We use cookies to …")
 * and the other short buttons between or around them ("Manage preferences"). A sentence about
 * cookies with no consent button beside it stays.
 */
function cookieBanners(doc: Doc, labels: readonly Finding[], claimed: ReadonlySet<number>): Finding[] {
  const taken = new Set(labels.map((f) => f.start));
  const out: Finding[] = [];
  for (const f of labels) {
    if (!COOKIE.test(doc.line(f.start).trimmed)) continue;
    // The banner around the button: lines that mention cookies, and short buttons next to them.
    const banner: number[] = [];
    let notice = false;
    for (const step of [-1, 1] as const) {
      for (let m = neighbour(doc, f.start, step); m > 0 && !taken.has(m) && !claimed.has(m); m = neighbour(doc, m, step)) {
        const l = doc.line(m);
        const mentions = COOKIE.test(l.trimmed) && l.wordCount <= MAX_NOTICE_WORDS;
        const button = l.wordCount <= 3 && !endsLikeSentence(l.trimmed);
        if (!mentions && !button) break;
        notice ||= mentions;
        banner.push(m);
      }
    }
    if (!notice) continue;
    for (const m of banner) {
      taken.add(m);
      out.push({ ruleId: 'interface-text', start: m, end: m, reason: `cookie banner beside "${clip(doc.line(f.start).trimmed, 30)}": "${clip(doc.line(m).trimmed, 50)}"` });
    }
  }
  return out;
}

/** A counter piece whose run of counter pieces touches a firm interface label ("Close"). */
function besideFirm(doc: Doc, n: number, kindOf: (n: number) => Kind | null, firm: (n: number) => boolean): boolean {
  for (const step of [-1, 1] as const) {
    let m = neighbour(doc, n, step);
    for (let k = 0; m > 0 && k < 8; k++) {
      if (firm(m)) return true;
      if (kindOf(m) !== 'counter') break;
      m = neighbour(doc, m, step);
    }
  }
  return false;
}
