import type { ActionIo } from './action-io.ts';

/** Where SIGINT and SIGTERM arrive. @default process */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/**
 * A cancelled or timed-out job, as the CLI handles Ctrl-C: the runner sends SIGINT, then
 * SIGTERM about 7.5 s later, then kills. The first signal aborts `signal`: no new video is
 * created, tasks already created are awaited briefly, then the journal (the tasks paid for)
 * is saved, the summary and outputs written, so the next run resumes instead of paying again.
 */
export function watchInterrupts(
  source: SignalSource,
  io: Pick<ActionIo, 'warning'>,
): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: string) => () => {
    if (controller.signal.aborted) return;
    io.warning(
      `${name}: the job is being cancelled. No new video is started; tasks already created are kept in the journal for the next run.`,
    );
    controller.abort(new Error(`${name} received`));
  };
  const onInt = onSignal('SIGINT');
  const onTerm = onSignal('SIGTERM');
  source.on('SIGINT', onInt);
  source.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    dispose() {
      source.off('SIGINT', onInt);
      source.off('SIGTERM', onTerm);
    },
  };
}
