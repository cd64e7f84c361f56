import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, clearConfigCache, effectiveConfig, extensionsFor, formatEffectiveConfig, isIgnored, loadConfigFile, optionsFor } from '../config/index.js';
import type { ConfigSource } from '../config/index.js';
import { rules, selectRules, UnknownRuleError } from '../index.js';
import type { CleanOptions } from '../index.js';
import { defaultJobs, runBatch } from './batch.js';
import { parseBatchFlags } from './batch-flags.js';
import type { BatchFlags } from './batch-flags.js';
import { classifyPaths } from './files.js';
import { maxJobs } from './jobs.js';
import { rootsOf } from './walk.js';
import type { FileJob } from './processFile.js';
import { commanderOutput, NAME, shellQuote, useColor } from './output.js';
import type { ColorEnv } from './output.js';
import { DEFAULT_MAX_SIZE, formatSize, parseSize } from './size.js';

/** Everything the CLI touches besides the file system, so tests can run it in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input, decoded as UTF-8 (a byte-order mark kept as U+FEFF); rejects past maxBytes, or when stop aborts. */
  readStdin(maxBytes?: number, stop?: AbortSignal): Promise<string>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** True when the environment asks for no colour (NO_COLOR, TERM=dumb). */
  noColor?: boolean;
  /** FORCE_COLOR, NO_COLOR and TERM as the environment sets them (colour is decided from them and the flags). */
  colorEnv?: ColorEnv;
  cwd: string;
  /** True when stderr is a terminal: the progress bar is drawn only then. */
  stderrIsTTY?: boolean;
  /** Standard input as a stream of chunks (JSON Lines); without it readStdin() is used. */
  stdinChunks?(): AsyncIterable<Uint8Array>;
  /** Write bytes to stdout as they are (a malformed JSON line); without it, stdout(decoded). */
  stdoutBytes?(bytes: Uint8Array): void;
  /** Resolves when stdout has taken what it was given (backpressure for long streams). */
  stdoutDrained?(): Promise<void>;
}

const HELP_AFTER = `
With no mode, one file (or stdin: "-", or no path with piped input) is cleaned
to stdout. Several files, folders or glob patterns need --write, --check or
--diff. A folder means every **/*.txt under it (see --ext); hidden entries,
node_modules and .git are skipped. Quote glob patterns ('news/**/*.txt') to let
clean-article expand them.

Configuration: the nearest clean-article.config.json, .clean-articlerc.json or
"clean-article" key in package.json above each file (up to the repository root
or the home folder, never into a folder owned by another user or writable by
others) sets rules, rule options, extensions, ignore and keep patterns; so does
the nearest .clean-articleignore. Flags override it.

Many files are cleaned on worker threads (--jobs); the results come in the
order of the sorted file list whatever the number of workers. A progress bar
is drawn on stderr when it is a terminal.

Corpora: --jsonl cleans one field (--field, default text) of each JSON Lines
record of FILE or stdin and writes the records to stdout in the same order.
"clean-article learn PATH... -o profile.json" counts the lines that recur
across documents; --profile profile.json removes them (see learn --help).

Output:
  cleaned text, --diff, the --check list of paths and the --write list of
  changed files go to stdout; --explain lines go to stderr, except with
  --write, where they go to stdout; errors and the --write / --check summary
  go to stderr (--quiet: errors only). Colour (--diff) follows --color and
  --no-color, else FORCE_COLOR, NO_COLOR and whether stdout is a terminal.

Exit codes:
  0  done, or nothing to change
  1  --check: at least one file would change
  2  usage error, or a file could not be processed (the others still are)
  130, 143  --write stopped by SIGINT or SIGTERM, after the file in hand
`;

