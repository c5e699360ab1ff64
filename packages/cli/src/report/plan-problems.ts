import type { Problem, SessionResult } from '@clipwright/pipeline';
import { formatProblem } from '@clipwright/pipeline/report';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { exitCodes } from '../exit-codes.ts';
import { writeJsonLine } from './json-line.ts';
import { createStyle } from './style.ts';
import { terminalSafe } from './terminal-text.ts';

/** Problems on stderr, one `file:line:column field: message (fix: ...)` line each, and a count. */
export function printProblems(
  problems: Problem[],
  flags: { json?: boolean },
  ctx: CliContext,
): void {
  const { io } = ctx;
  if (flags.json) {
    writeJsonLine(io.stdout, { type: 'problems', problems });
    return;
  }
  const s = createStyle(io.stderr, io.env);
  for (const p of problems) io.stderr.write(`${s.red('✖')} ${terminalSafe(formatProblem(p))}\n`);
  io.stderr.write(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.\n`);
}

/**
 * Model warnings (deprecated with its date and successor, no longer listed, unknown) on stderr,
 * one a line with file:line, so stdout stays the verdict or the table.
 */
export function printWarnings(warnings: readonly Problem[], { io }: CliContext): void {
  const s = createStyle(io.stderr, io.env);
  for (const w of warnings) {
    io.stderr.write(
      `${s.yellow('warning')} ${terminalSafe(`${w.file}:${w.line}: ${w.message}. Fix: ${w.fix}`)}\n`,
    );
  }
}

export function noPromptMessage(globs: string[]): string {
  return globs.length > 0
    ? `No prompt file matched ${globs.map((g) => `"${g}"`).join(' ')}.`
    : 'No prompt file found: by default Clipwright looks for **/*.prompt.md, prompts/**/*.md and clipwright.yml. Pass globs, e.g. `clipwright generate "videos/*.md"`.';
}

/**
 * The exit code of a session that sent nothing (prompt-file problems, an empty shard), or
 * `undefined` when it ran; no prompt file at all is an input error.
 */
export function nothingSent(
  session: SessionResult,
  globs: string[],
  flags: { json?: boolean; quiet?: boolean },
  ctx: CliContext,
): number | undefined {
  const { io } = ctx;
  if (session.verdict === 'invalid') {
    printProblems(session.plan.problems, flags, ctx);
    if (!flags.json)
      io.stderr.write(
        'Nothing was sent. Fix the problems above (`clipwright validate` lists them).\n',
      );
    return exitCodes.invalidInput;
  }
  if (session.verdict === 'nothing-matched')
    throw new CliError(noPromptMessage(globs), exitCodes.invalidInput);
  if (session.plan.jobs.length === 0) {
    if (!flags.quiet && !flags.json) io.stderr.write('No video in this shard: nothing to do.\n');
    return exitCodes.ok;
  }
  return undefined;
}
