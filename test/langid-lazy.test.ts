import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { languageDetectorLoaded } from '../src/langid.js';

const article = (footer: string[]): string =>
  [
    'Village shop reopens after community buyout',
    '',
    'The only shop in the village reopened on Saturday after more than two hundred residents bought shares in it.',
    '',
    'Volunteers will run the tills, and the shop will stock local produce alongside everyday groceries.',
    '',
    ...footer,
  ].join('\n');

// Its own test file, so its own module state: nothing else has loaded the detector here.
describe('the language identifier', () => {
  it('is not loaded for an article with no foreign-looking header or footer', () => {
    clean(article(['Share this article', 'Follow us on social media']));
    expect(languageDetectorLoaded()).toBe(false);
  });
  it('is loaded once a candidate footer block exists', () => {
    const result = clean(article(['Ne Düşünüyorsun?', 'Site Yöneticisi - Editör']));
    expect(languageDetectorLoaded()).toBe(true);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['foreign-language', 'foreign-language']);
  });
});
