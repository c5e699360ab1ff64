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
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let outBytes = 0;
      let errBytes = 0;
      let killedFor: 'timeout' | 'output_limit' | undefined;
      const kill = (why: 'timeout' | 'output_limit') => {
        killedFor ??= why;
        child.kill('SIGKILL');
      };
      const timer = timers.setTimeout(() => kill('timeout'), bounds.timeoutMs);
      const keep = (into: Buffer[], chunk: Buffer, kept: number): number => {
        const room = bounds.maxOutputBytes - kept;
        if (room > 0) into.push(chunk.subarray(0, room));
        if (chunk.length > room) kill('output_limit');
        return kept + chunk.length;
      };
      child.stdout.on('data', (chunk: Buffer) => {
        outBytes = keep(out, chunk, outBytes);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        errBytes = keep(err, chunk, errBytes);
      });
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
        const stderr = Buffer.concat(err).toString('utf8');
        if (killedFor === 'timeout') {
          reject(
            new MediaError(
              'timeout',
              `${program} ran past its limit of ${bounds.timeoutMs} ms and was stopped`,
              stderr,
            ),
          );
        } else if (killedFor === 'output_limit') {
          reject(
            new MediaError(
              'output_limit',
              `${program} wrote more than ${bounds.maxOutputBytes} bytes and was stopped`,
              stderr,
            ),
          );
        } else if (code !== 0) {
          const line = plainText(stderr.trim().split('\n').at(-1) ?? '');
          reject(
            new MediaError(
              'failed',
              `${program} failed (${signal ?? `exit ${code}`})${line ? `: ${line}` : ''}`,
              stderr,
            ),
          );
        } else {
          resolve({ stdout: Buffer.concat(out), stderr });
        }
      });
    });
}
