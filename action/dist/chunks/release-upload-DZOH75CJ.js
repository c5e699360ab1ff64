import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  assetKey
} from "./chunk-75EM3K2S.js";
import "./chunk-FMRLRFVJ.js";

// src/upload/release-upload.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat as fsStat } from "node:fs/promises";
import { setTimeout as delay } from "node:timers/promises";

// src/upload/release-errors.ts
function explainReleaseError(error, what) {
  const e = error;
  const detail = [
    e.response?.data?.message,
    ...(e.response?.data?.errors ?? []).map((x) => x.message ?? x.code)
  ].filter(Boolean).join("; ");
  if (e.status === 403) {
    return new Error(
      `${what}: GitHub answered 403 (${detail || e.message}). The workflow token needs 'permissions: contents: write' on this job (or pass a github-token that can write releases).`,
      { cause: error }
    );
  }
  if (e.status === 422 && /immutable/i.test(detail || e.message || "")) {
    return new Error(
      `${what}: the release is immutable, so assets cannot be added after publishing. Create the release as a draft, run this step, then publish it.`,
      { cause: error }
    );
  }
  return new Error(
    `${what}: ${e.status ? `GitHub answered ${e.status} ` : ""}${detail || e.message || String(error)}`,
    {
      cause: error
    }
  );
}

