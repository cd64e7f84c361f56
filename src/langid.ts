/**
 * Language identification with eld (its medium n-gram database), loaded on first use only: eld's
 * own module costs about a second and 190 MB (the compact snapshot that the build writes, a few
 * milliseconds and MB), so nothing loads it unless a rule has a candidate block.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type EldData, eldFile, readSnapshot } from './langid-snapshot.js';

/** One language guess with the detector's scores for every language it considered. */
export interface LanguageGuess {
  language: string;
  scores: Readonly<Record<string, number>>;
  reliable: boolean;
}

interface EldResult {
  language: string;
  getScores(): Record<string, number>;
  isReliable(): boolean;
}

interface Eld {
  detect(text: string): EldResult;
}

let detector: Eld | null = null;

function load(): Eld {
  detector ??= loadSnapshot() ?? (createRequire(import.meta.url)(fileURLToPath(import.meta.resolve('eld/medium'))) as { eld: Eld }).eld;
  return detector;
}

/**
 * The same detector fed the compact snapshot of its database (langid-snapshot.ts), which loads in
 * milliseconds and a few MB; null when there is none for the installed eld.
 */
function loadSnapshot(): Eld | null {
  const data = readSnapshot();
  if (!data) return null;
  const { createEld } = createRequire(import.meta.url)(eldFile('../languageDetector.js')) as {
    createEld(): { instance: Eld; loadData(data: EldData): unknown };
  };
  const { instance, loadData } = createEld();
  loadData(data);
  return instance;
}

/** Guess the language of a text. Loads the detector on the first call. */
export function identifyLanguage(text: string): LanguageGuess {
  const r = load().detect(text);
  return { language: r.language, scores: r.getScores(), reliable: r.isReliable() };
}

/** True once the detector has been loaded in this process (for tests and benchmarks). */
export function languageDetectorLoaded(): boolean {
  return detector !== null;
}
