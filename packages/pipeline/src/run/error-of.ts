import { ApiError, TaskFailedError } from '@clipwright/core';

/**
 * A stable code and message for any error; never includes request headers (so never the key).
 * The server's own words come first (the API's error code, the task's failure code), then the
 * error's stable class code, then its class name.
 */
export function errorOf(error: unknown): { code: string; message: string } {
  if (error instanceof Error) {
    const specific =
      error instanceof ApiError
        ? error.apiCode
        : error instanceof TaskFailedError
          ? error.failureCode
          : undefined;
    const code = (error as { code?: unknown }).code;
    return {
      code:
        (typeof specific === 'string' && specific !== '') || typeof specific === 'number'
          ? String(specific)
          : typeof code === 'string' && code !== ''
            ? code
            : error.name,
      message: error.message,
    };
  }
  return { code: 'unknown_error', message: String(error) };
}
