import { loadPlan } from '@clipwright/pipeline';
import { nothingMatched } from '@clipwright/pipeline/internal';
import { formatPlanTable, planToJson } from '@clipwright/pipeline/report';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { exitCodes } from '../exit-codes.ts';
import { announceRoot, type PlanFlags, planOptionsOf } from '../plan-options.ts';
import { writeJsonLine } from '../report/json-line.ts';
import { noPromptMessage } from '../report/plan-problems.ts';
import { terminalSafe } from '../report/terminal-text.ts';

/** `clipwright plan`: the dry run. Jobs, parameters and estimated credits; zero API calls. */
export async function plan(globs: string[], flags: PlanFlags, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const options = planOptionsOf(globs, flags, io);
  announceRoot(options.root, flags, io);
  const result = await loadPlan(options);
  if (nothingMatched(result)) {
    throw new CliError(noPromptMessage(globs), exitCodes.invalidInput);
  }
  if (flags.json) {
    // The root is the caller's: the pipeline's JSON keeps to paths relative to it.
    writeJsonLine(io.stdout, { root: result.root, ...(planToJson(result) as object) });
    return result.problems.length > 0 ? exitCodes.invalidInput : exitCodes.ok;
  }
  // The table lists the problems too, under the jobs.
  // Model warnings (deprecated, no longer listed) are in the table too, under the estimates.
  const table = formatPlanTable(result, { now: io.now() });
  io.stdout.write(`${terminalSafe(table).replace(/\n?$/, '\n')}`);
  if (result.problems.length > 0) return exitCodes.invalidInput;
  if (!flags.quiet)
    io.stdout.write('Dry run: nothing was sent. `clipwright generate` runs this plan.\n');
  return exitCodes.ok;
}
