import type { Plan } from '@clipwright/pipeline';
import type { CliContext } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { exitCodes } from './exit-codes.ts';
import { formatCredits } from './report/format.ts';

/**
 * The estimate above which `generate` asks before it starts, on a terminal: `--confirm-above`,
 * else `CLIPWRIGHT_CONFIRM_ABOVE`, else 50 credits. 0 asks before every paid run.
 */
export const DEFAULT_CONFIRM_ABOVE = 50;

export interface ConfirmSpendFlags {
  confirmAbove?: number;
  yes?: boolean;
}

/** The threshold in force, from the flag, the setting or the default. */
export function confirmAboveOf(
  flags: ConfirmSpendFlags,
  env: Record<string, string | undefined>,
): number {
  if (flags.confirmAbove !== undefined) return flags.confirmAbove;
  const setting = env.CLIPWRIGHT_CONFIRM_ABOVE;
  if (setting === undefined || setting === '') return DEFAULT_CONFIRM_ABOVE;
  const n = Number(setting);
  if (!Number.isFinite(n) || n < 0)
    throw new CliError(
      `CLIPWRIGHT_CONFIRM_ABOVE is not a number of credits >= 0: ${JSON.stringify(setting)}. Set it to e.g. 50, or unset it (default ${DEFAULT_CONFIRM_ABOVE}).`,
      exitCodes.invalidInput,
    );
  return n;
}

/**
 * Before the first create: on a terminal, a plan estimated above the threshold is shown and
 * confirmed. `--yes`, a pipe or CI never asks and never refuses (`--max-credits` and the
 * balance check guard there). A "no" or a cancel throws: nothing was sent.
 * The estimate is the plan's, an upper bound: videos already made cost nothing.
 */
export async function confirmSpend(
  plan: Plan,
  flags: ConfirmSpendFlags,
  ctx: CliContext,
): Promise<void> {
  const threshold = confirmAboveOf(flags, ctx.io.env);
  if (flags.yes || plan.jobs.length === 0 || plan.totalCredits <= threshold) return;
  if (!ctx.deps.interactive(ctx.io)) return;
  const videos = `${plan.jobs.length} ${plan.jobs.length === 1 ? 'video' : 'videos'}`;
  const answer = await ctx.deps.confirm(
    `Make ${videos} for up to ${formatCredits(plan.totalCredits)} credits (above ${formatCredits(threshold)})? Videos already made cost nothing.`,
  );
  if (answer !== true)
    throw new CliError(
      `Not started, nothing was sent. Run again with --yes to skip this question, or raise --confirm-above (or CLIPWRIGHT_CONFIRM_ABOVE).`,
      exitCodes.interrupted,
    );
}
