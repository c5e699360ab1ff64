import { spawn } from 'node:child_process';
import { MediaError, plainText } from './media-error.ts';

/** The two programs the media helpers run. */
export type MediaProgram = 'ffmpeg' | 'ffprobe';

/** The bounds of one run. */
export interface RunBounds {
  /** Killed (SIGKILL) after this many milliseconds. */
  timeoutMs: number;
  /** Killed once stdout or stderr passes this many bytes. */
  maxOutputBytes: number;
  /** The working folder (assembly runs in its own temporary folder). Default: the process's. */
  cwd?: string;
}

/** What a successful run printed. */
export interface ProgramOutput {
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs `program` with `args` (no shell) within `bounds`; resolves with its output when it
 * exits 0, rejects with a `MediaError` otherwise (`missing`, `timeout`, `output_limit`,
 * `failed`). Injected so tests can count or fake runs.
 */
export type ProgramRunner = (
  program: MediaProgram,
  args: readonly string[],
  bounds: RunBounds,
) => Promise<ProgramOutput>;

/** Timers the runner uses for its time limit; tests inject fake ones. */
export interface RunnerTimers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realTimers: RunnerTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * `child_process.spawn` without a shell, standard input closed, the program found on the
 * `PATH` of `env`. Output is kept up to `maxOutputBytes` per stream; past it, or past
 * `timeoutMs`, the child (and only it, by its own pid) is killed with SIGKILL.
 */
export function realProgramRunner(
  env: NodeJS.ProcessEnv = process.env,
  timers: RunnerTimers = realTimers,
): ProgramRunner {
  return (program, args, bounds) =>
    new Promise<ProgramOutput>((resolve, reject) => {
      const child = spawn(program, args, {
        env,
        cwd: bounds.cwd,
        shell: false,
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
      });
      let killedFor: 'timeout' | 'output_limit' | undefined;
      const kill = (why: 'timeout' | 'output_limit') => {
        killedFor ??= why;
        child.kill('SIGKILL');
      };
      const timer = timers.setTimeout(() => kill('timeout'), bounds.timeoutMs);
      const stdout = capped(child.stdout, bounds.maxOutputBytes, () => kill('output_limit'));
      const stderr = capped(child.stderr, bounds.maxOutputBytes, () => kill('output_limit'));
      child.on('error', (error: NodeJS.ErrnoException) => {
        timers.clearTimeout(timer);
        reject(
          error.code === 'ENOENT'
            ? new MediaError('missing', `${program} is not on the PATH (install ffmpeg)`)
            : new MediaError('failed', `${program} could not start: ${error.message}`),
        );
      });
      child.on('close', (code, signal) => {
        timers.clearTimeout(timer);
        const err = stderr().toString('utf8');
        const failure = outcome(program, bounds, killedFor, code, signal, err);
        if (failure) reject(failure);
        else resolve({ stdout: stdout(), stderr: err });
      });
    });
}

/** Collects a stream up to `max` bytes; `over` is called once more arrives. */
function capped(stream: NodeJS.ReadableStream, max: number, over: () => void): () => Buffer {
  const chunks: Buffer[] = [];
  let seen = 0;
  stream.on('data', (chunk: Buffer) => {
    const room = max - seen;
    if (room > 0) chunks.push(chunk.subarray(0, room));
    seen += chunk.length;
    if (seen > max) over();
  });
  return () => Buffer.concat(chunks);
}

/** The error for a run that ended as it did, or undefined when it succeeded. */
function outcome(
  program: MediaProgram,
  bounds: RunBounds,
  killedFor: 'timeout' | 'output_limit' | undefined,
  code: number | null,
  signal: NodeJS.Signals | null,
  stderr: string,
): MediaError | undefined {
  if (killedFor === 'timeout') {
    const message = `${program} ran past its limit of ${bounds.timeoutMs} ms and was stopped`;
    return new MediaError('timeout', message, stderr);
  }
  if (killedFor === 'output_limit') {
    const message = `${program} wrote more than ${bounds.maxOutputBytes} bytes and was stopped`;
    return new MediaError('output_limit', message, stderr);
  }
  if (code === 0) return undefined;
  const line = plainText(stderr.trim().split('\n').at(-1) ?? '');
  const why = `${program} failed (${signal ?? `exit ${code}`})${line ? `: ${line}` : ''}`;
  return new MediaError('failed', why, stderr);
}
