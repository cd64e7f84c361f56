/**
 * Section and category labels and breadcrumbs above the headline or the article body, e.g.
 * "Entertainment", "Home > World > Europe", a menu printed one item a line ("Home", "News",
 * "Science & Astronomy"), and tag lists anywhere ("Tags: stock car, brasil, interlagos",
 * "Filed under: Politics"). Labels count only in the header region (before the first line of
 * article prose), so a one-word subheading inside the body stays; a tag list needs its label.
 */
import type { Doc, Finding, Rule } from '../types.js';
import { clip, endsLikeSentence, listMarker } from '../text.js';
import { bodySpan, countWords, fold, inHeader, lineForms, PhraseSet, LineStore, type TextUnit, textUnits } from './line-shape.js';
import { SECTION_LABELS, TAXONOMY_LABELS } from './section-label.words.js';

export interface SectionLabelOptions {
  /** Longest label, in words (a menu item, a breadcrumb part). */
  maxLabelWords: number;
  /** Least number of short label lines in a row that make a menu. */
  minMenuLines: number;
}

const SECTIONS = new PhraseSet(SECTION_LABELS);
const TAXONOMY = new PhraseSet(TAXONOMY_LABELS);
const FIRST_WORD = /[\p{L}\p{N}]+/u;
/** First words of the taxonomy labels: only a line opening with one is read as a tag list. */
const TAXONOMY_FIRST = new Set(Object.values(TAXONOMY_LABELS).flat().map((l) => fold(l).match(FIRST_WORD)?.[0] ?? ''));
const ONE_WORD_TAXONOMY = Object.values(TAXONOMY_LABELS)
  .flat()
  .map((l) => fold(l))
  .filter((l) => !l.includes(' ') && l.length >= 3);
/** First characters of the words a tag-list line can open with (TAXONOMY_FIRST, ONE_WORD_TAXONOMY). */
const TAXONOMY_FIRST_CHARS = new Set([...TAXONOMY_FIRST, ...ONE_WORD_TAXONOMY].map((w) => w.charAt(0)));
/** The first three characters of ONE_WORD_TAXONOMY: a word that starts with one of those labels starts with these. */
const ONE_WORD_TAXONOMY_HEADS = new Set(ONE_WORD_TAXONOMY.map((l) => l.slice(0, 3)));

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** A number for an ASCII word's length and first two characters, lower-cased; s[a, b) is the word. */
function shape(s: string, a: number, b: number): number {
  const x = s.charCodeAt(a) | 0x20;
  const y = b - a > 1 ? s.charCodeAt(a + 1) | 0x20 : 0;
  return (x * 128 + y) * 64 + Math.min(b - a, 63);
}

/** The shapes of the ASCII words in TAXONOMY_FIRST (lower case: OR-ing 0x20 keeps a-z and 0-9). */
const TAXONOMY_SHAPES = new Set([...TAXONOMY_FIRST].filter((w) => /^[a-z0-9]+$/u.test(w)).map((w) => shape(w, 0, w.length)));

/** Whether a line opens with a word a tag list can open with: a taxonomy label's first word, or one glued to the first tag. */
function opensTagList(trimmed: string): boolean {
  // An ASCII letter at the start is the first letter of the first word: most lines stop here, and
  // when the word is ASCII to its end it is read without a regex.
  const c = trimmed.charCodeAt(0);
  let firstWord: string | undefined;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
    if (!TAXONOMY_FIRST_CHARS.has(String.fromCharCode(c | 0x20))) return false;
    let j = 1;
    while (j < trimmed.length && isAsciiAlnum(trimmed.charCodeAt(j))) j++;
    if (j === trimmed.length || trimmed.charCodeAt(j) < 0x80) {
      // An ASCII word is a label's first word only with that word's shape, and has a glued label
      // only with its first three letters.
      if (!TAXONOMY_SHAPES.has(shape(trimmed, 0, j)) && (j < 3 || !ONE_WORD_TAXONOMY_HEADS.has(trimmed.slice(0, 3).toLowerCase()))) return false;
      firstWord = trimmed.slice(0, j).toLowerCase();
    }
  }
  firstWord ??= FIRST_WORD.exec(trimmed)?.[0].toLowerCase() ?? '';
  if (TAXONOMY_FIRST.has(firstWord)) return true;
  return ONE_WORD_TAXONOMY_HEADS.has(firstWord.slice(0, 3)) && ONE_WORD_TAXONOMY.some((l) => firstWord.startsWith(l));
}

