/**
 * Share, follow, subscribe and newsletter prompts, e.g. "Sign up to our newsletter for exclusive
 * updates and enhanced content", "Share this article", "Follow us on Twitter", "Get breaking news
 * alerts and special reports. The news and stories that matter, delivered weekday mornings.",
 * "Have a tip? Jane Doe may be reached at jane@example.com. Follow her on Twitter @jane.".
 * A line goes when it is a share button row, or when its sentences are prompts (a prompt opener
 * at the start of the sentence; a weak opener such as "Get" or "Follow" only with a newsletter,
 * an app, a social network or an address in it). Reported speech and quotations stay, and so does
 * a sentence that only mentions subscribing.
 */
import type { Finding, Rule } from '../types.js';
import { clip } from '../text.js';
import { type BodySpan, bodySpan, countWords, firstWords, fold, type LineForms, inFooter, inHeader, keyHead, lineForms, linesContaining, type LineSet, longestWords, PhraseSet, LineStore, type TextUnit, textUnits, triggerWords, unitHas, wordKey } from './line-shape.js';
import { CONTACT_PHRASES, PROMPT_OBJECTS, SHARE_LABELS, SHARE_TOKENS, STRONG_OPENERS, WEAK_OPENERS } from './share-prompt.words.js';

export interface SharePromptOptions {
  /** Longest prompt line or paragraph, in words. */
  maxWords: number;
  /** A prompt paragraph may carry this many words of other sentences (a lead-in such as "Have a tip?"). */
  maxLeadInWords: number;
}

const SENTENCE_SPLIT = /(?<=[.!?…])\s+/u;
/** A speech verb or a quotation of a few words: the prompt words are someone's words. */
const SPEECH = /\b(?:said|says|told|urged|wrote|tweeted|posted|according|sagte|sagt|a déclaré|dijo|disse|ha detto|zei|powiedział|сказал|dedi)\b/iu;
const QUOTATION = /["“„«][^"“”„«»]{15,300}["”»]/u;
/**
 * An e-mail address: /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}\.[\p{L}]{2,}/u, which is only
 * tested, and has a match exactly when an "@" with one such character before it has the rest
 * after it (a match's last local character is one; one character is a local part): so the
 * search looks for the "@" instead of trying up to 64 local characters from each position.
 */
const EMAIL = /(?<=[\p{L}\p{N}._%+-])@[\p{L}\p{N}-]{1,63}\.[\p{L}]{2,}/u;
const HANDLE = /(?:^|[\s(])@[\p{L}\p{N}_]{2,30}/u;
const URL = /https?:\/\/|www\./iu;


function phrases(lists: Readonly<Record<string, readonly string[]>> | readonly string[]): PhraseSet {
  const all = Array.isArray(lists) ? (lists as readonly string[]) : Object.values(lists as Record<string, readonly string[]>).flat();
  return new PhraseSet(all.map(wordKey).filter((k) => k.length > 0));
}

const LABELS = new Set(Object.values(SHARE_LABELS).flat().map(wordKey));
const LABEL_FIRSTS = firstWords(LABELS);
const LABEL_OPENINGS = new PhraseSet(Object.values(SHARE_LABELS).flat().map((l) => fold(l)));
const TOKENS = phrases(SHARE_TOKENS);
const STRONG = phrases(STRONG_OPENERS);
const WEAK = phrases(WEAK_OPENERS);
const OBJECTS = phrases(PROMPT_OBJECTS);
const CONTACT = phrases(CONTACT_PHRASES);
/** A prompt sentence contains one of these words, or an address; other lines are not split into sentences. */
const TRIGGERS = triggerWords(longestWords([...Object.values(STRONG_OPENERS), ...Object.values(CONTACT_PHRASES), ...Object.values(PROMPT_OBJECTS)].flat()));
const ADDRESS_MARKS: readonly string[] = ['@', 'http', 'www.'];
/**
 * Per maxLeadInWords, per line of a run (see LineStore): judgeText() of the line. Kept for every
 * line of at most maxWords words, whatever maxWords is: judgeText() does not depend on it.
 */
const VERDICTS = new LineStore<string | OneButton | null>();

function hasAddress(s: string): boolean {
  return (s.includes('@') && (EMAIL.test(s) || HANDLE.test(s))) || URL.test(s);
}

/** The key of line n, or null for a line whose key opens (see keyHead) with no label's and no button's first word. */
function lineKey(forms: LineForms, n: number): string | null {
  const head = keyHead(forms.plain(n));
  if (head !== null && !LABEL_FIRSTS.has(head) && !TOKENS.mayStart(head)) return null;
  return forms.words(n);
}

/** Number of share buttons the key is made of ("share tweet submit" → 3), or 0 when anything else is in it. */
function shareRow(key: string): number {
  let rest = key;
  let n = 0;
  while (rest.length > 0) {
    const m = TOKENS.opening(rest);
    if (!m) return 0;
    n++;
    rest = m.rest;
  }
  return n;
}

/** A prompt sentence: a strong opener, a weak opener with a prompt object, or a contact phrase with an address. */
function isPrompt(sentence: string, addressed: () => boolean = () => true): boolean {
  // addressed() is false when the whole text has no address, nor then has any of its sentences.
  let hasOne: boolean | undefined;
  const address = (): boolean => (hasOne ??= addressed() && hasAddress(sentence));
  const head = keyHead(sentence);
  if (head !== null) {
    // An opener must start at the key's first word, or a contact phrase needs an address.
    if (head === '') return false;
    if (!STRONG.mayStart(head) && !WEAK.mayStart(head) && !address()) return false;
  }
  const key = wordKey(sentence);
  if (key.length === 0) return false;
  if (STRONG.opening(key)) return true;
  if (WEAK.opening(key) && (OBJECTS.within(key) || address())) return true;
  return address() && CONTACT.within(key) !== null;
}

/**
 * False when LABEL_OPENINGS.opening(fold(plain)) is surely null, told without folding: its first
 * step is mayStart of the folded text's first word (up to the first space), which, when plain
 * opens with ASCII other than white space and "`" up to an ASCII white space or its end, is that
 * run lower-cased (plain is trimmed; fold changes such a run only by its case, and turns the white
 * space after it into the space the word ends at). True when it cannot tell.
 */
function mayOpenWithLabel(plain: string): boolean {
  let i = 0;
  for (; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 0x80 || c === 0x60) return true;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) break;
  }
  return LABEL_OPENINGS.mayStart(plain.slice(0, i).toLowerCase());
}

