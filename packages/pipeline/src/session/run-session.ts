import path from 'node:path';
import type { BalanceCheck } from '../model/balance.ts';
import type { PipelineEvent } from '../model/events.ts';
import type { JobResult } from '../model/job-result.ts';
import { invalidResult, jobResult } from '../model/job-result.ts';
import type { KeyRefusal } from '../model/key-refusal.ts';
import type { Outcome } from '../model/outcome.ts';
import { countOutcomes, isResumable } from '../model/outcome.ts';
import type { Plan } from '../model/plan.ts';
import type { PlanOptions } from '../model/plan-options.ts';
import type { RunOptions } from '../model/run-options.ts';
import type { RunResult } from '../model/run-result.ts';
import { loadPlan } from '../plan/load-plan.ts';
import { releaseContext } from '../plan/release-context.ts';
import { checkBalance } from '../run/balance-check.ts';
import { lazyClient } from '../run/run-client.ts';
import { runPlan } from '../run/run-plan.ts';

/** Where the session's state lives, for hooks that keep it elsewhere (the Actions cache). */
export interface SessionState {
  plan: Plan;
  /** Absolute: the journal and the cache. */
  stateDir: string;
  /** Absolute: `<stateDir>/journal.json`. */
  journalFile: string;
}

/**
 * The places a feature plugs into a run, in the order they are called. A hook that throws
 * ends the session with that error (the adapters report it); `afterRun` is called anyway.
 */
export interface SessionHooks {
  /** The plan is loaded (problems included), nothing sent yet: print it, annotate problems. */
  planned?(plan: Plan): void | Promise<void>;
  /** Before the first create (never in a dry run): restore a journal, check the balance. */
  beforeRun?(state: SessionState): void | Promise<void>;
  /** After the run, also when it threw: save the journal. `result` is unset when it threw. */
  afterRun?(state: SessionState & { result?: RunResult }): void | Promise<void>;
}

export interface SessionOptions extends Omit<RunOptions, 'onEvent'> {
  /** Which videos. `context.tag` also sets `{{ version }}` (see `releaseContext`). */
  plan: PlanOptions;
  /** Plan only: every valid video reported `planned`, nothing sent or written. Default false. */
  dryRun?: boolean;
  /** Send nothing when any prompt file has a problem (verdict `invalid`). Default false: run the valid videos. */
  stopOnProblems?: boolean;
  /**
   * After `hooks.beforeRun`, before the first create: read the key's balance (`checkBalance`,
   * free) and report it as a `balance` event. A refused key (401) ends the session `refused`;
   * a balance below the cheapest video to make ends it `insufficient-balance`; both send no
   * create. A balance that cannot be read (no such endpoint, unreachable) only warns: the run
   * goes on. Default false.
   */
  balanceCheck?: boolean;
  /** Aborting stops waiting at all: the session returns at once, listing the paid tasks still running. */
  stopSignal?: AbortSignal;
  hooks?: SessionHooks;
  onEvent?: (e: PipelineEvent) => void;
  /** The plan loader, runner and balance check. Default: this package's `loadPlan`, `runPlan`, `checkBalance`. */
  pipeline?: {
    loadPlan: typeof loadPlan;
    runPlan: typeof runPlan;
    checkBalance?: typeof checkBalance;
  };
}

/**
 * How the session went, for the adapters to map (CLI exit code, action `fail-on`):
 * `ok` every video delivered (or planned); `failures` some were not; `invalid` prompt-file
 * problems and nothing sent (`stopOnProblems`); `nothing-matched` no prompt file at all;
 * `refused` the API refused the key; `insufficient-balance` the balance (`balanceCheck`) is
 * below the cheapest video to make, nothing sent; `interrupted` the caller's signal stopped it.
 */
export type Verdict =
  | 'ok'
  | 'failures'
  | 'invalid'
  | 'nothing-matched'
  | 'refused'
  | 'insufficient-balance'
  | 'interrupted';

export interface SessionResult {
  plan: Plan;
  verdict: Verdict;
  dryRun: boolean;
  /** Every video of the plan: delivered, planned, failed, invalid, budget, cancelled. */
  results: JobResult[];
  counts: Record<Outcome, number>;
  /** Charged to this run (estimated in a dry run); the figure manifest.json and the gallery show. */
  credits: number;
  /** Absolute; unset when nothing ran. */
  manifestPath?: string;
  /** Paid tasks still running on the server: the next run resumes them from the journal. */
  running: Array<{ name: string; taskId: string }>;
  refusal?: KeyRefusal;
  /** What `balanceCheck` found, when it ran. */
  balance?: BalanceCheck;
  /** `stopSignal` ended the session before the run returned; `results` is empty. */
  forced?: true;
}

/**
 * One run, as both adapters do it: release context, plan, dry run or run (budget, cache,
 * journal, hooks), outcomes, credits and the verdict. Throws only for what is not one
 * video's failure (an unreadable journal, a hook's error).
 */
