import { runCli } from './run-cli.ts';
import { runDemo } from './run-demo.ts';

process.exitCode = await runDemo({ runCli, args: process.argv.slice(2) });
