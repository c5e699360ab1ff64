import { ClipwrightError } from './clipwright-error.ts';

/** Whether a failed request may have reached a server: see `ConnectionError.sent`. */
export interface TransportErrorOptions {
  cause?: unknown;
  /**
   * `false` only when the request certainly never reached a server (connection refused, a
   * name that does not resolve, a connect timeout): nothing was created and nothing charged.
   * @default true (the server may have received it)
   */
  sent?: boolean;
}

/** The connection failed (reset, refused, DNS) before a response arrived. Code `connection_error`. */
export class ConnectionError extends ClipwrightError {
  override name = 'ConnectionError';
  override readonly code: string = 'connection_error';
  /**
   * `false` when the request never reached a server (refused, DNS): a create then made
   * nothing; `true` when it may have (a reset after sending): its outcome is unknown.
   */
  readonly sent: boolean;
  constructor(message: string, options: TransportErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.sent = options.sent ?? true;
  }
}

/** One HTTP attempt took longer than its headers or body timeout. Code `timeout_error`. */
export class TimeoutError extends ClipwrightError {
  override name = 'TimeoutError';
  override readonly code: string = 'timeout_error';
  /** `false` for a connect timeout (nothing sent); `true` otherwise (see `ConnectionError.sent`). */
  readonly sent: boolean;
  constructor(message: string, options: TransportErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.sent = options.sent ?? true;
  }
}

/** The caller's `AbortSignal` fired. Code `abort_error`. */
export class AbortError extends ClipwrightError {
  override name = 'AbortError';
  override readonly code: string = 'abort_error';
}

/**
 * A 2xx response (or a result link, a callback body) that does not have the documented shape.
 * Code `unexpected_response_error`.
 */
export class UnexpectedResponseError extends ClipwrightError {
  override name = 'UnexpectedResponseError';
  override readonly code: string = 'unexpected_response_error';
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  constructor(
    message: string,
    options: { status?: number; requestId?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.requestId = options.requestId;
  }
}
