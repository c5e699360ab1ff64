import type { PipelineEvent } from '../model/events.ts';

/** The one line telling a user a model was skipped: `promo: sora-2 unavailable (...), falling back to sora-2-beta-max`. */
export function fallbackMessage(e: Extract<PipelineEvent, { type: 'fallback' }>): string {
  return `${e.job.name}: model ${e.from} unavailable (${e.error.code}: ${e.error.message}), falling back to ${e.to}`;
}
