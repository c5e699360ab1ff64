// biome-ignore-all assist/source/organizeImports: grouped by stage, for readers of the surface

/**
 * `@clipwright/pipeline`: prompt files in a repository to verified videos on disk. This is
 * the surface a library user needs (29 names): plan (`toPlanOptions`, `loadPlan`), run
 * (`runSession`, `runPlan`, `checkBalance`), review a change (`diffCommits`,
 * `changedFilesFromGit`), their shapes and errors. The shapes named in those signatures
 * (hooks, file systems, shards, ...) are one type-only namespace, `PipelineTypes`. Text,
 * Markdown and JSON reports are in `@clipwright/pipeline/report`; what Clipwright's own
 * adapters need beyond this is in `@clipwright/pipeline/internal` (no semver promise).
 */

// Plan: prompt files in, a plan out.
export { loadPlan } from './plan/load-plan.ts';
export { type PlanInput, toPlanOptions } from './plan/to-plan-options.ts';
export type { PlanOptions } from './model/plan-options.ts';
export type { InvalidJob, Job, Plan } from './model/plan.ts';
export type { Problem } from './model/problem.ts';

// Run: a plan in, videos on disk and results out.
export { runSession } from './session/run-session.ts';
export type { SessionOptions, SessionResult } from './session/session-options.ts';
export { runPlan } from './run/run-plan.ts';
export type { RunOptions } from './model/run-options.ts';
export type { RunResult } from './model/run-result.ts';
export type { JobResult } from './model/job-result.ts';
export { isDelivered, type Outcome } from './model/outcome.ts';
export type { PipelineEvent } from './model/events.ts';
export type { CachedVideo, CacheStore } from './model/cache-store.ts';
export { checkBalance } from './run/balance-check.ts';
export type { BalanceCheck } from './model/balance.ts';

// Review: what a change to the prompt files would do.
export { diffCommits } from './diff/diff-commits.ts';
export { changedFilesFromGit } from './diff/changed-files.ts';
export type { DiffEntry, PlanDiff } from './model/plan-diff.ts';

// Errors (both extend core's ClipwrightError and carry a `code`).
export { GitRefError } from './plan/git-ref-error.ts';
export { UnsafeOutputError } from './output/place-file.ts';

// The shapes named in the signatures above.
export type * as PipelineTypes from './pipeline-types.ts';
