// Line-level views of a text, for tests that check what cleaning kept.

/** The text's lines, blank (white-space only) lines as '', without the empty string after a final line ending. */
export function lines(text: string): string[] {
  const out = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/).map((l) => (l.trim() === '' ? '' : l));
  if (out.at(-1) === '') out.pop();
  return out;
}

/** True when every item of sub appears in `of`, in the same order. */
export function isSubsequence(sub: readonly string[], of: readonly string[]): boolean {
  let j = 0;
  for (const l of sub) {
    while (j < of.length && of[j] !== l) j++;
    if (j === of.length) return false;
    j++;
  }
  return true;
}
