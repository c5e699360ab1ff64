import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  folderCache
} from "./chunk-7E232E7N.js";
import "./chunk-6W6PGNU5.js";
import "./chunk-FMRLRFVJ.js";

// src/cache/actions-cache-store.ts
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";

// src/cache/actions-cache-service.ts
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
          loaded ??= options.api ? Promise.resolve(options.api) : import("./cache-TF76JH3M.js");
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

// src/cache/actions-cache-store.ts
function createActionsCacheStore(options) {
  const service = actionsCacheService(options);
  const root = resolve(options.root ?? process.cwd());
  const where = {
    dir: options.dir,
    prefix: options.prefix ?? "clipwright-v1",
    // Inside the workspace: relative (the cache refuses `..` in a path); outside it (the
    // runner's temporary folder, where the action keeps its state): absolute, the same path
    // on every run of a runner image.
    rel: (path) => {
      const rel = relative(root, resolve(path));
      return rel.startsWith("..") || isAbsolute(rel) ? resolve(path) : rel;
    }
  };
  const ledger = options.ledger ? videoLedger(options.ledger) : void 0;
  const videos = videoEntries(service, where, options.warn ?? (() => {
  }), ledger);
  return {
    ...videos,
    ...journalEntries(service, where, ledger),
    async saveKept() {
      const hashes = Object.keys(await ledger?.all() ?? {});
      const kept = hashes.filter((h) => existsSync(resolve(where.dir, `${h}.mp4`)));
      for (const hash of kept) await videos.put(hash, resolve(where.dir, `${hash}.mp4`));
      return kept.length;
    }
  };
}
function videoLedger(path) {
  const added = /* @__PURE__ */ new Map();
  const read = async () => {
    try {
      const parsed = JSON.parse(await readFile(path, "utf8"));
      return parsed && typeof parsed === "object" ? parsed : {};
    } catch {
      return {};
    }
  };
  let writing = Promise.resolve();
  const write = () => {
    const next = writing.then(async () => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify({ ...await read(), ...Object.fromEntries(added) }));
    });
    writing = next.catch(() => {
    });
    return next;
  };
  return {
    path,
    async get(hash) {
      const known = added.get(hash) ?? (await read())[hash];
      return typeof known === "string" ? known : void 0;
    },
    all: async () => ({ ...await read(), ...Object.fromEntries(added) }),
    async record(hash, sha256) {
      added.set(hash, sha256);
      await write();
    },
    write
  };
}
function videoEntries(service, w, warn, ledger) {
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
        const sha256 = typeof verified === "object" ? verified.sha256 : void 0;
        const proven = !ledger || sha256 !== void 0 && await ledger.get(hash) === sha256;
        if (verified && !proven) {
          warn(
            `The Actions cache entry ${hit} was not put by a trusted run of ours (its sha256 is not in the journal's ledger): ignored, the video is made again.`
          );
          await Promise.all(paths.map((p) => rm(p, { force: true })));
          return void 0;
        }
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
        const stored = await local.get(hash);
        if (stored && typeof stored === "object") await ledger?.record(hash, stored.sha256);
        await api.saveCache(pathsFor(hash).map(w.rel), `${w.prefix}-video-${hash}`);
      } catch (error) {
        if (/already exists|another job may be creating/i.test(error.message)) return;
        service.degrade(`Saving ${hash} to the Actions cache failed (${error.message})`);
      }
    }
  };
}
function journalEntries(service, w, ledger) {
  const files = (journalPath) => [
    w.rel(journalPath),
    ...ledger ? [w.rel(ledger.path)] : []
  ];
  return {
    async restoreJournal(journalPath, scope) {
      const api = await service.available();
      if (!api) return false;
      try {
        const hit = await api.restoreCache(
          files(journalPath),
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
        await ledger?.write();
        await api.saveCache(files(journalPath), `${w.prefix}-journal-${scope}-${runKey}`);
      } catch (error) {
        service.degrade(`Saving the journal failed (${error.message})`);
      }
    }
  };
}
export {
  createActionsCacheStore
};
