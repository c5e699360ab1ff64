import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { CliIo } from '../cli-io.ts';
import { terminalSafe } from '../report/terminal-text.ts';

/** Runs git; tests pass a fake. @default node:child_process execFile */
export type GitRunner = (args: string[], cwd: string) => Promise<string>;

const execFileAsync = promisify(execFile);
const realGit: GitRunner = async (args, cwd) =>
  (await execFileAsync('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 })).stdout;

/**
 * The state folder a run may trust. State committed to the repository (`git ls-files` lists
 * files in it) came with a clone or a pull, from whoever could push: its journal could resume
 * another task as this prompt's video and its cache records could serve another file as a
 * video, so none of it is used. The run warns, naming the files, and keeps its state in a
 * folder of this user's own instead (`$XDG_STATE_HOME/clipwright/<root's hash>`, by default
 * `~/.local/state/...`), outside the repository. A state folder git does not track (the
 * default `.clipwright/` is written by this machine's runs, and `clipwright init` ignores it),
 * or a root outside git, is used as it is.
 */
export async function trustedStateDir(
  stateDir: string,
  root: string,
  io: Pick<CliIo, 'env' | 'stderr'>,
  git: GitRunner = realGit,
): Promise<string> {
  const tracked = await trackedFiles(stateDir, root, git);
  if (tracked.length === 0) return stateDir;
  const own = userStateDir(root, io.env);
  const shown = tracked.slice(0, 3).map((f) => terminalSafe(f));
  const more = tracked.length > 3 ? ` and ${tracked.length - 3} more` : '';
  io.stderr.write(
    `Warning: ${terminalSafe(stateDir)} holds files committed to git (${shown.join(', ')}${more}). State from the repository is not trusted (a journal entry could resume another task, a cache record serve another file), so none of it is used: this run keeps its state in ${terminalSafe(own)}. Fix: git rm -r --cached ${terminalSafe(relative(root, stateDir) || '.')} and add it to .gitignore.\n`,
  );
  return own;
}

/** Files under `stateDir` that git tracks, relative to the root; none outside a work tree. */
async function trackedFiles(stateDir: string, root: string, git: GitRunner): Promise<string[]> {
  try {
    const listed = await git(['ls-files', '-z', '--full-name', '--', stateDir], root);
    return listed.split('\0').filter(Boolean);
  } catch {
    // Not a repository, no git, or the state folder outside the work tree: nothing tracked.
    return [];
  }
}

/** This user's own state folder for `root`, outside any repository. */
export function userStateDir(root: string, env: Record<string, string | undefined>): string {
  let real = root;
  try {
    real = realpathSync.native(root);
  } catch {
    real = root;
  }
  const base = env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state');
  const id = createHash('sha256').update(real).digest('hex').slice(0, 16);
  return join(base, 'clipwright', id);
}
