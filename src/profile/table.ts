/**
 * Counts of 64-bit keys in typed arrays (open addressing, linear probing): about 12 bytes a slot
 * and no object per key, so millions of distinct lines fit in tens of megabytes.
 */

const MIN_CAPACITY = 1 << 10;
const MAX_LOAD = 0.7;

export class CountTable {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private counts: Uint32Array;
  private mask: number;
  /** Number of distinct keys held. */
  size = 0;

  constructor(expected = 0) {
    let capacity = MIN_CAPACITY;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Add n to the count of a key. */
  add(hi: number, lo: number, n = 1): void {
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    while (this.counts[i] !== 0) {
      if (this.hi[i] === hi && this.lo[i] === lo) {
        this.counts[i] = Math.min(this.counts[i] + n, 0xffffffff);
        return;
      }
      i = (i + 1) & this.mask;
    }
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.counts[i] = n;
    this.size++;
    if (this.size > this.counts.length * MAX_LOAD) this.rebuild(this.counts.length * 2, 0);
  }

  /** The count of a key (0 when absent). */
  get(hi: number, lo: number): number {
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    while (this.counts[i] !== 0) {
      if (this.hi[i] === hi && this.lo[i] === lo) return this.counts[i];
      i = (i + 1) & this.mask;
    }
    return 0;
  }

  /**
   * Drop every key whose count is at most the smallest threshold that leaves no more than `keep`
   * keys. Returns that threshold (0 when nothing had to go).
   */
  prune(keep: number): number {
    if (this.size <= keep) return 0;
    const all = new Uint32Array(this.size);
    let j = 0;
    for (const c of this.counts) if (c !== 0) all[j++] = c;
    all.sort();
    // Ascending: keys with a count above all[size - keep - 1] are at most `keep`.
    const threshold = keep === 0 ? all[all.length - 1] : all[all.length - keep - 1];
    this.rebuild(this.counts.length, threshold);
    return threshold;
  }

  /** Call fn for every key and count, in no particular order. */
  forEach(fn: (hi: number, lo: number, count: number) => void): void {
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i] !== 0) fn(this.hi[i], this.lo[i], this.counts[i]);
  }

  /** Every key and count, sorted by key (hi, then lo). */
  sorted(): { hi: Uint32Array; lo: Uint32Array; counts: Uint32Array } {
    const order = new Uint32Array(this.size);
    let j = 0;
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i] !== 0) order[j++] = i;
    const { hi, lo } = this;
    order.sort((a, b) => hi[a] - hi[b] || lo[a] - lo[b]);
    return { hi: order.map((i) => hi[i]), lo: order.map((i) => lo[i]), counts: order.map((i) => this.counts[i]) };
  }

  /** Re-insert the keys whose count is above `dropAtOrBelow` into arrays of `capacity` slots. */
  private rebuild(capacity: number, dropAtOrBelow: number): void {
    const { hi, lo, counts } = this;
    while (capacity > MIN_CAPACITY && capacity * MAX_LOAD > this.size * 4) capacity /= 2;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] > dropAtOrBelow) this.add(hi[i], lo[i], counts[i]);
    }
  }
}
