import { optionsFor } from '../config/index.js';
import type { ConfigSource } from '../config/index.js';
import { clean } from '../index.js';
import type { CleanOptions, Finding } from '../index.js';
import { describeError, readInputFile } from './files.js';
import type { Target } from './files.js';
import { writeFileAtomic } from './safeWrite.js';
import { DEFAULT_MAX_SIZE } from './size.js';

/** What the CLI does with one file besides cleaning it. */
export interface FileJob {
  /** Rewrite the file when its text changes. */
  write: boolean;
  /** Keep the input and output texts in the outcome (for printing and --diff). */
  keepText: boolean;
  /** The command line's rule settings; they override the file's configuration. */
  options: CleanOptions;
  /** Where the file's configuration comes from (resolved per file, cached per folder). */
  config: ConfigSource;
  /** Files larger than this many bytes are skipped without being read (default DEFAULT_MAX_SIZE). */
  maxSize?: number;
}

/** The result of processing one file; plain data, so it can cross a worker-thread boundary. */
export type FileOutcome =
  | {
      name: string;
      status: 'changed' | 'unchanged';
      findings: Finding[];
      removedLines: number;
      /** Non-blank lines removed, by rule id (for the run's summary). */
      removedByRule: Record<string, number>;
      /** Only with keepText. */
      input?: string;
      output?: string;
    }
  | { name: string; status: 'failed'; error: string };

/**
 * Read, clean and (with job.write) rewrite one file. Never throws for a file-level problem: a
 * binary, undecodable or oversized file, one that cannot be written or that changed meanwhile is
 * a 'failed' outcome and is left exactly as it was. A write is atomic (see safeWrite).
 */
export async function processFile(target: Target, job: FileJob, readStdin: () => Promise<string>): Promise<FileOutcome> {
  try {
    const options = optionsFor(target.file, job.config, job.options);
    const read = target.file ? await readInputFile(target.file, job.maxSize ?? DEFAULT_MAX_SIZE) : { text: await readStdin(), stamp: '' };
    const input = read.text;
    const result = clean(input, options);
    if (job.write && result.changed) await writeFileAtomic(target.file, result.text, read.stamp);
    return {
      name: target.name,
      status: result.changed ? 'changed' : 'unchanged',
      findings: result.findings,
      removedLines: result.removedLines,
      removedByRule: removedByRule(input, result.findings),
      ...(job.keepText ? { input, output: result.text } : {}),
    };
  } catch (err) {
    return { name: target.name, status: 'failed', error: describeError(err) };
  }
}

/** Count the non-blank lines each rule removed (a finding may span blank lines). */
function removedByRule(input: string, findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  if (findings.length === 0) return counts;
  const lines = input.split(/\r\n|\n|\r/);
  for (const f of findings) {
    let n = 0;
    for (let i = f.start; i <= f.end; i++) if (lines[i - 1]?.trim()) n++;
    counts[f.ruleId] = (counts[f.ruleId] ?? 0) + n;
  }
  return counts;
}
