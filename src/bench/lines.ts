/**
 * Adversarial lines for the regex benchmark and the linearity test: long runs of one character,
 * of spaces between words, of nested or repeated punctuation, and of the tokens the rules look
 * for (labels, counts, credits, markers), each exactly `length` characters long.
 */

/** One adversarial line and what it is made of. */
export interface AdversarialLine {
  name: string;
  line: string;
}

/** `unit` repeated to exactly `length` characters (code units), between optional edges. */
function fill(unit: string, length: number, head = '', tail = ''): string {
  const body = length - head.length - tail.length;
  return head + unit.repeat(Math.ceil(body / unit.length)).slice(0, body) + tail;
}

/** Nested brackets: "(((…)))" with the closing half mirrored. */
function nested(open: string, close: string, length: number): string {
  const half = Math.floor(length / 2 / open.length);
  return fill(open.repeat(half) + [...close.repeat(half)].reverse().join(''), length);
}

export function adversarialLines(length: number): AdversarialLine[] {
  const units: [string, string][] = [
    ['"a" x n', 'a'],
    ['"A " x n', 'A '],
    ['"1" x n', '1'],
    ['"1,2." x n', '1,2.'],
    ['"." x n', '.'],
    ['". " x n', '. '],
    ['"-" x n', '-'],
    ['" - " x n', ' - '],
    ['"|" x n', '|'],
    ['" | " x n', ' | '],
    ['"/" x n', '/'],
    ['": " x n', ': '],
    ['"a-" x n', 'a-'],
    ["\"a'\" x n", "a'"],
    ['"©" x n', '©'],
    ['"© " x n', '© '],
    ['"*_" x n', '*_'],
    ['"(R) " x n', '(R) '],
    ['"Photo: " x n', 'Photo: '],
    ['"like 0 " x n', 'like 0 '],
    ['"👍" x n', '👍'],
    ['"e\\u0301" x n', 'e\u0301'],
    ['"\\u00a0" x n', '\u00a0'],
    ['"\\u200b" x n', '\u200b'],
    ['"?)" x n', '?)'],
    ['"\\"" x n', '"'],
    ['".\\"" x n', '."'],
  ];
  const lines: AdversarialLine[] = units.map(([name, unit]) => ({ name, line: fill(unit, length) }));
  lines.push(
    { name: '"a" + spaces + "a"', line: fill(' ', length, 'a', 'a') },
    { name: '"a" + tabs and no-break spaces + "a"', line: fill(' \t\u00a0', length, 'a', 'a') },
    { name: '"a" + spaces + "."', line: fill(' ', length, 'a', '.') },
    { name: '"(" x n + ")" x n', line: nested('(', ')', length) },
    { name: '"([{" x n + "}])" x n', line: nested('([{', '}])', length) },
    { name: '"( " x n + ") " x n', line: nested('( ', ' )', length) },
    { name: '"[" x n + "]" x n', line: nested('[', ']', length) },
    { name: '"Photo" + spaces + "x"', line: fill(' ', length, 'Photo', 'x') },
    { name: '"Three word title" + spaces + "x"', line: fill(' ', length, 'Three word title', 'x') },
    { name: '"(" + "a " x n', line: fill('a ', length, '(') },
    { name: '"a" x n + "(AP Photo/"', line: fill('a', length, '', ' (AP Photo/') },
    { name: '"Photo 1" + "1" x n + "x"', line: fill('1', length, 'Photo 1', 'x') },
    { name: '"© 2019 " x n', line: fill('© 2019 ', length) },
    { name: '"x | " x n', line: fill('x | ', length) },
    { name: '"](a" x n', line: fill('](a', length) },
    { name: '"aA" x n + "!"', line: fill('aA', length, '', '!') },
    { name: 'punctuation mix', line: fill('.,;:!?()[]{}"\'-–—|/\\*_#©®', length) },
  );
  return lines;
}

/** Article prose (paragraphs of the given texts, joined by spaces) cut to `length` characters. */
export function normalLine(texts: readonly string[], length: number): string {
  const words = texts.join(' ').split(/\s+/u).filter((w) => w !== '');
  let line = '';
  for (let i = 0; line.length < length; i++) line += `${line ? ' ' : ''}${words[i % words.length]}`;
  return line.slice(0, length);
}

/**
 * Documents of `n` lines, each built from one kind of line (one character, distinct single words,
 * rows of numbers, menu items, bylines, captions, widget lines, prose paragraphs, …), for the
 * scaling benchmark: work that is linear in the number of lines stays linear here too.
 */
export function manyLineDocuments(n: number): AdversarialLine[] {
  const lines = (f: (i: number) => string, sep = '\n'): string => Array.from({ length: n }, (_, i) => f(i)).join(sep) + '\n';
  const prose = 'This is a paragraph of an article that goes on long enough to read as a sentence.';
  return [
    { name: 'one character a line', line: lines(() => 'x') },
    { name: 'one character a paragraph', line: lines(() => 'x', '\n\n') },
    { name: 'distinct single words', line: lines((i) => `word${i}`) },
    { name: 'rows of numbers', line: lines((i) => `${i} ${i * 3} ${i * 7}`) },
    { name: 'menu items', line: lines((i) => `Menu item ${i % 50}`) },
    { name: 'the same share line', line: lines(() => 'Share this article', '\n\n') },
    { name: 'bylines', line: lines((i) => `By John Smith${i}`) },
    { name: 'captions', line: lines((i) => `Photo: Reuters ${i}`, '\n\n') },
    { name: 'capitals', line: lines((i) => `BREAKING NEWS ${i}`) },
    { name: 'widget lines', line: lines((i) => `like ${i} dislike 0 love 0`) },
    { name: 'links', line: lines((i) => `https://example.com/path/${i}`) },
    { name: 'title and paragraph in turn', line: `The Title\n\n${lines((i) => (i % 2 ? 'The Title' : `${prose} ${i}`), '\n\n')}` },
    { name: 'the same paragraph', line: lines(() => prose, '\n\n') },
    { name: 'distinct paragraphs', line: lines((i) => `${prose} Number ${i}, day ${i * 7}.`, '\n\n') },
    { name: 'a wrapped paragraph', line: lines((i) => `a line of a paragraph wrapped at a width that stops mid-sentence ${i} and`) },
  ];
}
