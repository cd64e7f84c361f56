import { describe, expect, it } from 'vitest';
import { hash64, hexKey, lineKey, murmur3, normalizeLine } from '../src/profile/hash.js';
import { documentKeys } from '../src/profile/keys.js';
import { Profile } from '../src/profile/profile.js';

// Line keys, document keys and profiles: exact counts, merges and the size bound.

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Documents made of lines drawn from a vocabulary where some lines are common and most are rare. */
function corpus(docs: number, vocabulary: number, seed: number): string[] {
  const rnd = random(seed);
  const out: string[] = [];
  for (let d = 0; d < docs; d++) {
    const lines: string[] = [];
    const n = 3 + Math.floor(rnd() * 8);
    for (let i = 0; i < n; i++) {
      // Squaring skews the draw towards the first lines of the vocabulary: those recur.
      const k = Math.floor(rnd() * rnd() * vocabulary);
      lines.push(`line number ${String.fromCharCode(97 + (k % 26))} ${k} of the vocabulary`);
      if (rnd() < 0.3) lines.push('');
    }
    out.push(lines.join('\n'));
  }
  return out;
}

function learn(texts: readonly string[], maxEntries?: number): Profile {
  const p = new Profile(maxEntries);
  for (const t of texts) p.addDocument(documentKeys(t));
  return p;
}

