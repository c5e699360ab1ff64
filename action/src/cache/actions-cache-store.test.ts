import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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

const HASH = 'ab'.repeat(32);

describe('createActionsCacheStore', () => {
  it('a video saved by one run is restored by the next, by content hash', async () => {
    const api = await fakeCache();
    const work = await mkdtemp(join(tmpdir(), 'cw-cache-'));
    const video = join(work, 'promo.mp4');
    await writeFile(video, 'video bytes');
    const first = createActionsCacheStore({ dir: join(work, 'run1'), api });
    expect(await first.get(HASH)).toBeUndefined();
    await first.put(HASH, video);
    await first.put(HASH, video); // an immutable key saved twice is not an error
    const second = createActionsCacheStore({ dir: join(work, 'run2'), api });
    const hit = await second.get(HASH);
    expect(hit).toMatchObject({ bytes: 11 });
    expect(await readFile(typeof hit === 'object' ? hit.path : '', 'utf8')).toBe('video bytes');
    expect(api.keys).toEqual([`clipwright-v1-video-${HASH}`]);
  });

  it('with a ledger: serves only videos whose sha256 a run of ours recorded; a planted entry with its own record is not', async () => {
    const api = await fakeCache();
    const work = await mkdtemp(join(tmpdir(), 'cw-cache-'));
    // Planted: a valid entry (video and matching record) that no run of ours put.
    const planter = createActionsCacheStore({ dir: join(work, 'planter'), api });
    const fake = join(work, 'fake.mp4');
    await writeFile(fake, 'not our video');
    await planter.put(HASH, fake);
    const warnings: string[] = [];
    const ledger = join(work, 'state', 'ledger.json');
    const trusted = createActionsCacheStore({
      dir: join(work, 'run1'),
      api,
      ledger,
      warn: (m) => warnings.push(m),
    });
    expect(await trusted.get(HASH)).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/not put by a trusted run of ours/);
    // Ours: put, recorded in the ledger, saved with the journal, then served to the next run.
    const other = 'cd'.repeat(32);
    const video = join(work, 'ours.mp4');
    await writeFile(video, 'our video');
    await trusted.put(other, video);
    const journal = join(work, 'state', 'journal.json');
    await mkdir(join(work, 'state'), { recursive: true });
    await writeFile(journal, '{}');
    await trusted.saveJournal(journal, 'all', '1-1');
    await rm(join(work, 'state'), { recursive: true });
    const next = createActionsCacheStore({ dir: join(work, 'run2'), api, ledger });
    expect(await next.get(other)).toBeUndefined(); // the journal (and ledger) not restored yet
    expect(await next.restoreJournal(journal, 'all')).toBe(true);
    expect(await next.get(other)).toMatchObject({ bytes: 9 });
    expect(await next.get(HASH)).toBeUndefined();
  });

  it.each([
    ['truncated', (file: string) => writeFile(file, 'video')],
    ['tampered (same size)', (file: string) => writeFile(file, 'VIDEO bytes')],
    [
      'a symlink',
      async (file: string) => {
        await writeFile(`${file}.real`, 'video bytes');
        await rm(file);
        await symlink(`${file}.real`, file);
      },
    ],
  ])(
    'a restored entry that is %s is not served: warned, removed, treated as a miss',
    async (_what, spoil) => {
      const api = await fakeCache();
      const work = await mkdtemp(join(tmpdir(), 'cw-cache-'));
      const video = join(work, 'promo.mp4');
      await writeFile(video, 'video bytes');
      await createActionsCacheStore({ dir: join(work, 'run1'), api }).put(HASH, video);
      // Spoil what the cache holds: restore it once, spoil it, save it under the key again.
      const spoiled = join(work, 'spoiled');
      const restored = createActionsCacheStore({ dir: spoiled, api });
      expect(await restored.get(HASH)).toMatchObject({ path: join(spoiled, `${HASH}.mp4`) });
      await spoil(join(spoiled, `${HASH}.mp4`));
      const spoiledApi = await fakeCache();
      await spoiledApi.saveCache(
        [`${HASH}.mp4`, `${HASH}.json`].map((f) => join(spoiled, f)),
        `clipwright-v1-video-${HASH}`,
      );
      const warnings: string[] = [];
      const dir = join(work, 'run2');
      const next = createActionsCacheStore({
        dir,
        api: spoiledApi,
        warn: (m) => warnings.push(m),
      });
      expect(await next.get(HASH)).toBeUndefined();
      expect(warnings).toEqual([
        expect.stringMatching(/does not match its recorded size and sha256/),
      ]);
      expect((await readdir(dir)).filter((f) => f.startsWith(HASH))).toEqual([]);
    },
  );

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

  it('without a service URL in the environment it is unavailable, @actions/cache left unloaded', async () => {
    const warnings: string[] = [];
    const store = createActionsCacheStore({
      dir: tmpdir(),
      env: { GITHUB_ACTIONS: 'true' },
      warn: (m) => warnings.push(m),
    });
    expect(await store.get('x')).toBeUndefined();
    expect(await store.restoreJournal('/nonexistent', 'all')).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/not available.*continuing without/)]);
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
