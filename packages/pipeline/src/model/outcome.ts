/**
 * How a video ended: `completed` (made in this run), `cached` (taken from the cache or a
 * twin), `suspect` (on disk, but its delivery check failed: wrong length, aspect, silent,
 * black or frozen; not published unless allowed), `planned` (dry run: nothing sent), `failed`, `invalid` (never sent), `budget` (over
 * `maxCredits`, never sent), `cancelled` (stopped; with a `taskId` it is resumable).
 */
export type Outcome =
  | 'completed'
  | 'failed'
  | 'cached'
  | 'suspect'
  | 'planned'
  | 'budget'
  | 'invalid'
  | 'cancelled';

/** Every outcome, in the order reports list them. */
export const outcomes: readonly Outcome[] = [
  'completed',
  'cached',
  'suspect',
  'planned',
  'failed',
  'invalid',
  'budget',
  'cancelled',
];

/** What an outcome is judged on: its status, the file it left, the task it may have left running. */
interface Ended {
  status: Outcome;
  path?: string;
  taskId?: string;
}

/** The video is on disk: made in this run or taken from the cache. */
export function isDelivered(r: Pick<Ended, 'status' | 'path'>): boolean {
  return (r.status === 'completed' || r.status === 'cached') && r.path !== undefined;
}

/** A paid task still running on the server (cancelled while waiting): the journal resumes it. */
export function isResumable(r: Pick<Ended, 'status' | 'taskId'>): boolean {
  return r.status === 'cancelled' && r.taskId !== undefined;
}

/** Needs attention in a report: neither delivered, planned nor resumable. */
export function isProblem(r: Ended): boolean {
  return !isDelivered(r) && r.status !== 'planned' && !isResumable(r);
}

/** Videos per outcome; every outcome present. */
export function countOutcomes(results: readonly Pick<Ended, 'status'>[]): Record<Outcome, number> {
  const counts = Object.fromEntries(outcomes.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of results) counts[r.status] += 1;
  return counts;
}
