// Temporary forwarding module. Still imported by internal/ (http, with-retries, wait-for-task, rate-limit-gate),
// which another branch rewrites at the same time. Delete it once they import ./errors/api-error.ts.
export * from './errors/api-error.ts';
