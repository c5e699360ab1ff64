import { processIo } from './cli-io.ts';
import { exitCodes } from './exit-codes.ts';
import { runCli } from './run-cli.ts';

const code = await runCli(process.argv.slice(2), processIo());
process.exitCode = code;
// After Ctrl-C, abandoned polls must not keep the process alive; their tasks are journalled.
if (code === exitCodes.interrupted || code === exitCodes.terminated) process.exit(code);
