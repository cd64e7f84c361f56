import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eldFile, eldVersion, writeSnapshot } from '../src/langid-snapshot.js';
import { ROOT } from './spawn-bin.js';

// The JSON snapshot of eld's database gives a detector identical to eld's own module.

interface Eld {
  detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean };
}

describe('langid snapshot', () => {
  it('scores every line of every fixture exactly as eld/medium does', () => {
    const target = pathToFileURL(path.join(os.tmpdir(), `clean-article-eld-${process.pid}.json`));
    writeSnapshot(target);
    const snapshot = JSON.parse(readFileSync(target, 'utf8')) as { eld: string; data: unknown };
    rmSync(target);
    expect(snapshot.eld).toBe(eldVersion());
    const require = createRequire(import.meta.url);
    const { createEld } = require(eldFile('../languageDetector.js')) as { createEld(): { instance: Eld; loadData(d: unknown): unknown } };
    const fromSnapshot = createEld();
    fromSnapshot.loadData(snapshot.data);
    const fromModule = (require(eldFile('./static.medium.js')) as { eld: Eld }).eld;
    const fixtures = path.join(ROOT, 'fixtures');
    const lines = readdirSync(fixtures).flatMap((d) => readFileSync(path.join(fixtures, d, 'input.txt'), 'utf8').split('\n').filter((l) => l.trim().length > 3));
    expect(lines.length).toBeGreaterThan(500);
    for (const line of lines) {
      const a = fromSnapshot.instance.detect(line);
      const b = fromModule.detect(line);
      expect([a.language, a.getScores(), a.isReliable()]).toEqual([b.language, b.getScores(), b.isReliable()]);
    }
  });
});
