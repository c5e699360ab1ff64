// Temporary forwarding module. Still imported by handle-query.ts,
// which another branch rewrites at the same time. Delete it once they import ./http/rate-limit.ts.
export * from './http/rate-limit.ts';
