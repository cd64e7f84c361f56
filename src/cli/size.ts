/** File sizes for --max-size: parse "500k", "10M", "1.5G" or plain bytes, and print them back. */
import { InvalidArgumentError } from 'commander';

/** Files larger than this are skipped without being read, unless --max-size says otherwise. */
export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
const SIZE = /^(\d+(?:\.\d+)?)\s?([kmg]?)(?:i?b)?$/i;

/** Bytes for "2000000", "500k", "10M", "1.5G" (binary units; a trailing "B" or "iB" is allowed). */
export function parseSize(value: string): number {
  const m = SIZE.exec(value.trim());
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new InvalidArgumentError('expected a size such as 500k, 10M or 2000000 (bytes).');
  }
  return bytes;
}

/** A size in the units parseSize reads: "812", "500k", "10M", "12.3M". */
export function formatSize(bytes: number): string {
  for (const [unit, factor] of [['G', 1024 ** 3], ['M', 1024 ** 2], ['k', 1024]] as const) {
    if (bytes >= factor) {
      const n = bytes / factor;
      return `${Number.isInteger(n) ? n : n.toFixed(1)}${unit}`;
    }
  }
  return String(bytes);
}
