import path from 'node:path';
import {
  checkDelivery,
  type DeliveryCheckCache,
  type DeliveryExpectation,
  type DeliveryTolerances,
  folderCheckCache,
  MediaError,
  type ProgramRunner,
  realProgramRunner,
} from '../media/index.ts';
import type { JobResult } from '../model/job-result.ts';
import type { Job } from '../model/plan.ts';

/** How delivered videos are checked before they are published. */
export interface VideoCheckOptions {
  /** The folder the results' paths are relative to. */
  outDir: string;
  /** Measurements are kept here by the video's sha256 (`<sha256>.check.json`). */
  checkDir: string;
  /**
   * How far from what was asked a video may be.
   * @default DEFAULT_TOLERANCES (duration within 0.5 s or 10 %, aspect within 1 %, black or
   * frozen over 80 % of the clip, sound louder than -60 dBFS; the short side within 2 % of the
   * quality asked, when `resolution` is on)
   */
  tolerances?: DeliveryTolerances;
  /**
   * Also check each video's resolution against its `quality` (see `RunOptions.checks`).
   * @default false
   */
  resolution?: boolean;
  /**
   * Runs ffmpeg and ffprobe.
   * @default realProgramRunner()
   */
  run?: ProgramRunner;
  /** Told once when ffmpeg/ffprobe is missing (the checks are then skipped). */
  notice?: (message: string) => void;
  /** @default folderCheckCache(checkDir) */
  cache?: DeliveryCheckCache;
}

/**
 * What `job` asked of its video: its duration, its aspect ratio, sound when the request asked
 * for it (`generate_audio` or `sound` true), and with `resolution` its resolution (`quality`
 * such as `720p`: the short side in pixels, within `resolutionShare`).
 */
export function expectationOf(job: Job, resolution = false): DeliveryExpectation {
  const r = job.request as unknown as Record<string, unknown>;
  const expect: DeliveryExpectation = {};
  if (typeof r.duration === 'number') expect.duration = r.duration;
  if (typeof r.aspect_ratio === 'string') expect.aspectRatio = r.aspect_ratio;
  if (resolution && typeof r.quality === 'string') expect.quality = r.quality;
  if (r.generate_audio === true || r.sound === true) expect.sound = true;
  return expect;
}

/**
 * Checks every delivered video (completed or cached) against what its job asked, before it is
 * published: a failed check makes the result `suspect`, its reasons as the error
 * (`suspect_<code>`). Checks are cached by the video's sha256, so a cached run decodes
 * nothing. Without ffmpeg/ffprobe: one notice, nothing checked, nothing fails.
 */
export async function checkVideos(
  results: JobResult[],
  jobs: ReadonlyMap<string, Job>,
  options: VideoCheckOptions,
): Promise<JobResult[]> {
  const run = options.run ?? realProgramRunner();
  // Asked of each result in turn: no list (nor set) of the delivered ones is built beside it.
  const delivered = (r: JobResult) =>
    (r.status === 'completed' || r.status === 'cached') && r.path && jobs.has(r.name);
  if (!results.some(delivered)) return results;
  const cache = options.cache ?? folderCheckCache(options.checkDir);
  const out: JobResult[] = [];
  let missing = false;
  for (const r of results) {
    const job = jobs.get(r.name);
    if (missing || !delivered(r) || !job || !r.path) {
      out.push(r);
      continue;
    }
    try {
      const file = path.join(options.outDir, r.path);
      out.push(await checkOne(r, job, file, { ...options, run, cache }));
    } catch (error) {
      if (!(error instanceof MediaError)) throw error;
      out.push(r);
      // No ffmpeg/ffprobe: said once, and no other video is tried (no spawn per video).
      if (error.code === 'missing') {
        missing = true;
        options.notice?.(`delivered videos are not checked: ${error.message}`);
      } else options.notice?.(`${r.path} was not checked: ${error.message}`);
    }
  }
  return out;
}

async function checkOne(
  r: JobResult,
  job: Job,
  file: string,
  options: VideoCheckOptions & { run: ProgramRunner; cache: DeliveryCheckCache },
): Promise<JobResult> {
  const check = await checkDelivery(file, expectationOf(job, options.resolution === true), {
    run: options.run,
    cache: options.cache,
    ...(r.sha256 && { sha256: r.sha256 }),
    ...(options.tolerances && { tolerances: options.tolerances }),
  });
  if (check.ok) return r;
  const first = check.reasons[0];
  return {
    ...r,
    status: 'suspect',
    error: {
      code: `suspect_${first?.code ?? 'unreadable'}`,
      message: check.reasons.map((reason) => `${reason.code}: ${reason.message}`).join('; '),
    },
  };
}
