// `PipelineTypes`: the shapes named in the signatures of @clipwright/pipeline's public
// functions, exported from the package root as one type-only namespace
// (`PipelineTypes.SessionHooks`), so a program can name any of them while the root keeps to
// the names a program calls, passes or reads.

// Reviewing a change.
export type { ChangedFilesOptions } from './diff/changed-files.ts';
export type { DiffCommitsOptions } from './diff/diff-commits.ts';
export type {
  MediaProgram,
  ProgramOutput,
  ProgramRunner,
  RunBounds,
} from './media/program-runner.ts';
// Running: what `RunOptions` and `checkBalance` take.
export type { NoticeCode } from './model/events.ts';
export type { FileOps } from './model/file-ops.ts';
export type { KeyRefusal } from './model/key-refusal.ts';
export type { JobImage, JobModel } from './model/plan.ts';
export type { DiffStatus } from './model/plan-diff.ts';
// Planning: what `PlanOptions` takes, and the parts of a job.
export type { CallerDefaults, PlanFs, TemplateContext } from './model/plan-options.ts';
export type { PriceSource } from './model/price-source.ts';
export type { Position } from './model/problem.ts';
export type { Exec } from './plan/git-exec.ts';
export type { Shard } from './plan/shard.ts';
export type { BalanceCheckOptions } from './run/balance-check.ts';
// A session: its hooks, state and verdict.
export type {
  SessionCatalogOptions,
  SessionHooks,
  SessionState,
  Verdict,
} from './session/session-options.ts';
