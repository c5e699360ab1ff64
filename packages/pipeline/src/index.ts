/**
 * `@clipwright/pipeline`: prompt files in a repository to verified videos on disk. This is
 * the surface a library user needs: plan (`toPlanOptions`, `loadPlan`), run (`runSession`,
 * `runPlan`, `checkBalance`), review a change (`diffCommits`, `diffPlans`), their shapes and
 * errors. Text, Markdown and JSON reports are in `@clipwright/pipeline/report`.
 */
export { changedFilesFromGit } from './diff/changed-files.ts';
export { type DiffCommitsOptions, diffCommits } from './diff/diff-commits.ts';
export type { BalanceCheck } from './model/balance.ts';
export type { CachedVideo, CacheStore } from './model/cache-store.ts';
export type { PipelineEvent } from './model/events.ts';
export type { JobResult } from './model/job-result.ts';
export type { KeyRefusal } from './model/key-refusal.ts';
export { isDelivered, type Outcome } from './model/outcome.ts';
export type { InvalidJob, Job, JobImage, JobModel, Plan } from './model/plan.ts';
export type { DiffEntry, PlanDiff } from './model/plan-diff.ts';
export type { CallerDefaults, PlanFs, PlanOptions, TemplateContext } from './model/plan-options.ts';
export type { PriceSource } from './model/price-source.ts';
export type { Position, Problem } from './model/problem.ts';
export type { RunOptions } from './model/run-options.ts';
export type { RunResult } from './model/run-result.ts';
export { UnsafeOutputError } from './output/place-file.ts';
export { GitRefError } from './plan/git-ref-error.ts';
export { loadPlan } from './plan/load-plan.ts';
export { type PlanInput, toPlanOptions } from './plan/to-plan-options.ts';
export { checkBalance } from './run/balance-check.ts';
export { runPlan } from './run/run-plan.ts';
export { runSession } from './session/run-session.ts';
export type {
  SessionHooks,
  SessionOptions,
  SessionResult,
  SessionState,
  Verdict,
} from './session/session-options.ts';