const ARROW_SPLIT = /\s+[>/]\s+|\s*[»›→]\s*/u;
const BAR_SPLIT = /\s+[|•·]\s+/u;
/** A sign of ARROW_SPLIT or BAR_SPLIT. */
const BREADCRUMB_SIGN = /[>/»›→|•·]/u;
const LIST_SPLIT = /\s*[,;|]\s*/u;
const JOIN_SPLIT = /\s+(?:&|and|und|et|y|e|i|ve|и)\s+/u;
const LETTER = /\p{L}/u;
const STARTS_UPPER_OR_DIGIT = /^[\p{Lu}\p{Lt}\p{N}]/u;
const INNER_PUNCT = /[.!?,;:]/u;
const MENU_JOINERS = new Set(['&', '+', 'and', 'of', 'the', 'und', 'et', 'y', 'e', 'i', 've', 'и', 'de', 'des', 'la', 'le']);

/** A known section name, alone or joined ("Science & Astronomy", "Food & Drink"). */
function isSection(key: string): boolean {
  if (SECTIONS.has(key)) return true;
  const parts = key.split(JOIN_SPLIT);
  return parts.length >= 2 && parts.every((p) => SECTIONS.has(p) || countWords(p) <= 2) && parts.some((p) => SECTIONS.has(p));
}

/** A short menu or label line: a known section (section tells), or a few capitalised words with no sentence punctuation. */
function labelLike(plain: string, section: boolean, maxWords: number): boolean {
  if (section) return true;
  // Length and punctuation first: they need no split.
  if (plain.length > 32 || INNER_PUNCT.test(plain)) return false;
  const words = plain.split(' ').filter((w) => LETTER.test(w) || /\p{N}/u.test(w));
  if (words.length === 0 || words.length > maxWords) return false;
  // Menus are Title Case or capitals word by word ("Real Estate", "UConn Nation", "A&E");
  // "Bugs fixed" reads as a phrase.
  return words.every((w) => STARTS_UPPER_OR_DIGIT.test(w) || MENU_JOINERS.has(w.toLowerCase()));
}

/**
 * "Home > World > Europe": short parts between breadcrumb separators. A bar or a bullet also
 * separates a title from its site name ("Clymer workshop manual review | MoreBikes"), so with those
 * it takes three parts, and so does a title line.
 */
function isBreadcrumb(plain: string, maxWords: number, title = false): boolean {
  // Without a separator sign both splits leave the line whole: one part.
  if (!BREADCRUMB_SIGN.test(plain) || countWords(plain) > 12) return false;
  const arrows = plain.split(ARROW_SPLIT).map((p) => p.trim()).filter((p) => p.length > 0);
  const parts = arrows.length >= 2 ? arrows : plain.split(BAR_SPLIT).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < (arrows.length >= 2 && !title ? 2 : 3)) return false;
  return parts.every((p) => countWords(p) >= 1 && countWords(p) <= maxWords && p.length <= 32 && !endsLikeSentence(p));
}

/** Items of a tag list: short, separated by commas, semicolons or bars, no sentence. */
function isTagList(rest: string, minItems: number): boolean {
  if (rest.length === 0 || endsLikeSentence(rest)) return false;
  const items = rest.split(LIST_SPLIT).filter((i) => i.trim().length > 0);
  return items.length >= minItems && items.every((i) => countWords(i) >= 1 && countWords(i) <= 6);
}

/** Why the line is a tag list ("Tags: …", "Filed under: …", a glued "Tagsfoo, bar, baz"), or ''. */
function taxonomy(plain: string, key: string): '' | 'tags' | 'label' {
  const open = TAXONOMY.opening(key);
  if (open && open.marked) {
    if (open.rest.length === 0) return 'label';
    const restPlain = plain.slice(plain.search(/[:：]/u) + 1).trim();
    return isTagList(restPlain, 1) ? 'tags' : '';
  }
  if (open && open.rest.length === 0 && !endsLikeSentence(plain)) return 'label';
  // Extractors glue the label to the first tag: "Tagscalendario stock car 2018, stock car brasil, …".
  const glued = ONE_WORD_TAXONOMY.find((l) => key.startsWith(l) && key.length > l.length && LETTER.test(key[l.length]));
  if (glued && isTagList(plain.slice(glued.length), 3)) return 'tags';
  return '';
}

