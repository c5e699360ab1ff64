import type { BalanceCheck } from '../model/balance.ts';
import { roundCredits } from '../model/credits.ts';
import { formatUsd } from './format-credits.ts';

/** One line for a log: the balance against the plan, or why it is unknown or refused. */
export function formatBalance(check: BalanceCheck): string {
  if (check.status === 'refused')
    return check.refusal.status === 401
      ? `EvoLink refused the API key (401: ${check.refusal.message}).`
      : `The key may not read the balance (403: ${check.refusal.message}); going on without the balance check.`;
  if (check.status === 'unknown')
    return `The balance could not be read (${check.message}); going on without the balance check.`;
  const { credits, estimate, cheapest } = check;
  const c = (n: number) => String(roundCredits(n));
  const usd = (n: number) => `${c(n)} credits (${formatUsd(n)})`;
  const limit = credits.keyRemaining === undefined ? '' : ` (key limit ${c(credits.keyRemaining)})`;
  const head = `Balance: ${usd(credits.available)}${limit}`;
  if (!check.enough)
    return `${head}, below the cheapest video to make (${c(cheapest ?? 0)} credits): no video can be paid for; top up the account or raise the key's limit.`;
  if (!check.fits)
    return `${head}; the plan's estimate of ${usd(estimate)} does not fit: the videos that do not fit will fail with insufficient_quota.`;
  return `${head}; the plan's estimate of ${usd(estimate)} fits.`;
}
