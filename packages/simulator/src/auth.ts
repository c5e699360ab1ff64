// Temporary forwarding module. Still imported by handle-query.ts,
// which another branch rewrites at the same time. Delete it once they import ./account/auth.ts.
export * from './account/auth.ts';
