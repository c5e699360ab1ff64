import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundlePath, parseOutputFile, runAction, runnerEnv, runPostStep } from './run-action.ts';
import { startRunnerServices } from './runner-services.ts';

const KEY = 'sk-e2e-must-never-leak-7d1f3a';
let services: Awaited<ReturnType<typeof startRunnerServices>>;
let sim: typeof services.sim;
let azurite: typeof services.azurite;
let results: typeof services.results;
let gh: typeof services.gh;
let token: string;
let container: string;

beforeAll(async () => {
  services = await startRunnerServices({
    apiKey: KEY,
    run: 'run-e2e',
    job: 'job-e2e',
    github: {
      repository: 'acme/site',
      releases: [
        { id: 1, tag_name: 'v0.1.0', draft: false },
        { id: 2, tag_name: 'v0.2.0', draft: false },
        { id: 3, tag_name: 'v1.0.0', draft: true, assets: [{ name: 'promo.mp4' }] },
        { id: 4, tag_name: 'v0.9.0', draft: false, immutable: true },
      ],
      failUploads: 1,
      readOnlyTokens: ['gh-read-only'],
    },
  });
  ({ sim, azurite, results, gh, token, container } = services);
}, 60_000);

afterAll(async () => {
  await services?.close();
});

async function workspace(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'cw-ws-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const prompt = (extra: string) =>
  `---\nmodel: sora-2-pro-preview\n---\nA lighthouse at dusk, waves, ${extra} sim:seconds=2\n`;

/**
 * The key may appear only in the `::add-mask::` command (the runner consumes it and never
 * shows it), and that command comes first, before anything else is printed.
 */
function expectNoKey(run: { stdout: string; stderr: string; outputText: string; summary: string }) {
  expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${KEY}`);
  const stdout = run.stdout
    .split('\n')
    .filter((line) => line !== `::add-mask::${KEY}`)
    .join('\n');
  for (const text of [stdout, run.stderr, run.outputText, run.summary])
    expect(text).not.toContain(KEY);
}

describe('the bundled action in a Node 24 subprocess', () => {
  it('release event: generates, uploads one artifact (bytes checked in Azurite) and attaches the release asset', async () => {
    const root = await workspace({
      'prompts/promo.md': prompt('slow pan'),
      'prompts/teaser.prompt.md': prompt('close-up'),
    });
    const run = await runAction({
      workspace: root,
      event: {
        name: 'release',
        payload: {
          action: 'published',
          release: { tag_name: 'v1.0.0' },
          repository: { full_name: 'acme/site' },
        },
      },
      inputs: {
        'api-key': KEY,
        'base-url': sim.url,
        upload: 'both',
        'release-posters': 'true',
        overwrite: 'true',
        cache: 'false',
        'github-token': 'gh-token',
      },
      env: {
        ACTIONS_RUNTIME_TOKEN: token,
        ACTIONS_RESULTS_URL: results.url,
        GITHUB_API_URL: gh.url,
      },
    });
    expect(run.stderr + run.stdout).not.toMatch(/::error::/);
    expect(run.code).toBe(0);
    expect(run.outputs.completed).toBe('2');
    const videos = JSON.parse(run.outputs.videos ?? '[]') as Array<{
      name: string;
      path: string;
      status: string;
      'task-id': string;
    }>;
    expect(videos.map((v) => v.status)).toEqual(['completed', 'completed']);
    // Artifact: one zip in Azurite holding both videos byte for byte, manifest.json and index.html.
    const artifact = results.artifacts.find((a) => a.name === 'clipwright-videos');
    expect(run.outputs['artifact-id']).toBe(String(artifact?.id));
    const zip = unzipSync(new Uint8Array(await azurite.download(container, artifact?.blob ?? '')));
    // ffmpeg is on the PATH: each video's poster frame is in the artifact too.
    expect(Object.keys(zip).sort()).toEqual([
      'index.html',
      'manifest.json',
      'promo.jpg',
      'promo.mp4',
      'teaser.jpg',
      'teaser.mp4',
    ]);
    expect([...(zip['promo.jpg'] ?? new Uint8Array()).subarray(0, 2)]).toEqual([0xff, 0xd8]);
    for (const v of videos)
      expect(Buffer.from(zip[`${v.name}.mp4`] ?? []).equals(await readFile(v.path))).toBe(true);
    // Release: the draft found by listing, the old asset replaced, the 502 retried.
    const draft = gh.releases.find((r) => r.id === 3);
    const promo = draft?.assets.find((a) => a.name === 'promo.mp4');
    expect(promo?.bytes.equals(Buffer.from(zip['promo.mp4'] ?? []))).toBe(true);
    // Each video, then its poster beside it (image/jpeg).
    expect(gh.uploads.map((u) => [u.name, u.status])).toEqual([
      ['promo.mp4', 502],
      ['promo.mp4', 201],
      ['promo.jpg', 201],
      ['teaser.mp4', 201],
      ['teaser.jpg', 201],
    ]);
    expect(gh.uploads.find((u) => u.name === 'promo.jpg')?.contentType).toBe('image/jpeg');
    expect(JSON.parse(run.outputs['release-asset-urls'] ?? '[]')).toHaveLength(4);
    expect(run.summary).toMatch(/\| promo \| sora-2-pro-preview \|.*\| completed \|/);
    // Result URLs masked as soon as they appear, and one log group per video.
    expect(run.stdout).toMatch(/::add-mask::http:\/\/127\.0\.0\.1:\d+\/files\/\w+\.mp4/);
    expect(run.stdout).toMatch(/::group::promo: completed\ncreated task task-/);
    expect(run.stdout).toMatch(/::group::teaser: completed/);
    expectNoKey(run);
  }, 120_000);

  it('never pays twice across runs: the second run restores the video from the Actions cache', async () => {
    const files = { 'prompts/loop.md': prompt('a seamless loop') };
    const cacheEnv = {
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_RESULTS_URL: results.url,
      ACTIONS_CACHE_SERVICE_V2: 'true',
    };
    const inputs = { 'api-key': KEY, 'base-url': sim.url, upload: 'none', cache: 'true' };
    const event = { name: 'push', payload: {} };
    // RUNNER_TEMP is the same folder on every run of a runner image; each job starts it empty.
    const temp = await mkdtemp(join(tmpdir(), 'cw-runner-temp-'));
    const first = await runAction({
      workspace: await workspace(files),
      event,
      inputs,
      env: { ...cacheEnv, GITHUB_RUN_ID: '501', RUNNER_TEMP: temp },
    });
    const firstVideo = await readFile(
      (JSON.parse(first.outputs.videos ?? '[]') as Array<{ path: string }>)[0]?.path ?? '',
    );
    await rm(join(temp, 'clipwright'), { recursive: true });
    expect(first.code).toBe(0);
    expect(first.outputs.completed).toBe('1');
    const creates = sim.stats().creates;
    expect(results.cacheEntries.map((e) => e.key)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^clipwright-v2-video-[0-9a-f]{64}$/),
        'clipwright-v2-journal-all-501-1',
      ]),
    );
    const second = await runAction({
      workspace: await workspace(files),
      event,
      inputs,
      env: { ...cacheEnv, GITHUB_RUN_ID: '502', RUNNER_TEMP: temp },
    });
    expect(second.code).toBe(0);
    expect(second.outputs.cached).toBe('1');
    expect(second.outputs.credits).toBe('0');
    expect(sim.stats().creates).toBe(creates);
    const [b] = JSON.parse(second.outputs.videos ?? '[]') as Array<{ path: string }>;
    expect((await readFile(b?.path ?? '')).equals(firstVideo)).toBe(true);
    expectNoKey(second);
  }, 120_000);

  it('SIGTERM mid-run saves the journal, the summary and the outputs; the re-run pays 0 new creates', async () => {
    const slow = (name: string) =>
      `---\nmodel: sora-2-pro-preview\n---\nA slow scene, ${name}. sim:seconds=4000\n`;
    const files = { 'prompts/one.md': slow('one'), 'prompts/two.md': slow('two') };
    const cacheEnv = {
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_RESULTS_URL: results.url,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      RUNNER_TEMP: await mkdtemp(join(tmpdir(), 'cw-runner-temp-')),
    };
    const inputs = { 'api-key': KEY, 'base-url': sim.url, upload: 'none', cache: 'true' };
    const before = sim.stats().creates;
    const { env, files: out } = await runnerEnv({
      inputs,
      workspace: await workspace(files),
      env: { ...cacheEnv, GITHUB_RUN_ID: '601' },
    });
    const child = spawn(process.execPath, [bundlePath], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await vi.waitFor(() => expect(sim.stats().creates - before).toBe(2), {
      timeout: 60_000,
      interval: 20,
    });
    child.kill('SIGTERM');
    await exited;
    expect(stdout).toMatch(/::warning::SIGTERM: the job is being cancelled/);
    expect(await readFile(out.summary, 'utf8')).toContain('## Clipwright');
    expect(parseOutputFile(await readFile(out.output, 'utf8')).cancelled).toBe('2');
    expect(results.cacheEntries.map((e) => e.key)).toContain('clipwright-v2-journal-all-601-1');
    // The post step sees that the main step saved its journal and wrote its summary: nothing twice.
    const post = await runPostStep(env, out.state);
    expect(post.code).toBe(0);
    expect(post.state['clipwright-journal-saved']).toBe('true');
    expect(post.state['clipwright-summary-written']).toBe('true');
    expect((await readFile(out.summary, 'utf8')).match(/## Clipwright/g)).toHaveLength(1);
    expect(results.cacheEntries.map((e) => e.key)).not.toContain(
      'clipwright-v2-journal-all-601-1-post',
    );
    // The re-run, on a fresh runner: resumes both tasks from the journal, sends no create.
    await rm(join(cacheEnv.RUNNER_TEMP, 'clipwright'), { recursive: true, force: true });
    const replays = sim.stats().idempotentReplays;
    const again = await runAction({
      workspace: await workspace(files),
      event: { name: 'push', payload: {} },
      inputs,
      env: { ...cacheEnv, GITHUB_RUN_ID: '602' },
    });
    expect(again.code).toBe(0);
    expect(again.outputs.completed).toBe('2');
    expect(sim.stats().creates - before).toBe(2);
    expect(sim.stats().idempotentReplays).toBe(replays);
  }, 120_000);

  it('a main step killed mid-run (no grace): the post step saves its journal and writes the summary; the re-run pays 0 new creates', async () => {
    const slow = (name: string) =>
      `---\nmodel: sora-2-pro-preview\n---\nA slow scene, ${name}, stopped. sim:seconds=4000\n`;
    const files = { 'prompts/three.md': slow('three'), 'prompts/four.md': slow('four') };
    const temp = await mkdtemp(join(tmpdir(), 'cw-runner-temp-'));
    const cacheEnv = {
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_RESULTS_URL: results.url,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      RUNNER_TEMP: temp,
    };
    const inputs = { 'api-key': KEY, 'base-url': sim.url, upload: 'none', cache: 'true' };
    const before = sim.stats().creates;
    const { env, files: out } = await runnerEnv({
      inputs,
      workspace: await workspace(files),
      env: { ...cacheEnv, GITHUB_RUN_ID: '701' },
    });
    const child = spawn(process.execPath, [bundlePath], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Both creates answered and journaled: the tasks are paid for.
    const journal = join(temp, 'clipwright', 'state', 'journal.json');
    await vi.waitFor(
      async () => {
        const text = existsSync(journal) ? await readFile(journal, 'utf8') : '{}';
        const entries = Object.values(
          (JSON.parse(text) as { entries?: Record<string, { taskId?: string }> }).entries ?? {},
        );
        expect(entries.filter((e) => e.taskId)).toHaveLength(2);
      },
      { timeout: 60_000, interval: 20 },
    );
    child.kill('SIGKILL');
    await exited;
    expect(sim.stats().creates - before).toBe(2);
    expect(await readFile(out.summary, 'utf8')).toBe('');
    expect(results.cacheEntries.map((e) => e.key)).not.toContain('clipwright-v2-journal-all-701-1');
    const post = await runPostStep(env, out.state);
    expect(post.code).toBe(0);
    expect(post.state['clipwright-journal-saved']).toBeUndefined();
    const summary = await readFile(out.summary, 'utf8');
    expect(summary).toContain('## Clipwright (stopped)');
    expect(summary).toMatch(/2 tasks it paid for are kept in the journal/);
    expect(summary).toContain('| three |');
    expect(summary).toContain('| four |');
    expect(results.cacheEntries.map((e) => e.key)).toContain(
      'clipwright-v2-journal-all-701-1-post',
    );
    // The re-run, on a fresh runner: resumes both tasks from the saved journal and sends no
    // create at all (not even one the server's idempotency store would answer for free).
    await rm(join(temp, 'clipwright'), { recursive: true, force: true });
    const replays = sim.stats().idempotentReplays;
    const again = await runAction({
      workspace: await workspace(files),
      event: { name: 'push', payload: {} },
      inputs,
      env: { ...cacheEnv, GITHUB_RUN_ID: '702' },
    });
    expect(again.code).toBe(0);
    expect(again.outputs.completed).toBe('2');
    expect(sim.stats().creates - before).toBe(2);
    expect(sim.stats().idempotentReplays).toBe(replays);
  }, 120_000);

  it('a release with a missing tag, an immutable one, a read-only token or colliding asset names fails before any create', async () => {
    const before = sim.stats().creates;
    const one = { 'prompts/promo.md': prompt('a promo') };
    // promo/teaser.mp4 is flattened to promo-teaser.mp4: one asset name for two videos.
    const colliding = {
      'prompts/nested.md': `---\nmodel: sora-2-pro-preview\noutput: promo/teaser.mp4\n---\nNested. sim:seconds=2\n`,
      'prompts/promo-teaser.md': prompt('flat'),
    };
    for (const [tag, token, files, message] of [
      ['v9.9.9', 'gh-token', one, /No release with tag v9\.9\.9 in acme\/site \(drafts included\)/],
      ['v0.9.0', 'gh-token', one, /Release v0\.9\.0 is published and immutable/],
      [
        'v0.1.0',
        'gh-read-only',
        one,
        /can write release v0\.1\.0: GitHub answered 403.*permissions: contents: write/,
      ],
      ['v0.1.0', 'gh-token', colliding, /would become the same release asset/],
    ] as const) {
      const run = await runAction({
        workspace: await workspace(files),
        event: { name: 'push', payload: {} },
        inputs: {
          'api-key': KEY,
          'base-url': sim.url,
          'github-token': token,
          upload: 'release',
          'release-tag': tag,
          cache: 'false',
        },
        env: { GITHUB_API_URL: gh.url },
      });
      expect(run.code, tag).toBe(1);
      expect(run.stdout, tag).toMatch(message);
    }
    expect(sim.stats().creates).toBe(before);
  }, 60_000);

  it('without a cache service it warns once and still generates', async () => {
    const run = await runAction({
      workspace: await workspace({ 'prompts/solo.md': prompt('a single shot') }),
      event: { name: 'push', payload: {} },
      inputs: { 'api-key': KEY, 'base-url': sim.url, upload: 'none', cache: 'true' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.completed).toBe('1');
    expect(
      run.stdout.match(/::warning::The Actions cache service is not available here/g),
    ).toHaveLength(1);
  }, 60_000);

  it('without ffmpeg on the PATH: one notice, no posters, and the video still completes', async () => {
    const root = await workspace({
      'prompts/one.md': prompt('first'),
      'prompts/two.md': prompt('second'),
    });
    const run = await runAction({
      workspace: root,
      event: { name: 'push', payload: {} },
      inputs: { 'api-key': KEY, 'base-url': sim.url, upload: 'none', cache: 'false' },
      // Only Node's own folder: no ffmpeg anywhere on this PATH.
      env: { PATH: dirname(process.execPath) },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.completed).toBe('2');
    expect(run.stdout.match(/::notice::ffmpeg is not on the PATH/g)).toHaveLength(1);
    expect(existsSync(join(run.outDir, 'one.jpg'))).toBe(false);
    expect(await readFile(join(run.outDir, 'index.html'), 'utf8')).not.toContain('poster=');
  }, 60_000);

  it('annotates invalid prompt files at file and line and fails on invalid', async () => {
    const root = await workspace({
      'prompts/bad.md': '---\nmodel: sora-2-pro-preview\ndurration: 10\n---\nA cat.\n',
    });
    const run = await runAction({
      workspace: root,
      event: { name: 'push', payload: {} },
      inputs: { 'api-key': KEY, 'base-url': sim.url, upload: 'none', cache: 'false' },
    });
    expect(run.stdout).toMatch(
      /::error title=Clipwright%3A invalid durration,file=prompts\/bad\.md,line=3.*col=1/,
    );
    expect(run.code).toBe(1);
    expect(run.outputs.invalid).toBe('1');
    expectNoKey(run);
  }, 60_000);

  it('skips a pull request from a fork without a key, with a warning', async () => {
    const root = await workspace({ 'prompts/a.md': prompt('x') });
    const run = await runAction({
      workspace: root,
      event: {
        name: 'pull_request',
        payload: {
          repository: { full_name: 'acme/site' },
          pull_request: { head: { repo: { full_name: 'eve/site' } } },
        },
      },
      inputs: { 'api-key': '', 'base-url': sim.url },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::warning::.*forks get no secrets/);
    expect(run.outputs.completed).toBe('0');
  }, 60_000);

  it('reports a bad input by name', async () => {
    const root = await workspace({});
    const run = await runAction({
      workspace: root,
      event: { name: 'push', payload: {} },
      inputs: { 'api-key': KEY, shard: '4/3' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Input 'shard': '4\/3' is out of range/);
    expectNoKey(run);
  }, 60_000);
});
