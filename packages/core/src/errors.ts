// Temporary forwarding module. Still imported by internal/ (http, with-retries, wait-for-task, rate-limit-gate, task-schema),
// which another branch rewrites at the same time. Delete it once they import ./errors/*.
export * from './errors/clipwright-error.ts';
