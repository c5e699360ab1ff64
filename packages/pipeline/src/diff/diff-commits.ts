import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { CacheStore } from '../model/cache-store.ts';
import type { PlanDiff } from '../model/plan-diff.ts';
import type { PlanOptions } from '../model/plan-options.ts';
import { type Exec, realExec } from '../plan/git-exec.ts';
import { gitTreeFs } from '../plan/git-tree-fs.ts';
import { loadPlan } from '../plan/load-plan.ts';
import { realPlanFs } from '../plan/plan-fs.ts';
import { defaultDiffBase } from './default-diff-base.ts';
import { diffPlans } from './plan-diff.ts';

export interface DiffCommitsOptions {
  /** The plan root: the repository's top folder or a folder inside it. */
  root: string;
  /**
   * The base commit, branch or tag.
   * @default the merge base of `HEAD` with the default branch (`defaultDiffBase`)
   * @example 'origin/main'
   */
  base?: string;
  /**
   * The head commit, branch or tag.
   * @default the work tree as it is on disk
   */
  head?: string;
  /**
   * Plan settings shared by both sides (globs, manifest, defaults, vars, context).
   * @default {}
   */
  plan?: Omit<PlanOptions, 'root' | 'fs' | 'changedFiles' | 'shard' | 'only'>;
  /**
   * Marks already cached videos.
   * @default none
   */
  cache?: CacheStore;
  /**
   * Command runner for git.
   * @default child_process.execFile, no shell
   */
  exec?: Exec;
  /**
   * Time source for `{{ date }}`, the same for both sides.
   * @default Date.now
   */
  now?: () => number;
}

/** Plans two commits (or a commit and the work tree) from git alone and diffs them. */
export async function diffCommits(options: DiffCommitsOptions): Promise<PlanDiff> {
  const exec = options.exec ?? realExec;
  // The plan root may be a folder inside the repository; git paths are relative to its top.
  const root = await realpath(path.resolve(options.root));
  const top = (await exec('git', ['rev-parse', '--show-toplevel'], { cwd: root })).trim();
  const at = Date.now();
  const now = options.now ?? (() => at);
  const base = options.base ?? (await defaultDiffBase(root, exec));
  const baseFs = await gitTreeFs({ root: top, ref: base, exec });
  const headFs = options.head ? await gitTreeFs({ root: top, ref: options.head, exec }) : undefined;
  const common = { ...options.plan, root, now };
  const [basePlan, headPlan] = await Promise.all([
    loadPlan({ ...common, fs: baseFs }),
    loadPlan({ ...common, fs: headFs ?? realPlanFs }),
  ]);
  const diff = await diffPlans(basePlan, headPlan, options.cache ? { cache: options.cache } : {});
  diff.base.commit = baseFs.commit;
  if (headFs) diff.head.commit = headFs.commit;
  return diff;
}
