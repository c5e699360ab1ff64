import type { Client, Clock } from '@clipwright/core';
import type { Budget } from './budget.ts';
import type { Journal } from './journal.ts';
import type { CacheStore, PipelineEvent } from './types.ts';

/** What every job of one run shares. */
export interface RunContext {
  client(): Client;
  journal: Journal;
  cache: CacheStore;
  budget: Budget;
  clock: Clock;
  outDir: string;
  tempDir: string;
  regenerate: boolean;
  waitTimeoutMs?: number;
  /** Aborts waits and downloads (the caller's signal, after the grace period). */
  waitSignal: AbortSignal;
  /** Why no new task may be created, once one may not. */
  stopReason(): { code: string; message: string } | undefined;
  /** Called when a job fails (fail-fast). */
  onFailure(): void;
  emit(event: PipelineEvent): void;
}
