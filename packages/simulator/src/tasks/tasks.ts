import type { SimClock } from '../clock.ts';
import type { VideoFault } from '../mp4/video-faults.ts';
import { type Random, randomAlnum } from '../random.ts';
import type { ValidRequest } from '../validation/validate-request.ts';
import type { Directives } from './directives.ts';
import { estimateFactorOf, type ProgressProfile, progressProfileOf } from './progress-profiles.ts';
import type { TaskRecord } from './task-record.ts';

export interface NewTask {
  request: ValidRequest;
  apiKey: string;
  bodyKey: string;
  credits: number;
  directives: Directives;
  emptyResults: boolean;
  expiredUrl: boolean;
  /** A bad video to deliver (a `*-video` fault rule fired on the create). */
  videoFault?: VideoFault | undefined;
}

/** What a prompt's directives override (the simulator's options `progressProfile`, `estimateFactor`). */
export interface TaskDefaults {
  progressProfile: ProgressProfile;
  estimateFactor: number;
}

/** Holds the tasks, schedules their terminal state and calls `onFinish` exactly once for each. */
export class TaskStore {
  readonly #tasks = new Map<string, TaskRecord>();
  readonly #byFile = new Map<string, TaskRecord>();
  /** Aborted by close(): ends the waits for pending tasks. */
  readonly #closing = new AbortController();
  readonly #clock: SimClock;
  readonly #random: Random;
  readonly #onFinish: (task: TaskRecord) => void;
  readonly #defaults: TaskDefaults;
  constructor(
    clock: SimClock,
    random: Random,
    onFinish: (task: TaskRecord) => void,
    defaults: Partial<TaskDefaults> = {},
  ) {
    this.#clock = clock;
    this.#random = random;
    this.#onFinish = onFinish;
    this.#defaults = { progressProfile: 'linear', estimateFactor: 1, ...defaults };
  }

  create(n: NewTask): TaskRecord {
    const now = this.#clock.now();
    const { model, params } = n.request;
    const typical = model.typicalSeconds(params);
    // A queue wait of 3-15 s, then processing that varies from 0.75x to 1.35x the typical time.
    let queueSeconds = 3 + this.#random() * 12;
    let processingSeconds = typical * (0.75 + this.#random() * 0.6);
    if (n.directives.seconds !== undefined) {
      queueSeconds = n.directives.seconds * 0.1;
      processingSeconds = n.directives.seconds - queueSeconds;
    }
    const id = `task-unified-${Math.floor(now / 1000)}-${randomAlnum(this.#random, 8)}`;
    const task: TaskRecord = {
      id,
      model,
      params,
      prompt: n.request.prompt,
      apiKey: n.apiKey,
      bodyKey: n.bodyKey,
      createdAt: now,
      startAt: now + queueSeconds * 1000,
      finishAt: now + (queueSeconds + processingSeconds) * 1000,
      // With `sim:seconds` the length is known, so the honest estimate is that length.
      estimatedSeconds: n.directives.seconds ?? Math.round(9 + typical),
      progressProfile: progressProfileOf(n.request.prompt, this.#defaults.progressProfile),
      estimateFactor: estimateFactorOf(n.request.prompt, this.#defaults.estimateFactor),
      failCode: n.directives.fail,
      directives: n.directives,
      outcomeUnknownLeft: n.directives.paidOutcomeUnknown ?? 0,
      credits: n.credits,
      callbackUrl: n.request.callbackUrl,
      emptyResults: n.emptyResults,
      expiredUrl: n.expiredUrl,
      fileId: randomAlnum(this.#random, 20),
      queries: 0,
      ...(n.videoFault ? { videoFault: n.videoFault } : {}),
    };
    this.#tasks.set(id, task);
    this.#byFile.set(task.fileId, task);
    this.#schedule(task);
    return task;
  }

  /** Settles `task` when due (the clock's sleep waits for its deadline, however far). */
  #schedule(task: TaskRecord): void {
    this.#clock.sleep(task.finishAt - this.#clock.now(), this.#closing.signal).then(
      () => this.settle(task),
      () => undefined, // closed
    );
  }

  get(id: string): TaskRecord | undefined {
    const task = this.#tasks.get(id);
    if (task) this.settle(task);
    return task;
  }

  byFile(fileId: string): TaskRecord | undefined {
    return this.#byFile.get(fileId);
  }

  all(): TaskRecord[] {
    for (const task of this.#tasks.values()) this.settle(task);
    return [...this.#tasks.values()];
  }

  /** Moves a task whose time has come to its terminal state (idempotent; timers can fire late). */
  settle(task: TaskRecord): void {
    if (task.finishedAt !== undefined || this.#clock.now() < task.finishAt) return;
    task.finishedAt = task.finishAt;
    this.#onFinish(task);
  }

  close(): void {
    this.#closing.abort();
  }
}
