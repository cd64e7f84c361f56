/**
 * One JSON Lines record: find one top-level string field, clean it, and splice the new value into
 * the original line, so every other byte of the record (other fields, key order, number format,
 * escapes, spacing) stays exactly as it was. Used in worker threads and in process alike.
 */
import { cleanText as clean } from '../clean.js';
import type { CleanOptions, Finding } from '../index.js';
import { removedByRule } from './output.js';

/** What became of one record. */
export type RecordOutcome =
  | {
      status: 'changed' | 'unchanged';
      /** The new line (without its line ending); only when changed. */
      output?: string;
      findings: Finding[];
      removedLines: number;
      /** Non-blank lines removed, by rule id. */
      removedByRule: Record<string, number>;
    }
  /** The record is an object without that field as a string: passed through. */
  | { status: 'skipped' }
  /** Not valid UTF-8 or not JSON: passed through and reported. */
  | { status: 'malformed'; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode and parse a record line; the field's string value and where it sits in the line. */
export function readRecord(bytes: Uint8Array, field: string): { line: string; value: string; start: number; end: number } | { status: 'skipped' } | { status: 'malformed'; error: string } {
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    return { status: 'malformed', error: 'not valid UTF-8' };
  }
  const bom = line.startsWith('\ufeff') ? 1 : 0;
  let data: unknown;
  try {
    data = JSON.parse(bom ? line.slice(1) : line);
  } catch (err) {
    return { status: 'malformed', error: `not JSON (${(err as Error).message})` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { status: 'skipped' };
  const value = (data as Record<string, unknown>)[field];
  if (typeof value !== 'string' || !Object.hasOwn(data, field)) return { status: 'skipped' };
  const span = fieldSpan(line, bom, field);
  if (span === null) return { status: 'skipped' };
  return { line, value, start: span[0], end: span[1] };
}

/**
 * Clean the field of one record. A record changes only when a rule removes lines: its text is then
 * the cleaned text, ending with a line break only if the original did.
 */
export function cleanRecord(bytes: Uint8Array, field: string, options: CleanOptions): RecordOutcome {
  const record = readRecord(bytes, field);
  if ('status' in record) return record;
  const result = clean(record.value, options);
  if (result.findings.length === 0) return { status: 'unchanged', findings: [], removedLines: 0, removedByRule: {} };
  let text = result.text;
  if (!/[\r\n]$/.test(record.value)) text = text.replace(/\r?\n$/, '');
  if (text === record.value) return { status: 'unchanged', findings: [], removedLines: 0, removedByRule: {} };
  const output = record.line.slice(0, record.start) + JSON.stringify(text) + record.line.slice(record.end);
  return { status: 'changed', output, findings: result.findings, removedLines: result.removedLines, removedByRule: removedByRule(record.value, result.findings) };
}

/**
 * Where the value of the last top-level `field` key sits in a line that is valid JSON (the last,
 * as JSON.parse keeps the last of duplicate keys): [start, end) of the string literal, quotes
 * included, or null when that value is not a string.
 */
export function fieldSpan(line: string, from: number, field: string): [number, number] | null {
  const rawKey = JSON.stringify(field);
  let i = skipSpace(line, from);
  if (line[i] !== '{') return null;
  i = skipSpace(line, i + 1);
  let found: [number, number] | null = null;
  while (i < line.length && line[i] !== '}') {
    const keyEnd = stringEnd(line, i);
    const raw = line.slice(i, keyEnd);
    const isField = raw === rawKey || (raw.includes('\\') && JSON.parse(raw) === field);
    i = skipSpace(line, keyEnd);
    i = skipSpace(line, i + 1);
    const valueEnd = valueEndAt(line, i);
    if (isField) found = line[i] === '"' ? [i, valueEnd] : null;
    i = skipSpace(line, valueEnd);
    if (line[i] === ',') i = skipSpace(line, i + 1);
  }
  return found;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  return i;
}

/** End (exclusive) of the string literal starting at i. */
function stringEnd(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** End (exclusive) of the JSON value starting at i. */
function valueEndAt(s: string, i: number): number {
  const c = s[i];
  if (c === '"') return stringEnd(s, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    let j = i;
    while (j < s.length) {
      const d = s[j];
      if (d === '"') {
        j = stringEnd(s, j);
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return j;
  }
  let j = i;
  while (j < s.length && s[j] !== ',' && s[j] !== '}' && s[j] !== ']' && s[j] !== ' ' && s[j] !== '\t' && s[j] !== '\n' && s[j] !== '\r') j++;
  return j;
}
