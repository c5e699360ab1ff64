import { EventEmitter } from 'node:events';
import type { CliIo, OutStream, SignalName } from '../src/cli-io.ts';

export interface TestIo extends CliIo {
  /** Everything written to stdout so far. */
  out(): string;
  /** Everything written to stderr so far. */
  err(): string;
  /** Delivers a signal to the listeners the command installed. */
  emit(signal: SignalName): void;
  /** Listeners still installed for a signal. */
  listeners(signal: SignalName): number;
  /** Runs every `every` callback still installed once (time moves only by `now`). */
  tick(): void;
  /** `every` callbacks still installed. */
  tickers(): number;
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
  const tickers = new Set<() => void>();
  return {
    stdout: stream(chunks.out),
    stderr: stream(chunks.err),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    signals: emitter,
    now: options.now ?? Date.now,
    every: (_ms, tick) => {
      const entry = () => tick();
      tickers.add(entry);
      return () => tickers.delete(entry);
    },
    tick: () => {
      for (const t of [...tickers]) t();
    },
    tickers: () => tickers.size,
    out: () => chunks.out.join(''),
    err: () => chunks.err.join(''),
    emit: (signal) => emitter.emit(signal),
    listeners: (signal) => emitter.listenerCount(signal),
  };
}
