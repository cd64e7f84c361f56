import { optionsFor } from '../config/index.js';
import type { ConfigSource } from '../config/index.js';
import { cleanText as clean } from '../clean.js';
import type { CleanOptions, Finding, KeptLine } from '../index.js';
import { describeError, readInputFileSync } from './files.js';
import type { Target, TextFile } from './files.js';
import { removedByRule } from './output.js';
import { writeFileAtomicSync } from './safeWrite.js';
import { DEFAULT_MAX_SIZE } from './size.js';

/** What the CLI does with one file besides cleaning it. */
export interface FileJob {
  /** Rewrite the file when its text changes. */
  write: boolean;
  /** Keep the input and output texts in the outcome (for printing and --diff). */
  keepText: boolean;
  /** Keep the findings in the outcome (for --explain and --format json); else only the counts. */
  keepFindings?: boolean;
  /** Keep the input text in the outcome (for --report), without the output. */
  keepInput?: boolean;
  /** Flush each written file to disk before its rename (--fsync). */
  fsync?: boolean;
  /** The command line's rule settings; they override the file's configuration. */
  options: CleanOptions;
  /** Where the file's configuration comes from (resolved per file, cached per folder). */
  config: ConfigSource;
  /** Files larger than this many bytes are skipped without being read (default DEFAULT_MAX_SIZE). */
  maxSize?: number;
  /** The real folders a symbolic link may be written through into (see walk.ts); null: anywhere. */
  linkRoots?: readonly string[] | null;
}

/** The result of processing one file; plain data, so it can cross a worker-thread boundary. */
export type FileOutcome =
  | {
      name: string;
      status: 'changed' | 'unchanged';
      /** Only with keepFindings. */
      findings?: Finding[];
      /** Lines keep patterns protected; only with keepFindings, and only when there are any. */
      kept?: KeptLine[];
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
 * a 'failed' outcome and is left exactly as it was. A write is atomic (see safeWrite). The file's
 * own reads and writes are synchronous (see readInputFileSync); only stdin is awaited.
 */
export async function processFile(target: Target, job: FileJob, readStdin: (maxBytes?: number) => Promise<string>): Promise<FileOutcome> {
  if (target.file) return processFileSync(target, job);
  try {
    const options = optionsFor(target.file, job.config, job.options);
    return cleanOne(target, job, options, { text: await readStdin(job.maxSize ?? DEFAULT_MAX_SIZE), stamp: '' });
  } catch (err) {
    return { name: target.name, status: 'failed', error: describeError(err) };
  }
}

/** processFile for a file (not stdin), without awaiting anything; onInput(bytes) hears the size read. */
export function processFileSync(target: Target, job: FileJob, onInput?: (bytes: number) => void): FileOutcome {
  try {
    const options = optionsFor(target.file, job.config, job.options);
    const read = readInputFileSync(target.file, job.maxSize ?? DEFAULT_MAX_SIZE);
    onInput?.(read.text.length);
    return cleanOne(target, job, options, read);
  } catch (err) {
    return { name: target.name, status: 'failed', error: describeError(err) };
  }
}

function cleanOne(target: Target, job: FileJob, options: CleanOptions, read: TextFile): FileOutcome {
  const input = read.text;
  const result = clean(input, options);
  if (job.write && result.changed) writeFileAtomicSync(target.file, result.text, read.stamp, { fsync: job.fsync === true, linkRoots: job.linkRoots ?? null });
  return {
    name: target.name,
    status: result.changed ? 'changed' : 'unchanged',
    removedLines: result.removedLines,
    removedByRule: removedByRule(input, result.findings),
    ...(job.keepFindings ? { findings: result.findings } : {}),
    ...(job.keepFindings && result.kept?.length ? { kept: result.kept } : {}),
    ...(job.keepText ? { input, output: result.text } : job.keepInput && (result.findings.length > 0 || result.kept?.length) ? { input } : {}),
  };
}
