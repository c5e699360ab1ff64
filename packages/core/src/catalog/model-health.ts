import type { CatalogHealthBody } from './catalog-schemas.ts';

/**
 * The `/v1/catalog/health` statuses that make a fallback chain skip a model before anything is
 * sent. The vendor does not document its status words; these are the ones that can only mean
 * "not serving now". Any other status (`healthy`, `ok`, `degraded`, `slow`, an unknown word)
 * keeps the model in the chain: a create on it is tried, and the API's own refusal (free)
 * still moves the chain on. Compared without regard to case.
 */
export const UNAVAILABLE_HEALTH_STATUSES: readonly string[] = [
  'unavailable',
  'down',
  'outage',
  'offline',
  'disabled',
  'maintenance',
];

/** What the health endpoint says about one model. */
export interface ModelHealth {
  status: string;
  /** ISO time the vendor observed it, when given. */
  observedAt?: string;
  /** Whether the status is one of {@link UNAVAILABLE_HEALTH_STATUSES}. */
  unavailable: boolean;
}

/** Whether a health status makes a fallback chain skip the model. */
export function healthUnavailable(status: string): boolean {
  return UNAVAILABLE_HEALTH_STATUSES.includes(status.trim().toLowerCase());
}

/** The health endpoint's answer by model id (the last entry wins for a repeated id). */
export function healthByModel(body: CatalogHealthBody | undefined): Map<string, ModelHealth> {
  const out = new Map<string, ModelHealth>();
  for (const entry of body?.models ?? []) {
    out.set(entry.model_id, {
      status: entry.status,
      ...(entry.observed_at !== undefined && { observedAt: entry.observed_at }),
      unavailable: healthUnavailable(entry.status),
    });
  }
  return out;
}
