import { loadPlan, type Problem } from '@clipwright/pipeline';
import { mediaToolWarnings, nothingMatched } from '@clipwright/pipeline/internal';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { exitCodes } from '../exit-codes.ts';
import { announceRoot, type PlanFlags, planOptionsOf } from '../plan-options.ts';
import { writeJsonLine } from '../report/json-line.ts';
import { noPromptMessage, printProblems, printWarnings } from '../report/plan-problems.ts';
import { createStyle } from '../report/style.ts';

/** `clipwright validate`: every problem with file:line:column, field and fix; exit 2 when any. */
export async function validate(
  globs: string[],
  flags: PlanFlags,
  ctx: CliContext,
): Promise<number> {
  const { io } = ctx;
  const options = planOptionsOf(globs, flags, io);
  announceRoot(options.root, flags, io);
  const plan = await loadPlan(options);
  // A storyboard this machine cannot assemble is said now, before anything is paid.
  plan.warnings = [...(plan.warnings ?? []), ...(await mediaToolWarnings(plan))];
  const files = new Set([
    ...plan.jobs.map((j) => j.source.file),
    ...plan.invalid.map((j) => j.source.file),
  ]);
  if (nothingMatched(plan)) {
    throw new CliError(noPromptMessage(globs), exitCodes.invalidInput);
  }
  if (flags.json) {
    writeJsonLine(io.stdout, {
      root: plan.root,
      valid: plan.problems.length === 0,
      videos: plan.jobs.length + plan.invalid.length,
      files: files.size,
      problems: plan.problems,
      warnings: plan.warnings ?? [],
    });
  } else if (plan.problems.length > 0) {
    printProblems(plan.problems, flags, ctx);
  } else if (!flags.quiet) {
    io.stdout.write(
      `${createStyle(io.stdout, io.env).green('✔')} ${plan.jobs.length} ${plan.jobs.length === 1 ? 'video' : 'videos'} in ${files.size} ${files.size === 1 ? 'file' : 'files'}: no problem.\n`,
    );
  }
  if (!flags.json) printWarnings(plan.warnings ?? [], ctx);
  return plan.problems.length > 0 ? exitCodes.invalidInput : exitCodes.ok;
}
