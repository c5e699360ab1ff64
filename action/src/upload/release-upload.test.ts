import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubStandIn } from '../../test/github-stand-in.ts';
import { createGitHubClient } from '../github/github-client.ts';
import { checkReleaseBeforePaying, uploadReleaseAssets } from './release-upload.ts';

const repository = 'acme/site';
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function video(bytes: Buffer) {
  const dir = await mkdtemp(join(tmpdir(), 'cw-release-'));
  const path = join(dir, 'promo.mp4');
  await writeFile(path, bytes);
  return path;
}

async function setup(options: Parameters<typeof startGitHubStandIn>[0]) {
  const gh = await startGitHubStandIn(options);
  close = gh.close;
  const sleeps: number[] = [];
  const client = (token: string) =>
    createGitHubClient({ token, baseUrl: gh.url, retryAfterBaseValue: 0, throttle: false });
  return { gh, sleeps, sleep: async (ms: number) => void sleeps.push(ms), client };
}

const releases = [
  { id: 1, tag_name: 'v0.9.0', draft: false },
  { id: 2, tag_name: 'v0.9.1', draft: false },
  {
    id: 3,
    tag_name: 'v1.0.0',
    draft: true,
    assets: [{ name: 'promo.mp4' }, { name: 'notes.txt' }],
  },
];

