// Temporary forwarding module. Still imported by internal/with-retries.test.ts,
// which another branch rewrites at the same time. Delete it once they import ../../test/test-manual-clock.ts.
export * from '../../test/test-manual-clock.ts';
