import type { BalanceCheck } from '../model/balance.ts';
import type { JobResult } from '../model/job-result.ts';
import type { KeyRefusal } from '../model/key-refusal.ts';
import type { Outcome } from '../model/outcome.ts';
import type { Plan } from '../model/plan.ts';
import type { Verdict } from './session-options.ts';

/** `ok` when every result is delivered or planned, else `failures`. */
export function verdictOf(results: readonly JobResult[]): Verdict {
  return results.every(
    (r) => r.status === 'completed' || r.status === 'cached' || r.status === 'planned',
  )
    ? 'ok'
    : 'failures';
}

/** True when no file matched at all (as opposed to every video filtered out by shard, changes or `only`). */
export function nothingMatched(plan: Plan): boolean {
  const skipped =
    (plan.skipped?.shard ?? 0) + (plan.skipped?.unchanged ?? 0) + (plan.skipped?.filtered ?? 0);
  return plan.jobs.length + plan.invalid.length + plan.problems.length + skipped === 0;
}

/** A 401 on the balance, or a balance below every video to make, ends the session unsent. */
export function stoppedByBalance(
  check: BalanceCheck,
): { verdict: Verdict; refusal?: KeyRefusal } | undefined {
  if (check.status === 'refused' && check.refusal.status === 401)
    return { verdict: 'refused', refusal: check.refusal };
  if (check.status === 'known' && !check.enough) return { verdict: 'insufficient-balance' };
  return undefined;
}

/** The outcomes named in `failOn` that occurred, with their counts (the action's `fail-on`). */
export function failingOutcomes(
  counts: Partial<Record<Outcome, number>>,
  failOn: readonly Outcome[],
): Array<{ outcome: Outcome; count: number }> {
  return failOn
    .map((outcome) => ({ outcome, count: counts[outcome] ?? 0 }))
    .filter((f) => f.count > 0);
}
