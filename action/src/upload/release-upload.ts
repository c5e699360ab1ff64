import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat as fsStat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import type { GitHubClient } from '../github/github-client.ts';
import { assetKey } from './asset-names.ts';
import { explainReleaseError } from './release-errors.ts';

/** GitHub's limits on release assets. */
const MAX_ASSET_BYTES = 2 * 1024 ** 3;
const MAX_ASSETS_PER_RELEASE = 1000;

export interface ReleaseAssetResult {
  /** The name GitHub gave the asset (it renames special characters): the one links use. */
  name: string;
  /** The name it was uploaded as. */
  requested: string;
  id: number;
  url: string;
  /** Already on the release with the same bytes (its `digest`): not uploaded again. */
  kept?: true;
}

interface Release {
  id: number;
  tag_name: string;
  draft: boolean;
  immutable?: boolean;
  upload_url: string;
}
interface Asset {
  id: number;
  name: string;
  state?: string;
  browser_download_url: string;
  /** `sha256:<hex>` of the asset's bytes (null for older assets). */
  digest?: string | null;
}

/** Options for {@link uploadReleaseAssets}. */
export interface UploadReleaseAssetsOptions {
  octokit: GitHubClient;
  /** owner/name */
  repository: string;
  tag: string;
  /** Files to attach; the asset takes `name`. */
  files: Array<{ path: string; name: string }>;
  /** Replace a same-name asset. Default false (an existing asset is an error). */
  overwrite?: boolean;
  /** Content type of the assets. Default: image/jpeg for a .jpg poster, else video/mp4. */
  contentType?: string;
  /** Attempts per upload (5xx or network errors; the file is reopened each time). Default 3. */
  attempts?: number;
  /** Default: fs.createReadStream. */
  openStream?: (path: string) => Readable;
  /** Default: fs.promises.stat. */
  stat?: (path: string) => Promise<{ size: number }>;
  /** Wait between attempts. Default: timers/promises setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Progress lines. Default: nothing. */
  log?: (message: string) => void;
}

/**
 * Attaches files to the release with the given tag, drafts included (getReleaseByTag does
 * not see drafts, so releases are listed). Uploads run one at a time (secondary rate limits).
 */
export async function uploadReleaseAssets(
  options: UploadReleaseAssetsOptions,
): Promise<ReleaseAssetResult[]> {
  const { octokit, tag } = options;
  const [owner = '', repo = ''] = options.repository.split('/');
  const log = options.log ?? (() => {});
  const stat = options.stat ?? fsStat;
  const release = await findRelease(octokit, owner, repo, tag);
  if (release.immutable && !release.draft) {
    throw new Error(
      `Release ${tag} is immutable, so assets cannot be added after publishing. Create it as a draft, run this step, then publish it.`,
    );
  }
  const existing = await listAssets(octokit, owner, repo, release.id);
  const sizes = await Promise.all(options.files.map((file) => stat(file.path).then((s) => s.size)));
  options.files.forEach((file, i) => {
    if ((sizes[i] ?? 0) > MAX_ASSET_BYTES) {
      throw new Error(
        `${file.name} is ${sizes[i]} bytes; GitHub release assets are limited to 2 GiB each.`,
      );
    }
  });
  // By the name GitHub gives: an asset it renamed still matches the file it came from.
  const onRelease = new Map(existing.map((a) => [assetKey(a.name), a]));
  const open = options.openStream ?? ((path: string) => createReadStream(path));
  const plans = await Promise.all(
    options.files.map(async (file) => {
      const found = onRelease.get(assetKey(file.name));
      const same = found?.digest && found.digest === `sha256:${await sha256Of(open(file.path))}`;
      return { file, found, same: same ? found : undefined };
    }),
  );
  const clashes = plans.filter((p) => p.found && !p.same).map((p) => p.found as Asset);
  if (clashes.length > 0 && !options.overwrite) {
    throw new Error(
      `Release ${tag} already has ${clashes.map((a) => a.name).join(', ')} with other bytes: set 'overwrite: true' to replace them.`,
    );
  }
  const total = existing.length - clashes.length + plans.filter((p) => !p.found).length;
  if (total > MAX_ASSETS_PER_RELEASE) {
    throw new Error(
      `Release ${tag} would have ${total} assets; GitHub allows at most ${MAX_ASSETS_PER_RELEASE}.`,
    );
  }
  const results: ReleaseAssetResult[] = [];
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

const resultOf = (asset: Asset, requested: string): ReleaseAssetResult => ({
  name: asset.name,
  requested,
  id: asset.id,
  url: asset.browser_download_url,
});

/** The hex sha256 of a stream's bytes. */
async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function findRelease(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  tag: string,
): Promise<Release> {
  try {
    for await (const page of octokit.paginate.iterator('GET /repos/{owner}/{repo}/releases', {
      owner,
      repo,
      per_page: 100,
    })) {
      const match = (page.data as Release[]).find((release) => release.tag_name === tag);
      if (match) return match;
    }
  } catch (error) {
    throw explainReleaseError(error, `Listing the releases of ${owner}/${repo}`);
  }
  throw new Error(
    `No release with tag ${tag} in ${owner}/${repo} (drafts included): create it first (e.g. 'gh release create ${tag} --draft') or set release-tag.`,
  );
}

async function listAssets(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  releaseId: number,
): Promise<Asset[]> {
  try {
    return (await octokit.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', {
      owner,
      repo,
      release_id: releaseId,
      per_page: 100,
    })) as Asset[];
  } catch (error) {
    throw explainReleaseError(error, 'Listing the release assets');
  }
}

