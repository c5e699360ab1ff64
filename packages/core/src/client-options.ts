// Temporary forwarding module. Still imported by internal/with-retries.test.ts,
// which another branch rewrites at the same time. Delete it once they import ./client/client-options.ts.
export type * from './client/client-options.ts';
