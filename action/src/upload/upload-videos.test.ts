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

  it('link each video to the asset by the name GitHub returned, not the one asked for', async () => {
    const spaced = { ...video, name: 'summer promo', path: 'summer promo.mp4' } as JobResult;
    const result = await uploadVideos({
      inputs: {
        upload: 'release',
        artifactName: 'clipwright-videos',
        artifactPerVideo: false,
        releaseTag: 'v1.2.0',
        overwrite: false,
        releasePosters: false,
        allowSuspect: false,
      },
      videos: [spaced],
      outDir: '/out',
      manifestPath: '/out/manifest.json',
      event: { repository: 'acme/site' },
      github: async () => ({}) as GitHubClient,
      env: {},
      log: () => {},
      // GitHub renames the space: its answer names summer.promo.mp4.
      uploadReleaseAssets: async (o) =>
        o.files.map((f, i) => ({
          name: f.name.replaceAll(' ', '.'),
          requested: f.name,
          id: i,
          url: `https://x/download/${f.name.replaceAll(' ', '.')}`,
        })),
    });
    expect(result.links.get('summer promo')).toBe('https://x/download/summer.promo.mp4');
    expect(result.assets.map((a) => a.name)).toEqual(['summer.promo.mp4']);
  });
});
