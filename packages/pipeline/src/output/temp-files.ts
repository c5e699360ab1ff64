import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import path from 'node:path';
import type { FileOps } from '../model/file-ops.ts';
import { realFileOps } from './file-ops.ts';

const uuidPattern = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Our temporary names: `.<name>.<uuid>.tmp` or `.part`, and core's `.<8 hex>.part` on top. */
const tempNamePattern = new RegExp(`^\\..+\\.${uuidPattern}\\.(tmp|part)(\\.[0-9a-f]{8}\\.part)?$`);

/** A temporary path in `dir` for a file that becomes `base`: `.<base>.<uuid>.<ext>`. */
export function tempPath(dir: string, base: string, ext: 'tmp' | 'part' = 'tmp'): string {
  return path.join(dir, `.${base}.${randomUUID()}.${ext}`);
}

/**
 * Copies `source` to `temp`, a new temporary name (`tempPath`), creating it exclusively: a
 * file or symlink planted at that name fails the copy instead of being truncated or written
 * through. It also spares ext4 a flush: libuv truncates an existing destination otherwise, and
 * ext4 writes a truncated file out when it is closed (`auto_da_alloc`), which cost a cached
 * run of 10,000 videos and posters 2-3 s of system time (measured).
 */
export function copyToTemp(fs: FileOps, source: string, temp: string): Promise<void> {
  return fs.copyFile(source, temp, constants.COPYFILE_EXCL);
}

/** True for a name `tempPath` (or core's download beside it) makes: those a sweep may remove. */
export function isTempName(name: string): boolean {
  return tempNamePattern.test(name);
}

/**
 * Removes what a killed run left behind: files named like our temporaries (`isTempName`) in
 * `dirs` (not recursive). Nothing else is touched; a folder that does not exist is skipped.
 */
export async function sweepTempFiles(
  dirs: Iterable<string>,
  fs: FileOps = realFileOps,
): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      continue;
    }
    for (const name of names.filter(isTempName)) {
      const file = path.join(dir, name);
      if ((await fs.lstat(file)).isDirectory()) continue;
      await fs.rm(file, { force: true });
      removed.push(file);
    }
  }
  return removed;
}
