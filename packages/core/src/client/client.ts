import type { DownloadOptions, DownloadResult } from '../download/types.ts';
import type { ModelSpec } from '../models/model-spec.ts';
import type { PollPolicy } from '../policies/poll-policy.ts';
import type { Task, VideoRequest } from '../types.ts';
import type { UploadedFile, UploadFileOptions } from '../upload/upload-file.ts';
import type { Credits } from './credits.ts';

/** Options of `tasks.wait` (and `videos.generate`). */
export interface WaitOptions {
  /**
   * Aborts the wait (and any sleep in it) with an `AbortError`.
   * @default undefined (never aborted)
   * @example AbortSignal.timeout(20 * 60_000)
   */
  signal?: AbortSignal;
  /**
   * Overall limit of the wait in ms; then `WaitTimeoutError` (the task may still finish).
   * @default the client's `waitTimeoutMs` (1_800_000: 30 min)
   * @example 15 * 60_000
   */
  timeoutMs?: number;
  /**
   * Called with every task state seen, the first included.
   * @default undefined
   * @example (task) => console.log(task.status, task.progress)
   */
  onProgress?: (task: Task) => void;
  /**
   * How this wait spaces its queries.
   * @default the client's `pollPolicy` (`adaptivePolling()`)
   * @example fixedInterval(8000)
   */
  pollPolicy?: PollPolicy;
}

/** Options of `videos.create`. */
export interface CreateOptions {
  /**
   * Sent as `Idempotency-Key`; retries reuse it, so no retry can start a second paid task.
   * Pass a stable one to make a re-run of the same job safe.
   * @default a new `randomUUID()` per call
   * @example `promo-video-${contentHash}`
   */
  idempotencyKey?: string;
  /**
   * Aborts the create (and any back-off sleep) with an `AbortError`.
   * @default undefined (never aborted)
   */
  signal?: AbortSignal;
}

/** What `videos.create` returns: the task, and whether the server replayed an earlier create. */
export interface CreatedTask extends Task {
  /**
   * True when the server answered with a task an earlier call created under the same
   * Idempotency-Key (response header `idempotency-replayed: true`): that earlier call was
   * charged, this one costs nothing. False for a new task, and for a replay of this call's own
   * lost attempt (a retry after a reset: this call was charged).
   */
  replayed: boolean;
}

/** An EvoLink client, made by `createClient`. */
export interface Client {
  /** The API origin this client talks to (`ClientOptions.baseUrl`, resolved). */
  baseUrl: string;
  videos: {
    /**
     * Validates, then `POST /v1/videos/generations`. Returns the task (usually pending), with
     * `replayed` telling whether an earlier call already created (and paid for) it.
     */
    create(req: VideoRequest, options?: CreateOptions): Promise<CreatedTask>;
    /** `create` then `tasks.wait`: resolves with the completed task. */
    generate(req: VideoRequest, options?: WaitOptions & { idempotencyKey?: string }): Promise<Task>;
  };
  tasks: {
    /** `GET /v1/tasks/{id}`. */
    get(id: string, options?: { signal?: AbortSignal }): Promise<Task>;
    /** Polls until completed; throws `TaskFailedError`, `WaitTimeoutError` or `AbortError`. */
    wait(idOrTask: string | Task, options?: WaitOptions): Promise<Task>;
  };
  /**
   * `GET /v1/credits`: the balance behind the key, at no cost. A refused key throws
   * `AuthenticationError`, so this is also how to check a key.
   */
  credits(options?: { signal?: AbortSignal }): Promise<Credits>;
  files: {
    /**
     * `POST /api/v1/files/upload/stream` on the Files API: streams a local file (an image for
     * `image_urls`) and returns its link and expiry (72 h). Free, so retried like a GET.
     */
    upload(options: UploadFileOptions): Promise<UploadedFile>;
    /** The Files API origin uploads go to (`ClientOptions.filesBaseUrl`). */
    baseUrl: string;
  };
  /** This client's models: core's `models` plus `ClientOptions.models`. */
  models: readonly ModelSpec[];
  /** `validateRequest` against this client's models. */
  validateRequest(req: unknown): VideoRequest;
  /** `estimateCredits` against this client's models. */
  estimateCredits(req: VideoRequest): number;
  /** Streams a task's video (or any result URL) to `destinationPath`. */
  download(
    taskOrUrl: Task | string,
    destinationPath: string,
    options?: DownloadOptions,
  ): Promise<DownloadResult>;
}
