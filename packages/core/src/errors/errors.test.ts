import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  apiErrorFromStatus,
  BadRequestError,
  InsufficientQuotaError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestTooLargeError,
} from './api-error.ts';
import { ClipwrightError } from './clipwright-error.ts';
import { DiskError } from './disk-error.ts';
import {
  AbortError,
  ConnectionError,
  TimeoutError,
  UnexpectedResponseError,
} from './request-errors.ts';
import { LinkExpiredError, TaskFailedError, WaitTimeoutError } from './task-errors.ts';
import { taskFailureCodes } from './task-failure-codes.ts';
import { ValidationError } from './validation-error.ts';

describe('errors', () => {
  it('gives every class a stable code: its name in snake_case', () => {
    const task = { id: 't1', model: 'm', status: 'failed', progress: 0, created: 0 };
    const errors: ClipwrightError[] = [
      new ClipwrightError('m'),
      new ValidationError([]),
      new ConnectionError('m'),
      new TimeoutError('m'),
      new AbortError('m'),
      new UnexpectedResponseError('m'),
      new WaitTimeoutError('t1', 1000),
      new TaskFailedError(task),
      new LinkExpiredError(410),
      new DiskError('ENOSPC', '/tmp/x'),
      ...[400, 401, 402, 403, 404, 409, 413, 429, 503].map((status) =>
        apiErrorFromStatus({ status, message: 'm', code: 'server_code' }),
      ),
    ];
    for (const error of errors) {
      const snake = error.name.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase();
      expect(error.code, error.name).toBe(snake);
      expect(error.code, error.name).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });

  it('takes a code and a cause in the base class, as other packages extend it', () => {
    const cause = new Error('low-level');
    const error = new ClipwrightError('high-level', { code: 'plan_error', cause });
    expect(error).toMatchObject({ code: 'plan_error', cause, message: 'high-level' });
    expect(new ConnectionError('m', { cause }).cause).toBe(cause);
  });

  it('builds the subclass for each documented status', () => {
    const cases = [
      [400, BadRequestError],
      [401, AuthenticationError],
      [402, InsufficientQuotaError],
      [403, PermissionDeniedError],
      [404, NotFoundError],
      [413, RequestTooLargeError],
      [429, RateLimitError],
      [500, InternalServerError],
      [502, InternalServerError],
      [503, InternalServerError],
    ] as const;
    for (const [status, cls] of cases) {
      const error = apiErrorFromStatus({ status, message: 'm' });
      expect(error).toBeInstanceOf(cls);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toBeInstanceOf(ClipwrightError);
    }
    expect(apiErrorFromStatus({ status: 409, message: 'm' }).constructor).toBe(ApiError);
  });

  it('marks 408, 429, 500, 502, 503, 504 retryable', () => {
    const retryable = [400, 401, 402, 403, 404, 408, 409, 413, 429, 500, 501, 502, 503, 504].filter(
      (status) => apiErrorFromStatus({ status, message: 'm' }).retryable,
    );
    expect(retryable).toEqual([408, 429, 500, 502, 503, 504]);
  });

  it("keeps the API's numeric or string code as apiCode", () => {
    expect(apiErrorFromStatus({ status: 400, message: 'm', code: 1001 }).apiCode).toBe(1001);
    expect(
      apiErrorFromStatus({ status: 400, message: 'm', code: 'invalid_request' }),
    ).toMatchObject({ code: 'bad_request_error', apiCode: 'invalid_request' });
  });

  it('knows the 13 documented task failure codes', () => {
    expect(Object.keys(taskFailureCodes)).toHaveLength(13);
    const permanent = Object.entries(taskFailureCodes)
      .filter(([, v]) => !v.retryable)
      .map(([k]) => k);
    expect(permanent.sort()).toEqual(
      [
        'content_policy_violation',
        'image_dimension_mismatch',
        'image_processing_error',
        'invalid_parameters',
        'request_cancelled',
        'resource_not_found',
      ].sort(),
    );
  });

  it('TaskFailedError reads the task', () => {
    const e = new TaskFailedError({
      id: 't1',
      model: 'm',
      status: 'failed',
      progress: 100,
      created: 0,
      error: { code: 'invalid_parameters', message: 'bad' },
    });
    expect(e).toMatchObject({
      taskId: 't1',
      code: 'task_failed_error',
      failureCode: 'invalid_parameters',
      retryable: false,
    });
    expect(e.message).toContain('bad');
    const cancelled = new TaskFailedError({
      id: 't2',
      model: 'm',
      status: 'cancelled',
      progress: 0,
      created: 0,
    });
    expect(cancelled).toMatchObject({ failureCode: 'request_cancelled', retryable: false });
  });

  it('ValidationError joins field: message lines', () => {
    const e = new ValidationError([
      { field: 'duration', message: 'a' },
      { field: 'prompt', message: 'b' },
    ]);
    expect(e.message).toBe('duration: a\nprompt: b');
  });
});
