/**
 * A boilerplate profile: in how many documents of a corpus each line key occurs. It holds 64-bit
 * hashes and counts, never text. Its size is bounded by maxEntries keys: past the bound the keys
 * with the lowest counts are dropped (down to half the bound) and `error` grows by the count they
 * had at most, so every count stays a lower bound: count <= true count <= count + error. While no
 * key has been dropped (error 0) a profile is exact: it depends only on the set of documents, not
 * on their order, and the merge of the profiles of two halves of a corpus is the profile of the
 * whole. On disk it is JSON; the counts are one base64 string of 12-byte records (high 32 bits,
 * low 32 bits, count; big-endian) sorted by key, so the same corpus gives the same file.
 */
import { readRegularFileSync } from '../config/read.js';
import { hexKey } from './hash.js';
import { CountTable } from './table.js';

/** What the learned-boilerplate rule reads: documents counted and the counts by hex key. */
export interface LearnedCounts {
  documents: number;
  counts: ReadonlyMap<string, number>;
}

/** Identifies the file format. */
export const PROFILE_FORMAT = 'clean-article-profile';
/** Format version, raised when the record layout, the normalisation or the hash change. */
export const PROFILE_VERSION = 1;
/** Default bound on the number of keys in a profile. */
export const DEFAULT_MAX_ENTRIES = 2_000_000;
/**
 * Most keys a profile may hold (and --max-entries may ask for): a loaded profile's keys go into a
 * Map, which holds at most 2^24 entries; 16 million keys are a 256 MB file.
 */
export const MAX_PROFILE_ENTRIES = 16_000_000;
/** Largest profile file read (bytes): MAX_PROFILE_ENTRIES keys and the header, with room to spare. */
export const MAX_PROFILE_BYTES = 320 * 1024 * 1024;

/** Read a profile file: a regular file of at most MAX_PROFILE_BYTES (see readRegularFileSync). */
export function readProfileFile(file: string): Profile {
  return Profile.parse(readRegularFileSync(file, MAX_PROFILE_BYTES, 'a profile'));
}

/** Counts of line keys over a corpus, being built or loaded. */
export class Profile {
  /** Documents counted. */
  documents = 0;
  /** Every count may be low by at most this much; 0 while the profile is exact. */
  error = 0;
  readonly table: CountTable;

  constructor(readonly maxEntries = DEFAULT_MAX_ENTRIES) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error('maxEntries must be a positive integer');
    this.table = new CountTable();
  }

  /** Count one document's distinct keys ([hi, lo, hi, lo, …], as documentKeys gives them). */
  addDocument(keys: Uint32Array): void {
    this.documents++;
    for (let i = 0; i < keys.length; i += 2) this.table.add(keys[i], keys[i + 1]);
    this.bound();
  }

  /** Add another profile's counts and documents into this one. */
  merge(other: Profile): void {
    this.documents += other.documents;
    this.error += other.error;
    const { hi, lo, counts } = other.table.sorted();
    for (let i = 0; i < counts.length; i++) {
      this.table.add(hi[i], lo[i], counts[i]);
      if (this.table.size > this.maxEntries) this.bound();
    }
  }

  /** Number of keys held. */
  get entries(): number {
    return this.table.size;
  }

  /** The profile as JSON text, the same for the same counts. */
  serialize(): string {
    const { hi, lo, counts } = this.table.sorted();
    const records = Buffer.alloc(counts.length * 12);
    for (let i = 0; i < counts.length; i++) {
      records.writeUInt32BE(hi[i], i * 12);
      records.writeUInt32BE(lo[i], i * 12 + 4);
      records.writeUInt32BE(counts[i], i * 12 + 8);
    }
    const header = {
      format: PROFILE_FORMAT,
      version: PROFILE_VERSION,
      key: 'line and block text: lower case, digits to 0, punctuation/symbols/controls stripped, spaces collapsed; two MurmurHash3 x86_32 of the UTF-8 bytes',
      documents: this.documents,
      entries: counts.length,
      maxEntries: this.maxEntries,
      error: this.error,
    };
    return `${JSON.stringify({ ...header, counts: records.toString('base64') }, null, 2)}\n`;
  }

  /** Read a profile written by serialize(). Throws with a short message when it is not one. */
  static parse(json: string): Profile {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(json) as Record<string, unknown>;
    } catch {
      throw new Error('not a clean-article profile (not JSON)');
    }
    if (data === null || typeof data !== 'object' || data.format !== PROFILE_FORMAT) throw new Error('not a clean-article profile');
    if (data.version !== PROFILE_VERSION) throw new Error(`profile version ${String(data.version)}; this clean-article reads version ${PROFILE_VERSION}`);
    const int = (name: string, min: number): number => {
      const v = data[name];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min) throw new Error(`profile field "${name}" is not an integer >= ${min}`);
      return v;
    };
    const profile = new Profile(int('maxEntries', 1));
    profile.documents = int('documents', 0);
    profile.error = int('error', 0);
    if (typeof data.counts !== 'string') throw new Error('profile field "counts" is not a string');
    const entries = int('entries', 0);
    if (entries > MAX_PROFILE_ENTRIES) throw new Error(`profile holds ${entries} keys; at most ${MAX_PROFILE_ENTRIES} can be read`);
    if (data.counts.length > Math.ceil((entries * 12) / 3) * 4 + 4) throw new Error('profile "counts" does not hold "entries" records');
    const records = Buffer.from(data.counts, 'base64');
    if (records.length % 12 !== 0 || records.length / 12 !== int('entries', 0)) throw new Error('profile "counts" does not hold "entries" records');
    let prevHi = -1;
    let prevLo = -1;
    for (let at = 0; at < records.length; at += 12) {
      const hi = records.readUInt32BE(at);
      const lo = records.readUInt32BE(at + 4);
      const count = records.readUInt32BE(at + 8);
      if (hi < prevHi || (hi === prevHi && lo <= prevLo) || count === 0) throw new Error('profile "counts" records are not sorted, distinct and positive');
      prevHi = hi;
      prevLo = lo;
      profile.table.add(hi, lo, count);
    }
    return profile;
  }

  /** The keys counted in at least `atLeast` documents, by hex key (see hexKey), for the rule. */
  lookup(atLeast: number): LearnedCounts {
    const counts = new Map<string, number>();
    this.table.forEach((hi, lo, count) => {
      if (count >= atLeast) counts.set(hexKey(hi, lo), count);
    });
    return { documents: this.documents, counts };
  }

  /** Keep at most maxEntries keys: drop the lowest counts down to half the bound. */
  private bound(): void {
    if (this.table.size <= this.maxEntries) return;
    this.error += this.table.prune(Math.floor(this.maxEntries / 2));
  }
}
