import { CommanderError } from 'commander';
import { type CliContext, type CliDeps, defaultDeps } from './cli-context.ts';
import { describeError } from './cli-error.ts';
import type { CliIo, OutStream } from './cli-io.ts';
import { exitCodes } from './exit-codes.ts';
import { buildProgram } from './program/build-program.ts';
import { redactingStream } from './redacting-stream.ts';
import { sanitizingStream } from './report/sanitizing-stream.ts';
import { colorEnabled, createStyle } from './report/style.ts';
import { terminalSafe } from './report/terminal-text.ts';

/**
 * Runs `clipwright <argv>` in-process and resolves to its exit code. Every side effect goes
 * through `io` and `deps`, so tests drive it without a subprocess.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  deps: Partial<CliDeps> = {},
): Promise<number> {
  // Belt and braces: whatever a library puts in a message, the key is never printed.
  const secret = io.env.EVOLINK_API_KEY?.trim();
  const redacted = (stream: OutStream) =>
    secret && secret.length >= 4 ? redactingStream(stream, secret) : stream;
  // Every byte shown passes terminalSafe: in a pipe or a log all escapes are shown; on a
  // terminal (or with colour forced) only the CLI's own colour and cursor sequences pass, and
  // the text from files and servers inside them has been through terminalSafe already.
  const safe = (stream: OutStream) =>
    sanitizingStream(redacted(stream), {
      ownEscapes: stream.isTTY === true || colorEnabled(stream, io.env),
    });
  const safeIo: CliIo = { ...io, stdout: safe(io.stdout), stderr: safe(io.stderr) };
  const ctx: CliContext = { io: safeIo, deps: { ...defaultDeps, ...deps }, run: runCli };
  let exitCode: number = exitCodes.ok;
  const program = buildProgram(ctx, (run) => async (...args) => {
    exitCode = await run(...args);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version end with code 0; every parse error is invalid input.
      return err.exitCode === 0 ? exitCodes.ok : exitCodes.invalidInput;
    }
    const { message, exitCode: code, bug } = describeError(err);
    const s = createStyle(safeIo.stderr, safeIo.env);
    safeIo.stderr.write(`${s.red('clipwright:')} ${terminalSafe(message)}\n`);
    if (bug) {
      safeIo.stderr.write(
        safeIo.env.CLIPWRIGHT_DEBUG && err instanceof Error && err.stack
          ? `${err.stack}\n`
          : 'This is a bug in Clipwright; set CLIPWRIGHT_DEBUG=1 to see the stack trace and please report it.\n',
      );
    }
    return code;
  }
}
