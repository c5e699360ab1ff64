import {
  type ApiError,
  AuthenticationError,
  type Clock,
  PermissionDeniedError,
} from '@clipwright/core';
import { modelUnavailable } from '@clipwright/core/internal';
import type { KeyRefusal } from '../model/key-refusal.ts';
import type { Job } from '../model/plan.ts';
import type { RunOptions } from '../model/run-options.ts';
import { errorOf } from './error-of.ts';
import type { StopReason } from './run-context.ts';

/**
 * Why a run stops creating: the caller's signal (then waits stop `graceMs` later), fail-fast,
 * a refused key (401), or 403 on every model. A model refused as unavailable is not asked
 * again: later jobs on it go straight to their fallback.
 */
export class RunStops {
  /** Aborts waits and downloads: the caller's signal, after the grace period. */
  readonly waits = new AbortController();
  /** Set when the key was refused. */
  refusal: KeyRefusal | undefined;
  #stop: StopReason | undefined;
  readonly #refusedModels = new Map<string, StopReason>();
  readonly #models: ReadonlySet<string>;
  readonly #finished = new AbortController();
  readonly #options: Pick<RunOptions, 'signal' | 'graceMs' | 'failFast'>;
  readonly #clock: Clock;
  readonly #onAbort = () => {
    this.#stop ??= {
      status: 'cancelled',
      code: 'cancelled',
      message: 'the run was cancelled before this video was created',
    };
    this.#clock.sleep(this.#options.graceMs ?? 30_000, this.#finished.signal).then(
      () => this.waits.abort(this.#options.signal?.reason),
      () => {},
    );
  };

  /** `models`: every model of the plan (with fallbacks); when all are refused (403), so is the key. */
  constructor(
    models: Iterable<string>,
    options: Pick<RunOptions, 'signal' | 'graceMs' | 'failFast'>,
    clock: Clock,
  ) {
    this.#models = new Set(models);
    this.#options = options;
    this.#clock = clock;
    if (options.signal?.aborted) this.#onAbort();
    else options.signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  /** Why no new task may be created for `job`, if anything forbids it. */
  reason(job: Job): StopReason | undefined {
    return this.#stop ?? this.#refusedModels.get(job.request.model);
  }

  /** A job failed (see `RunContext.onFailure`). */
  failed(error: unknown, job?: Job, how?: { fallback?: boolean }): void {
    if (error instanceof AuthenticationError) {
      this.refusal ??= { status: 401, message: error.message };
      this.#stop ??= {
        status: 'failed',
        code: errorOf(error).code,
        message: 'not sent: the API refused the key (401) on an earlier video',
      };
    } else if (job && (error instanceof PermissionDeniedError || modelUnavailable(error))) {
      this.#refuseModel(job.request.model, error as ApiError);
    }
    if (how?.fallback) return;
    if (this.#options.failFast)
      this.#stop ??= {
        status: 'cancelled',
        code: 'fail_fast',
        message: 'not started: an earlier video failed and failFast is on',
      };
  }

  /** Stops listening to the caller's signal and the grace timer. */
  dispose(): void {
    this.#finished.abort();
    this.#options.signal?.removeEventListener('abort', this.#onAbort);
  }

  #refuseModel(model: string, error: ApiError): void {
    this.#refusedModels.set(model, {
      status: 'failed',
      code: errorOf(error).code,
      message:
        error.status === 403
          ? `not sent: the API refused the key for ${model} (403) on an earlier video`
          : `not sent: ${model} was refused as unavailable (${error.status}) on an earlier video`,
      unavailable: modelUnavailable(error),
    });
    const everyModel = [...this.#models].every((m) => this.#refusedModels.has(m));
    if (error instanceof PermissionDeniedError && everyModel) {
      this.refusal ??= { status: 403, message: error.message };
      this.#stop ??= this.#refusedModels.get(model);
    }
  }
}
