import type { Task } from '@clipwright/core';
import type { BalanceCheck } from './balance.ts';
import type { JobResult } from './job-result.ts';
import type { Job, Plan } from './plan.ts';

/** What a run reports as it goes (`onEvent`), in the order it happens for each video. */
export type PipelineEvent =
  | { type: 'planned'; plan: Plan }
  | { type: 'created'; job: Job; task: Task }
  | { type: 'progress'; job: Job; task: Task }
  | { type: 'retry'; job?: Job; attempt: number; delayMs: number; error: Error }
  /** At most 4 a second per video (the run's clock), always the final figure (`bytes` = `total`). */
  | { type: 'downloaded'; job: Job; bytes: number; total?: number }
  /** `from` refused the key for free as unavailable; the job goes on with `to`. */
  | {
      type: 'fallback';
      job: Job;
      from: string;
      to: string;
      error: { code: string; message: string };
    }
  | { type: 'done'; job: Job; result: JobResult }
  /**
   * Something worth one line that is no failure, e.g. no ffmpeg for posters. `code` names the
   * session's own warnings for machines: `catalog_fallback` (a catalog endpoint could not be
   * read: the cached copy or the committed snapshot is used), `snapshot_old` (prices from a
   * snapshot older than its stated age under a credit cap), `price_rule` (an estimate is a guess
   * or a stated ceiling).
   */
  | { type: 'notice'; message: string; warning?: true; code?: NoticeCode }
  /** The session's balance check (`balanceCheck`), before the first create; `formatBalance` words it. */
  | { type: 'balance'; check: BalanceCheck };

/** The kinds of session warnings a `notice` event may name (see `PipelineEvent`). */
export type NoticeCode = 'catalog_fallback' | 'snapshot_old' | 'price_rule';
