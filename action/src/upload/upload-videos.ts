import { join } from 'node:path';
import { isDelivered, type JobResult, type SessionResult } from '@clipwright/pipeline';
import type { ActionContext } from '../action-context.ts';
import type { GitHubClient } from '../github/github-client.ts';
import type { ActionInputs } from '../inputs/inputs.ts';
import type { UploadedArtifact, uploadArtifacts } from './artifact-upload.ts';
import { assetName } from './asset-names.ts';
import type { ReleaseAssetResult, uploadReleaseAssets } from './release-upload.ts';

/** Options for {@link uploadVideos}. */
export interface UploadVideosOptions {
  inputs: Pick<
    ActionInputs,
    | 'upload'
    | 'artifactName'
    | 'shard'
    | 'artifactPerVideo'
    | 'retentionDays'
    | 'releaseTag'
    | 'overwrite'
    | 'releasePosters'
    | 'allowSuspect'
  >;
  /**
   * Finished videos (completed or cached, with a path relative to outDir) and suspect ones
   * (their delivery check failed): those go into the artifact for review, and become release
   * assets only with `allowSuspect`.
   */
  videos: JobResult[];
  outDir: string;
  manifestPath: string;
  /** The triggering event's tag and owner/name. */
  event: { tag?: string; repository?: string };
  /** Made on first use (Octokit is loaded with import() only when a release upload needs it). */
  github: () => Promise<GitHubClient>;
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
  /** Default: uploadArtifacts, loaded with import() (@actions/artifact is heavy). */
  uploadArtifacts?: typeof uploadArtifacts;
  /** Default: uploadReleaseAssets, loaded with import(). */
  uploadReleaseAssets?: typeof uploadReleaseAssets;
}

export interface UploadVideosResult {
  artifacts: UploadedArtifact[];
  assets: ReleaseAssetResult[];
  /** Download link per video name (the release asset wins over the artifact). */
  links: Map<string, string>;
  /** Upload failures, each a complete sentence; the caller fails the step. */
  errors: string[];
}

/** Nothing uploaded (a dry run, or nothing delivered). */
export const noUploads = (): UploadVideosResult => ({
  artifacts: [],
  assets: [],
  links: new Map(),
  errors: [],
});

/** The session's delivered videos, uploaded; nothing after a dry run or a run without a manifest. */
export function uploadSession(
  session: SessionResult,
  o: ActionContext,
): Promise<UploadVideosResult> {
  if (session.dryRun || !session.manifestPath) return Promise.resolve(noUploads());
  return uploadVideos({
    inputs: o.inputs,
    outDir: o.outDir,
    event: o.event,
    github: o.github,
    env: o.env,
    log: o.io.info,
    uploadArtifacts: o.deps.uploadArtifacts,
    uploadReleaseAssets: o.deps.uploadReleaseAssets,
    videos: session.results.filter((r) => isDelivered(r) || (r.status === 'suspect' && r.path)),
    manifestPath: session.manifestPath,
  });
}

/** Sends the videos where the `upload` input says: artifact, release, both or none. */
export async function uploadVideos(o: UploadVideosOptions): Promise<UploadVideosResult> {
  const result: UploadVideosResult = { artifacts: [], assets: [], links: new Map(), errors: [] };
  const { inputs, videos } = o;
  if (videos.length === 0) return result;
  if (inputs.upload === 'artifact' || inputs.upload === 'both') {
    try {
      const upload = o.uploadArtifacts ?? (await import('./artifact-upload.ts')).uploadArtifacts;
      result.artifacts = await upload({
        name: inputs.artifactName,
        ...(inputs.shard ? { shard: inputs.shard } : {}),
        outDir: o.outDir,
        videos: videos.map((v) => v.path ?? ''),
        posters: videos.flatMap((v) => (v.poster ? [v.poster] : [])),
        manifestPath: o.manifestPath,
        perVideo: inputs.artifactPerVideo,
        ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}),
        env: o.env,
        log: o.log,
      });
      for (const v of videos) {
        const own =
          result.artifacts.find((a) => a.name === v.path?.split('/').pop()) ?? result.artifacts[0];
        if (own?.url) result.links.set(v.name, own.url);
      }
    } catch (error) {
      result.errors.push(`Artifact upload failed: ${(error as Error).message}`);
    }
  }
  if (inputs.upload === 'release' || inputs.upload === 'both') {
    const tag = inputs.releaseTag ?? o.event.tag;
    if (!tag || !o.event.repository) {
      result.errors.push(
        "Release upload needs a tag: set release-tag, or run on a 'release' event or a tag push.",
      );
      return result;
    }
    const held = inputs.allowSuspect ? [] : videos.filter((v) => v.status === 'suspect');
    if (held.length > 0)
      o.log(
        `Not uploaded as release assets (suspect; set allow-suspect: true to publish them): ${held.map((v) => `${v.name} (${v.error?.message ?? 'check failed'})`).join('; ')}`,
      );
    const published = videos.filter((v) => !held.includes(v));
    if (published.length === 0) return result;
    try {
      const upload =
        o.uploadReleaseAssets ?? (await import('./release-upload.ts')).uploadReleaseAssets;
      result.assets = await upload({
        octokit: await o.github(),
        repository: o.event.repository,
        tag,
        // Each video, and with release-posters its poster frame beside it when ffmpeg made one.
        files: published.flatMap((v) =>
          [v.path ?? '', ...(inputs.releasePosters && v.poster ? [v.poster] : [])].map((file) => ({
            path: join(o.outDir, file),
            name: assetName(file),
          })),
        ),
        overwrite: inputs.overwrite,
        log: o.log,
      });
      // By the name asked for: GitHub may have renamed it, and its answer is what links use.
      for (const v of published) {
        const asset = result.assets.find((a) => a.requested === assetName(v.path ?? ''));
        if (asset) result.links.set(v.name, asset.url);
      }
    } catch (error) {
      result.errors.push((error as Error).message);
    }
  }
  return result;
}