// src/upload/release-upload.ts
var MAX_ASSET_BYTES = 2 * 1024 ** 3;
var MAX_ASSETS_PER_RELEASE = 1e3;
async function uploadReleaseAssets(options) {
  const { octokit, tag } = options;
  const [owner = "", repo = ""] = options.repository.split("/");
  const log = options.log ?? (() => {
  });
  const stat = options.stat ?? fsStat;
  const release = await findRelease(octokit, owner, repo, tag);
  if (release.immutable && !release.draft) {
    throw new Error(
      `Release ${tag} is immutable, so assets cannot be added after publishing. Create it as a draft, run this step, then publish it.`
    );
  }
  const existing = await listAssets(octokit, owner, repo, release.id);
  const sizes = await Promise.all(options.files.map((file) => stat(file.path).then((s) => s.size)));
  options.files.forEach((file, i) => {
    if ((sizes[i] ?? 0) > MAX_ASSET_BYTES) {
      throw new Error(
        `${file.name} is ${sizes[i]} bytes; GitHub release assets are limited to 2 GiB each.`
      );
    }
  });
  const onRelease = new Map(existing.map((a) => [assetKey(a.name), a]));
  const open = options.openStream ?? ((path) => createReadStream(path));
  const plans = await Promise.all(
    options.files.map(async (file) => {
      const found = onRelease.get(assetKey(file.name));
      const same = found?.digest && found.digest === `sha256:${await sha256Of(open(file.path))}`;
      return { file, found, same: same ? found : void 0 };
    })
  );
  const clashes = plans.filter((p) => p.found && !p.same).map((p) => p.found);
  if (clashes.length > 0 && !options.overwrite) {
    throw new Error(
      `Release ${tag} already has ${clashes.map((a) => a.name).join(", ")} with other bytes: set 'overwrite: true' to replace them.`
    );
  }
  const total = existing.length - clashes.length + plans.filter((p) => !p.found).length;
  if (total > MAX_ASSETS_PER_RELEASE) {
    throw new Error(
      `Release ${tag} would have ${total} assets; GitHub allows at most ${MAX_ASSETS_PER_RELEASE}.`
    );
  }
  const results = [];
  for (const [i, { file, found, same }] of plans.entries()) {
    if (same) {
      log(`${same.name} on ${tag} already has these bytes (${same.digest}): kept`);
      results.push({ ...resultOf(same, file.name), kept: true });
      continue;
    }
    if (found) {
      log(`Replacing the existing asset ${found.name} on ${tag}`);
      await deleteAsset(octokit, owner, repo, found.id);
    }
    const asset = await uploadOne(options, release, owner, repo, file, sizes[i] ?? 0);
    log(`Attached ${asset.name} to release ${tag}`);
    results.push(resultOf(asset, file.name));
  }
  return results;
}
var resultOf = (asset, requested) => ({
  name: asset.name,
  requested,
  id: asset.id,
  url: asset.browser_download_url
});
async function sha256Of(stream) {
  const hash = createHash("sha256");
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest("hex");
}
async function findRelease(octokit, owner, repo, tag) {
  try {
    for await (const page of octokit.paginate.iterator("GET /repos/{owner}/{repo}/releases", {
      owner,
      repo,
      per_page: 100
    })) {
      const match = page.data.find((release) => release.tag_name === tag);
      if (match) return match;
    }
  } catch (error) {
    throw explainReleaseError(error, `Listing the releases of ${owner}/${repo}`);
  }
  throw new Error(
    `No release with tag ${tag} in ${owner}/${repo} (drafts included): create it first (e.g. 'gh release create ${tag} --draft') or set release-tag.`
  );
}
async function listAssets(octokit, owner, repo, releaseId) {
  try {
    return await octokit.paginate("GET /repos/{owner}/{repo}/releases/{release_id}/assets", {
      owner,
      repo,
      release_id: releaseId,
      per_page: 100
    });
  } catch (error) {
    throw explainReleaseError(error, "Listing the release assets");
  }
}
async function deleteAsset(octokit, owner, repo, assetId) {
  try {
    await octokit.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", {
      owner,
      repo,
      asset_id: assetId
    });
  } catch (error) {
    throw explainReleaseError(error, `Deleting release asset ${assetId}`);
  }
}
async function uploadOne(options, release, owner, repo, file, size) {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? ((ms) => delay(ms).then(() => {
  }));
  const open = options.openStream ?? ((path) => createReadStream(path));
  const url = `${release.upload_url.replace(/\{[^}]*\}$/, "")}?name=${encodeURIComponent(file.name)}`;
  for (let attempt = 1; ; attempt++) {
    const body = open(file.path);
    try {
      const response = await options.octokit.request({
        method: "POST",
        url,
        headers: {
          "content-type": options.contentType ?? (/\.jpe?g$/i.test(file.name) ? "image/jpeg" : "video/mp4"),
          "content-length": size
        },
        data: body,
        request: { retries: 0 }
      });
      return response.data;
    } catch (error) {
      body.destroy();
      const status = error.status;
      const transient = status === void 0 || status >= 500;
      if (!transient || attempt >= attempts)
        throw explainReleaseError(error, `Uploading ${file.name} to release ${release.tag_name}`);
      options.log?.(
        `Upload of ${file.name} failed (${status ?? error.message}); attempt ${attempt + 1} of ${attempts}`
      );
      const retryAfter = Number(
        error.response?.headers?.["retry-after"]
      );
      await sleep(Number.isFinite(retryAfter) ? retryAfter * 1e3 : 1e3 * 2 ** (attempt - 1));
      const leftover = (await listAssets(options.octokit, owner, repo, release.id)).find(
        (a) => assetKey(a.name) === assetKey(file.name)
      );
      if (leftover) await deleteAsset(options.octokit, owner, repo, leftover.id);
    }
  }
}
async function checkReleaseBeforePaying(o) {
  const [owner = "", repo = ""] = o.repository.split("/");
  const release = await findRelease(o.octokit, owner, repo, o.tag);
  if (release.immutable && !release.draft)
    throw new Error(
      `Release ${o.tag} is published and immutable: GitHub refuses new assets on it. Upload to a draft release and publish it after (docs/workflows/release-promo.yml).`
    );
  await probeWrite(o.octokit, owner, repo, release);
}
async function probeWrite(octokit, owner, repo, release) {
  try {
    await octokit.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
      owner,
      repo,
      release_id: release.id,
      tag_name: release.tag_name
    });
  } catch (error) {
    throw explainReleaseError(
      error,
      `Checking that the token can write release ${release.tag_name}`
    );
  }
}
export {
  checkReleaseBeforePaying,
  uploadReleaseAssets
};
