import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, clearConfigCache, effectiveConfig, extensionsFor, formatEffectiveConfig, isIgnored, loadConfigFile, optionsFor } from '../config/index.js';
import type { ConfigSource } from '../config/index.js';
import { rules, selectRules, UnknownRuleError } from '../index.js';
import type { CleanOptions } from '../index.js';
import { classifyPaths, expandPaths } from './files.js';
import { processFile } from './processFile.js';
import type { FileJob, FileOutcome } from './processFile.js';
import { signalExitCode } from './signals.js';
import type { InterruptWatch } from './signals.js';
import { DEFAULT_MAX_SIZE, formatSize, parseSize } from './size.js';

/** Everything the CLI touches besides the file system, so tests can run it in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input, decoded as UTF-8 (a byte-order mark kept as U+FEFF). */
  readStdin(): Promise<string>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** True when the environment asks for no colour (NO_COLOR, TERM=dumb). */
  noColor?: boolean;
  cwd: string;
  /** Watch for SIGINT/SIGTERM while files are rewritten (the real process only). */
  watchInterrupts?(): InterruptWatch;
}

const NAME = 'clean-article';

const HELP_AFTER = `
With no mode, one file (or stdin: "-", or no path with piped input) is cleaned
to stdout. Several files, folders or glob patterns need --write, --check or
--diff. A folder means every **/*.txt under it (see --ext); hidden entries,
node_modules and .git are skipped. Quote glob patterns ('news/**/*.txt') to let
clean-article expand them.

Configuration: the nearest clean-article.config.json, .clean-articlerc.json or
"clean-article" key in package.json above each file (up to the repository root)
sets rules, rule options, extensions and ignore patterns; so does the nearest
.clean-articleignore. Flags override it.

Output:
  cleaned text, --diff and the --check list of paths go to stdout;
  --explain lines go to stderr, except with --write, where they go to stdout;
  errors and the --write / --check summary go to stderr.

Exit codes:
  0  done, or nothing to change
  1  --check: at least one file would change
  2  usage error, or a file could not be processed (the others still are)
  130, 143  --write stopped by SIGINT or SIGTERM, after the file in hand
`;

interface Flags {
  write?: boolean;
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
    .option('-c, --check', 'write nothing; list the files that would change; exit 1 if any')
    .option('--diff', 'write nothing; print a unified diff for each file that would change')
    .option('--explain', 'print "file:first-last rule-id: reason" for each removed range')
    .option('--enable <ids>', 'switch on rules by id (comma-separated, repeatable)', commaList)
    .option('--disable <ids>', 'switch off rules by id (comma-separated, repeatable)', commaList)
    .option('--ext <list>', 'extensions a folder expands to (default: txt, or the configuration\'s)', commaList)
    .option('--config <path>', 'use this configuration file for every file (none is searched for)')
    .option('--no-config', 'read no configuration file and no .clean-articleignore')
    .option('--print-config <file>', 'print the effective configuration for a file as JSON and exit')
    .addOption(new Option('--format <format>', 'output of --check and --explain: text, or json (one JSON object per file a line)').choices(['text', 'json']))
    .option('--max-size <size>', `skip files larger than this, unread (500k, 10M, …; default: ${formatSize(DEFAULT_MAX_SIZE)})`, parseSize)
    .option('--list-rules', 'list the rules (id, default on/off, description) and exit')
    .version(packageVersion(), '-v, --version', 'print the version and exit')
    .helpOption('-h, --help', 'print this help and exit')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError(`(run ${NAME} --help for usage)`)
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride();
}

