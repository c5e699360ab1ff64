import type { JobResult } from '@clipwright/pipeline';
import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../github/github-client.ts';
import type { uploadReleaseAssets } from './release-upload.ts';
import { uploadVideos } from './upload-videos.ts';

const video = {
  name: 'promo',
  status: 'completed',
  path: 'en/promo.mp4',
  poster: 'en/promo.jpg',
} as unknown as JobResult;

/** Runs a release upload with a recording stand-in and returns the asset names it was given. */
async function releaseAssetNames(releasePosters: boolean): Promise<string[]> {
  const names: string[] = [];
  const upload: typeof uploadReleaseAssets = async (o) => {
    names.push(...o.files.map((f) => f.name));
    return o.files.map(
      (f) => ({ name: f.name, requested: f.name, url: `https://x/${f.name}` }) as never,
    );
  };
  const result = await uploadVideos({
    inputs: {
      upload: 'release',
      artifactName: 'clipwright-videos',
      artifactPerVideo: false,
      releaseTag: 'v1.2.0',
      overwrite: false,
      releasePosters,
      allowSuspect: false,
    },
    videos: [video],
    outDir: '/out',
    manifestPath: '/out/manifest.json',
    event: { repository: 'acme/site' },
    github: async () => ({}) as GitHubClient,
    env: {},
    log: () => {},
    uploadReleaseAssets: upload,
  });
  expect(result.errors).toEqual([]);
  return names;
}

describe('release assets', () => {
  it('are the videos only by default (release-posters: false)', async () => {
    expect(await releaseAssetNames(false)).toEqual(['en-promo.mp4']);
  });

  it('hold each poster beside its video with release-posters: true', async () => {
    expect(await releaseAssetNames(true)).toEqual(['en-promo.mp4', 'en-promo.jpg']);
  });
});
