import { type BalanceCheck, checkBalance, loadPlan } from '@clipwright/pipeline';
import { formatBalance } from '@clipwright/pipeline/report';
import { type CliContext, clientFromEnv } from '../cli-context.ts';
import { exitCodes } from '../exit-codes.ts';
import { announceRoot, type PlanFlags, planOptionsOf, stateDirOf } from '../plan-options.ts';
import { balanceLine, formatCredits } from '../report/format.ts';
import { writeJsonLine } from '../report/json-line.ts';
import { createStyle } from '../report/style.ts';
import { terminalSafe } from '../report/terminal-text.ts';

export interface DoctorFlags extends PlanFlags {
  baseUrl?: string;
  stateDir?: string;
}

/**
 * `clipwright doctor`: at zero cost (one `GET /v1/credits`, never a create), whether the base
 * URL answers, whether the key is accepted, the balance, and whether the plan fits in it.
 * Exit 0, 1 (the balance is below every video to make: `generate` would refuse to start),
 * 3 (no key, or the key refused) or 4 (the API does not answer).
 */
export async function doctor(
  globs: string[],
  flags: DoctorFlags,
  ctx: CliContext,
): Promise<number> {
  const { io } = ctx;
  const planOptions = planOptionsOf(globs, flags, io);
  announceRoot(planOptions.root, flags, io);
  const client = clientFromEnv(ctx, flags);
  const plan = await loadPlan(planOptions);
  const stateDir = stateDirOf(flags, planOptions.root, io);
  const check = await checkBalance({
    plan,
    client,
    stateDir,
    ...(ctx.deps.clock && { clock: ctx.deps.clock }),
  });
  const exitCode = exitCodeOf(check);
  if (flags.json) {
    writeJsonLine(io.stdout, {
      baseUrl: client.baseUrl,
      answers: !(check.status === 'unknown' && check.unreachable),
      key:
        check.status === 'refused' ? 'refused' : check.status === 'known' ? 'accepted' : 'unknown',
      ...check,
      videos: plan.jobs.length,
      problems: plan.problems.length,
      message: formatBalance(check),
      exitCode,
    });
    return exitCode;
  }
  const s = createStyle(io.stdout, io.env);
  const lines = [
    `API:      ${client.baseUrl} ${apiLine(check, s)}`,
    `Key:      ${keyLine(check, s)}`,
  ];
  if (check.status !== 'refused' && !(check.status === 'unknown' && check.unreachable))
    lines.push(balanceLine(check, s));
  const videos = `${plan.jobs.length} video${plan.jobs.length === 1 ? '' : 's'}`;
  const problems = plan.problems.length
    ? ` (${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'}: see \`clipwright validate\`)`
    : '';
  lines.push(`Plan:     ${videos}, about ${formatCredits(plan.totalCredits)} credits${problems}`);
  if (!flags.quiet || exitCode !== exitCodes.ok) io.stdout.write(`${lines.join('\n')}\n`);
  return exitCode;
}

function exitCodeOf(check: BalanceCheck): number {
  if (check.status === 'refused') return exitCodes.notConfigured;
  if (check.status === 'unknown') return check.unreachable ? exitCodes.apiError : exitCodes.ok;
  return check.enough ? exitCodes.ok : exitCodes.someFailed;
}

type Style = ReturnType<typeof createStyle>;

function apiLine(check: BalanceCheck, s: Style): string {
  return check.status === 'unknown' && check.unreachable
    ? s.red(`does not answer (${terminalSafe(check.message)})`)
    : s.green('answers');
}

function keyLine(check: BalanceCheck, s: Style): string {
  if (check.status === 'known') return s.green('accepted');
  if (check.status === 'refused')
    return s.red(
      `refused (${check.refusal.status}: ${terminalSafe(check.refusal.message)}); check EVOLINK_API_KEY`,
    );
  return s.yellow(
    check.unreachable ? 'not checked' : 'not checked: the API gave no balance to check it with',
  );
}
