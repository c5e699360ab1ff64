import { ClipwrightError } from './errors.ts';

/** Fields of an HTTP error; the body is the API's `{ error: { code, message, type, param } }`. */
export interface ApiErrorInit {
  status: number;
  message: string;
  /** A string in newer API pages, a number in older ones. */
  code?: string | number;
  type?: string;
  param?: string;
  requestId?: string;
  /** Defaults to whether `status` is one of 408, 429, 500, 502, 503, 504. */
  retryable?: boolean;
  /** How long (ms) the server asked us to wait (Retry-After), when given. */
  retryAfterMs?: number;
}

const retryableStatuses = new Set([408, 429, 500, 502, 503, 504]);

/** An HTTP error response from the API. Subclasses exist per documented status. */
export class ApiError extends ClipwrightError {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string | number | undefined;
  readonly type: string | undefined;
  readonly param: string | undefined;
  readonly requestId: string | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  constructor(init: ApiErrorInit) {
    super(
      `${init.status}${init.code !== undefined ? ` ${init.code}` : ''}: ${init.message}` +
        (init.requestId ? ` (request id ${init.requestId})` : ''),
    );
    this.status = init.status;
    this.code = init.code;
    this.type = init.type;
    this.param = init.param;
    this.requestId = init.requestId;
    this.retryable = init.retryable ?? retryableStatuses.has(init.status);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** 400: a bad parameter (`param` names it when the API says). */
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
/** 401: the API key is wrong or expired. */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}
/** 402: out of credits. */
export class InsufficientQuotaError extends ApiError {
  override name = 'InsufficientQuotaError';
}
/** 403: the key may not use this model. */
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError';
}
/** 404: unknown model, or a task that does not exist or has expired. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
/** 413: the request (usually the image) is too large. */
export class RequestTooLargeError extends ApiError {
  override name = 'RequestTooLargeError';
}
/** 429: rate limited. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}
/** 5xx: the service failed; retrying later may work. */
export class InternalServerError extends ApiError {
  override name = 'InternalServerError';
}

/** Builds the `ApiError` subclass that matches `init.status`. */
export function apiErrorFromStatus(init: ApiErrorInit): ApiError {
  switch (init.status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new AuthenticationError(init);
    case 402:
      return new InsufficientQuotaError(init);
    case 403:
      return new PermissionDeniedError(init);
    case 404:
      return new NotFoundError(init);
    case 413:
      return new RequestTooLargeError(init);
    case 429:
      return new RateLimitError(init);
    default:
      return init.status >= 500 ? new InternalServerError(init) : new ApiError(init);
  }
}
