/**
 * The language identifier's n-gram database as JSON, written next to the built modules by
 * `npm run build` (`node dist/langid-snapshot.js`). eld ships it as a 2 MB JavaScript object
 * literal: compiling that costs each process or worker thread about a second and 130 MB more
 * memory than parsing the same data as JSON (measured: 237 MB against 104 MB of RSS). langid.ts
 * reads the snapshot when it is there and was made from the installed eld, else eld's module.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Where the snapshot lives: beside this module (dist/eld-medium.json once built). */
export const SNAPSHOT = new URL('./eld-medium.json', import.meta.url);

/** A file inside the installed eld package, found from its public "eld/medium" entry. */
export function eldFile(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.resolve('eld/medium')));
}

/** The installed eld's version, which a snapshot must match. */
export function eldVersion(): string {
  return (JSON.parse(readFileSync(eldFile('../../package.json'), 'utf8')) as { version: string }).version;
}

/** Write the snapshot of the medium database for the installed eld. */
export function writeSnapshot(target: URL = SNAPSHOT): void {
  const require = createRequire(import.meta.url);
  const { ngramsData } = require(eldFile('../ngrams/medium.js')) as { ngramsData: unknown };
  writeFileSync(target, JSON.stringify({ eld: eldVersion(), data: ngramsData }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeSnapshot();
