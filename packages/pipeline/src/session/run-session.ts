import path from 'node:path';
import type { LiveCatalog } from '@clipwright/core/internal';
import type { BalanceCheck } from '../model/balance.ts';
import type { PipelineEvent } from '../model/events.ts';
import { invalidResult, type JobResult, jobResult } from '../model/job-result.ts';
import { countOutcomes } from '../model/outcome.ts';
import type { Plan } from '../model/plan.ts';
import type { RunResult } from '../model/run-result.ts';
import { loadPlan } from '../plan/load-plan.ts';
import { storyboardResult } from '../run/assemble-storyboards.ts';
import { checkBalance } from '../run/balance-check.ts';
import { applyPriceRules } from '../run/price-rules.ts';
import { lazyClient } from '../run/run-client.ts';
import { runPlan } from '../run/run-plan.ts';
import { RunningTasks } from './running-tasks.ts';
import { catalogNotices, planWithCatalog, sessionCatalog } from './session-catalog.ts';
import type { SessionOptions, SessionResult, SessionState, Verdict } from './session-options.ts';
import { nothingMatched, stoppedByBalance, verdictOf } from './verdict.ts';

/**
 * One run, as both adapters do it: plan (release context applied by `loadPlan`), dry run or
 * run (budget, cache, journal, hooks), outcomes, credits and the verdict. Throws only for
 * what is not one video's failure (an unreadable journal, a hook's error).
 */
export async function runSession(options: SessionOptions): Promise<SessionResult> {
  // The run's own folders are never walked for prompt files (a second run in the same tree).
  const planOptions = {
    ...options.plan,
    stateDir: options.plan.stateDir ?? options.stateDir,
    outDir: options.plan.outDir ?? options.outDir,
  };
  let loaded = await loadPlan(planOptions);
  let health: LiveCatalog['health'] = new Map();
  // The vendor's catalog is read only for a plan with something to make: a refused input
  // sends nothing at all.
  if (runnable(loaded, options)) {
    const catalog = await sessionCatalog(options);
    for (const { message, code } of catalogNotices(catalog, options))
      options.onEvent?.({ type: 'notice', message, warning: true, code });
    // Planned again only when the live catalog changed a price or a used model's lifecycle.
    loaded = await planWithCatalog(loaded, catalog, planOptions);
    health = catalog.health;
  }
  const priced = applyPriceRules(loaded, options);
  const plan = priced.plan;
  for (const message of priced.notices)
    options.onEvent?.({ type: 'notice', message, warning: true, code: 'price_rule' });
  await options.hooks?.planned?.(plan);
  return planOnly(plan, options) ?? (await runPlanned(plan, options, health));
}

/** The plan has videos to make (or plan), and no problem stops them. */
function runnable(plan: Plan, options: SessionOptions): boolean {
  if (nothingMatched(plan) || plan.jobs.length === 0) return false;
  return !(options.stopOnProblems && plan.problems.length > 0);
}

/** The session ended before any run: nothing matched, problems, a dry run, no video to make. */
function planOnly(plan: Plan, options: SessionOptions): SessionResult | undefined {
  const dryRun = options.dryRun === true;
  const invalid = plan.invalid.map(invalidResult);
  if (nothingMatched(plan)) return ended(plan, dryRun, 'nothing-matched', invalid);
  if (options.stopOnProblems && plan.problems.length > 0)
    return ended(plan, dryRun, 'invalid', invalid);
  if (dryRun) {
    const planned = [
      ...plan.jobs.map((job) => jobResult(job, { status: 'planned' })),
      ...(plan.storyboards ?? []).map((b) => storyboardResult(b, { status: 'planned' })),
    ];
    return ended(plan, dryRun, verdictOf(invalid), [...planned, ...invalid], plan.totalCredits);
  }
  if (plan.jobs.length === 0) return ended(plan, dryRun, verdictOf(invalid), invalid);
  return undefined;
}

/** The hooks, the balance check and the run, with the one client of the session. */
async function runPlanned(
  plan: Plan,
  options: SessionOptions,
  health: LiveCatalog['health'],
): Promise<SessionResult> {
  const {
    plan: planOptions,
    dryRun: _dryRun,
    stopOnProblems: _stopOnProblems,
    stopSignal,
    hooks = {},
    balanceCheck,
    onEvent: _onEvent,
    catalog: _catalog,
    ...run
  } = options;
  const stateDir = path.resolve(run.stateDir ?? path.join(plan.root, '.clipwright'));
  const state: SessionState = { plan, stateDir, journalFile: path.join(stateDir, 'journal.json') };
  const tasks = new RunningTasks();
  const onEvent = (e: PipelineEvent) => {
    tasks.see(e);
    options.onEvent?.(e);
  };
  // The one place the client is resolved: on first use, shared by the balance check and the run.
  const client = lazyClient(run, onEvent);
  let result: RunResult | undefined;
  let balance: BalanceCheck | undefined;
  try {
    await hooks.beforeRun?.(state);
    if (balanceCheck) {
      balance = await checkBalance({
        plan,
        client: client(),
        stateDir,
        ...(run.cache && { cache: run.cache }),
        ...(run.regenerate && { regenerate: true }),
        ...(run.clock && { clock: run.clock }),
        ...(stopSignal && { signal: stopSignal }),
      });
      onEvent({ type: 'balance', check: balance });
      const stopped = stoppedByBalance(balance);
      if (stopped)
        return {
          ...ended(plan, false, stopped.verdict, plan.invalid.map(invalidResult)),
          balance,
          ...(stopped.refusal && { refusal: stopped.refusal }),
        };
    }
    const running = runPlan(plan, {
      ...run,
      // The values the plan refuses in variables (the key) are kept out of every written file.
      ...(run.secrets === undefined && planOptions.secrets && { secrets: planOptions.secrets }),
      client,
      stateDir,
      onEvent,
      ...(health.size > 0 && { modelHealth: health }),
    });
    result = await Promise.race([running, aborted(stopSignal)]);
  } finally {
    await hooks.afterRun?.({ ...state, ...(result && { result }) });
  }
  if (result === undefined)
    return { ...ended(plan, false, 'interrupted', []), running: tasks.list(), forced: true };
  return {
    plan,
    verdict: result.refusal
      ? 'refused'
      : options.signal?.aborted
        ? 'interrupted'
        : verdictOf(result.results),
    dryRun: false,
    results: result.results,
    counts: result.counts,
    credits: result.credits,
    manifestPath: result.manifestPath,
    running: tasks.list(result.results),
    ...(result.refusal && { refusal: result.refusal }),
    ...(balance && { balance }),
  };
}

function ended(
  plan: Plan,
  dryRun: boolean,
  verdict: Verdict,
  results: JobResult[],
  credits = 0,
): SessionResult {
  return { plan, verdict, dryRun, results, counts: countOutcomes(results), credits, running: [] };
}

function aborted(signal: AbortSignal | undefined): Promise<undefined> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve(undefined);
    else signal.addEventListener('abort', () => resolve(undefined), { once: true });
  });
}
