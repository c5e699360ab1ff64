import type { CliIo } from '@clipwright/cli';

/** A CLI `CliIo` that records stdout and stderr; signals are never sent. */
export function recordingIo(options: {
  cwd: string;
  env: Record<string, string | undefined>;
}): CliIo & { out(): string; err(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: { write: (t: string) => out.push(t), isTTY: false, columns: 100 },
    stderr: { write: (t: string) => err.push(t), isTTY: false, columns: 100 },
    env: { NO_COLOR: '1', ...options.env },
    cwd: options.cwd,
    signals: { on: () => undefined, off: () => undefined },
    now: Date.now,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
