import path from 'node:path';
import { type Exec, realExec } from '../plan/git-exec.ts';
import { GitRefError } from '../plan/git-ref-error.ts';

/**
 * The default base of a diff: the merge base of `HEAD` with the default branch (the remote's
 * `HEAD`, else `origin/main`, `origin/master`, `main`, `master`, whichever exists first).
 */
export async function defaultDiffBase(root: string, exec: Exec = realExec): Promise<string> {
  const cwd = path.resolve(root);
  const candidates: string[] = [];
  try {
    const remoteHead = await exec('git', ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], {
      cwd,
    });
    if (remoteHead.trim()) candidates.push(remoteHead.trim());
  } catch {
    // no remote HEAD recorded: fall back to the usual names
  }
  candidates.push('origin/main', 'origin/master', 'main', 'master');
  for (const branch of candidates) {
    try {
      return (
        await exec('git', ['merge-base', '--end-of-options', branch, 'HEAD'], { cwd })
      ).trim();
    } catch {
      // not there: try the next name
    }
  }
  throw new GitRefError('the default branch');
}
