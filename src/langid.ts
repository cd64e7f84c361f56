/**
 * Language identification with eld (its medium n-gram database), loaded on first use only: the
 * database costs about a second and a few hundred MB, so nothing loads it unless a rule has a
 * candidate block to judge.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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
  if (detector === null) {
    const require = createRequire(import.meta.url);
    const entry = fileURLToPath(import.meta.resolve('eld/medium'));
    detector = (require(entry) as { eld: Eld }).eld;
  }
  return detector;
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
