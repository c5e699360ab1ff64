/** A stream the CLI writes to: what it uses of `process.stdout`. */
export interface OutStream {
  write(text: string): unknown;
  /** True on a terminal. */
  isTTY?: boolean;
  /** Terminal width, when known. */
  columns?: number;
  /** Terminal height, when known. */
  rows?: number;
}

export type SignalName = 'SIGINT' | 'SIGTERM';

/** Subscribing to process signals, as `process.on` / `process.off` do. */
export interface SignalSource {
  on(signal: SignalName, listener: () => void): unknown;
  off(signal: SignalName, listener: () => void): unknown;
}

/** Every side effect of the CLI, so commands run in-process in tests. */
export interface CliIo {
  /** Results: tables, JSON, summaries. Default `process.stdout`. */
  stdout: OutStream;
  /** Progress, warnings and errors. Default `process.stderr`. */
  stderr: OutStream;
  /** Environment (`EVOLINK_API_KEY`, `EVOLINK_BASE_URL`, `NO_COLOR`, ...). Default `process.env`. */
  env: Record<string, string | undefined>;
  /** Directory relative paths are resolved from. Default `process.cwd()`. */
  cwd: string;
  /** Ctrl-C and SIGTERM. Default `process`. */
  signals: SignalSource;
  /** Wall-clock milliseconds, for ETAs and redraw throttling. Default `Date.now`. */
  now: () => number;
  /**
   * Calls `tick` every `ms` until the returned function is called: the live display redraws
   * between polls with it, so an ETA counts down. Default {@link everyInterval}.
   */
  every?: (ms: number, tick: () => void) => () => void;
}

/** `setInterval`, unref'd so that a display never keeps the process alive. */
export function everyInterval(ms: number, tick: () => void): () => void {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
}

/** The real process. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    signals: process,
    now: Date.now,
    every: everyInterval,
  };
}
