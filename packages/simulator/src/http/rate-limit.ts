import type { SimContext } from '../context.ts';
import { rateLimited } from './api-error.ts';

/** Counts a request by `apiKey` on `route`; past the limit, counts it as rate limited and throws the 429. */
export function enforceRateLimit(ctx: SimContext, route: 'create' | 'query', apiKey: string): void {
  const wait = ctx.limits[route].take(apiKey);
  if (wait === undefined) return;
  ctx.counters.rateLimited++;
  throw rateLimited(ctx.retryAfterHeader ? wait : undefined);
}
