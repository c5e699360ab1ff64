import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CacheApi, createActionsCacheStore } from './actions-cache-store.ts';

/** A directory-backed fake of the Actions cache: immutable keys, prefix restore, newest first. */
async function fakeCache(): Promise<CacheApi & { keys: string[] }> {
  const root = await mkdtemp(join(tmpdir(), 'cw-fake-cache-'));
  const keys: string[] = [];
  return {
    keys,
    isFeatureAvailable: () => true,
    async saveCache(paths, key) {
      if (keys.includes(key))
        throw new Error(
          `Unable to reserve cache with key ${key}, another job may be creating this cache.`,
        );
      keys.push(key);
      for (const [i, path] of paths.entries())
        await cp(path, join(root, encodeURIComponent(key), String(i)), { recursive: true });
      return keys.length;
    },
    async restoreCache(paths, primaryKey, restoreKeys = []) {
      const key = keys.includes(primaryKey)
        ? primaryKey
        : [...keys].reverse().find((k) => restoreKeys.some((prefix) => k.startsWith(prefix)));
      if (!key) return undefined;
      for (const [i, path] of paths.entries())
        await cp(join(root, encodeURIComponent(key), String(i)), path, { recursive: true });
      return key;
    },
  };
}

describe('createActionsCacheStore', () => {
  it('a video saved by one run is restored by the next, by content hash', async () => {
    const api = await fakeCache();
    const work = await mkdtemp(join(tmpdir(), 'cw-cache-'));
    const video = join(work, 'promo.mp4');
    await writeFile(video, 'video bytes');
    const first = createActionsCacheStore({ dir: join(work, 'run1'), api });
    expect(await first.get('abc')).toBeUndefined();
    await first.put('abc', video);
    await first.put('abc', video); // an immutable key saved twice is not an error
    const second = createActionsCacheStore({ dir: join(work, 'run2'), api });
    const path = await second.get('abc');
    expect(path).toBeDefined();
    expect(await readFile(path ?? '', 'utf8')).toBe('video bytes');
    expect(api.keys).toEqual(['clipwright-v1-video-abc']);
  });

  it('restores the newest journal of the scope', async () => {
    const api = await fakeCache();
    const work = await mkdtemp(join(tmpdir(), 'cw-cache-'));
    const journal = join(work, 'journal');
    await mkdir(journal);
    const store = createActionsCacheStore({ dir: join(work, 'c'), api });
    await writeFile(join(journal, 'tasks.jsonl'), 'attempt 1');
    await store.saveJournal(journal, 'shard-1-of-1', '100-1');
    await writeFile(join(journal, 'tasks.jsonl'), 'attempt 2');
    await store.saveJournal(journal, 'shard-1-of-1', '100-2');
    await rm(journal, { recursive: true });
    expect(await store.restoreJournal(journal, 'shard-1-of-1')).toBe(true);
    expect(await readFile(join(journal, 'tasks.jsonl'), 'utf8')).toBe('attempt 2');
    expect(await store.restoreJournal(journal, 'other')).toBe(false);
  });

  it('without the cache service it warns once and acts as an empty cache', async () => {
    const warnings: string[] = [];
    const api: CacheApi = {
      isFeatureAvailable: () => false,
      restoreCache: async () => {
        throw new Error('must not be called');
      },
      saveCache: async () => {
        throw new Error('must not be called');
      },
    };
    const store = createActionsCacheStore({ dir: tmpdir(), api, warn: (m) => warnings.push(m) });
    expect(await store.get('x')).toBeUndefined();
    await store.put('x', '/nonexistent');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/not available.*continuing without/);
  });

  it('a failing cache service degrades to a warning', async () => {
    const warnings: string[] = [];
    const api: CacheApi = {
      isFeatureAvailable: () => true,
      restoreCache: async () => {
        throw new Error('Cache service responded with 503');
      },
      saveCache: async () => 0,
    };
    const store = createActionsCacheStore({ dir: tmpdir(), api, warn: (m) => warnings.push(m) });
    expect(await store.get('x')).toBeUndefined();
    expect(warnings[0]).toMatch(/503/);
  });
});
