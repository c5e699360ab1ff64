import { createHash, randomUUID } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { asDiskError, ClipwrightError } from '@clipwright/core';
import type { FileOps } from '../model/file-ops.ts';
import { type Redact, unredacted } from './secret-redactor.ts';

/** `node:fs/promises`. */
export const realFileOps: FileOps = fsp;

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

/** Where a file may be written: `dest` must stay inside `root` through real folders only. */
export interface PlaceOptions {
  /** Keep `finished` (copy instead of rename). Default false. */
  keep?: boolean;
  /**
   * The folder `dest` must stay in (`--out`): each folder between it and `dest` is created one
   * at a time and must be a real folder, never a symlink, and the real path is checked again
   * just before the rename. Default: unchecked.
   */
  within?: string;
  fs?: FileOps;
}

/** A folder between `--out` and an output is a symlink (or a file): nothing is written through it. */
export class UnsafeOutputError extends ClipwrightError {
  override name = 'UnsafeOutputError';
  readonly code = 'unsafe_output';
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

/** Options of {@link writeFileAtomic}. */
export interface WriteOptions extends Omit<PlaceOptions, 'keep'> {
  /** Where the temporary file is written. Default: beside `dest`. */
  tempDir?: string;
  /** Applied to `data` before it is written: every file keeps the key out. Default: none. */
  redact?: Redact;
}

/**
 * Writes `data` (redacted) to `dest` atomically (temporary file in `tempDir`, then `placeFile`).
 * `data` may come in chunks (a run's gallery of 10,000 videos), written as they come.
 */
export async function writeFileAtomic(
  dest: string,
  data: string | Iterable<string>,
  options: WriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? realFileOps;
  const tempDir = options.tempDir ?? path.dirname(dest);
  const temp = tempPath(tempDir, path.basename(dest));
  try {
    await fs.mkdir(tempDir, { recursive: true });
    const redact = options.redact ?? unredacted;
    await fs.writeFile(temp, typeof data === 'string' ? redact(data) : redactLines(data, redact));
    await placeFile(temp, dest, options);
  } catch (error) {
    throw asDiskError(error, dest) ?? error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Chunked text is written in groups of about this many characters at least. */
const WRITE_GROUP_CHARS = 64 * 1024;

/**
 * Redacts chunked text a group of whole lines at a time: a secret's forms hold no line break
 * (a key cannot: HTTP header values have none), so none spans two groups. A secret that does
 * hold one (`spansLines`) is redacted over the whole text at once. Groups are about 64 KiB:
 * a gallery of 10,000 videos comes as 10,000 chunks, and a write per chunk was 10,000
 * thread-pool round trips (0.3 s of CPU, measured).
 */
function* redactLines(chunks: Iterable<string>, redact: Redact): Generator<string> {
  if (redact.spansLines) {
    yield redact([...chunks].join(''));
    return;
  }
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length < WRITE_GROUP_CHARS) continue;
    const cut = pending.lastIndexOf('\n') + 1;
    if (cut === 0) continue;
    yield redact(pending.slice(0, cut));
    pending = pending.slice(cut);
  }
  if (pending) yield redact(pending);
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

/** Read blocks `hashFile` reuses; at most one per hash in flight (the run's concurrency). */
const spareBlocks: Buffer[] = [];
const BLOCK_BYTES = 256 * 1024;

/**
 * sha256 (hex) and size of a file, read in blocks. Written by hand rather than with a read
 * stream: a stream allocates a fresh buffer per read, and a cached run of 10,000 videos
 * hashed 10,000 files whose dropped buffers grew the process by over 100 MiB before the
 * collector ran; here a few blocks are reused. A file under one block (a poster, a short
 * clip) is read synchronously: well under a millisecond, where the four thread-pool round
 * trips of open, read, read and close cost more (10,000 cached videos: 1 s of CPU, measured).
 * Anything but a regular file is refused.
 */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  const block = spareBlocks.pop() ?? Buffer.allocUnsafeSlow(BLOCK_BYTES);
  try {
    const small = hashSmallFile(file, hash, block);
    if (small !== undefined) return { sha256: hash.digest('hex'), bytes: small };
    const handle = await fsp.open(file, READ_FLAGS);
    let bytes = 0;
    try {
      for (;;) {
        const { bytesRead } = await handle.read(block, 0, block.length, null);
        if (bytesRead === 0) break;
        hash.update(block.subarray(0, bytesRead));
        bytes += bytesRead;
      }
    } finally {
      await handle.close();
    }
    return { sha256: hash.digest('hex'), bytes };
  } finally {
    spareBlocks.push(block);
  }
}

/** Files are opened without blocking: a FIFO put where a file was expected never holds a thread. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * Hashes `file` into `hash` synchronously when it is smaller than `block`; its size, or
 * `undefined` (nothing read). Throws when it is not a regular file (a FIFO, a device, a
 * folder): nothing but a file is hashed.
 */
function hashSmallFile(file: string, hash: ReturnType<typeof createHash>, block: Buffer) {
  const fd = openSync(file, READ_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error(`${file} is not a regular file, so it is not read`);
    if (info.size >= block.length) return undefined;
    let bytes = 0;
    for (;;) {
      const bytesRead = readSync(fd, block, 0, block.length, null);
      if (bytesRead === 0) return bytes;
      hash.update(block.subarray(0, bytesRead));
      bytes += bytesRead;
    }
  } finally {
    closeSync(fd);
  }
}
