import { randomUUID as cryptoRandomUUID } from 'node:crypto';
import type { Dispatcher } from 'undici';
import type { ClientOptions } from './client-options.ts';
import { type Credits, parseCredits } from './credits.ts';
import { ClipwrightError, UnexpectedResponseError, ValidationError } from './errors.ts';
import { estimateCredits } from './estimate-credits.ts';
import { downloadFile } from './internal/download-file.ts';
import { requestJson } from './internal/http.ts';
import type { HttpSettings } from './internal/http-settings.ts';
import { parseTask } from './internal/task-schema.ts';
import { undici } from './internal/undici.ts';
import { waitForTask } from './internal/wait-for-task.ts';
import type { ModelSpec } from './model-spec.ts';
import { withModels } from './models.ts';
import { adaptivePolling, type PollPolicy } from './poll-policy.ts';
import { DEFAULT_MAX_RETRY_AFTER_MS } from './retry-policy.ts';
import { systemClock } from './system-clock.ts';
import type { Task, VideoRequest } from './types.ts';
import { type UploadedFile, type UploadFileOptions, uploadFile } from './upload-file.ts';
import { validateRequest } from './validate-request.ts';
import { videoUrl } from './video-url.ts';

/** Options of `tasks.wait` (and `videos.generate`). */
export interface WaitOptions {
  /** Aborts the wait (and any sleep in it) with an `AbortError`. Default: none. */
  signal?: AbortSignal;
  /** Overall limit; then `WaitTimeoutError`. Default: the client's `waitTimeoutMs` (30 min). */
  timeoutMs?: number;
  /** Called with every task state seen, the first included. Default: none. */
  onProgress?: (task: Task) => void;
  /** Overrides the client's poll policy for this wait. */
  pollPolicy?: PollPolicy;
}

/** Options of `videos.create`. */
export interface CreateOptions {
  /**
   * Sent as `Idempotency-Key`; retries reuse it, so no retry can start a second paid task.
   * Default: a new UUID per call. Pass a stable one to make a re-run of the same job safe.
   */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** Options of `download`. */
export interface DownloadOptions {
  signal?: AbortSignal;
  /** Called as bytes arrive; `total` when the server sent a length. */
  onProgress?: (p: { bytes: number; total?: number }) => void;
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

export interface DownloadResult {
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file, computed while streaming. */
  sha256: string;
}

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

/** Creates an EvoLink client. See `ClientOptions` for every option and its default. */
export function createClient(options: ClientOptions = {}): Client {
  const env = options.env ?? process.env;
  const apiKey = options.apiKey ?? env.EVOLINK_API_KEY;
  const baseUrl = options.baseUrl ?? env.EVOLINK_BASE_URL ?? 'https://api.evolink.ai';
  const filesBaseUrl =
    options.filesBaseUrl ??
    env.EVOLINK_FILES_BASE_URL ??
    ((options.baseUrl ?? env.EVOLINK_BASE_URL) ? baseUrl : 'https://files-api.evolink.ai');
  const clock = options.clock ?? systemClock;
  const randomUUID = options.randomUUID ?? cryptoRandomUUID;
  const registry = withModels(options.models);
  const validate = (req: unknown) =>
    validateRequest(req, {
      allowInsecureCallbacks: options.allowInsecureCallbacks,
      models: registry,
      trustedImageOrigin: URL.canParse(filesBaseUrl) ? new URL(filesBaseUrl).origin : undefined,
    });
  const pollPolicy = options.pollPolicy ?? adaptivePolling();
  const waitTimeoutMs = options.waitTimeoutMs ?? 1_800_000;
  let agent: Promise<Dispatcher> | undefined;
  const http: HttpSettings = {
    baseUrl,
    apiKey: () => {
      if (!apiKey) {
        throw new ClipwrightError('no API key: set EVOLINK_API_KEY or pass apiKey to createClient');
      }
      return apiKey;
    },
    dispatcher: () => {
      agent ??= options.dispatcher
        ? Promise.resolve(options.dispatcher)
        : undici().then(
            ({ Agent }) => new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000 }),
          );
      return agent;
    },
    headersTimeoutMs: options.headersTimeoutMs ?? 30_000,
    bodyTimeoutMs: options.bodyTimeoutMs ?? 60_000,
    maxRetries: Math.max(0, options.maxRetries ?? 3),
    rateLimitMaxWaitMs: Math.max(0, options.rateLimitMaxWaitMs ?? 900_000),
    retry: options.retry ?? {},
    clock,
    logger: options.logger ?? {},
    onRetry: options.onRetry,
    gates: new Map(),
  };

