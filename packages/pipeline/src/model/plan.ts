import type { VideoRequest } from '@clipwright/core';
import type { PriceSource } from './price-source.ts';
import type { Problem } from './problem.ts';

export interface Job {
  /** The output name without `.mp4`, e.g. `promo` or `social/teaser`. */
  name: string;
  /** File name relative to the output folder, e.g. `promo.mp4`. */
  output: string;
  source: { file: string; line: number };
  /** sha256 (hex) of the canonical request. */
  hash: string;
  /** Defaults applied, prompt rendered. */
  request: VideoRequest;
  /**
   * Estimated credits: the high end of core's `estimatePrice` (the vendor's published prices);
   * with fallbacks, those of the dearest model of the chain, so the plan, the budget check and
   * the PR cost diff never under-count.
   */
  credits: number;
  /**
   * The low end of the estimate (core's `estimatePrice`): at the settings given and the
   * documented defaults, every unset price field at its cheapest. Absent: equal to `credits`.
   */
  creditsLow?: number;
  /**
   * Why no published price covers the job (an unknown or unpriced model, or a value such as
   * Kling's `4k`): `credits` is then a guess. Under `maxCredits` such a job needs a stated
   * `maxCreditsPerVideo`. Absent: priced from the vendor's published prices.
   */
  unpriced?: string;
  /**
   * Only with `fallbacks:`: every model the job may use, in order (its own model first, the
   * same as `request`), each with its own request, content hash and estimate. A model is tried
   * only when the one before refused the key for free as unavailable (see core's
   * `modelUnavailable`).
   */
  chain?: JobModel[];
  /**
   * The fields `request` has that no video, manifest or caller set: the model's documented
   * defaults that core applies (and the default model), e.g. `{ duration: 10 }`. Absent: none.
   */
  defaults?: Record<string, unknown>;
  /**
   * Unset fields with no default that `credits` priced at their dearest allowed value (core's
   * `pricedAtDearest`), e.g. `{ duration: 12 }`: the estimate is an upper bound. Absent: none.
   */
  pricedAtDearest?: Record<string, unknown>;
  /**
   * Repository images (`image: assets/hero.png`), uploaded just before the create; their
   * links become `request.image_urls` then. Their sha256 is part of `hash`.
   */
  images?: JobImage[];
  /**
   * Only for a storyboard's shot: a hex key shared by the storyboard's shots, which decides
   * their shard instead of `hash`, so that every shot of a storyboard runs in one shard (the
   * one that assembles it).
   */
  shardKey?: string;
}

/** One model of a job's chain. */
export interface JobModel {
  /** Defaults of this model applied. */
  request: VideoRequest;
  /** sha256 (hex) of this model's canonical request (its cache entry, journal entry and key). */
  hash: string;
  /** This model's estimated credits. */
  credits: number;
}

/** A repository image of a job: checked at plan time, uploaded at run time. */
export interface JobImage {
  /** Relative to the root, posix separators. */
  file: string;
  /** Hex sha256 of the bytes checked at plan time (the upload is refused if they changed). */
  sha256: string;
  bytes: number;
  /** `image/png`, `image/jpeg` or `image/webp`, from the content. */
  mimeType: string;
}

/** The `image_urls` entry standing for a repository image until its upload: its content hash. */
export const imageRef = (sha256: string) => `sha256:${sha256}`;

/** A video that could not become a job; its problems are in `Plan.problems`. */
export interface InvalidJob {
  name: string;
  source: { file: string; line: number };
  problems: Problem[];
}

export interface Plan {
  /** Absolute root the plan's paths are relative to. */
  root: string;
  jobs: Job[];
  /** Every problem, including those of `invalid`. */
  problems: Problem[];
  /**
   * Notes that do not stop a run, located like problems: a model the vendor's catalog marks
   * deprecated, no longer lists, or does not know.
   */
  warnings?: Problem[];
  /** Videos that failed validation (reported by `runPlan` as `invalid`). */
  invalid: InvalidJob[];
  /**
   * Videos that name no model, cached in the state folder under an earlier release's default
   * model (`from`) but not under today's (`to`): they would be generated, and paid, again.
   * Absent when there are none.
   */
  defaultModelChange?: { from: string; to: string; videos: string[] };
  totalCredits: number;
  /**
   * Videos left out by `shard`, `changedFiles` and `only` (the latter counted in `filtered`,
   * present only when `only` left some out).
   */
  skipped?: { shard: number; unchanged: number; filtered?: number };
  /**
   * When the plan is one shard of a matrix: the shard, and every job of the whole plan in plan
   * order (this shard's and the others'), so that `runPlan` can spend `maxCredits` as one
   * budget for the whole matrix (`jobsWithinBudget`).
   */
  sharding?: { index: number; total: number; jobs: Job[] };
  /**
   * Where the plan's prices come from: `live` the vendor's price list read now, `cache` its copy
   * in the state folder (`fetchedAt` says when it was read), `snapshot` the committed snapshot
   * alone (`fetchedAt` is its date). Every estimate is at least the snapshot's
   * (`snapshotDate`). Absent: the committed snapshot (a plan loaded outside a session).
   */
  priceSource?: PriceSource;
  /**
   * Storyboards: several shots (each an ordinary job in `jobs`) assembled into one MP4 after
   * they are delivered. Absent: none. A storyboard is listed only when all its shots are jobs
   * of this plan.
   */
  storyboards?: PlannedStoryboard[];
}

/** A storyboard of a plan: its shots (jobs, in order) and how they are assembled. */
export interface PlannedStoryboard {
  /** The output name without `.mp4`, e.g. `release-promo`. */
  name: string;
  /** File name relative to the output folder, e.g. `release-promo.mp4`. */
  output: string;
  source: { file: string; line: number };
  /** The names of its shots' jobs, in order (`release-promo.shot-1`, ...). */
  shots: string[];
  /**
   * The assembly settings as media's `assembleStoryboard` takes them: card text templated,
   * `audio.path` relative to the plan's root.
   */
  settings: StoryboardPlanSettings;
  /** The sound track from the repository, with the sha256 of the bytes checked at plan time. */
  audio?: { file: string; sha256: string };
  /** Estimated credits: the sum of its shots'. */
  credits: number;
}

/**
 * The assembly settings of a storyboard (the shape of media's `StoryboardSettings`, kept here
 * as data so the model imports nothing from media).
 */
export interface StoryboardPlanSettings {
  width?: number;
  height?: number;
  fps?: number;
  transition?: { kind: 'cut' } | { kind: 'crossfade'; seconds: number };
  titleCard?: { text: string; seconds?: number; background?: string; color?: string };
  endCard?: { text: string; seconds?: number; background?: string; color?: string };
  audio?: { path: string; mode?: 'replace' | 'mix'; volume?: number };
  quality?: number;
}
