/**
 * Repeated title: scrapers often print the headline two or three times (page title, og:title,
 * the h1). Example: "Russia has never viewed Turkey as its strategic ally: Lavrov" printed again
 * after the teaser. The first copy stays as the title; later copies go, also when one of them
 * carries or drops a " | Site" / " - Site" suffix.
 */
import type { Finding, Rule } from '../types.js';
import { clip, nfkc, titleKeys } from '../text.js';

export interface RepeatedTitleOptions {
  /** A title needs at least this many words to be matched (short titles collide with headings). */
  minWords: number;
}

/** What normalizeKey() turns into spaces: its first run of anything else is a key's first word. */
const KEY_WORD = /[^\p{P}\p{S}\s]+/u;
const NON_ASCII = /[^\x00-\x7f]/;

/** A key's first word, and whether it is the whole key. */
interface Head {
  word: string;
  whole: boolean;
}

function head(key: string): Head {
  const space = key.indexOf(' ');
  return space < 0 ? { word: key, whole: true } : { word: key.slice(0, space), whole: false };
}

/**
 * False when the line cannot repeat the title, judged by its key's first word. A match needs the
 * line's key to start with a title key: it equals one, or its suffix-less key (the key of the line
 * up to the white space before " | Site", which is where the line's key has a space) equals the
 * title's full key. A key starting with another shares its first word, or extends it when the
 * other is one word. The first word is the first run of what normalizeKey() keeps in NFKC and
 * lower case, as normalizeKey() does.
 */
function mayRepeat(trimmed: string, heads: readonly Head[]): boolean {
  // ASCII needs no NFKC, and lower case changes no character's class there: only the word is lowered.
  const word = NON_ASCII.test(trimmed) ? (KEY_WORD.exec(nfkc(trimmed).toLowerCase())?.[0] ?? '') : (KEY_WORD.exec(trimmed)?.[0] ?? '').toLowerCase();
  return heads.some((h) => (h.whole ? word.startsWith(h.word) : word === h.word));
}

export const repeatedTitle: Rule<RepeatedTitleOptions> = {
  id: 'repeated-title',
  description: 'Removes later copies of the title (the first non-empty line), also with or without a " | Site" suffix.',
  enabledByDefault: true,
  defaults: { minWords: 3 },
  detect(doc, options) {
    if (doc.titleLine === 0) return [];
    const title = doc.line(doc.titleLine);
    if (title.wordCount < options.minWords) return [];
    // The title's keys are computed once a line can match (a page dump's first line is long).
    let keys: string[] | null = null;
    let heads: Head[] = [];
    const findings: Finding[] = [];
    for (let n = doc.titleLine + 1; n <= doc.lines.length; n++) {
      const line = doc.line(n);
      if (line.blank || Math.abs(line.wordCount - title.wordCount) > 12) continue;
      if (keys === null) {
        keys = titleKeys(title.trimmed, options.minWords);
        heads = keys.map(head);
      }
      if (!mayRepeat(line.trimmed, heads)) continue;
      const own = titleKeys(line.trimmed, options.minWords);
      // Own full key equals a title key, or own suffix-less key equals the title's full key.
      const match = keys.includes(own[0]) || (own.length > 1 && own[1] === keys[0]);
      if (match) {
        findings.push({
          ruleId: 'repeated-title',
          start: n,
          end: n,
          reason: `repeats the title of line ${doc.titleLine}: "${clip(line.trimmed)}"`,
        });
      }
    }
    return findings;
  },
};
