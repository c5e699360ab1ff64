import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CatalogEndpoint } from './catalog-schemas.ts';

/** A copy younger than this is used without asking the server (the vendor client's figure). */
export const CATALOG_FRESH_MS = 5 * 60_000;
/** A copy up to this old stands in when the server cannot be read (the vendor client's figure). */
export const CATALOG_STALE_MS = 24 * 60 * 60_000;

/** The file operations the cache needs. @default node:fs/promises */
export type CatalogFs = Pick<typeof nodeFs, 'readFile' | 'writeFile' | 'mkdir' | 'rename'>;

const entrySchema = z.object({
  url: z.string(),
  etag: z.string().max(1000).optional(),
  fetchedAt: z.number().finite(),
  body: z.unknown(),
});

/** One cached answer: where it came from, its ETag and when it was fetched (ms). */
export type CacheEntry = z.infer<typeof entrySchema>;

/**
 * The copies of the catalog endpoints' answers kept in the state folder
 * (`<stateDir>/catalog/<endpoint>.json`). A file that cannot be read or parsed counts as no
 * copy: the cache only ever saves a request, it never decides anything.
 */
export class CatalogCache {
  readonly #dir: string;
  readonly #fs: CatalogFs;

  constructor(stateDir: string, fs: CatalogFs = nodeFs) {
    this.#dir = path.join(stateDir, 'catalog');
    this.#fs = fs;
  }

  /** The copy of `endpoint`, or `undefined`. */
  async read(endpoint: CatalogEndpoint): Promise<CacheEntry | undefined> {
    try {
      const text = await this.#fs.readFile(this.#file(endpoint), 'utf8');
      const parsed = entrySchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Saves `entry` (written beside, then renamed: a reader never sees half a file). */
  async write(endpoint: CatalogEndpoint, entry: CacheEntry): Promise<void> {
    const file = this.#file(endpoint);
    const temp = `${file}.${process.pid}.tmp`;
    await this.#fs.mkdir(this.#dir, { recursive: true });
    await this.#fs.writeFile(temp, `${JSON.stringify(entry)}\n`);
    await this.#fs.rename(temp, file);
  }

  #file(endpoint: CatalogEndpoint): string {
    return path.join(this.#dir, `${endpoint}.json`);
  }
}
