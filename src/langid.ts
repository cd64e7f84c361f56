/**
 * Language identification with eld (its medium n-gram database), loaded on first use only: the
 * database costs about a second and a few hundred MB (half a second and 60 MB from the JSON
 * snapshot that the build writes), so nothing loads it unless a rule has a candidate block.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { eldFile, eldVersion, SNAPSHOT } from './langid-snapshot.js';

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
 * The same detector built from the JSON snapshot of its database (langid-snapshot.ts), which
 * loads several times faster and in less memory; null when there is none for the installed eld.
 */
function loadSnapshot(): Eld | null {
  let snapshot: { eld: string; data: unknown };
  try {
    snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as { eld: string; data: unknown };
  } catch {
    return null;
  }
  if (snapshot.eld !== eldVersion()) return null;
  const { createEld } = createRequire(import.meta.url)(eldFile('../languageDetector.js')) as {
    createEld(): { instance: Eld; loadData(data: unknown): unknown };
  };
  const { instance, loadData } = createEld();
  loadData(snapshot.data);
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
