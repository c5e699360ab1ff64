// Temporary forwarding module. Still imported by internal/http.test.ts and internal/wait-for-task.test.ts,
// which another branch rewrites at the same time. Delete it once they import ../test/test-simulator.ts.
export * from '../test/test-simulator.ts';
