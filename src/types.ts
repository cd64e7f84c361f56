import type { RuleId } from './rule-ids.js';

/** One line of the original text. */
export interface Line {
  /** 1-based line number in the original text. */
  n: number;
  /** The line exactly as it was, without its line ending. */
  text: string;
  /** The line with surrounding white space (including no-break spaces) removed. */
  trimmed: string;
  /** True when the line holds only white space. */
  blank: boolean;
  /** Number of word tokens: runs of letters or digits, and each Chinese or Japanese character (see text.ts). */
  wordCount: number;
  /** Index into Doc.blocks, or -1 for a blank line. */
  block: number;
  /** True when the line reads as article prose, on its own or as part of a wrapped paragraph. */
  prose: boolean;
}

/** A paragraph: a maximal run of non-blank lines. */
export interface Block {
  index: number;
  /** First line number (1-based, inclusive). */
  start: number;
  /** Last line number (1-based, inclusive). */
  end: number;
  /** The block's lines trimmed and joined with single spaces. */
  text: string;
  /**
   * True when the block is one paragraph wrapped over several lines; false when each line stands
   * alone (one paragraph per line, a list, a single line).
   */
  wrapped: boolean;
}

/** The parsed document every rule reads. Built once by parseDocument(); never mutated. */
export interface Doc {
  /** The text without its byte-order mark. */
  text: string;
  bom: boolean;
  eol: '\n' | '\r\n';
  lines: Line[];
  blocks: Block[];
  /** Line number of the title: the first non-blank line that is not only a web address; 0 for an empty document. */
  titleLine: number;
  /**
   * The article body: first and last line that reads as prose (a sentence-ending line of
   * several words, or a long line). Null when no line reads as prose.
   */
  body: { start: number; end: number } | null;
  /**
   * The last line of the article proper: body.end when the last prose paragraph is the last line
   * of the document; otherwise the end of the last run of two or more prose paragraphs with only
   * blank lines between them (or body.end when there is no such run). Below it lies what a page
   * prints after an article, which may hold a lone sentence between short lines (a cookie notice);
   * 0 when there is no body.
   */
  articleEnd: number;
  /** Line by 1-based number. */
  line(n: number): Line;
  /**
   * The same object in the documents of every pass of one clean() (the input's, then each
   * shortened text's): with inputLine(), a key for caches of what a line's text alone determines,
   * so a later pass need not work it out again.
   */
  run: object;
  /** The number line n of this document had in the first pass's document (the input's). */
  inputLine(n: number): number;
}

/** One detected range of boilerplate lines. */
export interface Finding {
  ruleId: string;
  /** First line, 1-based, in the original text. */
  start: number;
  /** Last line, inclusive. */
  end: number;
  /** The evidence, quoted, for --explain. */
  reason: string;
}

/** What a rule sees besides the document: the lines earlier rules already claimed. */
export interface RuleContext {
  claimed: ReadonlySet<number>;
  /** The id of the rule that claimed each claimed line. */
  claimedBy: ReadonlyMap<number, string>;
}

/** A rule detects one kind of boilerplate. It never returns new text. */
export interface Rule<Options extends object = object> {
  /** kebab-case, same as the file name. */
  id: string;
  /** One sentence, for --list-rules and the README. */
  description: string;
  enabledByDefault: boolean;
  defaults: Options;
  /**
   * True for rules whose kind of line (a byline, a caption, a heading, a list of titles) is also how
   * an article is built inside: when such a rule finds three or more lines between the body's prose
   * paragraphs, with prose between them, it has found the article's own structure (the posts of a
   * thread, a gallery's captions, a programme's headings), and the engine keeps those lines.
   */
  sparesBodyStructure?: boolean;
  /** Pure: no I/O, no mutation of doc or ctx. */
  detect(doc: Doc, options: Options, ctx: RuleContext): Finding[];
}

/**
 * Options for clean(), checked at run time by the configuration file's schema (an OptionsError
 * says what is wrong). clean() takes them with rule ids typed (`Options`, Id = RuleId); inside,
 * where ids come from flags and configuration files, they are plain strings.
 */
export interface CleanOptions<Id extends string = string> {
  /** Rule ids to switch on in addition to the defaults. */
  enable?: readonly Id[];
  /** Rule ids to switch off. */
  disable?: readonly Id[];
  /**
   * Per-rule option overrides, merged over each rule's defaults: `{ caption: { maxCreditWords: 10 } }`.
   * Phrase lists (options named extra…) may be grouped by language: `{ nl: ['beeld'] }`.
   */
  ruleOptions?: { readonly [id in Id]?: object };
  /**
   * Keep patterns: a line that contains one of these strings, or matches one written as
   * `/regex/flags`, is never removed (white space around the line is not matched).
   */
  keep?: readonly string[];
}

/** clean()'s options, with rule ids checked by the compiler. */
export type Options = CleanOptions<RuleId>;

/** A line a keep pattern protected from a rule's finding. */
export interface KeptLine {
  /** 1-based, in the original text. */
  line: number;
  /** The keep pattern that matched, as written. */
  pattern: string;
  /** The rule that would have removed it, and its reason. */
  ruleId: string;
  reason: string;
}

/** The result of cleaning one text. */
export interface CleanResult {
  /** The cleaned text. */
  text: string;
  /** True when text differs from the input. */
  changed: boolean;
  /** Findings that removed lines, in line order (overlaps already settled). */
  findings: Finding[];
  /** Findings that lost an overlap to an earlier rule; nothing was removed for them. */
  skipped: Finding[];
  /** Number of non-blank lines removed. */
  removedLines: number;
  /** With keep patterns: the lines they protected, in line order (one entry per rule that found it). */
  kept?: KeptLine[];
}
