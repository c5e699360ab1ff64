/** The clock the baseline sleeps on (the simulator's, so 8 s are simulated seconds). */
export interface SleepClock {
  sleep(ms: number): Promise<void>;
}

export interface FixedIntervalPollerOptions {
  /** API origin, e.g. the simulator's URL. */
  baseUrl: string;
  apiKey: string;
  /** Sleep between queries. Default 8000 ms, as the vendor's client. */
  intervalMs?: number;
  clock: SleepClock;
  /** HTTP client. Default the global `fetch`. */
  fetch?: typeof fetch;
}

/** Longest Retry-After the baseline honours: the vendor client's cap (shared/api/README.md). */
const MAX_RETRY_AFTER_MS = 30_000;

/**
 * The baseline: the vendor client's polling (sleep 8 s, query, repeat until terminal), written
 * with plain `fetch` so that it shares no code with @clipwright/core. A refused query (429 or
 * 503) is asked again after its Retry-After (capped at 30 s, as the vendor's client does), or
 * after the interval when it has none. Its ~10 min give-up is left out: the benchmark's
 * 30-minute tasks would otherwise end in give-ups instead of a figure.
 */
export function fixedIntervalPoller(options: FixedIntervalPollerOptions) {
  const http = options.fetch ?? fetch;
  const interval = options.intervalMs ?? 8000;
  const headers = {
    authorization: `Bearer ${options.apiKey}`,
    'content-type': 'application/json',
  };

  async function create(body: Record<string, unknown>): Promise<string> {
    const res = await http(new URL('/v1/videos/generations', options.baseUrl), {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { id?: string };
    if (!res.ok || typeof json.id !== 'string') {
      throw new Error(`baseline create answered ${res.status}`);
    }
    return json.id;
  }

  /** Polls every interval until the task is completed, failed or cancelled; returns the status. */
  async function wait(id: string): Promise<string> {
    let sleep = interval;
    for (;;) {
      await options.clock.sleep(sleep);
      sleep = interval;
      const res = await http(new URL(`/v1/tasks/${id}`, options.baseUrl), { headers });
      const json = (await res.json()) as { status?: string };
      if (res.status === 429 || res.status === 503) {
        const seconds = Number(res.headers.get('retry-after'));
        const given = res.headers.get('retry-after') !== null && Number.isFinite(seconds);
        if (given) sleep = Math.min(MAX_RETRY_AFTER_MS, Math.max(0, seconds * 1000));
        continue;
      }
      if (!res.ok) throw new Error(`baseline query answered ${res.status}`);
      if (json.status === 'completed' || json.status === 'failed' || json.status === 'cancelled') {
        return json.status;
      }
    }
  }

  return { create, wait };
}
