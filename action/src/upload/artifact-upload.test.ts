import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzurite } from '../../test/azurite.ts';
import { runtimeToken, startResultsStandIn } from '../../test/results-stand-in.ts';
import { perVideoArtifactNames, shardArtifactName, uploadArtifacts } from './artifact-upload.ts';

const container = 'actions-results';
let azurite: Awaited<ReturnType<typeof startAzurite>>;
let results: Awaited<ReturnType<typeof startResultsStandIn>>;
const saved = { ...process.env };

beforeAll(async () => {
  azurite = await startAzurite();
  await azurite.service.createContainer(container);
  const token = runtimeToken('run-1', 'job-1');
  results = await startResultsStandIn({
    runtimeToken: token,
    runBackendId: 'run-1',
    jobBackendId: 'job-1',
    container,
    signedUploadUrl: azurite.signedUploadUrl,
  });
  // @actions/artifact reads these from process.env itself; restored in afterAll.
  Object.assign(process.env, {
    ACTIONS_RUNTIME_TOKEN: token,
    ACTIONS_RESULTS_URL: results.url,
    GITHUB_SERVER_URL: 'https://github.com',
  });
}, 60_000);

afterAll(async () => {
  process.env = saved;
  await results?.close();
  await azurite?.close();
});

async function outDir() {
  const dir = await mkdtemp(join(tmpdir(), 'cw-artifact-'));
  const a = randomBytes(70_000);
  const b = randomBytes(1_000);
  await writeFile(join(dir, 'intro.mp4'), a);
  await writeFile(join(dir, 'outro.mp4'), b);
  await writeFile(join(dir, 'manifest.json'), '{"videos":[]}');
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>gallery</title>');
  return { dir, a, b };
}

describe('uploadArtifacts (real @actions/artifact client, results stand-in, Azurite)', () => {
  it('uploads one zip with the videos, manifest.json and index.html under a shard-unique name', async () => {
    const { dir, a, b } = await outDir();
    const env = {
      GITHUB_REPOSITORY: 'acme/site',
      GITHUB_RUN_ID: '77',
      GITHUB_SERVER_URL: 'https://github.com',
    };
    const uploaded = await uploadArtifacts({
      name: 'clips',
      shard: { index: 2, total: 3 },
      outDir: dir,
      videos: ['intro.mp4', join(dir, 'outro.mp4')],
      manifestPath: join(dir, 'manifest.json'),
      retentionDays: 5,
      env,
    });
    expect(uploaded).toHaveLength(1);
    expect(uploaded[0]?.name).toBe('clips-2-of-3');
    const record = results.artifacts.find((r) => r.name === 'clips-2-of-3');
    expect(record?.id).toBe(uploaded[0]?.id);
    expect(record?.expiresAt).toBeDefined();
    expect(uploaded[0]?.url).toBe(
      `https://github.com/acme/site/actions/runs/77/artifacts/${record?.id}`,
    );
    const zip = unzipSync(new Uint8Array(await azurite.download(container, record?.blob ?? '')));
    expect(Object.keys(zip).sort()).toEqual([
      'index.html',
      'intro.mp4',
      'manifest.json',
      'outro.mp4',
    ]);
    expect(Buffer.from(zip['intro.mp4'] ?? []).equals(a)).toBe(true);
    expect(Buffer.from(zip['outro.mp4'] ?? []).equals(b)).toBe(true);
  });

  it('uploads one unzipped artifact per video, byte for byte', async () => {
    const { dir, a, b } = await outDir();
    const uploaded = await uploadArtifacts({
      name: 'ignored',
      outDir: dir,
      videos: ['intro.mp4', 'outro.mp4'],
      perVideo: true,
      env: {},
    });
    expect(uploaded.map((u) => u.name)).toEqual(['intro.mp4', 'outro.mp4']);
    const intro = results.artifacts.find((r) => r.name === 'intro.mp4');
    expect(intro?.mimeType).toBe('video/mp4');
    expect((await azurite.download(container, intro?.blob ?? '')).equals(a)).toBe(true);
    const outro = results.artifacts.find((r) => r.name === 'outro.mp4');
    expect((await azurite.download(container, outro?.blob ?? '')).equals(b)).toBe(true);
    expect(outro?.size).toBe(String(b.length));
  });

  it("names each video's artifact after its path, so equal base names in two folders never collide", async () => {
    const { dir, a, b } = await outDir();
    await mkdir(join(dir, 'en'));
    await mkdir(join(dir, 'fr'));
    await writeFile(join(dir, 'en', 'intro.mp4'), a);
    await writeFile(join(dir, 'fr', 'intro.mp4'), b);
    const uploaded = await uploadArtifacts({
      name: 'ignored',
      outDir: dir,
      videos: ['en/intro.mp4', join(dir, 'fr', 'intro.mp4')],
      perVideo: true,
      env: {},
    });
    expect(uploaded.map((u) => u.name)).toEqual(['en-intro.mp4', 'fr-intro.mp4']);
    const en = results.artifacts.find((r) => r.name === 'en-intro.mp4');
    expect((await azurite.download(container, en?.blob ?? '')).equals(a)).toBe(true);
    const fr = results.artifacts.find((r) => r.name === 'fr-intro.mp4');
    expect((await azurite.download(container, fr?.blob ?? '')).equals(b)).toBe(true);
  });

  it('gives paths that flatten to one name a hash of the path each', () => {
    const names = perVideoArtifactNames(['a-intro.mp4', 'a/intro.mp4', 'b/outro.mp4']);
    expect(names[0]).toMatch(/^a-intro-[0-9a-f]{8}\.mp4$/);
    expect(names[1]).toMatch(/^a-intro-[0-9a-f]{8}\.mp4$/);
    expect(names[0]).not.toBe(names[1]);
    expect(names[2]).toBe('b-outro.mp4');
  });

  it('names shards apart', () => {
    expect(shardArtifactName('v')).toBe('v');
    expect(shardArtifactName('v', { index: 1, total: 2 })).not.toBe(
      shardArtifactName('v', { index: 2, total: 2 }),
    );
  });
});
