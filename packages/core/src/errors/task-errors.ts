import type { Task } from '../types.ts';
import { ClipwrightError } from './clipwright-error.ts';
import { taskFailureCodes } from './task-failure-codes.ts';

/** `tasks.wait` ran past its `timeoutMs`; the task may still finish (and be charged). Code `wait_timeout_error`. */
export class WaitTimeoutError extends ClipwrightError {
  override name = 'WaitTimeoutError';
  override readonly code: string = 'wait_timeout_error';
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

/**
 * The task finished with status `failed` (or `cancelled`). Code `task_failed_error`; the
 * task's own failure code is `failureCode`.
 */
export class TaskFailedError extends ClipwrightError {
  override name = 'TaskFailedError';
  override readonly code: string = 'task_failed_error';
  readonly taskId: string;
  /**
   * The task's failure code, e.g. `content_policy_violation` (`unknown_error` when the API gave
   * none, `request_cancelled` for a cancelled task without one).
   */
  readonly failureCode: string;
  /** Whether a new task with the same input may succeed (from `taskFailureCodes`). */
  readonly retryable: boolean;
  readonly task: Task;
  /** The API's `fallback_suggestion` for this failure, when it gave one: shown as the fix. */
  readonly fallbackSuggestion: string | undefined;
  constructor(task: Task) {
    const failureCode =
      task.error?.code ?? (task.status === 'cancelled' ? 'request_cancelled' : 'unknown_error');
    const detail =
      task.error?.message || taskFailureCodes[failureCode]?.description || `task ${task.status}`;
    const suggestion = task.error?.fallback_suggestion || undefined;
    super(
      `task ${task.id} ${task.status}: ${failureCode}: ${detail}` +
        (task.requestId ? ` (request id ${task.requestId})` : '') +
        (suggestion ? `\nfix: ${suggestion}` : ''),
    );
    this.taskId = task.id;
    this.failureCode = failureCode;
    this.fallbackSuggestion = suggestion;
    // An undocumented code is treated as transient, like `unknown_error`.
    this.retryable = taskFailureCodes[failureCode]?.retryable ?? true;
    this.task = task;
  }
}

/** The result link no longer works: EvoLink result links live 24 hours. Code `link_expired_error`. */
export class LinkExpiredError extends ClipwrightError {
  override name = 'LinkExpiredError';
  override readonly code: string = 'link_expired_error';
  readonly status: number;
  constructor(status: number) {
    super(
      `the video link has expired (HTTP ${status}): EvoLink result links live 24 hours after the task completes; generate the video again to get a new one`,
    );
    this.status = status;
  }
}
