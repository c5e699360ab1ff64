import { runDemo } from './run-demo.ts';

process.exitCode = await runDemo({ args: process.argv.slice(2) });
