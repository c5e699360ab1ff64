import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Runs a command and returns its standard output. */
export type Exec = (file: string, args: string[], options: { cwd: string }) => Promise<string>;

const execFileAsync = promisify(execFile);
/** The real `child_process.execFile`. */
export const realExec: Exec = async (file, args, options) =>
  (await execFileAsync(file, args, { cwd: options.cwd, maxBuffer: 16 * 1024 * 1024 })).stdout;

export interface ChangedFilesOptions {
  /** A git range such as `v1.0.0..HEAD` or `origin/main...HEAD`. */
  range: string;
  /** Repository root. Default `process.cwd()`. */
  cwd?: string;
  /** Command runner. Default `realExec` (child_process.execFile, no shell). */
  exec?: Exec;
}

/** The files changed in a git range (`git diff --name-only <range>`), relative to the repository root. */
export async function changedFilesFromGit(options: ChangedFilesOptions): Promise<string[]> {
  const range = options.range.trim();
  if (range === '' || range.startsWith('-')) {
    throw new RangeError(
      `invalid git range ${JSON.stringify(options.range)}: write A..B, e.g. v1.0.0..HEAD`,
    );
  }
  const exec = options.exec ?? realExec;
  const out = await exec('git', ['diff', '--name-only', '--no-renames', range, '--'], {
    cwd: options.cwd ?? process.cwd(),
  });
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
