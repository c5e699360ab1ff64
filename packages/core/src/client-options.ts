// Temporary forwarding module. Still imported by internal/with-retries.test.ts,
// which another branch rewrites at the same time. Delete it once it imports ../types.ts.
export type * from './client/client-options.ts';
export type { RetryInfo } from './types.ts';
