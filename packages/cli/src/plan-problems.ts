import { formatProblem, type Problem } from '@clipwright/pipeline';
import type { CliContext } from './cli-context.ts';
import { writeJsonLine } from './json-reporter.ts';
import { createStyle } from './style.ts';

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
  for (const p of problems) io.stderr.write(`${s.red('✖')} ${formatProblem(p)}\n`);
  io.stderr.write(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.\n`);
}

export function noPromptMessage(globs: string[]): string {
  return globs.length > 0
    ? `No prompt file matched ${globs.map((g) => `"${g}"`).join(' ')}.`
    : 'No prompt file found: by default Clipwright looks for **/*.prompt.md, prompts/**/*.md and clipwright.yml. Pass globs, e.g. `clipwright generate "videos/*.md"`.';
}
