import type { ResolvedParams } from '../models/sim-model.ts';
import type { VideoSpec } from './result-video.ts';
import { type VideoFault, videoFaultDirective } from './video-faults.ts';

/** What of a task decides its video. */
export interface TaskVideoSource {
  prompt: string;
  params: ResolvedParams;
  /** A video fault drawn for the task when it was created (a `*-video` fault rule). */
  videoFault?: VideoFault | undefined;
}

/**
 * The video a task delivers: its aspect ratio, duration and quality, painted from its prompt,
 * with sound when the request asked for it (`generate_audio`, given or by the model's
 * default; models without that field deliver no sound), and the fault drawn for it or named by
 * its prompt (`sim:video=<fault>`).
 */
export function taskVideoSpec(task: TaskVideoSource): VideoSpec {
  const fault = task.videoFault ?? videoFaultDirective(task.prompt);
  return {
    aspectRatio: task.params.aspectRatio,
    duration: task.params.duration,
    quality: task.params.quality,
    prompt: task.prompt,
    sound: task.params.extras.generate_audio === true,
    ...(fault ? { fault } : {}),
  };
}