export async function runSession(options: SessionOptions): Promise<SessionResult> {
  const { hooks = {}, pipeline = { loadPlan, runPlan, checkBalance } } = options;
  const plan = await pipeline.loadPlan({
    ...options.plan,
    context: releaseContext(options.plan.context),
  });
  await hooks.planned?.(plan);
  const dryRun = options.dryRun === true;
  const invalid = plan.invalid.map(invalidResult);
  const done = (verdict: Verdict, results: JobResult[], credits = 0): SessionResult => ({
    plan,
    verdict,
    dryRun,
    results,
    counts: countOutcomes(results),
    credits,
    running: [],
  });
  if (nothingMatched(plan)) return done('nothing-matched', invalid);
  if (options.stopOnProblems && plan.problems.length > 0) return done('invalid', invalid);
  if (dryRun) {
    const planned = plan.jobs.map((job) => jobResult(job, { status: 'planned' }));
    return done(verdictOf(invalid), [...planned, ...invalid], plan.totalCredits);
  }
  if (plan.jobs.length === 0) return done(verdictOf(invalid), invalid);

  const stateDir = path.resolve(options.stateDir ?? path.join(plan.root, '.clipwright'));
  const state: SessionState = { plan, stateDir, journalFile: path.join(stateDir, 'journal.json') };
  const created = new Map<string, string>();
  const {
    plan: _p,
    dryRun: _d,
    stopOnProblems: _s,
    stopSignal,
    hooks: _h,
    pipeline: _x,
    balanceCheck,
    ...run
  } = options;
  const onEvent = (e: PipelineEvent) => {
    if (e.type === 'created') created.set(e.job.name, e.task.id);
    if (e.type === 'done') created.delete(e.job.name);
    options.onEvent?.(e);
  };
  const client = lazyClient(run, onEvent);
  let result: RunResult | undefined;
  let balance: BalanceCheck | undefined;
  try {
    await hooks.beforeRun?.(state);
    if (balanceCheck) {
      balance = await (pipeline.checkBalance ?? checkBalance)({
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
      if (stopped) return { ...done(stopped.verdict, invalid), balance, ...stopped.extra };
    }
    const running = pipeline.runPlan(plan, {
      ...run,
      // The values the plan refuses in variables (the key) are kept out of every written file.
      ...(run.secrets === undefined && options.plan.secrets && { secrets: options.plan.secrets }),
      client,
      stateDir,
      onEvent,
    });
    result = await Promise.race([running, aborted(stopSignal)]);
  } finally {
    await hooks.afterRun?.({ ...state, ...(result && { result }) });
  }
  if (result === undefined) {
    return {
      ...done('interrupted', []),
      running: [...created].map(([name, taskId]) => ({ name, taskId })),
      forced: true,
    };
  }
  const running = result.results
    .filter(isResumable)
    .map((r) => ({ name: r.name, taskId: r.taskId ?? '' }));
  for (const [name, taskId] of created)
    if (!running.some((r) => r.name === name)) running.push({ name, taskId });
  const verdict: Verdict = result.refusal
    ? 'refused'
    : options.signal?.aborted
      ? 'interrupted'
      : verdictOf(result.results);
  return {
    plan,
    verdict,
    dryRun,
    results: result.results,
    counts: result.counts,
    credits: result.credits,
    manifestPath: result.manifestPath,
    running,
    ...(result.refusal && { refusal: result.refusal }),
    ...(balance && { balance }),
  };
}

/** A 401 on the balance, or a balance below every video to make, ends the session unsent. */
function stoppedByBalance(
  check: BalanceCheck,
): { verdict: Verdict; extra: { refusal?: KeyRefusal } } | undefined {
  if (check.status === 'refused' && check.refusal.status === 401)
    return { verdict: 'refused', extra: { refusal: check.refusal } };
  if (check.status === 'known' && !check.enough)
    return { verdict: 'insufficient-balance', extra: {} };
  return undefined;
}

/** `ok` when every result is delivered or planned, else `failures`. */
function verdictOf(results: readonly JobResult[]): Verdict {
  return results.every(
    (r) => r.status === 'completed' || r.status === 'cached' || r.status === 'planned',
  )
    ? 'ok'
    : 'failures';
}

/** True when no file matched at all (as opposed to every video filtered out by shard or changes). */
export function nothingMatched(plan: Plan): boolean {
  const skipped = (plan.skipped?.shard ?? 0) + (plan.skipped?.unchanged ?? 0);
  return plan.jobs.length + plan.invalid.length + plan.problems.length + skipped === 0;
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

function aborted(signal: AbortSignal | undefined): Promise<undefined> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve(undefined);
    else signal.addEventListener('abort', () => resolve(undefined), { once: true });
  });
}
