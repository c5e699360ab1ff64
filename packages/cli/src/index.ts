export type { CliContext, CliDeps } from './cli-context.ts';
export { CliError } from './cli-error.ts';
export {
  type CliIo,
  type OutStream,
  processIo,
  type SignalName,
  type SignalSource,
} from './cli-io.ts';
export { exitCodes } from './exit-codes.ts';
export { runCli } from './run-cli.ts';
export { type DemoOptions, runDemo } from './run-demo.ts';