/** True document frequency of every key, by brute force. */
function trueCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) {
    const keys = documentKeys(t);
    for (let i = 0; i < keys.length; i += 2) {
      const k = hexKey(keys[i], keys[i + 1]);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}

describe('murmur3 (x86_32)', () => {
  it('gives the reference test vectors', () => {
    expect(murmur3(bytes(''), 0, 0)).toBe(0);
    expect(murmur3(bytes(''), 0, 1)).toBe(0x514e28b7);
    expect(murmur3(bytes(''), 0, 0xffffffff)).toBe(0x81f16f39);
    expect(murmur3(bytes('test'), 4, 0x9747b28c)).toBe(0x704b81dc);
    expect(murmur3(bytes('Hello, world!'), 13, 0x9747b28c)).toBe(0x24884cba);
    const fox = bytes('The quick brown fox jumps over the lazy dog');
    expect(murmur3(fox, fox.length, 0x9747b28c)).toBe(0x2fa826cd);
  });
});

describe('normalizeLine and keys', () => {
  it('lower-cases, turns digits to 0, strips punctuation and symbols, collapses spaces', () => {
    expect(normalizeLine('  Ne Düşünüyorsun?  ')).toBe('ne düşünüyorsun');
    expect(normalizeLine('Page 12 of 340 — »Next«')).toBe('page 00 of 000 next');
    expect(normalizeLine('Follow\tus  on   X!')).toBe('follow us on x');
    expect(normalizeLine('Ⅻ ٣ 4')).toBe('ⅻ 0 0');
  });

  it('gives the same key to lines that differ only in case, digits, punctuation and spacing', () => {
    expect(lineKey('Sign up for our newsletter!')).toBe(lineKey('SIGN UP  for our newsletter'));
    expect(lineKey('Updated 12:45 on 3 May')).toBe(lineKey('updated 09:01 on 7 may'));
    expect(lineKey('Sign up for our newsletter')).not.toBe(lineKey('Sign up for our podcast'));
  });

  it('has no key for a line without a letter', () => {
    expect(lineKey('12')).toBeNull();
    expect(lineKey(' — 3-1 — ')).toBeNull();
    expect(lineKey('…')).toBeNull();
  });

  it('hexKey is 16 hex digits of the two halves', () => {
    const [hi, lo] = hash64('abc');
    expect(hexKey(hi, lo)).toMatch(/^[0-9a-f]{16}$/);
    expect(hexKey(1, 255)).toBe('00000001000000ff');
  });
});

describe('documentKeys', () => {
  const keysOf = (text: string): string[] => {
    const k = documentKeys(text);
    const out: string[] = [];
    for (let i = 0; i < k.length; i += 2) out.push(hexKey(k[i], k[i + 1]));
    return out.sort();
  };

  it('counts a line once however often the document repeats it', () => {
    expect(keysOf('Share this\n\nBody text here.\n\nShare this\n\nSHARE THIS!')).toEqual([lineKey('Share this'), lineKey('Body text here.')].sort());
  });

  it('adds a key for each block of two lines or more, as one text', () => {
    const keys = keysOf('Title\n\nFirst half of a footer\nsecond half of it\n');
    expect(keys).toContain(lineKey('First half of a footer second half of it'));
    expect(keys).toHaveLength(4);
  });

  it('ignores a byte-order mark, blank lines and CRLF line endings', () => {
    expect(keysOf('\ufeffTitle\r\n\r\nBody.\r\n')).toEqual(keysOf('Title\n\nBody.\n'));
  });
});

describe('Profile', () => {
  const texts = corpus(400, 300, 1);

  it('is the same whatever the order of the documents', () => {
    const shuffled = [...texts];
    const rnd = random(7);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    expect(shuffled).not.toEqual(texts);
    expect(learn(shuffled).serialize()).toBe(learn(texts).serialize());
  });

  it('merging the profiles of two halves gives exactly the profile of the whole', () => {
    const whole = learn(texts);
    for (const cut of [1, 137, 200, 399]) {
      const merged = learn(texts.slice(0, cut));
      merged.merge(learn(texts.slice(cut)));
      expect(merged.serialize()).toBe(whole.serialize());
    }
    expect(whole.error).toBe(0);
    expect(whole.documents).toBe(400);
  });

  it('holds the exact document frequency of every key', () => {
    const truth = trueCounts(texts);
    const profile = learn(texts);
    expect(profile.entries).toBe(truth.size);
    const lookup = profile.lookup(1);
    expect(new Map(lookup.counts)).toEqual(truth);
  });

  it('round-trips through its JSON form, sorted and byte for byte', () => {
    const text = learn(texts).serialize();
    const again = Profile.parse(text);
    expect(again.serialize()).toBe(text);
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['format', 'version', 'key', 'documents', 'entries', 'maxEntries', 'error', 'counts']);
    expect(data.documents).toBe(400);
    expect(text).not.toContain('vocabulary');
  });

  it('keeps at most maxEntries keys; past the bound every count stays within [count, count + error]', () => {
    const many = corpus(600, 5000, 3);
    const truth = trueCounts(many);
    const bound = 200;
    expect(truth.size).toBeGreaterThan(bound * 4);
    const profile = learn(many, bound);
    expect(profile.entries).toBeLessThanOrEqual(bound);
    expect(profile.error).toBeGreaterThan(0);
    const kept = profile.lookup(1).counts;
    for (const [key, count] of truth) {
      const c = kept.get(key) ?? 0;
      expect(c).toBeLessThanOrEqual(count);
      expect(count).toBeLessThanOrEqual(c + profile.error);
    }
    // The most common lines survive the bound.
    const top = [...truth].sort((a, b) => b[1] - a[1]).slice(0, 10);
    for (const [key] of top) expect(kept.has(key)).toBe(true);
  });

  it('a merge past the bound keeps the same guarantee, with the errors summed', () => {
    const many = corpus(600, 5000, 5);
    const truth = trueCounts(many);
    const a = learn(many.slice(0, 300), 300);
    const b = learn(many.slice(300), 300);
    const merged = new Profile(300);
    merged.merge(a);
    merged.merge(b);
    expect(merged.entries).toBeLessThanOrEqual(300);
    expect(merged.error).toBeGreaterThanOrEqual(a.error + b.error);
    const kept = merged.lookup(1).counts;
    for (const [key, count] of truth) {
      const c = kept.get(key) ?? 0;
      expect(c).toBeLessThanOrEqual(count);
      expect(count).toBeLessThanOrEqual(c + merged.error);
    }
  });

  it('lookup(n) keeps only the keys in at least n documents', () => {
    const profile = learn(texts);
    const all = profile.lookup(1).counts;
    const some = profile.lookup(20).counts;
    expect(some.size).toBeGreaterThan(0);
    expect(some.size).toBeLessThan(all.size);
    for (const [k, c] of all) expect(some.has(k)).toBe(c >= 20);
  });

  it('refuses what is not a profile, with a short message', () => {
    const good = JSON.parse(learn(texts.slice(0, 5)).serialize()) as Record<string, unknown>;
    expect(() => Profile.parse('not json')).toThrow('not a clean-article profile (not JSON)');
    expect(() => Profile.parse('{"format":"other"}')).toThrow('not a clean-article profile');
    expect(() => Profile.parse(JSON.stringify({ ...good, version: 99 }))).toThrow('profile version 99');
    expect(() => Profile.parse(JSON.stringify({ ...good, entries: 1 }))).toThrow('does not hold');
    expect(() => Profile.parse(JSON.stringify({ ...good, documents: -1 }))).toThrow('"documents"');
    const records = Buffer.from(good.counts as string, 'base64');
    const swapped = Buffer.concat([records.subarray(12, 24), records.subarray(0, 12), records.subarray(24)]);
    expect(() => Profile.parse(JSON.stringify({ ...good, counts: swapped.toString('base64') }))).toThrow('not sorted');
  });
});
