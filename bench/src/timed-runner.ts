import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type MediaProgram,
  type ProgramRunner,
  realProgramRunner,
} from '../../packages/pipeline/src/media/index.ts';
import { runProgram } from './child-process.ts';

/** One program run as GNU time saw it. */
export interface TimedRun {
  program: string;
  /** User + system CPU seconds. */
  cpuSeconds: number;
  /** Peak resident set size (KiB). */
  maxRssKiB: number;
}

/** GNU time (`/usr/bin/time`), which reports a child's CPU and peak RSS. */
export const GNU_TIME = '/usr/bin/time';

/** Whether GNU time is there (it is not on macOS or in a slim container). */
export async function hasGnuTime(): Promise<boolean> {
  try {
    await runProgram(GNU_TIME, ['-f', '%M', 'true']);
    return true;
  } catch {
    return false;
  }
}

/**
 * A `ProgramRunner` for the media helpers that runs each program under GNU time and records
 * its CPU seconds and peak RSS in `runs`; the helpers' own bounds (time, output) still apply.
 */
export async function timedRunner(): Promise<{
  run: ProgramRunner;
  runs: TimedRun[];
  close: () => Promise<void>;
}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'clipwright-bench-time-'));
  const real = realProgramRunner();
  const runs: TimedRun[] = [];
  let n = 0;
  const run: ProgramRunner = async (program, args, bounds) => {
    const report = path.join(dir, `time-${n++}.txt`);
    const timed = ['-f', '%U %S %M', '-o', report, program, ...args];
    // The runner types its program as ffmpeg or ffprobe; GNU time runs that program.
    const out = await real(GNU_TIME as MediaProgram, timed, bounds);
    runs.push({ program, ...parseTime(await readFile(report, 'utf8')) });
    return out;
  };
  return { run, runs, close: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs `program args` under GNU time (no media bounds): the baseline's runs. */
export async function timedProgram(program: string, args: readonly string[]): Promise<TimedRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'clipwright-bench-time-'));
  try {
    const report = path.join(dir, 'time.txt');
    await runProgram(GNU_TIME, ['-f', '%U %S %M', '-o', report, program, ...args], {
      timeoutMs: 900_000,
    });
    return { program, ...parseTime(await readFile(report, 'utf8')) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `%U %S %M` (the last line: GNU time puts a note above it when the program failed). */
function parseTime(text: string): { cpuSeconds: number; maxRssKiB: number } {
  const [user, system, rss] = (text.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  if (![user, system, rss].every((x) => Number.isFinite(x))) {
    throw new Error(`GNU time reported ${JSON.stringify(text)}`);
  }
  return { cpuSeconds: (user ?? 0) + (system ?? 0), maxRssKiB: rss ?? 0 };
}
