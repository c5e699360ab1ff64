import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fdir } from 'fdir';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { PlanFs } from '../model/plan-options.ts';

/** Folders never searched for prompt files. */
export const alwaysIgnored = ['**/node_modules/**', '**/.git/**', '**/.clipwright/**'];
const ignoredFolders = new Set(['node_modules', '.git', '.clipwright']);

/**
 * Whether a posix path relative to the glob's folder matches `patterns` (negation with `!`,
 * `alwaysIgnored` excluded), with picomatch, the matcher tinyglobby uses.
 */
export function globMatcher(
  patterns: string[],
  ignore: string[] = [],
): (relative: string) => boolean {
  const isIncluded = picomatch(patterns.filter((p) => !p.startsWith('!')));
  const isExcluded = picomatch([
    ...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)),
    ...alwaysIgnored,
    ...ignore,
  ]);
  return (relative) => isIncluded(relative) && !isExcluded(relative);
}

/** The largest prompt file or manifest read, in bytes (1 MiB); checked before it is read. */
export const MAX_PLAN_FILE_BYTES = 1024 * 1024;

/**
 * The real file system: `node:fs` and tinyglobby. Reads and stats are synchronous on
 * purpose: a plan file is small (at most 1 MiB, checked before reading) and nothing else
 * runs while a plan loads, and each asynchronous call was a thread-pool round trip costing
 * more than the call itself (10,000 prompt files: 4.4 s of CPU, 3 s of it waiting, before).
 */
export const realPlanFs: PlanFs = {
  async readFile(absolutePath) {
    return orMissing(() => readFileSync(absolutePath, 'utf8'));
  },
  async readBytes(absolutePath) {
    return orMissing(() => readFileSync(absolutePath));
  },
  async inspect(absolutePath) {
    try {
      const real = realpathSync.native(absolutePath);
      const info = statSync(real);
      return { realPath: real, bytes: info.size, isFile: info.isFile() };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ELOOP' && code !== 'ENOTDIR') throw error;
      // A symlink that cannot be followed is there (and refused), not missing.
      const link = lstatSync(absolutePath, { throwIfNoEntry: false });
      if (!link?.isSymbolicLink()) return undefined;
      const brokenLink = code === 'ELOOP' ? 'loop' : 'dangling';
      return { realPath: absolutePath, bytes: 0, isFile: false, brokenLink };
    }
  },
  async glob(patterns, cwd, ignore = []) {
    const files = await glob(patterns, {
      cwd,
      ignore: [...alwaysIgnored, ...ignore],
      onlyFiles: true,
      expandDirectories: false,
    });
    const links = await unfollowedLinks(patterns, cwd, new Set(files), ignore);
    return [...files, ...links].sort();
  },
};

/**
 * Symlinks matching `patterns` that tinyglobby left out: it drops a link it cannot follow
 * (dangling, a loop) without a word. Listed so that reading them refuses them with a
 * message instead. fdir (tinyglobby's own walker) without symlink resolution lists every
 * link as an entry, unfollowed; the filter keeps only the matches tinyglobby did not list,
 * so the walk holds no second list of the repository. Node's `fs.glob` with its `Dirent`s
 * did: listing 10,000 prompt files peaked at 87 MiB of RSS, 69 MiB now (tinyglobby alone 66).
 */
async function unfollowedLinks(
  patterns: string[],
  cwd: string,
  found: Set<string>,
  ignore: string[],
): Promise<string[]> {
  const matches = globMatcher(patterns, ignore);
  const notWalked = picomatch(ignore);
  return new fdir()
    .withRelativePaths()
    .exclude(
      (name, dirPath) =>
        ignoredFolders.has(name) ||
        (ignore.length > 0 && notWalked(toPosix(path.relative(cwd, dirPath)))),
    )
    .filter((relative, isDirectory) => {
      if (isDirectory) return false;
      const posix = toPosix(relative);
      return !found.has(posix) && matches(posix) && isLink(path.join(cwd, relative));
    })
    .crawl(cwd)
    .withPromise()
    .then((links) => links.map(toPosix));
}

/** A relative path with `/` separators (the same string where the separator is `/`). */
function toPosix(relative: string): string {
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

function isLink(absolutePath: string): boolean {
  return lstatSync(absolutePath, { throwIfNoEntry: false })?.isSymbolicLink() === true;
}

function orMissing<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
