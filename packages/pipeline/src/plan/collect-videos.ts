import type { LifecycleCatalog, LiveCatalog } from '@clipwright/core/internal';
import type { InvalidJob, Job } from '../model/plan.ts';
import type { CallerDefaults } from '../model/plan-options.ts';
import type { Problem } from '../model/problem.ts';
import { buildJob } from './build-job.ts';
import { resolveImages } from './local-image.ts';
import { OutputNames } from './output-name.ts';
import type { PlanFileScope } from './read-plan-file.ts';
import type { ManifestDefaults, VideoEntry } from './video-entry.ts';

/** What every video of a plan is built with. */
export interface CollectOptions {
  scope: PlanFileScope;
  manifestDefaults?: ManifestDefaults;
  /** Problems of the manifest itself: when any, no video is valid (they all depend on it). */
  shared: readonly Problem[];
  callerDefaults?: CallerDefaults;
  /** Caller variables and release context, lowest precedence. */
  baseVars: Record<string, string | undefined>;
  secrets?: readonly string[];
  /** The prices estimates use. @default the committed snapshot */
  pricing?: LiveCatalog['pricing'];
  /** The catalog lifecycle checks read. @default the committed snapshot */
  lifecycle?: LifecycleCatalog;
}

/**
 * Builds videos one at a time into jobs or invalid videos. Each video is built as soon as it
 * is read, so the parsed YAML of one file is garbage before the next is read (10,000 prompt
 * files held at once took most of the memory).
 */
export class VideoCollector {
  readonly jobs: Job[] = [];
  readonly invalid: InvalidJob[] = [];
  /** Prompt files that could not be read as one (listed first among the invalid). */
  readonly unreadable: InvalidJob[] = [];
  /** Every problem of a video or file, in the order found. */
  readonly problems: Problem[] = [];
  readonly #outputs = new OutputNames();
  readonly #o: CollectOptions;

  constructor(options: CollectOptions) {
    this.#o = options;
  }

  /** Builds one video: settings, template, validation, its repository images, its output name. */
  async add(entry: VideoEntry): Promise<void> {
    const built = buildJob({
      entry,
      ...(this.#o.manifestDefaults && { manifestDefaults: this.#o.manifestDefaults }),
      ...(this.#o.callerDefaults && { callerDefaults: this.#o.callerDefaults }),
      baseVars: this.#o.baseVars,
      ...(this.#o.secrets && { secrets: this.#o.secrets }),
      ...(this.#o.pricing && { pricing: this.#o.pricing }),
      ...(this.#o.lifecycle && { lifecycle: this.#o.lifecycle }),
    });
    const own = [...entry.problems, ...built.problems];
    let job = built.job;
    if (job && built.localImages) {
      const images = await resolveImages(job, built.localImages, this.#o.scope);
      own.push(...images.problems);
      job = images.job;
    }
    if (job && own.length === 0) {
      const conflict = this.#outputs.conflict(job.output);
      if (conflict) {
        const at = entry.fields.get('output')?.at ?? entry.at;
        own.push({ file: entry.file, ...at, field: 'output', ...conflict });
      } else {
        this.#outputs.take(job);
      }
    }
    this.problems.push(...own);
    const source = { file: entry.file, line: entry.at.line };
    if (job && own.length === 0 && this.#o.shared.length === 0) this.jobs.push(job);
    else
      this.invalid.push({
        name: built.name,
        source,
        problems: own.length > 0 ? own : [...this.#o.shared],
      });
  }

  /** A prompt file that is no video at all (unreadable, bad front matter). */
  addUnreadable(video: InvalidJob): void {
    this.problems.push(...video.problems);
    this.unreadable.push(video);
  }
}
