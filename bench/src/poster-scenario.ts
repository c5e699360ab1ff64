import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_LIMITS, makePoster } from '../../packages/pipeline/src/media/index.ts';
import { runProgram } from './child-process.ts';
import type { ScenarioResult } from './scenario-result.ts';
import { round } from './summary-stats.ts';
import { hasGnuTime, timedProgram, timedRunner } from './timed-runner.ts';

export interface PosterSizes {
  /** The hostile video's frame size (`WxH`): small on the wire, huge once decoded. */
  size: string;
  seconds: number;
}

/**
 * ffmpeg's peak memory making a poster of a hostile video (a few KB of H.264 that decodes to
 * 2880x2880 frames, as the media tests make it) through the pipeline's bounded poster path,
 * `makePoster` with its default limits (one thread, frames scaled before the `thumbnail`
 * filter, `-max_pixels`, `-max_alloc`), against the unbounded command a person would type
 * (`ffmpeg -i video -vf thumbnail -frames:v 1 poster.jpg`). Peak RSS by GNU time.
 */
export async function posterScenario(sizes: PosterSizes): Promise<ScenarioResult> {
  if (!(await hasGnuTime())) {
    return {
      metrics: { hostilePeakRssMiB: null, hostileRssRatio: null },
      reason: 'GNU time (/usr/bin/time) is not installed: the poster is not measured',
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'clipwright-bench-poster-'));
  const timed = await timedRunner();
  try {
    const video = path.join(dir, 'hostile.mp4');
    await runProgram('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi'],
      ...['-i', `color=c=gray:s=${sizes.size}:r=24:d=${sizes.seconds}`],
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-threads', '1'],
      video,
    ]);
    await makePoster(video, path.join(dir, 'ours.jpg'), { run: timed.run });
    const oursKiB = Math.max(0, ...timed.runs.map((r) => r.maxRssKiB));
    const unbounded = await timedProgram('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-i', video],
      ...['-vf', 'thumbnail', '-frames:v', '1', path.join(dir, 'hand.jpg')],
    ]);
    return {
      metrics: {
        hostilePeakRssMiB: round(oursKiB / 1024, 1),
        hostileRssRatio: round(oursKiB / unbounded.maxRssKiB, 3),
      },
      details: {
        video: `${sizes.size}, ${sizes.seconds} s, ${(await stat(video)).size} bytes`,
        runs: timed.runs.map((r) => ({
          program: r.program,
          peakRssMiB: round(r.maxRssKiB / 1024, 1),
        })),
        unboundedPeakRssMiB: round(unbounded.maxRssKiB / 1024, 1),
        limits: {
          threads: DEFAULT_LIMITS.threads,
          maxPixels: DEFAULT_LIMITS.maxPixels,
          maxAllocBytes: DEFAULT_LIMITS.maxAllocBytes,
        },
      },
    };
  } finally {
    await timed.close();
    await rm(dir, { recursive: true, force: true });
  }
}
