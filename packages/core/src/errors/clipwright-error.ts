import type { Task } from '../types.ts';
import { taskFailureCodes } from './task-failure-codes.ts';

/** Base class of every error this package throws. */
export class ClipwrightError extends Error {
  override name = 'ClipwrightError';
}

/** One problem found by validation, phrased like help. */
export interface ValidationIssue {
  /** The request field, e.g. `duration` or `image_urls.0`. */
  field: string;
  /** Help text without the field prefix, e.g. `sora-2-beta-max accepts 10 or 15, got 8`. */
  message: string;
  /** The value given, when there was one. */
  received?: unknown;
  /** The accepted values, when they form a list. */
  allowed?: readonly unknown[];
  /**
   * How to fix it, in words a user can act on, e.g. `use one of 10, 15` or
   * `remove \`quality\`: sora-2-beta-max does not take it`. Set by every built-in check.
   */
  fix?: string;
}

/** The request is invalid; nothing was sent. `message` has one `field: message` line per issue. */
export class ValidationError extends ClipwrightError {
  override name = 'ValidationError';
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
    this.issues = issues;
  }
}

/** The connection failed (reset, refused, DNS) before a response arrived. */
export class ConnectionError extends ClipwrightError {
  override name = 'ConnectionError';
}

/** One HTTP attempt took longer than its headers or body timeout. */
export class TimeoutError extends ClipwrightError {
  override name = 'TimeoutError';
}

/** The caller's `AbortSignal` fired. */
export class AbortError extends ClipwrightError {
  override name = 'AbortError';
}

/** `tasks.wait` ran past its `timeoutMs`; the task may still finish (and be charged). */
export class WaitTimeoutError extends ClipwrightError {
  override name = 'WaitTimeoutError';
  readonly taskId: string;
  /** The last state seen. */
  readonly task: Task | undefined;
  constructor(taskId: string, timeoutMs: number, task?: Task) {
    super(
      `task ${taskId} did not finish within ${Math.round(timeoutMs / 1000)} s` +
        (task ? ` (last status ${task.status}, ${task.progress}%)` : '') +
        '; it may still complete: query it again later with tasks.wait',
    );
    this.taskId = taskId;
    this.task = task;
  }
}

/** A 2xx response whose body does not have the documented shape. */
export class UnexpectedResponseError extends ClipwrightError {
  override name = 'UnexpectedResponseError';
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

/** The task finished with status `failed` (or `cancelled`). */
export class TaskFailedError extends ClipwrightError {
  override name = 'TaskFailedError';
  readonly taskId: string;
  /** The task's failure code, e.g. `content_policy_violation`. */
  readonly code: string;
  /** Whether a new task with the same input may succeed (from `taskFailureCodes`). */
  readonly retryable: boolean;
  readonly task: Task;
  /** The API's `fallback_suggestion` for this failure, when it gave one: shown as the fix. */
  readonly fallbackSuggestion: string | undefined;
  constructor(task: Task) {
    const code =
      task.error?.code ?? (task.status === 'cancelled' ? 'request_cancelled' : 'unknown_error');
    const detail =
      task.error?.message || taskFailureCodes[code]?.description || `task ${task.status}`;
    const suggestion = task.error?.fallback_suggestion || undefined;
    super(
      `task ${task.id} ${task.status}: ${code}: ${detail}` +
        (task.requestId ? ` (request id ${task.requestId})` : '') +
        (suggestion ? `\nfix: ${suggestion}` : ''),
    );
    this.taskId = task.id;
    this.code = code;
    this.fallbackSuggestion = suggestion;
    // An undocumented code is treated as transient, like `unknown_error`.
    this.retryable = taskFailureCodes[code]?.retryable ?? true;
    this.task = task;
  }
}

/** The result link no longer works: EvoLink result links live 24 hours. */
export class LinkExpiredError extends ClipwrightError {
  override name = 'LinkExpiredError';
  readonly status: number;
  constructor(status: number) {
    super(
      `the video link has expired (HTTP ${status}): EvoLink result links live 24 hours after the task completes; generate the video again to get a new one`,
    );
    this.status = status;
  }
}

/** File-system error codes that mean the disk cannot take the file: retrying will not help. */
export const diskErrorCodes: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
};

/**
 * Writing a file failed because of the disk (full, over quota, read-only). Not a network
 * fault: it is never retried. `code` is `disk_error`; `errno` is the system's code (`ENOSPC`).
 */
export class DiskError extends ClipwrightError {
  override name = 'DiskError';
  readonly code = 'disk_error';
  readonly errno: string;
  /** The file being written. */
  readonly path: string;
  constructor(errno: string, path: string, options: { cause?: unknown } = {}) {
    super(
      `cannot write ${path}: ${diskErrorCodes[errno] ?? errno} (${errno}); free some space or choose another folder, then run again`,
      options,
    );
    this.errno = errno;
    this.path = path;
  }
}

/** `error` as a `DiskError` when it is a disk-full/quota/read-only error, else `undefined`. */
export function asDiskError(error: unknown, path: string): DiskError | undefined {
  if (error instanceof DiskError) return error;
  const errno = (error as { code?: unknown } | undefined)?.code;
  return typeof errno === 'string' && errno in diskErrorCodes
    ? new DiskError(errno, path, { cause: error })
    : undefined;
}
