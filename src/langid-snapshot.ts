/**
 * The language identifier's n-gram database in a compact binary form, written next to the built
 * modules by `npm run build` (`node dist/langid-snapshot.js`). eld ships it as a 2 MB JavaScript
 * object literal of 105,548 n-grams, each an object of language scores: compiling that costs each
 * process or worker thread about a second and 190 MB of RSS, and even parsed from JSON the objects
 * take about 50 MB per worker. The snapshot keeps the same numbers in four typed arrays (about
 * 1.6 MB, outside the JavaScript heap) that `readSnapshot` wraps without copying, and hands eld an
 * `ngrams` object that builds the small `{ language index: score }` object eld reads for one
 * n-gram when eld asks for it. eld's own detection code runs unchanged on it, so its results are
 * the same to the bit. langid.ts reads the snapshot when it is there and was made from the
 * installed eld, else it loads eld's own module.
 *
 * The file: a little-endian uint32 header length, the JSON header, zero bytes up to a multiple of
 * 8, then `keys` (Float64Array, sorted: each n-gram's characters as base-256 digits, first
 * character lowest, each character's digit its position + 1 in the header's `alphabet`),
 * `offsets` (Uint32Array, count + 1: where each n-gram's pairs start in the next two), `langs` and
 * `scores` (Uint8Array each: language index ascending, and its score).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

/** Where the snapshot lives: beside this module (dist/eld-medium.bin once built). */
export const SNAPSHOT = new URL('./eld-medium.bin', import.meta.url);

/** The JSON snapshot earlier builds wrote there, which writeSnapshot removes. */
const OLD_SNAPSHOT = new URL('./eld-medium.json', import.meta.url);

/** A file inside the installed eld package, found from its public "eld/medium" entry. */
export function eldFile(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.resolve('eld/medium')));
}

/** The installed eld's version, which a snapshot must match. */
export function eldVersion(): string {
  return (JSON.parse(readFileSync(eldFile('../../package.json'), 'utf8')) as { version: string }).version;
}

/** The database as eld's `loadData` takes it (eld/src/languageData.js, setNgrams). */
export interface EldData {
  type: string;
  languages: Record<string, string>;
  isSubset?: boolean;
  ngrams: Record<string, Record<string, number> | undefined>;
}

interface Header {
  eld: string;
  endianness: string;
  type: string;
  languages: Record<string, string>;
  isSubset: boolean;
  alphabet: string;
  count: number;
  pairs: number;
}

/** An n-gram's characters are at most this many, so that its key (base 256) is an exact double. */
const MAX_CHARS = 6;

