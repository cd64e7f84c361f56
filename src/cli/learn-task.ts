/** The per-document part of `clean-article learn`: read one file or record and give its line keys. */
import { documentKeys } from '../profile/keys.js';
import { describeError, readInputFileSync } from './files.js';
import type { Target } from './files.js';
import { readRecord } from './jsonl-record.js';
import type { LearnOutcome } from './worker.js';

export function learnFile(target: Target, maxSize = Infinity): LearnOutcome {
  try {
    return { keys: documentKeys(readInputFileSync(target.file, maxSize).text) };
  } catch (err) {
    return { status: 'failed', error: describeError(err) };
  }
}

export function learnRecord(bytes: Uint8Array, field: string): LearnOutcome {
  const record = readRecord(bytes, field);
  return 'status' in record ? record : { keys: documentKeys(record.value) };
}
