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

/** The Actions cache as the store uses it: the API when usable, and one warning when not. */
export interface CacheService {
  /** The API, or `undefined` (after one warning) when there is no usable cache service. */
  available(): Promise<CacheApi | undefined>;
  /** Reports cache trouble once; the store then behaves as an empty cache. */
  degrade(message: string): void;
}

/**
 * @actions/cache (and the storage SDK behind it) is a large import: without a service URL in
 * the environment the cache cannot be available, so it is not loaded before the first request;
 * with one, @actions/cache decides. Trouble is warned about once and never fails the step.
 */
export function actionsCacheService(options: {
  api?: CacheApi;
  env?: Record<string, string | undefined>;
  warn?: (message: string) => void;
}): CacheService {
  const env = options.env ?? process.env;
  const warn = options.warn ?? (() => {});
  let loaded: Promise<CacheApi> | undefined;
  let warned = false;
  const degrade = (message: string) => {
    if (!warned)
      warn(`${message}; continuing without the Actions cache (videos may be generated again).`);
    warned = true;
  };
  return {
    degrade,
    async available() {
      try {
        if (options.api || env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL) {
          loaded ??= options.api ? Promise.resolve(options.api) : import('@actions/cache');
          const api = await loaded;
          if (api.isFeatureAvailable()) return api;
        }
        degrade('The Actions cache service is not available here');
      } catch (error) {
        degrade(`The Actions cache is unusable (${(error as Error).message})`);
      }
      return undefined;
    },
  };
}
