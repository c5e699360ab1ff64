export {
  type FileOps,
  isTempName,
  realFileOps,
  sweepTempFiles,
  UnsafeOutputError,
} from './atomic-file.ts';
export {
  type BalanceCheck,
  type BalanceCheckOptions,
  checkBalance,
  formatBalance,
} from './balance-check.ts';
export { Budget } from './budget.ts';
export { contentHash, DEFAULT_MODEL } from './build-job.ts';
export {
  type ChangedFilesOptions,
  changedFilesFromGit,
  type Exec,
} from './changed-files.ts';
export { idempotencyKey } from './create-task.ts';
export { chainModels, fallbackMessage, modelLabel } from './fallbacks.ts';
export { folderCache } from './folder-cache.ts';
export {
  changedEntries,
  diffToJson,
  formatDiffMarkdown,
  formatDiffSummary,
  formatDiffTable,
  markdownCell,
  signedCredits,
} from './format-diff.ts';
export {
  creditsMark,
  formatAssumptions,
  formatPlanTable,
  formatProblem,
  formatSetting,
  planToJson,
} from './format-plan.ts';
export { renderGallery } from './gallery.ts';
export { defaultDiffBase, GitRefError, gitTreeFs } from './git-tree-fs.ts';
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
} from './job-result.ts';
export { Journal, type JournalEntry, RESUME_WINDOW_MS } from './journal.ts';
export { defaultManifests, defaultPromptGlobs, loadPlan } from './load-plan.ts';
export {
  type DiffCommitsOptions,
  type DiffEntry,
  type DiffStatus,
  diffCommits,
  diffPlans,
  type PlanDiff,
} from './plan-diff.ts';
export { addPosters, posterPathOf, type RunProgram, realRunProgram } from './poster.ts';
export { releaseContext } from './release-context.ts';
export { runPlan } from './run-plan.ts';
export {
  failingOutcomes,
  nothingMatched,
  runSession,
  type SessionHooks,
  type SessionOptions,
  type SessionResult,
  type SessionState,
  type Verdict,
} from './run-session.ts';
export { type Redact, secretForms, secretRedactor } from './secret-redactor.ts';
export { inShard, parseShard, type Shard } from './shard.ts';
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
} from './types.ts';
