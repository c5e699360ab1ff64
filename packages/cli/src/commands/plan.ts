import { formatPlanTable, loadPlan, nothingMatched, planToJson } from '@clipwright/pipeline';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { exitCodes } from '../exit-codes.ts';
import { writeJsonLine } from '../json-reporter.ts';
import { type PlanFlags, toPlanOptions } from '../plan-options.ts';
import { noPromptMessage } from '../plan-problems.ts';

/** `clipwright plan`: the dry run. Jobs, parameters and estimated credits; zero API calls. */
export async function plan(globs: string[], flags: PlanFlags, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const result = await loadPlan(toPlanOptions(globs, flags, io));
  if (nothingMatched(result)) {
    throw new CliError(noPromptMessage(globs), exitCodes.invalidInput);
  }
  if (flags.json) {
    writeJsonLine(io.stdout, planToJson(result));
    return result.problems.length > 0 ? exitCodes.invalidInput : exitCodes.ok;
  }
  // The table lists the problems too, under the jobs.
  io.stdout.write(`${formatPlanTable(result).replace(/\n?$/, '\n')}`);
  if (result.problems.length > 0) return exitCodes.invalidInput;
  if (!flags.quiet)
    io.stdout.write('Dry run: nothing was sent. `clipwright generate` runs this plan.\n');
  return exitCodes.ok;
}
