import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  folderCache
} from "./chunk-VFSXLOSN.js";
import "./chunk-FMRLRFVJ.js";

// src/actions-cache-store.ts
import { mkdir, rm } from "node:fs/promises";
import { relative, resolve } from "node:path";

// src/actions-cache-service.ts
function actionsCacheService(options) {
  const env = options.env ?? process.env;
  const warn = options.warn ?? (() => {
  });
  let loaded;
  let warned = false;
  const degrade = (message) => {
    if (!warned)
      warn(`${message}; continuing without the Actions cache (videos may be generated again).`);
    warned = true;
  };
  return {
    degrade,
    async available() {
      try {
        if (options.api || env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL) {
          loaded ??= options.api ? Promise.resolve(options.api) : import("./cache-GKPRSPU4.js");
          const api = await loaded;
          if (api.isFeatureAvailable()) return api;
        }
        degrade("The Actions cache service is not available here");
      } catch (error) {
        degrade(`The Actions cache is unusable (${error.message})`);
      }
      return void 0;
    }
  };
}

// src/actions-cache-store.ts
function createActionsCacheStore(options) {
  const service = actionsCacheService(options);
  const root = resolve(options.root ?? process.cwd());
  const where = {
    dir: options.dir,
    prefix: options.prefix ?? "clipwright-v1",
    rel: (path) => relative(root, resolve(path))
  };
  return {
    ...videoEntries(service, where, options.warn ?? (() => {
    })),
    ...journalEntries(service, where)
  };
}
function videoEntries(service, w, warn) {
  const local = folderCache(w.dir);
  const pathsFor = (hash) => ["mp4", "json"].map((ext) => resolve(w.dir, `${hash}.${ext}`));
  return {
    async get(hash) {
      const api = await service.available();
      if (!api) return void 0;
      const paths = pathsFor(hash);
      try {
        await mkdir(w.dir, { recursive: true });
        const hit = await api.restoreCache(paths.map(w.rel), `${w.prefix}-video-${hash}`);
        if (!hit) return void 0;
        const verified = await local.get(hash);
        if (verified) return verified;
        warn(
          `The Actions cache entry ${hit} does not match its recorded size and sha256 (or is not a regular file): ignored, the video is made again.`
        );
        await Promise.all(paths.map((p) => rm(p, { force: true })));
        return void 0;
      } catch (error) {
        service.degrade(
          `Restoring ${hash} from the Actions cache failed (${error.message})`
        );
        return void 0;
      }
    },
    async put(hash, file) {
      const api = await service.available();
      if (!api) return;
      try {
        if (resolve(file) !== pathsFor(hash)[0]) await local.put(hash, file);
        await api.saveCache(pathsFor(hash).map(w.rel), `${w.prefix}-video-${hash}`);
      } catch (error) {
        if (/already exists|another job may be creating/i.test(error.message)) return;
        service.degrade(`Saving ${hash} to the Actions cache failed (${error.message})`);
      }
    }
  };
}
function journalEntries(service, w) {
  return {
    async restoreJournal(journalPath, scope) {
      const api = await service.available();
      if (!api) return false;
      try {
        const hit = await api.restoreCache(
          [w.rel(journalPath)],
          `${w.prefix}-journal-${scope}-restore`,
          [`${w.prefix}-journal-${scope}-`]
        );
        return hit !== void 0;
      } catch (error) {
        service.degrade(`Restoring the journal failed (${error.message})`);
        return false;
      }
    },
    async saveJournal(journalPath, scope, runKey) {
      const api = await service.available();
      if (!api) return;
      try {
        await api.saveCache([w.rel(journalPath)], `${w.prefix}-journal-${scope}-${runKey}`);
      } catch (error) {
        service.degrade(`Saving the journal failed (${error.message})`);
      }
    }
  };
}
export {
  createActionsCacheStore
};