/** Run the CLI on argv (without node and script) and return the exit code. Never exits the process. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  const flags = program.opts<Flags>();
  const fail = (message: string): number => {
    io.stderr(`${NAME}: ${message}\n`);
    return 2;
  };

  if (flags.listRules) {
    io.stdout(formatRules());
    return 0;
  }

  const options: CleanOptions = { enable: flags.enable ?? [], disable: flags.disable ?? [] };
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
  if (args.length === 0) {
    if (io.stdinIsTTY) {
      program.outputHelp({ error: true });
      return 2;
    }
    args = ['-'];
  }
  if (args.includes('-') && args.length > 1) return fail('"-" (stdin) cannot be combined with other paths');
  if (args.includes('-') && flags.write) return fail('--write needs files; without it, stdin is cleaned to stdout');

  const printMode = !flags.write && !flags.check && !flags.diff;
  const paths = await classifyPaths(args, io.cwd);
  if (printMode && (paths.length > 1 || paths.some((p) => p.kind === 'folder' || p.kind === 'glob'))) {
    return fail('several files need a mode: --write to rewrite them, --check to list the ones that would change, or --diff to see the changes');
  }

  let expanded: Awaited<ReturnType<typeof expandPaths>>;
  try {
    // Ignore patterns guard the modes that act on sets of files; one file printed to stdout is cleaned as asked.
    const ignored = printMode ? undefined : (file: string) => isIgnored(file, source);
    expanded = await expandPaths(paths, io.cwd, extensions ?? ((dir) => extensionsFor(dir, source)), ignored);
    // Stdin's configuration is the one found from cwd: check it here, before anything runs.
    if (expanded.targets.some((t) => t.file === '')) optionsFor('', source, options);
  } catch (err) {
    if (err instanceof ConfigError) return fail(err.format(io.cwd));
    throw err;
  }
  const { targets, errors } = expanded;
  // With --format json the report (one object per file) replaces the --check list and the
  // --explain lines; it goes to stdout unless stdout carries the cleaned text.
  const report = json ? (printMode ? io.stderr : io.stdout) : null;
  const failure = (name: string, error: string): void => {
    io.stderr(`${NAME}: ${name}: ${error}\n`);
    report?.(`${JSON.stringify({ file: name, status: 'failed', error })}\n`);
  };
  for (const e of errors) failure(e.name, e.message);

  const explain = flags.write ? io.stdout : io.stderr;
  const diff = flags.diff ? await diffFormatter(io.stdoutIsTTY && !io.noColor) : null;
  let changed = 0;
  let unchanged = 0;
  let failed = errors.length;
  let removedLines = 0;

  const job: FileJob = { write: !!flags.write, keepText: printMode || !!flags.diff, options, config: source, maxSize: flags.maxSize ?? DEFAULT_MAX_SIZE };
  const interrupts = flags.write ? io.watchInterrupts?.() : undefined;
  let started = 0;
  for (const target of targets) {
    if (interrupts?.signal) break;
    started++;
    const outcome = await processFile(target, job, io.readStdin);
    if (outcome.status === 'failed') {
      failed++;
      failure(outcome.name, outcome.error);
      continue;
    }
    const isChanged = outcome.status === 'changed';
    if (isChanged) {
      changed++;
      removedLines += outcome.removedLines;
    } else {
      unchanged++;
    }
    if (report) report(`${JSON.stringify(jsonRecord(outcome))}\n`);
    else if (flags.explain) {
      for (const f of outcome.findings) explain(`${outcome.name}:${f.start}-${f.end} ${f.ruleId}: ${f.reason}\n`);
    }
    if (printMode) io.stdout(outcome.output ?? '');
    else if (diff) {
      if (isChanged) io.stdout(diff(outcome.name, outcome.input ?? '', outcome.output ?? ''));
    } else if (flags.check && isChanged && !report) io.stdout(`${outcome.name}\n`);
  }

  interrupts?.dispose();
  if (interrupts?.signal) {
    const left = targets.length - started;
    io.stderr(`${NAME}: interrupted by ${interrupts.signal}; ${left} ${plural(left, 'file')} not started, left as they were\n`);
  }
  const lines = `${removedLines} ${plural(removedLines, 'line')}`;
  if (flags.write) {
    io.stderr(`${NAME}: ${changed} changed, ${unchanged} unchanged, ${failed} failed; ${lines} removed\n`);
  } else if (flags.check) {
    io.stderr(`${NAME}: ${changed} would change, ${unchanged} unchanged, ${failed} failed; ${lines} would be removed\n`);
  }
  if (interrupts?.signal) return signalExitCode(interrupts.signal);
  if (failed > 0) return 2;
  return flags.check && changed > 0 ? 1 : 0;
}

/** One file as --format json reports it (status "changed" means "would change" without --write). */
function jsonRecord(outcome: FileOutcome & { status: 'changed' | 'unchanged' }): object {
  return {
    file: outcome.name,
    status: outcome.status,
    removedLines: outcome.removedLines,
    findings: outcome.findings.map((f) => ({ rule: f.ruleId, line: f.start, endLine: f.end, reason: f.reason })),
  };
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
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
