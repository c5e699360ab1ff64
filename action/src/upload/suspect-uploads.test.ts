import type { JobResult } from '@clipwright/pipeline';
import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../github/github-client.ts';
import { uploadVideos } from './upload-videos.ts';

const video = (name: string, patch: Partial<JobResult> = {}): JobResult => ({
  name,
  source: `prompts/${name}.md`,
  hash: name,
  model: 'sora-2',
  parameters: {},
  prompt: name,
  estimate: 1,
  credits: 1,
  status: 'completed',
  path: `${name}.mp4`,
  ...patch,
});

async function upload(allowSuspect: boolean) {
  const artifactFiles: string[] = [];
  const assetFiles: string[] = [];
  const logs: string[] = [];
  await uploadVideos({
    inputs: {
      upload: 'both',
      artifactName: 'videos',
      artifactPerVideo: false,
      overwrite: false,
      releaseTag: 'v1.2.0',
      releasePosters: false,
      allowSuspect,
    },
    videos: [
      video('good'),
      video('dark', {
        status: 'suspect',
        error: { code: 'suspect_black', message: 'black: black over 100 % of the clip' },
      }),
    ],
    outDir: '/out',
    manifestPath: '/out/manifest.json',
    event: { repository: 'o/r' },
    github: async () => ({}) as GitHubClient,
    env: {},
    log: (m) => logs.push(m),
    uploadArtifacts: async (o) => {
      artifactFiles.push(...o.videos);
      return [{ name: 'videos', id: 1 }];
    },
    uploadReleaseAssets: async (o) => {
      assetFiles.push(...o.files.map((f) => f.name));
      return o.files.map((f, i) => ({
        name: f.name,
        requested: f.name,
        id: i,
        url: `https://x/${f.name}`,
      }));
    },
  });
  return { artifactFiles, assetFiles, logs };
}

describe('suspect videos and release assets', () => {
  it('go into the artifact for review but are not release assets, saying why', async () => {
    const { artifactFiles, assetFiles, logs } = await upload(false);
    expect(artifactFiles).toEqual(['good.mp4', 'dark.mp4']);
    expect(assetFiles).toEqual(['good.mp4']);
    expect(logs.join('\n')).toMatch(/dark \(black: black over 100 % of the clip\).*/);
    expect(logs.join('\n')).toMatch(/allow-suspect: true/);
  });

  it('are release assets with allow-suspect', async () => {
    const { assetFiles } = await upload(true);
    expect(assetFiles).toEqual(['good.mp4', 'dark.mp4']);
  });
});
