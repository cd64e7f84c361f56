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
   * so a lookup touches less memory (the index is large, and read mostly from cache misses).
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
 * The language whose stopword list covers the most of these (lower-cased) words, and that list.
 * Null when no list covers any of them (a script the lists do not split into words).
 */
export function stopwordsFor(sample: readonly string[]): { language: string; words: ReadonlySet<string> } | null {
  const { languages, sets, index, langs } = load();
  const hits = new Uint32Array(languages.length);
  for (const w of sample) {
    const at = index.get(w);
    if (at !== undefined) for (let k = at + 1; k <= at + langs[at]; k++) hits[langs[k]]++;
  }
  let best = -1;
  for (let i = 0; i < hits.length; i++) if (hits[i] > 0 && (best < 0 || hits[i] > hits[best])) best = i;
  return best < 0 ? null : { language: languages[best], words: sets[best] };
}

/** True once the lists have been loaded in this process (for tests). */
export function stopwordsLoaded(): boolean {
  return lists !== null;
}
