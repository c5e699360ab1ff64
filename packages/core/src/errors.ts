// Temporary forwarding module. Still imported by internal/ (http, with-retries, wait-for-task,
// rate-limit-gate, task-schema), which another branch rewrites at the same time. Delete it once
// they import the files of ./errors/ directly.
export * from './errors/clipwright-error.ts';
export * from './errors/request-errors.ts';
export * from './errors/task-errors.ts';
export * from './errors/validation-error.ts';
