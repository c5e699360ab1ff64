import { randomUUID } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where delivery checks keep what they measured, by the video's sha256, so a video seen once
 * is never decoded again. Values are JSON; a reader validates what it gets back.
 */
export interface DeliveryCheckCache {
  /** The value kept for `sha256`, or undefined (none, unreadable, not a regular file). */
  get(sha256: string): Promise<unknown>;
  /** Keeps `value` for `sha256` (best effort: a failure only costs a decode later). */
  set(sha256: string, value: unknown): Promise<void>;
}

/** Entries larger than this are not read (a check's facts are a few hundred bytes). */
const MAX_ENTRY_BYTES = 64 * 1024;

const sha256Pattern = /^[0-9a-f]{64}$/;

/**
 * A `DeliveryCheckCache` in a folder: one `<sha256>.check.json` per video. An entry is read
 * only when it is a regular file (opened without following a symlink, without blocking on a
 * FIFO) under 64 KiB; it is written to a temporary name and renamed over the entry, so a
 * symlink planted at the entry's name is replaced, never written through.
 */
export function folderCheckCache(dir: string): DeliveryCheckCache {
  const entry = (sha256: string) => {
    if (!sha256Pattern.test(sha256)) throw new RangeError(`not a sha256: ${sha256}`);
    return path.join(dir, `${sha256}.check.json`);
  };
  return {
    async get(sha256) {
      const text = readRegularFile(entry(sha256));
      if (text === undefined) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
    async set(sha256, value) {
      const dest = entry(sha256);
      const temp = path.join(dir, `.${path.basename(dest)}.${randomUUID()}.tmp`);
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(temp, `${JSON.stringify(value)}\n`, { flag: 'wx' });
        await rm(dest, { force: true, recursive: false });
        await rename(temp, dest);
      } catch {
        await rm(temp, { force: true });
      }
    },
  };
}

/**
 * A small regular file's text, read synchronously (microseconds), or undefined: missing, a
 * symlink (O_NOFOLLOW), a FIFO or device (O_NONBLOCK, then fstat), a folder, or too large.
 */
function readRegularFile(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_ENTRY_BYTES) return undefined;
    const buffer = Buffer.alloc(info.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** A cache that keeps nothing (the default: every check decodes). */
export const noCheckCache: DeliveryCheckCache = {
  get: async () => undefined,
  set: async () => {},
};
