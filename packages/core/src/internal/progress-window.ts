/** One reading of a task's progress: when it was seen and the value (0-100) it showed. */
export interface ProgressReading {
  /** The reading is of a time between `from` and `at` (a query's send and its answer). */
  from: number;
  at: number;
  value: number;
}

/** When a task whose progress moves at a constant rate completes: between the two, ms. */
export interface FinishWindow {
  earliest: number;
  latest: number;
}

/**
 * Where a constant-rate progress completes, from readings that each show the true progress
 * to within `1 + slack` points (a floor, a ceiling or a rounding of it, plus `slack` points
 * of irregularity), or undefined when no constant rate fits them all: the progress jumped,
 * stalled, crawled or went back. Completion is taken to come when the progress reaches 99
 * to 100 (services differ: some never show 99, some sit at it for a point).
 *
 * With the rate as `s` ms per point and `t0` the time progress was 0, a reading showing `v`
 * of a time between `from` and `at` says `from - (v + b) s <= t0 <= at - (v - b) s`
 * (b = 1 + slack): a linear
 * program in two unknowns. Written by hand (no solver library): it runs at every poll, has
 * two unknowns, and a search over `s` solves it exactly enough in a few hundred steps,
 * because the lower bound of `t0` is convex in `s`, the upper concave. `notStartedAt`: a
 * time the work had not started yet (the task was pending, or not created): no rate may
 * put the progress's start before it.
 */
export function progressWindow(
  readings: readonly ProgressReading[],
  slack: number,
  notStartedAt = Number.NEGATIVE_INFINITY,
): FinishWindow | undefined {
  if (readings.length === 0) return undefined;
  const origin = (readings[0] as ProgressReading).from;
  const b = 1 + slack;
  const lower = (s: number) => {
    // Progress was at most `b` points at `notStartedAt` (pending then, or not yet created).
    let m = notStartedAt - origin - b * s;
    for (const r of readings) m = Math.max(m, r.from - origin - (r.value + b) * s);
    return m;
  };
  const upper = (s: number) => {
    let m = Number.POSITIVE_INFINITY;
    for (const r of readings) m = Math.min(m, r.at - origin - (r.value - b) * s);
    return m;
  };
  const room = (s: number) => upper(s) - lower(s);
  // Rates from 1 ms to about 30 years per point, searched on a log scale.
  const lo = 0;
  const hi = Math.log(1e12);
  const best = search(lo, hi, (x) => room(Math.exp(x)), 'max');
  if (room(Math.exp(best)) < 0) return undefined;
  const first = edge(lo, best, (x) => room(Math.exp(x)) >= 0);
  const last = edge(hi, best, (x) => room(Math.exp(x)) >= 0);
  const earliestAt = search(first, last, (x) => lower(Math.exp(x)) + 99 * Math.exp(x), 'min');
  const latestAt = search(first, last, (x) => upper(Math.exp(x)) + 100 * Math.exp(x), 'max');
  const earliest = origin + lower(Math.exp(earliestAt)) + 99 * Math.exp(earliestAt);
  const latest = origin + upper(Math.exp(latestAt)) + 100 * Math.exp(latestAt);
  return { earliest, latest: Math.max(earliest, latest) };
}

/** Ternary search of a unimodal function's minimum or maximum on [a, b]. */
function search(a: number, b: number, f: (x: number) => number, goal: 'min' | 'max'): number {
  const sign = goal === 'min' ? 1 : -1;
  let lo = a;
  let hi = b;
  for (let i = 0; i < 100 && hi - lo > 1e-9; i++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (sign * f(m1) <= sign * f(m2)) hi = m2;
    else lo = m1;
  }
  return (lo + hi) / 2;
}

/** The point nearest `outside` between it and `inside` (where `ok` holds) at which `ok` holds. */
function edge(outside: number, inside: number, ok: (x: number) => boolean): number {
  if (ok(outside)) return outside;
  let bad = outside;
  let good = inside;
  for (let i = 0; i < 100 && Math.abs(good - bad) > 1e-9; i++) {
    const mid = (bad + good) / 2;
    if (ok(mid)) good = mid;
    else bad = mid;
  }
  return good;
}
