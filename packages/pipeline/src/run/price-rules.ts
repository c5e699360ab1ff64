import { sumCredits } from '../model/credits.ts';
import type { Job, Plan } from '../model/plan.ts';
import type { Problem } from '../model/problem.ts';

/** What a run states about money, as `runSession` reads it. */
export interface PriceRules {
  /** The run's cap (`maxCredits`); without one, an unpriced video runs with a notice. */
  maxCredits?: number;
  /**
   * The most one video without a published price may cost: its stated price. With it, such a
   * video is budgeted at this figure; without it, it cannot run under `maxCredits`.
   */
  maxCreditsPerVideo?: number;
}

/**
 * Applies the run's price rules to a plan before anything is sent: a video no published price
 * covers (`job.unpriced`) takes `maxCreditsPerVideo` as its estimate when one is stated; under
 * `maxCredits` without one it becomes invalid, with a problem naming its file, line and a fix
 * (a guess must never let a capped run overspend). `notices` name the videos that run on a guess.
 */
export function applyPriceRules(plan: Plan, rules: PriceRules): { plan: Plan; notices: string[] } {
  const unpriced = plan.jobs.filter((job) => job.unpriced !== undefined);
  if (unpriced.length === 0) return { plan, notices: [] };
  const ceiling = rules.maxCreditsPerVideo;
  if (ceiling !== undefined) {
    const jobs = plan.jobs.map((job) => (job.unpriced ? stated(job, ceiling) : job));
    const notices = unpriced.map(
      (job) => `${job.name}: ${job.unpriced}; budgeted at the stated ${ceiling} credits per video`,
    );
    return { plan: { ...plan, jobs, totalCredits: total(jobs) }, notices };
  }
  if (rules.maxCredits === undefined) {
    const notices = unpriced.map(
      (job) =>
        `${job.name}: ${job.unpriced}; its ${job.credits} credits are a guess (the dearest published rate), not a price`,
    );
    return { plan, notices };
  }
  const invalid = unpriced.map((job) => ({
    name: job.name,
    source: job.source,
    problems: [problemOf(job, rules.maxCredits as number)],
  }));
  const jobs = plan.jobs.filter((job) => job.unpriced === undefined);
  return {
    plan: {
      ...plan,
      jobs,
      invalid: [...plan.invalid, ...invalid],
      problems: [...plan.problems, ...invalid.flatMap((i) => i.problems)],
      totalCredits: total(jobs),
    },
    notices: [],
  };
}

function stated(job: Job, ceiling: number): Job {
  const { creditsLow: _low, ...rest } = job;
  return { ...rest, credits: ceiling };
}

function problemOf(job: Job, maxCredits: number): Problem {
  return {
    file: job.source.file,
    line: job.source.line,
    column: 1,
    field: 'model',
    message: `${job.unpriced}, so a run capped at max-credits ${maxCredits} cannot count it`,
    fix: 'state the most one such video may cost with --max-credits-per-video (action input max-credits-per-video), choose a priced model or value, or run without max-credits',
  };
}

const total = (jobs: readonly Job[]) => sumCredits(jobs);
