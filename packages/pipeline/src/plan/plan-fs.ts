import { type Dir, lstatSync, opendirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
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
    const links = unfollowedLinks(patterns, cwd, files, ignore);
    // Back to the event loop once: the plan's reads are synchronous, so without this every
    // file is planned inside the walker's last readdir callback, whose handle scope keeps that
    // folder's whole listing alive (10,000 Dirents, copied and promoted by the GC).
    await setImmediate();
    // Sorted in place (no second list of every path while planning).
    return links.length === 0 ? files.sort() : [...files, ...links].sort();
  },
};

/**
 * Symlinks matching `patterns` that tinyglobby left out: it drops a link it cannot follow
 * (dangling, a loop) without a word. Listed so that reading them refuses them with a
 * message instead. Every folder is walked without following a link (the folders tinyglobby
 * skips are skipped here too); a matching entry that `lstat` says is a link and that
 * tinyglobby did not list is kept. Walked by hand with `opendirSync`, an entry at a time:
 * a second crawl with fdir (tinyglobby's own walker) read each folder's whole listing at
 * once, and 10,000 `Dirent`s alive across a scavenge were copied and promoted by the GC, part
 * of what grew the young generation by 32 MiB of RSS (bench, Scale). Node's `fs.glob` with
 * its `Dirent`s held a second list of the repository: 87 MiB for 10,000 prompt files.
 */
function unfollowedLinks(
  patterns: string[],
  cwd: string,
  found: readonly string[],
  ignore: string[],
): string[] {
  const matches = globMatcher(patterns, ignore);
  const notWalked = picomatch(ignore);
  // Links are few: the set of every path found is built only at the first.
  let listed: Set<string> | undefined;
  const links: string[] = [];
  const walk = (folder: string) => {
    let dir: Dir;
    try {
      dir = opendirSync(path.join(cwd, folder));
    } catch {
      return; // an unreadable folder is skipped, as tinyglobby skips it
    }
    try {
      for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
        const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (ignoredFolders.has(entry.name) || (ignore.length > 0 && notWalked(relative)))
            continue;
          walk(relative);
        } else if (matches(relative) && isLink(path.join(cwd, relative))) {
          listed ??= new Set(found);
          if (!listed.has(relative)) links.push(relative);
        }
      }
    } catch {
      // a folder that fails while read is left there, as tinyglobby leaves it
    } finally {
      dir.closeSync();
    }
  };
  walk('');
  return links;
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
