#!/usr/bin/env node
import v8 from 'node:v8';

// Less inlining in V8's optimising compiler (the cumulative budget of an optimised function, in
// bytes of inlined bytecode; V8's default is 920). The rules are many mid-sized functions that
// each run on every line: with the default budget each worker spends much of a run compiling
// large optimised functions, and a folder of 9,000 files cleans about 8% slower on two cores
// (README, Speed). Set before any of the tool's code runs, so it holds for the worker threads too.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');

const { run } = await import('../dist/cli/main.js');
const { nodeIo } = await import('../dist/cli/nodeIo.js');

process.exitCode = await run(process.argv.slice(2), nodeIo);
