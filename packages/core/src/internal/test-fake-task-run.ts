// Temporary forwarding module. Still imported by poll-policy.test.ts,
// which another branch rewrites at the same time. Delete it once they import ../../test/test-fake-task-run.ts.
export * from '../../test/test-fake-task-run.ts';
