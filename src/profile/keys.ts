/**
 * The keys one document contributes to a profile: every non-blank line, and every block (a run of
 * non-blank lines) of two lines or more as one text, so a footer paragraph is recognised also
 * when it is wrapped differently; lines without a letter are left out (see textKey). Each key
 * counts once per document (document frequency).
 */
import { trimAll } from '../text.js';
import { hexKey, textKey } from './hash.js';

/** The distinct 64-bit keys of a document as [hi, lo, hi, lo, …]; order unspecified. */
export function documentKeys(input: string): Uint32Array {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  const seen = new Map<string, [number, number]>();
  const add = (raw: string): void => {
    const key = textKey(raw);
    if (key !== null) seen.set(hexKey(key[0], key[1]), key);
  };
  let block: string[] = [];
  const closeBlock = (): void => {
    if (block.length >= 2) add(block.join(' '));
    block = [];
  };
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (trimAll(line) === '') {
      closeBlock();
      continue;
    }
    add(line);
    block.push(line);
  }
  closeBlock();
  const keys = new Uint32Array(seen.size * 2);
  let i = 0;
  for (const [hi, lo] of seen.values()) {
    keys[i++] = hi;
    keys[i++] = lo;
  }
  return keys;
}
