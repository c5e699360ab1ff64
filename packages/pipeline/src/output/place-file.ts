import path from 'node:path';
import { ClipwrightError } from '@clipwright/core';
import { asDiskError } from '@clipwright/core/internal';
import type { FileOps } from '../model/file-ops.ts';
import { realFileOps } from './file-ops.ts';
import { copyToTemp, tempPath } from './temp-files.ts';

/** Where a file may be written: `dest` must stay inside `root` through real folders only. */
export interface PlaceOptions {
  /**
   * Keep `finished` (copy instead of rename).
   * @default false
   */
  keep?: boolean;
  /**
   * The folder `dest` must stay in (`--out`): each folder between it and `dest` is created one
   * at a time and must be a real folder, never a symlink, and the real path is checked again
   * just before the rename.
   * @default unchecked
   * @example '/home/me/site/out'
   */
  within?: string;
  fs?: FileOps;
}

/** A folder between `--out` and an output is a symlink (or a file): nothing is written through it. */
export class UnsafeOutputError extends ClipwrightError {
  override name = 'UnsafeOutputError';
  override readonly code = 'unsafe_output';
  constructor(folder: string) {
    super(
      `${folder} is a symlink or not a folder, so nothing is written through it (outputs stay inside the output folder); remove it or choose another output name`,
    );
  }
}

/**
 * Checks that every folder of `dest` below `root` that exists is a real folder (not a
 * symlink); with `create`, makes the missing ones one level at a time (`mkdir -p` would
 * follow a symlink and create folders outside `root`). Written by hand: no library offers
 * an lstat-checked `mkdir -p`.
 */
export async function checkFolders(
  root: string,
  dest: string,
  options: { create?: boolean; fs?: FileOps } = {},
): Promise<void> {
  const fs = options.fs ?? realFileOps;
  const rel = path.relative(root, path.dirname(dest));
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new UnsafeOutputError(path.dirname(dest));
  let folder = root;
  for (const part of rel === '' ? [] : rel.split(path.sep)) {
    folder = path.join(folder, part);
    if (options.create) {
      try {
        await fs.mkdir(folder);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST') throw asDiskError(error, folder) ?? error;
      }
    }
    let info: Awaited<ReturnType<FileOps['lstat']>>;
    try {
      info = await fs.lstat(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !options.create) return;
      throw error;
    }
    if (info.isSymbolicLink() || !info.isDirectory()) throw new UnsafeOutputError(folder);
  }
}

/**
 * Moves a finished file into place so that `dest` never exists half-written: a rename (atomic
 * on one file system); across file systems (EXDEV), a copy to a hidden temporary name beside
 * `dest` and then a rename. A full, over-quota or read-only disk is a `DiskError`. Written by
 * hand (a few lines) because the temp file must be one we already control (core's download
 * writes it) and the folders must be checked between the steps.
 */
export async function placeFile(
  finished: string,
  dest: string,
  options: PlaceOptions = {},
): Promise<void> {
  const fs = options.fs ?? realFileOps;
  try {
    if (options.within) await checkFolders(options.within, dest, { create: true, fs });
    else await fs.mkdir(path.dirname(dest), { recursive: true });
    if (!options.keep) {
      try {
        await renameChecked(finished, dest, options);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      }
    }
    const temp = tempPath(path.dirname(dest), path.basename(dest));
    try {
      await copyToTemp(fs, finished, temp);
      await renameChecked(temp, dest, options);
    } finally {
      await fs.rm(temp, { force: true });
    }
    if (!options.keep) await fs.rm(finished, { force: true });
  } catch (error) {
    throw asDiskError(error, dest) ?? error;
  }
}

/** Renames, after checking (with `within`) that `dest`'s folder still really lies inside it. */
async function renameChecked(from: string, dest: string, options: PlaceOptions): Promise<void> {
  const fs = options.fs ?? realFileOps;
  // Directly inside `within` there is no folder of ours to check (`--out` itself may be a link).
  if (options.within && path.resolve(path.dirname(dest)) !== path.resolve(options.within)) {
    const [realRoot, realFolder] = await Promise.all([
      fs.realpath(options.within),
      fs.realpath(path.dirname(dest)),
    ]);
    if (realFolder !== path.join(realRoot, path.relative(options.within, path.dirname(dest)))) {
      throw new UnsafeOutputError(path.dirname(dest));
    }
  }
  await fs.rename(from, dest);
}
