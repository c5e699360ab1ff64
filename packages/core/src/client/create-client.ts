import { randomUUID as cryptoRandomUUID } from 'node:crypto';
import { downloadFile } from '../download/download-file.ts';
import { UnexpectedResponseError } from '../errors/request-errors.ts';
import { requestJson } from '../internal/http.ts';
import { waitForTask } from '../internal/wait-for-task.ts';
import { estimateCredits } from '../models/estimate-credits.ts';
import { withModels } from '../models/models.ts';
import { adaptivePolling } from '../policies/poll-policy.ts';
import { DEFAULT_MAX_RETRY_AFTER_MS } from '../policies/retry-policy.ts';
import { videoUrl } from '../tasks/video-url.ts';
import type { Task } from '../types.ts';
import { uploadFile } from '../upload/upload-file.ts';
import { validateRequest } from '../validation/validate-request.ts';
import type { Client, CreateOptions, WaitOptions } from './client.ts';
import type { ClientOptions } from './client-options.ts';
import { parseCredits } from './credits.ts';
import { resolveSettings } from './resolve-settings.ts';
import { createTask, getTask } from './task-requests.ts';

/**
 * Creates an EvoLink client. Every option has a default (see `ClientOptions`): `createClient()`
 * reads `EVOLINK_API_KEY` and `EVOLINK_BASE_URL` from the environment.
 *
 * @example
 * const client = createClient();
 * const task = await client.videos.generate({ model: 'sora-2-beta-max', prompt: 'A cat at a piano' });
 * await client.download(task, 'out/cat.mp4');
 */
export function createClient(options: ClientOptions = {}): Client {
  const { http, filesBaseUrl } = resolveSettings(options);
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

  async function create(req: unknown, o: CreateOptions = {}) {
    return createTask(http, validate(req), o.idempotencyKey ?? randomUUID(), o.signal);
  }

  function wait(idOrTask: string | Task, o: WaitOptions = {}): Promise<Task> {
    return waitForTask(idOrTask, {
      get: (id, signal) => getTask(http, id, { signal, retryRateLimit: false }),
      clock: http.clock,
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
    tasks: { get: (id, o) => getTask(http, id, o), wait },
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
