import { ClipwrightError } from './clipwright-error.ts';

/** Fields of an HTTP error; the body is the API's `{ error: { code, message, type, param } }`. */
export interface ApiErrorInit {
  status: number;
  message: string;
  /** The body's `error.code` (becomes `apiCode`): a string in newer API pages, a number in older ones. */
  code?: string | number;
  type?: string;
  param?: string;
  requestId?: string;
  /** Defaults to whether `status` is one of 408, 429, 500, 502, 503, 504. */
  retryable?: boolean;
  /** How long (ms) the server asked us to wait (Retry-After), when given. */
  retryAfterMs?: number;
  /** The API's `fallback_suggestion`: what to do instead, in its words. */
  fallbackSuggestion?: string;
}

/**
 * Which limit a 402 hit, told apart by its code as the vendor's successor client does
 * (EvoLinkAI/evolink-mcp, gateway error classification): the account balance, the key's own
 * spending limit, or the key's daily limit (which passes at midnight).
 */
export type QuotaKind = 'balance' | 'key' | 'daily';

const quotaCodes: Record<string, QuotaKind> = {
  insufficient_quota: 'balance',
  insufficient_user_quota: 'balance',
  quota_not_enough: 'balance',
  account_balance_insufficient: 'balance',
  insufficient_token_quota: 'key',
  key_quota_exhausted: 'key',
  token_daily_quota_exceeded: 'daily',
  key_daily_quota_exhausted: 'daily',
};

/**
 * Gateway codes around paid creates (EvoLinkAI/evolink-mcp): `paid_outcome_unknown` means the
 * gateway cannot tell yet whether the task was created (and charged). Never "nothing created".
 */
export const PAID_OUTCOME_UNKNOWN = 'paid_outcome_unknown';
/** The same Idempotency-Key was used with another body: the first request's task stands. */
export const IDEMPOTENCY_CONFLICT = 'idempotency_conflict';

const retryableStatuses = new Set([408, 429, 500, 502, 503, 504]);

/**
 * An HTTP error response from the API. Subclasses exist per documented status. `code` is this
 * class's stable code (`api_error`, or the subclass's: `rate_limit_error`, ...); the code the
 * API sent in its body is `apiCode`.
 */
export class ApiError extends ClipwrightError {
  override name = 'ApiError';
  override readonly code: string = 'api_error';
  readonly status: number;
  /** The body's `error.code`: a string in newer API pages, a number in older ones. */
  readonly apiCode: string | number | undefined;
  readonly type: string | undefined;
  readonly param: string | undefined;
  readonly requestId: string | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  /** The API's `fallback_suggestion`, shown as the fix. */
  readonly fallbackSuggestion: string | undefined;
  /**
   * True when a paid create may have created (and charged) a task although it failed:
   * `paid_outcome_unknown`, and any 5xx. Callers keep the credits reserved and the key.
   */
  readonly outcomeUnknown: boolean;
  constructor(init: ApiErrorInit) {
    // Gateway messages may already end with "(request id: ...)": do not say it twice.
    const message = init.message.replace(/\s*\(request id: [^)]*\)\s*$/, '');
    super(
      `${init.status}${init.code !== undefined ? ` ${init.code}` : ''}: ${message}` +
        (init.requestId ? ` (request id ${init.requestId})` : '') +
        (init.fallbackSuggestion ? `\nfix: ${init.fallbackSuggestion}` : ''),
    );
    this.status = init.status;
    this.apiCode = init.code;
    this.type = init.type;
    this.param = init.param;
    this.requestId = init.requestId;
    this.outcomeUnknown = init.code === PAID_OUTCOME_UNKNOWN || init.status >= 500;
    // An unknown paid outcome is retried under the same Idempotency-Key: the gateway answers
    // with the task once it knows (a replay), never with a second charge.
    this.retryable =
      init.retryable ?? (retryableStatuses.has(init.status) || init.code === PAID_OUTCOME_UNKNOWN);
    this.retryAfterMs = init.retryAfterMs;
    this.fallbackSuggestion = init.fallbackSuggestion;
  }
}

/** 400: a bad parameter (`param` names it when the API says). */
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
  override readonly code: string = 'bad_request_error';
}
/** 401: the API key is wrong or expired. */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
  override readonly code: string = 'authentication_error';
}
/** 402: out of credits, or a key limit reached; `quota` says which (by the error's code). */
export class InsufficientQuotaError extends ApiError {
  override name = 'InsufficientQuotaError';
  override readonly code: string = 'insufficient_quota_error';
  /** `balance` (top up), `key` (raise the key's limit) or `daily` (passes at midnight). */
  readonly quota: QuotaKind;
  constructor(init: ApiErrorInit) {
    super(init);
    this.quota = quotaCodes[String(init.code ?? '').toLowerCase()] ?? 'balance';
  }
}
/** 403: the key may not use this model. */
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError';
  override readonly code: string = 'permission_denied_error';
}
/** 404: unknown model, or a task that does not exist or has expired. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
  override readonly code: string = 'not_found_error';
}
/** 413: the request (usually the image) is too large. */
export class RequestTooLargeError extends ApiError {
  override name = 'RequestTooLargeError';
  override readonly code: string = 'request_too_large_error';
}
/** 429: rate limited. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  override readonly code: string = 'rate_limit_error';
}
/** 5xx: the service failed; retrying later may work. */
export class InternalServerError extends ApiError {
  override name = 'InternalServerError';
  override readonly code: string = 'internal_server_error';
}

/** The documented statuses and their classes; any other 5xx is an `InternalServerError`. */
const classByStatus: Readonly<Record<number, new (init: ApiErrorInit) => ApiError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: InsufficientQuotaError,
  403: PermissionDeniedError,
  404: NotFoundError,
  413: RequestTooLargeError,
  429: RateLimitError,
};

/** Builds the `ApiError` subclass that matches `init.status`. */
export function apiErrorFromStatus(init: ApiErrorInit): ApiError {
  const ErrorClass =
    classByStatus[init.status] ?? (init.status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass(init);
}
