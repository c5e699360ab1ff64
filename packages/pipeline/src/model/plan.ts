import type { Client, ClientOptions, Clock, Task, VideoRequest } from '@clipwright/core';
import type { FileOps } from '../output/atomic-file.ts';
import type { RunProgram } from '../output/poster.ts';
import type { BalanceCheck } from '../run/balance-check.ts';

/** A place in a source file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A problem found before anything is spent, located in its file. */
export interface Problem {
  /** Path relative to the plan root (posix separators); empty when no file is involved. */
  file: string;
  line: number;
  column: number;
  /** The setting concerned (`duration`, `output`, `prompt`, ...); empty for a file-level problem. */
  field: string;
  /** What is wrong, phrased like help. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** Release context available to prompt templates. */
export interface TemplateContext {
  tag?: string;
  version?: string;
  repo?: string;
  sha?: string;
  date?: string;
}

/** The settings a caller (CLI flags, action inputs) may default. */
export type CallerDefaults = Partial<
  Pick<VideoRequest, 'model' | 'duration' | 'aspect_ratio' | 'quality' | 'remove_watermark'>
>;

/** File access used by `loadPlan`; the default is `node:fs/promises` and tinyglobby. */
export interface PlanFs {
  /** Reads a UTF-8 file; `undefined` when it does not exist. */
  readFile(absolutePath: string): Promise<string | undefined>;
  /**
   * Reads a file's bytes (a repository image, `image: assets/hero.png`); `undefined` when it
   * does not exist. Without it, local images are a problem ("cannot be read here").
   */
  readBytes?(absolutePath: string): Promise<Uint8Array | undefined>;
  /**
   * Where a path really is (symlinks resolved), its size and whether it is a regular file;
   * `undefined` when it does not exist. Without it, paths are trusted as given.
   */
  inspect?(absolutePath: string): Promise<
    | {
        realPath: string;
        bytes: number;
        isFile: boolean;
        /** The path is a symlink that cannot be followed: it points to nothing, or loops. */
        brokenLink?: 'dangling' | 'loop';
      }
    | undefined
  >;
  /** Expands globs (negation with `!`) relative to `cwd`; returns posix paths relative to it. */
  glob(patterns: string[], cwd: string): Promise<string[]>;
}

export interface PlanOptions {
  /** Repository root; every path in the plan is relative to it. */
  root: string;
  /** Prompt-file globs, negation with `!`. Default `['**\/*.prompt.md', 'prompts/**\/*.md', '!**\/README.md']`. */
  prompts?: string[];
  /**
   * A YAML manifest relative to `root`. Default: `clipwright.yml` (or `.yaml`) when present and
   * `prompts` is not given either; naming prompt globs without a manifest means just those files.
   */
  manifest?: string;
  /** Caller defaults (below the manifest's `defaults`, above the model's defaults). Default none. */
  defaults?: CallerDefaults;
  /** Caller template variables (below a video's and the manifest's `vars`). Default none. */
  vars?: Record<string, string>;
  /** Release context for templates. `date` defaults to today (UTC, YYYY-MM-DD) from `now`. */
  context?: TemplateContext;
  /** `'k/n'` (1-based k) or `{ index, total }`: keep only this shard's jobs. Default: all. */
  shard?: string | { index: number; total: number };
  /** Keep only jobs whose source file is in this list (paths relative to root). Default: all. */
  changedFiles?: string[];
  /** File access. Default: the real file system. */
  fs?: PlanFs;
  /**
   * The run's state folder: prompt files whose real path lies in it are refused, as are those
   * in `.git/`. Default `<root>/.clipwright`.
   */
  stateDir?: string;
  /**
   * Values no template variable may hold (the API key): such a variable is refused, so the key
   * never reaches a prompt. Default none.
   */
  secrets?: string[];
  /** Time source for the default `date`. Default `Date.now`. */
  now?: () => number;
}

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
   * Estimated credits (core's price table); with fallbacks, those of the dearest model of the
   * chain, so the plan, the budget check and the PR cost diff never under-count.
   */
  credits: number;
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
  /** Videos that failed validation (reported by `runPlan` as `invalid`). */
  invalid: InvalidJob[];
  totalCredits: number;
  /** Valid jobs left out by the shard or changed-files filters. */
  skipped?: { shard: number; unchanged: number };
}

/**
 * How a video ended: `completed` (made in this run), `cached` (taken from the cache or a
 * twin), `planned` (dry run: nothing sent), `failed`, `invalid` (never sent), `budget` (over
 * `maxCredits`, never sent), `cancelled` (stopped; with a `taskId` it is resumable).
 */
export type Outcome =
  | 'completed'
  | 'failed'
  | 'cached'
  | 'planned'
  | 'budget'
  | 'invalid'
  | 'cancelled';

export interface JobResult {
  name: string;
  source: string;
  hash: string;
  taskId?: string;
  /** The model that made the video (with fallbacks: the one that was available), or was tried last. */
  model: string;
  /** Only with `fallbacks:`: the models the video could use, in order (its own model first). */
  chain?: string[];
  parameters: Record<string, unknown>;
  prompt: string;
  /** Estimated credits (the price table), before anything is sent. */
  estimate: number;
  /**
   * Credits this run is charged for the video: the server's figure for a completed task, the
   * reservation for a task left running (it may still be charged); 0 for a cached video, a
   * create that never reached the server, an idempotent replay and a failed (refunded) task.
   */
  credits: number;
  bytes?: number;
  sha256?: string;
  /** A JPEG poster frame beside the video, relative to the output folder (needs ffmpeg). */
  poster?: string;
  /** The video, relative to the output folder (e.g. `promo.mp4`). */
  path?: string;
  status: Outcome;
  error?: { code: string; message: string };
  /** Kept from an earlier run's `manifest.json` (a run over a subset of the prompts). */
  earlierRun?: true;
}

export type PipelineEvent =
  | { type: 'planned'; plan: Plan }
  | { type: 'created'; job: Job; task: Task }
  | { type: 'progress'; job: Job; task: Task }
  | { type: 'retry'; job?: Job; attempt: number; delayMs: number; error: Error }
  /** At most 4 a second per video (the run's clock), always the final figure (`bytes` = `total`). */
  | { type: 'downloaded'; job: Job; bytes: number; total?: number }
  /** `from` refused the key for free as unavailable; the job goes on with `to`. */
  | {
      type: 'fallback';
      job: Job;
      from: string;
      to: string;
      error: { code: string; message: string };
    }
  | { type: 'done'; job: Job; result: JobResult }
  /** Something worth one line that is no failure, e.g. no ffmpeg for posters. */
  | { type: 'notice'; message: string; warning?: true }
  /** The session's balance check (`balanceCheck`), before the first create; `formatBalance` words it. */
  | { type: 'balance'; check: BalanceCheck };

/** Where finished videos are kept between runs, keyed by content hash. */
/** A cached video its store has checked: the file, and its size and sha256 as checked. */
export interface CachedVideo {
  path: string;
  bytes: number;
  sha256: string;
}

export interface CacheStore {
  /**
   * A cached video, or `undefined`. A `CachedVideo` is delivered with the size and sha256
   * the store checked; for a bare path the run hashes the copy it delivers.
   */
  get(hash: string): Promise<CachedVideo | string | undefined>;
  /** Stores a copy of `file` (the caller keeps `file`). */
  put(hash: string, file: string): Promise<void>;
}

export interface RunOptions {
  /**
   * The one client shared by every job, or a function making it (called on first use, so a
   * run that sends nothing needs no key). Default: `createClient(clientOptions)`, on first use.
   */
  client?: Client | (() => Client);
  /** Options for the default client. */
  clientOptions?: ClientOptions;
  /** Videos, `manifest.json` and the gallery `index.html` go here. */
  outDir: string;
  /** Cache and journal. Default `<plan.root>/.clipwright`. */
  stateDir?: string;
  /** Default: a folder cache in `<stateDir>/cache`. */
  cache?: CacheStore;
  /** Jobs in flight at once (creates and waits). Default 4. */
  concurrency?: number;
  /** Credits this run may spend at most. Default: unlimited. */
  maxCredits?: number;
  /** Stop creating after the first failed job. Default false. */
  failFast?: boolean;
  /** Ignore cache, journal and remembered failures; use fresh idempotency keys. Default false. */
  regenerate?: boolean;
  /** Aborting stops new creates; paid tasks are awaited for `graceMs`. */
  signal?: AbortSignal;
  /** How long to keep waiting for created tasks after `signal` aborts. Default 30 000 ms. */
  graceMs?: number;
  /** Per-task wait limit passed to `tasks.wait`. Default: the client's. */
  waitTimeoutMs?: number;
  onEvent?: (e: PipelineEvent) => void;
  /** Time source for the journal and grace period. Default: the real clock. */
  clock?: Clock;
  /** Poster frames with ffmpeg beside each finished video. Default true (skipped with a notice without ffmpeg). */
  posters?: boolean;
  /** Runs ffmpeg for posters. Default: child_process.execFile. */
  runProgram?: RunProgram;
  /** Gallery page title. Default `Clipwright videos`. */
  title?: string;
  /**
   * Values no written file may contain (the API key): each, raw, JSON-escaped, URL- and
   * HTML-encoded, becomes `***` in the manifest, gallery, journal and cache records.
   * `clientOptions.apiKey` is always one. Default none besides.
   */
  secrets?: string[];
  /** The file system every write goes through. Default `node:fs/promises`; tests inject faults. */
  fs?: FileOps;
}

/** The API refused the key: 401, or 403 on every model of the plan. The run stopped creating. */
export interface KeyRefusal {
  status: 401 | 403;
  /** The API's words. */
  message: string;
}

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
