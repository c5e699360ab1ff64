import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { sumCredits } from '../model/job-result.ts';
import type { CacheStore, Job, Plan, PlanOptions, Problem } from '../model/plan.ts';
import { gitTreeFs } from '../plan/git-tree-fs.ts';
import { loadPlan } from '../plan/load-plan.ts';
import { realPlanFs } from '../plan/plan-fs.ts';
import { chainJobs, chainKey, chainModels } from '../plan/read-fallbacks.ts';
import { type Exec, realExec } from './changed-files.ts';

export type DiffStatus = 'added' | 'changed' | 'removed' | 'unchanged';

/** One video of either side, classified. */
export interface DiffEntry {
  name: string;
  status: DiffStatus;
  /** Where the video is defined: head's source, or base's for a removed video. */
  source: { file: string; line: number };
  /** Estimated credits at base (absent for an added video). */
  baseCredits?: number;
  /** Estimated credits at head (absent for a removed video). */
  credits?: number;
  /** Signed change in estimated credits: head minus base. */
  delta: number;
  /** What changed in the request of a changed video: `prompt`, `duration`, `model`, ... */
  changes: string[];
  /** The head's content hash (base's for a removed video). */
  hash: string;
  /** Already generated (same content at base, or in the cache): costs nothing to make. */
  cached: boolean;
}

export interface PlanDiff {
  entries: DiffEntry[];
  counts: Record<DiffStatus, number>;
  /** Signed change in the plan's estimated total: head total minus base total. */
  delta: number;
  /** Credits generating head would spend: added and changed videos not already made. */
  toGenerate: number;
  base: { commit?: string; totalCredits: number };
  head: { commit?: string; totalCredits: number };
  /** Problems in the head's prompt files (its invalid videos are not priced). */
  problems: Problem[];
}

export interface DiffPlansOptions {
  /** Marks videos whose content is already cached. Default: no cache. */
  cache?: CacheStore;
}

/** Classifies every video of `base` and `head` by name and content hash. Makes no API call. */
export async function diffPlans(
  base: Plan,
  head: Plan,
  options: DiffPlansOptions = {},
): Promise<PlanDiff> {
  const before = new Map(base.jobs.map((j) => [j.name, j]));
  const baseHashes = new Set(base.jobs.map(chainKey));
  // Made when the same chain is at base, or any model of it has the video in the cache.
  const isMade = async (job: Job) =>
    baseHashes.has(chainKey(job)) ||
    (options.cache !== undefined &&
      (await Promise.all(chainJobs(job).map((j) => options.cache?.get(j.hash)))).some(
        (hit) => hit !== undefined,
      ));
  const entries: DiffEntry[] = [];
  for (const job of head.jobs) {
    const old = before.get(job.name);
    before.delete(job.name);
    const status: DiffStatus = !old
      ? 'added'
      : chainKey(old) === chainKey(job)
        ? 'unchanged'
        : 'changed';
    entries.push({
      name: job.name,
      status,
      source: job.source,
      ...(old ? { baseCredits: old.credits } : {}),
      credits: job.credits,
      delta: sumCredits([job.credits, -(old?.credits ?? 0)]),
      changes: old && status === 'changed' ? changedFields(old, job) : [],
      hash: job.hash,
      cached: await isMade(job),
    });
  }
  for (const old of before.values()) {
    entries.push({
      name: old.name,
      status: 'removed',
      source: old.source,
      baseCredits: old.credits,
      delta: -old.credits,
      changes: [],
      hash: old.hash,
      cached: true,
    });
  }
  entries.sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name));
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const e of entries) counts[e.status]++;
  const baseTotal = sumCredits(base.jobs.map((j) => j.credits));
  const headTotal = sumCredits(head.jobs.map((j) => j.credits));
  return {
    entries,
    counts,
    delta: sumCredits([headTotal, -baseTotal]),
    toGenerate: sumCredits(
      entries
        .filter((e) => (e.status === 'added' || e.status === 'changed') && !e.cached)
        .map((e) => e.credits ?? 0),
    ),
    base: { totalCredits: baseTotal },
    head: { totalCredits: headTotal },
    problems: head.problems,
  };
}

const order: Record<DiffStatus, number> = { added: 0, changed: 1, removed: 2, unchanged: 3 };

/** The request fields that differ (`prompt` first), e.g. `['prompt', 'duration']`. */
function changedFields(a: Job, b: Job): string[] {
  const ra = a.request as unknown as Record<string, unknown>;
  const rb = b.request as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])];
  const changed = keys.filter((k) => JSON.stringify(ra[k]) !== JSON.stringify(rb[k]));
  if (chainModels(a).slice(1).join() !== chainModels(b).slice(1).join()) changed.push('fallbacks');
  return changed.sort(
    (x, y) => Number(y === 'prompt') - Number(x === 'prompt') || x.localeCompare(y),
  );
}

export interface DiffCommitsOptions {
  /** The plan root: the repository's top folder or a folder inside it. */
  root: string;
  /** The base commit, branch or tag. */
  base: string;
  /** The head commit, branch or tag. Default: the work tree as it is on disk. */
  head?: string;
  /** Plan settings shared by both sides (globs, manifest, defaults, vars, context). */
  plan?: Omit<PlanOptions, 'root' | 'fs' | 'changedFiles' | 'shard'>;
  /** Marks already cached videos. Default: none. */
  cache?: CacheStore;
  /** Command runner for git. Default `realExec`. */
  exec?: Exec;
  /** Time source for `{{ date }}`, the same for both sides. Default `Date.now`. */
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
  const baseFs = await gitTreeFs({ root: top, ref: options.base, exec });
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
