import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Runs a command and returns its standard output. */
export type Exec = (file: string, args: string[], options: { cwd: string }) => Promise<string>;

const execFileAsync = promisify(execFile);
/** The real `child_process.execFile`. */
export const realExec: Exec = async (file, args, options) =>
  (await execFileAsync(file, args, { cwd: options.cwd, maxBuffer: 16 * 1024 * 1024 })).stdout;
