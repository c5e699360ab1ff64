import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  DefaultArtifactClient
} from "./chunk-6LCQWWK6.js";
import "./chunk-6B6VVI2U.js";
import "./chunk-YD2WF3QP.js";
import "./chunk-QQQIHB3L.js";
import "./chunk-7GVGU76M.js";
import "./chunk-PVM5IJ4R.js";
import "./chunk-NKL2BIGE.js";
import "./chunk-FMRLRFVJ.js";

// src/upload/artifact-upload.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, link as hardLink, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, relative, resolve, sep } from "node:path";
function shardArtifactName(name, shard) {
  return shard ? `${name}-${shard.index}-of-${shard.total}` : name;
}
async function uploadArtifacts(options) {
  const client = options.client ?? new DefaultArtifactClient();
  const env = options.env ?? process.env;
  const outDir = resolve(options.outDir);
  const videos = options.videos.map((v) => resolve(outDir, v));
  const retention = options.retentionDays ? { retentionDays: options.retentionDays } : {};
  const link = (id) => env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}` : void 0;
  const uploaded = [];
  if (options.perVideo) {
    const names = perVideoArtifactNames(
      videos.map((v) => relative(outDir, v).split(sep).join("/"))
    );
    const staging = await mkdtemp(
      join(options.env?.RUNNER_TEMP ?? tmpdir(), "clipwright-artifacts-")
    );
    try {
      for (const [i, video] of videos.entries()) {
        const name2 = names[i];
        const file = join(staging, name2);
        await hardLink(video, file).catch(() => copyFile(video, file));
        const response2 = await client.uploadArtifact(name2, [file], staging, {
          ...retention,
          skipArchive: true
        });
        uploaded.push(describe(name2, response2, link));
        options.log?.(`Uploaded artifact ${name2}`);
      }
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    return uploaded;
  }
  const gallery = join(outDir, "index.html");
  const files = [
    ...videos,
    ...(options.posters ?? []).map((p) => resolve(outDir, p)),
    ...options.manifestPath && existsSync(options.manifestPath) ? [resolve(options.manifestPath)] : [],
    ...existsSync(gallery) ? [gallery] : []
  ];
  if (files.length === 0) return [];
  const name = shardArtifactName(options.name, options.shard);
  const response = await client.uploadArtifact(name, files, outDir, {
    ...retention,
    compressionLevel: 0
  });
  uploaded.push(describe(name, response, link));
  options.log?.(`Uploaded artifact ${name} (${files.length} files)`);
  return uploaded;
}
function perVideoArtifactNames(paths) {
  const flat = paths.map((p) => p.replaceAll("/", "-"));
  const count = /* @__PURE__ */ new Map();
  for (const name of flat) count.set(name, (count.get(name) ?? 0) + 1);
  return flat.map((name, i) => {
    if (count.get(name) === 1) return name;
    const ext = extname(name);
    const hash = createHash("sha256").update(paths[i]).digest("hex").slice(0, 8);
    return `${name.slice(0, name.length - ext.length)}-${hash}${ext}`;
  });
}
function describe(name, response, link) {
  const id = response.id ?? 0;
  const url = link(id);
  return {
    name,
    id,
    ...response.size !== void 0 ? { size: response.size } : {},
    ...response.digest ? { digest: response.digest } : {},
    ...url ? { url } : {}
  };
}
export {
  perVideoArtifactNames,
  shardArtifactName,
  uploadArtifacts
};
