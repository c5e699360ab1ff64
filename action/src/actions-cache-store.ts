import { mkdir, rm } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import * as actionsCache from '@actions/cache';
import { type CacheStore, folderCache } from '@clipwright/pipeline';

/** The slice of @actions/cache used here; tests pass a fake. */
export interface CacheApi {
  isFeatureAvailable(): boolean;
  restoreCache(
    paths: string[],
    primaryKey: string,
    restoreKeys?: string[],
  ): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

/** Options for {@link createActionsCacheStore}. */
export interface ActionsCacheStoreOptions {
  /** Local directory the cached files live in. */
  dir: string;
  /**
   * The workspace the cache resolves paths against (GITHUB_WORKSPACE on a runner). Paths go
   * to the cache relative to it because the cache version hashes the path strings.
   * Default: process.cwd().
   */
  root?: string;
  /** Key prefix (bump it to drop every entry). Default 'clipwright-v1'. */
  prefix?: string;
  /** Default: @actions/cache. */
  api?: CacheApi;
  /** Cache trouble is reported here and never fails the step. Default: nothing. */
  warn?: (message: string) => void;
}

/**
 * A CacheStore on the Actions cache, keyed by the job's content hash.
 *
 * Why the Actions cache: it outlives the job, is shared by every run and re-run attempt on
 * the branch (and read from the default branch), needs no extra secret, and its entries
 * are immutable, which suits content-addressed videos: the same hash is the same video, so
 * a later run restores it instead of paying again. When the service is missing (local
 * runs, GHES without cache) or failing, it warns once and behaves as an empty cache.
 * Each entry holds the video and the record of its size and sha256 (a `folderCache` in
 * `dir`); a restored entry is served only when it is a regular file matching its record, so
 * a truncated, tampered or symlinked entry is never served as a video.
 */
export function createActionsCacheStore(options: ActionsCacheStoreOptions) {
  const api = options.api ?? actionsCache;
  const prefix = options.prefix ?? 'clipwright-v1';
  const warn = options.warn ?? (() => {});
  let warned = false;
  const degrade = (message: string) => {
    if (!warned)
      warn(`${message}; continuing without the Actions cache (videos may be generated again).`);
    warned = true;
  };
  const available = (): boolean => {
    try {
      if (api.isFeatureAvailable()) return true;
      degrade('The Actions cache service is not available here');
    } catch (error) {
      degrade(`The Actions cache is unusable (${(error as Error).message})`);
    }
    return false;
  };
  const root = resolve(options.root ?? process.cwd());
  const local = folderCache(options.dir);
  const pathsFor = (hash: string) =>
    (['mp4', 'json'] as const).map((ext) => resolve(options.dir, `${hash}.${ext}`));
  const rel = (path: string) => relative(root, resolve(path));
  const store: CacheStore & {
    saveJournal: typeof saveJournal;
    restoreJournal: typeof restoreJournal;
  } = {
    async get(hash) {
      if (!available()) return undefined;
      const paths = pathsFor(hash);
      try {
        await mkdir(options.dir, { recursive: true });
        const hit = await api.restoreCache(paths.map(rel), `${prefix}-video-${hash}`);
        if (!hit) return undefined;
        const verified = await local.get(hash);
        if (verified) return verified;
        warn(
          `The Actions cache entry ${hit} does not match its recorded size and sha256 (or is not a regular file): ignored, the video is made again.`,
        );
        await Promise.all(paths.map((p) => rm(p, { force: true })));
        return undefined;
      } catch (error) {
        degrade(`Restoring ${hash} from the Actions cache failed (${(error as Error).message})`);
        return undefined;
      }
    },
    async put(hash, file) {
      if (!available()) return;
      try {
        if (resolve(file) !== pathsFor(hash)[0]) await local.put(hash, file);
        await api.saveCache(pathsFor(hash).map(rel), `${prefix}-video-${hash}`);
      } catch (error) {
        // Another job saved the same content first: entries are immutable, nothing lost.
        if (/already exists|another job may be creating/i.test((error as Error).message)) return;
        degrade(`Saving ${hash} to the Actions cache failed (${(error as Error).message})`);
      }
    },
    saveJournal,
    restoreJournal,
  };
  /**
   * The journal (task ids already paid for) is saved under a key unique to the run attempt
   * and restored by prefix, newest first, so a re-run or the next run picks up tasks that
   * are still running instead of creating them again.
   */
  async function restoreJournal(journalPath: string, scope: string): Promise<boolean> {
    if (!available()) return false;
    try {
      const hit = await api.restoreCache([rel(journalPath)], `${prefix}-journal-${scope}-restore`, [
        `${prefix}-journal-${scope}-`,
      ]);
      return hit !== undefined;
    } catch (error) {
      degrade(`Restoring the journal failed (${(error as Error).message})`);
      return false;
    }
  }
  async function saveJournal(journalPath: string, scope: string, runKey: string): Promise<void> {
    if (!available()) return;
    try {
      await api.saveCache([rel(journalPath)], `${prefix}-journal-${scope}-${runKey}`);
    } catch (error) {
      degrade(`Saving the journal failed (${(error as Error).message})`);
    }
  }
  return store;
}
