import path from 'node:path';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  type Client,
  type ClientTypes,
  type Clock,
  ConnectionError,
  InternalServerError,
  PermissionDeniedError,
  TimeoutError,
} from '@clipwright/core';
import { systemClock } from '@clipwright/core/internal';
import type { BalanceCheck } from '../model/balance.ts';
import type { CacheStore } from '../model/cache-store.ts';
import { roundCredits } from '../model/credits.ts';
import type { Job, Plan } from '../model/plan.ts';
import { folderCache } from '../output/folder-cache.ts';
import { Journal, RESUME_WINDOW_MS } from './journal.ts';

export interface BalanceCheckOptions {
  plan: Plan;
  client: Client;
  /** Where the run's cache and journal are: a video already made or paid for costs nothing. */
  stateDir: string;
  /**
   * Where videos already made are.
   * @default folderCache('<stateDir>/cache'), as `runPlan`
   */
  cache?: CacheStore;
  /**
   * The run pays for every video again (`RunOptions.regenerate`).
   * @default false
   */
  regenerate?: boolean;
  /**
   * For the journal's resume window.
   * @default the real clock
   */
  clock?: Clock;
  signal?: AbortSignal;
}

/**
 * Reads the key's balance and weighs the plan against it: the one preflight behind
 * `clipwright doctor` and the session's `balanceCheck` (CLI `generate`, the action). Throws
 * only `AbortError`; every API answer is a `BalanceCheck`.
 */
export async function checkBalance(o: BalanceCheckOptions): Promise<BalanceCheck> {
  let credits: ClientTypes.Credits;
  try {
    credits = await o.client.credits({ ...(o.signal && { signal: o.signal }) });
  } catch (error) {
    if (error instanceof AbortError) throw error;
    if (error instanceof AuthenticationError || error instanceof PermissionDeniedError)
      return {
        status: 'refused',
        refusal: {
          status: error instanceof AuthenticationError ? 401 : 403,
          message: error.message,
        },
      };
    const unreachable =
      error instanceof ConnectionError ||
      error instanceof TimeoutError ||
      error instanceof InternalServerError;
    const status = error instanceof ApiError ? ` (${error.status})` : '';
    return { status: 'unknown', unreachable, message: `${(error as Error).message}${status}` };
  }
  const available = credits.available;
  const cheapestOf = (jobs: readonly Job[]) =>
    jobs.length === 0 ? undefined : roundCredits(Math.min(...jobs.map((j) => j.credits)));
  let cheapest = cheapestOf(o.plan.jobs);
  // Only when the balance is short does it matter which videos are already made or paid for
  // (reading the cache hashes each file: not worth it when any video fits anyway).
  if (cheapest !== undefined && available < cheapest) cheapest = cheapestOf(await toPay(o));
  return {
    status: 'known',
    credits,
    estimate: o.plan.totalCredits,
    fits: o.plan.totalCredits <= available,
    cheapest,
    enough: cheapest === undefined || cheapest <= available,
  };
}

/** The jobs the run would create, in `runJob`'s order: remembered failure, cache, resumable task. */
async function toPay(o: BalanceCheckOptions): Promise<Job[]> {
  if (o.regenerate) return [...o.plan.jobs];
  const journal = await Journal.open(o.stateDir);
  const cache = o.cache ?? folderCache(path.join(o.stateDir, 'cache'));
  const now = (o.clock ?? systemClock).now();
  const out: Job[] = [];
  for (const job of o.plan.jobs) {
    const entry = journal.get(job.hash);
    if (entry?.failure) continue;
    const resumable = entry?.taskId !== undefined && entry.created !== undefined;
    if (resumable && now - (entry.created ?? 0) < RESUME_WINDOW_MS) continue;
    if (await cache.get(job.hash)) continue;
    out.push(job);
  }
  return out;
}
