import type { SimClock } from '../clock.ts';

export interface CallbackOptions {
  clock: SimClock;
  fetch: typeof fetch;
  signal: AbortSignal;
  onAttempt: (ok: boolean) => void;
}

/** Documented delivery: 10 s timeout, retries after 1, 2 and 4 s (simulated); any 2xx is success. */
const RETRY_DELAYS_MS = [1000, 2000, 4000];
const TIMEOUT_MS = 10_000;
/** Real-time floor for the timeout, so a high timeScale does not make loopback deliveries time out. */
const MIN_REAL_TIMEOUT_MS = 5000;

export async function deliverCallback(
  url: string,
  body: unknown,
  o: CallbackOptions,
): Promise<boolean> {
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    if (attempt > 0) {
      try {
        await o.clock.sleep(RETRY_DELAYS_MS[attempt - 1] ?? 0, o.signal);
      } catch {
        return false;
      }
    }
    if (o.signal.aborted) return false;
    let ok = false;
    try {
      const timeout = AbortSignal.timeout(
        Math.max(MIN_REAL_TIMEOUT_MS, o.clock.toReal(TIMEOUT_MS)),
      );
      const response = await o.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'clipwright-simulator' },
        body: JSON.stringify(body),
        signal: AbortSignal.any([timeout, o.signal]),
      });
      await response.body?.cancel();
      ok = response.status >= 200 && response.status < 300;
    } catch {
      ok = false;
    }
    o.onAttempt(ok);
    if (ok) return true;
  }
  return false;
}
