// Temporary forwarding module. Still imported by faults.test.ts and progress-profiles.test.ts,
// which another branch rewrites at the same time. Delete it once they import ../test/test-helpers.ts.
export * from '../test/test-helpers.ts';
