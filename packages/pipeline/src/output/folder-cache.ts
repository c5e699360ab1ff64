import { lstatSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { CachedVideo, CacheStore } from '../model/cache-store.ts';
import type { FileOps } from '../model/file-ops.ts';
import { hashFile } from './hash-file.ts';
import { placeFile } from './place-file.ts';
import type { Redact } from './secret-redactor.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/** What `put` recorded about a cached video. */
interface Recorded {
  bytes: number;
  sha256: string;
}

/**
 * A `CacheStore` in a local folder: one `<hash>.mp4` per video and a `<hash>.json` recording
 * its size and sha256. A hit is a regular file (not a symlink) whose size and sha256 match the
 * record, so a committed or tampered entry is never served as a video.
 */
export function folderCache(
  dir: string,
  options: { redact?: Redact; fs?: FileOps } = {},
): CacheStore {
  const fileOf = (hash: string, ext: 'mp4' | 'json') => {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new RangeError(`not a content hash: ${hash}`);
    return path.join(dir, `${hash}.${ext}`);
  };
  return {
    async get(hash) {
      const file = fileOf(hash, 'mp4');
      try {
        // The entry's size and its small record are read synchronously: microseconds each,
        // where two thread-pool round trips cost more (10,000 cached videos, measured).
        const info = lstatSync(file);
        const recorded = JSON.parse(
          readFileSync(fileOf(hash, 'json'), 'utf8'),
        ) as Partial<Recorded>;
        if (!info.isFile() || info.size !== recorded.bytes) return undefined;
        const actual = await hashFile(file);
        if (actual.sha256 !== recorded.sha256) return undefined;
        return { path: file, ...actual } satisfies CachedVideo;
      } catch {
        return undefined;
      }
    },
    async has(hash) {
      try {
        const info = lstatSync(fileOf(hash, 'mp4'));
        const recorded = JSON.parse(
          readFileSync(fileOf(hash, 'json'), 'utf8'),
        ) as Partial<Recorded>;
        return info.isFile() && info.size === recorded.bytes;
      } catch {
        return false;
      }
    },
    async put(hash, file) {
      const dest = fileOf(hash, 'mp4');
      // A symlink planted at the entry's name is replaced, never written through.
      await rm(dest, { force: true });
      await placeFile(file, dest, { ...options, keep: true });
      const { bytes, sha256 } = await hashFile(dest);
      await writeFileAtomic(
        fileOf(hash, 'json'),
        `${JSON.stringify({ bytes, sha256 })}\n`,
        options,
      );
    },
  };
}
