// The CLI in-process: run(argv, io) with a fake io that collects stdout and stderr.

import { run, type Io } from '../src/cli/main.js';

/** Run the CLI in-process in cwd with a fake io: stdin given (else a terminal), stdout not a terminal. */
export async function runIn(cwd: string, argv: string[], over: Partial<Io> & { stdin?: string } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const { stdin, ...rest } = over;
  const io: Io = {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    readStdin: async () => stdin ?? '',
    stdinIsTTY: stdin === undefined,
    stdoutIsTTY: false,
    cwd,
    ...rest,
  };
  const code = await run(argv, io);
  return { code, out, err };
}
