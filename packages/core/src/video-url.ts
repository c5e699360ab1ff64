// Temporary forwarding module. Still imported by internal/wait-for-task.ts,
// which another branch rewrites at the same time. Delete it once they import ./tasks/video-url.ts.
export * from './tasks/video-url.ts';
