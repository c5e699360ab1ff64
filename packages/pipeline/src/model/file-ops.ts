import type * as fsp from 'node:fs/promises';

/** The file-system calls the pipeline writes with; tests inject faults (ENOSPC, EXDEV). */
export type FileOps = Pick<
  typeof fsp,
  'copyFile' | 'lstat' | 'mkdir' | 'readdir' | 'realpath' | 'rename' | 'rm' | 'writeFile'
>;

/**
 * Runs ffmpeg or ffprobe (found on `PATH`, no shell, within its bounds); rejects with a
 * `MediaError` (`code: 'missing'` when the program is not there).
 */
export type { ProgramRunner as RunProgram } from '../media/program-runner.ts';
