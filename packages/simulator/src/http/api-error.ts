/** An HTTP error answered with the documented envelope `{"error": {code, message, type, param?}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly type: string;
  readonly param: string | undefined;
  readonly headers: Record<string, string>;
  constructor(
    status: number,
    init: {
      code: string;
      message: string;
      type: string;
      param?: string;
      headers?: Record<string, string>;
    },
  ) {
    super(init.message);
    this.status = status;
    this.code = init.code;
    this.type = init.type;
    this.param = init.param;
    this.headers = init.headers ?? {};
  }
  toJSON(): { error: { code: string; message: string; type: string; param?: string } } {
    const error: { code: string; message: string; type: string; param?: string } = {
      code: this.code,
      message: this.message,
      type: this.type,
    };
    if (this.param !== undefined) error.param = this.param;
    return { error };
  }
}

/** 400 `invalid_request_error` naming the offending `param`. */
export function invalidParam(
  param: string | undefined,
  message: string,
  code = 'invalid_request',
): ApiError {
  return new ApiError(400, {
    code,
    message,
    type: 'invalid_request_error',
    ...(param ? { param } : {}),
  });
}

/** Error type and code used for server-side statuses (500/502/503), per shared/api/README.md and the source documents. */
export function serverError(status: number): ApiError {
  if (status === 502) {
    return new ApiError(502, {
      code: 'upstream_error',
      message: 'Upstream service error',
      type: 'upstream_error',
    });
  }
  if (status === 503) {
    return new ApiError(503, {
      code: 'service_unavailable',
      message: 'Service temporarily unavailable, please retry later',
      type: 'service_unavailable_error',
    });
  }
  return new ApiError(status, {
    code: 'internal_error',
    message: 'Internal server error',
    type: 'api_error',
  });
}

/** 429 `rate_limit_error`, with `Retry-After` (whole seconds) when `retryAfterSeconds` is given. */
export function rateLimited(retryAfterSeconds: number | undefined): ApiError {
  return new ApiError(429, {
    code: 'rate_limit_exceeded',
    message: 'Too many requests, please try again later',
    type: 'rate_limit_error',
    headers:
      retryAfterSeconds === undefined
        ? {}
        : { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });
}
