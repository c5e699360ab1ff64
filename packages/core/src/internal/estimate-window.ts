import type { FinishWindow } from './progress-window.ts';

/** One `estimated_time` (the announced time left) and when it was seen, both in ms. */
export interface EstimateReading {
  /** The reading is of a time between `from` and `at` (a query's send and its answer). */
  from: number;
  at: number;
  leftMs: number;
}

/** Estimates are whole seconds: each may be off by this much on rounding alone. */
const ROUNDING_MS = 1000;

/**
 * Whether `next` counts down from `previous` as an estimate that keeps predicting well does:
 * the time left fell by the time that passed, to within a factor `1 + margin` (and the
 * rounding of both). One that stays put (a per-model figure repeated, or "1 s" announced for
 * an overdue task), rises or falls far faster is not one: it is distrusted.
 */
export function countsDown(previous: EstimateReading, next: EstimateReading, margin: number) {
  const passed = next.at - previous.at;
  const fell = previous.leftMs - next.leftMs;
  return (
    fell >= passed / (1 + margin) - 2 * ROUNDING_MS &&
    fell <= passed * (1 + margin) + 2 * ROUNDING_MS
  );
}

/**
 * Where the finish lies if every reading is right to within a factor `1 + margin` of the
 * time it announced (plus rounding): the intersection of what each reading allows, or
 * undefined when they disagree (then the estimate is wrong).
 */
export function estimateWindow(
  readings: readonly EstimateReading[],
  margin: number,
): FinishWindow | undefined {
  let earliest = Number.NEGATIVE_INFINITY;
  let latest = Number.POSITIVE_INFINITY;
  for (const r of readings) {
    earliest = Math.max(earliest, r.from + Math.max(0, r.leftMs - ROUNDING_MS) / (1 + margin));
    latest = Math.min(latest, r.at + (r.leftMs + ROUNDING_MS) * (1 + margin));
  }
  return readings.length > 0 && earliest <= latest ? { earliest, latest } : undefined;
}
