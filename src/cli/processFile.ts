import { writeFile } from 'node:fs/promises';
import { optionsFor } from '../config/index.js';
import type { ConfigSource } from '../config/index.js';
import { clean } from '../index.js';
import type { CleanOptions, Finding } from '../index.js';
import { describeError, readTextFile } from './files.js';
import type { Target } from './files.js';

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
}

/** The result of processing one file; plain data, so it can cross a worker-thread boundary. */
export type FileOutcome =
  | {
      name: string;
      status: 'changed' | 'unchanged';
      findings: Finding[];
      removedLines: number;
      /** Only with keepText. */
      input?: string;
      output?: string;
    }
  | { name: string; status: 'failed'; error: string };

/** Read, clean and (with job.write) rewrite one file. Never throws for a file-level problem. */
export async function processFile(target: Target, job: FileJob, readStdin: () => Promise<string>): Promise<FileOutcome> {
  try {
    const options = optionsFor(target.file, job.config, job.options);
    const input = target.file ? await readTextFile(target.file) : await readStdin();
    const result = clean(input, options);
    if (job.write && result.changed) await writeFile(target.file, result.text, 'utf8');
    return {
      name: target.name,
      status: result.changed ? 'changed' : 'unchanged',
      findings: result.findings,
      removedLines: result.removedLines,
      ...(job.keepText ? { input, output: result.text } : {}),
    };
  } catch (err) {
    return { name: target.name, status: 'failed', error: describeError(err) };
  }
}
