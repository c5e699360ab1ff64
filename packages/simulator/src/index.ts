export { createSimClock, type SimClock } from './clock.ts';
export {
  type FaultKind,
  type FaultRoute,
  type FaultRule,
  type FaultSpec,
  parseFaultSpec,
} from './faults/faults.ts';
export { resultVideo, type VideoSpec, videoGeometry } from './mp4/result-video.ts';
export { promptColour, promptTone, type YCbCr } from './mp4/video-look.ts';
export {
  DEFAULT_API_KEY,
  type ModelLifecycleOverride,
  type RateLimitRule,
  type SimulatorOptions,
} from './options.ts';
export { createRandom, type Random } from './random.ts';
export { type Simulator, startSimulator } from './simulator.ts';
export type { SimStats, SimTaskStats } from './stats.ts';
export { type SteppedSimulator, startSteppedSimulator } from './stepped-simulator.ts';
export { type ProgressProfile, progressProfiles } from './tasks/progress-profiles.ts';
