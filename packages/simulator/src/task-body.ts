// Temporary forwarding module. Still imported by handle-query.ts,
// which another branch rewrites at the same time. Delete it once they import ./tasks/task-body.ts.
export * from './tasks/task-body.ts';
