import { startRewritingProxy } from './rewriting-proxy.ts';

/**
 * A reverse proxy that adds fields the API does not document (at the top level and inside
 * `usage`, `task_info` and `error`) to every JSON object it relays, as a newer API version
 * might.
 */
export function startUnknownFieldsProxy(target: string) {
  return startRewritingProxy(target, (body) => {
    body.x_future_field = { nested: [1, 'two', null] };
    body.model_version = 'sora-2-2026-11-01';
    for (const part of ['usage', 'task_info', 'error']) {
      const inner = body[part];
      if (inner && typeof inner === 'object') (inner as Record<string, unknown>).x_extra = true;
    }
    return body;
  });
}
