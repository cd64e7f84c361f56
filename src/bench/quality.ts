// Entry point of `npm run bench:quality` (node dist/bench/quality.js): see cli.ts.
import { nodeIo } from '../cli/nodeIo.js';
import { run } from './cli.js';

process.exitCode = run(process.argv.slice(2), nodeIo);
