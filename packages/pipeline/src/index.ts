export { type ChangedFilesOptions, changedFilesFromGit } from './diff/changed-files.ts';
export { defaultDiffBase } from './diff/default-diff-base.ts';
export { type DiffCommitsOptions, diffCommits } from './diff/diff-commits.ts';
export { diffPlans } from './diff/plan-diff.ts';
export type { BalanceCheck } from './model/balance.ts';
export type { CachedVideo, CacheStore } from './model/cache-store.ts';
export { chainModels } from './model/chain.ts';
export { roundCredits, sumCredits } from './model/credits.ts';
export type { PipelineEvent } from './model/events.ts';
export type { FileOps, RunProgram } from './model/file-ops.ts';
export type { JobResult } from './model/job-result.ts';
export { invalidResult, jobResult } from './model/job-result.ts';
export type { KeyRefusal } from './model/key-refusal.ts';
export type { Outcome } from './model/outcome.ts';
export { countOutcomes, isDelivered, isProblem, isResumable, outcomes } from './model/outcome.ts';
export type { InvalidJob, Job, JobModel, Plan } from './model/plan.ts';
export type { DiffEntry, DiffStatus, PlanDiff } from './model/plan-diff.ts';
export type { CallerDefaults, PlanFs, PlanOptions, TemplateContext } from './model/plan-options.ts';
export type { Position, Problem } from './model/problem.ts';
export { formatProblem } from './model/problem.ts';
export type { RunOptions } from './model/run-options.ts';
export type { RunResult } from './model/run-result.ts';
export {
  isTempName,
  realFileOps,
  sweepTempFiles,
  UnsafeOutputError,
} from './output/atomic-file.ts';
export { folderCache } from './output/folder-cache.ts';
export { addPosters, posterPathOf, realRunProgram } from './output/poster.ts';
export { type Redact, secretForms, secretRedactor } from './output/secret-redactor.ts';
export { DEFAULT_MODEL } from './plan/build-job.ts';
export { contentHash } from './plan/content-hash.ts';
export type { Exec } from './plan/git-exec.ts';
export { GitRefError } from './plan/git-ref-error.ts';
export { gitTreeFs } from './plan/git-tree-fs.ts';
export { defaultManifests, defaultPromptGlobs, loadPlan } from './plan/load-plan.ts';
export { releaseContext } from './plan/release-context.ts';
export { inShard, parseShard, type Shard } from './plan/shard.ts';
export { fallbackMessage } from './report/fallback-message.ts';
export { formatBalance } from './report/format-balance.ts';
export { formatBytes } from './report/format-bytes.ts';
export { formatCredits } from './report/format-credits.ts';
export {
  changedEntries,
  diffToJson,
  formatDiffMarkdown,
  formatDiffSummary,
  formatDiffTable,
  markdownCell,
  signedCredits,
} from './report/format-diff.ts';
export {
  creditsMark,
  formatAssumptions,
  formatPlanTable,
  formatSetting,
  planToJson,
} from './report/format-plan.ts';
export { renderGallery } from './report/gallery.ts';
export { modelLabel } from './report/model-label.ts';
export { type BalanceCheckOptions, checkBalance } from './run/balance-check.ts';
export { Budget } from './run/budget.ts';
export { idempotencyKey } from './run/create-task.ts';
export { Journal, type JournalEntry, RESUME_WINDOW_MS } from './run/journal.ts';
export { runPlan } from './run/run-plan.ts';
export {
  failingOutcomes,
  nothingMatched,
  runSession,
  type SessionHooks,
  type SessionOptions,
  type SessionResult,
  type SessionState,
  type Verdict,
} from './session/run-session.ts';
