// Media: every ffmpeg/ffprobe run on untrusted video, bounded. Nothing here imports the rest
// of the pipeline, so it can be wired in (posters, delivery checks, storyboards) on its own.
export {
  type AssembledSegment,
  type AssembleOptions,
  type AssemblyHashInputs,
  type AssemblyResult,
  assembleStoryboard,
  assemblyHash,
} from './assemble-storyboard.ts';
export { cardFontPath } from './card-font.ts';
export { type DeliveryCheckCache, folderCheckCache, noCheckCache } from './check-cache.ts';
export {
  type CheckDeliveryOptions,
  checkDelivery,
  DEFAULT_TOLERANCES,
  type DeliveryCheck,
  type DeliveryExpectation,
  type DeliveryReason,
  type DeliveryReasonCode,
  type DeliveryTolerances,
  decideDelivery,
  sha256File,
} from './check-delivery.ts';
export type { DeliveryFacts } from './delivery-facts.ts';
export { fitSize, makePoster, type PosterOptions } from './make-poster.ts';
export { DEFAULT_DETECT, type DetectSettings } from './measure-video.ts';
export { firstLine, MediaError, type MediaErrorCode } from './media-error.ts';
export {
  findMediaTools,
  type MediaTask,
  type MediaTools,
  requireMediaTools,
} from './media-tools.ts';
export { probeVideo, refuseHugeVideo, type VideoProbe } from './probe-video.ts';
export {
  type MediaProgram,
  type ProgramOutput,
  type ProgramRunner,
  type RunBounds,
  realProgramRunner,
} from './program-runner.ts';
export { DEFAULT_LIMITS, type MediaLimits, type MediaOptions } from './run-ffmpeg.ts';
export type {
  CardSettings,
  StoryboardAudio,
  StoryboardSettings,
  Transition,
} from './storyboard-settings.ts';
