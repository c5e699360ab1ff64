import type { Problem } from './problem.ts';

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

/** What a change to the prompt files costs: every video of base and head, classified. */
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
