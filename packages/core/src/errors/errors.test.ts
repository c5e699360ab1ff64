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
import { ClipwrightError, TaskFailedError, ValidationError } from './clipwright-error.ts';
import { taskFailureCodes } from './task-failure-codes.ts';

describe('errors', () => {
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

  it('keeps a numeric or string code', () => {
    expect(apiErrorFromStatus({ status: 400, message: 'm', code: 1001 }).code).toBe(1001);
    expect(apiErrorFromStatus({ status: 400, message: 'm', code: 'invalid_request' }).code).toBe(
      'invalid_request',
    );
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
    expect(e).toMatchObject({ taskId: 't1', code: 'invalid_parameters', retryable: false });
    expect(e.message).toContain('bad');
    const cancelled = new TaskFailedError({
      id: 't2',
      model: 'm',
      status: 'cancelled',
      progress: 0,
      created: 0,
    });
    expect(cancelled).toMatchObject({ code: 'request_cancelled', retryable: false });
  });

  it('ValidationError joins field: message lines', () => {
    const e = new ValidationError([
      { field: 'duration', message: 'a' },
      { field: 'prompt', message: 'b' },
    ]);
    expect(e.message).toBe('duration: a\nprompt: b');
  });
});
