import type { Block, Doc, Line } from './types.js';
import { endsLikeSentence, isProse, trimAll, wordCount } from './text.js';

const BOM = '\ufeff';
/** A line that is nothing but a web address. */
const ONLY_URL = /^(?:https?:\/\/|www\.)\S+$/iu;

/** Parse a text once into lines, blocks (paragraphs), the title and the body span. */
export function parseDocument(input: string): Doc {
  const bom = input.startsWith(BOM);
  const text = bom ? input.slice(1) : input;
  // Most texts have no carriage return: split them at "\n" without a regex.
  const cr = text.includes('\r');
  const raw = text.length === 0 ? [] : cr ? text.split(/\r\n|\n|\r/) : text.split('\n');
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  const lines = raw.map((t, i): Line => {
    const trimmed = trimAll(t);
    const blank = trimmed.length === 0;
    return { n: i + 1, text: t, trimmed, blank, wordCount: blank ? 0 : wordCount(trimmed), block: -1, prose: false };
  });
  return assemble(text, bom, cr ? detectEol(text) : '\n', lines, {}, (n) => n);
}

/**
 * The document of a shortened text of `first` (the engine's next pass): its lines are `lines`, each
 * the text of first's line inputLine[i] (or '' for a paragraph break). The same as
 * parseDocument(text) for that text, but the lines' trimmed text and word count are taken from
 * first's lines instead of read again (`text`, with first's byte-order mark if it has one, is
 * that text); and it shares first's run (see Doc.run), its inputLine()
 * giving the numbers of the run's first document.
 */
export function reparse(first: Doc, text: string, lines: readonly string[], inputLine: readonly number[]): Doc {
  const out = lines.map((t, i): Line => {
    if (t === '') return { n: i + 1, text: t, trimmed: t, blank: true, wordCount: 0, block: -1, prose: false };
    const from = first.line(inputLine[i]);
    return { n: i + 1, text: from.text, trimmed: from.trimmed, blank: false, wordCount: from.wordCount, block: -1, prose: false };
  });
  return assemble(first.bom && text.startsWith(BOM) ? text.slice(1) : text, first.bom, first.eol, out, first.run, (n) => first.inputLine(inputLine[n - 1]));
}

/** Group lines into blocks, and find the title and the body span. */
function assemble(text: string, bom: boolean, eol: Doc['eol'], lines: Line[], run: object, inputLine: (n: number) => number): Doc {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const closeBlock = (): void => {
    if (current.length === 0) return;
    const block: Block = {
      index: blocks.length,
      start: current[0].n,
      end: current[current.length - 1].n,
      text: current.length === 1 ? current[0].trimmed : current.map((l) => l.trimmed).join(' '),
      wrapped: isWrapped(current),
    };
    const blockProse = block.wrapped && isProse(block.text, wordCount(block.text));
    for (const l of current) l.prose = block.wrapped ? blockProse : isProse(l.trimmed, l.wordCount);
    blocks.push(block);
    current = [];
  };
  for (const line of lines) {
    if (line.blank) {
      closeBlock();
      continue;
    }
    line.block = blocks.length;
    current.push(line);
  }
  closeBlock();

  // A scrape may start with the page's address: the title is the first line that is not one.
  const titleLine = (lines.find((l) => !l.blank && !ONLY_URL.test(l.trimmed)) ?? lines.find((l) => !l.blank))?.n ?? 0;
  let first = 0;
  let last = 0;
  for (const l of lines) {
    if (!l.prose) continue;
    if (first === 0) first = l.n;
    last = l.n;
  }
  const body = first > 0 ? { start: first, end: last } : null;
  const line = (n: number): Line => lines[n - 1];

  return {
    text,
    bom,
    eol,
    lines,
    blocks,
    titleLine,
    body,
    articleEnd: body === null ? 0 : articleEnd(line, body, lines.length),
    line,
    run,
    inputLine,
  };
}

/** See Doc.articleEnd. */
function articleEnd(line: (n: number) => Line, body: { start: number; end: number }, count: number): number {
  // A last paragraph with nothing but blank lines below it ends the article, alone or not.
  let n = body.end + 1;
  while (n <= count && line(n).blank) n++;
  if (n > count) return body.end;
  let next = 0; // the next non-blank line below n when it is prose, else 0
  for (let n = body.end; n >= body.start; n--) {
    const l = line(n);
    if (l.blank) continue;
    if (l.prose && next > 0) return next;
    next = l.prose ? n : 0;
  }
  return body.end;
}

/**
 * A paragraph wrapped over several lines: most of its lines (the last aside) are long and stop
 * mid-sentence. One paragraph per line, lists and menus are not wrapped.
 */
function isWrapped(lines: Line[]): boolean {
  if (lines.length < 2) return false;
  const inner = lines.length - 1;
  let sentenceEnds = 0;
  let long = 0;
  for (let i = 0; i < inner; i++) {
    if (endsLikeSentence(lines[i].trimmed)) sentenceEnds++;
    if (lines[i].trimmed.length >= 40) long++;
  }
  return sentenceEnds * 2 < inner && long * 2 >= inner;
}

function detectEol(text: string): '\n' | '\r\n' {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  if (crlf === 0) return '\n';
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  return crlf >= lf ? '\r\n' : '\n';
}

/** True when every line strictly between lines a and b of the document is blank. */
export function onlyBlankBetween(doc: Doc, a: number, b: number): boolean {
  for (let n = a + 1; n < b; n++) if (!doc.line(n).blank) return false;
  return true;
}