interface Flags extends BatchFlags {
  write?: boolean;
  fsync?: boolean;
  check?: boolean;
  diff?: boolean;
  explain?: boolean;
  listRules?: boolean;
  enable?: string[];
  disable?: string[];
  ext?: string[];
  /** A path with --config, false with --no-config. */
  config?: string | false;
  printConfig?: string;
  format?: 'text' | 'json';
  maxSize?: number;
  followLinks?: boolean;
  quiet?: boolean;
  color?: boolean;
  errorOnUnmatchedPattern?: boolean;
  report?: string;
}

function commaList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter((s) => s !== '')];
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function buildProgram(io: Io): Command {
  return new Command(NAME)
    .description('Remove boilerplate lines (repeated titles, captions, reaction widgets, footers) from scraped news-article text.')
    .argument('[paths...]', 'files, folders or glob patterns; "-" for stdin')
    .option('-w, --write', 'rewrite the files whose text changes (others are not touched)')
    .option('--fsync', 'with --write: flush each file to disk before its rename, so a power cut cannot leave it empty or partial (slower)')
    .option('-c, --check', 'write nothing; list the files that would change; exit 1 if any')
    .option('--diff', 'write nothing; print a unified diff for each file that would change')
    .option('--explain', 'print "file:first-last rule-id: reason" for each removed range')
    .option('--report <file>', 'write an HTML page to audit what was removed (alone: nothing else is written)')
    .option('-q, --quiet', 'print errors only: no list of changed files, no summary, no progress bar')
    .option('--color', 'colour the --diff output even when stdout is not a terminal')
    .option('--no-color', 'never colour')
    .option('--no-error-on-unmatched-pattern', 'a folder or glob pattern that matches no file is not an error')
    .option('--enable <ids>', 'switch on rules by id (comma-separated, repeatable)', commaList)
    .option('--disable <ids>', 'switch off rules by id (comma-separated, repeatable)', commaList)
    .option('--ext <list>', 'extensions a folder expands to (default: txt, or the configuration\'s)', commaList)
    .option('--config <path>', 'use this configuration file for every file (none is searched for)')
    .option('--no-config', 'read no configuration file and no .clean-articleignore')
    .option('--print-config <file>', 'print the effective configuration for a file as JSON and exit')
    .addOption(new Option('--format <format>', 'output of --check and --explain: text, or json (one JSON object per file a line)').choices(['text', 'json']))
    .option('--follow-links', 'follow symbolic links found in folders (or named) to anywhere, not only into the paths given')
    .option('--max-size <size>', `skip files larger than this, unread (500k, 10M, …; default: ${formatSize(DEFAULT_MAX_SIZE)})`, parseSize)
    .option('--list-rules', 'list the rules (id, default on/off, description) and exit')
    .option('-j, --jobs <n>', `worker threads for many files or records (default: ${defaultJobs()}, the cores available; at most ${maxJobs()} without --force-jobs)`)
    .option('--force-jobs', 'allow --jobs above twice the cores')
    .option('--jsonl [file]', 'clean one field of each JSON Lines record of FILE (or stdin) to stdout')
    .option('--field <name>', 'with --jsonl: the field to clean (default: text)')
    .option('--profile <file>', 'remove lines that a profile (clean-article learn) finds in many documents')
    .option('--profile-min-docs <n>', 'with --profile: least documents a line must occur in (default: 5)')
    .option('--profile-min-share <x>', 'with --profile: least share of the documents (default: 0.01)')
    .version(packageVersion(), '-v, --version', 'print the version and exit')
    .helpOption('-h, --help', 'print this help and exit')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError(`(run ${NAME} --help for usage)`)
    .configureOutput(commanderOutput(io))
    .exitOverride();
}

