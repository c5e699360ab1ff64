// Temporary forwarding module. Still imported by apply-faults.ts and handle-query.ts,
// which another branch rewrites at the same time. Delete it once they import ./http/respond.ts.
export * from './http/respond.ts';
