import type { CliIo, SignalName } from './cli-io.ts';
import { exitCodes } from './exit-codes.ts';

/**
 * Ctrl-C and SIGTERM for a run. The first signal aborts `signal`: no new video is started;
 * tasks already created keep running on the server and the journal resumes them next time.
 * A second one aborts `stopSignal`: stop waiting at all (the journal is already written).
 */
export interface Interrupts {
  /** Aborted by the first signal: start no new video. */
  signal: AbortSignal;
  /** Aborted by the second signal: stop waiting. */
  stopSignal: AbortSignal;
  /** The first signal received, if any. */
  by(): SignalName | undefined;
  dispose(): void;
}

export function watchInterrupts(io: CliIo, onFirst: (signal: SignalName) => void): Interrupts {
  const stopCreating = new AbortController();
  const stopWaiting = new AbortController();
  let by: SignalName | undefined;
  const handler = (signal: SignalName) => () => {
    if (by) return stopWaiting.abort();
    by = signal;
    stopCreating.abort();
    onFirst(signal);
  };
  const onInt = handler('SIGINT');
  const onTerm = handler('SIGTERM');
  io.signals.on('SIGINT', onInt);
  io.signals.on('SIGTERM', onTerm);
  return {
    signal: stopCreating.signal,
    stopSignal: stopWaiting.signal,
    by: () => by,
    dispose() {
      io.signals.off('SIGINT', onInt);
      io.signals.off('SIGTERM', onTerm);
    },
  };
}

export function interruptCode(signal: SignalName | undefined): number {
  return signal === 'SIGTERM' ? exitCodes.terminated : exitCodes.interrupted;
}