/** The key of an n-gram, or -1 when it has a character outside the alphabet or is too long. */
function keyOf(ngram: string, digit: (code: number) => number): number {
  if (ngram.length === 0 || ngram.length > MAX_CHARS) return -1;
  let key = 0;
  for (let i = ngram.length - 1; i >= 0; i--) {
    const d = digit(ngram.charCodeAt(i));
    if (d === 0) return -1;
    key = key * 256 + d;
  }
  return key;
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** The snapshot's bytes for a database, or an error when it does not fit the format. */
export function encodeSnapshot(data: EldData, eld: string): Buffer {
  const ngrams = Object.keys(data.ngrams);
  const alphabet = [...new Set(ngrams.join(''))].sort().join('');
  if (alphabet.length > 255 || [...alphabet].some((c) => c.length !== 1)) throw new Error('eld snapshot: the n-grams use more than 255 characters');
  const digits = new Map([...alphabet].map((c, i) => [c.charCodeAt(0), i + 1]));
  const keyed = ngrams.map((ngram) => {
    const key = keyOf(ngram, (code) => digits.get(code) ?? 0);
    if (key < 0) throw new Error(`eld snapshot: n-gram ${JSON.stringify(ngram)} is longer than ${MAX_CHARS} characters`);
    const scores = data.ngrams[ngram] ?? {};
    // for...in order, which eld sums in: integer keys ascending, as these must all be.
    const langs = Object.keys(scores);
    for (const lang of langs) {
      const score = scores[lang];
      if (String(Number(lang)) !== lang || Number(lang) > 255 || !Number.isInteger(score) || score < 0 || score > 255) {
        throw new Error(`eld snapshot: n-gram ${JSON.stringify(ngram)} has ${lang}: ${score}, not a language index and score of 0-255`);
      }
    }
    return { key, langs, scores };
  });
  keyed.sort((a, b) => a.key - b.key);
  const pairs = keyed.reduce((n, k) => n + k.langs.length, 0);
  const header: Header = {
    eld,
    endianness: os.endianness(),
    type: data.type,
    languages: data.languages,
    isSubset: data.isSubset ?? false,
    alphabet,
    count: keyed.length,
    pairs,
  };
  const json = Buffer.from(JSON.stringify(header));
  const start = align8(4 + json.length);
  const out = Buffer.alloc(start + keyed.length * 8 + (keyed.length + 1) * 4 + pairs * 2);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  const { keys, offsets, langs, scores } = views(out, start, keyed.length, pairs);
  let p = 0;
  keyed.forEach((k, i) => {
    if (i > 0 && k.key === keys[i - 1]) throw new Error('eld snapshot: two n-grams have the same key');
    keys[i] = k.key;
    offsets[i] = p;
    for (const lang of k.langs) {
      langs[p] = Number(lang);
      scores[p] = k.scores[lang];
      p++;
    }
  });
  offsets[keyed.length] = p;
  return out;
}

/** The four arrays of a snapshot, over its bytes (which start at a multiple of 8). */
function views(bytes: Uint8Array, start: number, count: number, pairs: number) {
  const at = bytes.byteOffset + start;
  const keys = new Float64Array(bytes.buffer, at, count);
  const offsets = new Uint32Array(bytes.buffer, at + count * 8, count + 1);
  const langs = new Uint8Array(bytes.buffer, offsets.byteOffset + offsets.byteLength, pairs);
  const scores = new Uint8Array(bytes.buffer, langs.byteOffset + pairs, pairs);
  return { keys, offsets, langs, scores };
}

/**
 * The database from a snapshot's bytes, for eld's `loadData`; null when they were written for
 * another eld version or byte order. Its `ngrams` answers only property reads (all that eld's
 * detect() does with it), each with a new object, or undefined for an unknown n-gram.
 */
export function decodeSnapshot(file: Uint8Array, eld: string): EldData | null {
  // Typed arrays need their offsets aligned: copy the (rare) buffer that does not start at one.
  const bytes = file.byteOffset % 8 === 0 ? file : new Uint8Array(file);
  const length = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, length).toString('utf8')) as Header;
  if (header.eld !== eld || header.endianness !== os.endianness()) return null;
  const { keys, offsets, langs, scores } = views(bytes, align8(4 + length), header.count, header.pairs);
  const digits = new Uint8Array(65536);
  for (let i = 0; i < header.alphabet.length; i++) digits[header.alphabet.charCodeAt(i)] = i + 1;
  const digit = (code: number): number => digits[code];
  const lookup = (ngram: string): Record<string, number> | undefined => {
    const key = keyOf(ngram, digit);
    if (key < 0) return undefined;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else {
        const scoresOf: Record<string, number> = {};
        for (let p = offsets[mid]; p < offsets[mid + 1]; p++) scoresOf[langs[p]] = scores[p];
        return scoresOf;
      }
    }
    return undefined;
  };
  const ngrams = new Proxy({} as EldData['ngrams'], {
    get: (_target, ngram) => (typeof ngram === 'string' ? lookup(ngram) : undefined),
  });
  return { type: header.type, languages: header.languages, isSubset: header.isSubset, ngrams };
}

/** The database from the snapshot file, or null when it is missing or not for this eld. */
export function readSnapshot(file: URL = SNAPSHOT, eld: string = eldVersion()): EldData | null {
  try {
    return decodeSnapshot(readFileSync(file), eld);
  } catch {
    return null; // missing, or cut short
  }
}

/** eld's own medium database, from its module (a second and much memory; for builds and tests). */
export function eldMediumData(): EldData {
  return (createRequire(import.meta.url)(eldFile('../ngrams/medium.js')) as { ngramsData: EldData }).ngramsData;
}

/** Write the snapshot of the medium database for the installed eld. */
export function writeSnapshot(target: URL = SNAPSHOT): void {
  writeFileSync(target, encodeSnapshot(eldMediumData(), eldVersion()));
  if (target.href === SNAPSHOT.href) rmSync(OLD_SNAPSHOT, { force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeSnapshot();