/** Run the CLI on argv (without node and script) and return the exit code. Never exits the process. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === 'learn') return (await import('./learn.js')).runLearn(argv.slice(1), io);
  const program = buildProgram(io);
  const parsed = parseArgv(program, argv);
  if (parsed !== null) return parsed;
  const flags = program.opts<Flags>();
  const fail = (message: string): number => {
    io.stderr(`${NAME}: ${message}\n`);
    return 2;
  };

  if (flags.listRules) {
    io.stdout(formatRules());
    return 0;
  }

  const batch = await parseBatchFlags(flags, { enable: flags.enable ?? [], disable: flags.disable ?? [] }, io.cwd);
  if (typeof batch === 'string') return fail(batch);
  const options: CleanOptions = batch.options;
  try {
    selectRules(rules, options);
  } catch (err) {
    if (err instanceof UnknownRuleError) return fail(`${err.message} (see --list-rules)`);
    throw err;
  }

  const extensions = flags.ext?.map((e) => e.replace(/^\./, ''));
  const badExt = extensions?.find((e) => !/^[\w-]+(\.[\w-]+)*$/.test(e));
  if (extensions?.length === 0 || badExt !== undefined) return fail(`--ext takes extensions such as "txt,md", not "${badExt ?? ''}"`);
  if (flags.write && (flags.check || flags.diff)) return fail('--write cannot be combined with --check or --diff (those never write)');
  if (flags.fsync && !flags.write) return fail('--fsync goes with --write');
  const json = flags.format === 'json';
  if (json && !flags.check && !flags.explain) return fail('--format json needs --check or --explain');
  if (json && flags.diff) return fail('--format json cannot be combined with --diff');

  clearConfigCache();
  const source: ConfigSource = {
    disabled: flags.config === false,
    cwd: io.cwd,
    ...(typeof flags.config === 'string' ? { file: path.resolve(io.cwd, flags.config) } : {}),
  };
  try {
    if (source.file) loadConfigFile(source.file, true);
    if (flags.printConfig !== undefined) {
      if (program.args.length > 0) return fail('--print-config takes one file and no other paths');
      io.stdout(formatEffectiveConfig(effectiveConfig(flags.printConfig, io.cwd, source, options, extensions)));
      return 0;
    }
  } catch (err) {
    if (err instanceof ConfigError) return fail(err.format(io.cwd));
    throw err;
  }

  let args = program.args;
  if (flags.jsonl !== undefined) {
    if (args.length > 0 || flags.write || flags.check || flags.diff || flags.report !== undefined) return fail('--jsonl reads one file (or stdin) and writes JSON Lines to stdout: no other paths, --write, --check, --diff or --report');
    return (await import('./jsonl.js')).runJsonl({ file: flags.jsonl === true ? '-' : flags.jsonl, field: batch.field, options, jobs: batch.jobs, explain: !!flags.explain, maxSize: flags.maxSize ?? DEFAULT_MAX_SIZE }, io);
  }
  if (flags.field !== undefined) return fail('--field goes with --jsonl');
  if (flags.report !== undefined && flags.report.trim() === '') return fail('--report needs a file name, such as report.html');
  if (args.length === 0) {
    if (io.stdinIsTTY) {
      program.outputHelp({ error: true });
      return 2;
    }
    args = ['-'];
  }
  if (args.includes('-') && args.length > 1) return fail('"-" (stdin) cannot be combined with other paths');
  if (args.includes('-') && flags.write) return fail('--write needs files; without it, stdin is cleaned to stdout');

  const printMode = !flags.write && !flags.check && !flags.diff && flags.report === undefined;
  const paths = await classifyPaths(args, io.cwd);
  if (printMode && (paths.length > 1 || paths.some((p) => p.kind === 'folder' || p.kind === 'glob'))) {
    return fail('several files need a mode: --write to rewrite them, --check to list the ones that would change, or --diff to see the changes');
  }

  // Ignore patterns guard the modes that act on sets of files; one file printed to stdout is cleaned as asked.
  const ignored = printMode ? undefined : (file: string) => isIgnored(file, source);
  try {
    // Stdin's configuration is the one found from cwd: check it here, before anything runs.
    if (paths.some((p) => p.kind === 'stdin')) optionsFor('', source, options);
  } catch (err) {
    if (err instanceof ConfigError) return fail(err.format(io.cwd));
    throw err;
  }
  const colorEnv: ColorEnv = io.colorEnv ?? (io.noColor ? { NO_COLOR: '1' } : {});
  const diff = flags.diff ? await diffFormatter(useColor(flags.color, colorEnv, io.stdoutIsTTY)) : null;
  const job: FileJob = {
    write: !!flags.write,
    fsync: !!flags.fsync,
    keepText: printMode || !!flags.diff,
    keepFindings: json || !!flags.explain || flags.report !== undefined,
    keepInput: flags.report !== undefined,
    options,
    config: source,
    maxSize: flags.maxSize ?? DEFAULT_MAX_SIZE,
    linkRoots: flags.followLinks ? null : await rootsOf(paths, io.cwd),
  };
  return runBatch(
    {
      paths,
      extensions: extensions ?? ((dir) => extensionsFor(dir, source)),
      ignored,
      job,
      jobs: batch.jobs,
      print: printMode,
      check: !!flags.check,
      explain: !!flags.explain,
      json,
      diff,
      quiet: !!flags.quiet,
      errorOnUnmatched: flags.errorOnUnmatchedPattern !== false,
      fixCommand: flags.check ? fixCommand(argv) : null,
      ...(flags.report !== undefined ? { report: { file: path.resolve(io.cwd, flags.report), name: flags.report, version: packageVersion() } } : {}),
      configError: (err) => (err instanceof ConfigError ? err.format(io.cwd) : null),
      followLinks: !!flags.followLinks,
    },
    io,
  );
}

/**
 * Parse argv into the program. Returns null to go on, or the exit code when commander has already
 * answered (--help, --version: 0) or refused the arguments (2).
 */
