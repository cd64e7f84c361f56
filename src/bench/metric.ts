// The development benchmark's metric, as ../shared/bench/score.py computes it, to the last bit:
// tokens are runs of \w (Python's: letters, numbers and "_"; no marks, no case folding), shingles
// are 4-grams of tokens counted as a multiset (a text of 1-3 tokens is one shingle), tp/fp/fn are
// normalised by their sum per page, and precision and recall are averaged over the pages where
// they are defined (precision: the output has a shingle; recall: the gold has one).

/**
 * Python's `re` \w on str: str.isalnum() or "_", which is exactly the general categories L* and N*
 * plus "_" (checked over every code point). Python 3.11 has Unicode 14 and Node 20 a later version,
 * so letters assigned since then are tokens here only; the development file has none.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The \w+ tokens of a text, in order. */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The n-gram shingles of a text with their counts; keys are the tokens joined by one space. */
export function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, t.length - n + 1);
  for (let i = 0; i < last && i < t.length; i++) {
    const key = t.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's score. precision or recall is null where score.py leaves the page out of that average. */
export interface PageScore {
  /** True positives, false positives and false negatives, each divided by their sum (0 when both texts have no token). */
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

/** Score one cleaned text against its gold text. */
export function scorePage(gold: string, predicted: string): PageScore {
  const a = shingles(gold);
  const b = shingles(predicted);
  let common = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const [key, count] of a) {
    sizeA += count;
    common += Math.min(count, b.get(key) ?? 0);
  }
  for (const count of b.values()) sizeB += count;
  const s = sizeA + sizeB - common;
  const [tp, fp, fn] = s > 0 ? [common / s, (sizeB - common) / s, (sizeA - common) / s] : [0, 0, 0];
  const perfect = fp === 0 && fn === 0;
  return {
    tp,
    fp,
    fn,
    precision: tp + fp > 0 ? (perfect ? 1 : tp / (tp + fp)) : null,
    recall: tp + fn > 0 ? (perfect ? 1 : tp / (tp + fn)) : null,
  };
}

/** Precision, recall (page averages) and F1 of the averages. */
export interface Scores {
  P: number;
  R: number;
  F1: number;
}

/** Average page scores the way score.py's metrics() does (an empty average is 0). */
export function aggregate(pages: readonly PageScore[]): Scores {
  const ps = pages.flatMap((p) => (p.precision === null ? [] : [p.precision]));
  const rs = pages.flatMap((p) => (p.recall === null ? [] : [p.recall]));
  const P = ps.length > 0 ? exactMean(ps) : 0;
  const R = rs.length > 0 ? exactMean(rs) : 0;
  return { P, R, F1: P + R !== 0 ? (2 * P * R) / (P + R) : 0 };
}

/** Score cleaned texts against gold texts, page by page. */
export function metrics(golds: readonly string[], predicted: readonly string[]): Scores {
  return aggregate(golds.map((g, i) => scorePage(g, predicted[i] ?? '')));
}

/**
 * The mean of finite numbers, correctly rounded, as Python's statistics.mean gives it: the sum is
 * taken exactly (every double is an integer multiple of 2^-1074) and divided once.
 */
export function exactMean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean of no values');
  let sum = 0n;
  for (const v of values) sum += scaledInteger(v);
  const den = BigInt(values.length) << 1074n;
  return sum < 0n ? -ratioToNumber(-sum, den) : ratioToNumber(sum, den);
}

/** v * 2^1074 as an exact integer. */
function scaledInteger(v: number): bigint {
  if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const magnitude = exponent === 0 ? fraction : (fraction | (1n << 52n)) << BigInt(exponent - 1);
  return bits >> 63n ? -magnitude : magnitude;
}

/** a / b rounded to the nearest double, ties to even (a >= 0, b > 0). */
function ratioToNumber(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  // Scale so that the quotient has 53 bits (fewer only below 2^-1022, where the step is 2^-1074).
  let shift = Math.min(53 - (bitLength(a) - bitLength(b)), 1074);
  let [q, twiceRest, den] = scaledQuotient(a, b, shift);
  if (q >= 1n << 53n) [q, twiceRest, den] = scaledQuotient(a, b, --shift);
  if (twiceRest > den || (twiceRest === den && (q & 1n) === 1n)) q += 1n;
  return Number(q) * 2 ** -shift;
}

/** floor(a * 2^shift / b), twice the remainder, and the divisor it is measured against. */
function scaledQuotient(a: bigint, b: bigint, shift: number): [bigint, bigint, bigint] {
  const num = shift >= 0 ? a << BigInt(shift) : a;
  const den = shift >= 0 ? b : b << BigInt(-shift);
  const q = num / den;
  return [q, 2n * (num - q * den), den];
}

function bitLength(n: bigint): number {
  return n.toString(2).length;
}
