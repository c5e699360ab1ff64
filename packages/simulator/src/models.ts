// Temporary forwarding module. Still imported by mp4/result-video.ts,
// which another branch rewrites at the same time. Delete it once they import ./models/models.ts.
export * from './models/models.ts';
