import { type Client, createClient } from '@clipwright/core';
import type { PipelineEvent } from '../model/events.ts';
import type { RunOptions } from '../model/run-options.ts';

/**
 * The one client of a run, made on first use (a run that sends nothing needs no key):
 * `options.client` (or what its function returns), else `createClient(clientOptions)` on the
 * run's clock, its retries reported as `retry` events.
 */
export function lazyClient(
  options: Pick<RunOptions, 'client' | 'clientOptions' | 'clock'>,
  emit: (e: PipelineEvent) => void,
): () => Client {
  let client: Client | undefined =
    typeof options.client === 'function' ? undefined : options.client;
  return () => {
    if (typeof options.client === 'function') client ??= options.client();
    client ??= createClient({
      ...options.clientOptions,
      ...(options.clock && !options.clientOptions?.clock && { clock: options.clock }),
      onRetry: (info) => {
        options.clientOptions?.onRetry?.(info);
        emit({ type: 'retry', attempt: info.attempt, delayMs: info.delayMs, error: info.error });
      },
    });
    return client;
  };
}