/** A text of one share button ("Tweet"): a row of buttons above or below the body, else what the rest of judge() says. */
class OneButton {
  constructor(readonly otherwise: string | null) {}
}

/** Why the text is a prompt, or null, once the body span is known (see judgeText). */
function resolve(span: BodySpan | null, start: number, verdict: string | OneButton | null): string | null {
  if (!(verdict instanceof OneButton)) return verdict;
  return inHeader(span, start) || inFooter(span, start) ? 'row of share buttons' : verdict.otherwise;
}

/**
 * Why the text is a prompt, or null, from the text alone (see resolve for the one case that needs
 * the body span). key is null when it can be neither a button label nor a row of them. The caller
 * has left out texts of more than maxWords words.
 */
function judgeText(u: TextUnit, key: string | null, candidate: boolean, maxLeadInWords: number): string | OneButton | null {
  const words = u.words;
  if (words === 0) return null;
  if (words <= 12 && key !== null) {
    if (LABELS.has(key)) return 'share or follow button';
    const row = shareRow(key);
    if (row >= 2) return 'row of share buttons';
    if (row === 1) return new OneButton(judgeSentences(u, candidate, maxLeadInWords));
  }
  return judgeSentences(u, candidate, maxLeadInWords);
}

/** The part of judgeText() after the buttons: a labelled share button, or prompt sentences. */
function judgeSentences(u: TextUnit, candidate: boolean, maxLeadInWords: number): string | null {
  const plain = u.plain;
  const words = u.words;
  if (words <= 25 && plain.includes(':') && mayOpenWithLabel(plain)) {
    // "Share All sharing options for: <the title>".
    const open = LABEL_OPENINGS.opening(fold(plain));
    if (open && open.marked && open.rest.length > 0) return 'share button with the title';
  }
  if (!candidate) return null;
  // Most texts have no prompt sentence: look for one first. A part without words (left out
  // below) is none: its key is empty.
  const parts = plain.split(SENTENCE_SPLIT);
  // Whether the text has an address is asked only when a sentence needs one, and once.
  let hasAny: boolean | undefined;
  const addressed = (): boolean => (hasAny ??= hasAddress(plain));
  if (!parts.some((s) => isPrompt(s, addressed))) return null;
  const sentences = parts.filter((s) => countWords(s) > 0);
  const prompts = sentences.map((s) => isPrompt(s, addressed));
  const count = prompts.filter(Boolean).length;
  // Reported speech and quotations are looked for only in a text with a prompt sentence.
  if (count === 0 || SPEECH.test(plain) || QUOTATION.test(plain)) return null;
  if (count === sentences.length) return count === 1 ? 'prompt' : `${count} prompt sentences`;
  // A lead-in or a description around the prompt: the prompt opens or closes the paragraph.
  const edge = prompts[0] || prompts[prompts.length - 1];
  const other = sentences.filter((_, i) => !prompts[i]).reduce((sum, s) => sum + countWords(s), 0);
  if (edge && other <= maxLeadInWords && sentences.length - count <= 2) return `prompt with ${sentences.length - count} lead-in sentence${sentences.length - count > 1 ? 's' : ''}`;
  return null;
}

export const sharePrompt: Rule<SharePromptOptions> = {
  id: 'share-prompt',
  description: 'Removes share, follow, subscribe and newsletter prompts on lines of their own ("Share this article", "Sign up to our newsletter for …", "Follow her on Twitter @…"); reported speech and sentences that only mention subscribing stay.',
  enabledByDefault: true,
  defaults: { maxWords: 60, maxLeadInWords: 30 },
  detect(doc, options, ctx) {
    const span = bodySpan(doc, ctx.claimed);
    const findings: Finding[] = [];
    const forms = lineForms(doc);
    let candidates: LineSet | undefined;
    const judge = (u: TextUnit): string | OneButton | null => {
      const candidate = unitHas((candidates ??= linesContaining(doc, TRIGGERS, ADDRESS_MARKS)), u.start, u.end);
      if (!candidate && u.words > 25) return null;
      const key = u.words > 12 ? '' : u.start === u.end ? lineKey(forms, u.start) : wordKey(u.plain);
      return judgeText(u, key, candidate, options.maxLeadInWords);
    };
    // A one-line unit's verdict is its line's text alone (its plain text, key, words, trigger words and marks): kept across passes.
    const lines = VERDICTS.of(doc, options.maxLeadInWords);
    for (const u of textUnits(doc)) {
      if (ctx.claimed.has(u.start) || u.words > options.maxWords) continue;
      const why = resolve(span, u.start, lines.unit(u, judge));
      if (!why) continue;
      const wrapped = u.end > u.start ? ` (wrapped over ${u.end - u.start + 1} lines)` : '';
      findings.push({ ruleId: 'share-prompt', start: u.start, end: u.end, reason: `${why}${wrapped}: "${clip(u.plain, 70)}"` });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
