/** Counters served by `stats()` and `GET /__sim/stats`. Task times are simulated ms since the epoch. */
export interface SimStats {
  /** Paid creates (a task was created and charged). */
  creates: number;
  /** Task queries past authentication and the rate limit, whatever the answer. */
  queries: number;
  /** Result bodies started (200 or 206; HEAD and 416 answers send none). */
  downloads: number;
  /** Requests answered 429 (rate limit or injected). */
  rateLimited: number;
  /** Paid creates whose request body equals an earlier paid create's. */
  duplicatePaidBodies: number;
  /** Requests to the signed-URL listener (another origin), and those carrying Authorization. */
  signedDownloads: { requests: number; withAuthorization: number };
  /** Files stored by `POST /api/v1/files/upload/stream` (free: no credits). */
  uploads: number;
  /** Every HTTP request received. */
  requests: number;
  /** Creates answered from the idempotency store (not charged). */
  idempotentReplays: number;
  /** Faults injected, by kind. */
  faults: Record<string, number>;
  /** Callback deliveries attempted, and those answered 2xx. */
  callbacks: { attempts: number; delivered: number };
  /** Catalog answers (`/v1/catalog/*`, the price list): with a body, and 304 Not Modified. */
  catalog: { served: number; notModified: number };
  /** Simulated time now (ms since epoch). */
  now: number;
  tasks: SimTaskStats[];
}

export interface SimTaskStats {
  id: string;
  model: string;
  status: string;
  createdAt: number;
  /** When the task reached its terminal state. */
  finishedAt?: number;
  /** When a query first returned the terminal state (polling lag = firstSeenFinishedAt - finishedAt). */
  firstSeenFinishedAt?: number;
  queries: number;
  credits: number;
}

export function emptyStats(): Omit<SimStats, 'tasks' | 'now'> {
  return {
    creates: 0,
    queries: 0,
    downloads: 0,
    rateLimited: 0,
    duplicatePaidBodies: 0,
    uploads: 0,
    requests: 0,
    idempotentReplays: 0,
    faults: {},
    callbacks: { attempts: 0, delivered: 0 },
    catalog: { served: 0, notModified: 0 },
    signedDownloads: { requests: 0, withAuthorization: 0 },
  };
}