async function deleteAsset(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  assetId: number,
): Promise<void> {
  try {
    await octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner,
      repo,
      asset_id: assetId,
    });
  } catch (error) {
    throw explainReleaseError(error, `Deleting release asset ${assetId}`);
  }
}

async function uploadOne(
  options: UploadReleaseAssetsOptions,
  release: Release,
  owner: string,
  repo: string,
  file: { path: string; name: string },
  size: number,
): Promise<Asset> {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? ((ms: number) => delay(ms).then(() => {}));
  const open = options.openStream ?? ((path: string) => createReadStream(path));
  const url = `${release.upload_url.replace(/\{[^}]*\}$/, '')}?name=${encodeURIComponent(file.name)}`;
  for (let attempt = 1; ; attempt++) {
    // A fresh stream per attempt: a body stream cannot be replayed, so the retry plugin is
    // off for this request (retries: 0) and the loop here retries instead.
    const body = open(file.path);
    try {
      const response = await options.octokit.request({
        method: 'POST',
        url,
        headers: {
          'content-type':
            options.contentType ?? (/\.jpe?g$/i.test(file.name) ? 'image/jpeg' : 'video/mp4'),
          'content-length': size,
        },
        data: body,
        request: { retries: 0 },
      });
      return response.data as Asset;
    } catch (error) {
      body.destroy();
      const status = (error as { status?: number }).status;
      const transient = status === undefined || status >= 500;
      if (!transient || attempt >= attempts)
        throw explainReleaseError(error, `Uploading ${file.name} to release ${release.tag_name}`);
      options.log?.(
        `Upload of ${file.name} failed (${status ?? (error as Error).message}); attempt ${attempt + 1} of ${attempts}`,
      );
      // The server's Retry-After when it gives one, else exponential back-off.
      const retryAfter = Number(
        (error as { response?: { headers?: Record<string, string> } }).response?.headers?.[
          'retry-after'
        ],
      );
      await sleep(Number.isFinite(retryAfter) ? retryAfter * 1000 : 1000 * 2 ** (attempt - 1));
      // A failed upload can leave an empty "starter" asset that blocks the name.
      const leftover = (await listAssets(options.octokit, owner, repo, release.id)).find(
        (a) => assetKey(a.name) === assetKey(file.name),
      );
      if (leftover) await deleteAsset(options.octokit, owner, repo, leftover.id);
    }
  }
}

/**
 * Checked before the first video is paid for: the release of `tag` exists (drafts included)
 * and takes new assets (a published immutable release refuses them). Throws with the fix.
 */
export async function checkReleaseBeforePaying(o: {
  octokit: GitHubClient;
  repository: string;
  tag: string;
}): Promise<void> {
  const [owner = '', repo = ''] = o.repository.split('/');
  const release = await findRelease(o.octokit, owner, repo, o.tag);
  if (release.immutable && !release.draft)
    throw new Error(
      `Release ${o.tag} is published and immutable: GitHub refuses new assets on it. Upload to a draft release and publish it after (docs/workflows/release-promo.yml).`,
    );
  await probeWrite(o.octokit, owner, repo, release);
}

/**
 * Whether the token can write the release, asked before paying: an update that changes
 * nothing (the release's own tag name) needs the same `contents: write` as an upload, so a
 * read-only token gets its 403 here instead of after the videos are made. GitHub has no
 * dry-run for writes and the token's permissions are not readable for a GITHUB_TOKEN.
 */
async function probeWrite(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  release: Release,
): Promise<void> {
  try {
    await octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
      owner,
      repo,
      release_id: release.id,
      tag_name: release.tag_name,
    });
  } catch (error) {
    throw explainReleaseError(
      error,
      `Checking that the token can write release ${release.tag_name}`,
    );
  }
}
