import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { CacheStore } from '@clipwright/pipeline';
import { folderCache } from '@clipwright/pipeline/internal';
import type { CacheApi } from './actions-cache-service.ts';
import { actionsCacheService, type CacheService } from './actions-cache-service.ts';

export type { CacheApi };

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
  /** Default: @actions/cache, loaded on first use when the runner names a cache service. */
  api?: CacheApi;
  /** Where the runner names its cache service. Default: process.env. */
  env?: Record<string, string | undefined>;
  /** Cache trouble is reported here and never fails the step. Default: nothing. */
  warn?: (message: string) => void;
  /**
   * The ledger of videos our own runs put: content hash → sha256, a file saved and restored
   * with the journal (trusted state, never the repository's tree). When set, a restored video
   * is served only if its bytes match the sha256 the ledger holds for its hash: an entry
   * planted in the cache with a record of its own is never served. Default: no ledger.
   */
  ledger?: string;
}

/** A `CacheStore` on the Actions cache that also keeps the run journal there. */
export interface ActionsCacheStore extends CacheStore {
  /**
   * Restores the newest journal saved for `scope` (a shard, or `all`) to `journalPath`;
   * whether one was found.
   */
  restoreJournal(journalPath: string, scope: string): Promise<boolean>;
  /** Saves the journal under a key unique to the run attempt (`runKey`). */
  saveJournal(journalPath: string, scope: string, runKey: string): Promise<void>;
  /**
   * Saves again every video of the ledger still in `dir` (an entry already saved is left as
   * it is): the post step's pass after a main step that was killed while saving.
   * The number of videos found.
   */
  saveKept(): Promise<number>;
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
export function createActionsCacheStore(options: ActionsCacheStoreOptions): ActionsCacheStore {
  const service = actionsCacheService(options);
  const root = resolve(options.root ?? process.cwd());
  const where: Where = {
    dir: options.dir,
    prefix: options.prefix ?? 'clipwright-v1',
    // Inside the workspace: relative (the cache refuses `..` in a path); outside it (the
    // runner's temporary folder, where the action keeps its state): absolute, the same path
    // on every run of a runner image.
    rel: (path) => {
      const rel = relative(root, resolve(path));
      return rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
    },
  };
  const ledger = options.ledger ? videoLedger(options.ledger) : undefined;
  const videos = videoEntries(service, where, options.warn ?? (() => {}), ledger);
  return {
    ...videos,
    ...journalEntries(service, where, ledger),
    async saveKept() {
      const hashes = Object.keys((await ledger?.all()) ?? {});
      const kept = hashes.filter((h) => existsSync(resolve(where.dir, `${h}.mp4`)));
      for (const hash of kept) await videos.put(hash, resolve(where.dir, `${hash}.mp4`));
      return kept.length;
    },
  };
}

/**
 * content hash → sha256 of the videos our runs put; read from its file, and written through on
 * every record, so a main step killed after a delivery still leaves the proof for the post step.
 */
interface VideoLedger {
  get(hash: string): Promise<string | undefined>;
  all(): Promise<Record<string, unknown>>;
  record(hash: string, sha256: string): Promise<void>;
  path: string;
  write(): Promise<void>;
}

function videoLedger(path: string): VideoLedger {
  const added = new Map<string, string>();
  const read = async (): Promise<Record<string, unknown>> => {
    try {
      const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  // Writes one at a time: two deliveries never interleave their bytes in the file.
  let writing = Promise.resolve();
  const write = () => {
    const next = writing.then(async () => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify({ ...(await read()), ...Object.fromEntries(added) }));
    });
    writing = next.catch(() => {});
    return next;
  };
  return {
    path,
    async get(hash) {
      const known = added.get(hash) ?? (await read())[hash];
      return typeof known === 'string' ? known : undefined;
    },
    all: async () => ({ ...(await read()), ...Object.fromEntries(added) }),
    async record(hash, sha256) {
      added.set(hash, sha256);
      await write();
    },
    write,
  };
}

/** Where entries live: the local folder, the key prefix, paths relative to the workspace. */
interface Where {
  dir: string;
  prefix: string;
  rel: (path: string) => string;
}

/** Videos by content hash: each entry a `folderCache` entry of `dir` (the video and its record). */
function videoEntries(
  service: CacheService,
  w: Where,
  warn: (message: string) => void,
  ledger: VideoLedger | undefined,
): CacheStore {
  const local = folderCache(w.dir);
  const pathsFor = (hash: string) =>
    (['mp4', 'json'] as const).map((ext) => resolve(w.dir, `${hash}.${ext}`));
  return {
    async get(hash) {
      const api = await service.available();
      if (!api) return undefined;
      const paths = pathsFor(hash);
      try {
        await mkdir(w.dir, { recursive: true });
        const hit = await api.restoreCache(paths.map(w.rel), `${w.prefix}-video-${hash}`);
        if (!hit) return undefined;
        const verified = await local.get(hash);
        const sha256 = typeof verified === 'object' ? verified.sha256 : undefined;
        const proven = !ledger || (sha256 !== undefined && (await ledger.get(hash)) === sha256);
        if (verified && !proven) {
          warn(
            `The Actions cache entry ${hit} was not put by a trusted run of ours (its sha256 is not in the journal's ledger): ignored, the video is made again.`,
          );
          await Promise.all(paths.map((p) => rm(p, { force: true })));
          return undefined;
        }
        if (verified) return verified;
        warn(
          `The Actions cache entry ${hit} does not match its recorded size and sha256 (or is not a regular file): ignored, the video is made again.`,
        );
        await Promise.all(paths.map((p) => rm(p, { force: true })));
        return undefined;
      } catch (error) {
        service.degrade(
          `Restoring ${hash} from the Actions cache failed (${(error as Error).message})`,
        );
        return undefined;
      }
    },
    async put(hash, file) {
      const api = await service.available();
      if (!api) return;
      try {
        if (resolve(file) !== pathsFor(hash)[0]) await local.put(hash, file);
        const stored = await local.get(hash);
        if (stored && typeof stored === 'object') await ledger?.record(hash, stored.sha256);
        await api.saveCache(pathsFor(hash).map(w.rel), `${w.prefix}-video-${hash}`);
      } catch (error) {
        // Another job saved the same content first: entries are immutable, nothing lost.
        if (/already exists|another job may be creating/i.test((error as Error).message)) return;
        service.degrade(`Saving ${hash} to the Actions cache failed (${(error as Error).message})`);
      }
    },
  };
}

/**
 * The journal (task ids already paid for) is saved under a key unique to the run attempt
 * and restored by prefix, newest first, so a re-run or the next run picks up tasks that
 * are still running instead of creating them again.
 */
function journalEntries(
  service: CacheService,
  w: Where,
  ledger: VideoLedger | undefined,
): Pick<ActionsCacheStore, 'restoreJournal' | 'saveJournal'> {
  // The ledger travels in the journal's entry: both are trusted state of the same scope.
  const files = (journalPath: string) => [
    w.rel(journalPath),
    ...(ledger ? [w.rel(ledger.path)] : []),
  ];
  return {
    async restoreJournal(journalPath, scope) {
      const api = await service.available();
      if (!api) return false;
      try {
        const hit = await api.restoreCache(
          files(journalPath),
          `${w.prefix}-journal-${scope}-restore`,
          [`${w.prefix}-journal-${scope}-`],
        );
        return hit !== undefined;
      } catch (error) {
        service.degrade(`Restoring the journal failed (${(error as Error).message})`);
        return false;
      }
    },
    async saveJournal(journalPath, scope, runKey) {
      const api = await service.available();
      if (!api) return;
      try {
        await ledger?.write();
        await api.saveCache(files(journalPath), `${w.prefix}-journal-${scope}-${runKey}`);
      } catch (error) {
        service.degrade(`Saving the journal failed (${(error as Error).message})`);
      }
    },
  };
}
