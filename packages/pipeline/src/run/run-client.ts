import { type Client, createClient } from '@clipwright/core';
import type { PipelineEvent } from '../model/events.ts';
import type { RunOptions } from '../model/run-options.ts';

/** The getters `lazyClient` made: given back as they are, so a client is never wrapped twice. */
const made = new WeakSet<() => Client>();

/**
 * The one client of a run, made on first use (a run that sends nothing needs no key):
 * `options.client` (or what its function returns, called once), else
 * `createClient(clientOptions)` on the run's clock, its retries reported as `retry` events.
 * `runSession` resolves it once and hands the getter to the balance check and `runPlan`,
 * which uses it as it is.
 */
export function lazyClient(
  options: Pick<RunOptions, 'client' | 'clientOptions' | 'clock'>,
  emit: (e: PipelineEvent) => void,
): () => Client {
  const given = options.client;
  if (typeof given === 'function' && made.has(given)) return given;
  let client: Client | undefined = typeof given === 'function' ? undefined : given;
  const get = () => {
    if (typeof given === 'function') client ??= given();
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
  made.add(get);
  return get;
}