  async function get(
    id: string,
    o: { signal?: AbortSignal; retryRateLimit?: boolean } = {},
  ): Promise<Task> {
    if (typeof id !== 'string' || id.trim() === '') {
      throw new ValidationError([
        { field: 'task_id', message: 'must be a non-empty task id', received: id },
      ]);
    }
    const res = await requestJson(http, {
      method: 'GET',
      path: `/v1/tasks/${encodeURIComponent(id)}`,
      route: 'GET /v1/tasks/{id}',
      signal: o.signal,
      retryRateLimit: o.retryRateLimit,
    });
    return parseTask(res.body, {
      what: `GET /v1/tasks/${id}`,
      status: res.status,
      requestId: res.requestId,
    });
  }

  async function create(req: VideoRequest, o: CreateOptions = {}): Promise<CreatedTask> {
    const body = validate(req);
    const res = await requestJson(http, {
      method: 'POST',
      path: '/v1/videos/generations',
      body,
      idempotencyKey: o.idempotencyKey ?? randomUUID(),
      signal: o.signal,
    });
    const task = parseTask(res.body, {
      what: 'POST /v1/videos/generations',
      status: res.status,
      requestId: res.requestId,
    });
    return { ...task, replayed: res.replayed };
  }

  function wait(idOrTask: string | Task, o: WaitOptions = {}): Promise<Task> {
    return waitForTask(idOrTask, {
      get: (id, signal) => get(id, { signal, retryRateLimit: false }),
      clock,
      policy: o.pollPolicy ?? pollPolicy,
      timeoutMs: o.timeoutMs ?? waitTimeoutMs,
      signal: o.signal,
      onProgress: o.onProgress,
      maxSlowDownMs: http.retry.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
      onRetry: http.onRetry,
    });
  }

  return {
    baseUrl: http.baseUrl,
    models: registry,
    validateRequest: validate,
    estimateCredits: (req) => estimateCredits(req, registry),
    videos: {
      create,
      async generate(req, o = {}) {
        const task = await create(req, { idempotencyKey: o.idempotencyKey, signal: o.signal });
        return wait(task, o);
      },
    },
    tasks: { get, wait },
    files: {
      upload: (o) => uploadFile({ ...http, baseUrl: filesBaseUrl }, o),
      baseUrl: filesBaseUrl,
    },
    async credits(o = {}) {
      const res = await requestJson(http, { method: 'GET', path: '/v1/credits', signal: o.signal });
      return parseCredits(res.body, res.requestId);
    },
    async download(taskOrUrl, destinationPath, o = {}) {
      const url = typeof taskOrUrl === 'string' ? taskOrUrl : videoUrl(taskOrUrl);
      if (!URL.canParse(url)) {
        // The server's link, not the caller's input: a typed server fault, not a crash.
        throw new UnexpectedResponseError(
          `the result link is not a valid URL: ${JSON.stringify(url.slice(0, 200))}`,
        );
      }
      const effects = {
        randomUUID,
        ...(options.openDownloadFile && { openFile: options.openDownloadFile }),
      };
      return downloadFile(http, url, destinationPath, o, effects, {
        allowInsecure: options.allowInsecureCallbacks === true,
        trustedOrigin: new URL(http.baseUrl).origin,
      });
    },
  };
}
