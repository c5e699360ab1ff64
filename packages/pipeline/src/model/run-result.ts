import type { JobResult } from './job-result.ts';
import type { KeyRefusal } from './key-refusal.ts';
import type { Outcome } from './outcome.ts';

/** What `runPlan` returns; every video's outcome is in `results`, never thrown. */
export interface RunResult {
  /** This run's videos (not those kept from an earlier run's manifest). */
  results: JobResult[];
  /** Absolute path of `manifest.json`. */
  manifestPath: string;
  /** Credits charged to this run: the sum of `results[].credits`, rounded by `roundCredits`. */
  credits: number;
  counts: Record<Outcome, number>;
  /** Set when the key was refused; later videos were not sent. */
  refusal?: KeyRefusal;
}
