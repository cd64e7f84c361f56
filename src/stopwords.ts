/**
 * Stopword lists per language (stopwords-iso), loaded on first use only: main-content detection
 * needs them for page dumps, ordinary articles never do.
 */
import { createRequire } from 'node:module';

interface Lists {
  languages: string[];
  sets: ReadonlySet<string>[];
  /** Word to the indexes of the languages whose list has it: one lookup per word for all lists. */
  index: Map<string, number[]>;
}

let lists: Lists | null = null;

function load(): Lists {
  if (lists === null) {
    const raw = createRequire(import.meta.url)('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
    const languages = Object.keys(raw);
    const sets = languages.map((lang) => new Set(raw[lang].map((w) => w.toLowerCase())));
    const index = new Map<string, number[]>();
    sets.forEach((set, i) => {
      for (const w of set) {
        const langs = index.get(w);
        if (langs) langs.push(i);
        else index.set(w, [i]);
      }
    });
    lists = { languages, sets, index };
  }
  return lists;
}

/**
 * The language whose stopword list covers the most of these (lower-cased) words, and that list.
 * Null when no list covers any of them (a script the lists do not split into words).
 */
export function stopwordsFor(sample: readonly string[]): { language: string; words: ReadonlySet<string> } | null {
  const { languages, sets, index } = load();
  const hits = new Uint32Array(languages.length);
  for (const w of sample) {
    const langs = index.get(w);
    if (langs) for (const i of langs) hits[i]++;
  }
  let best = -1;
  for (let i = 0; i < hits.length; i++) if (hits[i] > 0 && (best < 0 || hits[i] > hits[best])) best = i;
  return best < 0 ? null : { language: languages[best], words: sets[best] };
}

/** True once the lists have been loaded in this process (for tests). */
export function stopwordsLoaded(): boolean {
  return lists !== null;
}
