import type * as fsp from 'node:fs/promises';

/** The file-system calls the pipeline writes with; tests inject faults (ENOSPC, EXDEV). */
export type FileOps = Pick<
  typeof fsp,
  'copyFile' | 'lstat' | 'mkdir' | 'readdir' | 'realpath' | 'rename' | 'rm' | 'writeFile'
>;

/** Runs a program (found on `PATH`, no shell); rejects with `code: 'ENOENT'` when it is missing. */
export type RunProgram = (file: string, args: string[]) => Promise<void>;
