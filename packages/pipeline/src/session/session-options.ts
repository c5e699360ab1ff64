import type { BalanceCheck } from '../model/balance.ts';
import type { PipelineEvent } from '../model/events.ts';
import type { JobResult } from '../model/job-result.ts';
import type { KeyRefusal } from '../model/key-refusal.ts';
import type { Outcome } from '../model/outcome.ts';
import type { Plan } from '../model/plan.ts';
import type { PlanOptions } from '../model/plan-options.ts';
import type { RunOptions } from '../model/run-options.ts';
import type { RunResult } from '../model/run-result.ts';

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
  /** Before the first create (never in a dry run): restore a journal. */
  beforeRun?(state: SessionState): void | Promise<void>;
  /** After the run, also when it threw: save the journal. `result` is unset when it threw. */
  afterRun?(state: SessionState & { result?: RunResult }): void | Promise<void>;
}

/**
 * One run as both adapters do it. The client (`client` or `clientOptions`) is resolved once,
 * here, on first use, and shared by the balance check and the run.
 */
export interface SessionOptions extends Omit<RunOptions, 'onEvent'> {
  /**
   * Which videos (build it from caller input with `toPlanOptions`).
   * @example toPlanOptions({ root: '.', tag: 'v1.2.0' })
   */
  plan: PlanOptions;
  /**
   * Plan only: every valid video reported `planned`, nothing sent or written.
   * @default false
   */
  dryRun?: boolean;
  /**
   * Send nothing when any prompt file has a problem (verdict `invalid`); else the valid videos run.
   * @default false
   */
  stopOnProblems?: boolean;
  /**
   * After `hooks.beforeRun`, before the first create: read the key's balance (`checkBalance`,
   * free) and report it as a `balance` event. A refused key (401) ends the session `refused`;
   * a balance below the cheapest video to make ends it `insufficient-balance`; both send no
   * create. A balance that cannot be read (no such endpoint, unreachable) only warns: the run
   * goes on.
   * @default false
   */
  balanceCheck?: boolean;
  /** Aborting stops waiting at all: the session returns at once, listing the paid tasks still running. */
  stopSignal?: AbortSignal;
  /** @default {} */
  hooks?: SessionHooks;
  /**
   * The vendor's catalog, prices and health for this session (core's `loadCatalog`): every
   * estimate uses its prices (never below the committed snapshot's), a fallback chain skips a
   * model its health reports unavailable, and `plan.priceSource` says where prices came from.
   * What cannot be read falls back, with a notice, to the state folder's copy, then to the
   * snapshot. `false`: the committed snapshot only, nothing asked. An object: where to ask.
   * @default read from `clientOptions.baseUrl` (or `EVOLINK_BASE_URL`, else the vendor's API)
   * when `clientOptions` is given; the snapshot when only `client` is given, and without a key
   * (`clientOptions.apiKey` or `EVOLINK_API_KEY`). Given options are always used.
   * @example { baseUrl: 'http://127.0.0.1:8787' }
   */
  catalog?: false | SessionCatalogOptions;
  /** Every event of the session: the run's, and `balance`. @default none */
  onEvent?: (e: PipelineEvent) => void;
}

/** Where a session reads the vendor's catalog (see `SessionOptions.catalog`). */
export interface SessionCatalogOptions {
  /** @default `clientOptions.baseUrl`, `EVOLINK_BASE_URL`, else 'https://api.evolink.ai' */
  baseUrl?: string;
  /** Per endpoint, on the run's clock. @default 10_000 */
  timeoutMs?: number;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
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
