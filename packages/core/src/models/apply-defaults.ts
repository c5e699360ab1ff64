import type { VideoRequest } from '../types.ts';
import type { ModelSpec } from './model-spec.ts';
import { getModel, models } from './models.ts';

/**
 * Returns a copy of `req` with the model's `applied` defaults filled in (e.g.
 * sora-2-beta-max: duration 10, remove_watermark true; sora-2-pro: the quality that pairs
 * with the duration). Fields the documents give no default for stay absent. For hashing and
 * pricing; `validateRequest` never does this silently. `registry` defaults to core's `models`.
 */
export function applyDefaults(
  req: VideoRequest,
  registry: readonly ModelSpec[] = models,
): VideoRequest {
  const spec = getModel(req.model, registry);
  if (!spec) return { ...req };
  const out: VideoRequest = { ...req };
  const defaults =
    spec.applied ??
    Object.fromEntries(Object.entries(spec.parameters).map(([f, p]) => [f, p.default]));
  for (const [field, value] of Object.entries(defaults)) {
    if (out[field] === undefined && value !== undefined) out[field] = value;
  }
  return { ...out, ...spec.derive?.(out) };
}
