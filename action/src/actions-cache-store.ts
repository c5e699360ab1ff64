import { copyFile, mkdir } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import * as actionsCache from '@actions/cache';
import type { CacheStore } from '@clipwright/pipeline';

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
  const pathFor = (hash: string) => resolve(options.dir, `${hash}.mp4`);
  const rel = (path: string) => relative(root, resolve(path));
  const store: CacheStore & {
    saveJournal: typeof saveJournal;
    restoreJournal: typeof restoreJournal;
  } = {
    async get(hash) {
      if (!available()) return undefined;
      const path = pathFor(hash);
      try {
        await mkdir(options.dir, { recursive: true });
        const hit = await api.restoreCache([rel(path)], `${prefix}-video-${hash}`);
        return hit ? path : undefined;
      } catch (error) {
        degrade(`Restoring ${hash} from the Actions cache failed (${(error as Error).message})`);
        return undefined;
      }
    },
    async put(hash, file) {
      if (!available()) return;
      const path = pathFor(hash);
      try {
        await mkdir(options.dir, { recursive: true });
        if (path !== file) await copyFile(file, path);
        await api.saveCache([rel(path)], `${prefix}-video-${hash}`);
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
