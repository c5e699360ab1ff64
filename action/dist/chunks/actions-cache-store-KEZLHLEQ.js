import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  folderCache
} from "./chunk-NPJLP5RV.js";
import "./chunk-FMRLRFVJ.js";

// src/actions-cache-store.ts
import { mkdir, rm } from "node:fs/promises";
import { relative, resolve } from "node:path";
function createActionsCacheStore(options) {
  const env = options.env ?? process.env;
  let loaded;
  const prefix = options.prefix ?? "clipwright-v1";
  const warn = options.warn ?? (() => {
  });
  let warned = false;
  const degrade = (message) => {
    if (!warned)
      warn(`${message}; continuing without the Actions cache (videos may be generated again).`);
    warned = true;
  };
  const available = async () => {
    try {
      if (options.api || env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL) {
        loaded ??= options.api ? Promise.resolve(options.api) : import("./cache-A7HZ4KYO.js");
        const api = await loaded;
        if (api.isFeatureAvailable()) return api;
      }
      degrade("The Actions cache service is not available here");
    } catch (error) {
      degrade(`The Actions cache is unusable (${error.message})`);
    }
    return void 0;
  };
  const root = resolve(options.root ?? process.cwd());
  const local = folderCache(options.dir);
  const pathsFor = (hash) => ["mp4", "json"].map((ext) => resolve(options.dir, `${hash}.${ext}`));
  const rel = (path) => relative(root, resolve(path));
  const store = {
    async get(hash) {
      const api = await available();
      if (!api) return void 0;
      const paths = pathsFor(hash);
      try {
        await mkdir(options.dir, { recursive: true });
        const hit = await api.restoreCache(paths.map(rel), `${prefix}-video-${hash}`);
        if (!hit) return void 0;
        const verified = await local.get(hash);
        if (verified) return verified;
        warn(
          `The Actions cache entry ${hit} does not match its recorded size and sha256 (or is not a regular file): ignored, the video is made again.`
        );
        await Promise.all(paths.map((p) => rm(p, { force: true })));
        return void 0;
      } catch (error) {
        degrade(`Restoring ${hash} from the Actions cache failed (${error.message})`);
        return void 0;
      }
    },
    async put(hash, file) {
      const api = await available();
      if (!api) return;
      try {
        if (resolve(file) !== pathsFor(hash)[0]) await local.put(hash, file);
        await api.saveCache(pathsFor(hash).map(rel), `${prefix}-video-${hash}`);
      } catch (error) {
        if (/already exists|another job may be creating/i.test(error.message)) return;
        degrade(`Saving ${hash} to the Actions cache failed (${error.message})`);
      }
    },
    saveJournal,
    restoreJournal
  };
  async function restoreJournal(journalPath, scope) {
    const api = await available();
    if (!api) return false;
    try {
      const hit = await api.restoreCache([rel(journalPath)], `${prefix}-journal-${scope}-restore`, [
        `${prefix}-journal-${scope}-`
      ]);
      return hit !== void 0;
    } catch (error) {
      degrade(`Restoring the journal failed (${error.message})`);
      return false;
    }
  }
  async function saveJournal(journalPath, scope, runKey) {
    const api = await available();
    if (!api) return;
    try {
      await api.saveCache([rel(journalPath)], `${prefix}-journal-${scope}-${runKey}`);
    } catch (error) {
      degrade(`Saving the journal failed (${error.message})`);
    }
  }
  return store;
}
export {
  createActionsCacheStore
};
