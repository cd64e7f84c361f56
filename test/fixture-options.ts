import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CleanOptions } from '../src/index.js';
import { documentKeys } from '../src/profile/keys.js';
import { Profile } from '../src/profile/profile.js';
import { learnedBoilerplate, profileLookupFloor } from '../src/rules/learned-boilerplate.js';

/**
 * The options a fixture is cleaned with: none, unless its folder holds a `corpus/` of other
 * documents; then a profile is learned from those documents and input.txt (as `clean-article
 * learn` would) and the learned-boilerplate rule runs with it and its default thresholds.
 */
export function fixtureOptions(folder: string): CleanOptions {
  const corpus = join(folder, 'corpus');
  if (!existsSync(corpus)) return {};
  const profile = new Profile();
  const files = readdirSync(corpus).sort().map((f) => join(corpus, f));
  for (const file of [...files, join(folder, 'input.txt')]) profile.addDocument(documentKeys(readFileSync(file, 'utf8')));
  const { minDocs, minShare } = learnedBoilerplate.defaults;
  const counts = profile.lookup(profileLookupFloor(profile.documents, minDocs, minShare));
  return { enable: [learnedBoilerplate.id], ruleOptions: { [learnedBoilerplate.id]: { profile: counts } } };
}
