import { createHash } from 'node:crypto';
import type { InvalidJob, Job, PlannedStoryboard } from '../model/plan.ts';
import type { Problem } from '../model/problem.ts';
import type { CollectOptions, VideoCollector } from './collect-videos.ts';
import { resolveOutput } from './job-output.ts';
import { jobVars } from './job-vars.ts';
import { readStoryboardAudio } from './storyboard-audio.ts';
import { isStoryboard, splitStoryboard } from './storyboard-entry.ts';
import { readStoryboardSettings } from './storyboard-plan-settings.ts';
import type { VideoEntry } from './video-entry.ts';

/**
 * Adds videos to a `VideoCollector`, splitting each storyboard (`shots:`) into its shots, which
 * become ordinary jobs, and keeping the storyboard itself (its shots' names and its assembly
 * settings). A storyboard with a problem of its own or an invalid shot is invalid as a whole:
 * none of its shots is a job, so nothing of it is paid for.
 */
export class StoryboardCollector {
  readonly storyboards: PlannedStoryboard[] = [];
  readonly #videos: VideoCollector;
  readonly #o: CollectOptions;

  constructor(videos: VideoCollector, options: CollectOptions) {
    this.#videos = videos;
    this.#o = options;
  }

  /** One video: a storyboard's shots, or the video itself. */
  async add(entry: VideoEntry): Promise<void> {
    if (!isStoryboard(entry)) return this.#videos.add(entry);
    const videos = this.#videos;
    const split = splitStoryboard(entry);
    const { vars, problems: varProblems } = jobVars(
      entry,
      this.#o.manifestDefaults,
      this.#o.baseVars,
      this.#o.secrets,
    );
    const own: Problem[] = [...entry.problems, ...split.problems, ...varProblems];
    const output = resolveOutput(entry, vars, own);
    const name = output?.replace(/\.mp4$/i, '') ?? `${entry.file}:${entry.at.line}`;
    const read = readStoryboardSettings(split.settings, {
      file: entry.file,
      locate: entry.locate,
      vars,
    });
    own.push(...read.problems);
    let audio: PlannedStoryboard['audio'];
    if (read.audio && own.length === 0) {
      const found = await readStoryboardAudio(
        read.audio.value,
        read.audio.at,
        entry.file,
        this.#o.scope,
      );
      if ('problem' in found) own.push(found.problem);
      else audio = found;
    }
    const jobsBefore = videos.jobs.length;
    const invalidBefore = videos.invalid.length;
    for (const shot of split.shots) await videos.add(shot);
    const shots = videos.jobs.slice(jobsBefore);
    const badShots = videos.invalid.slice(invalidBefore);
    const source = { file: entry.file, line: entry.at.line };
    if (own.length > 0 || badShots.length > 0 || output === undefined || shots.length === 0) {
      this.#invalidate(name, source, own, shots, badShots, jobsBefore);
      return;
    }
    // Every shot in the storyboard's shard, whatever its own hash.
    const shardKey = createHash('sha256').update(`storyboard\0${name}`).digest('hex');
    for (const shot of shots) shot.shardKey = shardKey;
    const settings = { ...read.settings };
    if (settings.audio && audio) settings.audio = { ...settings.audio, path: audio.file };
    this.storyboards.push({
      name,
      output,
      source,
      shots: shots.map((j) => j.name),
      settings,
      ...(audio && { audio }),
      credits: shots.reduce((sum, j) => sum + j.credits, 0),
    });
  }

  /** The storyboard and its valid shots become invalid (never sent), with the problems found. */
  #invalidate(
    name: string,
    source: InvalidJob['source'],
    own: Problem[],
    shots: Job[],
    badShots: InvalidJob[],
    jobsBefore: number,
  ): void {
    const videos = this.#videos;
    videos.jobs.splice(jobsBefore);
    videos.problems.push(...own);
    const all = [...own, ...badShots.flatMap((s) => s.problems)];
    for (const shot of shots) videos.invalid.push({ name: shot.name, source, problems: all });
    videos.invalid.push({ name, source, problems: all });
  }
}
