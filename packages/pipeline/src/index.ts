export {
  type ChangedFilesOptions,
  changedFilesFromGit,
  type Exec,
} from './diff/changed-files.ts';
export {
  type DiffCommitsOptions,
  type DiffEntry,
  type DiffStatus,
  diffCommits,
  diffPlans,
  type PlanDiff,
} from './diff/plan-diff.ts';
export {
  countOutcomes,
  formatBytes,
  formatCredits,
  invalidResult,
  isDelivered,
  isProblem,
  isResumable,
  jobResult,
  outcomes,
  roundCredits,
  sumCredits,
} from './model/job-result.ts';
export type {
  CachedVideo,
  CacheStore,
  CallerDefaults,
  InvalidJob,
  Job,
  JobModel,
  JobResult,
  KeyRefusal,
  Outcome,
  PipelineEvent,
  Plan,
  PlanFs,
  PlanOptions,
  Position,
  Problem,
  RunOptions,
  RunResult,
  TemplateContext,
} from './model/plan.ts';
export {
  type FileOps,
  isTempName,
  realFileOps,
  sweepTempFiles,
  UnsafeOutputError,
} from './output/atomic-file.ts';
export { folderCache } from './output/folder-cache.ts';
export { addPosters, posterPathOf, type RunProgram, realRunProgram } from './output/poster.ts';
export { type Redact, secretForms, secretRedactor } from './output/secret-redactor.ts';
export { contentHash, DEFAULT_MODEL } from './plan/build-job.ts';
export { defaultDiffBase, GitRefError, gitTreeFs } from './plan/git-tree-fs.ts';
export { defaultManifests, defaultPromptGlobs, loadPlan } from './plan/load-plan.ts';
export { chainModels, fallbackMessage, modelLabel } from './plan/read-fallbacks.ts';
export { releaseContext } from './plan/release-context.ts';
export { inShard, parseShard, type Shard } from './plan/shard.ts';
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
  formatProblem,
  formatSetting,
  planToJson,
} from './report/format-plan.ts';
export { renderGallery } from './report/gallery.ts';
export {
  type BalanceCheck,
  type BalanceCheckOptions,
  checkBalance,
  formatBalance,
} from './run/balance-check.ts';
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
