import type { Client, ClientOptions, Clock } from '@clipwright/core';
import type { DeliveryTolerances, ProgramRunner } from '../media/index.ts';
import type { CacheStore } from './cache-store.ts';
import type { PipelineEvent } from './events.ts';
import type { FileOps, RunProgram } from './file-ops.ts';

/** How `runPlan` makes a plan's videos. Only `outDir` is required. */
export interface RunOptions {
  /**
   * The one client shared by every job, or a function making it (called once, on first use,
   * so a run that sends nothing needs no key). Give this or `clientOptions`.
   * @default createClient(clientOptions), on first use
   * @example () => createClient({ apiKey: process.env.EVOLINK_API_KEY })
   */
  client?: Client | (() => Client);
  /**
   * Options for the default client; its retries are reported as `retry` events.
   * @example { apiKey: process.env.EVOLINK_API_KEY, baseUrl: 'http://127.0.0.1:8787' }
   */
  clientOptions?: ClientOptions;
  /**
   * Videos, `manifest.json` and the gallery `index.html` go here.
   * @example 'out'
   */
  outDir: string;
  /**
   * Cache and journal.
   * @default '<plan.root>/.clipwright'
   */
  stateDir?: string;
  /**
   * Where finished videos are kept between runs.
   * @default folderCache('<stateDir>/cache')
   */
  cache?: CacheStore;
  /**
   * Jobs in flight at once (creates and waits).
   * @default 4
   */
  concurrency?: number;
  /**
   * Credits this run may spend at most; a video that does not fit what is left is `budget`.
   * @default unlimited
   * @example 100
   */
  maxCredits?: number;
  /**
   * The most one video without a published price may cost (an unknown or unpriced model, or
   * a value such as Kling's `4k`): its stated price, budgeted in its place. Without it such a
   * video cannot run under `maxCredits` (a validation problem, nothing sent).
   * @default none
   * @example 300
   */
  maxCreditsPerVideo?: number;
  /**
   * Stop creating after the first failed job.
   * @default false
   */
  failFast?: boolean;
  /**
   * Ignore cache, journal and remembered failures; use fresh idempotency keys (pays again).
   * @default false
   */
  regenerate?: boolean;
  /** Aborting stops new creates; paid tasks are awaited for `graceMs`. */
  signal?: AbortSignal;
  /**
   * How long to keep waiting for created tasks after `signal` aborts.
   * @default 30_000
   */
  graceMs?: number;
  /**
   * Per-task wait limit passed to `tasks.wait`.
   * @default the client's
   */
  waitTimeoutMs?: number;
  /**
   * What the vendor's health endpoint reports per model id (core's `loadCatalog`; `runSession`
   * sets it). A model of a fallback chain marked `unavailable` is skipped before its create,
   * for free, with a `fallback` event; the last model of a chain is always tried.
   * @default none (no model skipped)
   */
  modelHealth?: ReadonlyMap<string, { status: string; unavailable: boolean }>;
  /** Every event of the run (see `PipelineEvent`). @default none */
  onEvent?: (e: PipelineEvent) => void;
  /**
   * Time source for the journal, the grace period and download progress.
   * @default the real clock
   */
  clock?: Clock;
  /**
   * How long a run waits for another run to release the state folder's lock, in ms; then it
   * fails with a message naming the process that holds it.
   * @default 0 (say at once)
   */
  lockWaitMs?: number;
  /**
   * Poster frames with ffmpeg beside each finished video (skipped with a notice without ffmpeg).
   * @default true
   */
  posters?: boolean;
  /**
   * Runs ffmpeg for posters.
   * @default child_process.execFile
   */
  runProgram?: RunProgram;
  /**
   * Every delivered video is checked (ffprobe/ffmpeg) against what was asked before it is
   * published: duration, aspect ratio, sound where asked, no black or frozen picture over most
   * of it. A failed check makes the video `suspect`. Checks are cached by the video's sha256
   * in the state folder (`checks/`). Without ffmpeg/ffprobe: one notice, nothing checked.
   * `false` turns checks off; an object sets the tolerances, and `resolution: true` also checks
   * each video's resolution against its `quality` (the short side `720p` names, within
   * `resolutionShare`, 2 %): off by default, since the vendor does not document every model's
   * pixel size per quality. A storyboard's assembled video is always checked for its exact size.
   * @default true (the tolerances of DEFAULT_TOLERANCES, resolution not checked)
   * @example { tolerances: { durationSeconds: 1, frozenShare: 0.9 }, resolution: true }
   */
  checks?: boolean | { tolerances?: DeliveryTolerances; resolution?: boolean };
  /**
   * Generate a `suspect` video (its delivery check failed) again, up to this many times while it
   * stays suspect. Each retry is a new paid task, reserved at the job's high estimate against
   * `maxCredits` (a retry that does not fit is not sent); needs `checks`.
   * @default 0 (a suspect video is never generated again)
   * @example 1
   */
  retrySuspect?: number;
  /**
   * Runs ffmpeg and ffprobe for checks and storyboards (bounded, no shell).
   * @default realProgramRunner()
   */
  mediaRunner?: ProgramRunner;
  /**
   * Gallery page title.
   * @default 'Clipwright videos'
   */
  title?: string;
  /**
   * Values no written file may contain (the API key): each, raw, JSON-escaped, URL- and
   * HTML-encoded, becomes `***` in the manifest, gallery, journal and cache records.
   * `clientOptions.apiKey` is always one.
   * @default []
   */
  secrets?: string[];
  /**
   * The file system every write goes through; tests inject faults.
   * @default node:fs/promises
   */
  fs?: FileOps;
}
