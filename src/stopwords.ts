/**
 * Stopword lists per language (stopwords-iso), loaded on first use only: main-content detection
 * needs them for page dumps, ordinary articles never do.
 */
import { createRequire } from 'node:module';

let lists: Map<string, ReadonlySet<string>> | null = null;

function load(): Map<string, ReadonlySet<string>> {
  if (lists === null) {
    const raw = createRequire(import.meta.url)('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
    lists = new Map(Object.entries(raw).map(([lang, list]) => [lang, new Set(list.map((w) => w.toLowerCase()))]));
  }
  return lists;
}

/**
 * The language whose stopword list covers the most of these (lower-cased) words, and that list.
 * Null when no list covers any of them (a script the lists do not split into words).
 */
export function stopwordsFor(sample: readonly string[]): { language: string; words: ReadonlySet<string> } | null {
  let best: { language: string; words: ReadonlySet<string> } | null = null;
  let bestHits = 0;
  for (const [language, set] of load()) {
    let hits = 0;
    for (const w of sample) if (set.has(w)) hits++;
    if (hits > bestHits) {
      bestHits = hits;
      best = { language, words: set };
    }
  }
  return best;
}

/** True once the lists have been loaded in this process (for tests). */
export function stopwordsLoaded(): boolean {
  return lists !== null;
}
