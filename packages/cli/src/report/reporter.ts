import type { PipelineEvent } from '@clipwright/pipeline';

/** Shows a run's events: NDJSON, live progress bars, or plain lines (see `createReporter`). */
export interface Reporter {
  event(e: PipelineEvent): void;
  /** Clears any live display before the summary is printed. */
  stop(): void;
}
