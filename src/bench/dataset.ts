// Reads a benchmark file in the format of ../shared/bench/aceb-dev.jsonl: one page a line, each
// {"id", "url", "gold", "inputs": {"dump": …, "resid:<extractor>": …}}. The input kind "clean" is
// the gold body itself, as in score.py.

/** One benchmark page. */
export interface Page {
  /** 0-based position in the file; score.py names the page's file after it (00012.txt). */
  index: number;
  /** The page's id in the file, or its 5-digit index when it has none. */
  id: string;
  url: string;
  /** The hand-labelled article body. */
  gold: string;
  /** Input text by kind ("dump", "resid:<extractor>"). */
  inputs: Readonly<Record<string, string>>;
}

/** The input kinds score.py scores by default, in the README table's order. */
export const DEFAULT_KINDS: readonly string[] = [
  'clean',
  'doc',
  'resid:readability_js',
  'resid:dom_smoothie',
  'resid:goose3',
  'resid:newspaper',
  'dump',
];

/** A benchmark file that cannot be read as pages; the message names the line. */
export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** Parse a JSONL benchmark file's text. Throws DatasetError for a malformed line or an empty file. */
export function parseDataset(text: string): Page[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const pages = lines.map((line, i) => parsePage(line, i));
  if (pages.length === 0) throw new DatasetError('no pages (one JSON object a line is expected)');
  return pages;
}

/**
 * One line of a JSON Lines corpus: its object (an empty one for any other JSON value), and whether
 * it has "inputs", an object of strings. Throws DatasetError naming the line when it is not JSON.
 */
export function parseJsonRow(line: string, index: number): { r: Record<string, unknown>; inputs: Record<string, string> | null } {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (err) {
    throw new DatasetError(`line ${index + 1}: not valid JSON (${(err as Error).message})`);
  }
  const r = (typeof row === 'object' && row !== null && !Array.isArray(row) ? row : {}) as Record<string, unknown>;
  const inputs = r.inputs;
  const ok = typeof inputs === 'object' && inputs !== null && Object.values(inputs).every((v) => typeof v === 'string');
  return { r, inputs: ok ? (inputs as Record<string, string>) : null };
}

function parsePage(line: string, index: number): Page {
  const where = `line ${index + 1}`;
  const { r, inputs } = parseJsonRow(line, index);
  const valid = typeof r.gold === 'string' && inputs !== null;
  if (!valid) throw new DatasetError(`${where}: a page needs "gold" (a string) and "inputs" (an object of strings)`);
  return {
    index,
    id: typeof r.id === 'string' && r.id !== '' ? r.id : pageNumber(index),
    url: typeof r.url === 'string' ? r.url : '',
    gold: r.gold as string,
    inputs: inputs!,
  };
}

/** The 5-digit page number score.py uses for file names. */
export function pageNumber(index: number): string {
  return String(index).padStart(5, '0');
}

/** The kinds every page has: "clean" and the input kinds common to all pages, sorted. */
export function availableKinds(pages: readonly Page[]): string[] {
  const common = Object.keys(pages[0]?.inputs ?? {}).filter((k) => pages.every((p) => k in p.inputs));
  return ['clean', ...common.sort()];
}

/** The text of one input kind of a page (the gold itself for "clean"). */
export function inputText(page: Page, kind: string): string {
  if (kind === 'clean') return page.gold;
  const text = page.inputs[kind];
  if (text === undefined) throw new DatasetError(`line ${page.index + 1}: no input "${kind}"`);
  return text;
}

/**
 * Find a document (a page, a corpus row) by its 5-digit number (as --worst prints it, with or
 * without leading zeros) or by the start of its id. Returns undefined when none or several match.
 */
export function findDoc<T extends { id: string }>(docs: readonly T[], key: string): T | undefined {
  if (/^\d{1,5}$/.test(key)) {
    const byNumber = docs[Number(key)];
    if (byNumber) return byNumber;
  }
  const byId = docs.filter((d) => key !== '' && d.id.startsWith(key));
  return byId.length === 1 ? byId[0] : undefined;
}

/** A page by its number or the start of its id (see findDoc). */
export const findPage = (pages: readonly Page[], key: string): Page | undefined => findDoc(pages, key);
