import type { PipelineEvent } from '../model/events.ts';
import type { JobResult } from '../model/job-result.ts';
import { isResumable } from '../model/outcome.ts';

/** Follows a run's events to know which paid tasks are still running when it ends or is stopped. */
export class RunningTasks {
  /** Task id by video name: created, not yet done. */
  readonly #created = new Map<string, string>();

  see(e: PipelineEvent): void {
    if (e.type === 'created') this.#created.set(e.job.name, e.task.id);
    if (e.type === 'done') this.#created.delete(e.job.name);
  }

  /** The resumable results, then the tasks created and never done (a run stopped mid-way). */
  list(results: readonly JobResult[] = []): Array<{ name: string; taskId: string }> {
    const running = results
      .filter(isResumable)
      .map((r) => ({ name: r.name, taskId: r.taskId ?? '' }));
    for (const [name, taskId] of this.#created)
      if (!running.some((r) => r.name === name)) running.push({ name, taskId });
    return running;
  }
}
