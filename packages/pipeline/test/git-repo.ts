import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeRepo } from './repo.ts';

/** Runs git in `cwd` with a fixed identity (tests never depend on the user's config). */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=test',
      '-c',
      'user.email=test@example.com',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
    },
  ).trim();
}

/**
 * A real git repository with two commits: `base` holds `baseFiles`; `head` applies `headChanges`
 * on top (a `null` content deletes the file). Returns the root and both commit ids.
 */
export async function writeGitRepo(
  baseFiles: Record<string, string | Uint8Array>,
  headChanges: Record<string, string | Uint8Array | null>,
): Promise<{ root: string; base: string; head: string }> {
  const root = await writeRepo(baseFiles);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  for (const [name, content] of Object.entries(headChanges)) {
    const file = path.join(root, name);
    if (content === null) await rm(file);
    else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', 'head');
  return { root, base, head: git(root, 'rev-parse', 'HEAD') };
}
