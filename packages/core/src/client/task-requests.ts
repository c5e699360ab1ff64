import { ValidationError } from '../errors/validation-error.ts';
import { requestJson } from '../internal/http.ts';
import type { HttpSettings } from '../internal/http-settings.ts';
import { parseTask } from '../internal/task-schema.ts';
import type { Task, VideoRequest } from '../types.ts';
import type { CreatedTask } from './client.ts';

/** `GET /v1/tasks/{id}`; `retryRateLimit: false` lets a poll loop slow down itself on a 429. */
export async function getTask(
  http: HttpSettings,
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

/** `POST /v1/videos/generations` of an already validated body, under `idempotencyKey`. */
export async function createTask(
  http: HttpSettings,
  body: VideoRequest,
  idempotencyKey: string,
  signal: AbortSignal | undefined,
): Promise<CreatedTask> {
  const res = await requestJson(http, {
    method: 'POST',
    path: '/v1/videos/generations',
    body,
    idempotencyKey,
    signal,
    headersTimeoutMs: http.createTimeoutMs,
  });
  const task = parseTask(res.body, {
    what: 'POST /v1/videos/generations',
    status: res.status,
    requestId: res.requestId,
  });
  return { ...task, replayed: res.replayed };
}