export const sectionLabel: Rule<SectionLabelOptions> = {
  id: 'section-label',
  description: 'Removes section and category labels and breadcrumbs above the article body ("Entertainment", "Home > World > Europe", menus printed one item a line) and tag lists anywhere ("Tags: …", "Filed under: …").',
  enabledByDefault: true,
  sparesBodyStructure: true,
  defaults: { maxLabelWords: 4, minMenuLines: 3 },
  detect(doc, options, ctx) {
    const span = bodySpan(doc, ctx.claimed);
    const forms = lineForms(doc);
    const findings: Finding[] = [];
    const taken = new Set<number>();
    const take = (n: number, reason: string): void => {
      if (taken.has(n)) return;
      taken.add(n);
      findings.push({ ruleId: 'section-label', start: n, end: n, reason: `${reason}: "${clip(doc.line(n).trimmed, 60)}"` });
    };
    const units = textUnits(doc);
    /** A unit of one line no earlier rule claimed, with words. */
    const single = (u: TextUnit): boolean => u.start === u.end && !ctx.claimed.has(u.start) && u.words > 0;

    // Tag lists anywhere; a bare "Tags:" label takes the list on the next line.
    // A line's tag-list kind is its text's alone: kept across passes.
    const tagKinds = TAG_KINDS.of(doc);
    // Cheap look at the first word before the line's forms are computed.
    const tagKind = (u: TextUnit): '' | 'tags' | 'label' => (opensTagList(doc.line(u.start).trimmed) ? taxonomy(u.plain, forms.key(u.start)) : '');
    for (const u of units) {
      if (!single(u) || u.words > 200) continue;
      const kind = tagKinds.line(u.start, u, tagKind);
      if (kind === 'tags') take(u.start, 'tag list');
      else if (kind === 'label') {
        const next = nextLine(doc, u.start);
        if (next && !ctx.claimed.has(next) && isTagList(forms.plain(next), 1) && countWords(forms.plain(next)) <= 40) {
          take(u.start, 'tag list label');
          take(next, 'tag list after its label');
        }
      }
    }

    // Labels, breadcrumbs and menus above the body.
    // The first line is the title, unless it is only a section name or a breadcrumb.
    const title = doc.titleLine;
    if (title > 0 && !ctx.claimed.has(title) && title < doc.lines.length) {
      const plain = forms.plain(title);
      if (isBreadcrumb(plain, options.maxLabelWords, true) && !BAR_SPLIT.test(plain)) take(title, 'breadcrumb in place of a title');
      else if (isSection(forms.key(title))) take(title, 'section label in place of a title');
    }
    // What a header line's text alone says (see LABEL_FACTS), kept across passes.
    const facts = LABEL_FACTS.of(doc, options.maxLabelWords);
    const lineFacts = (n: number): number => {
      const plain = forms.plain(n);
      const known = isSection(forms.key(n));
      return (isBreadcrumb(plain, options.maxLabelWords) ? BREADCRUMB : 0) | (known ? SECTION : 0) | (labelLike(plain, known, options.maxLabelWords) ? LABEL : 0);
    };
    const factsOf = (n: number): number => facts.line(n, n, lineFacts);
    const section = (n: number): boolean => (factsOf(n) & SECTION) !== 0;
    const menu: number[] = [];
    const closeMenu = (): void => {
      const known = menu.filter(section).length;
      if (menu.length >= options.minMenuLines || (menu.length >= 2 && known >= 1)) for (const n of menu) take(n, 'menu or breadcrumb item above the article body');
      menu.length = 0;
    };
    let last = 0;
    // The header's lines: taking a line takes it or lines before it, never one still to come.
    for (const u of units) {
      if (!single(u) || !inHeader(span, u.start) || u.start === title || taken.has(u.start)) continue;
      const n = u.start;
      const f = factsOf(n);
      if ((f & BREADCRUMB) !== 0) take(n, 'breadcrumb above the article body');
      else if ((f & SECTION) !== 0) take(n, 'section label above the article body');
      // A menu is a run of label lines with at most a few blank lines between them; a numbered
      // item ("4. Cloning Process") is a list's, not a menu's.
      const label = (f & LABEL) !== 0 && listMarker(doc.line(n).trimmed) !== 'number';
      if (!label || (last > 0 && n - last > 4)) closeMenu();
      if (label) menu.push(n);
      last = n;
    }
    closeMenu();
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** Bits of what a header line's text alone says: a breadcrumb, a known section, label-like. */
const BREADCRUMB = 1;
const SECTION = 2;
const LABEL = 4;
/** Per line of a run (see LineStore): its tag-list kind (see taxonomy), '' also for a line that opens no tag list. */
const TAG_KINDS = new LineStore<'' | 'tags' | 'label'>();
/** Per maxLabelWords, per line of a run: the bits of what the line says as a header line. */
const LABEL_FACTS = new LineStore<number>();

function nextLine(doc: Doc, n: number): number {
  for (let k = n + 1; k <= doc.lines.length; k++) if (!doc.line(k).blank) return k;
  return 0;
}
