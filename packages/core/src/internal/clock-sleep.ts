import { AbortError } from '../errors/request-errors.ts';
import type { Clock } from '../types.ts';

/** Sleeps on the client's clock; an abort becomes our AbortError. */
export async function sleep(
  clock: Clock,
  ms: number,
  signal: AbortSignal | undefined,
  what: string,
) {
  if (signal?.aborted) throw new AbortError(`${what} was aborted`, { cause: signal.reason });
  try {
    await clock.sleep(ms, signal);
  } catch (error) {
    if (signal?.aborted) throw new AbortError(`${what} was aborted`, { cause: signal.reason });
    throw error;
  }
}