describe('uploadReleaseAssets', () => {
  it('finds a draft on the second page, replaces the same-name asset and retries a 502 with a fresh stream', async () => {
    const { gh, sleeps, sleep, client } = await setup({ repository, releases, failUploads: 1 });
    const bytes = Buffer.from('fake mp4 bytes '.repeat(1000));
    const path = await video(bytes);
    const logs: string[] = [];
    const result = await uploadReleaseAssets({
      octokit: client('t'),
      repository,
      tag: 'v1.0.0',
      files: [{ path, name: 'promo.mp4' }],
      overwrite: true,
      sleep,
      log: (m) => logs.push(m),
    });
    expect(result).toHaveLength(1);
    expect(result[0]?.name).toBe('promo.mp4');
    const draft = gh.releases.find((r) => r.id === 3);
    const promo = draft?.assets.filter((a) => a.name === 'promo.mp4');
    expect(promo).toHaveLength(1);
    expect(promo?.[0]?.bytes.equals(bytes)).toBe(true);
    expect(promo?.[0]?.content_type).toBe('video/mp4');
    expect(draft?.assets.map((a) => a.name).sort()).toEqual(['notes.txt', 'promo.mp4']);
    expect(gh.uploads.map((u) => u.status)).toEqual([502, 201]);
    // Both attempts sent the whole file with its length: the stream was reopened.
    for (const upload of gh.uploads) {
      expect(upload.bytes).toBe(bytes.length);
      expect(upload.contentLength).toBe(String(bytes.length));
      expect(upload.contentType).toBe('video/mp4');
    }
    expect(sleeps).toEqual([0]); // the stand-in's Retry-After: 0
    expect(result[0]?.url).toBe(promo?.[0]?.browser_download_url);
  });

  it('refuses to replace an existing asset without overwrite', async () => {
    const { gh, client } = await setup({ repository, releases });
    const path = await video(Buffer.from('x'));
    await expect(
      uploadReleaseAssets({
        octokit: client('t'),
        repository,
        tag: 'v1.0.0',
        files: [{ path, name: 'promo.mp4' }],
      }),
    ).rejects.toThrow(/already has promo\.mp4 with other bytes: set 'overwrite: true'/);
    expect(gh.uploads).toHaveLength(0);
  });

  it('explains a 403 with the permission the workflow needs', async () => {
    const { client } = await setup({ repository, releases, readOnlyTokens: ['ro'] });
    const path = await video(Buffer.from('x'));
    await expect(
      uploadReleaseAssets({
        octokit: client('ro'),
        repository,
        tag: 'v0.9.1',
        files: [{ path, name: 'promo.mp4' }],
      }),
    ).rejects.toThrow(/permissions: contents: write/);
  });

  it('explains an immutable release', async () => {
    const { client } = await setup({
      repository,
      releases: [{ id: 9, tag_name: 'v2', draft: false, immutable: true }],
    });
    const path = await video(Buffer.from('x'));
    await expect(
      uploadReleaseAssets({
        octokit: client('t'),
        repository,
        tag: 'v2',
        files: [{ path, name: 'promo.mp4' }],
      }),
    ).rejects.toThrow(/immutable.*draft/);
  });

  it('checks the size and count limits before uploading', async () => {
    const { gh, client } = await setup({ repository, releases });
    const path = await video(Buffer.from('x'));
    await expect(
      uploadReleaseAssets({
        octokit: client('t'),
        repository,
        tag: 'v0.9.0',
        files: [{ path, name: 'huge.mp4' }],
        stat: async () => ({ size: 2 * 1024 ** 3 + 1 }),
      }),
    ).rejects.toThrow(/limited to 2 GiB/);
    const many = Array.from({ length: 1001 }, (_, i) => ({ path, name: `v${i}.mp4` }));
    await expect(
      uploadReleaseAssets({ octokit: client('t'), repository, tag: 'v0.9.0', files: many }),
    ).rejects.toThrow(/at most 1000/);
    expect(gh.uploads).toHaveLength(0);
  });

  it('names the missing tag and how to create the release', async () => {
    const { client } = await setup({ repository, releases });
    const path = await video(Buffer.from('x'));
    await expect(
      uploadReleaseAssets({
        octokit: client('t'),
        repository,
        tag: 'v9',
        files: [{ path, name: 'a.mp4' }],
      }),
    ).rejects.toThrow(/No release with tag v9.*drafts included.*gh release create v9 --draft/);
  });

  it('links and reports the name GitHub gave the asset, and a re-run keeps an asset whose digest matches', async () => {
    const { gh, client } = await setup({ repository, releases });
    const path = await video(Buffer.from('promo bytes'));
    const upload = () =>
      uploadReleaseAssets({
        octokit: client('t'),
        repository,
        tag: 'v0.9.0',
        files: [{ path, name: 'summer promo (final).mp4' }],
      });
    const [first] = await upload();
    expect(first).toMatchObject({
      name: 'summer.promo..final..mp4',
      requested: 'summer promo (final).mp4',
    });
    expect(first?.url).toMatch(/\/summer\.promo\.\.final\.\.mp4$/);
    // The same bytes again, without overwrite: found under GitHub's name, its digest matches.
    const [again] = await upload();
    expect(again).toMatchObject({ name: first?.name, id: first?.id, url: first?.url, kept: true });
    expect(gh.uploads).toHaveLength(1);
    // Other bytes under that name still need overwrite.
    await writeFile(path, 'other bytes');
    await expect(upload()).rejects.toThrow(
      /already has summer\.promo\.\.final\.\.mp4 with other bytes/,
    );
  });

  it('before paying: a token that cannot write the release is found by a write that changes nothing', async () => {
    const { gh, client } = await setup({ repository, releases, readOnlyTokens: ['ro'] });
    await expect(
      checkReleaseBeforePaying({ octokit: client('ro'), repository, tag: 'v1.0.0' }),
    ).rejects.toThrow(
      /Checking that the token can write release v1\.0\.0: GitHub answered 403.*contents: write/,
    );
    await checkReleaseBeforePaying({ octokit: client('rw'), repository, tag: 'v1.0.0' });
    expect(gh.releases.find((r) => r.id === 3)?.tag_name).toBe('v1.0.0');
    expect(gh.requests.filter((r) => r.startsWith('PATCH'))).toEqual([
      'PATCH /repos/acme/site/releases/3',
      'PATCH /repos/acme/site/releases/3',
    ]);
  });
});
