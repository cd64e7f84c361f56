/**
 * Stopword lists per language (stopwords-iso), loaded on first use only: main-content detection
 * needs them for page dumps, ordinary articles never do.
 */
import { createRequire } from 'node:module';

interface Lists {
  languages: string[];
  sets: ReadonlySet<string>[];
  /**
   * Word to where its languages start in `langs`: one lookup per word for all lists. The language
   * indexes of a word are langs[at + 1 .. at + langs[at]]: one flat array, not an array per word,
   * so a lookup touches less memory (the index is large, and mostly out of the CPU cache).
   */
  index: Map<string, number>;
  langs: Uint16Array;
}

let lists: Lists | null = null;

function load(): Lists {
  if (lists === null) {
    const raw = createRequire(import.meta.url)('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
    const languages = Object.keys(raw);
    const sets = languages.map((lang) => new Set(raw[lang].map((w) => w.toLowerCase())));
    const byWord = new Map<string, number[]>();
    sets.forEach((set, i) => {
      for (const w of set) {
        const langs = byWord.get(w);
        if (langs) langs.push(i);
        else byWord.set(w, [i]);
      }
    });
    const index = new Map<string, number>();
    const flat: number[] = [];
    for (const [w, ls] of byWord) {
      index.set(w, flat.length);
      flat.push(ls.length, ...ls);
    }
    lists = { languages, sets, index, langs: Uint16Array.from(flat) };
  }
  return lists;
}

/**
 * The language whose stopword list covers the most of these (lower-cased) words, that list, and
 * for each word of the sample whether the list has it (1) or not (0): the lookups made already,
 * so a caller need not look the sample up again. Null when no list covers any of them (a script
 * the lists do not split into words).
 */
export function stopwordsFor(sample: readonly string[]): { language: string; words: ReadonlySet<string>; inList: Uint8Array } | null {
  const { languages, sets, index, langs } = load();
  const hits = new Uint32Array(languages.length);
  const at = new Int32Array(sample.length).fill(-1);
  for (let j = 0; j < sample.length; j++) {
    const a = index.get(sample[j]);
    if (a === undefined) continue;
    at[j] = a;
    for (let k = a + 1; k <= a + langs[a]; k++) hits[langs[k]]++;
  }
  let best = -1;
  for (let i = 0; i < hits.length; i++) if (hits[i] > 0 && (best < 0 || hits[i] > hits[best])) best = i;
  if (best < 0) return null;
  const inList = new Uint8Array(sample.length);
  for (let j = 0; j < sample.length; j++) {
    const a = at[j];
    if (a >= 0) for (let k = a + 1; k <= a + langs[a]; k++) if (langs[k] === best) inList[j] = 1;
  }
  return { language: languages[best], words: sets[best], inList };
}

/** True once the lists have been loaded in this process (for tests). */
export function stopwordsLoaded(): boolean {
  return lists !== null;
}
