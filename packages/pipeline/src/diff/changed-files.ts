import { type Exec, realExec } from '../plan/git-exec.ts';

export interface ChangedFilesOptions {
  /** A git range such as `v1.0.0..HEAD` or `origin/main...HEAD`. */
  range: string;
  /**
   * Repository root.
   * @default process.cwd()
   */
  cwd?: string;
  /**
   * Command runner.
   * @default child_process.execFile, no shell
   */
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
