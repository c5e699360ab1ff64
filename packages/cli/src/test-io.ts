import { EventEmitter } from 'node:events';
import type { CliIo, OutStream, SignalName } from './cli-io.ts';

export interface TestIo extends CliIo {
  /** Everything written to stdout so far. */
  out(): string;
  /** Everything written to stderr so far. */
  err(): string;
  /** Delivers a signal to the listeners the command installed. */
  emit(signal: SignalName): void;
  /** Listeners still installed for a signal. */
  listeners(signal: SignalName): number;
}

export interface TestIoOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Both streams are terminals. Default false. */
  tty?: boolean;
  columns?: number;
  now?: () => number;
}

/** A `CliIo` that records output and lets the test send signals. */
export function testIo(options: TestIoOptions = {}): TestIo {
  const chunks = { out: [] as string[], err: [] as string[] };
  const stream = (into: string[]): OutStream => ({
    write: (text: string) => into.push(text),
    isTTY: options.tty === true,
    columns: options.columns ?? 100,
    rows: 30,
  });
  const emitter = new EventEmitter();
  return {
    stdout: stream(chunks.out),
    stderr: stream(chunks.err),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    signals: emitter,
    now: options.now ?? Date.now,
    out: () => chunks.out.join(''),
    err: () => chunks.err.join(''),
    emit: (signal) => emitter.emit(signal),
    listeners: (signal) => emitter.listenerCount(signal),
  };
}
