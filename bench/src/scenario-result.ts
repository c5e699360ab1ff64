/** What one scenario reports: its figures (null when it could not be measured) and why not. */
export interface ScenarioResult {
  /** Figure name (without the scenario prefix) → value; null when not measured. */
  metrics: Record<string, number | null>;
  /** Why the figures are null (a missing piece, a failure); absent when measured. */
  reason?: string;
  /** Supporting numbers (sizes, raw counts, machine-dependent times) for the reader. */
  details?: Record<string, unknown>;
}

/** A result whose figures could not be measured. */
export function notMeasured(metricNames: readonly string[], reason: string): ScenarioResult {
  return {
    metrics: Object.fromEntries(metricNames.map((name) => [name, null])),
    reason,
  };
}