export function parseArgv(program: Command, argv: readonly string[]): number | null {
  try {
    program.parse([...argv], { from: 'user' });
    return null;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
}

/**
 * The command that would clean what --check found: the same arguments with --write for --check
 * and without --diff or --format; null when it would be too long to be worth pasting.
 */
export function fixCommand(argv: readonly string[]): string | null {
  const words: string[] = [];
  let mode = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      words.push(...argv.slice(i));
      break;
    }
    if (a === '--check' || a === '-c' || a === '--diff') {
      if (!mode) words.push('--write');
      mode = true;
      continue;
    }
    if (a === '--format') {
      i++;
      continue;
    }
    if (a.startsWith('--format=')) continue;
    if (/^-[a-z]*c/i.test(a) && !a.startsWith('--')) return null;
    words.push(a);
  }
  const command = [NAME, ...words].map(shellQuote).join(' ');
  return command.length > 200 ? null : command;
}

/** One line per rule: id, on/off, description, in columns. */
function formatRules(): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.enabledByDefault ? 'on ' : 'off'}  ${r.description}\n`).join('');
}

/** Load diff (and chalk when colouring) only for --diff. */
async function diffFormatter(color: boolean): Promise<(name: string, before: string, after: string) => string> {
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
  const paint = color ? patchPainter(new (await import('chalk')).Chalk({ level: 1 })) : null;
  return (name, before, after) => {
    const patch = createTwoFilesPatch(name, name, before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
    return paint ? paint(patch) : patch;
  };
}

type Painter = (text: string) => string;

function patchPainter(chalk: { bold: Painter; cyan: Painter; green: Painter; red: Painter }): Painter {
  return (patch) =>
    patch
      .split('\n')
      .map((line, i) => {
        const cr = line.endsWith('\r') ? '\r' : '';
        const body = cr ? line.slice(0, -1) : line;
        if (body === '') return line;
        if (i < 2) return chalk.bold(body) + cr;
        if (body.startsWith('@@')) return chalk.cyan(body) + cr;
        if (body.startsWith('+')) return chalk.green(body) + cr;
        if (body.startsWith('-')) return chalk.red(body) + cr;
        return line;
      })
      .join('\n');
}
