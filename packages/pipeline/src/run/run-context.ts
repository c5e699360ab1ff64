import type { Client, Clock } from '@clipwright/core';
import type { CacheStore } from '../model/cache-store.ts';
import type { PipelineEvent } from '../model/events.ts';
import type { FileOps } from '../model/file-ops.ts';
import type { Job } from '../model/plan.ts';
import type { RunOptions } from '../model/run-options.ts';
import type { Budget } from './budget.ts';
import type { ImageLinks } from './image-links.ts';
import type { Journal } from './journal.ts';
import type { KeyGate } from './key-gate.ts';

/** Why a job is not sent, and how it is reported. */
export interface StopReason {
  status: 'cancelled' | 'failed';
  code: string;
  message: string;
  /** The job's model was refused as unavailable earlier in the run: a fallback may be tried. */
  unavailable?: boolean;
}

/** What every job of one run shares. */
export interface RunContext {
  client(): Client;
  journal: Journal;
  cache: CacheStore;
  budget: Budget;
  /** Repository images: their links for a create, uploaded just before it. */
  images: ImageLinks;
  clock: Clock;
  outDir: string;
  tempDir: string;
  /** Every file write (videos into `outDir`, checked folders; disk errors typed). */
  fs: FileOps;
  regenerate: boolean;
  /** The health endpoint's word per model (`RunOptions.modelHealth`). */
  health?: RunOptions['modelHealth'];
  waitTimeoutMs?: number;
  /** Aborts waits and downloads (the caller's signal, after the grace period). */
  waitSignal: AbortSignal;
  /** Creates one at a time until the key is accepted (see `KeyGate`). */
  keyGate: KeyGate;
  /** Why no new task may be created for `job` (abort, fail-fast, a refused key or model). */
  stopReason(job: Job): StopReason | undefined;
  /**
   * Called when a job fails (fail-fast, key refusal), with the error and, for a create, the
   * job. `fallback`: the model was unavailable and the job goes on with its next model (the
   * model is remembered as refused, but the run has not failed).
   */
  onFailure(error: unknown, job?: Job, options?: { fallback?: boolean }): void;
  emit(event: PipelineEvent): void;
}
