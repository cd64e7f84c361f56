/**
 * Line keys for learned boilerplate, after CCNet (Wenzek et al. 2019): a line is normalised
 * (lower case, every decimal digit to 0, punctuation, symbols and control characters stripped,
 * white space collapsed) and hashed to 64 bits. The hash is two 32-bit MurmurHash3 (x86_32) of the
 * line's UTF-8 bytes with two fixed seeds: fast in plain JavaScript (no BigInt), and with 64 bits a
 * collision between two different lines is unlikely below billions of distinct lines.
 */

const DIGIT = /\p{Nd}/gu;
const SPACE = /\s+/gu;
const STRIPPED = /[\p{P}\p{S}\p{Cc}\p{Cf}]+/gu;
const SPACES = / {2,}/g;

/** The CCNet-style normal form of a line: "Ne Düşünüyorsun?" -> "ne düşünüyorsun", "Page 12" -> "page 00". */
export function normalizeLine(line: string): string {
  return line.toLowerCase().replace(DIGIT, '0').replace(SPACE, ' ').replace(STRIPPED, '').replace(SPACES, ' ').trim();
}

const SEED_HI = 0x9747b28c;
const SEED_LO = 0x2f6b3a1d;
const encoder = new TextEncoder();
let scratch = new Uint8Array(4096);

/** The 64-bit hash of a normalised line, as its high and low 32 bits. */
export function hash64(normalized: string): [number, number] {
  if (normalized.length * 3 > scratch.length) scratch = new Uint8Array(normalized.length * 3);
  const n = encoder.encodeInto(normalized, scratch).written ?? 0;
  return [murmur3(scratch, n, SEED_HI), murmur3(scratch, n, SEED_LO)];
}

/** A 64-bit hash as 16 lower-case hex digits: the key of a line in a loaded profile. */
export function hexKey(hi: number, lo: number): string {
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

const LETTER = /\p{L}/u;

/**
 * The 64-bit key of a raw line or block text, or null when its normal form has no letter: lines of
 * only numbers ("12", "3-1") all become "00"-like keys that recur everywhere and say nothing.
 */
export function textKey(text: string): [number, number] | null {
  const normalized = normalizeLine(text);
  return LETTER.test(normalized) ? hash64(normalized) : null;
}

/** textKey as 16 hex digits, the form a loaded profile is looked up by. */
export function lineKey(text: string): string | null {
  const key = textKey(text);
  return key === null ? null : hexKey(key[0], key[1]);
}

/** MurmurHash3 x86_32 of bytes[0..n) (exported for its test vectors). */
export function murmur3(bytes: Uint8Array, n: number, seed: number): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed | 0;
  const whole = n & ~3;
  let i = 0;
  for (; i < whole; i += 4) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  const rest = n & 3;
  if (rest === 3) k ^= bytes[i + 2] << 16;
  if (rest >= 2) k ^= bytes[i + 1] << 8;
  if (rest >= 1) {
    k ^= bytes[i];
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
  }
  h ^= n;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
