import { access } from 'node:fs/promises';
import path from 'node:path';
import { placeFile } from './atomic-file.ts';
import type { CacheStore } from './types.ts';

/** A `CacheStore` in a local folder: one `<hash>.mp4` per video. */
export function folderCache(dir: string): CacheStore {
  const fileOf = (hash: string) => {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new RangeError(`not a content hash: ${hash}`);
    return path.join(dir, `${hash}.mp4`);
  };
  return {
    async get(hash) {
      const file = fileOf(hash);
      try {
        await access(file);
        return file;
      } catch {
        return undefined;
      }
    },
    async put(hash, file) {
      await placeFile(file, fileOf(hash), { keep: true });
    },
  };
}
